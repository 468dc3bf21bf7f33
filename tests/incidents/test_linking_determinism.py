"""Which campaign figure founds a campaign, and which join it in doubt, must not depend on the
order documents arrived in or on their content hashes (hashes of different reports sort
arbitrarily: the test builders' hashes even change with how many documents earlier tests made).
The first figure published founds it. Sentences are our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from harmledger.config import load_settings
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import IncidentClaim
from harmledger.store.ledger import open_ledger
from harmledger.store.tables import ClaimRow, Document
from tests.incidents.builders import RAQQA, add_document
from tests.ledgers import home_from_template

BATTLE = {"period_start": dt.date(2017, 6, 6), "period_end": dt.date(2017, 10, 12)}
REPORTS: list[tuple[dict[str, Any], str, str, dt.date]] = [
    (
        {"low": 1601, "qualifier": "more_than", "speaker": "Example Watch"},
        "Example Watch counted more than 1,600 civilians killed in the battle.",
        "monitor",
        dt.date(2018, 4, 25),
    ),
    (
        {"measure": "bodies_recovered", "who": "people", "low": 2601, "speaker": "the rescuers"},
        "The rescuers pulled more than 2,600 bodies from the rubble.",
        "responder",
        dt.date(2018, 12, 1),
    ),
    (
        {"low": 104, "high": 104, "speaker": "the coalition"},
        "The coalition said 104 civilians were killed in the battle.",
        "news",
        dt.date(2018, 6, 1),
    ),
]


def _links(template: Path, home: Path, order: list[int], hashes: list[str]) -> dict[str, Any]:
    """Each quote's link (score and reasons) after ingesting the reports in ``order`` and
    giving their documents the content hashes ``hashes`` (by report)."""
    with open_ledger(load_settings(home=home_from_template(template, home), actor="t")) as ledger:
        documents = {}
        for index in order:
            fields, quote, kind, published = REPORTS[index]
            claim = {"quote": quote, **fields, **BATTLE, **RAQQA}
            documents[index], _ = add_document(
                ledger, [claim], source=f"source {index}", source_type=kind, published=published
            )
        with ledger.session() as session:
            for index, document_id in documents.items():
                session.execute(
                    update(Document).where(Document.id == document_id).values(sha256=hashes[index])
                )
        link_incidents(ledger)
        with ledger.reader() as session:
            rows = session.execute(
                select(ClaimRow.quote, IncidentClaim.score, IncidentClaim.reasons).join(
                    IncidentClaim, IncidentClaim.claim_id == ClaimRow.id
                )
            ).all()
    return {quote: (round(score, 6), tuple(reasons)) for quote, score, reasons in rows}


def test_the_campaign_founder_does_not_depend_on_order_or_hashes(
    sqlite_template: Path, tmp_path: Path
) -> None:
    runs = []
    for n, order in enumerate(([0, 1, 2], [2, 1, 0], [1, 2, 0])):
        for m, digits in enumerate(("abc", "cba", "bca")):
            hashes = [digit * 64 for digit in digits]
            runs.append(_links(sqlite_template, tmp_path / f"{n}{m}", order, hashes))
    assert all(run == runs[0] for run in runs)
    # every figure joined one campaign; the first published (April) founded it, in no doubt
    assert len(runs[0]) == len(REPORTS)
    founder = max(runs[0], key=lambda quote: runs[0][quote][0])
    assert founder == REPORTS[0][1]
