"""A quotation in another language inside a report: « At least 40 civilians were killed », said
in English inside a French article, or an Arabic statement quoted whole in a German one.

The document's pack cannot read the quote's words, so the figures in it would be lost. A quoted
span in which the document's pack knows no function word, and which language detection gives to
another language with a pack, is read with that language's pack; its claims keep their place in
the document (offsets shifted) and are merged with the document's own repeats.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from harmledger.extract.claim import Claim
from harmledger.extract.language_pack import LanguagePack, available_languages
from harmledger.extract.text import Doc, Word, tokenize

# an opening quotation mark, at least a few words, the closing one (Swedish ”…”, »…«)
_QUOTED = re.compile(r"[«»\"“”„‘]\s*([^«»\"“”„\n]{16,800}?)\s*[»«\"”“’]")
_MIN_WORDS = 4
_OWN_SHARE = 0.15  # at most this share of a foreign span's words look like the pack's own
_DIGIT_OR_WORD = re.compile(r"\w")


def _span_words(doc: Doc, starts: list[int], start: int, end: int) -> list[Word] | None:
    """The document's words of ``text[start:end]``, as tokenising the span alone gives them,
    or None when a word crosses either end (a number running on past a quote mark, "1’000")."""
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    words = doc.words
    if first > 0 and words[first - 1].end > start:
        return None
    if last > first and words[last - 1].end > end:
        return None
    return words[first:last]


def _foreign(span: str, lang: str, pack: LanguagePack, tokens: list[Word] | None = None) -> bool:
    """Few words of ``span`` are the pack's function words ("le", "der", "och", "في"): the span
    may not be written in the pack's language (language detection decides). ``tokens`` are the
    span's words when the document's own tokens already hold them."""
    if tokens is None:
        tokens = tokenize(span, lang, pack.number_pattern, pack.verbatim, pack.month_words).words
    words = [w.norm for w in tokens if not w.is_digit]
    if len(words) < _MIN_WORDS:
        return False
    marks = pack.lexicon.annotate(words)
    own = len(marks.positions("fn:word"))  # the words a function word starts at
    return own <= _OWN_SHARE * len(words)  # "in" is a German and Swedish word too


def foreign_quote_claims(
    text: str,
    lang: str,
    pack: LanguagePack,
    claims: list[Claim],
    read: Callable[[str, str], list[Claim]],
    doc: Doc | None = None,
) -> list[Claim]:
    """Claims read from quotations in another supported language, shifted to their place in
    ``text``; ``read(span, lang)`` extracts from one span. A span that already holds a claim of
    the document's own reading is left alone. ``doc``, the text tokenised, spares tokenising
    each quotation again."""
    found: list[Claim] = []
    starts: list[int] | None = None
    for match in _QUOTED.finditer(text):
        start, end = match.span(1)
        if any(start <= c.start < end for c in claims) or not _DIGIT_OR_WORD.search(match[1]):
            continue
        tokens = None
        if doc is not None:
            if starts is None:
                starts = [w.start for w in doc.words]
            tokens = _span_words(doc, starts, start, end)
        if not _foreign(match[1], lang, pack, tokens):
            continue
        from harmledger.language import detect_language

        other, _ = detect_language(match[1])
        if other == lang or other not in available_languages():
            continue
        for claim in read(match[1], other):
            found.append(
                # the claim belongs to the document: its language, its offsets
                claim.model_copy(
                    update={"start": claim.start + start, "end": claim.end + start, "lang": lang}
                )
            )
    return found
