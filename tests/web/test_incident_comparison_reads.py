"""The incident page's comparison reads only the victim records that can belong to the
incident (named by its reference, or unnamed and dated within its period), so its cost does
not grow with the records of other incidents; and it counts what it counted before."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from harmledger.assess.decisions import review_claim
from harmledger.assess.views import incident_detail_with_claims
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.tally.compare import compare
from harmledger.tally.reconcile import record_rows
from harmledger.victims.ledger import import_victim_list

INCIDENT = Incident(
    id=4,
    kind="incident",
    name="Strike on the market",
    period_start=dt.date(2017, 8, 15),
    period_end=dt.date(2017, 8, 16),
    place="Raqqa",
)
BELONGING = [  # by reference (any case, spaces), by place and period, and recovered bodies
    {
        "record_key": "a",
        "name_latin": "Amal Nasser",
        "incident_ref": " Incident:4 ",
        "status": "civilian",
    },
    {"record_key": "b", "name_latin": "Omar Saleh", "incident_ref": "4"},
    {
        "record_key": "c",
        "name_latin": "Lina Haddad",
        "date_of_death": "2017-08-16",
        "place_of_death": "Old Raqqa market",
        "status": "civilian",
    },
]


class CountingSession:
    """A session that counts the victim record rows its statements return."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.read = 0

    def execute(self, statement: Any, *args: Any, **kwargs: Any) -> list[Any]:
        rows = self.session.execute(statement, *args, **kwargs).all()
        if "victim_records" in str(statement):
            self.read += len(rows)
        return rows

    def __getattr__(self, name: str) -> Any:
        return getattr(self.session, name)


def _import(ledger: Ledger, folder: Path, name: str, records: list[dict[str, Any]]) -> None:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    import_victim_list(ledger, path, name, organisation="Monitor")


def _compare(ledger: Ledger) -> tuple[list[dict[str, Any]], int]:
    with ledger.reader() as session:
        counting = CountingSession(session)
        rows = record_rows(counting, [INCIDENT], lambda _: "monitor")  # type: ignore[arg-type]
    return rows, counting.read


def _unrelated(n: int) -> list[dict[str, Any]]:
    """Records of other incidents: another reference, or the same place another month."""
    return [
        {"record_key": f"u{i}", "name_latin": f"Other Person {i}", "incident_ref": str(100 + i)}
        if i % 2
        else {
            "record_key": f"u{i}",
            "name_latin": f"Other Person {i}",
            "date_of_death": f"2016-0{1 + i % 9}-10",
            "place_of_death": "Raqqa",
        }
        for i in range(n)
    ]


def test_the_comparison_reads_only_records_that_can_belong(ledger: Ledger, tmp_path: Path) -> None:
    _import(ledger, tmp_path, "Named", BELONGING)
    rows, read = _compare(ledger)
    assert read == 3
    found = {(r["list"], r["category"]): r["records"] for r in rows}
    assert found == {
        ("Named", "civilians"): {"by_reference": 1, "by_place_and_period": 1},
        ("Named", "unknown"): {"by_reference": 1},
    }
    _import(ledger, tmp_path, "Others", _unrelated(60))
    assert _compare(ledger) == (rows, read)


def test_the_page_compares_the_claims_its_detail_read(
    fresh_demo: tuple[Ledger, Any],
) -> None:
    """The incident page hands ``compare`` the claims its detail read (rejected ones and
    plurals with no figure among them) instead of reading them again: the same comparison."""
    ledger, demo = fresh_demo
    review_claim(ledger, demo.monitor_claim, "reject", "checked: a duplicate", {})
    review_claim(ledger, demo.coalition_claim, "correct", "checked: misread", {"high": 30})
    with ledger.reader() as session:
        for incident_id in (demo.event, demo.campaign, demo.mosul):
            _, loaded = incident_detail_with_claims(session, incident_id)
            given = compare(session, incident_id=incident_id, loaded=loaded)
            assert given == compare(session, incident_id=incident_id), incident_id
