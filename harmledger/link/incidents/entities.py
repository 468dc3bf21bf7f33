"""Named entities a document mentions, as cheap, language-independent linking evidence.

Two reports that both name Nour Hamdan, the Shifa hospital or a street are likely about the same
strike even when the city is the only place they share. We take runs of two or more capitalised
words that do not start a sentence (scripts without case contribute nothing), keyed by their
first and last word ("Adham Nabil Ezzedine" and "Adham Ezzedine" meet): a lone word is too often
a common given name (three strikes' victims all include a Mohammed and a Sara) or a noun (German).
Runs made only of words that also occur in lower case in the batch ("General Assembly") and
runs common across the batch (agency names, the conflict's parties) are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

_CANDIDATE = re.compile(
    r"(?<![.!?:\n]\s)(?<!^)\b([A-Z][\w’'\-]{2,}(?:\s+[A-Z][\w’'\-]{2,})*)", re.MULTILINE
)
COMMON_SHARE = 0.05  # a name in more than 5% of a batch's documents names nothing in particular
MIN_BATCH_FOR_STATISTICS = 20
MAX_ENTITIES = 200


def document_entities(text: str) -> set[str]:
    """Capitalised words and runs of them that do not open a sentence, casefolded."""
    found: set[str] = set()
    for match in _CANDIDATE.finditer(text):
        words = match.group(1).split()
        found.update(w.casefold().strip("’'-") for w in words if len(w) >= 3)
    return found


def document_full_names(text: str) -> set[str]:
    """Runs of two or more capitalised words not opening a sentence, as "first last"."""
    found: set[str] = set()
    for match in _CANDIDATE.finditer(text):
        words = [w.casefold().strip("’'-") for w in match.group(1).split() if len(w) >= 3]
        if len(words) >= 2:
            found.add(f"{words[0]} {words[-1]}")
    return found


_LOWER_WORD = re.compile(r"\b[a-zß-ÿ][\w’'\-]{2,}")


def distinctive_entities(texts: Mapping[int, str]) -> dict[int, frozenset[str]]:
    """Per document, its full names minus runs of ordinary words and names common across the
    batch."""
    from harmledger.link.incidents.sites import not_names

    vocabulary = {word for text in texts.values() for word in _LOWER_WORD.findall(text)}
    vocabulary |= not_names()
    extracted = {
        doc: {name for name in document_full_names(text) if not set(name.split()) <= vocabulary}
        for doc, text in texts.items()
    }
    if len(extracted) >= MIN_BATCH_FOR_STATISTICS:
        frequency = Counter(word for words in extracted.values() for word in words)
        limit = max(2, int(COMMON_SHARE * len(extracted)))
        extracted = {
            doc: {w for w in words if frequency[w] <= limit} for doc, words in extracted.items()
        }
    return {doc: frozenset(sorted(words)[:MAX_ENTITIES]) for doc, words in extracted.items()}
