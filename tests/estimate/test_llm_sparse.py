"""Sparse tables: the existence test, thin higher-order terms and the p-value stepwise search."""

from __future__ import annotations

import numpy as np
import pytest

from harmledger.estimate import CaptureTable, loglinear
from harmledger.estimate.llm_exists import check_model
from harmledger.estimate.llm_fit import fit_model
from harmledger.estimate.llm_models import INDEPENDENCE, thin_terms
from harmledger.estimate.llm_stepwise import overlap_pvalue, stepwise_pvalue
from harmledger.estimate.simulate import simulate_table

ALL_PAIRS = frozenset({(0, 1), (0, 2), (1, 2)})


def _three(a: int, b: int, c: int, ab: int, ac: int, bc: int, abc: int) -> CaptureTable:
    cells = np.zeros(8, dtype=np.int64)
    cells[[1, 2, 4, 3, 5, 6, 7]] = [a, b, c, ab, ac, bc, abc]
    return CaptureTable(("A", "B", "C"), cells)


def test_no_mle_when_the_triple_cell_is_empty() -> None:
    # every pair overlaps, but with nobody on all three the all-pairs model fits that cell as 0
    table = _three(50, 40, 30, 10, 8, 6, 0)
    verdict = check_model(table, ALL_PAIRS)
    assert not verdict.exists and verdict.facial_zeros == 1
    assert not verdict.admissible
    assert check_model(table, frozenset({(0, 1)})).admissible


def test_mle_exists_on_a_full_table() -> None:
    assert check_model(_three(50, 40, 30, 10, 8, 6, 2), ALL_PAIRS).admissible


def test_search_drops_models_without_an_estimate() -> None:
    result = loglinear(_three(50, 40, 30, 10, 8, 6, 0))
    assert any("no maximum likelihood estimate" in w for w in result.details["warnings"])
    assert all(row["model"] != "A*B + A*C + B*C" for row in result.details["models"])


def test_thin_three_way_terms_are_skipped() -> None:
    probs = [[0.1, 0.08, 0.12, 0.1, 0.09]]
    table = simulate_table(2000, probs, seed=3)
    patterns, counts = table.patterns(), table.observed_counts()
    thin = thin_terms(table, 3, 5)
    assert thin, "the generated table should have a thinly populated three-way margin"
    for term in thin:
        assert len(term) == 3
        assert 0 < counts[patterns[:, list(term)].all(axis=1)].sum() < 5
    ranking = loglinear(table).details
    assert any("cannot be estimated" in w for w in ranking["warnings"])


def test_overlap_pvalue_sides() -> None:
    # A and B share far more people than independence predicts, A and C far fewer
    table = _three(200, 200, 200, 150, 2, 40, 3)
    base = fit_model(table, INDEPENDENCE)
    assert overlap_pvalue(table, base, (0, 1)) < 1e-6
    assert overlap_pvalue(table, base, (0, 2)) < 1e-6


def test_stepwise_pvalue_adds_the_dependent_pair_only() -> None:
    table = simulate_table(5000, [[0.3, 0.2, 0.25, 0.3]], seed=11, referral=0.5)
    fit = stepwise_pvalue(table)
    assert fit.model, "referral between neighbouring lists should add a pair"
    assert all(len(term) == 2 for term in fit.model)
    assert fit.estimate == pytest.approx(5000, rel=0.15)
    assert stepwise_pvalue(table, threshold=0.0).model == INDEPENDENCE
