"""Clustering: connected components against a union-find oracle; stable person ids."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.link.persons import connected_components, person_id


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
