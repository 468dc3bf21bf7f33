"""The tally in SQL over stored figures equals the unit-by-unit tally over claims, on generated
ledgers changed by every kind of decision, on both backends; the stored figures, and what list
summaries show of the claims, stay equal to what the claims give after each change."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

import harmledger.extract
from harmledger.assess.decisions import (
    add_assessment,
    merge_incidents,
    move_claim,
    review_claim,
    set_grade,
    split_incident,
)
from harmledger.assess.figures import figure_claim, figures
from harmledger.assess.stored_figures import derive_figures, rebuild_figures, stored_figures
from harmledger.assess.views import derive_parts, stored_parts
from harmledger.claims.reviewed import load_claims
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import DerivedFigure, Incident, IncidentClaim, IncidentFigure
from harmledger.store.ledger import Ledger
from harmledger.tally.groups import unit_totals
from harmledger.tally.in_database import database_totals
from harmledger.tally.tally import tally
from harmledger.tally.units import units
from tests.incidents.builders import MOSUL, RAQQA, RAQQA_NEIGHBOURHOOD, add_document

PLACES = [RAQQA, MOSUL, RAQQA_NEIGHBOURHOOD, {}]
CAMPAIGN = {"period_start": dt.date(2017, 6, 6), "period_end": dt.date(2017, 10, 12)}
GROUPINGS = [
    ("belligerent",),
    ("month", "belligerent"),
    ("year",),
    ("place",),
    ("admin1",),
    ("country",),
    ("grade",),
    ("category",),
    ("grade", "category"),
]
GRADE_FILTERS: list[tuple[str, ...] | None] = [("confirmed", "fair"), None, ("weak",)]


def _claim(rng: random.Random) -> dict[str, Any]:
    low = rng.choice([None, 0, 1, 3, 12, 12, 40, 250])
    high = rng.choice([None, low, (low or 0) + rng.randrange(0, 30)])
    day = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(0, 540))
    when = CAMPAIGN if rng.random() < 0.08 else {"period_start": day, "period_end": day}
    return {
        "kind": "casualty" if rng.random() < 0.92 else "damage",
        "measure": rng.choice(["killed", "killed", "injured", "bodies_recovered"]),
        "who": rng.choice(["civilians", "civilians", "children", "people", None, "combatants"]),
        "low": low,
        "high": high,
        "negated": rng.random() < 0.05,
        "speaker": rng.choice([None, "Airwars", "civil defence", "a resident"]),
        "perpetrator": rng.choice([None, "us_led_coalition", "islamic_state"]),
        "weapon": rng.choice([None, "airstrike"]),
        **when,
        **rng.choice(PLACES),
    }


def _build(ledger: Ledger, rng: random.Random, documents: int) -> None:
    for _ in range(documents):
        add_document(
            ledger,
            [_claim(rng) for _ in range(rng.randrange(1, 4))],
            source=rng.choice(["Monitor", "Wire", "Ministry", None]),
            source_type=rng.choice(["monitor", "news", "belligerent"]),
            published=dt.date(2017, 11, 1),
        )
    link_incidents(ledger)


def _state(ledger: Ledger) -> tuple[list[int], dict[int, list[int]]]:
    """Active incident ids, and each one's actively linked claims."""
    with ledger.reader() as session:
        active = sorted(session.scalars(select(Incident.id).where(Incident.status == "active")))
        claims: dict[int, list[int]] = {i: [] for i in active}
        for link in session.scalars(
            select(IncidentClaim).where(IncidentClaim.removed_at.is_(None))
        ):
            if link.incident_id in claims:
                claims[link.incident_id].append(link.claim_id)
    return active, claims


