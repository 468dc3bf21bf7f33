"""``harmledger.api`` drives every stage with one convention and typed results."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from harmledger import api
from harmledger.errors import Invalid, NotFound
from harmledger.publish.claims import ClaimRecord
from harmledger.publish.incidents import IncidentDetail, IncidentSummary
from harmledger.publish.results import Comparison, TallyRow
from harmledger.store.ledger import open_ledger
from tests.fixtures_docs import EN_TEXT

# sentences we wrote: one strike, a named city and a date, so that linking has an event
PLACED = (
    "An airstrike killed seven civilians in Mosul on 3 March 2024, the city's health office said.",
    "Sju civila dödades i ett flyganfall i Mosul den 3 mars 2024, uppger stadens sjukvård.",
)


def test_every_stage_through_the_api(tmp_path: Path) -> None:
    home = tmp_path / "home"
    for name, text in zip(("en.txt", "sv.txt"), PLACED, strict=True):
        (tmp_path / name).write_text(text)
    api.ingest(
        [str(tmp_path / "en.txt"), str(tmp_path / "sv.txt")],
        home=home,
        source="Wire",
        published="2024-03-04",
    )
    assert api.extract(home=home).documents == 2
    claims = api.claims(home=home, kind="casualty")
    assert claims and all(isinstance(c, ClaimRecord) for c in claims)
    with open_ledger(home=home) as ledger:  # ledger= reuses one open ledger
        report = api.link(ledger=ledger)
        assert report.claims_linked == len(claims)
        listed = api.incidents(ledger=ledger)
    assert listed and all(isinstance(i, IncidentSummary) for i in listed)
    detail = api.incident(listed[0].id, home=home)
    assert isinstance(detail, IncidentDetail) and detail.claim_details
    rows = api.tally(home=home, by=["country"], grades=None)
    assert all(isinstance(r, TallyRow) for r in rows)
    assert isinstance(api.compare(home=home, incident_id=listed[0].id), Comparison)
    graded = api.grade(listed[0].id, "weak", "one wire report", home=home)
    assert graded.grade == "weak" and graded.incident == listed[0].id
    assert api.verify(home=home).ok


def test_claims_page_in_the_database(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "en.txt").write_text(EN_TEXT)
    api.ingest(str(tmp_path / "en.txt"), home=home)
    api.extract(home=home)
    every = api.claims(home=home)
    assert len(every) >= 2
    pages = [api.claim_page(home=home, page=p, per_page=1) for p in range(1, len(every) + 2)]
    assert [c for page in pages for c in page.items] == every
    assert {page.total for page in pages} == {len(every)}
    assert pages[-1].items == []


def test_exports_from_the_api(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "en.txt").write_text(EN_TEXT)
    api.ingest(str(tmp_path / "en.txt"), home=home)
    api.extract(home=home)
    text = api.export("claims", "csv", home=home)
    header = next(csv.reader(io.StringIO(text)))
    assert header == list(ClaimRecord.model_fields)
    assert json.loads(api.export("claims", "json", home=home)) == [
        c.record() for c in api.claims(home=home)
    ]
    empty = api.export("tally", "csv", home=home, by=["month", "belligerent"])
    assert empty.splitlines()[0] == "month,belligerent,measure,incidents,min,max,best,category"


def test_errors_by_class(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with pytest.raises(NotFound):
        api.incident(7, home=home)
    with pytest.raises(Invalid):
        api.export("claims", "geojson", home=home)
    with pytest.raises(Invalid):
        api.estimate(["only one"], home=home)
