"""The extraction accuracy gate on the real evaluation data (runs where ../shared/eval exists).

Floors and the corpus hash are pinned in ``baseline.json``; lowering a floor needs an explicit
update with a reason (see :mod:`harmledger.evaluation.gate`), which this test also checks.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from harmledger.evaldata import eval_dir
from harmledger.evaluation.gate import check, flatten

BASELINE = Path(__file__).with_name("baseline.json")
pytestmark = pytest.mark.eval


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    root = eval_dir(must_exist=False)
    if not root.is_dir():
        pytest.skip(f"evaluation data not found at {root} (set HARMLEDGER_EVAL_DIR)")
    from harmledger.evaluation.gate import gate_results

    return gate_results(root)


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    return json.loads(BASELINE.read_text())


def test_corpus_is_the_pinned_one(results: dict[str, Any], baseline: dict[str, Any]) -> None:
    assert results["corpus_sha256"] == baseline["corpus_sha256"], (
        "the evaluation corpus changed: run python -m harmledger.evaluation.gate "
        "--baseline tests/evaluation/baseline.json --update --reason '...'"
    )


def test_no_score_below_its_floor(results: dict[str, Any], baseline: dict[str, Any]) -> None:
    failures = [f for f in check(results, baseline) if "corpus changed" not in f]
    assert not failures, "\n".join(failures)


def test_every_scored_figure_has_a_floor(results: dict[str, Any], baseline: dict[str, Any]) -> None:
    assert set(flatten(results)) <= set(baseline["floors"])


def test_floors_were_never_lowered_silently(baseline: dict[str, Any]) -> None:
    for entry in baseline["history"]:
        if entry["lowered"]:
            assert entry["reason"] and entry["reason"] != "floors raised to current scores"
