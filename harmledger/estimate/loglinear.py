"""Log-linear multiple systems estimation: model search, ranking, averaging, intervals.

Search: with ``k`` lists, interactions up to order 3 when ``k <= 5`` (order 2 beyond, and
never the ``k``-way term). Every hierarchical model is fitted when there are at most
``max_models`` of them (k = 3, 4, 5 with three-way terms: 8, 113 and 6,212 models, fewer when
a margin is empty); otherwise a bidirectional stepwise search by AIC from the independence
model, adding or dropping one term per step, and the averaging uses every model the search
visited. Fits reuse cached design matrices and start from the independence model's
coefficients.

Before ranking, models are dropped whose maximum likelihood estimate does not exist or leaves
the unseen unidentified (Fienberg & Rinaldo's linear program, :mod:`llm_exists`), and
three-way terms that fewer than ``SPARSE_CELL`` people inform are not candidates
(:func:`thin_terms`): on the sparse 5-list UK table such terms, resting on one or two people,
took the AIC average from 11,594 to 24,710.

Three figures, side by side in the output: the AIC-weighted average over the models within
Occam's window (weight >= 0.1% of the best, at most 25 models), with the model-averaged
profile-likelihood interval (MATA-PL, Fletcher & Turek 2012); and the single BIC-selected
model with its profile interval, which is what Rcapture and the published Kosovo figure report;
and the model forward selection by Poisson p-values reaches (:mod:`llm_stepwise`, the
procedure behind the published UK figure).
The headline is the AIC average (:data:`HEADLINE_RULE`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from scipy import optimize, stats

from harmledger.errors import EstimationError, Invalid
from harmledger.estimate.llm_exists import check_model
from harmledger.estimate.llm_fit import FLOOR, ModelFit, Profile, fit_model
from harmledger.estimate.llm_models import (
    INDEPENDENCE,
    Model,
    addable_terms,
    count_models,
    empty_terms,
    enumerate_models,
    label,
    removable_terms,
    thin_terms,
)
from harmledger.estimate.llm_stepwise import THRESHOLD, stepwise_pvalue
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureTable
from harmledger.estimate.threads import single_blas_thread

Search = Literal["auto", "exhaustive", "stepwise"]

#: Models whose AIC weight is below this fraction of the best model's are left out.
OCCAM_WINDOW = 1e-3
MAX_AVERAGED = 25
HEADLINE_RULE = (
    "headline = AIC-weighted model average with its MATA profile interval, because choosing "
    "one model and then ignoring that choice understates the uncertainty; the BIC-selected "
    "model (the figure Rcapture and the field's reference analyses report) is shown beside it"
)
#: Observed cells with fewer people than this make the warning about sparse cells.
SPARSE_CELL = 5


@dataclass(frozen=True)
class Ranking:
    """All fitted models with their AIC and BIC weights, best AIC first."""

    table: CaptureTable
    fits: list[ModelFit]
    aic_weights: np.ndarray
    bic_weights: np.ndarray
    search: str
    max_order: int
    warnings: list[str]

    def best(self, criterion: Literal["aic", "bic"] = "aic") -> ModelFit:
        """The best usable model by ``criterion``."""
        return min(self.fits, key=lambda f: f.aic if criterion == "aic" else f.bic)


def default_max_order(k: int) -> int:
    """Three-way interactions for up to 5 lists, two-way beyond; never the k-way term."""
    return min(k - 1, 3 if k <= 5 else 2)


def rank_models(
    table: CaptureTable,
    *,
    max_order: int | None = None,
    search: Search = "auto",
    max_models: int = 7000,
) -> Ranking:
    """Fit the candidate models and rank them by AIC (weights for AIC and BIC)."""
    with single_blas_thread():
        return _rank_models(table, max_order=max_order, search=search, max_models=max_models)


def _rank_models(
    table: CaptureTable, *, max_order: int | None, search: Search, max_models: int
) -> Ranking:
    order = default_max_order(table.k) if max_order is None else max_order
    if not 1 <= order <= table.k - 1:
        raise Invalid(f"max_order must be between 1 and {table.k - 1} for {table.k} lists")
    notes: list[str] = []
    blocked = set(empty_terms(table, order))
    if blocked:
        names = ", ".join(
            "*".join(table.lists[j] for j in term)
            for term in sorted(blocked, key=lambda t: (len(t), t))
        )
        notes.append(f"no one is on all lists of {names}: models with these terms are skipped")
    thin = thin_terms(table, order, SPARSE_CELL)
    if thin:
        names = ", ".join("*".join(table.lists[j] for j in term) for term in thin)
        notes.append(
            f"fewer than {SPARSE_CELL} people are on all lists of {names}: these higher-order "
            "terms cannot be estimated and models with them are skipped"
        )
        blocked |= set(thin)
    sparse = int((table.observed_counts() < SPARSE_CELL).sum())
    if sparse:
        notes.append(
            f"{sparse} of {2**table.k - 1} observed cells hold fewer than {SPARSE_CELL} people; "
            "estimates from models with many interactions are fragile"
        )
    count = count_models(table.k, order)
    if search == "auto":
        search = "exhaustive" if count is not None and count <= max_models else "stepwise"
    if search == "exhaustive":
        if order > 3:
            raise Invalid("exhaustive search supports interactions up to order 3")
        candidates: Iterable[Model] = (
            m for m in enumerate_models(table.k, order) if not (m & blocked)
        )
        base = fit_model(table, INDEPENDENCE)
        fits = [base if m == INDEPENDENCE else fit_model(table, m, base) for m in candidates]
    else:
        fits = _stepwise(table, order, blocked)
    if (table.observed_counts() == 0).any():
        kept = [f for f in fits if check_model(table, f.model).admissible]
        if len(kept) < len(fits):
            notes.append(
                f"{len(fits) - len(kept)} model(s) have no maximum likelihood estimate or leave "
                "the unseen unidentified on this table's empty cells and were dropped"
            )
        fits = kept
    bad = [f for f in fits if not f.usable]
    if bad:
        notes.append(f"{len(bad)} model(s) did not converge to a finite estimate and were dropped")
    fits = sorted((f for f in fits if f.usable), key=lambda f: f.aic)
    if not fits:
        raise EstimationError("no log-linear model could be fitted to this table")
    return Ranking(
        table,
        fits,
        _weights([f.aic for f in fits]),
        _weights([f.bic for f in fits]),
        search,
        order,
        notes,
    )


def loglinear(
    table: CaptureTable,
    *,
    max_order: int | None = None,
    search: Search = "auto",
    max_models: int = 7000,
    level: float = 0.95,
    ranking: Ranking | None = None,
) -> EstimateResult:
    """Model-averaged log-linear estimate with a MATA profile-likelihood interval."""
    with single_blas_thread():
        return _loglinear(table, max_order, search, max_models, level, ranking)


def _loglinear(
    table: CaptureTable,
    max_order: int | None,
    search: Search,
    max_models: int,
    level: float,
    ranking: Ranking | None,
) -> EstimateResult:
    ranking = ranking or rank_models(
        table, max_order=max_order, search=search, max_models=max_models
    )
    fits = ranking.fits
    weights = ranking.aic_weights
    keep = [i for i in range(len(fits)) if weights[i] >= OCCAM_WINDOW * weights[0]][:MAX_AVERAGED]
    chosen = [fits[i] for i in keep]
    w = weights[keep] / weights[keep].sum()
    estimate = float(w @ np.array([f.estimate for f in chosen]))
    profiles = [Profile(table, f) for f in chosen]
    singles = [p.interval(level) for p in profiles]
    lower, upper = _mata(profiles, w, singles, level, table.observed)
    best_aic, best_bic = ranking.best("aic"), ranking.best("bic")
    bic_interval = Profile(table, best_bic).interval(level)
    stepped = stepwise_pvalue(table)
    stepped_interval = Profile(table, stepped).interval(level)
    lists = table.lists
    models: list[dict[str, Any]] = []
    for i, fit in enumerate(fits[:10]):
        row = _describe(fit, lists)
        row["aic_weight"] = float(weights[i])
        row["bic_weight"] = float(ranking.bic_weights[fits.index(fit)])
        if i in keep:
            row["lower"], row["upper"] = singles[keep.index(i)]
        models.append(row)
    details: dict[str, Any] = {
        "lists": list(lists),
        "search": ranking.search,
        "max_order": ranking.max_order,
        "models_fitted": len(fits),
        "models_averaged": len(chosen),
        "best_aic": {**_describe(best_aic, lists), "lower": singles[0][0], "upper": singles[0][1]},
        "best_bic": {
            **_describe(best_bic, lists),
            **dict(zip(("lower", "upper"), bic_interval, strict=True)),
        },
        "independence": next((_describe(f, lists) for f in fits if f.model == INDEPENDENCE), None),
        "headline": "aic_average",
        "headline_rule": HEADLINE_RULE,
        "side_by_side": {
            "aic_average": {
                "estimate": estimate,
                "lower": lower,
                "upper": upper,
                "models": len(chosen),
            },
            "bic_selected": {
                "estimate": best_bic.estimate,
                "lower": bic_interval[0],
                "upper": bic_interval[1],
                "model": label(best_bic.model, lists),
            },
            "stepwise_pvalue": {
                "estimate": stepped.estimate,
                "lower": stepped_interval[0],
                "upper": stepped_interval[1],
                "model": label(stepped.model, lists),
                "threshold": THRESHOLD,
            },
        },
        "models": models,
        "interval": f"{level:.0%} model-averaged profile-likelihood interval (MATA-PL)",
        "warnings": ranking.warnings,
    }
    return EstimateResult("loglinear", table.observed, estimate, lower, upper, details)


# internals ---------------------------------------------------------------------------------


def _weights(criteria: list[float]) -> np.ndarray:
    values = np.asarray(criteria, dtype=float)
    raw = np.exp(-(values - values.min()) / 2)
    return raw / raw.sum()


def _describe(fit: ModelFit, lists: tuple[str, ...]) -> dict[str, Any]:
    return {
        "model": label(fit.model, lists),
        "estimate": fit.estimate,
        "deviance": fit.deviance,
        "df": fit.df,
        "aic": fit.aic,
        "bic": fit.bic,
    }


def _stepwise(table: CaptureTable, order: int, blocked: set[tuple[int, ...]]) -> list[ModelFit]:
    seen: dict[Model, ModelFit] = {}

    def get(model: Model, near: ModelFit | None = None) -> ModelFit:
        if model not in seen:
            seen[model] = fit_model(table, model, near)
        return seen[model]

    def score(fit: ModelFit) -> float:
        return fit.aic if fit.usable else math.inf

    current = get(INDEPENDENCE)
    for _ in range(4 * table.k * table.k):
        moves = [current.model | {t} for t in addable_terms(current.model, table.k, order)]
        moves = [m for m in moves if not (m & blocked)]
        moves += [current.model - {t} for t in removable_terms(current.model)]
        if not moves:
            break
        best = min((get(m, current) for m in moves), key=score)
        if score(best) >= score(current) - 1e-9:
            break
        current = best
    return list(seen.values())


def _mata(
    profiles: list[Profile],
    weights: np.ndarray,
    singles: list[tuple[float, float]],
    level: float,
    observed: int,
) -> tuple[float, float]:
    """Solve ``sum_i w_i P(model i's root beyond N) = alpha/2`` on each side."""
    if len(profiles) == 1:
        return singles[0]
    alpha = 1 - level

    def tail_low(total: float) -> float:
        return (
            sum(
                w * (1 - stats.norm.cdf(p.signed_root(total)))
                for w, p in zip(weights, profiles, strict=True)
            )
            - alpha / 2
        )

    def tail_high(total: float) -> float:
        return (
            sum(
                w * stats.norm.cdf(p.signed_root(total))
                for w, p in zip(weights, profiles, strict=True)
            )
            - alpha / 2
        )

    lows = [s[0] for s in singles]
    highs = [s[1] for s in singles]
    peak_high = max(p.peak_at for p in profiles)
    bottom = observed + FLOOR
    if tail_low(bottom) >= 0:
        lower = float(observed)
    else:
        lower = float(optimize.brentq(tail_low, max(bottom, min(lows)), peak_high, xtol=0.5))
    if not all(math.isfinite(h) for h in highs):
        return lower, math.inf
    peak_low = min(p.peak_at for p in profiles)
    upper = float(optimize.brentq(tail_high, peak_low, max(highs), xtol=0.5))
    return lower, upper
