"""The latent class sampler: reproducibility, convergence by default, diagnostics."""

from __future__ import annotations

import numpy as np
import pytest

from harmledger.errors import EstimationError, InputError
from harmledger.estimate import (
    CaptureTable,
    effective_sample_size,
    geweke_z,
    lcmcr,
    sample_lcmcr,
)
from harmledger.estimate.diagnostics import bulk_ess, split_rhat
from harmledger.estimate.lcmcr import ConvergenceError

SHORT = {"burn_in": 300, "samples": 200, "thinning": 2, "converge": False}


def test_same_seed_same_draws(table3: CaptureTable) -> None:
    a = sample_lcmcr(table3, seed=11, **SHORT)
    b = sample_lcmcr(table3, seed=11, **SHORT)
    c = sample_lcmcr(table3, seed=12, **SHORT)
    assert a.totals.tolist() == b.totals.tolist()
    assert a.totals.tolist() != c.totals.tolist()
    assert a.seed == 11
    assert a.totals.shape == (4, 200)
    # chains start apart: they are not copies of each other
    assert a.totals[0].tolist() != a.totals[1].tolist()


def test_draws_and_summary_without_convergence(table4: CaptureTable) -> None:
    calls: list[tuple[int, int]] = []
    result = lcmcr(
        table4,
        seed=3,
        chains=2,
        progress=lambda done, total: calls.append((done, total)),
        **SHORT,
    )
    trace = np.array(result.details["trace"])
    assert len(trace) == 400
    assert (trace >= table4.observed).all()
    assert result.lower <= result.estimate <= result.upper
    assert result.estimate == pytest.approx(np.median(trace))
    assert result.details["posterior_mean"] == pytest.approx(trace.mean())
    assert calls[-1] == (1400, 1400)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert result.details["iterations_per_chain"] == 700
    assert result.details["chains"] == 2


def test_runs_until_converged_by_default(table3: CaptureTable) -> None:
    result = lcmcr(table3, seed=5, burn_in=500, samples=50, thinning=2)
    details = result.details
    assert details["converged"] is True
    assert details["rhat"] <= 1.01
    assert details["effective_sample_size"] >= 400
    assert details["samples"] > 4 * 50  # it had to extend the chains
    assert not details["warnings"]
    again = lcmcr(table3, seed=5, burn_in=500, samples=50, thinning=2)
    assert again.details["trace"] == details["trace"]
    # 3 independent lists of this table: near the closed-form estimates (~ 790-830)
    assert 700 < result.estimate < 1000


def test_budget_exhausted_is_an_error(table3: CaptureTable) -> None:
    with pytest.raises(ConvergenceError, match="did not converge") as caught:
        lcmcr(table3, seed=1, burn_in=10, samples=10, thinning=1, max_seconds=0.0)
    assert isinstance(caught.value, EstimationError)
    assert "R-hat" in str(caught.value)


def test_not_converged_is_flagged(table3: CaptureTable) -> None:
    result = lcmcr(table3, seed=1, burn_in=10, samples=10, thinning=1, converge=False)
    assert result.details["converged"] is False
    assert any("not converged" in w for w in result.details["warnings"])


def test_seed_is_recorded_when_not_given(table3: CaptureTable) -> None:
    result = lcmcr(table3, **SHORT)
    again = lcmcr(table3, seed=result.details["seed"], **SHORT)
    assert again.details["trace"] == result.details["trace"]


def test_rejects_bad_settings(table3: CaptureTable) -> None:
    with pytest.raises(InputError):
        sample_lcmcr(table3, classes=1)
    with pytest.raises(InputError):
        sample_lcmcr(table3, chains=1)


def test_rhat_and_bulk_ess_of_known_chains() -> None:
    rng = np.random.default_rng(0)
    iid = rng.normal(size=(4, 2000))
    assert split_rhat(iid) == pytest.approx(1.0, abs=0.005)
    assert bulk_ess(iid) == pytest.approx(8000, rel=0.1)
    shifted = iid + np.array([[0.0], [0.0], [0.0], [1.0]])
    assert split_rhat(shifted) > 1.1
    # a chain that drifts: split R-hat sees the halves disagree even within chains
    drift = iid + np.linspace(0, 3, 2000)
    assert split_rhat(drift) > 1.1
    rho = 0.9
    ar = np.empty((4, 5000))
    ar[:, 0] = rng.normal(size=4)
    noise = rng.normal(size=(4, 5000))
    for i in range(1, 5000):
        ar[:, i] = rho * ar[:, i - 1] + noise[:, i]
    expected = 4 * 5000 * (1 - rho) / (1 + rho)
    assert bulk_ess(ar) == pytest.approx(expected, rel=0.2)
    assert split_rhat(np.full((3, 10), 7.0)) == 1.0
    assert bulk_ess(np.full((3, 10), 7.0)) == 30


def test_effective_sample_size_of_known_chains() -> None:
    rng = np.random.default_rng(0)
    iid = rng.normal(size=20_000)
    assert effective_sample_size(iid) == pytest.approx(20_000, rel=0.1)
    rho = 0.9
    ar = np.empty(20_000)
    ar[0] = 0.0
    noise = rng.normal(size=20_000)
    for i in range(1, len(ar)):
        ar[i] = rho * ar[i - 1] + noise[i]
    expected = 20_000 * (1 - rho) / (1 + rho)
    assert effective_sample_size(ar) == pytest.approx(expected, rel=0.3)
    assert abs(geweke_z(iid)) < 3
    assert effective_sample_size(np.ones(50)) == 50
