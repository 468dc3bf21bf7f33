"""One entry point over all estimators, by name, as the CLI and the evaluation use them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from harmledger.errors import Invalid
from harmledger.estimate.chao import chao
from harmledger.estimate.dga import dga
from harmledger.estimate.lcmcr import Progress, lcmcr
from harmledger.estimate.loglinear import loglinear
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureFrequencies, CaptureTable
from harmledger.estimate.twolist import chapman, lincoln_petersen

METHODS = ("chapman", "lincoln-petersen", "loglinear", "chao", "lcmcr", "dga")

#: Options each method accepts besides the table (others are ignored, so one call fits all).
_OPTIONS = {
    "chapman": ("level",),
    "lincoln-petersen": ("level",),
    "loglinear": ("level", "max_order", "search", "max_models"),
    "chao": ("level",),
    "dga": ("level", "delta"),
    "lcmcr": (
        "level",
        "classes",
        "chains",
        "burn_in",
        "samples",
        "thinning",
        "seed",
        "converge",
        "max_seconds",
        "progress",
    ),
}


def estimate(
    data: CaptureTable | CaptureFrequencies,
    method: str,
    *,
    lists: Sequence[str] | None = None,
    seed: int | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> EstimateResult:
    """Run ``method`` (one of :data:`METHODS`) on a table, optionally restricted to ``lists``."""
    if method not in METHODS:
        raise Invalid(f"unknown method '{method}'; choose one of {', '.join(METHODS)}")
    if isinstance(data, CaptureFrequencies):
        if method != "chao":
            raise Invalid(
                f"'{method}' needs list memberships; capture frequencies only support 'chao'"
            )
        return chao(data, **_pick("chao", options))
    if lists is not None:
        data = data.select(lists)
    options = {**options, "seed": seed, "progress": progress}
    kwargs = _pick(method, options)
    if method == "chapman":
        return chapman(data, **kwargs)
    if method == "lincoln-petersen":
        return lincoln_petersen(data, **kwargs)
    if method == "loglinear":
        return loglinear(data, **kwargs)
    if method == "chao":
        return chao(data, **kwargs)
    if method == "dga":
        return dga(data, **kwargs)
    return lcmcr(data, **kwargs)


def _pick(method: str, options: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in options.items() if k in _OPTIONS[method] and v is not None}
