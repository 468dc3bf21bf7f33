"""Bayesian non-parametric latent class capture-recapture (Manrique-Vallier 2016, LCMCR).

People belong to latent classes; within a class the lists are independent with class-specific
capture probabilities ``lambda[j, k]``. Class weights get a truncated stick-breaking
(Dirichlet process) prior with concentration ``alpha ~ Gamma(a, b)``, so the data decide how
many classes matter, and ``N`` gets the prior ``p(N) ~ 1/N``. This captures heterogeneity and
the list dependence it induces, which is why HRDAG uses it for casualty lists.

The Gibbs sampler works on capture patterns, not on people: everyone with the same pattern is
exchangeable, so the class memberships of a pattern's ``c`` people are one multinomial draw.
An iteration costs ``O(patterns x lists x classes)`` whatever the number of people, which is why
plain vectorised numpy is fast enough (no numba needed). Steps per iteration:

1. classes of the observed: ``Multinomial(c_p, pi_k prod_j lambda^x (1-lambda)^(1-x))``;
2. the unobserved count ``n0 ~ NegBinomial(n, 1 - pi0)`` (the ``1/N`` prior makes it exact) with
   ``pi0 = sum_k pi_k prod_j (1 - lambda[j, k])``, and their classes in one multinomial draw;
3. ``lambda[j, k] ~ Beta(1 + captures, 1 + misses)``;
4. stick-breaking weights ``V_k ~ Beta(1 + m_k, alpha + sum_{l > k} m_l)``;
5. ``alpha ~ Gamma(a + K - 1, b - sum log(1 - V_k))``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from harmledger.errors import InputError
from harmledger.estimate.diagnostics import effective_sample_size, geweke_z
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureTable
from harmledger.estimate.threads import single_blas_thread

Progress = Callable[[int, int], None]
"""Called as ``progress(iterations_done, iterations_total)`` during sampling."""

_TINY = 1e-300


@dataclass(frozen=True)
class LcmcrSamples:
    """Thinned posterior draws after burn-in."""

    totals: NDArray[np.int64]
    alphas: NDArray[np.float64]
    occupied: NDArray[np.int64]
    seed: int
    classes: int
    burn_in: int
    thinning: int


def sample_lcmcr(
    table: CaptureTable,
    *,
    classes: int = 10,
    burn_in: int = 10_000,
    samples: int = 1_000,
    thinning: int = 10,
    seed: int | None = None,
    a_alpha: float = 0.25,
    b_alpha: float = 0.25,
    progress: Progress | None = None,
) -> LcmcrSamples:
    """Run the Gibbs sampler; the seed (drawn and recorded when ``None``) fixes every draw."""
    with single_blas_thread():
        return _sample(table, classes, burn_in, samples, thinning, seed, a_alpha, b_alpha, progress)


def _sample(
    table: CaptureTable,
    classes: int,
    burn_in: int,
    samples: int,
    thinning: int,
    seed: int | None,
    a_alpha: float,
    b_alpha: float,
    progress: Progress | None,
) -> LcmcrSamples:
    if classes < 2 or samples < 1 or thinning < 1 or burn_in < 0:
        raise InputError("need classes >= 2, samples >= 1, thinning >= 1 and burn_in >= 0")
    if seed is None:
        seed = int(np.random.SeedSequence().generate_state(1)[0])
    rng = np.random.default_rng(seed)
    keep = table.observed_counts() > 0
    x = table.patterns()[keep].astype(float)
    counts = table.observed_counts()[keep]
    n = table.observed
    k = classes
    lam = rng.beta(1.0, 1.0, size=(table.k, k))
    alpha = 1.0
    weights = _stick(rng.beta(1.0, alpha, size=k - 1))
    total_iterations = burn_in + samples * thinning
    every = max(1, total_iterations // 200)
    totals = np.empty(samples, dtype=np.int64)
    alphas = np.empty(samples, dtype=float)
    occupied = np.empty(samples, dtype=np.int64)
    kept = 0
    for it in range(1, total_iterations + 1):
        log_lam = np.log(np.maximum(lam, _TINY))
        log_miss = np.log(np.maximum(1.0 - lam, _TINY))
        log_pi = np.log(np.maximum(weights, _TINY))
        unseen_log = log_pi + log_miss.sum(axis=0)
        logw = x @ (log_lam - log_miss) + unseen_log
        logw -= logw.max(axis=1, keepdims=True)
        probs = np.exp(logw)
        probs /= probs.sum(axis=1, keepdims=True)
        members = rng.multinomial(counts, probs)
        unseen = np.exp(unseen_log)
        pi0 = float(min(unseen.sum(), 1.0 - 1e-12))
        n0 = int(rng.negative_binomial(n, 1.0 - pi0))
        hidden = rng.multinomial(n0, unseen / unseen.sum()) if n0 else np.zeros(k, dtype=np.int64)
        sizes = members.sum(axis=0) + hidden
        caught = x.T @ members
        lam = rng.beta(1.0 + caught, 1.0 + sizes - caught)
        tail = np.cumsum(sizes[::-1])[::-1]
        sticks = np.minimum(rng.beta(1.0 + sizes[:-1], alpha + tail[1:]), 1.0 - 1e-12)
        weights = _stick(sticks)
        alpha = float(rng.gamma(a_alpha + k - 1, 1.0 / (b_alpha - np.log1p(-sticks).sum())))
        if it > burn_in and (it - burn_in) % thinning == 0:
            totals[kept] = n + n0
            alphas[kept] = alpha
            occupied[kept] = int((sizes > 0).sum())
            kept += 1
        if progress is not None and (it % every == 0 or it == total_iterations):
            progress(it, total_iterations)
    return LcmcrSamples(totals, alphas, occupied, seed, k, burn_in, thinning)


def lcmcr(
    table: CaptureTable,
    *,
    classes: int = 10,
    burn_in: int = 10_000,
    samples: int = 1_000,
    thinning: int = 10,
    seed: int | None = None,
    level: float = 0.95,
    progress: Progress | None = None,
) -> EstimateResult:
    """Posterior median of ``N`` with the equal-tailed credible interval and diagnostics."""
    draws = sample_lcmcr(
        table,
        classes=classes,
        burn_in=burn_in,
        samples=samples,
        thinning=thinning,
        seed=seed,
        progress=progress,
    )
    return summarise(table.observed, draws, level)


def summarise(observed: int, draws: LcmcrSamples, level: float = 0.95) -> EstimateResult:
    """Turn posterior draws of ``N`` into an :class:`EstimateResult`."""
    totals = draws.totals.astype(float)
    tail = (1 - level) / 2
    lower, median, upper = np.quantile(totals, [tail, 0.5, 1 - tail])
    ess = effective_sample_size(totals)
    geweke = geweke_z(totals)
    warnings = []
    if ess < 100:
        warnings.append(
            f"effective sample size {ess:.0f} < 100: run longer (more samples or thinning)"
        )
    if abs(geweke) > 2:
        warnings.append(f"Geweke z = {geweke:.1f}: the chain may not have converged; raise burn-in")
    details = {
        "posterior_mean": float(totals.mean()),
        "posterior_median": float(median),
        "posterior_sd": float(totals.std(ddof=1)) if len(totals) > 1 else 0.0,
        "interval": f"{level:.0%} equal-tailed posterior credible interval",
        "estimate_is": "posterior median",
        "effective_sample_size": ess,
        "geweke_z": geweke,
        "samples": len(totals),
        "burn_in": draws.burn_in,
        "thinning": draws.thinning,
        "classes": draws.classes,
        "occupied_classes_mean": float(draws.occupied.mean()),
        "alpha_mean": float(draws.alphas.mean()),
        "seed": draws.seed,
        "prior": "N ~ 1/N; lambda ~ Beta(1,1); alpha ~ Gamma(0.25, 0.25)",
        "warnings": warnings,
        "trace": [int(v) for v in draws.totals],
    }
    return EstimateResult("lcmcr", observed, float(median), float(lower), float(upper), details)


def _stick(sticks: NDArray[np.float64]) -> NDArray[np.float64]:
    """Class weights from stick-breaking proportions (the last class takes the rest)."""
    remaining = np.concatenate(([1.0], np.cumprod(1.0 - sticks)))
    return np.concatenate((sticks, [1.0])) * remaining
