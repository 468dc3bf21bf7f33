"""Decomposable (chordal) graphs over a few lists, each with its cliques and separators.

Bayesian model averaging over list-dependence structures (:mod:`harmledger.estimate.dga`)
needs every decomposable graphical model on ``k`` lists, given by the cliques and separators of
its junction tree, because the hyper-Dirichlet marginal likelihood factorises over exactly
those. For ``k <= 5`` there are 8, 61 and 822 such graphs, few enough to enumerate: every graph
is built from its edge set, kept if it is chordal, and its maximal cliques joined into a
junction tree (a maximum-weight spanning tree on clique intersections).

Sets of lists are bit masks (bit ``j`` = list ``j``), the indexing of
:class:`~harmledger.estimate.table.CaptureTable`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations

from harmledger.errors import Invalid

#: Enumeration grows as ``2**(k(k-1)/2)`` graphs; beyond this the model space is searched, not
#: listed (dga itself ships the graphs for 3 to 5 lists).
MAX_LISTS = 5


@dataclass(frozen=True)
class DecomposableGraph:
    """One model: its edges, its maximal cliques and the (non-empty) separators between them.

    The hyper-Dirichlet marginal likelihood is ``prod(cliques) / prod(separators)``; empty
    separators (between unconnected parts) contribute a factor of one and are left out.
    """

    edges: frozenset[tuple[int, int]]
    cliques: tuple[int, ...]
    separators: tuple[int, ...]

    def describe(self, lists: tuple[str, ...]) -> str:
        """The cliques by list name, e.g. ``[A B][C]``."""
        return "".join(
            "[" + " ".join(name for j, name in enumerate(lists) if clique >> j & 1) + "]"
            for clique in self.cliques
        )


def _adjacency(k: int, edges: frozenset[tuple[int, int]]) -> list[int]:
    neighbours = [0] * k
    for a, b in edges:
        neighbours[a] |= 1 << b
        neighbours[b] |= 1 << a
    return neighbours


def _is_clique(mask: int, neighbours: list[int]) -> bool:
    members = [j for j in range(len(neighbours)) if mask >> j & 1]
    return all(neighbours[a] >> b & 1 for a, b in combinations(members, 2))


def _is_chordal(k: int, neighbours: list[int]) -> bool:
    """A graph is chordal iff simplicial vertices can be removed one by one until none is left."""
    left = (1 << k) - 1
    while left:
        for v in range(k):
            if left >> v & 1 and _is_clique(neighbours[v] & left, neighbours):
                left &= ~(1 << v)
                break
        else:
            return False
    return True


def _maximal_cliques(k: int, neighbours: list[int]) -> list[int]:
    cliques = [m for m in range(1, 1 << k) if _is_clique(m, neighbours)]
    return sorted(m for m in cliques if not any(m != o and m & o == m for o in cliques))


def _junction_separators(cliques: list[int]) -> list[int]:
    """Separators of a junction tree: Prim's maximum spanning tree on intersection sizes."""
    joined = {0}
    separators: list[int] = []
    while len(joined) < len(cliques):
        best = max(
            (
                (bin(cliques[a] & cliques[b]).count("1"), -b, a, b)
                for a in sorted(joined)
                for b in range(len(cliques))
                if b not in joined
            ),
        )
        _, _, a, b = best
        joined.add(b)
        if cliques[a] & cliques[b]:
            separators.append(cliques[a] & cliques[b])
    return sorted(separators)


@cache
def decomposable_graphs(k: int) -> tuple[DecomposableGraph, ...]:
    """Every decomposable graph on ``k`` lists (3 to :data:`MAX_LISTS`), in a fixed order."""
    if not 2 <= k <= MAX_LISTS:
        raise Invalid(
            f"decomposable graphs are enumerated for 2 to {MAX_LISTS} lists, not {k}; "
            "choose fewer lists (--lists) or another method"
        )
    pairs = list(combinations(range(k), 2))
    graphs: list[DecomposableGraph] = []
    for chosen in range(1 << len(pairs)):
        edges = frozenset(pair for i, pair in enumerate(pairs) if chosen >> i & 1)
        neighbours = _adjacency(k, edges)
        if not _is_chordal(k, neighbours):
            continue
        cliques = _maximal_cliques(k, neighbours)
        graphs.append(
            DecomposableGraph(edges, tuple(cliques), tuple(_junction_separators(cliques)))
        )
    return tuple(graphs)
