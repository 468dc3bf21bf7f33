"""Stratified estimates add up to the total."""

from __future__ import annotations

import numpy as np
import pytest

from harmledger.errors import EstimationError, InputError
from harmledger.estimate import CaptureTable, estimate_strata

STRATA = {
    "2017-06": CaptureTable(("A", "B"), np.array([0, 60, 40, 20])),
    "2017-07": CaptureTable(("A", "B"), np.array([0, 30, 50, 15])),
    "2017-08": CaptureTable(("A", "B"), np.array([0, 12, 9, 6])),
}


def test_chapman_totals_add_up() -> None:
    result = estimate_strata(STRATA, "chapman")
    assert result.total.estimate == pytest.approx(sum(r.estimate for r in result.strata.values()))
    assert result.total.observed == 120 + 95 + 27
    assert result.total.lower < result.total.estimate < result.total.upper
    assert result.total.lower >= result.total.observed
    assert set(result.to_dict()) == {
        "method",
        "observed",
        "estimate",
        "lower",
        "upper",
        "details",
        "strata",
        "missing_stratum",
    }


def test_lcmcr_total_uses_summed_draws() -> None:
    short = {"burn_in": 200, "samples": 100, "thinning": 2}
    result = estimate_strata(STRATA, "lcmcr", seed=4, converge=False, **short)
    assert result.total.estimate == pytest.approx(sum(r.estimate for r in result.strata.values()))
    summed = np.sum([r.details["trace"] for r in result.strata.values()], axis=0)
    assert result.total.lower == pytest.approx(np.quantile(summed, 0.025))
    again = estimate_strata(STRATA, "lcmcr", seed=4, converge=False, **short)
    assert again.total.to_dict() == result.total.to_dict()
    # converged strata keep different numbers of draws; the total still sums draws
    converged = estimate_strata(STRATA, "lcmcr", seed=4, **short)
    assert all(r.details["converged"] for r in converged.strata.values())
    assert "summed posterior draws" in converged.total.details["interval"]


def test_failing_stratum_is_named() -> None:
    bad = {**STRATA, "2017-09": CaptureTable(("A", "B"), np.array([0, 3, 4, 0]))}
    with pytest.raises(EstimationError, match="stratum '2017-09'"):
        estimate_strata(bad, "lincoln-petersen")


WITH_GAPS = {
    **STRATA,
    "unknown": CaptureTable(("A", "B"), np.array([0, 5, 3, 1])),
    "": CaptureTable(("A", "B"), np.array([0, 2, 0, 0])),
}


def test_missing_stratum_is_reported_apart_by_default() -> None:
    result = estimate_strata(WITH_GAPS, "chapman")
    assert list(result.strata) == list(STRATA)
    assert result.total.observed == 120 + 95 + 27
    assert result.missing is not None
    assert result.missing["policy"] == "apart" and result.missing["records"] == 11
    assert "reported apart" in result.total.details["missing_stratum"]
    assert result.to_dict()["missing_stratum"]["records"] == 11


def test_missing_stratum_imputed_by_capture_pattern() -> None:
    result = estimate_strata(WITH_GAPS, "chapman", missing="impute")
    assert list(result.strata) == list(STRATA)
    assert result.total.observed == 120 + 95 + 27 + 11
    # the 3 people only on B go where B-only people are: 40 : 50 : 9
    b_only = {k: r.observed for k, r in result.strata.items()}
    assert b_only["2017-06"] - 120 + b_only["2017-07"] - 95 + b_only["2017-08"] - 27 == 11
    assert "imputed" in result.total.details["missing_stratum"]


def test_missing_stratum_kept_only_on_request() -> None:
    result = estimate_strata(WITH_GAPS, "chapman", missing="stratum")
    assert set(result.strata) == set(WITH_GAPS)
    with pytest.raises(InputError, match="no record has a stratum"):
        estimate_strata({"unknown": STRATA["2017-06"]}, "chapman")
