"""Plausible person clusterings drawn from a linkage's pair probabilities.

One clustering (pairs at or above the threshold) treats linkage as certain, and every estimate
built on it inherits its splits and merges with no sign of them in the interval. Each draw here
keeps every scored pair as a link with its match probability, independently (reviewers' "same"
always, "different" never, "unsure" at its probability), and takes the connected components as
persons — an approximation to posterior draws of the linkage structure (Sadinle 2018), which
the estimators then average over.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from harmledger.link.persons.clusters import connected_components

__all__ = ["draw_clusterings"]

#: A scored pair: (record id, record id, probability the two are one person).
ScoredPair = tuple[str, str, float]


def draw_clusterings(
    record_ids: Sequence[str],
    pairs: Sequence[ScoredPair],
    *,
    draws: int,
    seed: int = 0,
    verdicts: Mapping[frozenset[str], bool] | None = None,
) -> Iterator[dict[str, tuple[str, ...]]]:
    """``draws`` clusterings (person id -> record ids), reproducible for a given ``seed``.

    ``verdicts`` maps a pair to a reviewer's ``True`` (same) or ``False`` (different); pairs a
    reviewer marked unsure are simply absent from it. Verdict pairs not among ``pairs`` are
    added as certain links (same) or ignored (different).
    """
    index = {rid: i for i, rid in enumerate(record_ids)}
    verdicts = verdicts or {}
    left, right, chance = [], [], []
    seen: set[frozenset[str]] = set()
    for a, b, probability in pairs:
        if a not in index or b not in index:
            continue
        key = frozenset((a, b))
        seen.add(key)
        verdict = verdicts.get(key)
        left.append(index[a])
        right.append(index[b])
        chance.append(probability if verdict is None else float(verdict))
    for key, same in verdicts.items():
        if same and key not in seen and all(rid in index for rid in key):
            a, b = sorted(key)
            left.append(index[a])
            right.append(index[b])
            chance.append(1.0)
    lefts, rights = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    probabilities = np.asarray(chance, dtype=float)
    rng = np.random.default_rng(seed)
    for _ in range(draws):
        kept = rng.random(len(probabilities)) < probabilities
        yield connected_components(record_ids, lefts[kept], rights[kept])
