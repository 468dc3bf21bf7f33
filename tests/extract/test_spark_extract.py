"""Extraction on Spark (a local session) finds exactly the claims the default backend finds.

Marked ``spark`` and grouped with the other Spark tests (one JVM per xdist worker); skipped with
the reason when pyspark or Java is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from harmledger.claims.queries import CLAIM_FIELDS
from harmledger.config import load_settings
from harmledger.extract import extract_claims
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import open_ledger
from harmledger.store.tables import ClaimRow, Extraction
from tests.fixtures_docs import AR_TEXT, DE_TEXT, EN_TEXT, ES_TEXT, FR_TEXT, HE_TEXT, SV_TEXT
from tests.ledgers import home_from_template

pytestmark = [pytest.mark.slow, pytest.mark.spark, pytest.mark.xdist_group("spark")]

TEXTS = {"en": EN_TEXT, "ar": AR_TEXT, "sv": SV_TEXT, "fr": FR_TEXT, "de": DE_TEXT, "es": ES_TEXT}


@pytest.fixture(autouse=True)
def _spark_available() -> None:
    pytest.importorskip("pyspark", reason="the Spark backend needs pyspark (harmledger[spark])")
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime (java on PATH)")


def _stored_claims(home: Path) -> list[tuple[Any, ...]]:
    with open_ledger(load_settings(home=home, actor="tester")) as ledger, ledger.reader() as s:
        rows = s.execute(
            select(ClaimRow).join(Extraction).where(Extraction.current).order_by(ClaimRow.id)
        ).scalars()
        return [(r.document_id, *(getattr(r, f) for f in CLAIM_FIELDS)) for r in rows]


def test_ledger_extraction_on_spark_stores_the_default_backends_claims(
    sqlite_template: Path, tmp_path: Path
) -> None:
    from harmledger.extract.spark_backend import extract_documents_spark

    homes = [home_from_template(sqlite_template, tmp_path / name) for name in ("dflt", "spark")]
    for n, (lang, text) in enumerate([*TEXTS.items(), ("he", HE_TEXT)]):
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
        for home in homes:
            with open_ledger(load_settings(home=home, actor="tester")) as ledger:
                # every other report dated only to its month: relative dates then count
                # from the month's last day, on both backends
                published = "2024-03" if n % 2 else "2024-03-05"
                options = IngestOptions(lang=lang, published=published)
                ingest_items(ledger, [str(tmp_path / f"{n}.txt")], options)
    with open_ledger(load_settings(home=homes[0], actor="tester")) as ledger:
        default = extract_documents(ledger)
    with open_ledger(load_settings(home=homes[1], actor="tester")) as ledger:
        on_spark = extract_documents_spark(ledger, threads=1)
        again = extract_documents_spark(ledger, threads=1)
    assert default.documents == on_spark.documents == 6 and on_spark.failures == []
    assert (on_spark.claims, on_spark.casualty_claims) == (default.claims, default.casualty_claims)
    assert on_spark.unsupported == default.unsupported == {"he": 1}
    assert (again.documents, again.skipped) == (0, 6)  # incremental, as the default backend
    assert _stored_claims(homes[1]) == _stored_claims(homes[0])
    assert len(_stored_claims(homes[0])) >= 12  # killed and injured in every language


def test_files_to_parquet_on_spark_match_extract_claims(tmp_path: Path) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    from harmledger.extract.spark_backend import extract_files_spark

    documents = [
        {"id": 10 + n, "text": text, "lang": lang, "published": "2024-03-05"}
        for n, (lang, text) in enumerate(TEXTS.items())
    ]
    source = tmp_path / "documents.jsonl"
    source.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in documents))
    result = extract_files_spark([source], tmp_path / "claims", threads=1)
    written = pyarrow_parquet.read_table(tmp_path / "claims").to_pylist()
    expected = [
        {"document_id": d["id"], **c.model_dump()}
        for d in documents
        for c in extract_claims(d["text"], d["lang"], dt.date(2024, 3, 5))
    ]
    key = lambda claim: (claim["document_id"], claim["start"], claim["end"], claim["measure"])  # noqa: E731
    assert sorted(written, key=key) == sorted(expected, key=key)
    assert (result.documents, result.claims, result.failures) == (6, len(expected), [])
