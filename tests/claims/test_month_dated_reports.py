"""A report dated only by its month resolves a day without a year against the month's end: "on 2
April" in a page dated "April 2022" (stored as 1 April) is 2 April 2022, not 2021."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow

FOUND = {
    "en": "On 2 April, the bodies of at least 20 civilians were found in the street.",
    "fr": "Le 2 avril, les corps d'au moins 20 civils ont été retrouvés dans la rue.",
    "es": "El 2 de abril se hallaron en la calle los cuerpos de al menos 20 civiles.",
    "de": "Die Leichen von 20 Zivilisten wurden am 2. April auf der Straße gefunden.",
    "sv": "Den 2 april hittades kropparna efter minst 20 civila på gatan.",
    "ar": "قتل 20 مدنيا على الأقل في الشارع يوم 2 أبريل.",
}


@pytest.mark.parametrize("lang", sorted(FOUND))
def test_a_day_in_a_month_dated_report_is_in_that_month(
    ledger: Ledger, tmp_path: Path, lang: str
) -> None:
    corpus = tmp_path / "reports.jsonl"
    record = {"text": FOUND[lang], "title": "report", "lang": lang, "published": "2022-04"}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest_items(ledger, [str(corpus)], IngestOptions())
    extract_documents(ledger)
    with ledger.reader() as session:
        starts = set(session.scalars(select(ClaimRow.period_start).where(ClaimRow.low == 20)))
    assert starts == {dt.date(2022, 4, 2)}