def _decide(ledger: Ledger, rng: random.Random) -> None:
    """One random human decision (or a direct edit of what the tally reads from incidents)."""
    active, claims = _state(ledger)
    if not active:
        return
    incident = rng.choice(active)
    linked = claims[incident]
    every_claim = [c for found in claims.values() for c in found]
    action = rng.randrange(9)
    if action == 0 and linked:
        review_claim(ledger, rng.choice(linked), "reject", "not this strike")
    elif action == 1 and linked:
        field = rng.choice(["low", "high", "who", "measure"])
        value: Any = {
            "low": rng.choice([None, 2, 75]),
            "high": rng.choice([None, 9, 300]),
            "who": rng.choice(["children", "civilians", None]),
            "measure": rng.choice(["killed", "injured"]),
        }[field]
        review_claim(ledger, rng.choice(linked), "correct", "misread", {field: value})
    elif action == 2 and linked:
        review_claim(ledger, rng.choice(linked), "confirm", "checked")
    elif action == 3 and every_claim and len(active) > 1:
        target = rng.choice([i for i in active if i != incident])
        move_claim(ledger, rng.choice(every_claim), target, "same strike")
    elif action == 4 and len(linked) > 1:
        split_incident(ledger, incident, linked[: len(linked) // 2], "two strikes")
    elif action == 5 and len(active) > 2:
        others = [i for i in active if i != incident]
        merge_incidents(ledger, incident, rng.sample(others, 1), "one strike")
    elif action == 6:
        grade = rng.choice(["confirmed", "fair", "weak", "contested", None])
        set_grade(ledger, incident, grade, "analyst")
    elif action == 7:
        add_assessment(
            ledger,
            incident,
            belligerent="us_led_coalition",
            assessment=rng.choice(["credible", "non_credible"]),
            stated_on=dt.date(2018, 1, 1),
            conceded_min=rng.choice([None, 0, 4]),
        )
    else:
        with ledger.session() as session:  # imported figures and nesting, as importers write them
            if rng.random() < 0.5:
                session.add(
                    IncidentFigure(
                        incident_id=incident,
                        measure=rng.choice(["killed", "injured"]),
                        category=rng.choice(["civilians", "unknown"]),
                        low=rng.choice([None, 5]),
                        best=rng.choice([None, 0, 8]),
                        high=rng.choice([None, 20]),
                        source="test import",
                    )
                )
            else:
                parent = rng.choice([None, *active])
                session.execute(
                    update(Incident)
                    .where(Incident.id == incident)
                    .values(parent_id=parent if parent != incident else None)
                )


def _reference_figures(ledger: Ledger) -> dict[int, dict[tuple[str, str], tuple[int, int]]]:
    """Figures of each active incident through the library's claim-by-claim path."""
    active, claims = _state(ledger)
    found: dict[int, dict[tuple[str, str], tuple[int, int]]] = {}
    with ledger.reader() as session:
        for incident in active:
            loaded = load_claims(session, claims[incident]) if claims[incident] else []
            derived = {
                (f.measure, f.category): (f.min or 0, f.max or 0)
                for f in figures(figure_claim(c) for c in loaded)
            }
            if derived:
                found[incident] = derived
    return found


def _check(ledger: Ledger) -> None:
    """Stored figures equal the claim-by-claim ones, and the SQL tally the unit-by-unit one."""
    expected = _reference_figures(ledger)
    active = set(_state(ledger)[0])
    with ledger.reader() as session:
        stored = stored_figures(session)
        derived = derive_figures(session)
    assert {i: f for i, f in stored.items() if i in active and f} == expected
    assert {i: f for i, f in derived.items() if i in active and f} == expected
    _check_copies(ledger, active)
    with ledger.reader() as session:  # what list summaries show of claims, kept the same way
        ids = sorted(active)
        assert stored_parts(session, ids) == derive_parts(session, ids)
        for by in GROUPINGS:
            for grades in GRADE_FILTERS:
                for measure, category in (("killed", "civilians"), ("injured", "unknown")):
                    reference = unit_totals(units(session, grades), by, measure, category)
                    fast = database_totals(session, by, measure, category, grades)
                    assert fast == reference, (by, grades, measure, category)


def _check_copies(ledger: Ledger, active: set[int]) -> int:
    """The incident attributes kept beside each active incident's figures equal the incident's."""
    names = ("status", "grade", "period_start", "perpetrators")
    with ledger.reader() as session:
        incidents = {
            row.id: tuple(getattr(row, n) for n in names)
            for row in session.execute(select(Incident.id, *(getattr(Incident, n) for n in names)))
        }
        copies = session.execute(
            select(DerivedFigure.incident_id, *(getattr(DerivedFigure, n) for n in names))
        ).all()
    checked = [row for row in copies if row[0] in active]
    assert all(tuple(row[1:]) == incidents[row[0]] for row in checked)
    return len(checked)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sql_tally_equals_the_unit_by_unit_tally(ledger: Ledger, seed: int) -> None:
    rng = random.Random(seed)
    _build(ledger, rng, documents=20)
    _check(ledger)
    for round_ in range(4):
        for _ in range(5):
            _decide(ledger, rng)
        if round_ == 1:
            _build(ledger, rng, documents=6)  # new claims link into existing incidents too
        _check(ledger)


def test_rebuild_gives_what_was_kept(ledger: Ledger) -> None:
    rng = random.Random(11)
    _build(ledger, rng, documents=12)
    for _ in range(8):
        _decide(ledger, rng)
    with ledger.reader() as session:
        kept = {i: f for i, f in stored_figures(session).items() if f}
    active = set(_state(ledger)[0])
    with ledger.session() as session:
        rebuild_figures(session)
    with ledger.reader() as session:
        rebuilt = {i: f for i, f in stored_figures(session).items() if f}
    assert {i: f for i, f in kept.items() if i in active} == rebuilt


def test_a_new_extraction_refreshes_the_incidents_of_its_document(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "On 15 August 2017 an airstrike killed 12 civilians in Mosul, a local monitor said."
    (tmp_path / "report.txt").write_text(text)
    ingest_items(ledger, [str(tmp_path / "report.txt")], IngestOptions(lang="en"))
    extract_documents(ledger)
    link_incidents(ledger)
    with ledger.reader() as session:
        before = tally(session, by=("place",), grades=None)
    assert [(r["min"], r["max"]) for r in before] == [(12, 12)]
    # the old claims stay linked but are no longer current: the incident's figure goes
    monkeypatch.setattr(harmledger.extract, "EXTRACTOR_VERSION", "99.0-test")
    extract_documents(ledger)
    _check(ledger)
    with ledger.reader() as session:
        assert tally(session, by=("place",), grades=None) == []


@pytest.mark.migration
def test_the_migration_fills_the_figures_of_an_existing_ledger(ledger: Ledger) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    rng = random.Random(5)
    _build(ledger, rng, documents=12)
    for _ in range(8):
        _decide(ledger, rng)
    active = set(_state(ledger)[0])
    with ledger.reader() as session:
        kept = {i: f for i, f in stored_figures(session).items() if i in active and f}
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("harmledger.store") / "migrations")
    )
    with ledger.engine.begin() as connection:  # a ledger from before the figures were kept
        config.attributes["connection"] = connection
        command.downgrade(config, "0006_users")
    with ledger.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with ledger.reader() as session:
        filled = {i: f for i, f in stored_figures(session).items() if i in active and f}
    assert filled == kept == _reference_figures(ledger)
    assert _check_copies(ledger, active) > 0
    for _ in range(4):  # the trigger that keeps the copies is back too
        _decide(ledger, rng)
    _check(ledger)
