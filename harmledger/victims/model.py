"""Victim and recovery records: one person, or one body, as one list records it.

A record belongs to exactly one list (a monitor's list, a hospital's, a ministry's, a recovery
team's log) and keeps that list's view of the person; linking records of the same person across
lists is :mod:`harmledger.link.persons`' job, never a rewrite of the record.

Field names (also the names used by ``--column field=header`` on import):

==================  ===========================================================================
field               meaning
==================  ===========================================================================
record_key          the record's key in its list (defaults to the row number, ``row-N``)
name                full name in the original script (e.g. Arabic)
name_latin          full name in Latin script
given_name          given name, when the list gives name parts
father_name         father's given name (second link of a nasab chain)
grandfather_name    grandfather's given name (third link)
family_name         family or tribal name
sex                 ``female`` / ``male`` / ``unknown`` (also read: f, m, F, M, أنثى, ذكر, ...)
age                 age in whole years at death (0-130)
age_band            age band as the list writes it (``child``, ``adult``, ``18-24``)
date_of_birth       date of birth (ISO ``YYYY-MM-DD``, day-first ``DD/MM/YYYY``, ``YYYYMMDD``)
date_of_death       date of death, same formats
place_of_death      place of death as written
status              ``civilian`` / ``combatant`` / ``unknown`` (default ``unknown``)
cause               cause of death as written (airstrike, shelling, shooting, ...)
perpetrator         alleged perpetrator as written
family_group        family or household group identifier within the list
incident_ref        reference of the incident the death belongs to
notes               free notes
family_contact      SENSITIVE: how to reach the family; never in public views or exports
witness_identity    SENSITIVE: who witnessed; never in public views or exports
==================  ===========================================================================
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from harmledger.victims.values import parse_age, parse_date, parse_sex, parse_status

__all__ = [
    "RECOVERY_FIELDS",
    "SENSITIVE_FIELDS",
    "VICTIM_FIELDS",
    "RecoveryRecord",
    "VictimRecord",
]

Sex = Literal["female", "male", "unknown"]
Status = Literal["civilian", "combatant", "unknown"]

SENSITIVE_FIELDS: frozenset[str] = frozenset({"family_contact", "witness_identity"})


def _sensitive(description: str) -> Any:
    return Field(default=None, description=description, json_schema_extra={"sensitive": True})


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    list_name: str = Field(min_length=1, description="the list (organisation's list) it is from")
    record_key: str = Field(min_length=1, description="key of the record within its list")

    @property
    def record_id(self) -> str:
        """Identifier unique across lists: ``list_name:record_key``."""
        return f"{self.list_name}:{self.record_key}"

    def public_dict(self) -> dict[str, Any]:
        """The record without its sensitive fields: the only form fit for public views."""
        return self.model_dump(exclude=set(SENSITIVE_FIELDS) & set(type(self).model_fields))

    @field_validator(
        "record_key", "family_group", "incident_ref", "sample_id", mode="before", check_fields=False
    )
    @classmethod
    def _key_as_text(cls, value: Any) -> Any:
        """Keys read from spreadsheets arrive as numbers (``950602979.0``); keep them as text."""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value) if isinstance(value, int) else value

    @field_validator("sex", mode="before", check_fields=False)
    @classmethod
    def _sex(cls, value: Any) -> Any:
        return parse_sex(value)

    @model_validator(mode="before")
    @classmethod
    def _blank_to_none(cls, data: Any) -> Any:
        """Spreadsheets write "missing" as an empty cell; a blank string is not a value."""
        if isinstance(data, dict):
            return {k: None if isinstance(v, str) and not v.strip() else v for k, v in data.items()}
        return data


class VictimRecord(_Record):
    """One person as one list records them (see the module docstring for every field)."""

    name: str | None = None
    name_latin: str | None = None
    given_name: str | None = None
    father_name: str | None = None
    grandfather_name: str | None = None
    family_name: str | None = None
    sex: Sex | None = None
    age: int | None = Field(default=None, ge=0, le=130)
    age_band: str | None = None
    date_of_birth: date | None = None
    date_of_death: date | None = None
    place_of_death: str | None = None
    status: Status = "unknown"
    cause: str | None = None
    perpetrator: str | None = None
    family_group: str | None = None
    incident_ref: str | None = None
    notes: str | None = None
    family_contact: str | None = _sensitive("how to reach the family")
    witness_identity: str | None = _sensitive("identity of a witness")

    @field_validator("status", mode="before")
    @classmethod
    def _status(cls, value: Any) -> Any:
        return parse_status(value)

    @field_validator("age", mode="before")
    @classmethod
    def _age(cls, value: Any) -> Any:
        return parse_age(value)

    @field_validator("date_of_birth", "date_of_death", mode="before")
    @classmethod
    def _dates(cls, value: Any) -> Any:
        return parse_date(value)


IdentificationStatus = Literal["identified", "presumptive", "unidentified"]
AttributionCertainty = Literal["confirmed", "probable", "possible", "unknown"]


class RecoveryRecord(_Record):
    """One body, as a recovery team logs it: a file per body, with a name if there is one.

    ``record_key`` is the body's file number. A body is attributed to a perpetrator only through
    ``perpetrator`` together with ``attribution_certainty``; :meth:`attributed_to` is the one test
    tallies use, so an unattributed body is never counted against anyone.
    """

    name: str | None = None
    name_latin: str | None = None
    recovery_site: str | None = Field(default=None, description="e.g. a mass grave, a building")
    date_recovered: date | None = None
    state_of_remains: str | None = Field(default=None, description="complete, partial, skeletal")
    identification_status: IdentificationStatus = "unidentified"
    sample_id: str | None = Field(default=None, description="DNA or other sample reference")
    sex: Sex | None = None
    age_band: str | None = None
    probable_cause: str | None = None
    perpetrator: str | None = None
    attribution_certainty: AttributionCertainty = "unknown"
    incident_ref: str | None = Field(
        default=None, description="the incident the body belongs to (an incident id or name)"
    )
    notes: str | None = None
    witness_identity: str | None = _sensitive("identity of a witness")

    @field_validator("date_recovered", mode="before")
    @classmethod
    def _dates(cls, value: Any) -> Any:
        return parse_date(value)

    @field_validator("identification_status", "attribution_certainty", mode="before")
    @classmethod
    def _folded(cls, value: Any) -> Any:
        """Logs write ``Identified`` or ``UNKNOWN``; the vocabulary is lower case."""
        return value.strip().casefold() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _identified_has_name(self) -> RecoveryRecord:
        if self.identification_status == "identified" and not (self.name or self.name_latin):
            raise ValueError("an identified body needs a name (name or name_latin)")
        return self

    def attributed_to(self, perpetrator: str) -> bool:
        """True only when the record names ``perpetrator`` with confirmed or probable certainty."""
        if not self.perpetrator or self.attribution_certainty not in ("confirmed", "probable"):
            return False
        return self.perpetrator.casefold().strip() == perpetrator.casefold().strip()


VICTIM_FIELDS: tuple[str, ...] = tuple(f for f in VictimRecord.model_fields if f != "list_name")
RECOVERY_FIELDS: tuple[str, ...] = tuple(f for f in RecoveryRecord.model_fields if f != "list_name")
