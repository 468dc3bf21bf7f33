"""The latent class sampler: reproducibility, sanity, diagnostics."""

from __future__ import annotations

import numpy as np
import pytest

from harmledger.errors import InputError
from harmledger.estimate import (
    CaptureTable,
    effective_sample_size,
    geweke_z,
    lcmcr,
    sample_lcmcr,
)

SHORT = {"burn_in": 300, "samples": 200, "thinning": 2}


def test_same_seed_same_draws(table3: CaptureTable) -> None:
    a = sample_lcmcr(table3, seed=11, **SHORT)
    b = sample_lcmcr(table3, seed=11, **SHORT)
    c = sample_lcmcr(table3, seed=12, **SHORT)
    assert a.totals.tolist() == b.totals.tolist()
    assert a.totals.tolist() != c.totals.tolist()
    assert a.seed == 11


def test_draws_and_summary(table4: CaptureTable) -> None:
    calls: list[tuple[int, int]] = []
    result = lcmcr(
        table4, seed=3, progress=lambda done, total: calls.append((done, total)), **SHORT
    )
    trace = np.array(result.details["trace"])
    assert len(trace) == 200
    assert (trace >= table4.observed).all()
    assert result.lower <= result.estimate <= result.upper
    assert result.estimate == pytest.approx(np.median(trace))
    assert result.details["posterior_mean"] == pytest.approx(trace.mean())
    assert calls[-1] == (700, 700)
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert 0 < result.details["effective_sample_size"] <= 200 * 1.5


def test_seed_is_recorded_when_not_given(table3: CaptureTable) -> None:
    result = lcmcr(table3, **SHORT)
    again = lcmcr(table3, seed=result.details["seed"], **SHORT)
    assert again.details["trace"] == result.details["trace"]


def test_rejects_bad_settings(table3: CaptureTable) -> None:
    with pytest.raises(InputError):
        sample_lcmcr(table3, classes=1)


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
