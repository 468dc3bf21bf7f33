"""Plurals with no figure ("others were injured", kind ``uncounted``) in incidents: they join
their report's incident, count two only where no report of the incident states a figure of
that measure, never corroborate, and a report with nothing else links them on their own place
and date. Sentences are our own (tests.extract.test_uncounted), in every supported language."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from harmledger.assess.stored_figures import derive_figures, stored_figures
from harmledger.assess.views import incident_detail
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow
from harmledger.store.verify import verify_ledger
from tests.extract.test_uncounted import OTHERS_INJURED
from tests.incidents.builders import RAQQA, RAQQA_NEIGHBOURHOOD, add_document

DAY = dt.date(2017, 8, 15)
WHEN = {"period_start": DAY, "period_end": DAY}
# two reports of one strike on a bakery, as linking joins them (tests/incidents/test_linking.py)
FIRST = {"quote": "twelve civilians died when the bakery was hit", "weapon": "airstrike"}
SECOND = {"quote": "fourteen were killed in the strike on a bakery", "weapon": "airstrike"}


def _incident_of(ledger: Ledger, claim_id: int) -> int | None:
    with ledger.reader() as session:
        return session.scalars(
            select(IncidentClaim.incident_id).where(
                IncidentClaim.claim_id == claim_id, IncidentClaim.removed_at.is_(None)
            )
        ).one_or_none()


def _figure(ledger: Ledger, incident_id: int, measure: str) -> tuple[int, int] | None:
    with ledger.reader() as session:
        detail = incident_detail(session, incident_id)
        derived = derive_figures(session, [incident_id])[incident_id]
        assert stored_figures(session)[incident_id] == derived  # the stored rows agree
    found = [
        (f["min"], f["max"])
        for f in detail["figures"]
        if f["measure"] == measure and f["category"] in ("civilians", "unknown")
    ]
    return found[0] if found else None


def _report(
    ledger: Ledger, lead: dict[str, object], injured: int | None, *, first: bool
) -> list[int]:
    """A report of the strike: its dead, and its injured as a number or (None) a plural."""
    place = RAQQA_NEIGHBOURHOOD if first else RAQQA
    hurt: dict[str, object] = {"measure": "injured", "quote": "others were hurt", **WHEN, **place}
    hurt |= (
        {"kind": "uncounted", "low": 2} if injured is None else {"low": injured, "high": injured}
    )
    killed = {"low": 12 if first else 14, "high": 12 if first else 14, **lead, **WHEN, **place}
    _, ids = add_document(ledger, [killed, hurt], source="Wire A" if first else "Wire B")
    return ids


def test_a_plural_joins_its_report_s_incident_and_a_stated_number_wins(ledger: Ledger) -> None:
    killed, others = _report(ledger, FIRST, None, first=True)
    link_incidents(ledger)
    incident = _incident_of(ledger, killed)
    assert incident is not None and _incident_of(ledger, others) == incident
    assert _figure(ledger, incident, "injured") == (2, 2)
    assert _figure(ledger, incident, "killed") == (12, 12)  # the plural counts no dead
    # a second report of the strike states how many were injured: its number, not the plural
    second_killed, five = _report(ledger, SECOND, 5, first=False)
    link_incidents(ledger)
    assert _incident_of(ledger, second_killed) == incident == _incident_of(ledger, five)
    assert _figure(ledger, incident, "injured") == (5, 5)


def test_a_plural_never_lowers_a_number_nor_corroborates(ledger: Ledger) -> None:
    _report(ledger, FIRST, 7, first=True)
    link_incidents(ledger)
    with ledger.reader() as session:
        [incident] = session.scalars(select(IncidentClaim.incident_id).distinct()).all()
        before = incident_detail(session, incident)
    # another source's report with only a plural of the same strike joins it on its own facts
    _, [plural] = add_document(
        ledger,
        [{"kind": "uncounted", "measure": "injured", "low": 2, **SECOND, **WHEN, **RAQQA}],
        source="Wire C",
    )
    link_incidents(ledger)
    assert _incident_of(ledger, plural) == incident
    assert _figure(ledger, incident, "injured") == (7, 7)
    with ledger.reader() as session:
        after = incident_detail(session, incident)
    assert (after["grade"], after["grade_reasons"]) == (before["grade"], before["grade_reasons"])


def test_a_report_with_only_a_plural_makes_an_incident_of_its_own(ledger: Ledger) -> None:
    _, [plural] = add_document(
        ledger,
        [{"kind": "uncounted", "measure": "injured", "low": 2, **WHEN, **RAQQA}],
    )
    link_incidents(ledger)
    incident = _incident_of(ledger, plural)
    assert incident is not None
    assert _figure(ledger, incident, "injured") == (2, 2)
    assert _figure(ledger, incident, "killed") is None


@pytest.mark.parametrize("lang", sorted(OTHERS_INJURED))
def test_others_injured_in_a_report_join_its_incident(
    ledger: Ledger, tmp_path: Path, lang: str
) -> None:
    corpus = tmp_path / "reports.jsonl"
    record = {"text": OTHERS_INJURED[lang], "lang": lang, "published": DAY.isoformat()}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    ingest_items(ledger, [str(corpus)], IngestOptions(source_type="monitor"))
    extract_documents(ledger)
    link_incidents(ledger)
    with ledger.reader() as session:
        rows = {
            row.kind: row.id
            for row in session.scalars(select(ClaimRow).where(ClaimRow.negated.is_(False)))
        }
    incident = _incident_of(ledger, rows["casualty"])
    assert incident is not None and _incident_of(ledger, rows["uncounted"]) == incident
    assert _figure(ledger, incident, "injured") == (2, 2)
    assert _figure(ledger, incident, "killed") == (2, 2)
    assert verify_ledger(ledger).ok
