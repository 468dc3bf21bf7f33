"""Lincoln-Petersen, Chapman and Chao against values worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from harmledger.errors import EstimationError, InputError
from harmledger.estimate import (
    CaptureFrequencies,
    CaptureTable,
    chao,
    chapman,
    estimate,
    lincoln_petersen,
    sample_coverage,
)

TWO = CaptureTable(("A", "B"), np.array([0, 60, 40, 20]))  # n1 = 80, n2 = 60, m = 20


def test_lincoln_petersen() -> None:
    result = lincoln_petersen(TWO)
    assert result.observed == 120
    assert result.estimate == pytest.approx(240.0)
    assert result.details["std_error"] == pytest.approx(math.sqrt(80 * 60 * 60 * 40 / 20**3))
    assert result.observed <= result.lower < result.estimate < result.upper


def test_chapman() -> None:
    result = chapman(TWO)
    assert result.estimate == pytest.approx(81 * 61 / 21 - 1)
    variance = 81 * 61 * 60 * 40 / (21**2 * 22)
    assert result.details["std_error"] == pytest.approx(math.sqrt(variance))
    # log-normal interval on the unseen part
    unseen = result.estimate - 120
    spread = math.exp(1.959964 * math.sqrt(math.log(1 + variance / unseen**2)))
    assert result.lower == pytest.approx(120 + unseen / spread, rel=1e-6)
    assert result.upper == pytest.approx(120 + unseen * spread, rel=1e-6)


def test_two_list_errors(table3: CaptureTable) -> None:
    with pytest.raises(InputError, match="exactly 2 lists"):
        chapman(table3)
    assert chapman(table3, lists=["bårhus", "monitor"]).details["lists"] == ["bårhus", "monitor"]
    disjoint = CaptureTable(("A", "B"), np.array([0, 5, 7, 0]))
    with pytest.raises(EstimationError, match="share nobody"):
        lincoln_petersen(disjoint)
    assert chapman(disjoint).estimate == pytest.approx(6 * 8 / 1 - 1)


def test_chao_lower_bound(table3: CaptureTable) -> None:
    result = chao(table3)
    f1, f2, a = 355, 103, 2 / 3
    assert result.estimate == pytest.approx(470 + a * f1**2 / (2 * f2))
    assert result.details["f"] == [355, 103, 12]
    assert result.lower < result.estimate < result.upper


def test_chao_without_doubles_and_on_frequencies() -> None:
    data = CaptureFrequencies(np.array([0, 10, 0, 3]), occasions=None)
    result = chao(data)
    assert result.estimate == pytest.approx(13 + 10 * 9 / 2)
    assert result.details["zelterman"] is None
    with pytest.raises(InputError, match="only support 'chao'"):
        estimate(data, "loglinear")


def test_sample_coverage_formula(table3: CaptureTable) -> None:
    freqs = np.array([0, 355, 103, 12], dtype=float)
    captures = 355 + 2 * 103 + 3 * 12
    coverage = 1 - 355 / captures
    sizes = np.array([207, 166, 224], dtype=float)
    gamma2 = max(470 / coverage * (2 * 103 + 6 * 12) / (captures**2 - sizes @ sizes) - 1, 0)
    result = sample_coverage(table3)
    assert result["coverage"] == pytest.approx(coverage)
    assert result["gamma2"] == pytest.approx(gamma2)
    assert result["estimate"] == pytest.approx(470 / coverage + 355 / coverage * gamma2)
    assert freqs.sum() == 470


def test_unknown_method(table3: CaptureTable) -> None:
    with pytest.raises(InputError, match="unknown method"):
        estimate(table3, "jackknife")
