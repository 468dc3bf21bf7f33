"""Speed of the estimators, and (with --coverage) a simulation study of interval coverage.

Run:  .venv/bin/python benchmarks/bench_estimate.py [--coverage 40] [--only dga,loglinear]

Speed: LCMCR Gibbs iterations per CPU second on the Kosovo and UK capture tables (read from
$HARMLEDGER_EVAL_DIR/mse at run time; skipped if absent) and on a generated 10-list table of
about 100,000 observed people, with a converged default run on each real table; log-linear
model search CPU time on the same tables. R's figures (issue 17) are printed beside.
Coverage: for known populations with list dependence and heterogeneity, the share of
replicates whose 95% interval holds the true total, and the median estimate / truth.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from harmledger.estimate import (
    CaptureTable,
    chao,
    chapman,
    dga,
    lcmcr,
    loglinear,
    rank_models,
    read_capture_csv,
    sample_lcmcr,
    simulate_table,
)
from harmledger.evaldata import eval_dir


def big_table() -> CaptureTable:
    """10 lists, three latent classes, some referral between lists; ~100,000 observed."""
    probs = np.random.default_rng(0).uniform(0.05, 0.5, size=(3, 10))
    return simulate_table(103_000, probs, shares=[0.5, 0.3, 0.2], referral=0.1, seed=1)


#: R figures measured on the same machine (issue 17): LCMCR 0.4.14 iterations per CPU second,
#: and its posterior median at the same settings / in a long run; Rcapture 1.4-4 search CPU.
R_ITERATIONS_PER_CPU_SECOND = "47,000-56,000"
R_LCMCR = {"sparsemse_UKdat_5.csv": "21,550 (same settings), 22,458 (long run)"}


def iterations_per_cpu_second(table: CaptureTable, iterations: int) -> float:
    """One chain, no convergence loop: the cost of the Gibbs sweep alone (CPU time)."""
    sample_lcmcr(table, burn_in=100, samples=10, thinning=1, seed=0, chains=1, converge=False)
    start = time.process_time()
    sample_lcmcr(
        table, burn_in=0, samples=iterations // 10, thinning=10, seed=1, chains=1, converge=False
    )
    return iterations / (time.process_time() - start)


def cpu_timed(call: Callable[[], Any]) -> tuple[Any, float]:
    start = time.process_time()
    value = call()
    return value, time.process_time() - start


def speed() -> None:
    tables: list[tuple[str, CaptureTable, int]] = []
    folder = eval_dir(must_exist=False) / "mse"
    for name, iterations in (
        ("kosovo_capture_table.csv", 400_000),
        ("sparsemse_UKdat_5.csv", 400_000),
        ("sparsemse_UKdat.csv", 400_000),
    ):
        if (folder / name).is_file():
            tables.append((name, read_capture_csv(folder / name), iterations))
        else:
            print(f"({name} not found under {folder}; skipped)")
    tables.append(("generated (10 lists)", big_table(), 3_000))
    print(f"R LCMCR 0.4.14 on Kosovo and UK: {R_ITERATIONS_PER_CPU_SECOND} iterations/CPU s")
    for name, table, iterations in tables:
        patterns = int((table.observed_counts() > 0).sum())
        rate = iterations_per_cpu_second(table, iterations)
        print(
            f"LCMCR  {name}: {table.observed:,} people, {patterns} patterns, K=10: "
            f"{rate:,.0f} iterations per CPU s ({iterations:,} iterations)",
            flush=True,
        )
        if name.endswith(".csv"):
            result, seconds = cpu_timed(lambda table=table: lcmcr(table, seed=2016))
            d = result.details
            print(
                f"LCMCR  {name}: converged run (4 chains, defaults): {result.estimate:,.0f} "
                f"[{result.lower:,.0f}-{result.upper:,.0f}], R-hat {d['rhat']:.3f}, bulk ESS "
                f"{d['effective_sample_size']:.0f}, {d['iterations_per_chain']:,} iterations "
                f"per chain, {seconds:.1f} CPU s; R: {R_LCMCR.get(name, '-')}",
                flush=True,
            )
        ranking, seconds = cpu_timed(lambda table=table: rank_models(table))
        _, whole = cpu_timed(lambda table=table: loglinear(table))
        print(
            f"loglinear  {name}: {ranking.search} search, {len(ranking.fits)} models: "
            f"{seconds:.2f} CPU s; with averaging and intervals {whole:.2f} CPU s",
            flush=True,
        )


def coverage(replicates: int, only: Sequence[str] = ()) -> None:
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
        "dga": lambda t, s: dga(t),
    }
    if only:
        methods = {name: call for name, call in methods.items() if name.split()[0] in only}
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
    parser.add_argument(
        "--only",
        default="",
        help="coverage study of these methods only, comma-separated (e.g. dga,loglinear)",
    )
    args = parser.parse_args()
    print(f"python {platform.python_version()}, numpy {np.__version__}, {platform.machine()}")
    if not args.no_speed:
        speed()
    if args.coverage:
        coverage(args.coverage, [m for m in args.only.split(",") if m])


if __name__ == "__main__":
    main()
