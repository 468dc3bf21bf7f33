"""Named entities a document mentions, as cheap, language-independent linking evidence.

Two reports that both name the al-Sabbagh family, the Shifa hospital or a street are likely about
the same strike even when the city is the only place they share. We take capitalised words that
do not start a sentence (scripts without case contribute nothing), and drop words that also
occur in lower case in the batch ("Indeed", "General", "National" are words, not names) and words
common across the batch (weekdays, agency names, the conflict's parties).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

_CANDIDATE = re.compile(
    r"(?<![.!?:\n]\s)(?<!^)\b([A-Z][\w’'\-]{2,}(?:\s+[A-Z][\w’'\-]{2,})*)", re.MULTILINE
)
COMMON_SHARE = 0.05  # a word in more than 5% of a batch's documents names nothing in particular
MIN_BATCH_FOR_STATISTICS = 20
MAX_ENTITIES = 200


def document_entities(text: str) -> set[str]:
    """Capitalised words and runs of them that do not open a sentence, casefolded."""
    found: set[str] = set()
    for match in _CANDIDATE.finditer(text):
        words = match.group(1).split()
        found.update(w.casefold().strip("’'-") for w in words if len(w) >= 3)
    return found


_LOWER_WORD = re.compile(r"\b[a-zß-ÿ][\w’'\-]{2,}")


def distinctive_entities(texts: Mapping[int, str]) -> dict[int, frozenset[str]]:
    """Per document, its entities minus ordinary words and words common across the batch."""
    from harmledger.link.incidents.sites import not_names

    vocabulary = {word for text in texts.values() for word in _LOWER_WORD.findall(text)}
    vocabulary |= not_names()
    extracted = {doc: document_entities(text) - vocabulary for doc, text in texts.items()}
    if len(extracted) >= MIN_BATCH_FOR_STATISTICS:
        frequency = Counter(word for words in extracted.values() for word in words)
        limit = max(2, int(COMMON_SHARE * len(extracted)))
        extracted = {
            doc: {w for w in words if frequency[w] <= limit} for doc, words in extracted.items()
        }
    return {doc: frozenset(sorted(words)[:MAX_ENTITIES]) for doc, words in extracted.items()}
