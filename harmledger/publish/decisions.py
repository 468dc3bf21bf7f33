"""What a recorded decision returns: the change as made (reviews, grades, merges, splits,
moves), so the CLI and the API report it alike."""

from __future__ import annotations

from pydantic import Field

from harmledger.publish.base import ReadModel


class ClaimReviewed(ReadModel):
    claim: int
    decision: str
    review: int = Field(description="id of the stored review")
    incident: int | None = Field(description="the incident whose figures it changed, if any")


class GradeSet(ReadModel):
    incident: int
    grade: str | None
    grade_by: str | None


class ClaimMoved(ReadModel):
    claim: int
    from_: int | None = Field(alias="from", description="the incident it was in, if any")
    to: int


class IncidentSplit(ReadModel):
    incident: int
    new_incident: int
    claims_moved: list[int]


class IncidentsMerged(ReadModel):
    incident: int
    merged: list[int]
    claims_moved: list[int]
