"""``verify``: re-hash every archived file and re-check the custody chain.

Finds blobs that are missing or altered, documents whose text changed outside harmledger,
documents no custody event accounts for, files in the archive no document records, any
break in the hash chain, and an incident tree that loops or leaves children without an active
parent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from harmledger.store.archive import sha256_bytes, sha256_file
from harmledger.store.custody import iter_events, verify_chain
from harmledger.store.incident_tree import tree_problems
from harmledger.store.ledger import Ledger
from harmledger.store.tables import Document


@dataclass(frozen=True)
class Problem:
    """One finding: its kind (missing, altered, unrecorded, out_of_chain, chain, cycle,
    orphan) and a message."""

    kind: str
    subject: str
    message: str


@dataclass
class VerifyReport:
    blobs_checked: int = 0
    documents_checked: int = 0
    events_checked: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be checked, and why

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_ledger(
    ledger: Ledger, on_progress: Callable[[int, int], None] | None = None
) -> VerifyReport:
    """Check archive and chain; the report lists every problem (empty when all is well)."""
    report = VerifyReport()
    with ledger.reader() as session:
        report.events_checked, chain_problems = verify_chain(session)
        report.problems += [
            Problem("chain", f"event:{p.event_id}", p.problem) for p in chain_problems
        ]
        report.problems += [
            Problem(p.kind, f"incident:{p.incident_id}", p.message) for p in tree_problems(session)
        ]
        recorded: dict[int, str] = {}
        imported: set[str] = set()
        for event in iter_events(session):
            if event.action == "ingest":
                for document_id in event.details.get("documents", []):
                    recorded[int(document_id)] = event.subject.removeprefix("blob:")
            elif event.subject.startswith("blob:"):  # a dataset or list file an importer archived
                imported.add(event.subject.removeprefix("blob:"))
            artifacts = event.details.get("artifacts")
            if isinstance(artifacts, dict):  # a page capture: screenshot, WARC, served HTML
                imported.update(str(sha) for sha in artifacts.values())
        hashes = sorted(set(session.scalars(select(Document.sha256).distinct())) | imported)
        report.documents_checked = session.scalar(select(func.count(Document.id))) or 0
        last_id = 0
        while True:
            rows = session.execute(
                select(Document.id, Document.sha256, Document.text, Document.text_sha256)
                .where(Document.id > last_id)
                .order_by(Document.id)
                .limit(500)
            ).all()
            if not rows:
                break
            for document_id, sha, text, text_sha in rows:
                if recorded.get(document_id) != sha:
                    report.problems.append(
                        Problem(
                            "out_of_chain",
                            f"document:{document_id}",
                            f"document {document_id} (blob {sha[:12]}…) has no ingest event "
                            "in the custody chain",
                        )
                    )
                if sha256_bytes(text.encode("utf-8")) != text_sha:
                    report.problems.append(
                        Problem(
                            "altered",
                            f"document:{document_id}",
                            f"document {document_id}: its text was changed outside harmledger "
                            "(text hash differs from the one recorded at ingestion)",
                        )
                    )
            last_id = rows[-1][0]
    known = set(hashes)
    for index, sha in enumerate(hashes, start=1):
        path = ledger.archive.path_for(sha)
        if not path.is_file():
            report.problems.append(
                Problem("missing", f"blob:{sha}", f"archived file {path} is missing")
            )
        else:
            actual = sha256_file(path)
            if actual != sha:
                report.problems.append(
                    Problem(
                        "altered",
                        f"blob:{sha}",
                        f"archived file {path} was altered: its bytes now hash to {actual}",
                    )
                )
        report.blobs_checked += 1
        if on_progress:
            on_progress(index, len(hashes))
    for sha in ledger.archive.iter_hashes():
        if sha not in known:
            report.problems.append(
                Problem(
                    "unrecorded",
                    f"blob:{sha}",
                    f"archived file {ledger.archive.root}/…/{sha} is recorded by no document",
                )
            )
    return report
