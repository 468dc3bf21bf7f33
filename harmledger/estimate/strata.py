"""Stratified estimation: one estimate per stratum (period, place, sex, age band) and a total.

The total is the sum of the stratum estimates, so the published parts always add up to the
published whole. Its interval: for ``lcmcr`` the quantiles of the summed posterior draws (exact
for independent strata; evenly spaced draws when strata kept different numbers); for the other
methods the strata's half-widths combined in quadrature (assumes independent strata).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from harmledger.errors import HarmledgerError
from harmledger.estimate.lcmcr import Progress
from harmledger.estimate.methods import estimate
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureTable


@dataclass(frozen=True)
class StratifiedResult:
    """Per-stratum estimates and their total."""

    strata: dict[str, EstimateResult]
    total: EstimateResult

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the total's six fields plus ``strata`` keyed by stratum."""
        return {**self.total.to_dict(), "strata": {k: v.to_dict() for k, v in self.strata.items()}}


def estimate_strata(
    tables: Mapping[str, CaptureTable],
    method: str,
    *,
    seed: int | None = None,
    level: float = 0.95,
    progress: Progress | None = None,
    **options: Any,
) -> StratifiedResult:
    """Estimate every stratum with ``method`` and add them up."""
    seeds: list[int | None] = [None] * len(tables)
    if seed is not None:
        children = np.random.SeedSequence(seed).spawn(len(tables))
        seeds = [int(child.generate_state(1)[0]) for child in children]
    results: dict[str, EstimateResult] = {}
    for (name, table), child_seed in zip(tables.items(), seeds, strict=True):
        try:
            results[name] = estimate(
                table, method, seed=child_seed, level=level, progress=progress, **options
            )
        except HarmledgerError as error:
            raise type(error)(f"stratum '{name}': {error}") from error
    return StratifiedResult(results, _total(results, method, level))


def _total(results: dict[str, EstimateResult], method: str, level: float) -> EstimateResult:
    observed = sum(r.observed for r in results.values())
    total = sum(r.estimate for r in results.values())
    details: dict[str, Any] = {"strata": len(results)}
    traces = [r.details.get("trace") for r in results.values()]
    if method == "lcmcr" and all(traces):
        # Converged runs keep different numbers of draws: sum evenly spaced draws of each.
        length = min(len(t) for t in traces if t)
        summed = np.sum(
            [
                np.asarray(t, dtype=float)[np.linspace(0, len(t) - 1, length).astype(int)]
                for t in traces
                if t
            ],
            axis=0,
        )
        tail = (1 - level) / 2
        lower, upper = (float(q) for q in np.quantile(summed, [tail, 1 - tail]))
        details["interval"] = f"{level:.0%} credible interval of the summed posterior draws"
        details["posterior_mean"] = float(summed.mean())
        details["posterior_median_of_total"] = float(np.median(summed))
    else:
        below = math.sqrt(sum((r.estimate - r.lower) ** 2 for r in results.values()))
        above = sum((r.upper - r.estimate) ** 2 for r in results.values())
        lower = max(total - below, float(observed))
        upper = math.sqrt(above) + total if math.isfinite(above) else math.inf
        details["interval"] = (
            f"{level:.0%} interval: stratum half-widths combined in quadrature (independent strata)"
        )
    return EstimateResult(method, observed, total, lower, upper, details)
