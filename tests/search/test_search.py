"""Searching a ledger on every backend: languages, scripts, claims, paging, the public view,
and the index catching up with new documents and new extractions."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import harmledger.extract
from harmledger import api
from harmledger.claims.queries import list_claims
from harmledger.cli import app
from harmledger.errors import Invalid
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.search import SearchPage, index, search
from harmledger.search.index import bring_up_to_date
from harmledger.store.ledger import Ledger
from harmledger.store.search_tables import SearchEntry
from tests.search.texts import AR_PLAIN, LATER, REPORTS, WITNESS


def _ingest(ledger: Ledger, folder: Path, text: str, lang: str, source_type: str = "news") -> int:
    folder.mkdir(exist_ok=True)
    path = folder / f"{len(list(folder.iterdir()))}.txt"
    path.write_text(text, encoding="utf-8")
    options = IngestOptions(lang=lang, source=f"{source_type}-{lang}", source_type=source_type)
    report = ingest_items(ledger, [str(path)], options)
    assert report.ingested == 1
    return len(api.documents(ledger=ledger))


@pytest.fixture
def reports(ledger: Ledger, tmp_path: Path) -> Ledger:
    """The six reports, an unmarked Arabic one, and a witness's account, extracted."""
    for lang, text in REPORTS.items():
        _ingest(ledger, tmp_path / "in", text, lang)
    _ingest(ledger, tmp_path / "in", AR_PLAIN, "ar")
    _ingest(ledger, tmp_path / "in", WITNESS, "en", "witness")
    extract_documents(ledger)
    return ledger


def _langs(page: SearchPage) -> list[str]:
    return sorted(hit.lang for hit in page.hits)


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("MARKET", "en"),
        ("Drone struck", "en"),
        ("informo", "es"),
        ("INFORMÓ", "es"),
        ("tues marche", "fr"),
        ("TUÉS marché", "fr"),
        ("getotet hauptstrasse", "de"),
        ("Getötet HAUPTSTRASSE", "de"),
        ("dodades torget", "sv"),
        ("DÖDADES", "sv"),
    ],
)
def test_latin_words_are_found_whatever_their_case_and_accents(
    reports: Ledger, query: str, lang: str
) -> None:
    page = search(reports, query, kind="document")
    assert _langs(page) == [lang]


def test_arabic_is_found_with_or_without_marks_and_clitics(reports: Ledger) -> None:
    for query in ("الرقة", "الرَّقَّة", "والرقة", "بالرقة", "رقة", "للرقّة"):
        page = search(reports, query, kind="document")
        assert page.total == 2, query
        assert {hit.match for hit in page.hits} == {"الرَّقَّة", "بالرقة"}, query
    [marked] = search(reports, "قتل مدنيين السوق", kind="document").hits  # written with marks
    assert marked.match == "قُتِلَ" and marked.snippet.startswith("قُتِلَ أربعة مدنيين")


def test_the_form_typed_ranks_first(reports: Ledger) -> None:
    assert search(reports, "بالرقة", kind="document").hits[0].match == "بالرقة"
    assert search(reports, "الرقة", kind="document").hits[0].match == "الرَّقَّة"


def test_several_words_mean_all_of_them_and_quotes_keep_order(reports: Ledger) -> None:
    assert _langs(search(reports, "raqqa", kind="document")) == ["en", "es", "fr", "sv"]
    assert _langs(search(reports, "drone raqqa", kind="document")) == ["en", "fr"]
    assert _langs(search(reports, "drone mercado")) == []
    assert _langs(search(reports, '"drone struck"')) == ["en"]
    assert search(reports, '"struck drone"').total == 0


def test_a_claim_is_found_by_its_quote(reports: Ledger) -> None:
    quotes = {c["id"]: c["quote"] for c in list_claims(reports, kind="casualty")}
    page = search(reports, "civilians killed", kind="claim")
    [hit] = page.hits
    assert quotes[hit.id] == hit.snippet == "Four civilians were killed"
    [arabic] = search(reports, "مدنيين", kind="claim").hits
    assert quotes[arabic.id] == arabic.snippet == "قُتِلَ أربعة مدنيين"
    assert arabic.match == "مدنيين" and arabic.lang == "ar"


def test_the_language_filter(reports: Ledger) -> None:
    assert _langs(search(reports, "raqqa", lang="fr")) == ["fr"]
    assert search(reports, "raqqa", lang="ar").total == 0


