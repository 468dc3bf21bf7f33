"""Log-linear models: an independent statsmodels formula fit as oracle, search and intervals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf

from harmledger.estimate import CaptureTable, fit_model, lincoln_petersen, loglinear, rank_models
from harmledger.estimate.llm_fit import Profile
from harmledger.estimate.llm_models import (
    INDEPENDENCE,
    count_models,
    enumerate_models,
    formula_terms,
    is_hierarchical,
    label,
)
from harmledger.estimate.simulate import simulate_table

MODELS_4 = [
    INDEPENDENCE,
    frozenset({(0, 1)}),
    frozenset({(0, 1), (2, 3), (1, 2)}),
    frozenset({(0, 1), (0, 2), (1, 2), (0, 1, 2)}),
    frozenset({(0, 1), (0, 2), (1, 2), (0, 3), (1, 3), (0, 1, 2), (0, 1, 3)}),
]


@pytest.mark.parametrize("model", MODELS_4, ids=lambda m: f"{len(m)} terms")
def test_matches_formula_glm(table4: CaptureTable, model: frozenset[tuple[int, ...]]) -> None:
    frame = pd.DataFrame(table4.patterns(), columns=list(table4.lists))
    frame["count"] = table4.observed_counts()
    oracle = smf.glm(
        f"count ~ {formula_terms(model, table4.lists)}", data=frame, family=sm.families.Poisson()
    ).fit()
    fit = fit_model(table4, model)
    assert fit.usable
    assert fit.deviance == pytest.approx(oracle.deviance, rel=1e-9, abs=1e-9)
    assert fit.loglik == pytest.approx(oracle.llf, rel=1e-10)
    assert fit.aic == pytest.approx(oracle.aic, rel=1e-10)
    assert fit.df == oracle.df_resid
    np.testing.assert_allclose(fit.fitted, oracle.fittedvalues.to_numpy(), rtol=1e-8)
    assert fit.unseen == pytest.approx(np.exp(oracle.params["Intercept"]), rel=1e-8)
    assert fit.estimate == pytest.approx(table4.observed + np.exp(oracle.params["Intercept"]))


def test_two_list_independence_is_lincoln_petersen() -> None:
    table = CaptureTable(("A", "B"), np.array([0, 60, 40, 20]))
    assert fit_model(table, INDEPENDENCE).estimate == pytest.approx(
        lincoln_petersen(table).estimate, rel=1e-9
    )


def test_enumeration_counts_and_hierarchy() -> None:
    assert count_models(3, 2) == 8
    assert count_models(4, 3) == 113
    assert count_models(5, 2) == 1024
    models = list(enumerate_models(4, 3))
    assert len(set(models)) == 113
    assert all(is_hierarchical(m) for m in models)
    assert all(len(term) <= 3 for m in models for term in m)


def test_label_uses_generating_class() -> None:
    model = frozenset({(0, 1), (0, 2), (1, 2), (0, 1, 2), (2, 3)})
    assert label(model, ("A", "B", "C", "D")) == "A*B*C + C*D"
    assert label(INDEPENDENCE, ("A", "B")) == "independence"


def test_profile_interval_brackets_estimate(table4: CaptureTable) -> None:
    fit = fit_model(table4, frozenset({(0, 1)}))
    profile = Profile(table4, fit)
    lower, upper = profile.interval()
    assert table4.observed <= lower < fit.estimate < upper
    assert profile.peak_at == pytest.approx(fit.estimate, rel=0.01)
    # the chi-square cut holds at both ends
    assert 2 * (profile.peak - profile(lower)) == pytest.approx(3.8415, abs=0.01)
    assert 2 * (profile.peak - profile(upper)) == pytest.approx(3.8415, abs=0.01)


def test_single_model_average_is_that_model(table4: CaptureTable) -> None:
    result = loglinear(table4, max_order=1)
    fit = fit_model(table4, INDEPENDENCE)
    assert result.estimate == pytest.approx(fit.estimate)
    assert (result.lower, result.upper) == pytest.approx(Profile(table4, fit).interval())


def test_ranking_and_average(table4: CaptureTable) -> None:
    ranking = rank_models(table4)
    assert ranking.search == "exhaustive"
    assert len(ranking.fits) == 113
    assert ranking.aic_weights.sum() == pytest.approx(1.0)
    assert list(ranking.aic_weights) == sorted(ranking.aic_weights, reverse=True)
    result = loglinear(table4, ranking=ranking)
    assert result.method == "loglinear"
    assert result.details["best_aic"]["model"] == label(ranking.fits[0].model, table4.lists)
    assert result.observed <= result.lower <= result.estimate <= result.upper
    # A and B are positively dependent: independence underestimates
    assert result.details["independence"]["estimate"] < result.estimate


def test_stepwise_for_many_lists_and_sparse_warnings() -> None:
    table = simulate_table(3000, [[0.2, 0.3, 0.25, 0.2, 0.15, 0.3, 0.2]], seed=5, referral=0.3)
    result = loglinear(table)
    assert result.details["search"] == "stepwise"
    assert result.details["max_order"] == 2
    assert result.details["models_fitted"] > 7
    assert any("fewer than 5 people" in w for w in result.details["warnings"])
    assert result.lower <= result.estimate <= result.upper


def test_disjoint_lists_skip_interaction() -> None:
    cells = np.zeros(8, dtype=np.int64)
    cells[[1, 2, 4, 5, 6]] = [50, 40, 30, 10, 8]  # A and B share nobody
    table = CaptureTable(("A", "B", "C"), cells)
    result = loglinear(table)
    assert any("A*B" in w for w in result.details["warnings"])
    assert "A*B" not in result.details["best_aic"]["model"]


def test_warm_start_reaches_the_same_fit(table4: CaptureTable) -> None:
    base = fit_model(table4, INDEPENDENCE)
    for model in MODELS_4[1:]:
        cold, warm = fit_model(table4, model), fit_model(table4, model, base)
        assert warm.loglik == pytest.approx(cold.loglik, rel=1e-10)
        assert warm.estimate == pytest.approx(cold.estimate, rel=1e-7)


def test_averaged_and_selected_side_by_side(table4: CaptureTable) -> None:
    result = loglinear(table4)
    both = result.details["side_by_side"]
    assert result.details["headline"] == "aic_average"
    assert "AIC" in result.details["headline_rule"] and "BIC" in result.details["headline_rule"]
    average, selected = both["aic_average"], both["bic_selected"]
    assert (average["estimate"], average["lower"], average["upper"]) == (
        result.estimate,
        result.lower,
        result.upper,
    )
    assert selected["estimate"] == result.details["best_bic"]["estimate"]
    assert selected["lower"] <= selected["estimate"] <= selected["upper"]


def test_five_lists_search_every_three_way_model() -> None:
    probs = [[0.3, 0.25, 0.35, 0.2, 0.3], [0.5, 0.45, 0.4, 0.5, 0.55]]
    table = simulate_table(3000, probs, shares=[0.7, 0.3], seed=2)
    ranking = rank_models(table)
    assert ranking.search == "exhaustive"
    assert ranking.max_order == 3
    assert count_models(5, 3) == 6212
    assert len(ranking.fits) > 1024  # more than the two-way models alone
    assert any(len(term) == 3 for fit in ranking.fits for term in fit.model)
