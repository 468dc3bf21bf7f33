"""Convergence diagnostics for MCMC traces.

Across chains: rank-normalised split R-hat and bulk ESS (Vehtari et al. 2021), computed by
ArviZ so they match what statisticians check elsewhere. For one trace: Geyer's ESS and Geweke's
z-score, kept for single-chain summaries.
"""

from __future__ import annotations

import numpy as np
from arviz_stats.base import array_stats
from numpy.typing import ArrayLike


def split_rhat(draws: ArrayLike) -> float:
    """Rank-normalised split R-hat of ``draws`` shaped (chains, draws); 1.0 for a constant."""
    x = np.asarray(draws, dtype=float)
    if np.ptp(x) == 0:
        return 1.0
    return float(array_stats.rhat(x, chain_axis=0, draw_axis=1, method="rank"))


def bulk_ess(draws: ArrayLike) -> float:
    """Bulk effective sample size of ``draws`` shaped (chains, draws); all draws if constant."""
    x = np.asarray(draws, dtype=float)
    if np.ptp(x) == 0:
        return float(x.size)
    return float(array_stats.ess(x, chain_axis=0, draw_axis=1, method="bulk"))


def autocorrelation(trace: ArrayLike) -> np.ndarray:
    """Autocorrelation at every lag, by FFT (lag 0 is 1)."""
    x = np.asarray(trace, dtype=float)
    x = x - x.mean()
    n = len(x)
    if n < 2 or not x.any():
        return np.ones(1)
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(x, size)
    acov = np.fft.irfft(spectrum * np.conj(spectrum), size)[:n]
    return acov / acov[0]


def effective_sample_size(trace: ArrayLike) -> float:
    """ESS by Geyer's initial monotone positive sequence (as in R's mcmcse/coda style).

    A constant trace counts as its full length.
    """
    x = np.asarray(trace, dtype=float)
    n = len(x)
    rho = autocorrelation(x)
    if len(rho) < 2:
        return float(n)
    pairs = rho[: 2 * ((len(rho) - 1) // 2)].reshape(-1, 2).sum(axis=1)
    positive = np.argmax(pairs <= 0) if (pairs <= 0).any() else len(pairs)
    gammas = np.minimum.accumulate(pairs[:positive])
    tau = -1.0 + 2.0 * gammas.sum()
    return float(n / max(tau, 1.0 / n))


def geweke_z(trace: ArrayLike, first: float = 0.1, last: float = 0.5) -> float:
    """Geweke's z: difference of the means of the first 10% and last 50%, in standard errors."""
    x = np.asarray(trace, dtype=float)
    a = x[: max(int(first * len(x)), 2)]
    b = x[-max(int(last * len(x)), 2) :]

    def var_of_mean(part: np.ndarray) -> float:
        ess = effective_sample_size(part)
        return float(part.var(ddof=1) / ess) if ess > 0 else 0.0

    spread = var_of_mean(a) + var_of_mean(b)
    return float((a.mean() - b.mean()) / np.sqrt(spread)) if spread > 0 else 0.0
