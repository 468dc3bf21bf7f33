"""Chao's lower bound and the sample-coverage estimator, from capture frequencies alone.

Both use only how many people were seen once, twice, ...: Chao's (1987) bound is a lower bound
under any heterogeneity of capture probabilities; the sample-coverage estimator (Chao, Lee &
Jeng 1992) corrects for heterogeneity through the coefficient of variation ``gamma``.
"""

from __future__ import annotations

import math

import numpy as np

from harmledger.estimate.result import EstimateResult, lognormal_interval
from harmledger.estimate.table import CaptureFrequencies, CaptureTable


def chao(data: CaptureTable | CaptureFrequencies, level: float = 0.95) -> EstimateResult:
    """Chao's lower bound ``n + (t-1)/t f1^2 / (2 f2)`` with its log-normal interval."""
    freqs = data.frequencies()
    occasions = data.k if isinstance(data, CaptureTable) else data.occasions
    n = data.observed
    f1 = int(freqs[1])
    f2 = int(freqs[2]) if len(freqs) > 2 else 0
    a = 1.0 if occasions is None else (occasions - 1) / occasions
    if f2 > 0:
        ratio = f1 / f2
        unseen = a * f1 * f1 / (2 * f2)
        variance = f2 * (a * a * ratio**4 / 4 + a * a * ratio**3 + a * ratio**2 / 2)
        formula = "n + (t-1)/t * f1^2 / (2 f2)"
    else:
        unseen = a * f1 * (f1 - 1) / 2
        estimate0 = n + unseen
        variance = (
            a * f1 * (f1 - 1) / 2
            + a * a * f1 * (2 * f1 - 1) ** 2 / 4
            - a * a * f1**4 / (4 * estimate0)
        )
        formula = "n + (t-1)/t * f1 (f1 - 1) / 2 (bias-corrected, f2 = 0)"
    estimate = n + unseen
    lower, upper = lognormal_interval(n, estimate, variance, level)
    details: dict[str, object] = {
        "f": [int(v) for v in freqs[1:]],
        "occasions": occasions,
        "formula": formula,
        "std_error": math.sqrt(max(variance, 0.0)),
        "interval": f"{level:.0%} log-normal confidence interval (Chao 1987)",
        "meaning": "a lower bound on the total under heterogeneous capture probabilities",
        "zelterman": _zelterman(n, f1, f2),
    }
    details["sample_coverage"] = sample_coverage(data)
    return EstimateResult("chao", n, estimate, lower, upper, details)


def sample_coverage(data: CaptureTable | CaptureFrequencies) -> dict[str, float | None]:
    """Chao, Lee & Jeng (1992) estimate: ``n/C + f1/C * gamma^2`` with ``C = 1 - f1/D``."""
    freqs = data.frequencies().astype(float)
    times = np.arange(len(freqs), dtype=float)
    captures = float(times @ freqs)
    f1 = float(freqs[1])
    coverage = 1 - f1 / captures
    if coverage <= 0:
        return {"coverage": coverage, "gamma2": None, "estimate": None}
    n = data.observed
    if isinstance(data, CaptureTable):
        sizes = np.array(list(data.list_sizes().values()), dtype=float)
        pairs = captures**2 - float(sizes @ sizes)
    elif data.occasions is not None:
        pairs = captures**2 * (1 - 1 / data.occasions)
    else:
        pairs = captures * (captures - 1)
    repeat = float((times * (times - 1)) @ freqs)
    gamma2 = max(n / coverage * repeat / pairs - 1, 0.0) if pairs > 0 else 0.0
    return {
        "coverage": coverage,
        "gamma2": gamma2,
        "estimate": n / coverage + f1 / coverage * gamma2,
    }


def _zelterman(n: int, f1: int, f2: int) -> float | None:
    """Zelterman's truncated-Poisson estimator ``n / (1 - exp(-2 f2 / f1))``."""
    if f1 == 0 or f2 == 0:
        return None
    return n / (1 - math.exp(-2 * f2 / f1))
