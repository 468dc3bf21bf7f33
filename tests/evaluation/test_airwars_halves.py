"""Airwars narratives alone are scored whole and per half (our own two-narrative file in the
columns of Airwars' export)."""

from __future__ import annotations

import csv
from pathlib import Path

from harmledger.evaluation.extraction import evaluate_extraction, select_sets

COLUMNS = [
    "Incidence_id",
    "Incidence_date",
    "Airwars_assessment",
    "Civilians reported killed",
    "Civilians reported injured",
    "Airwars civilian harm grading",
]


def _write(root: Path) -> None:
    folder = root / "airwars_gaza"
    folder.mkdir()
    rows = [  # id "1" is in the check half, "2" in the tune half
        (
            "1",
            "Up to ten civilians were killed on Monday. Relatives first said eight people had died.",
            "8 – 10",
        ),
        ("2", "At least four people were killed and two injured on Monday.", "3"),
    ]
    with (folder / "incidents.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for doc_id, text, killed in rows:
            writer.writerow([doc_id, "october-9-2023", text, killed, "2", "Fair"])


def test_airwars_names_its_halves() -> None:
    assert select_sets(["airwars_gaza"]) == [
        "airwars_gaza",
        "airwars_gaza/tune",
        "airwars_gaza/check",
    ]


def test_airwars_is_scored_per_half(tmp_path: Path) -> None:
    _write(tmp_path)
    sets = evaluate_extraction(tmp_path, sets=["airwars_gaza"])["sets"]
    assert sets["airwars_gaza"]["en"]["docs"] == 2
    assert sets["airwars_gaza"]["en"]["killed_minmax_exact"] == 0.5
    assert sets["airwars_gaza/check"]["en"]["killed_minmax_exact"] == 1.0
    assert sets["airwars_gaza/tune"]["en"]["killed_minmax_exact"] == 0.0
