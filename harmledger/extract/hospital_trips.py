"""A victim taken to a hospital named by its own name: "was taken to Lakeside Memorial Hospital",
"fördes till Sankt Eriks sjukhus".

"Taken to the hospital" is a harmed phrase of the pack (``singular_victims.harmed``): the person
was hurt, unless the document reports a death. Local news names the hospital instead ("rushed
to Northgate Medical Center"), which no fixed phrase can list. A verb of taking someone there
(``singular_victims.hospital_trips``) followed by a name, capitalised from its first word, that
ends in a word for a hospital (``singular_victims.hospital_words``, "*" for a compound's head:
"*sjukhus" is "universitetssjukhus") is read as the same harmed phrase. Languages that put the
noun before the name ("transporté à l'hôpital Saint-Lucien") need no such rule.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from functools import cache

from harmledger.extract.language_pack import load_pack
from harmledger.extract.reading import Cue
from harmledger.extract.text import Doc, normalize

_NAME_WORDS = 6  # words of a hospital's name: "St. Mary's Regional Medical Center"
_ABBREVIATION = 3  # letters of a word a full stop may close inside a name ("St.", "Mt.")


@cache
def _settings(
    lang: str,
) -> tuple[tuple[tuple[str, ...], ...], frozenset[str], tuple[str, ...]]:
    """(verb phrases, their first words, hospital words) of the pack of ``lang``, normalised."""
    raw = load_pack(lang).raw.get("singular_victims", {})
    trips = tuple(tuple(normalize(p).split()) for p in raw.get("hospital_trips", []))
    firsts = frozenset(trip[0] for trip in trips)
    return trips, firsts, tuple(normalize(w) for w in raw.get("hospital_words", []))


def trip_verbs(lang: str) -> frozenset[str]:
    """The first words of ``lang``'s verb phrases of taking someone to a hospital ("fördes",
    "taken"), normalised."""
    return _settings(lang)[1]


def named_hospital_trips(doc: Doc, lang: str) -> list[Cue]:
    """Harmed cues over "taken to" and the hospital's name after it, for lone victims (looked
    for only where a word opens a verb phrase of taking, from the document's index)."""
    trips, firsts, words = _settings(lang)
    if not trips:
        return []
    found = []
    for k in doc.where(firsts):
        for trip in trips:
            end = k + len(trip)
            if tuple(doc.norms[k:end]) != trip or not _joined(doc, k, end):
                continue
            name_end = _name_end(doc, end, words)
            if name_end is not None:
                found.append(Cue(k, name_end, "injured"))
                break
    return found


def _joined(doc: Doc, i: int, j: int) -> bool:
    """Whether words ``[i, j)`` stand in one sentence with only spaces between them."""
    return j <= len(doc.words) and all(
        not doc.gaps[t].strip() and doc.sentence[t] == doc.sentence[i] for t in range(i + 1, j)
    )


def _name_end(doc: Doc, start: int, words: tuple[str, ...]) -> int | None:
    """The end of a hospital's name opening at ``start`` (capitalised first word, then words
    up to one for a hospital), or None."""
    n = len(doc.words)
    if start >= n or not doc.words[start].text[:1].isupper() or doc.gaps[start].strip():
        return None
    for t in range(start, min(n, start + _NAME_WORDS)):
        if t > start and not _inside_name(doc, t):
            return None
        if any(_ends_with(doc, start, t, w) for w in words):
            return t + 1
    return None


def _ends_with(doc: Doc, start: int, t: int, word: str) -> bool:
    """Whether the name from ``start`` ends at word ``t`` with ``word`` (one or more words,
    "medical center")."""
    parts = word.split()
    first = t - len(parts) + 1
    return first >= start and all(
        fnmatchcase(doc.words[first + n].norm, p) for n, p in enumerate(parts)
    )


def _inside_name(doc: Doc, t: int) -> bool:
    """Whether the gap before word ``t`` keeps it in the name: a space, an apostrophe
    ("St. Luke's"), a hyphen, or a full stop after an abbreviation ("St. Agnes")."""
    gap = doc.gaps[t].strip()
    if doc.sentence[t] != doc.sentence[t - 1]:
        return gap == "." and len(doc.words[t - 1].text) <= _ABBREVIATION
    if gap in ("", "'", "’", "-"):
        return True
    return gap == "." and len(doc.words[t - 1].text) <= _ABBREVIATION
