"""Every kind of bad input gets a clear, per-item reason and never stops the batch.

Bytes of a known type that cannot be read are still evidence: kept and listed as unread.
Only inputs without bytes, or of an unknown type (refused by name), fail outright.
"""

from pathlib import Path

import pytest
from sqlalchemy import select

from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.tables import Document
from harmledger.store.verify import verify_ledger
from tests.fixtures_docs import EN_TEXT
from tests.ingestion.helpers import make_pdf

FAILING = {"empty.txt", "data.xyz"}  # no bytes, or a type we refuse to guess at
BAD_CASES = {
    "junk.txt": (bytes(range(256)) * 8, "binary content"),
    "empty.txt": (b"", "empty"),
    "blank.md": (b"  \n\n ", "empty"),
    "broken.json": (b'{"text": "unterminated', "malformed JSON at line 1"),
    "records.json": (b"[1, 2]", "expected an object"),
    "bad.xml": (b"<rss><channel><item><title>oops", "malformed feed"),
    "nothing.csv": (b"a,b\n", "no column 'text'"),
    "data.xyz": (b"whatever", "unsupported file type '.xyz'"),
    "fake.pdf": (b"this is not a pdf", "not a PDF"),
}


def test_each_bad_item_fails_alone(ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name, (data, _reason) in BAD_CASES.items():
        (folder / name).write_bytes(data)
    good = folder / "good.txt"
    good.write_text(EN_TEXT)
    truncated = make_pdf(tmp_path / "whole.pdf", [EN_TEXT]).read_bytes()
    (folder / "truncated.pdf").write_bytes(truncated[: len(truncated) // 3])
    (folder / "latin1.txt").write_bytes(
        "Trois civils tués à Fennick, selon les bénévoles.".encode("latin-1")
    )

    report = ingest_items(ledger, [str(folder), str(tmp_path / "missing.txt")])
    outcome = {Path(r.origin).name: (r.status, r.reason or "") for r in report.results}
    for name, (_data, reason) in BAD_CASES.items():
        assert outcome[name][0] == ("failed" if name in FAILING else "unread"), name
        assert reason in outcome[name][1], (name, outcome[name])
    assert outcome["truncated.pdf"][0] == "unread" and "PDF" in outcome["truncated.pdf"][1]
    assert outcome["missing.txt"] == (
        "failed",
        f"no such file or folder: {tmp_path / 'missing.txt'}",
    )
    assert outcome["good.txt"][0] == "ingested"
    assert outcome["latin1.txt"][0] == "ingested"
    assert report.failed == len(FAILING) + 1
    assert report.unread == len(BAD_CASES) - len(FAILING) + 1
    with ledger.session() as session:
        texts = session.scalars(select(Document.text)).all()
    assert "Trois civils tués à Fennick, selon les bénévoles." in texts
    assert verify_ledger(ledger).ok  # failures leave nothing half-stored


def test_oversize_file_is_refused_before_reading(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(EN_TEXT * 100)
    report = ingest_items(ledger, [str(path)], IngestOptions(max_bytes=1024))
    assert report.results[0].status == "failed"
    assert "too large" in (report.results[0].reason or "") and "--max-bytes" in (
        report.results[0].reason or ""
    )


def test_unreadable_file(ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions do not stop root (CI runs as root), so the refusal is simulated."""
    path = tmp_path / "secret.txt"
    path.write_text(EN_TEXT)
    other = tmp_path / "other.txt"
    other.write_text(EN_TEXT + " Another.")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = ingest_items(ledger, [str(path), str(other)])
    assert report.results[0].reason == f"cannot read (permission denied): {path}"
    assert report.results[1].status == "ingested"


def test_unreadable_path_is_reported(ledger: Ledger, tmp_path: Path) -> None:
    directory_as_file = tmp_path / "dir.txt"
    directory_as_file.mkdir()
    (directory_as_file / "inner.txt").write_text(EN_TEXT)
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    report = ingest_items(ledger, [str(empty_folder), str(tmp_path / "nomatch-*.txt")])
    reasons = [r.reason for r in report.results]
    assert reasons == [
        f"folder {empty_folder} has no files",
        f"no files match '{tmp_path / 'nomatch-*.txt'}'",
    ]


def test_bad_csv_rows_are_reported_and_good_rows_kept(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "text,published\nfirst row text,2024-01-01\n,2024-01-02\nthird row text,2024-01-03\n"
    )
    report = ingest_items(ledger, [str(path)])
    assert [r.status for r in report.results] == ["ingested", "failed"]
    assert report.results[1].origin.endswith("(row 3)")
    assert "no text" in (report.results[1].reason or "")
