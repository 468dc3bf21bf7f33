"""Clustering: connected components against a union-find oracle; merge-aware clusters; stable ids."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.link.persons import connected_components, merged_clusters, person_id


def _oracle(n: int, edges: list[tuple[int, int]]) -> set[frozenset[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[find(a)] = find(b)
    groups: dict[int, set[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), set()).add(i)
    return {frozenset(g) for g in groups.values()}


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=40).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=60),
        )
    )
)
def test_components_match_union_find(case: tuple[int, list[tuple[int, int]]]) -> None:
    n, edges = case
    ids = [f"list:{i:03d}" for i in range(n)]
    clusters = connected_components(ids, [a for a, _ in edges], [b for _, b in edges])
    found = {frozenset(int(r.split(":")[1]) for r in members) for members in clusters.values()}
    assert found == _oracle(n, edges)
    assert sorted(r for members in clusters.values() for r in members) == ids
    assert all(pid == person_id(members) for pid, members in clusters.items())


def test_person_id_ignores_order() -> None:
    assert person_id(["b:2", "a:1"]) == person_id(["a:1", "b:2"])
    assert person_id(["a:1"]) != person_id(["a:1", "b:2"])
    assert person_id(["a:1"]).startswith("person-")


def _persons(clusters: dict[str, tuple[str, ...]]) -> set[frozenset[str]]:
    return {frozenset(members) for members in clusters.values()}


def test_a_chain_through_one_record_does_not_join_two_people() -> None:
    # a-b and b-c are each likely, but a and c were never scored together (nothing in common)
    ids = ["l:a", "l:b", "l:c"]
    clusters = merged_clusters(ids, [0, 1], [1, 2], [0.99, 0.95], 0.9)
    assert _persons(clusters) == {frozenset({"l:a", "l:b"}), frozenset({"l:c"})}
    # connected components would have made one person of all three
    assert len(connected_components(ids, [0, 1], [1, 2])) == 1


def test_records_that_all_agree_make_one_person() -> None:
    ids = ["l:a", "l:b", "l:c"]
    clusters = merged_clusters(ids, [0, 1, 0], [1, 2, 2], [0.99, 0.95, 0.93], 0.9)
    assert _persons(clusters) == {frozenset(ids)}


def test_a_weak_cross_pair_is_outweighed_by_strong_ones() -> None:
    # c joins {a, b}: c-a scored 0.5, c-b 0.9999; the mean log-odds passes 0.9
    ids = ["l:a", "l:b", "l:c"]
    clusters = merged_clusters(ids, [0, 1, 0], [1, 2, 2], [0.999, 0.9999, 0.5], 0.9)
    assert _persons(clusters) == {frozenset(ids)}


def test_reviewers_same_joins_and_different_keeps_apart() -> None:
    ids = ["l:a", "l:b", "l:c", "l:d"]
    # a-b scored low but a reviewer said same; c-d scored high but a reviewer said different
    clusters = merged_clusters(
        ids, [0, 2], [1, 3], [0.3, 0.99], 0.9, same=[(0, 1)], different=[(3, 2)]
    )
    assert _persons(clusters) == {frozenset({"l:a", "l:b"}), frozenset({"l:c"}), frozenset({"l:d"})}


def test_different_holds_against_a_third_record() -> None:
    # a-b and b-c are strong and a-c scored too, but a reviewer said a and c are different
    ids = ["l:a", "l:b", "l:c"]
    clusters = merged_clusters(
        ids, [0, 1, 0], [1, 2, 2], [0.999, 0.998, 0.99], 0.9, different=[(0, 2)]
    )
    assert len(clusters) == 2
    assert frozenset({"l:a", "l:c"}) not in _persons(clusters)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=2, max_value=15).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.floats(0.2, 1.0)),
                max_size=40,
            ),
            st.randoms(use_true_random=False),
        )
    )
)
def test_merged_clusters_do_not_depend_on_pair_order(
    case: tuple[int, list[tuple[int, int, float]], random.Random],
) -> None:
    n, scored, shuffler = case
    best: dict[tuple[int, int], float] = {}
    for a, b, p in scored:
        if a != b:
            best[(min(a, b), max(a, b))] = p
    pairs = list(best.items())
    ids = [f"l:{i:02d}" for i in range(n)]

    def persons(items: list[tuple[tuple[int, int], float]]) -> set[frozenset[str]]:
        return _persons(
            merged_clusters(
                ids,
                [a for (a, _), _ in items],
                [b for (_, b), _ in items],
                [p for _, p in items],
                0.9,
            )
        )

    shuffled = pairs[:]
    shuffler.shuffle(shuffled)
    found = persons(pairs)
    assert found == persons([((b, a), p) for (a, b), p in shuffled])
    # never more merged than connected components of the pairs at the threshold
    linked = [(a, b) for (a, b), p in pairs if p >= 0.9]
    components = _persons(connected_components(ids, [a for a, _ in linked], [b for _, b in linked]))
    assert all(any(group <= c for c in components) for group in found)
