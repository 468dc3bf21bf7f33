"""Run every estimator on the published capture tables in ``<eval>/mse`` (read at run time).

Only two of the tables come with a published total we compare against: Kosovo 1999 (10,356
killed; Ball et al. 2002) and UK modern slavery 2013 (10,000-13,000; Silverman 2014). Two-list
methods run on the two largest lists of a table, which the row's note says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harmledger.errors import HarmledgerError
from harmledger.estimate.methods import METHODS, estimate
from harmledger.estimate.readers import read_capture_data
from harmledger.estimate.table import CaptureTable

PUBLISHED = {
    "kosovo_capture_table.csv": (10_356, 10_356, "Ball et al. 2002, report to the ICTY"),
    "kosovo_aggregate.csv": (10_356, 10_356, "Ball et al. 2002, report to the ICTY"),
    "sparsemse_UKdat.csv": (10_000, 13_000, "UK Home Office 2014 (Silverman)"),
    "sparsemse_UKdat_5.csv": (10_000, 13_000, "UK Home Office 2014 (Silverman)"),
}


@dataclass(frozen=True)
class EvalRow:
    """One method on one table: the figures, or why there are none."""

    dataset: str
    lists: int | None
    observed: int
    method: str
    estimate: float | None
    lower: float | None
    upper: float | None
    note: str
    published: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready mapping."""
        return dict(self.__dict__)


def evaluate_mse(
    folder: Path,
    *,
    methods: Sequence[str] = METHODS,
    seed: int = 2016,
    on_row: Callable[[EvalRow], None] | None = None,
    **options: Any,
) -> list[EvalRow]:
    """Every method on every ``*.csv`` in ``folder``, in file-name order."""
    rows: list[EvalRow] = []
    for path in sorted(folder.glob("*.csv")):
        data = read_capture_data(path)
        published = _published(path.name)
        k = data.k if isinstance(data, CaptureTable) else None
        for method in methods:
            lists = None
            note = ""
            if method in ("chapman", "lincoln-petersen") and k is not None and k > 2:
                sizes = data.list_sizes()  # type: ignore[union-attr]
                lists = sorted(sizes, key=lambda name: -sizes[name])[:2]
                note = f"two largest lists: {', '.join(lists)}"
            try:
                result = estimate(data, method, lists=lists, seed=seed, **options)
            except HarmledgerError as error:
                row = EvalRow(
                    path.name, k, data.observed, method, None, None, None, str(error), published
                )
            else:
                note = "; ".join(filter(None, [note, _note(result.method, result.details)]))
                row = EvalRow(
                    path.name,
                    k,
                    data.observed,
                    method,
                    result.estimate,
                    result.lower,
                    result.upper,
                    note,
                    published,
                )
            rows.append(row)
            if on_row is not None:
                on_row(row)
    return rows


def _published(name: str) -> str:
    if name not in PUBLISHED:
        return ""
    low, high, source = PUBLISHED[name]
    figure = f"{low:,}" if low == high else f"{low:,}-{high:,}"
    return f"{figure} ({source})"


def _note(method: str, details: dict[str, Any]) -> str:
    if method == "loglinear":
        best_aic, best_bic = details["best_aic"], details["best_bic"]
        stepped = details["side_by_side"]["stepwise_pvalue"]
        return (
            f"{details['search']}, {details['models_fitted']} models; best AIC "
            f"{best_aic['estimate']:,.0f}, best BIC {best_bic['estimate']:,.0f} "
            f"({best_bic['model']}); stepwise p-value {stepped['estimate']:,.0f} "
            f"[{stepped['lower']:,.0f}-{stepped['upper']:,.0f}] ({stepped['model']})"
        )
    if method == "lcmcr":
        return (
            f"mean {details['posterior_mean']:,.0f}, {details['chains']} chains, R-hat "
            f"{details['rhat']:.3f}, bulk ESS {details['effective_sample_size']:.0f}, "
            f"seed {details['seed']}"
        )
    if method == "dga":
        best = details["top_models"][0]
        return (
            f"mean {details['posterior_mean']:,.0f}, {details['models_averaged']} models "
            f"averaged; most probable {best['model']} ({best['probability']:.2f}): "
            f"{best['estimate']:,.0f}"
        )
    if method == "chao":
        coverage = details["sample_coverage"]["estimate"]
        return f"sample coverage {coverage:,.0f}" if coverage is not None else ""
    return ""