def test_pages_are_disjoint_and_cover_every_hit(ledger: Ledger, tmp_path: Path) -> None:
    for n in range(7):
        _ingest(ledger, tmp_path / "in", f"Convoy {n} was shelled near the northern bridge.", "en")
    pages = [search(ledger, "convoy bridge", limit=3, offset=o) for o in (0, 3, 6, 9)]
    assert [p.total for p in pages] == [7, 7, 7, 7]
    assert [len(p.hits) for p in pages] == [3, 3, 1, 0]
    ids = [hit.id for p in pages for hit in p.hits]
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 7
    scores = [hit.score for p in pages for hit in p.hits]
    assert scores == sorted(scores, reverse=True)


def test_the_public_never_finds_a_witness(reports: Ledger) -> None:
    analyst = search(reports, "eleven")
    assert sorted(hit.kind for hit in analyst.hits) == ["claim", "document"]
    assert search(reports, "eleven", public=True).total == 0
    assert search(reports, "tabqa bakery", public=True).total == 0
    assert search(reports, "raqqa", public=True).total == 4  # the others stay


def test_the_index_catches_up_with_a_new_document(reports: Ledger, tmp_path: Path) -> None:
    assert search(reports, "mansoura").total == 0
    document_id = _ingest(reports, tmp_path / "later", LATER, "en")
    [hit] = search(reports, "MANSOURA").hits
    assert (hit.kind, hit.id) == ("document", document_id)
    assert search(reports, "aid workers", kind="claim").total == 0  # not extracted yet
    extract_documents(reports)
    [claim] = search(reports, "aid workers", kind="claim").hits
    assert claim.document_id == document_id


def test_the_index_follows_a_new_extraction(
    reports: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {hit.id for hit in search(reports, "civilians", kind="claim").hits}
    monkeypatch.setattr(harmledger.extract, "EXTRACTOR_VERSION", "99.0-test")
    extract_documents(reports)
    after = {hit.id for hit in search(reports, "civilians", kind="claim").hits}
    assert len(after) == len(before) == 1 and after.isdisjoint(before)
    current = {c["id"] for c in list_claims(reports, kind="casualty")}
    with reports.reader() as session:
        indexed = set(
            session.scalars(select(SearchEntry.ref_id).where(SearchEntry.kind == "claim"))
        )
    assert indexed == current


def test_nothing_is_written_when_nothing_changed(reports: Ledger) -> None:
    search(reports, "raqqa")
    assert not bring_up_to_date(reports).changed
    with reports.reader() as session:
        entries = session.scalar(select(func.count()).select_from(SearchEntry))
    assert entries == len(api.documents(ledger=reports)) + len(
        list_claims(reports, kind="casualty")
    )


@pytest.mark.parametrize(
    "options", [{"kind": "victim"}, {"limit": 0}, {"limit": 1001}, {"offset": -1}]
)
def test_bad_options_are_refused(ledger: Ledger, options: dict[str, object]) -> None:
    with pytest.raises(Invalid):
        search(ledger, "raqqa", **options)  # type: ignore[arg-type]


def test_the_command_line(reports: Ledger) -> None:
    if not reports.settings.is_sqlite:
        pytest.skip("the CLI opens the SQLite home")
    home = str(reports.settings.home)
    runner = CliRunner()
    result = runner.invoke(app, ["search", "بالرقة", "--home", home, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"total": 2' in result.output and "الرَّقَّة" in result.output
    result = runner.invoke(
        app, ["search", "raqqa", "--home", home, "-f", "csv", "--lang", "sv", "--limit", "1"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("kind,id,document_id,lang")
    assert "Fyra civila dödades" in result.output
    result = runner.invoke(app, ["search", "raqqa", "--home", home, "--kind", "victim"])
    assert result.exit_code == 2
    assert "Examples" in runner.invoke(app, ["search", "--help"]).output


def test_a_first_sync_commits_a_batch_at_a_time(
    reports: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "BATCH", 3)  # 8 documents: batches of 3, 3 and 2
    report = bring_up_to_date(reports)
    assert report.documents_added == 8
    assert report.claims_added == len(list_claims(reports, kind="casualty"))
    assert not bring_up_to_date(reports).changed
    assert search(reports, "eleven").total == 2
