"""Bayesian non-parametric latent class capture-recapture (Manrique-Vallier 2016, LCMCR).

People belong to latent classes; within a class the lists are independent with class-specific
capture probabilities ``lambda[j, k]``. Class weights get a truncated stick-breaking
(Dirichlet process) prior with concentration ``alpha ~ Gamma(a, b)``, so the data decide how
many classes matter, and ``N`` gets the prior ``p(N) ~ 1/N``. This captures heterogeneity and
the list dependence it induces, which is why HRDAG uses it for casualty lists.

The Gibbs sweep (:mod:`harmledger.estimate.lcmcr_kernel`, compiled by numba) works on capture
patterns, not on people, so an iteration costs ``O(patterns x lists x classes)``. Steps:

1. classes of the observed: ``Multinomial(c_p, pi_k prod_j lambda^x (1-lambda)^(1-x))``;
2. the unobserved count ``n0 ~ NegBinomial(n, 1 - pi0)`` (the ``1/N`` prior makes it exact) with
   ``pi0 = sum_k pi_k prod_j (1 - lambda[j, k])``, and their classes in one multinomial draw;
3. ``lambda[j, k] ~ Beta(1 + captures, 1 + misses)``;
4. stick-breaking weights ``V_k ~ Beta(1 + m_k, alpha + sum_{l > k} m_l)``;
5. ``alpha ~ Gamma(a + K - 1, b - sum log(1 - V_k))``.

By default it runs until converged: several chains from dispersed starts, extended (doubling the
draws) until the rank-normalised split R-hat of ``N`` is at most 1.01 and its bulk ESS at least
400; if R-hat is the failing check the first half of the draws is discarded as further burn-in.
A time budget bounds the run: when it runs out first, :class:`ConvergenceError` says so rather
than return a number from chains that disagree. The stopping rule depends on the draws only, so
a seed fixes the result whatever the machine's speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from harmledger.errors import EstimationError, Invalid
from harmledger.estimate.diagnostics import bulk_ess, geweke_z, split_rhat
from harmledger.estimate.lcmcr_kernel import run_sweeps
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureTable
from harmledger.estimate.threads import single_blas_thread

Progress = Callable[[int, int], None]
"""Called as ``progress(iterations_done, iterations_planned)``; the plan grows if the chains
need more draws to converge."""

TARGET_RHAT = 1.01
TARGET_ESS = 400.0


class ConvergenceError(EstimationError):
    """The chains did not reach the R-hat and ESS targets within the time budget."""


@dataclass(frozen=True)
class LcmcrSamples:
    """Thinned posterior draws after burn-in, shaped (chains, draws), with diagnostics on N."""

    totals: NDArray[np.int64]
    alphas: NDArray[np.float64]
    occupied: NDArray[np.int64]
    seed: int
    classes: int
    burn_in: int
    thinning: int
    rhat: float
    ess_bulk: float
    converged: bool
    iterations: int
    seconds: float


@dataclass
class _Chain:
    rng: np.random.Generator
    lam: NDArray[np.float64]
    sticks: NDArray[np.float64]
    state: NDArray[np.float64]
    totals: list[NDArray[np.int64]]
    alphas: list[NDArray[np.float64]]
    occupied: list[NDArray[np.int64]]


def sample_lcmcr(
    table: CaptureTable,
    *,
    classes: int = 10,
    chains: int = 4,
    burn_in: int = 10_000,
    samples: int = 1_000,
    thinning: int = 10,
    seed: int | None = None,
    a_alpha: float = 0.25,
    b_alpha: float = 0.25,
    converge: bool = True,
    max_seconds: float = 300.0,
    progress: Progress | None = None,
) -> LcmcrSamples:
    """Run ``chains`` Gibbs chains; ``samples`` draws per chain at least, more until converged.

    With ``converge=False`` exactly ``burn_in + samples * thinning`` iterations per chain run
    and the diagnostics are only reported. The seed (drawn and recorded when ``None``) fixes
    every draw.
    """
    if classes < 2 or samples < 4 or thinning < 1 or burn_in < 0 or chains < 1:
        raise Invalid(
            "need classes >= 2, chains >= 1, samples >= 4, thinning >= 1 and burn_in >= 0"
        )
    if converge and chains < 2:
        raise Invalid("convergence needs at least 2 chains to compare (or converge=False)")
    if seed is None:
        seed = int(np.random.SeedSequence().generate_state(1)[0])
    with single_blas_thread():
        return _sample(
            table, classes, chains, burn_in, samples, thinning, seed, a_alpha, b_alpha,
            converge, max_seconds, progress,
        )  # fmt: skip


def _sample(
    table: CaptureTable,
    classes: int,
    chains: int,
    burn_in: int,
    samples: int,
    thinning: int,
    seed: int,
    a_alpha: float,
    b_alpha: float,
    converge: bool,
    max_seconds: float,
    progress: Progress | None,
) -> LcmcrSamples:
    keep = table.observed_counts() > 0
    x = np.ascontiguousarray(table.patterns()[keep], dtype=np.int8)
    counts = np.ascontiguousarray(table.observed_counts()[keep], dtype=np.int64)
    n = table.observed
    runs = [_start(np.random.default_rng(s), table.k, classes) for s in _spawn(seed, chains)]
    started = time.process_time()
    done = 0
    planned = chains * (burn_in + samples * thinning)

    def advance(run: _Chain, iterations: int, store: bool) -> None:
        nonlocal done
        step = max(thinning, (iterations // 20) // thinning * thinning)
        left = iterations
        while left > 0:
            now = min(step, left)
            out = run_sweeps(
                run.rng, x, counts, n, run.lam, run.sticks, run.state, a_alpha, b_alpha,
                now, thinning if store else now,
            )  # fmt: skip
            if store:
                run.totals.append(out[0])
                run.alphas.append(out[1])
                run.occupied.append(out[2])
            left -= now
            done += now
            if progress is not None:
                progress(done, planned)

    for run in runs:
        advance(run, burn_in, store=False)
    discarded = burn_in
    batch = samples
    while True:
        for run in runs:
            advance(run, batch * thinning, store=True)
        totals = np.array([np.concatenate(run.totals) for run in runs])
        rhat = split_rhat(totals) if chains > 1 else float("nan")
        ess = bulk_ess(totals)
        converged = chains > 1 and rhat <= TARGET_RHAT and ess >= TARGET_ESS
        seconds = time.process_time() - started
        if converged or not converge:
            break
        kept = totals.shape[1]
        if rhat > TARGET_RHAT:
            for run in runs:
                _drop_first(run, kept // 2)
            discarded += (kept // 2) * thinning
        batch = kept
        if seconds * 2 > max_seconds:
            raise ConvergenceError(
                f"lcmcr did not converge within the {max_seconds:.0f} s budget: after "
                f"{done // chains:,} iterations per chain, R-hat of N {rhat:.3f} (target <= "
                f"{TARGET_RHAT}) and bulk ESS {ess:.0f} (target >= {TARGET_ESS:.0f}). Raise "
                "--max-seconds, or --thinning, or look for a table the model cannot fit"
            )
        planned = done + chains * batch * thinning
    return LcmcrSamples(
        totals=totals,
        alphas=np.array([np.concatenate(run.alphas) for run in runs]),
        occupied=np.array([np.concatenate(run.occupied) for run in runs]),
        seed=seed,
        classes=classes,
        burn_in=discarded,
        thinning=thinning,
        rhat=rhat,
        ess_bulk=ess,
        converged=converged,
        iterations=done // chains,
        seconds=seconds,
    )


def _spawn(seed: int, chains: int) -> list[int]:
    children = np.random.SeedSequence(seed).spawn(chains)
    return [int(child.generate_state(1)[0]) for child in children]


def _start(rng: np.random.Generator, lists: int, classes: int) -> _Chain:
    """Dispersed start: capture probabilities and stick proportions uniform at random."""
    lam = rng.beta(1.0, 1.0, size=(lists, classes))
    sticks = np.minimum(rng.beta(1.0, 1.0, size=classes - 1), 1.0 - 1e-12)
    return _Chain(rng, lam, sticks, np.array([1.0]), [], [], [])


def _drop_first(run: _Chain, draws: int) -> None:
    for name in ("totals", "alphas", "occupied"):
        joined = np.concatenate(getattr(run, name))
        setattr(run, name, [joined[draws:]])


def lcmcr(
    table: CaptureTable,
    *,
    classes: int = 10,
    chains: int = 4,
    burn_in: int = 10_000,
    samples: int = 1_000,
    thinning: int = 10,
    seed: int | None = None,
    level: float = 0.95,
    converge: bool = True,
    max_seconds: float = 300.0,
    progress: Progress | None = None,
) -> EstimateResult:
    """Posterior median of ``N`` with the equal-tailed credible interval and diagnostics."""
    draws = sample_lcmcr(
        table,
        classes=classes,
        chains=chains,
        burn_in=burn_in,
        samples=samples,
        thinning=thinning,
        seed=seed,
        converge=converge,
        max_seconds=max_seconds,
        progress=progress,
    )
    return summarise(table.observed, draws, level)


def summarise(observed: int, draws: LcmcrSamples, level: float = 0.95) -> EstimateResult:
    """Turn posterior draws of ``N`` into an :class:`EstimateResult`."""
    totals = draws.totals.astype(float).ravel()
    tail = (1 - level) / 2
    lower, median, upper = np.quantile(totals, [tail, 0.5, 1 - tail])
    first = draws.totals[0].astype(float)
    geweke = geweke_z(first)
    warnings = []
    if not draws.converged:
        warnings.append(
            f"not converged: R-hat {draws.rhat:.3f} (target <= {TARGET_RHAT}), bulk ESS "
            f"{draws.ess_bulk:.0f} (target >= {TARGET_ESS:.0f}); run with convergence on"
        )
    details = {
        "posterior_mean": float(totals.mean()),
        "posterior_median": float(median),
        "posterior_sd": float(totals.std(ddof=1)) if len(totals) > 1 else 0.0,
        "interval": f"{level:.0%} equal-tailed posterior credible interval",
        "estimate_is": "posterior median",
        "converged": draws.converged,
        "rhat": draws.rhat,
        "effective_sample_size": draws.ess_bulk,
        "convergence_rule": (
            f"rank-normalised split R-hat <= {TARGET_RHAT} and bulk ESS >= {TARGET_ESS:.0f} on N"
        ),
        "geweke_z_first_chain": geweke,
        "chains": int(draws.totals.shape[0]),
        "samples": len(totals),
        "iterations_per_chain": draws.iterations,
        "burn_in": draws.burn_in,
        "thinning": draws.thinning,
        "cpu_seconds": round(draws.seconds, 2),
        "classes": draws.classes,
        "occupied_classes_mean": float(draws.occupied.mean()),
        "alpha_mean": float(draws.alphas.mean()),
        "seed": draws.seed,
        "prior": "N ~ 1/N; lambda ~ Beta(1,1); alpha ~ Gamma(0.25, 0.25)",
        "warnings": warnings,
        "trace": [int(v) for v in draws.totals.ravel()],
    }
    return EstimateResult("lcmcr", observed, float(median), float(lower), float(upper), details)
