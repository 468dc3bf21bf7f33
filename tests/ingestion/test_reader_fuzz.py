"""Fuzzing every reader: any bytes give documents or an IngestError, never another exception.

The pipeline also contains a crash to its item, but a reader that raises something else has a
bug worth a clear message; this finds such inputs from mutated valid samples and raw bytes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmledger.errors import IngestError
from harmledger.ingestion.model import RawItem
from harmledger.ingestion.readers import read_item
from tests.ingestion.helpers import make_pdf, rss


def _pdf_sample() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = make_pdf(Path(folder) / "s.pdf", ["Two civilians were killed in Norbury."], "T")
        return path.read_bytes()


SAMPLES: dict[str, tuple[str, bytes]] = {
    "text": (".txt", "Två civila dödades i Norrby i går, enligt räddningstjänsten.".encode()),
    "markdown": (".md", "# Rapport\n\nDeux civils ont été tués à Fennick.".encode()),
    "html": (
        ".html",
        b"<html><head><title>T</title></head><body><p>Three people were killed.</p></body></html>",
    ),
    "json": (".json", '[{"text": "قتل ثلاثة مدنيين في القرية", "lang": "ar"}]'.encode()),
    "csv": (".csv", "text,published\nZwei Zivilisten wurden getötet,2024-03-05\n".encode()),
    "pdf": (".pdf", _pdf_sample()),
    "feed": (
        ".xml",
        rss([("Strike", "https://wire.invalid/1", "Dos civiles murieron.")]).encode(),
    ),
}


def _mutate(sample: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    data = bytearray(sample)
    for position, cut, insert in edits:
        at = position % (len(data) + 1)
        data[at : at + cut] = insert
    return bytes(data)


EDITS = st.lists(
    st.tuples(
        st.integers(0, 10_000),
        st.integers(0, 8),
        st.sampled_from(
            [b"", b"\x00", b"\xff\xfe", b"\xed\xa0\x80", b"<", b"&#0;", b"[[[[", b"\\ud800", b'"']
        )
        | st.binary(max_size=8),
    ),
    max_size=6,
)


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
@settings(
    max_examples=int(os.environ.get("HARMLEDGER_FUZZ_EXAMPLES", "100")),
    deadline=None,
    derandomize="HARMLEDGER_FUZZ_EXAMPLES" not in os.environ,  # CI: the same cases every run
    suppress_health_check=[HealthCheck.too_slow],
)
@given(edits=EDITS, raw=st.binary(max_size=64), use_raw=st.booleans())
def test_reader_gives_documents_or_an_ingest_error(
    fmt: str, edits: list[tuple[int, int, bytes]], raw: bytes, use_raw: bool
) -> None:
    suffix, sample = SAMPLES[fmt]
    data = raw if use_raw else _mutate(sample, edits)
    item = RawItem(data=data, origin=f"fuzz{suffix}", method="file", suffix=suffix)
    try:
        result = read_item(item, fmt, {})
    except IngestError:
        return
    for document in result.documents:
        assert isinstance(document.text, str)
        document.text.encode("utf-8")  # storable: no lone surrogates


UNSTORABLE = {
    "json": (".json", b'[{"text": "Three were killed \\ud800 in Norbury on Monday."}]'),
    "feed": (
        ".xml",
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item>'
        b"<title>Strike\x00</title><description>Three were killed.</description></item>"
        b"</channel></rss>",
    ),
    "csv": (".csv", b'text\n"Tres civiles murieron \xed\xa0\x80 en Norbury"\n'),
}


@pytest.mark.parametrize("fmt", sorted(UNSTORABLE))
def test_nul_and_lone_surrogates_become_replacement_characters(fmt: str) -> None:
    suffix, data = UNSTORABLE[fmt]
    try:
        result = read_item(RawItem(data, f"x{suffix}", "file", suffix=suffix), fmt, {})
    except IngestError:
        return  # refused with a reason is fine too; crashing or storing garbage is not
    for document in result.documents:
        document.text.encode("utf-8")
        assert "\x00" not in document.text and "\x00" not in (document.title or "")
