"""A hospital trip for a check, not for a wound: "taken to the hospital as a precaution", "to be
checked out", "transporté à l'hôpital par précaution", "vorsorglich ins Krankenhaus gebracht",
"fördes till sjukhus för kontroll".

A trip to hospital is read as a sign of harm (a lone victim's harmed phrase, a counted hospital
cue). A check phrase of the pack (``singular_victims.hospital_checks``) right after the trip, or
right before it, says the person was taken to be examined: no one hurt is told by it.
"""

from __future__ import annotations

from harmledger.extract.lexicon import Marks
from harmledger.extract.reading import cats_at
from harmledger.extract.text import Doc

CHECKS = "one:hospital_checks"
_AFTER = 4  # words between the trip and its check: "to the hospital on Sunday as a precaution"
_BEFORE = 1  # words between a check and the trip after it: "vorsorglich in ein Krankenhaus"


def for_a_check(doc: Doc, marks: Marks, i: int, j: int) -> bool:
    """Whether the trip at words ``[i, j)`` is told as one for a check (in its sentence)."""
    sentence = doc.sentence[i]
    for t in range(j, min(len(doc.words), j + _AFTER + 1)):
        if doc.sentence[t] != sentence:
            break
        if CHECKS in cats_at(marks, t):
            return True
    for t in range(max(0, i - _BEFORE - 3), i):
        end = cats_at(marks, t).get(CHECKS)
        if end is not None and i - _BEFORE <= end <= i and doc.sentence[t] == sentence:
            return True
    return False


def hospital_cue(marks: Marks, i: int, j: int) -> bool:
    """Whether words ``[i, j)`` name a hospital (``actors.hospitals``)."""
    return any("actor:hospitals" in cats_at(marks, t) for t in range(i, j))
