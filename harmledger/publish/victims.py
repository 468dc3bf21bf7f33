"""Victim records, recovered bodies and persons as published. Sensitive fields (family
contact, witness identity) are optional: public views and viewers never get them, and then the
record leaves them out rather than showing ``null``."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from harmledger.publish.base import ReadModel


class VictimPerson(ReadModel):
    """The person (of the current linkage run) a victim record was linked to."""

    key: str
    probability: float


class VictimView(ReadModel):
    """One record of a victim list as users see it."""

    id: int
    list_name: str = Field(alias="list", description="the list or log it is from")
    record_key: str
    name: str | None = None
    name_latin: str | None = None
    given_name: str | None = None
    father_name: str | None = None
    grandfather_name: str | None = None
    family_name: str | None = None
    sex: str | None = None
    age: int | None = None
    age_band: str | None = None
    date_of_birth: str | None = Field(default=None, description="ISO date")
    date_of_death: str | None = Field(default=None, description="ISO date")
    place_of_death: str | None = None
    status: str | None = None
    cause: str | None = None
    perpetrator: str | None = None
    family_group: str | None = None
    incident_ref: str | None = None
    notes: str | None = None
    family_contact: str | None = Field(default=None, description="sensitive: analysts only")
    witness_identity: str | None = Field(default=None, description="sensitive: analysts only")
    publishable: bool
    person: VictimPerson | None = Field(
        default=None, description="its person in the current linkage run (an incident's victims)"
    )
    probability: float | None = Field(
        default=None, description="how surely it belongs to the person (a person's records)"
    )


class IncidentVictims(ReadModel):
    items: list[VictimView]
    total: int
    page: int | None = None
    per_page: int | None = None


class RecoveryView(ReadModel):
    """One body of a recovery log as users see it."""

    id: int
    list_name: str = Field(alias="list", description="the list or log it is from")
    record_key: str
    name: str | None = None
    name_latin: str | None = None
    recovery_site: str | None = None
    date_recovered: str | None = Field(default=None, description="ISO date")
    state_of_remains: str | None = None
    identification_status: str | None = None
    sample_id: str | None = None
    sex: str | None = None
    age_band: str | None = None
    probable_cause: str | None = None
    perpetrator: str | None = None
    attribution_certainty: str | None = None
    incident_ref: str | None = None
    notes: str | None = None
    witness_identity: str | None = Field(default=None, description="sensitive: analysts only")
    publishable: bool


class RecoveryCount(ReadModel):
    group: str | None
    bodies: int
    identified: int
    presumptive: int
    unidentified: int


class PairWhy(ReadModel):
    """A scored pair of records that ties a person together, with the linkage's evidence."""

    left: int
    right: int
    probability: float
    evidence: list[dict[str, Any]]


class PersonView(ReadModel):
    """A person: a cluster of victim records of the current linkage run."""

    person_id: str
    run: int
    records: list[VictimView]
    why: list[PairWhy]


class PersonCandidate(ReadModel):
    """A pair of records the linkage was unsure about, for a reviewer."""

    left: int
    right: int
    probability: float
    left_name: str | None
    right_name: str | None
    left_age: int | None
    right_age: int | None
    evidence: list[dict[str, Any]]


class PairDecisionRecord(ReadModel):
    id: int
    left: int
    right: int
    decision: str
