"""Results as published: tally rows, the comparison of voices, an estimate."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from harmledger.publish.base import ReadModel

Number = int | float
Group = str | int | None


class TallyRow(ReadModel):
    """Min/max (and best where known) of one group; the group's keys are the groupings asked
    for (``belligerent``, ``month``, ...), the others absent."""

    belligerent: Group = None
    month: Group = None
    year: Group = None
    place: Group = None
    admin1: Group = None
    country: Group = None
    grade: Group = None
    measure: str
    incidents: int
    min: Number | None
    max: Number | None
    best: Number | None
    category: str | None


class VoiceFigure(ReadModel):
    """One voice's figure in a comparison: a claim group's, a belligerent's assessment, a
    victim list's or recovery log's count, or an imported dataset's sum."""

    voice: str
    voice_label: str
    source_type: str | None
    origins: list[str | None]
    measure: str
    category: str | None
    min: Number | None
    max: Number | None
    min_claims: list[int] | None = None
    max_claims: list[int] | None = None
    claims: list[int] | None = None
    best: Number | None = None
    stated_on: str | None = None
    assessment: str | None = None
    document: int | None = None
    list_name: str | None = Field(default=None, alias="list", description="a record list's")
    records: dict[str, int] | None = None
    events: int | None = None


class Gaps(ReadModel):
    belligerent_admitted_latest: Number | None
    monitor_civilians_killed_max: Number | None
    bodies_recovered_max: Number | None
    monitor_minus_belligerent: Number | None
    recovered_minus_monitor: Number | None


class Comparison(ReadModel):
    """Belligerent admissions versus monitor tallies versus bodies recovered."""

    incidents: list[int]
    figures: list[VoiceFigure]
    gaps: Gaps


class CaptureCell(ReadModel):
    pattern: dict[str, int] = Field(description="1 if on the list, per list")
    count: int


class EstimateView(ReadModel):
    """A multiple systems estimate over linked persons, with its capture table."""

    lists: list[str]
    method: str
    observed: int
    estimate: Number | None
    lower: Number | None
    upper: Number | None
    table: list[CaptureCell]
    details: dict[str, Any] = Field(description="what the method reports beside its estimate")
