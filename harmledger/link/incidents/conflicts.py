"""Evidence against a link: the claim names another perpetrator or weapon than its incident.

The linker writes such evidence into a link's reasons for people to read, and records that the
link conflicts as data (``IncidentClaim.conflicting``) for the review queue: one definition here
formats the reason and recognises it, so neither side matches words the other happened to use.
"""

from __future__ import annotations

from collections.abc import Iterable

#: What a claim and its incident can disagree on, as the linker compares them.
CONFLICT_KINDS = ("perpetrator", "weapon")


def evidence_reason(kind: str, value: str, same: bool) -> str:
    """The reason a link gives for agreeing or disagreeing on ``kind`` (e.g. its perpetrator)."""
    return f"{'same' if same else 'other'} {kind} {value}"


def conflict_reasons(reasons: Iterable[object]) -> list[str]:
    """The reasons of a link that speak against it."""
    prefixes = tuple(f"other {kind} " for kind in CONFLICT_KINDS)
    return [str(r) for r in reasons if str(r).startswith(prefixes)]
