"""The demonstration: every pipeline stage that exists, run on a synthetic corpus we wrote.

``make demo`` calls ``harmledger demo``; as stages land they add a step here, so the demo is
always the main job end to end on the embedded default (SQLite).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from harmledger.store.ledger import Ledger


def corpus_dir() -> Path:
    """Folder of the synthetic demo corpus shipped inside the package."""
    return Path(str(resources.files("harmledger.demo") / "corpus"))


@dataclass(frozen=True)
class StepOutcome:
    """What one demo step did, in a line, plus rows to show."""

    summary: str
    ok: bool = True
    rows: tuple[dict[str, object], ...] = ()


@dataclass(frozen=True)
class DemoStep:
    name: str
    run: Callable[[Ledger], StepOutcome]


def _ingest(ledger: Ledger) -> StepOutcome:
    from harmledger.ingestion.pipeline import ingest_items

    report = ingest_items(ledger, [str(corpus_dir())])
    rows = tuple(
        {
            "status": r.status,
            "item": Path(r.origin).name,
            "documents": list(r.document_ids),
            "reason": r.reason,
        }
        for r in report.results
    )
    return StepOutcome(
        f"ingested {report.ingested} files, {report.already_archived} already archived, "
        f"{report.failed} failed",
        ok=report.ok,
        rows=rows,
    )


def _documents(ledger: Ledger) -> StepOutcome:
    from harmledger.catalog import list_documents

    documents = list_documents(ledger)
    rows = tuple(
        {
            "id": d["id"],
            "lang": d["lang"],
            "source": d["source"],
            "title": d["title"],
            "sha256": d["sha256"][:12],
        }
        for d in documents
    )
    languages = sorted({str(d["lang"]) for d in documents})
    return StepOutcome(
        f"{len(documents)} documents in {len(languages)} languages: {', '.join(languages)}",
        rows=rows,
    )


def _verify(ledger: Ledger) -> StepOutcome:
    from harmledger.store.verify import verify_ledger

    report = verify_ledger(ledger)
    summary = (
        f"{report.blobs_checked} archived files re-hashed, {report.events_checked} custody events "
        f"checked: {'no problems' if report.ok else f'{len(report.problems)} problem(s)'}"
    )
    return StepOutcome(
        summary, ok=report.ok, rows=tuple({"problem": p.message} for p in report.problems)
    )


def _extract(ledger: Ledger) -> StepOutcome:
    from harmledger.extract.runner import extract_documents, list_claims

    report = extract_documents(ledger)
    claims = list_claims(ledger, kind="casualty")
    rows = tuple(
        {
            "doc": c["document_id"],
            "lang": c["lang"],
            "measure": c["measure"],
            "who": c["who"],
            "low": c["low"],
            "high": c["high"],
            "speaker": c["speaker"],
            "quote": c["quote"],
        }
        for c in claims
    )
    summary = (
        f"extractor {report.extractor_version}: {report.documents} documents read now "
        f"({report.skipped} already), {len(claims)} casualty claims stored in all"
    )
    return StepOutcome(summary, ok=not report.failures, rows=rows)


STEPS: tuple[DemoStep, ...] = (
    DemoStep("ingest", _ingest),
    DemoStep("documents", _documents),
    DemoStep("extract", _extract),
    DemoStep("verify", _verify),
)
