"""A roster of the dead by trade: "a dentist, two nurses, a technician and a guard".

A report of a struck hospital often lists the staff it lost one trade at a time, singular items
("a dentist", "un anesthésiste") beside counted ones ("two nurses", "deux infirmiers"). The
labelled sets read such a list as the make-up of a staff figure already given, not as figures of
their own (incidents_dev: "two nurses" in a list of the six staff killed is left unlabelled),
while a counted trade alone in a subset ("including at least two doctors", "dont trois
médecins") stays a claim. So a count of a protected trade (``[who] protected``) whose neighbour
in its list is a singular item of a trade opened by an indefinite article (``[roster] articles``),
inside a sentence that gave a figure or a subset marker before it, is part of a roster and no
claim ("Two paramedics and a doctor were killed" is a figure of its own).
"""

from __future__ import annotations

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lexicon import Marks
from harmledger.extract.text import Doc


def _joined(doc: Doc, k: int, joins: frozenset[str]) -> int | None:
    """Word ``k`` or the word after it when ``k`` is a list join ("and", "et"); None when the
    gap before ``k`` holds no comma and ``k`` is no join: no list item follows."""
    if k < len(doc.words) and doc.words[k].norm in joins:
        return k + 1
    return k if "," in doc.gaps[k] else None


def in_roster(doc: Doc, pack: LanguagePack, marks: Marks, i: int, j: int) -> bool:
    """Whether the count of words ``[i, j)`` (number to head noun) is a trade in a roster."""
    articles = pack.words("roster", "articles")
    if not articles or not any("who:protected" in marks.cats[k] for k in range(i, j)):
        return False
    joins = pack.words("roster", "joins")
    words = doc.words
    after = _joined(doc, j, joins) if j < len(words) else None
    if after is not None and after + 1 < len(words) and words[after].norm in articles:
        return (
            not words[after + 1].is_digit
            and _trade(marks, after + 1)
            and not _speaks(doc, marks, after + 1)
        )
    # the item before: "a dentist, two nurses", one noun after its article
    return (
        i >= 2
        and "," in doc.gaps[i]
        and words[i - 2].norm in articles
        and doc.sentence[i - 2] == doc.sentence[i]
        and _trade(marks, i - 1)
    )


_SPEAKER_WORDS = 3  # words of a speaker phrase after its article: "a hospital official said"


def _speaks(doc: Doc, marks: Marks, k: int) -> bool:
    """Whether the item from word ``k`` is the figure's speaker, a verb of saying after its
    noun ("six doctors, a spokesperson said", "two nurses, a hospital official told reporters"),
    not a trade of the roster."""
    for t in range(k, min(len(doc.words), k + _SPEAKER_WORDS + 1)):
        if t > k and any(ch in ".,;:!?" for ch in doc.gaps[t]):
            return False
        if "attr:after" in marks.cats[t]:
            return True
    return False


def _trade(marks: Marks, k: int) -> bool:
    """Whether the noun of a singular item names a trade or none of the victims' categories:
    "a technician", "a guard", "un anesthésiste", not "a child" or "a woman" (a member of the
    victims counted, not of the staff: "14 people, among them four medical staff and a child")."""
    return all(
        not c.startswith("who:") or c in ("who:protected", "who:security") for c in marks.cats[k]
    )
