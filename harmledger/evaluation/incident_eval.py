"""``eval incidents``: the whole pipeline on Airwars' Gaza assessments, scored against their coding.

Each narrative is ingested as one document into a scratch ledger, extracted, and linked with
every other narrative; the incident holding most of the document's casualty claims is its
incident. Scored: exact agreement of that incident's civilians-killed min–max with Airwars'
coded "Civilians reported killed", and the grade against Airwars' grade (confusion matrix).
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harmledger.evaluation.datasets import AIRWARS, load_airwars
from harmledger.evaluation.incidents import as_airwars_codes
from harmledger.evaluation.splits import HALVES, half

DEFINITIONS = {
    "range_exact": "share of incidents whose civilians-killed (min, max) equals Airwars' coding "
    "(a coded 'Unknown' agrees with no figure derived, as in the per-narrative score)",
    "min_exact": "share whose derived minimum equals Airwars' coded minimum",
    "grade_agreement": "share whose rule grade equals Airwars' (Fair/Weak/Contested/Confirmed)",
    "linked_alone": "share of narratives whose incident holds claims of no other narrative",
    "tune/check": "the same figures over the narratives of each half (by incident id)",
}


@dataclass
class IncidentEvalResult:
    incidents: int = 0
    with_claims: int = 0
    range_exact: int = 0
    min_exact: int = 0
    grade_agreement: int = 0
    linked_alone: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    halves: dict[str, IncidentEvalResult] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        n = max(self.incidents, 1)
        return {
            "incidents": self.incidents,
            "with_casualty_claims": self.with_claims,
            "range_exact": round(self.range_exact / n, 4),
            "min_exact": round(self.min_exact / n, 4),
            "grade_agreement": round(self.grade_agreement / n, 4),
            "linked_alone": round(self.linked_alone / n, 4),
            "grade_confusion": {
                f"{gold}->{ours}": count for (gold, ours), count in sorted(self.confusion.items())
            },
            **{name: part.as_dict() for name, part in self.halves.items()},
            **({"definitions": DEFINITIONS} if self.halves else {}),
        }

    def add(
        self,
        coded: tuple[int, int] | None,
        gold_grade: str,
        incident: Any,
        summary: dict[str, Any] | None,
        alone: bool,
    ) -> None:
        """Score one narrative: its incident (None when it has no casualty claim) and summary."""
        self.incidents += 1
        if incident is None or summary is None:
            self.confusion[(gold_grade, "none")] += 1
            self.range_exact += int(coded is None)  # no figure, and none coded
            self.min_exact += int(coded is None)
            return
        self.with_claims += 1
        derived = as_airwars_codes(
            (summary["civilians_killed_min"], summary["civilians_killed_max"])
        )
        if derived == (coded or (None, None)):
            self.range_exact += 1
        if derived[0] == (coded or (None, None))[0]:
            self.min_exact += 1
        ours = incident.grade or "none"
        self.grade_agreement += int(ours == gold_grade)
        self.confusion[(gold_grade, ours)] += 1
        self.linked_alone += int(alone)


def _gold_grades(root: Path) -> dict[str, str]:
    csv.field_size_limit(sys.maxsize)
    with (root / AIRWARS).open(encoding="utf-8", newline="") as handle:
        return {
            row["Incidence_id"]: row["Airwars civilian harm grading"].strip().lower()
            for row in csv.DictReader(handle)
        }


def evaluate_incidents(root: Path, limit: int | None = None) -> IncidentEvalResult:
    """Run ingest → extract → link on the Airwars narratives in a scratch ledger and score."""
    from sqlalchemy import select

    from harmledger.assess.views import incident_summary
    from harmledger.config import load_settings
    from harmledger.extract.runner import extract_documents
    from harmledger.ingestion.pipeline import IngestOptions, ingest_items
    from harmledger.link.incidents.service import link_incidents
    from harmledger.store.incident_tables import Incident, IncidentClaim
    from harmledger.store.ledger import open_ledger
    from harmledger.store.tables import ClaimRow, Document

    docs = load_airwars(root)[:limit]
    grades = _gold_grades(root)
    result = IncidentEvalResult()
    result.halves = {name: IncidentEvalResult() for name in HALVES}
    with tempfile.TemporaryDirectory(prefix="harmledger-eval-") as scratch:
        corpus = Path(scratch) / "airwars.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for doc in docs:
                record = {
                    "text": doc.text,
                    "title": doc.id,
                    "lang": "en",
                    "source": "Airwars",
                    "published": doc.published.isoformat() if doc.published else None,
                }
                handle.write(json.dumps(record) + "\n")
        with open_ledger(load_settings(home=Path(scratch) / "home", actor="eval")) as ledger:
            ingest_items(ledger, [str(corpus)], IngestOptions(source_type="monitor"))
            extract_documents(ledger)
            link_incidents(ledger)
            with ledger.reader() as session:
                titles = {
                    i: str(t) for i, t in session.execute(select(Document.id, Document.title))
                }
                links = session.execute(
                    select(ClaimRow.document_id, IncidentClaim.incident_id)
                    .join(IncidentClaim, IncidentClaim.claim_id == ClaimRow.id)
                    .where(IncidentClaim.removed_at.is_(None))
                ).all()
                by_document: dict[int, Counter[int]] = {}
                documents_of_incident: dict[int, set[int]] = {}
                for document_id, incident_id in links:
                    by_document.setdefault(document_id, Counter())[incident_id] += 1
                    documents_of_incident.setdefault(incident_id, set()).add(document_id)
                gold = {doc.id: doc for doc in docs}
                for document_id, title in titles.items():
                    doc = gold[title]
                    counts = by_document.get(document_id)
                    incident = None
                    if counts:
                        incident_id = min(counts, key=lambda i: (-counts[i], i))
                        incident = session.get(Incident, incident_id)
                        assert incident is not None
                    alone = incident is not None and documents_of_incident[incident.id] == {
                        document_id
                    }
                    summary = incident_summary(session, incident) if incident else None
                    for scored in (result, result.halves[half(doc.id)]):
                        scored.add(doc.killed, grades.get(doc.id, ""), incident, summary, alone)
    return result


GATED = ("range_exact", "min_exact", "grade_agreement", "linked_alone")


def gate_figures(result: IncidentEvalResult) -> dict[str, dict[str, float]]:
    """Figures the accuracy gate pins, as ``half -> name -> value`` (``all`` for every
    narrative)."""
    parts = {"all": result.as_dict(), **{h: p.as_dict() for h, p in result.halves.items()}}
    return {name: {key: float(scored[key]) for key in GATED} for name, scored in parts.items()}
