"""Extraction over stored documents: incremental, versioned, spans exact, on both backends."""

from pathlib import Path

import pytest
from sqlalchemy import select

import harmledger.extract
from harmledger.claims.queries import list_claims
from harmledger.errors import InputError
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent, Document
from harmledger.store.verify import verify_ledger

EN = "Local volunteers said three civilians were killed and five were injured in the invented town of Fennick."
RU = "Жители вымышленного города сообщили о разрушенном мосту и закрытой дороге на север."


@pytest.fixture
def stored(ledger: Ledger, tmp_path: Path) -> Ledger:
    (tmp_path / "en.txt").write_text(EN)
    (tmp_path / "ru.txt").write_text(RU)
    ingest_items(ledger, [str(tmp_path / "en.txt")], IngestOptions(lang="en"))
    ingest_items(ledger, [str(tmp_path / "ru.txt")], IngestOptions(lang="ru"))
    return ledger


def test_extracts_once_per_version_and_keeps_spans_exact(stored: Ledger) -> None:
    report = extract_documents(stored)
    assert (report.documents, report.failures, report.unsupported) == (1, [], {"ru": 1})
    killed = [c for c in list_claims(stored, kind="casualty") if c["measure"] == "killed"]
    assert [(c["low"], c["high"], c["who"]) for c in killed] == [(3, 3, "civilians")]
    with stored.session() as session:
        text = session.scalars(
            select(Document.text).where(Document.id == killed[0]["document_id"])
        ).one()
    assert text[killed[0]["start"] : killed[0]["end"]] == killed[0]["quote"]

    again = extract_documents(stored)
    assert (again.documents, again.claims, again.skipped) == (0, 0, 1)
    with stored.session() as session:
        actions = session.scalars(select(CustodyEvent.action).order_by(CustodyEvent.id)).all()
    assert actions == ["ingest", "ingest", "extract"]
    assert verify_ledger(stored).ok


def test_a_new_extractor_version_keeps_the_old_claims(
    stored: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract_documents(stored)
    before = list_claims(stored)
    monkeypatch.setattr(harmledger.extract, "EXTRACTOR_VERSION", "99.0-test")
    report = extract_documents(stored)
    assert report.documents == 1 and report.extractor_version == "99.0-test"
    current = list_claims(stored)
    history = list_claims(stored, include_superseded=True)
    assert len(current) == len(before) and len(history) == 2 * len(before)
    assert {c["id"] for c in before}.isdisjoint({c["id"] for c in current})


def test_unknown_document_ids_are_refused(stored: Ledger) -> None:
    with pytest.raises(InputError, match="no document with id 42"):
        extract_documents(stored, document_ids=[1, 42])


def test_a_document_another_writer_extracted_meanwhile_is_left_alone(stored: Ledger) -> None:
    """Two ``extract`` runs that both saw a document as pending store it once."""
    from harmledger.extract.runner import ExtractionReport, _extract_batch

    with stored.reader() as session:
        ids = list(session.scalars(select(Document.id).where(Document.lang == "en")))
    version = extract_documents(stored).extractor_version  # the "other writer"
    late = ExtractionReport(extractor_version=version)
    _extract_batch(stored, ids, late, None)  # read it too, before seeing the other's result
    assert (late.documents, late.claims, late.skipped) == (0, 0, 1)
    assert len(list_claims(stored, kind="casualty")) == 2  # three killed, five injured; once
    assert verify_ledger(stored).ok


UNSUPPORTED = {
    "da": "Mindst tolv civile blev dræbt, da et missil ramte et marked i den opdigtede by Fennick.",
    "nb": "Minst tolv sivile ble drept da en rakett traff et marked i den oppdiktede byen Fennick.",
    "it": "Almeno dodici civili sono stati uccisi ieri nella città immaginaria di Fennick.",
}


def test_unsupported_languages_are_kept_listed_and_named(ledger: Ledger, tmp_path: Path) -> None:
    from harmledger.catalog import list_documents
    from harmledger.extract.runner import NOT_SUPPORTED

    paths = []
    for lang, text in UNSUPPORTED.items():
        paths.append(tmp_path / f"{lang}.txt")
        paths[-1].write_text(text)
    ingest_items(ledger, [str(p) for p in paths])
    listed = list_documents(ledger)
    assert [(d["lang"], d["extraction_note"]) for d in listed] == [
        (lang, NOT_SUPPORTED) for lang in UNSUPPORTED
    ]
    for _ in range(2):  # named on every run, never dropped
        report = extract_documents(ledger)
        assert (report.documents, report.claims) == (0, 0)
        assert [(r["document_id"], r["lang"], r["reason"]) for r in report.not_extracted] == [
            (d["id"], d["lang"], NOT_SUPPORTED) for d in listed
        ]
    assert list_claims(ledger) == []
    assert len(list_documents(ledger)) == len(UNSUPPORTED)


def test_extract_and_documents_list_say_so_through_the_cli(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from harmledger.cli import app

    home, docs = str(tmp_path / "home"), tmp_path / "docs"
    docs.mkdir()
    (docs / "it.txt").write_text(UNSUPPORTED["it"])
    (docs / "en.txt").write_text(EN)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--home", home, str(docs)]).exit_code == 0
    table = runner.invoke(app, ["extract", "--home", home])
    assert table.exit_code == 0, table.output
    assert "(it, confidence 1.00): language not supported for extraction" in table.output
    result = runner.invoke(app, ["extract", "--home", home, "--format", "json"])
    report = json.loads(result.output)
    assert [(r["lang"], r["reason"]) for r in report["not_extracted"]] == [
        ("it", "language not supported for extraction")
    ]
    listed = runner.invoke(app, ["documents", "list", "--home", home, "--format", "json"])
    notes = {d["lang"]: d["extraction_note"] for d in json.loads(listed.output)}
    assert notes == {"en": None, "it": "language not supported for extraction"}
