"""Bytes to text: UTF-8 when it is UTF-8, otherwise the encoding charset-normalizer finds.

Binary junk is refused with a clear reason instead of being stored as mojibake.
"""

from __future__ import annotations

import codecs
import re

from harmledger.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def decode_text(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`IngestError` for empty or binary input."""
    if not data.strip():
        raise IngestError("empty: no text in the input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                raise IngestError(
                    f"cannot decode: the byte-order mark says {encoding.upper()}, but byte "
                    f"{error.start} is not ({error.reason})"
                ) from error
    if b"\x00" in data[:8192]:
        raise IngestError("binary content (NUL bytes): not a text document")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("cannot decode: not valid UTF-8 and no text encoding fits the bytes")
    return _checked(str(best), best.encoding)


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """Text every database and encoder accepts: NUL and lone surrogates become U+FFFD.

    JSON escapes ("\\ud800") and feed parsers can hand back characters that are valid in a
    Python string but not in UTF-8 or a PostgreSQL text value; one such character must not cost
    the document (the archived bytes keep the original).
    """
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(markup: str) -> str:
    """Markup an XML/HTML parser accepts: characters XML forbids (controls, NUL, lone
    surrogates) removed. lxml refuses the whole page for one of them."""
    return _NOT_XML.sub("", markup) if _NOT_XML.search(markup) else markup


def _checked(text: str, encoding: str) -> tuple[str, str]:
    """Refuse decoded text that is mostly control characters: that is binary data."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    if sample and controls / len(sample) > 0.05:
        raise IngestError(
            f"binary content ({controls} control characters in the first "
            f"{len(sample)}): not a text document"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise IngestError("empty: no text in the input")
    return text, encoding
