"""Speed of the estimators, and (with --coverage) a simulation study of interval coverage.

Run:  .venv/bin/python benchmarks/bench_estimate.py [--coverage 40]

Speed: LCMCR Gibbs iterations per second on the Kosovo capture table (read from
$HARMLEDGER_EVAL_DIR/mse at run time; skipped if absent) and on a generated 10-list table of
about 100,000 observed people; log-linear model search time on the same tables.
Coverage: for known populations with list dependence and heterogeneity, the share of
replicates whose 95% interval holds the true total, and the median estimate / truth.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from harmledger.estimate import (
    CaptureTable,
    chao,
    chapman,
    lcmcr,
    loglinear,
    read_capture_csv,
    sample_lcmcr,
    simulate_table,
)
from harmledger.evaldata import eval_dir


def big_table() -> CaptureTable:
    """10 lists, three latent classes, some referral between lists; ~100,000 observed."""
    probs = np.random.default_rng(0).uniform(0.05, 0.5, size=(3, 10))
    return simulate_table(103_000, probs, shares=[0.5, 0.3, 0.2], referral=0.1, seed=1)


def iterations_per_second(table: CaptureTable, iterations: int) -> float:
    sample_lcmcr(table, burn_in=200, samples=10, thinning=1, seed=0)  # warm-up
    start = time.perf_counter()
    sample_lcmcr(
        table, burn_in=iterations - iterations // 10, samples=iterations // 10, seed=1, thinning=1
    )
    return iterations / (time.perf_counter() - start)


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = call()
    return value, time.perf_counter() - start


def speed() -> None:
    tables: list[tuple[str, CaptureTable, int]] = []
    folder = eval_dir(must_exist=False) / "mse"
    if (folder / "kosovo_capture_table.csv").is_file():
        tables.append(
            ("Kosovo (4 lists)", read_capture_csv(folder / "kosovo_capture_table.csv"), 20_000)
        )
    else:
        print(f"(Kosovo table not found under {folder}; skipped)")
    tables.append(("generated (10 lists)", big_table(), 3_000))
    for name, table, iterations in tables:
        patterns = int((table.observed_counts() > 0).sum())
        rate = iterations_per_second(table, iterations)
        print(
            f"LCMCR  {name}: {table.observed:,} people, {patterns} patterns, K=10: "
            f"{rate:,.0f} iterations/s ({iterations:,} iterations)"
        )
        _, seconds = timed(lambda table=table: loglinear(table))
        print(f"loglinear  {name}: search + averaging + intervals {seconds:.1f} s")


def coverage(replicates: int) -> None:
    scenarios: list[tuple[str, int, list[list[float]], list[float] | None, float]] = [
        ("independent, homogeneous (3 lists)", 2000, [[0.3, 0.25, 0.35]], None, 0.0),
        ("list dependence: referral 0.4 (4 lists)", 2000, [[0.3, 0.25, 0.3, 0.2]], None, 0.4),
        (
            "heterogeneity: 2 latent classes (4 lists)",
            2000,
            [[0.6, 0.5, 0.55, 0.5], [0.15, 0.2, 0.1, 0.2]],
            [0.4, 0.6],
            0.0,
        ),
    ]
    methods: dict[str, Callable[[CaptureTable, int], Any]] = {
        "chapman (first 2 lists)": lambda t, s: chapman(t, lists=t.lists[:2]),
        "chao (lower bound)": lambda t, s: chao(t),
        "loglinear": lambda t, s: loglinear(t),
        "lcmcr": lambda t, s: lcmcr(t, seed=s, burn_in=3000, samples=500, thinning=6),
    }
    print(f"\nCoverage study: {replicates} replicates per scenario (95% intervals)")
    print(f"{'scenario':44} {'method':24} {'coverage':>9} {'median est/N':>13} {'sec/rep':>8}")
    for label, size, probs, shares, referral in scenarios:
        tables = [
            simulate_table(size, probs, shares=shares, referral=referral, seed=1000 + r)
            for r in range(replicates)
        ]
        for name, method in methods.items():
            hits, ratios = 0, []
            start = time.perf_counter()
            for r, table in enumerate(tables):
                result = method(table, r)
                hits += result.lower <= size <= result.upper
                ratios.append(result.estimate / size)
            per = (time.perf_counter() - start) / replicates
            print(
                f"{label:44} {name:24} {hits / replicates:9.0%} "
                f"{statistics.median(ratios):13.3f} {per:8.2f}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--coverage",
        type=int,
        default=0,
        metavar="N",
        help="also run the coverage study with N replicates per scenario",
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the speed benchmark")
    args = parser.parse_args()
    print(f"python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}")
    if not args.no_speed:
        speed()
    if args.coverage:
        coverage(args.coverage)


if __name__ == "__main__":
    main()
