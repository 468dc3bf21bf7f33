"""Seeded simulation: estimators recover known totals within their intervals at a fair rate.

A handful of replicates each, so the test is fast; the longer coverage study is
benchmarks/bench_estimate.py --coverage.
"""

from __future__ import annotations

from harmledger.estimate import chapman, lcmcr, loglinear, simulate_table


def covered(result_lower: float, result_upper: float, truth: int) -> bool:
    return result_lower <= truth <= result_upper


def test_chapman_on_independent_lists() -> None:
    hits = 0
    for seed in range(20):
        table = simulate_table(1000, [[0.3, 0.4]], seed=seed)
        result = chapman(table)
        hits += covered(result.lower, result.upper, 1000)
    assert hits >= 16  # nominal 95%: 19 of 20 expected


def test_loglinear_with_list_dependence() -> None:
    hits = 0
    for seed in range(6):
        table = simulate_table(2000, [[0.3, 0.25, 0.3]], referral=0.4, seed=100 + seed)
        result = loglinear(table)
        hits += covered(result.lower, result.upper, 2000)
        # independence cannot see the dependence and falls short
        assert result.details["independence"]["estimate"] < 2000
    assert hits >= 5


def test_lcmcr_with_heterogeneity() -> None:
    hits = 0
    for seed in range(5):
        table = simulate_table(
            1500, [[0.6, 0.5, 0.55, 0.5], [0.15, 0.2, 0.1, 0.2]], shares=[0.4, 0.6], seed=200 + seed
        )
        result = lcmcr(table, seed=seed, burn_in=1500, samples=500, thinning=4)
        hits += covered(result.lower, result.upper, 1500)
    assert hits >= 4
