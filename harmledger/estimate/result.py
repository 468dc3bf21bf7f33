"""The one result shape every estimator returns, so the CLI, plots and reports need not care."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from scipy import stats


@dataclass(frozen=True)
class EstimateResult:
    """A population-size estimate with its interval.

    ``observed`` is the number of distinct people on at least one list, ``estimate`` the
    estimated total (documented + undocumented), ``lower``/``upper`` the 95% interval (confidence
    or credible, as ``details["interval"]`` says) and ``details`` the method's own figures.
    """

    method: str
    observed: int
    estimate: float
    lower: float
    upper: float
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def undocumented(self) -> float:
        """Estimated number of people on no list."""
        return self.estimate - self.observed

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping with exactly the six public fields."""
        return {
            "method": self.method,
            "observed": self.observed,
            "estimate": self.estimate,
            "lower": self.lower,
            "upper": self.upper,
            "details": self.details,
        }


def lognormal_interval(
    observed: int, estimate: float, variance: float, level: float = 0.95
) -> tuple[float, float]:
    """Chao's (1987) interval for ``N = n + f0``, log-normal on ``f0``, never below ``n``.

    Used for closed-form estimators whose sampling distribution is skewed to the right.
    """
    unseen = estimate - observed
    if unseen <= 0 or variance <= 0 or not math.isfinite(variance):
        return float(observed), float(estimate) if math.isfinite(estimate) else math.inf
    z = float(stats.norm.ppf(0.5 + level / 2))
    spread = math.exp(z * math.sqrt(math.log(1 + variance / unseen**2)))
    return observed + unseen / spread, observed + unseen * spread
