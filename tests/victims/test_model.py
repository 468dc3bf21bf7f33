"""Victim and recovery records: values, sensitive fields, attribution."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from harmledger.victims import SENSITIVE_FIELDS, VICTIM_FIELDS, RecoveryRecord, VictimRecord
from harmledger.victims.values import parse_age, parse_date


def test_defaults_and_identity() -> None:
    record = VictimRecord(list_name="monitor", record_key="7", name="سمير حداد", status="")
    assert record.status == "unknown"
    assert record.record_id == "monitor:7"
    assert "list_name" not in VICTIM_FIELDS and "record_key" in VICTIM_FIELDS


def test_sensitive_fields_never_in_the_public_form() -> None:
    record = VictimRecord(
        list_name="m", record_key="1", family_contact="invented phone", witness_identity="W"
    )
    assert set(record.model_dump()) >= SENSITIVE_FIELDS
    assert not SENSITIVE_FIELDS & set(record.public_dict())
    schema = VictimRecord.model_json_schema()["properties"]
    assert all(schema[name].get("sensitive") for name in SENSITIVE_FIELDS)


def test_invalid_values_are_refused() -> None:
    with pytest.raises(ValidationError):
        VictimRecord(list_name="m", record_key="1", age=200)
    with pytest.raises(ValidationError):
        VictimRecord(list_name="m", record_key="1", status="enemy")
    with pytest.raises(ValidationError):
        VictimRecord(list_name="m", record_key="1", unknown_field="x")


def test_recovery_record_attribution() -> None:
    body = RecoveryRecord(
        list_name="recovery-team",
        record_key="B-0042",
        recovery_site="invented mass grave",
        date_recovered="2018-03-01",
        state_of_remains="skeletal",
        perpetrator="Party A",
        attribution_certainty="possible",
    )
    assert body.identification_status == "unidentified"
    assert not body.attributed_to("Party A")
    confirmed = body.model_copy(update={"attribution_certainty": "probable"})
    assert confirmed.attributed_to("party a") and not confirmed.attributed_to("Party B")
    with pytest.raises(ValidationError, match="identified body needs a name"):
        RecoveryRecord(list_name="r", record_key="B-1", identification_status="identified")


@given(st.integers(min_value=0, max_value=130))
def test_age_round_trips(age: int) -> None:
    assert parse_age(str(age)) == age
    assert parse_age(f"{age}.0") == age
    assert parse_age(float(age)) == age


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_round_trip_in_every_format(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y")) == day
    assert parse_date(day.strftime("%Y%m%d")) == day


def test_year_alone_is_not_a_date() -> None:
    with pytest.raises(ValueError, match="a year alone"):
        parse_date("1990")
