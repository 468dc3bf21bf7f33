"""Linking's weights are data: the file parses, holds what the code reads, and the README's
points table is the one rendered from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from harmledger.link.incidents.clustering import THRESHOLD
from harmledger.link.incidents.config import points_table, rules, thresholds
from harmledger.link.incidents.documents import DocumentInfo, build_groups, pair_score
from harmledger.link.incidents.facts import ClaimFacts
from harmledger.link.incidents.places import place_info
from tests.incidents.builders import RAQQA

README = Path(__file__).resolve().parents[2] / "README.md"
START, END = "<!-- linking points table: generated -->", "<!-- end of linking points table -->"


def test_the_readme_table_is_generated_from_linking_toml() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index(START) + len(START) : text.index(END)].strip()
    assert table == points_table(), "run python -m harmledger.link.incidents.config"


def test_thresholds_come_from_the_file() -> None:
    assert (
        THRESHOLD
        == thresholds()
        == {
            "event": rules()["documents"]["threshold"],
            "aggregate": rules()["aggregates"]["threshold"],
        }
    )


def test_supporting_evidence_alone_never_joins_two_reports() -> None:
    """City, day, figure, weapon, perpetrator and source all shared still leave two reports
    apart: a join needs something that names the event (a scene, names, a neighbourhood)."""
    day = dt.date(2020, 5, 1)
    facts = [
        ClaimFacts(
            claim_id=document_id,
            document_id=document_id,
            measure="killed",
            who="civilians",
            low=12,
            high=12,
            start=day,
            end=day,
            date_precision="day",
            place=place_info(
                RAQQA["place"], RAQQA["place_name"], RAQQA["latitude"], RAQQA["longitude"]
            ),
            perpetrator="air_force",
            weapon="airstrike",
            origin="the same monitor",
            is_aggregate=False,
        )
        for document_id in (1, 2)
    ]
    info = {n: DocumentInfo(f"key{n}", day) for n in (1, 2)}
    a, b = build_groups(facts, info)
    points, reasons = pair_score(a, b) or (0.0, [])
    assert points < rules()["documents"]["threshold"] and "nothing names the event" in reasons
    scene = {n: DocumentInfo(f"key{n}", day, frozenset({"bakery"})) for n in (1, 2)}
    a, b = build_groups(facts, scene)
    assert (pair_score(a, b) or (0.0, []))[0] >= rules()["documents"]["threshold"]
