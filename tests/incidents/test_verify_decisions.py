"""``verify`` replays the log's decisions: a row changed behind harmledger's back is named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from harmledger import api
from harmledger.assess.decisions import review_claim
from harmledger.store.ledger import Ledger
from tests.web.demo import Demo, build_demo

Tamper = Callable[[Connection, Demo], None]


def _raise_role(db: Connection, demo: Demo) -> None:
    db.execute(text("UPDATE users SET role = 'admin' WHERE username = 'vera'"))


def _change_conceded(db: Connection, demo: Demo) -> None:
    db.execute(text("UPDATE belligerent_assessments SET conceded_min = 1"))


def _change_analyst_grade(db: Connection, demo: Demo) -> None:
    db.execute(text(f"UPDATE incidents SET grade = 'confirmed' WHERE id = {demo.campaign}"))


def _change_stored_figure(db: Connection, demo: Demo) -> None:
    db.execute(text("UPDATE derived_figures SET high = high + 1000"))


def _review_without_event(db: Connection, demo: Demo) -> None:
    db.execute(
        text(
            "INSERT INTO claim_reviews (claim_id, decision, corrections, reason, actor, decided_at)"
            f" VALUES ({demo.monitor_claim}, 'reject', '{{}}', 'quietly', 'x', '2026-01-01')"
        )
    )


CASES: dict[str, tuple[Tamper, str]] = {
    "role raised": (_raise_role, "user:vera"),
    "conceded figure": (_change_conceded, "belligerent_assessment:"),
    "analyst grade": (_change_analyst_grade, "incident:"),
    "stored figure": (_change_stored_figure, "incident:"),
    "review with no event": (_review_without_event, "claim_review:"),
}


@pytest.fixture
def demo_ledger(ledger: Ledger, tmp_path: Path) -> tuple[Ledger, Demo]:
    demo = build_demo(ledger, tmp_path)
    review_claim(ledger, demo.monitor_claim, "confirm", "checked against the report")
    return ledger, demo


DECISION_KINDS = {"review", "grade", "assessment", "role", "figures"}


def _disagreements(ledger: Ledger) -> list[tuple[str, str]]:
    """(subject, message) of the decision and figure findings (the demo builder writes its
    documents straight into the tables, so the archive findings are not this test's)."""
    report = api.verify(ledger=ledger)
    return [(p.subject, p.message) for p in report.problems if p.kind in DECISION_KINDS]


def test_an_untouched_ledger_has_no_disagreements(demo_ledger: tuple[Ledger, Demo]) -> None:
    assert _disagreements(demo_ledger[0]) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_tampering_is_named(demo_ledger: tuple[Ledger, Demo], case: str) -> None:
    ledger, demo = demo_ledger
    tamper, subject = CASES[case]
    with ledger.engine.begin() as db:
        tamper(db, demo)
    found = _disagreements(ledger)
    assert any(where.startswith(subject) for where, _ in found), found
