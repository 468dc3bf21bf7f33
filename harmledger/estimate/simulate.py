"""Draw capture tables from populations with known size, heterogeneity and list dependence.

Used by the simulation tests and the coverage study in ``benchmarks/``: each person belongs to a
latent class with its own capture probability per list (heterogeneity), and an optional
``referral`` raises the chance of being on list ``j + 1`` for people on list ``j`` (direct
positive dependence, as when one list draws on another).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from harmledger.estimate.table import CaptureTable


def simulate_table(
    size: int,
    capture: Sequence[Sequence[float]],
    *,
    shares: Sequence[float] | None = None,
    referral: float = 0.0,
    seed: int | None = None,
    lists: Sequence[str] | None = None,
) -> CaptureTable:
    """Capture table of a population of ``size`` people.

    ``capture[c][j]`` is the probability that a person of class ``c`` is on list ``j``;
    ``shares`` the class proportions (equal by default); ``referral`` the extra probability of
    being on list ``j + 1`` when on list ``j``.
    """
    rng = np.random.default_rng(seed)
    probs = np.asarray(capture, dtype=float)
    n_classes, k = probs.shape
    weights = np.full(n_classes, 1 / n_classes) if shares is None else np.asarray(shares, float)
    members = rng.choice(n_classes, size=size, p=weights / weights.sum())
    on = rng.random((size, k)) < probs[members]
    if referral:
        for j in range(1, k):
            on[:, j] |= on[:, j - 1] & (rng.random(size) < referral)
    index = on.astype(np.int64) @ (1 << np.arange(k, dtype=np.int64))
    cells = np.bincount(index, minlength=2**k)
    cells[0] = 0
    names = tuple(lists) if lists is not None else tuple(f"L{j + 1}" for j in range(k))
    return CaptureTable(names, cells.astype(np.int64))
