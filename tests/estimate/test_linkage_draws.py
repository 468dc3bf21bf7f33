"""Estimates over drawn person clusterings: the draws follow the pair probabilities, and the
pooled interval widens with disagreement between draws."""

from __future__ import annotations

import numpy as np
import pytest

from harmledger.estimate import CaptureTable, estimate
from harmledger.estimate.linkage import estimate_over_linkages
from harmledger.link.persons.draws import draw_clusterings

RECORDS = ["a1", "a2", "b1", "b2", "c1"]


def test_certain_pairs_always_and_never() -> None:
    pairs = [("a1", "a2", 1.0), ("b1", "b2", 0.0)]
    for clustering in draw_clusterings(RECORDS, pairs, draws=20, seed=1):
        groups = sorted(clustering.values())
        assert ("a1", "a2") in groups
        assert ("b1",) in groups and ("b2",) in groups


def test_pairs_link_at_their_probability() -> None:
    draws = list(draw_clusterings(RECORDS, [("a1", "b1", 0.3)], draws=2000, seed=2))
    linked = sum(1 for c in draws if ("a1", "b1") in c.values())
    assert linked / 2000 == pytest.approx(0.3, abs=0.04)


def test_reviewers_verdicts_override_probabilities() -> None:
    pairs = [("a1", "a2", 0.01), ("b1", "b2", 0.99)]
    verdicts = {
        frozenset(("a1", "a2")): True,
        frozenset(("b1", "b2")): False,
        frozenset(("c1", "a1")): True,
    }
    for clustering in draw_clusterings(RECORDS, pairs, draws=10, seed=3, verdicts=verdicts):
        groups = sorted(clustering.values())
        assert ("a1", "a2", "c1") in groups
        assert ("b1",) in groups


def test_same_seed_same_draws() -> None:
    pairs = [("a1", "a2", 0.5), ("b1", "b2", 0.5), ("a2", "c1", 0.5)]
    first = list(draw_clusterings(RECORDS, pairs, draws=5, seed=9))
    assert first == list(draw_clusterings(RECORDS, pairs, draws=5, seed=9))


def _table(shift: int) -> CaptureTable:
    """Two lists; ``shift`` people moved from the overlap to one singleton each (split)."""
    cells = np.array([0, 300 + shift, 250 + shift, 150 - shift], dtype=np.int64)
    return CaptureTable(("A", "B"), cells)


def test_identical_draws_pool_to_the_single_estimate() -> None:
    single = estimate(_table(0), "chapman")
    pooled = estimate_over_linkages([_table(0)] * 5, "chapman", certain=single)
    assert pooled.estimate == pytest.approx(single.estimate, abs=0.1)
    assert pooled.lower == pytest.approx(single.lower, abs=0.5)
    assert pooled.upper == pytest.approx(single.upper, abs=0.5)
    assert pooled.details["linkage_as_certain"]["estimate"] == single.estimate


def test_disagreeing_draws_widen_the_interval() -> None:
    tables = [_table(shift) for shift in (0, 10, 20, 30, 40)]
    pooled = estimate_over_linkages(tables, "chapman")
    each = [estimate(t, "chapman") for t in tables]
    assert min(r.estimate for r in each) < pooled.estimate < max(r.estimate for r in each)
    # every draw's estimate is inside, and the interval is wider than any one draw's
    assert pooled.lower < min(r.estimate for r in each)
    assert pooled.upper > max(r.estimate for r in each)
    assert pooled.upper - pooled.lower > max(r.upper - r.lower for r in each)
    assert pooled.details["linkage_draws"] == 5
    assert pooled.details["persons_per_draw"]["max"] == 740
