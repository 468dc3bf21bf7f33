"""One estimate over many plausible linkages: carry record-linkage uncertainty into the interval.

Each capture table comes from one person clustering drawn from the linkage's pair
probabilities (:mod:`harmledger.link.persons.draws`). The estimator runs on every table, and
the results are pooled as a mixture, in the spirit of Sadinle (2018): every draw's sampling
distribution is approximated by a normal on the log of its unseen count ``N - n`` (the scale
the closed-form and profile intervals are skewed on) with its own spread on each side of its
estimate, read off its interval; the mixture's median is the estimate and its tail quantiles
the interval. Draws that link people differently move the mixture's components apart,
so the interval widens exactly as far as the linkage is unsure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import optimize, stats

from harmledger.errors import Invalid
from harmledger.estimate.methods import estimate
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureTable


def estimate_over_linkages(
    tables: Sequence[CaptureTable],
    method: str,
    *,
    level: float = 0.95,
    lists: Sequence[str] | None = None,
    certain: EstimateResult | None = None,
    **options: Any,
) -> EstimateResult:
    """Run ``method`` on each drawn table and pool the results (see the module docstring).

    ``certain``, the estimate on the linkage taken as certain, is reported beside the pooled one.
    """
    if not tables:
        raise Invalid("no linkage draws to estimate over")
    results = [estimate(t, method, lists=lists, level=level, **options) for t in tables]
    seen = [r.observed for r in results]
    # each draw on the scale of its own unseen count, as its interval was built (never below n)
    centres = np.log([max(r.estimate - r.observed, _TINY) for r in results])
    z = float(stats.norm.ppf(0.5 + level / 2))
    below = np.array([_spread(r.estimate, r.lower, z, r.observed) for r in results])
    above = np.array([_spread(r.upper, r.estimate, z, r.observed) for r in results])

    def mixture_cdf(x: float) -> float:
        return float(
            np.mean(
                [
                    _side_cdf(math.log(x - n), c, lo, hi) if x - n > _TINY else 0.0
                    for n, c, lo, hi in zip(seen, centres, below, above, strict=True)
                ]
            )
        )

    observed = min(r.observed for r in results)
    alpha = 1 - level
    bottom = float(observed)
    top_candidates = [r.upper for r in results]
    point = _quantile(mixture_cdf, 0.5, bottom, max(r.estimate for r in results))
    lower = _quantile(mixture_cdf, alpha / 2, bottom, point)
    if not all(math.isfinite(u) for u in top_candidates):
        upper = math.inf
    else:
        upper = _quantile(mixture_cdf, 1 - alpha / 2, point, max(top_candidates))
    estimates = [r.estimate for r in results]
    observed_counts = [r.observed for r in results]
    details: dict[str, Any] = {
        "interval": (
            f"{level:.0%} interval pooled over {len(results)} linkage draws (mixture of each "
            "draw's interval, on the log of its unseen count)"
        ),
        "linkage_draws": len(results),
        "persons_per_draw": {
            "min": min(observed_counts),
            "median": float(np.median(observed_counts)),
            "max": max(observed_counts),
        },
        "estimate_per_draw": {
            "min": min(estimates),
            "median": float(np.median(estimates)),
            "max": max(estimates),
        },
    }
    if certain is not None:
        details["linkage_as_certain"] = {
            "observed": certain.observed,
            "estimate": certain.estimate,
            "lower": certain.lower,
            "upper": certain.upper,
        }
    return EstimateResult(
        results[0].method,
        round(float(np.median(observed_counts))),
        point,
        lower,
        upper,
        details,
    )


#: Unseen counts below this are treated as this (the log of 0 people).
_TINY = 1e-3


def _spread(high: float, low: float, z: float, observed: int) -> float:
    """Standard deviation of log(unseen) implied by one side of an interval (0 when flat)."""
    if not math.isfinite(high):
        return math.inf
    top, bottom = max(high - observed, _TINY), max(low - observed, _TINY)
    if top <= bottom:
        return 0.0
    return (math.log(top) - math.log(bottom)) / z


def _side_cdf(at: float, centre: float, below: float, above: float) -> float:
    """Split normal on the log scale: half its mass on each side of the draw's estimate."""
    if at < centre:
        return 0.0 if below == 0 else float(stats.norm.cdf((at - centre) / below))
    if at == centre:
        return 0.5
    if math.isinf(above):
        return 0.5
    return 1.0 if above == 0 else float(stats.norm.cdf((at - centre) / above))


def _quantile(cdf: Any, q: float, low: float, high: float) -> float:
    """Where the mixture's CDF crosses ``q``, between ``low`` and ``high`` (widened as needed)."""
    low = max(low, 1e-9)
    if cdf(low) >= q:
        return low
    for _ in range(60):
        if cdf(high) >= q:
            break
        high *= 2
    else:
        return math.inf
    return float(optimize.brentq(lambda x: cdf(x) - q, low, high, xtol=0.05))
