"""Hierarchical log-linear models over k lists: terms, enumeration, design matrices.

A model is the set of its interaction terms (order >= 2); main effects are always present.
It is hierarchical: every interaction's lower-order interactions are in the model too. The
k-way term is never allowed, because the unobserved cell makes it unidentifiable.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence

import numpy as np

from harmledger.estimate.table import CaptureTable, IntArray, pattern_matrix

Term = tuple[int, ...]
Model = frozenset[Term]

#: The model with main effects only (lists independent, homogeneous capture).
INDEPENDENCE: Model = frozenset()


def subterms(term: Term) -> list[Term]:
    """Interaction terms (order >= 2) one order below ``term``."""
    if len(term) <= 2:
        return []
    return list(itertools.combinations(term, len(term) - 1))


def is_hierarchical(model: Model) -> bool:
    """True when every term's lower-order interactions are in the model."""
    return all(sub in model for term in model for sub in subterms(term))


def count_models(k: int, max_order: int) -> int | None:
    """How many models exhaustive search would fit; ``None`` when too many to count cheaply."""
    pairs = k * (k - 1) // 2
    if max_order <= 1:
        return 1
    if max_order == 2:
        return 2**pairs
    if max_order == 3 and k <= 5:
        return sum(1 for _ in enumerate_models(k, 3))
    return None


def enumerate_models(k: int, max_order: int) -> Iterator[Model]:
    """Every hierarchical model with interactions up to ``max_order`` (at most 3)."""
    if max_order > 3:
        raise ValueError("exhaustive enumeration supports interactions up to order 3")
    pairs = list(itertools.combinations(range(k), 2))
    if max_order <= 1:
        yield INDEPENDENCE
        return
    for mask in range(2 ** len(pairs)):
        edges = frozenset(pairs[i] for i in range(len(pairs)) if mask >> i & 1)
        if max_order == 2 or k < 4:
            yield edges
            continue
        triangles = [
            t
            for t in itertools.combinations(range(k), 3)
            if all(p in edges for p in itertools.combinations(t, 2))
        ]
        for chosen in range(2 ** len(triangles)):
            yield edges | frozenset(triangles[i] for i in range(len(triangles)) if chosen >> i & 1)


def addable_terms(model: Model, k: int, max_order: int) -> list[Term]:
    """Terms that keep the model hierarchical when added (for stepwise search)."""
    out: list[Term] = []
    for order in range(2, min(max_order, k - 1) + 1):
        for term in itertools.combinations(range(k), order):
            if term not in model and all(sub in model for sub in subterms(term)):
                out.append(term)
    return out


def removable_terms(model: Model) -> list[Term]:
    """Terms that no higher-order term of the model contains."""
    return [t for t in model if not any(len(u) > len(t) and set(t) < set(u) for u in model)]


def ordered_terms(model: Model) -> list[Term]:
    """The model's terms by order, then lexicographically: a stable column order."""
    return sorted(model, key=lambda t: (len(t), t))


@functools.lru_cache(maxsize=16_384)
def design_matrix(k: int, model: Model) -> IntArray:
    """Design over all ``2**k`` cells: intercept, main effects, then interactions.

    Cached (read-only): the search, the profiles and the intervals reuse the same matrices.
    """
    patterns = pattern_matrix(k)
    columns = [np.ones(2**k, dtype=np.int64), *patterns.T]
    for term in ordered_terms(model):
        columns.append(np.prod(patterns[:, list(term)], axis=1))
    matrix = np.column_stack(columns)
    matrix.flags.writeable = False
    return matrix


def label(model: Model, lists: Sequence[str]) -> str:
    """The model's generating class in R formula notation, e.g. ``EXH*ABA*OSCE + OSCE*HRW``.

    As in R, ``A*B*C`` stands for the term and all its lower-order terms; main effects are
    always in. ``independence`` when there are no interactions.
    """
    if not model:
        return "independence"
    maximal = sorted(removable_terms(model), key=lambda t: (-len(t), t))
    return " + ".join("*".join(lists[j] for j in term) for term in maximal)


def formula_terms(model: Model, lists: Sequence[str]) -> str:
    """The right-hand side of an R/patsy formula for the model (used by the oracle test)."""
    parts = list(lists) + [":".join(lists[j] for j in term) for term in ordered_terms(model)]
    return " + ".join(parts)


def empty_terms(table: CaptureTable, max_order: int) -> list[Term]:
    """Interactions whose lists share nobody: their coefficient would be minus infinity."""
    patterns = table.patterns()
    counts = table.observed_counts()
    out: list[Term] = []
    for order in range(2, min(max_order, table.k - 1) + 1):
        for term in itertools.combinations(range(table.k), order):
            if counts[patterns[:, list(term)].all(axis=1)].sum() == 0:
                out.append(term)
    return out


def thin_terms(table: CaptureTable, max_order: int, minimum: int) -> list[Term]:
    """Interactions of order 3 or more that fewer than ``minimum`` people inform.

    A term's sufficient statistic is the number of people on all its lists. A three-way term
    resting on one or two people is fitted exactly whatever its value, and information
    criteria, whose penalties assume the chi-square approximation, then favour it by chance
    (Chan, Silverman & Vincent 2021 show the deviance of sparse overlaps is far from
    chi-square). Two-way terms are left to the existence test, as in that paper.
    """
    patterns = table.patterns()
    counts = table.observed_counts()
    out: list[Term] = []
    for order in range(3, min(max_order, table.k - 1) + 1):
        for term in itertools.combinations(range(table.k), order):
            people = counts[patterns[:, list(term)].all(axis=1)].sum()
            if 0 < people < minimum:
                out.append(term)
    return out
