"""``eval extraction --labelled FILE``: a labelled set of one's own, scored whole and per half,
with every wrong row named by its line. Sentences are our own, one per supported language."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import Invalid
from harmledger.evaluation.datasets import load_labelled
from harmledger.evaluation.extraction import evaluate_extraction
from harmledger.evaluation.splits import half


def _row(doc_id: str, lang: str, text: str, measure: str, low: int, high: int | None) -> dict:
    quote = text.rstrip(".")
    claim = {"measure": measure, "who": "people", "low": low, "high": high, "quote": quote}
    return {"id": doc_id, "lang": lang, "text": text, "claims": [claim], "distractors": []}


ROWS = [
    _row("own-ar-1", "ar", "قتل خمسة أشخاص في قصف على السوق.", "killed", 5, 5),
    _row("own-de-1", "de", "Bei dem Angriff wurden sieben Menschen getötet.", "killed", 7, 7),
    _row("own-en-1", "en", "At least nine people were injured in the blast.", "injured", 9, None),
    _row(
        "own-es-1", "es", "Cuatro personas murieron en el ataque contra el mercado.", "killed", 4, 4
    ),
    _row(
        "own-fr-1",
        "fr",
        "L'explosion a tué au moins six personnes hier soir.",
        "killed",
        6,
        None,
    ),
    _row("own-sv-1", "sv", "Tre personer dödades i attacken mot marknaden.", "killed", 3, 3),
]


def _write(path: Path, rows: list[Any]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_a_labelled_file_is_scored_whole_and_per_half(tmp_path: Path) -> None:
    own = _write(tmp_path / "my_reports.jsonl", ROWS)
    results = evaluate_extraction(tmp_path / "no-eval-data", labelled=[own])
    sets = results["sets"]
    assert sorted(sets) == ["my_reports", "my_reports/check", "my_reports/tune"]
    assert sets["my_reports"]["all"]["gold"] == 6
    assert sets["my_reports"]["all"]["f1"] == 1.0
    assert set(sets["my_reports"]) >= {"ar", "de", "en", "es", "fr", "sv"}
    tune = sum(half(r["id"]) == "tune" for r in ROWS)
    assert sets["my_reports/tune"]["all"]["docs"] == tune
    assert sets["my_reports/check"]["all"]["docs"] == len(ROWS) - tune
    assert len(results["labelled_sha256"]["my_reports"]) == 64


def test_a_wrong_figure_lowers_the_score(tmp_path: Path) -> None:
    rows = [dict(r) for r in ROWS]
    rows[2] = _row(
        "own-en-1", "en", "At least nine people were injured in the blast.", "killed", 9, None
    )
    own = _write(tmp_path / "mine.jsonl", rows)
    figures = evaluate_extraction(tmp_path, labelled=[own])["sets"]["mine"]
    assert figures["en"]["f1"] == 0.0
    assert figures["all"]["matched"] == 5


def test_the_command_scores_only_the_file_without_evaluation_data(tmp_path: Path) -> None:
    own = _write(tmp_path / "my_reports.jsonl", ROWS)
    result = CliRunner().invoke(
        app,
        [
            *("eval", "extraction", "--labelled", str(own), "--format", "json"),
            *("--data", str(tmp_path / "absent")),
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert list(report["sets"]) == ["my_reports", "my_reports/tune", "my_reports/check"]
    table = CliRunner().invoke(
        app, ["eval", "extraction", "--labelled", str(own), "--data", str(tmp_path / "absent")]
    )
    assert table.exit_code == 0 and "my_reports/check" in table.output


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: not JSON"),
        ('["a list"]', "line 2: a row must be a JSON object"),
        ('{"id": "x", "lang": "en", "claims": []}', "line 2: 'text' must be a str"),
        (
            '{"id": "x", "lang": "en", "text": "t", "claims": [{"measure": "died", "low": 1}]}',
            "line 2: claim 1 needs a measure",
        ),
        (
            '{"id": "x", "lang": "en", "text": "t", "claims": [{"measure": "killed", "low": "5"}]}',
            "line 2: claim 1: 'low' must be a whole number or null",
        ),
        (
            '{"id": "x", "lang": "en", "text": "t", "claims": [{"measure": "killed"}]}',
            "'low' and 'high' are both null",
        ),
        (json.dumps(ROWS[0]), "line 2: id 'own-ar-1' appears twice"),
    ],
)
def test_a_wrong_row_is_named_by_its_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(ROWS[0], ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(Invalid, match=message):
        load_labelled(path)


def test_a_file_named_like_a_shipped_set_is_refused(tmp_path: Path) -> None:
    own = _write(tmp_path / "gvdb.jsonl", ROWS)
    result = CliRunner().invoke(
        app, ["eval", "extraction", "--labelled", str(own), "--data", str(tmp_path)]
    )
    assert result.exit_code != 0
    assert "rename the file" in str(result.exception)


def test_an_empty_or_undecodable_file_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(Invalid, match="no labelled rows"):
        load_labelled(empty)
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"id": "é"}'.encode("latin-1"))
    with pytest.raises(Invalid, match="cannot read"):
        load_labelled(latin)
