"""Ingestion end to end on SQLite and PostgreSQL: archive, documents, custody, idempotence."""

import io
import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlalchemy import func, select

from harmledger.errors import ConfigError
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent, Document, IngestionRun, Source
from harmledger.store.verify import verify_ledger
from tests.fixtures_docs import AR_TEXT, DE_TEXT, EN_TEXT, ES_TEXT, FR_TEXT, SV_TEXT
from tests.ingestion.helpers import make_pdf, rss


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested").mkdir(parents=True)
    (folder / "en.txt").write_text(EN_TEXT)
    (folder / "ar.txt").write_text(AR_TEXT)
    (folder / "nested" / "sv.md").write_text(f"# Fennick\n\n{SV_TEXT}\n")
    (folder / "page.html").write_text(
        f"<html><body><article><p>{FR_TEXT}</p><p>{FR_TEXT}</p></article></body></html>"
    )
    make_pdf(folder / "nested" / "report.pdf", [FR_TEXT])
    (folder / "docs.jsonl").write_text(
        json.dumps({"text": DE_TEXT, "source": "Freiwillige"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"text": ES_TEXT, "lang": "es", "published": "2024-03"}, ensure_ascii=False)
        + "\n"
    )
    (folder / "wire.xml").write_text(rss([("Fennick", "https://wire.invalid/1", EN_TEXT)]))
    (folder / ".hidden.txt").write_text("ignored")
    return folder


def test_ingests_a_folder_recursively(ledger: Ledger, corpus: Path) -> None:
    report = ingest_items(ledger, [str(corpus)], IngestOptions(source_type="news"))
    assert report.failed == 0, report.results
    assert report.ingested == 7
    with ledger.session() as session:
        documents = session.scalars(select(Document).order_by(Document.id)).all()
        by_text = {d.text.strip()[:20]: d for d in documents}
        assert len(documents) == 8  # the JSON Lines file holds two documents
        assert {d.lang for d in documents} >= {"en", "ar", "sv", "fr", "de", "es"}
        spanish = by_text[ES_TEXT[:20]]
        assert (spanish.lang_source, spanish.published_precision) == ("record", "month")
        german = by_text[DE_TEXT[:20]]
        assert german.source is not None and german.source.name == "Freiwillige"
        assert all(ledger.archive.contains(d.sha256) for d in documents)
        events = session.scalars(select(CustodyEvent)).all()
        assert len(events) == 7 and {e.action for e in events} == {"ingest"}
        run = session.get(IngestionRun, report.run_id)
        assert run is not None and run.ingested == 7 and run.finished_at is not None
    assert verify_ledger(ledger).ok


def test_identical_bytes_are_archived_once(ledger: Ledger, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    copy = tmp_path / "copy-of-a.txt"
    first.write_text(EN_TEXT)
    copy.write_text(EN_TEXT)
    report = ingest_items(ledger, [str(first)])
    again = ingest_items(ledger, [str(first), str(copy)])
    assert report.ingested == 1
    assert [r.status for r in again.results] == ["already_archived", "already_archived"]
    assert again.results[0].document_ids == report.results[0].document_ids
    with ledger.session() as session:
        assert session.scalar(select(func.count(Document.id))) == 1
        assert session.scalar(select(func.count(CustodyEvent.id))) == 1


def test_options_override_language_source_and_date(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(EN_TEXT)
    ingest_items(
        ledger,
        [str(path)],
        IngestOptions(
            source="Volunteers", source_type="responder", lang="en", published="2024-03-05"
        ),
    )
    with ledger.session() as session:
        document = session.scalars(select(Document)).one()
        assert (document.lang, document.lang_confidence, document.lang_source) == (
            "en",
            1.0,
            "user",
        )
        assert (
            document.published.isoformat() == "2024-03-05" and document.published_precision == "day"
        )
        source = session.scalars(select(Source)).one()
        assert (source.name, source.type) == ("Volunteers", "responder")


def test_unknown_language_is_kept_as_und(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text("12 / 14 / 2,600 ;; 104 -- 23")
    report = ingest_items(ledger, [str(path)])
    assert report.ingested == 1
    with ledger.session() as session:
        assert session.scalars(select(Document.lang)).one() == "und"


def test_stdin(ledger: Ledger) -> None:
    report = ingest_items(ledger, ["-"], stdin=io.BytesIO(SV_TEXT.encode()))
    assert report.ingested == 1 and report.results[0].origin == "<stdin>"
    with ledger.session() as session:
        document = session.scalars(select(Document)).one()
        assert (document.method, document.lang) == ("stdin", "sv")


def test_glob(ledger: Ledger, corpus: Path) -> None:
    report = ingest_items(ledger, [str(corpus / "*.txt")])
    assert report.ingested == 2


def test_url_fetch_with_local_server(ledger: Ledger, httpserver: HTTPServer) -> None:
    page = f"<html><head><title>Fennick</title></head><body><article><p>{EN_TEXT}</p><p>{EN_TEXT}</p></article></body></html>"
    httpserver.expect_request("/report").respond_with_data(
        page, content_type="text/html; charset=utf-8"
    )
    httpserver.expect_request("/feed").respond_with_data(
        rss(
            [("One", "https://wire.invalid/1", EN_TEXT), ("Two", "https://wire.invalid/2", FR_TEXT)]
        ),
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/gone").respond_with_data("nope", status=404)
    report = ingest_items(
        ledger,
        [httpserver.url_for("/report"), httpserver.url_for("/feed"), httpserver.url_for("/gone")],
    )
    statuses = [(r.status, r.reason) for r in report.results]
    assert statuses[0][0] == statuses[1][0] == "ingested"
    assert statuses[2] == ("failed", "download failed: HTTP 404 NOT FOUND")
    with ledger.session() as session:
        documents = session.scalars(select(Document).order_by(Document.id)).all()
        assert documents[0].method == "url" and documents[0].url == httpserver.url_for("/report")
        assert documents[0].source is not None and documents[0].source.name.startswith("localhost")
        assert len(documents) == 3


def test_url_over_the_size_limit(ledger: Ledger, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/big").respond_with_data("x" * 5000, content_type="text/plain")
    report = ingest_items(ledger, [httpserver.url_for("/big")], IngestOptions(max_bytes=1000))
    assert report.failed == 1 and "too large" in (report.results[0].reason or "")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (IngestOptions(source_type="rumour"), "--source-type"),
        (IngestOptions(lang="English"), "--lang"),
        (IngestOptions(published="yesterday-ish"), "not a date"),
        (IngestOptions(column_map={"body": "x"}), "unknown field"),
        (IngestOptions(max_bytes=0), "--max-bytes"),
    ],
)
def test_bad_options_fail_before_anything_is_read(
    ledger: Ledger, options: IngestOptions, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        ingest_items(ledger, ["anything"], options)
