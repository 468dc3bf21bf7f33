"""Two-list (dual-system) estimators: Lincoln-Petersen and Chapman's bias-corrected form.

Both assume the two lists are independent and everyone is equally likely to be listed; with
positively dependent lists (common in casualty recording) they underestimate.
"""

from __future__ import annotations

from collections.abc import Sequence

from harmledger.errors import EstimationError, Invalid
from harmledger.estimate.result import EstimateResult, lognormal_interval
from harmledger.estimate.table import CaptureTable


def _two(table: CaptureTable, lists: Sequence[str] | None) -> tuple[CaptureTable, int, int, int]:
    if lists is not None:
        table = table.select(lists)
    if table.k != 2:
        raise Invalid(
            f"two-list estimators need exactly 2 lists, the table has {table.k} "
            f"({', '.join(table.lists)}); choose two with lists=(A, B) / --lists A,B"
        )
    n1 = int(table.cells[1] + table.cells[3])
    n2 = int(table.cells[2] + table.cells[3])
    return table, n1, n2, int(table.cells[3])


def lincoln_petersen(
    table: CaptureTable, lists: Sequence[str] | None = None, level: float = 0.95
) -> EstimateResult:
    """``N = n1 n2 / m`` with Seber's variance and a log-normal interval."""
    table, n1, n2, m = _two(table, lists)
    if m == 0:
        raise EstimationError("the two lists share nobody; Lincoln-Petersen is infinite")
    estimate = n1 * n2 / m
    variance = n1 * n2 * (n1 - m) * (n2 - m) / m**3
    lower, upper = lognormal_interval(table.observed, estimate, variance, level)
    return EstimateResult(
        "lincoln-petersen",
        table.observed,
        estimate,
        lower,
        upper,
        _details(table, n1, n2, m, variance, level),
    )


def chapman(
    table: CaptureTable, lists: Sequence[str] | None = None, level: float = 0.95
) -> EstimateResult:
    """``N = (n1+1)(n2+1)/(m+1) - 1``: nearly unbiased, defined even when ``m = 0``."""
    table, n1, n2, m = _two(table, lists)
    estimate = (n1 + 1) * (n2 + 1) / (m + 1) - 1
    variance = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) ** 2 * (m + 2))
    lower, upper = lognormal_interval(table.observed, estimate, variance, level)
    return EstimateResult(
        "chapman",
        table.observed,
        estimate,
        lower,
        upper,
        _details(table, n1, n2, m, variance, level),
    )


def _details(
    table: CaptureTable, n1: int, n2: int, m: int, variance: float, level: float
) -> dict[str, object]:
    return {
        "lists": list(table.lists),
        "n1": n1,
        "n2": n2,
        "both": m,
        "std_error": variance**0.5,
        "interval": f"{level:.0%} log-normal confidence interval (Chao 1987)",
        "assumes": "independent lists, homogeneous capture probabilities",
    }
