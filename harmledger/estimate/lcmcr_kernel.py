"""The LCMCR Gibbs sweep, compiled by numba (cached on disk after the first call).

One sweep works on capture patterns, not people: the ``c`` people sharing a pattern are
exchangeable, so their latent classes are one multinomial draw (drawn as sequential
binomials). A sweep costs ``O(patterns x lists x classes)`` whatever the number of people.
Every draw comes from the NumPy ``Generator`` passed in, so a seed fixes the chain exactly.
"""

from __future__ import annotations

import math

import numpy as np
from numba import njit
from numpy.typing import NDArray

_TINY = 1e-300
_STICK_MAX = 1.0 - 1e-12
_ONE_BY_ONE = 12  # below this many people, categorical draws beat K binomials


@njit(cache=True, nogil=True)
def _multinomial(rng, n, probs, order, out):  # type: ignore[no-untyped-def]
    """``out += Multinomial(n, probs)`` (``probs`` sums to 1), visiting classes in ``order``
    (likeliest first, so the draw ends early): a few people one by one by inversion, more by
    sequential binomials."""
    last = len(probs) - 1
    if n <= _ONE_BY_ONE:
        for _ in range(n):
            u = rng.random()
            i = 0
            acc = probs[order[0]]
            while u > acc and i < last:
                i += 1
                acc += probs[order[i]]
            out[order[i]] += 1
        return
    left = n
    rest = 1.0
    for i in range(last):
        if left == 0:
            return
        k = order[i]
        p = probs[k] / rest if rest > 0.0 else 1.0
        if p >= 1.0:
            out[k] += left
            return
        m = rng.binomial(left, p) if p > 0.0 else 0
        out[k] += m
        left -= m
        rest -= probs[k]
    out[order[last]] += left


@njit(cache=True, nogil=True)
def sweeps(  # type: ignore[no-untyped-def]
    rng,
    x,
    counts,
    n,
    lam,
    sticks,
    state,
    a_alpha,
    b_alpha,
    iterations,
    thinning,
    totals,
    alphas,
    occupied,
):
    """Run ``iterations`` sweeps in place on ``lam`` (lists x classes), ``sticks`` (classes-1)
    and ``state`` (``[alpha]``); store every ``thinning``-th ``N``, alpha and occupied classes.
    """
    lists, k = lam.shape
    patterns = x.shape[0]
    alpha = state[0]
    log_lam = np.empty((lists, k))
    log_miss = np.empty((lists, k))
    log_pi = np.empty(k)
    unseen = np.empty(k)
    probs = np.empty(k)
    members = np.zeros(k, dtype=np.int64)
    sizes = np.zeros(k, dtype=np.int64)
    caught = np.zeros((lists, k), dtype=np.int64)
    weights = np.empty(k)
    kept = 0
    for it in range(1, iterations + 1):
        remaining = 1.0
        for c in range(k - 1):
            weights[c] = sticks[c] * remaining
            remaining *= 1.0 - sticks[c]
        weights[k - 1] = remaining
        order = np.argsort(-weights)
        for c in range(k):
            log_pi[c] = math.log(max(weights[c], _TINY))
            miss = log_pi[c]
            for j in range(lists):
                log_lam[j, c] = math.log(max(lam[j, c], _TINY))
                log_miss[j, c] = math.log(max(1.0 - lam[j, c], _TINY))
                miss += log_miss[j, c]
            unseen[c] = miss
        sizes[:] = 0
        caught[:, :] = 0
        for p in range(patterns):
            top = -np.inf
            for c in range(k):
                value = log_pi[c]
                for j in range(lists):
                    value += log_lam[j, c] if x[p, j] else log_miss[j, c]
                probs[c] = value
                if value > top:
                    top = value
            norm = 0.0
            for c in range(k):
                probs[c] = math.exp(probs[c] - top)
                norm += probs[c]
            for c in range(k):
                probs[c] /= norm
            members[:] = 0
            _multinomial(rng, counts[p], probs, order, members)
            for c in range(k):
                m = members[c]
                if m:
                    sizes[c] += m
                    for j in range(lists):
                        if x[p, j]:
                            caught[j, c] += m
        pi0 = 0.0
        for c in range(k):
            unseen[c] = math.exp(unseen[c])
            pi0 += unseen[c]
        pi0 = min(pi0, _STICK_MAX)
        # n0 ~ NegBinomial(n, 1 - pi0) as a gamma-Poisson mixture (exact under p(N) ~ 1/N).
        n0 = rng.poisson(rng.gamma(n, pi0 / (1.0 - pi0))) if pi0 > 0.0 else 0
        if n0:
            for c in range(k):
                probs[c] = unseen[c] / pi0 if pi0 > 0.0 else 1.0 / k
            _multinomial(rng, n0, probs, order, sizes)
        for j in range(lists):
            for c in range(k):
                lam[j, c] = rng.beta(1.0 + caught[j, c], 1.0 + sizes[c] - caught[j, c])
        tail = 0
        for c in range(k):
            tail += sizes[c]
        log_rest = 0.0
        for c in range(k - 1):
            tail -= sizes[c]
            v = min(rng.beta(1.0 + sizes[c], alpha + tail), _STICK_MAX)
            sticks[c] = v
            log_rest += math.log1p(-v)
        alpha = rng.gamma(a_alpha + k - 1, 1.0 / (b_alpha - log_rest))
        if it % thinning == 0:
            totals[kept] = n + n0
            alphas[kept] = alpha
            used = 0
            for c in range(k):
                if sizes[c] > 0:
                    used += 1
            occupied[kept] = used
            kept += 1
    state[0] = alpha


def run_sweeps(
    rng: np.random.Generator,
    x: NDArray[np.int8],
    counts: NDArray[np.int64],
    n: int,
    lam: NDArray[np.float64],
    sticks: NDArray[np.float64],
    state: NDArray[np.float64],
    a_alpha: float,
    b_alpha: float,
    iterations: int,
    thinning: int,
) -> tuple[NDArray[np.int64], NDArray[np.float64], NDArray[np.int64]]:
    """Typed wrapper: advance one chain and return its kept ``N``, alpha and occupied classes."""
    draws = iterations // thinning
    totals = np.empty(draws, dtype=np.int64)
    alphas = np.empty(draws, dtype=np.float64)
    occupied = np.empty(draws, dtype=np.int64)
    sweeps(
        rng, x, counts, n, lam, sticks, state, a_alpha, b_alpha, iterations, thinning,
        totals, alphas, occupied,
    )  # fmt: skip
    return totals, alphas, occupied
