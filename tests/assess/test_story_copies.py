"""Copies of one story corroborate nothing: outlets re-publishing one report are one origin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from harmledger.assess.regrade import incident_facts
from harmledger.claims.reviewed import LoadedClaim
from harmledger.claims.stories import story_roots
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from tests.ingestion.test_near_duplicates import STORIES


def _claim(claim_id: int, document_id: int, origin: str, **values: Any) -> LoadedClaim:
    base = {
        "measure": "killed", "who": "civilians", "low": 6, "high": 6, "speaker": None,
        "attribution_chain": None, "perpetrator": None, "weapon": None,
    }  # fmt: skip
    return LoadedClaim(
        id=claim_id,
        document_id=document_id,
        values={**base, **values},
        published=dt.date(2024, 3, 5),
        retrieved_at=dt.datetime(2024, 3, 6, tzinfo=dt.UTC),
        origin=origin,
        source_type="news",
        review=None,
    )


def test_two_outlets_carrying_one_story_are_one_origin_and_a_third_report_is_another() -> None:
    claims = [_claim(1, 10, "outlet a"), _claim(2, 11, "outlet b"), _claim(3, 12, "outlet c")]
    apart = incident_facts(claims, [])
    together = incident_facts(claims, [], stories={10: 10, 11: 10})
    assert apart["independent_origins"] == 3
    assert together["independent_origins"] == 2


def test_a_named_source_inside_a_copy_still_counts_as_that_source() -> None:
    claims = [
        _claim(1, 10, "outlet a"),
        _claim(2, 11, "red crescent", speaker="Red Crescent"),
    ]
    assert incident_facts(claims, [], stories={10: 10, 11: 10})["independent_origins"] == 2


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_copies_of_copies_share_the_first_document_as_their_story(
    lang: str, ledger: Ledger, tmp_path: Path
) -> None:
    story, copy, other = STORIES[lang]
    ids = []
    for number, (outlet, text) in enumerate(
        [("Outlet A", story), ("Outlet B", copy), ("Outlet C", other), ("Outlet D", copy + " .")]
    ):
        path = tmp_path / f"{number}.txt"
        path.write_text(text, encoding="utf-8")
        report = ingest_items(ledger, [str(path)], IngestOptions(source=outlet, lang=lang))
        ids.append(report.results[0].document_ids[0])
    with ledger.reader() as session:
        roots = story_roots(session, ids)
    first, second, third, fourth = ids
    assert roots == {first: first, second: first, fourth: first}
    assert third not in roots
