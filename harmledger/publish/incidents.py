"""Incidents as published: list rows, the full record, and the figures behind both."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from harmledger.publish.base import ReadModel
from harmledger.publish.victims import VictimView

Number = int | float


class Figure(ReadModel):
    """One figure of an incident: min/max of a measure for a category, with the claims that
    give each bound; an imported dataset's figure has a ``best`` and a ``source`` instead."""

    measure: str
    category: str
    min: Number | None
    max: Number | None
    min_claims: list[int] = Field(default_factory=list)
    max_claims: list[int] = Field(default_factory=list)
    claims: list[int] = Field(default_factory=list)
    best: Number | None = None
    source: str | None = None


class IncidentSummary(ReadModel):
    """What ``incidents list``, ``/api/incidents`` and the incidents export show of one."""

    id: int
    kind: str
    name: str | None
    parent_id: int | None
    place: str | None = Field(description="place name")
    place_id: str | None
    place_precision: str | None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None
    period_start: str | None = Field(description="ISO date")
    period_end: str | None = Field(description="ISO date")
    date_precision: str | None
    perpetrators: list[str]
    weapons: list[str]
    grade: str | None
    grade_by: str | None
    status: str
    origin: str | None
    documents: list[int]
    claims: list[int]
    figures: list[Figure] = Field(default_factory=list)
    civilians_killed_min: Number | None
    civilians_killed_max: Number | None


class ClaimDetail(ReadModel):
    """A claim as an incident's record shows it: the quote, who said it, how it was linked."""

    id: int
    document_id: int
    measure: str | None
    who: str | None
    low: Number | None
    high: Number | None
    qualifier: str | None
    quote: str
    speaker: str | None
    attribution_chain: list[Any]
    origin: str | None
    source_type: str | None
    perpetrator: str | None
    weapon: str | None
    place_name: str | None = Field(None, description="the place the claim names, as resolved")
    latitude: float | None = None
    longitude: float | None = None
    review: str | None = Field(description="the reviewer's decision, if any")
    link_score: float | None
    link_reasons: list[Any]
    linked_by: str | None


class Assessment(ReadModel):
    """A belligerent's own dated statement about an incident."""

    id: int
    incident_id: int | None
    belligerent: str
    assessment: str
    conceded_min: int | None
    conceded_max: int | None
    stated_on: str = Field(description="ISO date")
    stated_precision: str | None
    source: str | None
    document_id: int | None


class IncidentDetail(IncidentSummary):
    """Everything about one incident (``incidents show``, ``/api/incidents/{id}``)."""

    grade_reasons: list[Any]
    claim_details: list[ClaimDetail]
    children: list[int]
    assessments: list[Assessment]
    victims: list[VictimView] | None = Field(
        default=None, description="the web's: its first victim records (all at /victims)"
    )
    victims_total: int | None = None


class IncidentPage(ReadModel):
    items: list[IncidentSummary]
    total: int
    page: int
    per_page: int
