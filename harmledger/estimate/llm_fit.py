"""Fit one log-linear model as a Poisson GLM and profile its likelihood in N.

The fit is a plain IRLS in numpy (what statsmodels' GLM does, without its per-call overhead,
which cost most of the model search): at most 2**k cells and a few dozen columns.

The fitted all-absent cell is ``exp(intercept)``, so ``N = n + exp(b0)``. The profile
likelihood (Cormack 1992) refits the model to the complete table with ``N - n`` people put in
the unobserved cell and adds the multinomial coefficient; its chi-square cut gives intervals
that respect the skew and the bound ``N >= n``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from scipy import optimize, special, stats

from harmledger.estimate.llm_models import Model, design_matrix, ordered_terms
from harmledger.estimate.table import CaptureTable

FloatArray = NDArray[np.float64]

#: A coefficient beyond this (on the log scale) means the fit ran off to a boundary.
BOUNDARY = 25.0
#: The unobserved cell never holds fewer people than this in a profile refit; at exactly 0
#: its coefficient would run to minus infinity.
FLOOR = 0.5


@dataclass(frozen=True)
class ModelFit:
    """One fitted model: likelihood figures, the estimate and how the fit went."""

    model: Model
    n_params: int
    deviance: float
    df: int
    loglik: float
    aic: float
    bic: float
    unseen: float
    estimate: float
    params: FloatArray
    fitted: FloatArray
    converged: bool
    problems: tuple[str, ...] = field(default=())

    @property
    def usable(self) -> bool:
        """Converged to a finite, interior estimate."""
        return self.converged and not self.problems


@dataclass(frozen=True)
class _Glm:
    params: FloatArray
    fittedvalues: FloatArray
    llf: float
    deviance: float
    converged: bool


def _glm(y: FloatArray, x: NDArray[np.int64], start: FloatArray | None) -> tuple[_Glm, list[str]]:
    """Poisson log-link IRLS; stops when the deviance changes by less than 1e-10 (relative)."""
    design = x.astype(float)
    eta = design @ start if start is not None else np.log(y + 0.5)
    problems: list[str] = []
    params = np.zeros(design.shape[1]) if start is None else np.asarray(start, dtype=float)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        mu = np.exp(np.minimum(eta, 700.0))
        deviance = _deviance(y, mu)
        converged = False
        for _ in range(200):
            z = eta + (y - mu) / mu
            root = np.sqrt(mu)
            params, *_ = np.linalg.lstsq(design * root[:, None], z * root, rcond=None)
            eta = design @ params
            if not np.all(np.isfinite(eta)) or eta.max() > 700.0:
                problems.append("overflow in the linear predictor")
                break
            mu = np.exp(eta)
            new = _deviance(y, mu)
            if abs(new - deviance) <= 1e-10 * (abs(new) + 0.1):
                deviance = new
                converged = True
                break
            deviance = new
    if not converged and not problems:
        problems.append("ConvergenceWarning: IRLS did not converge in 200 iterations")
    llf = float(np.sum(y * np.log(np.maximum(mu, 1e-300)) - mu - special.gammaln(y + 1)))
    return _Glm(params, mu, llf, float(deviance), converged), problems


def _deviance(y: FloatArray, mu: FloatArray) -> float:
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(y > 0, y * np.log(y / mu), 0.0) - (y - mu)
    return float(2.0 * terms.sum())


def fit_model(table: CaptureTable, model: Model, near: ModelFit | None = None) -> ModelFit:
    """Fit ``model`` to the observed cells of ``table``.

    ``near``, a fitted neighbouring model, gives starting values (shared terms keep their
    coefficients, new ones start at 0), which saves IRLS steps in stepwise search.
    """
    x = design_matrix(table.k, model)[1:]
    y = table.observed_counts().astype(float)
    start = _start_from(near, model, table.k) if near is not None and near.usable else None
    result, caught = _glm(y, x, start)
    if start is not None and not getattr(result, "converged", True):
        result, caught = _glm(y, x, None)
    params = np.asarray(result.params, dtype=np.float64)
    converged = bool(getattr(result, "converged", True))
    problems = [m for m in caught if "Convergence" in m or "overflow" in m.lower()]
    if not np.all(np.isfinite(params)):
        problems.append("non-finite coefficients")
    elif np.abs(params[1:]).max(initial=0.0) > BOUNDARY:
        problems.append("a coefficient ran off to the boundary (sparse margin)")
    unseen = math.exp(params[0]) if math.isfinite(params[0]) and params[0] < 700 else math.inf
    n = table.observed
    loglik = float(result.llf)
    p = x.shape[1]
    return ModelFit(
        model=model,
        n_params=p,
        deviance=float(result.deviance),
        df=len(y) - p,
        loglik=loglik,
        aic=-2 * loglik + 2 * p,
        bic=-2 * loglik + p * math.log(n),
        unseen=unseen,
        estimate=n + unseen,
        params=params,
        fitted=np.asarray(result.fittedvalues, dtype=np.float64),
        converged=converged,
        problems=tuple(problems),
    )


def _start_from(near: ModelFit, model: Model, k: int) -> FloatArray:
    old = dict(zip(ordered_terms(near.model), near.params[1 + k :], strict=True))
    terms = [old.get(term, 0.0) for term in ordered_terms(model)]
    return np.concatenate((near.params[: 1 + k], np.asarray(terms, dtype=np.float64)))


class Profile:
    """The profile log-likelihood of N for one model, with warm-started refits."""

    def __init__(self, table: CaptureTable, fit: ModelFit) -> None:
        self.n = table.observed
        self.x = design_matrix(table.k, fit.model)
        self.y = table.cells.astype(float)
        self.fit = fit
        self._start = fit.params.copy()
        self._cache: dict[float, float] = {}
        self.peak_at, self.peak = self._maximise()

    def __call__(self, total: float) -> float:
        """``log L(N)`` up to a constant, maximised over the model's other parameters."""
        key = round(float(total), 6)
        if key in self._cache:
            return self._cache[key]
        y = self.y.copy()
        y[0] = max(total - self.n, FLOOR)
        result = None
        for start in (self._start, self.fit.params, None):
            try:
                attempt, _ = _glm(y, self.x, start)
            except (ValueError, np.linalg.LinAlgError):
                continue
            if getattr(attempt, "converged", True) and math.isfinite(attempt.llf):
                result = attempt
                break
        if result is None:
            self._cache[key] = -math.inf
            return -math.inf
        mu = np.asarray(result.fittedvalues, dtype=np.float64)
        self._start = np.asarray(result.params, dtype=np.float64)
        total_fit = mu.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.where(y > 0, y * np.log(mu / total_fit), 0.0)
        value = float(
            special.gammaln(total + 1) - special.gammaln(total - self.n + 1) + terms.sum()
        )
        self._cache[key] = value
        return value

    def _maximise(self) -> tuple[float, float]:
        centre = self.fit.estimate
        high = max(centre * 1.5, self.n + 10.0)
        found = optimize.minimize_scalar(
            lambda t: -self(t),
            bounds=(self.n + FLOOR, high),
            method="bounded",
            options={"xatol": 0.01},
        )
        best_at = float(found.x)
        return best_at, self(best_at)

    def signed_root(self, total: float) -> float:
        """Signed square root of the likelihood-ratio statistic at ``total``."""
        drop = max(2 * (self.peak - self(total)), 0.0)
        return math.copysign(math.sqrt(drop), self.peak_at - total)

    def interval(self, level: float = 0.95, ceiling: float | None = None) -> tuple[float, float]:
        """``{N : 2 (max log L - log L(N)) <= chi2_1(level)}``, never below the observed."""
        cut = float(stats.chi2.ppf(level, 1))

        def excess(t: float) -> float:
            return 2 * (self.peak - self(t)) - cut

        bottom = self.n + FLOOR
        if self.peak_at <= bottom or excess(bottom) <= 0:
            lower = float(self.n)
        else:
            lower = float(optimize.brentq(excess, bottom, self.peak_at, xtol=0.01))
        ceiling = ceiling if ceiling is not None else 1000.0 * self.peak_at + 1e6
        step = max(self.peak_at - self.n, 10.0)
        top = self.peak_at + step
        while excess(top) < 0:
            if top >= ceiling:
                return lower, math.inf
            step *= 2
            top = min(self.peak_at + step, ceiling)
        upper = float(optimize.brentq(excess, self.peak_at, top, xtol=0.01))
        return lower, upper
