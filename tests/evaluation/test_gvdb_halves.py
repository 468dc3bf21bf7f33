"""GVDB is scored whole and per half, with its wrongly counted articles in the detail (our own
two-article file in GVDB's format)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from harmledger.evaluation.extraction import evaluate_extraction, select_sets


def _write(root: Path) -> None:
    folder = root / "gvdb"
    folder.mkdir()
    victims = {"victim-section": [{"victim-was": ["killed"]}]}
    rows = [
        ("1", "A man was shot and killed in Exampletown on Sunday.", victims),  # check half
        ("2", "A woman was wounded in Exampletown on Monday.", victims),  # tune half
    ]
    with (folder / "dev.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(["Article id", "Article url", "Article title", "Full text", "Json"])
        for doc_id, text, data in rows:
            writer.writerow([doc_id, "", "", text, json.dumps(data)])


def test_gvdb_names_its_halves() -> None:
    assert select_sets(["gvdb"]) == ["gvdb", "gvdb/tune", "gvdb/check"]
    assert select_sets(["gvdb/tune"]) == ["gvdb/tune"]


def test_gvdb_is_scored_per_half_with_its_misses(tmp_path: Path) -> None:
    _write(tmp_path)
    results = evaluate_extraction(tmp_path, detail=True, sets=["gvdb"])
    sets = results["sets"]
    assert sets["gvdb"]["en"]["killed_exact"] == 0.5
    assert sets["gvdb/check"]["en"] == {"docs": 1, "killed_exact": 1.0, "injured_exact": 1.0}
    assert sets["gvdb/tune"]["en"] == {"docs": 1, "killed_exact": 0.0, "injured_exact": 0.0}
    [miss] = results["detail"]["counts"]
    assert (miss["doc"], miss["half"]) == ("2", "tune")
    assert miss["gold"] == {"killed": 1, "injured": 0}
    assert miss["predicted"] == {"killed": 0, "injured": 1}
