"""Clustering scored pairs into persons, honouring reviewers' decisions.

Persons are the connected components of the graph whose edges are the pairs scored at or above
the threshold, after reviewers' "same" decisions are added as edges and their "different"
decisions removed. (A "different" pair can still end up in one person through a third record;
the review queue shows such clusters again.) Person ids are derived from the sorted record ids
of the cluster, so the same cluster gets the same id on every run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["connected_components", "person_id"]


def person_id(record_ids: Iterable[str]) -> str:
    """Stable id of the person made of ``record_ids`` (order does not matter)."""
    digest = hashlib.sha256("\n".join(sorted(record_ids)).encode("utf-8")).hexdigest()
    return f"person-{digest[:16]}"


def connected_components(
    record_ids: Sequence[str],
    edges_left: Sequence[int] | np.ndarray,
    edges_right: Sequence[int] | np.ndarray,
) -> dict[str, tuple[str, ...]]:
    """Group ``record_ids`` (indexed 0..n-1) by undirected edges; each record is in one group."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components as components

    n = len(record_ids)
    if n == 0:
        return {}
    left = np.asarray(edges_left, dtype=np.int64)
    right = np.asarray(edges_right, dtype=np.int64)
    graph = coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(n, n))
    _, labels = components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    boundaries = (np.flatnonzero(np.diff(labels[order])) + 1).tolist()
    ordered = [record_ids[i] for i in order.tolist()]
    clusters: dict[str, tuple[str, ...]] = {}
    for start, end in zip([0, *boundaries], [*boundaries, n], strict=True):
        members = tuple(sorted(ordered[start:end]))
        clusters[person_id(members)] = members
    return clusters
