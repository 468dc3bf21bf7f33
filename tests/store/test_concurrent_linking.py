"""Concurrent ``link`` runs give what one run gives: each claim linked once, no spare incident.

Before, two runs on PostgreSQL could both read the same unlinked claims and both link them,
each into new incidents of its own (38 incidents from input that gives 37 when run serially).
"""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from harmledger import api
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.link.incidents.service import LinkReport, link_incidents
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import Ledger

STRIKES = [  # invented reports: three strikes, the first told twice
    "An airstrike on the central market of Raqqa on 15 August 2017 killed 12 civilians, "
    "residents said.",
    "Une frappe aérienne sur le marché central de Raqqa le 15 août 2017 a tué 14 civils.",
    "Shelling of a school in Mosul on 3 March 2017 killed 7 civilians, a doctor said.",
    "Ein Luftangriff auf eine Bäckerei in Aleppo am 2. Mai 2016 tötete 9 Zivilisten.",
]
RUNS = 4


def test_concurrent_link_runs_link_each_claim_once(ledger: Ledger, tmp_path: Path) -> None:
    paths = []
    for index, sentence in enumerate(STRIKES):
        path = tmp_path / f"report-{index}.txt"
        path.write_text(sentence, encoding="utf-8")
        paths.append(str(path))
    ingest_items(ledger, paths, IngestOptions(published="2017-08-16"))
    extract_documents(ledger)
    start = threading.Barrier(RUNS)
    reports: list[LinkReport] = []
    errors: list[BaseException] = []

    def run() -> None:
        start.wait()
        try:
            reports.append(link_incidents(ledger))
        except BaseException as error:  # reported below, with the test's own assertion
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(RUNS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(r.claims_linked > 0 for r in reports) == [False] * (RUNS - 1) + [True]
    with ledger.reader() as session:
        links = Counter(
            session.scalars(
                select(IncidentClaim.claim_id).where(IncidentClaim.removed_at.is_(None))
            )
        )
        incidents = session.scalar(select(func.count(Incident.id))) or 0
        used = session.scalar(select(func.count(func.distinct(IncidentClaim.incident_id)))) or 0
    assert links and set(links.values()) == {1}
    assert incidents == used == sum(r.incidents_created for r in reports) == 3
    assert api.verify(ledger=ledger).ok
