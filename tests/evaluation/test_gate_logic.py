"""Gate logic on made-up results: floors, epsilon, corpus hash, refusal to lower silently."""

from __future__ import annotations

import pytest

from harmledger.errors import InputError
from harmledger.evaluation.gate import check, flatten, update


def _results(f1: float, sha: str = "abc") -> dict:
    return {"corpus_sha256": sha, "sets": {"dev": {"all": {"docs": 3, "f1": f1}, "misses": []}}}


def test_flatten_skips_counts() -> None:
    assert flatten(_results(0.9)) == {"dev/all/f1": 0.9}


def test_check_floor_epsilon_and_hash() -> None:
    baseline = {"corpus_sha256": "abc", "epsilon": 0.01, "floors": {"dev/all/f1": 0.9}}
    assert check(_results(0.895), baseline) == []
    assert check(_results(0.85), baseline) == ["dev/all/f1: 0.8500 < floor 0.9000 - 0.01"]
    assert any("corpus changed" in f for f in check(_results(0.95, sha="other"), baseline))


def test_update_raises_floors_and_refuses_to_lower_silently() -> None:
    baseline = {"corpus_sha256": "abc", "floors": {"dev/all/f1": 0.9}, "history": []}
    raised = update(_results(0.95), baseline)
    assert raised["floors"] == {"dev/all/f1": 0.95}
    with pytest.raises(InputError, match="refusing to lower"):
        update(_results(0.8), baseline)
    lowered = update(_results(0.8), baseline, allow_lower=True, reason="relabelled gold")
    assert lowered["history"][-1]["lowered"] == {"dev/all/f1": [0.9, 0.8]}
    with pytest.raises(InputError, match="corpus changed"):
        update(_results(0.95, sha="new"), baseline)


def test_lower_is_better_figures_are_ceilings() -> None:
    results = {"corpus_sha256": "abc", "sets": {"dev/tune": {"all": {"distractors_per_20": 2.0}}}}
    name = "dev/tune/all/distractors_per_20"
    baseline = {"corpus_sha256": "abc", "epsilon": 0.01, "floors": {name: 1.0}, "history": []}
    assert check(results, baseline) == [f"{name}: 2.0000 > ceiling 1.0000 + 0.01"]
    with pytest.raises(InputError, match="refusing to lower"):
        update(results, baseline)
    better = {"corpus_sha256": "abc", "sets": {"dev/tune": {"all": {"distractors_per_20": 0.5}}}}
    assert check(better, baseline) == []
    assert update(better, baseline)["floors"] == {name: 0.5}
