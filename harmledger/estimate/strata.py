"""Stratified estimation: one estimate per stratum (period, place, sex, age band) and a total.

The total is the sum of the stratum estimates, so the published parts always add up to the
published whole. Its interval: for ``lcmcr`` the quantiles of the summed posterior draws (exact
for independent strata; evenly spaced draws when strata kept different numbers); for the other
methods the strata's half-widths combined in quadrature (assumes independent strata).

Records whose stratum is missing (an empty value, ``unknown``, ``NA``...) are never a stratum of
their own by default: a handful of people with no shared trait makes a tiny, sparse table whose
estimate explodes. ``missing="apart"`` (default) reports them beside the result, outside the
strata and the total; ``"impute"`` shares each capture pattern's count among the strata in
proportion to that pattern's counts there (missing at random given the lists), by largest
remainders; ``"stratum"`` keeps the old behaviour on explicit request.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from harmledger.errors import HarmledgerError, Invalid
from harmledger.estimate.lcmcr import Progress
from harmledger.estimate.methods import estimate
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureTable

Missing = Literal["apart", "impute", "stratum"]
MISSING_POLICIES: tuple[Missing, ...] = ("apart", "impute", "stratum")

#: Stratum values read as "not recorded" (compared case-insensitively, spaces stripped).
MISSING_VALUES = frozenset({"", "unknown", "na", "n/a", "nan", "null", "none", "?", "-"})


def is_missing(value: str) -> bool:
    """Whether a stratum value means the stratum was not recorded."""
    return value.strip().lower() in MISSING_VALUES


@dataclass(frozen=True)
class StratifiedResult:
    """Per-stratum estimates, their total, and what happened to records without a stratum."""

    strata: dict[str, EstimateResult]
    total: EstimateResult
    missing: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the total's six fields plus ``strata`` keyed by stratum."""
        return {
            **self.total.to_dict(),
            "strata": {k: v.to_dict() for k, v in self.strata.items()},
            "missing_stratum": self.missing,
        }


def estimate_strata(
    tables: Mapping[str, CaptureTable],
    method: str,
    *,
    seed: int | None = None,
    level: float = 0.95,
    missing: Missing = "apart",
    progress: Progress | None = None,
    **options: Any,
) -> StratifiedResult:
    """Estimate every stratum with ``method`` and add them up (``missing``: see the module)."""
    tables, report = _handle_missing(tables, missing)
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
    total = _total(results, method, level)
    if report is not None:
        total.details["missing_stratum"] = report["note"]
    return StratifiedResult(results, total, report)


def _handle_missing(
    tables: Mapping[str, CaptureTable], policy: Missing
) -> tuple[dict[str, CaptureTable], dict[str, Any] | None]:
    if policy not in MISSING_POLICIES:
        raise Invalid(f"missing must be one of {', '.join(MISSING_POLICIES)}, not '{policy}'")
    gaps = {k: t for k, t in tables.items() if is_missing(k)}
    if not gaps or policy == "stratum":
        note = f"{sum(t.observed for t in gaps.values()):,} record(s) without a stratum kept as "
        report = {"policy": policy, "records": 0, "note": note + "their own stratum"}
        return dict(tables), (report if gaps else None)
    known = {k: t for k, t in tables.items() if not is_missing(k)}
    if not known:
        raise Invalid("no record has a stratum value: estimate without strata")
    people = sum(t.observed for t in gaps.values())
    labels = ", ".join(f"'{k}'" for k in gaps)
    if policy == "apart":
        note = (
            f"{people:,} observed record(s) without a stratum ({labels}) are reported apart: "
            "in no stratum and not in the total"
        )
        return known, {"policy": policy, "records": people, "values": list(gaps), "note": note}
    imputed = _impute(known, list(gaps.values()))
    note = (
        f"{people:,} observed record(s) without a stratum ({labels}) were shared among the strata "
        "in proportion to each capture pattern's counts there (imputed, missing at random)"
    )
    return imputed, {"policy": policy, "records": people, "values": list(gaps), "note": note}


def _impute(known: dict[str, CaptureTable], gaps: list[CaptureTable]) -> dict[str, CaptureTable]:
    lists = next(iter(known.values())).lists
    if any(t.lists != lists for t in [*known.values(), *gaps]):
        raise Invalid("strata must share the same lists to impute missing strata")
    names = list(known)
    cells = np.array([known[n].cells for n in names], dtype=np.int64)
    extra = np.sum([t.cells for t in gaps], axis=0).astype(np.int64)
    sizes = cells.sum(axis=1).astype(float)
    for cell in np.nonzero(extra)[0]:
        share = cells[:, cell].astype(float)
        share = share / share.sum() if share.sum() > 0 else sizes / sizes.sum()
        exact = share * extra[cell]
        given = np.floor(exact).astype(np.int64)
        order = np.argsort(-(exact - given), kind="stable")
        given[order[: int(extra[cell] - given.sum())]] += 1
        cells[:, cell] += given
    return {n: CaptureTable(lists, cells[i]) for i, n in enumerate(names)}


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
