"""Linking invented victim lists with Splink on DuckDB: accuracy, evidence, decisions, seeds."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from harmledger.errors import ConfigError, InputError, MissingExtraError
from harmledger.link.persons import LinkageResult, dedupe, link_records
from harmledger.link.persons.synthetic import synthetic_lists
from tests.link_persons.conftest import HAND_WRITTEN, TEST_PROFILE

pytestmark = pytest.mark.usefixtures("splink_installed")


def _pairs(sizes: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


@pytest.fixture(scope="module")
def records() -> list:
    generated, _ = synthetic_lists(400, seed=3)
    return [*generated, *HAND_WRITTEN]


@pytest.fixture(scope="module")
def truth() -> dict[str, int]:
    _, people = synthetic_lists(400, seed=3)
    return {rid: p.person for p in people for rid in p.record_ids}


@pytest.fixture(scope="module")
def linked(records: list) -> LinkageResult:
    return link_records(records, threshold=0.9, seed=7, profile=TEST_PROFILE)


def test_links_invented_lists_accurately(linked: LinkageResult, truth: dict[str, int]) -> None:
    person_of = linked.person_of
    tp = _pairs(Counter((person_of[r], truth[r]) for r in truth))
    precision = tp / _pairs(Counter(person_of[r] for r in truth))
    recall = tp / _pairs(Counter(truth.values()))
    assert precision >= 0.9
    assert recall >= 0.5
    assert linked.comparisons_made > 0


def test_every_record_is_in_exactly_one_person(linked: LinkageResult, records: list) -> None:
    members = [r for group in linked.clusters.values() for r in group]
    assert sorted(members) == sorted(r.record_id for r in records)


def test_cross_script_pair_is_linked_with_evidence(linked: LinkageResult) -> None:
    person_of = linked.person_of
    assert person_of["hospital:h-901"] == person_of["monitor:m-901"]
    assert person_of["hospital:h-902"] == person_of["monitor:m-902"]
    assert person_of["monitor:m-903"] != person_of["monitor:m-902"]  # a brother, not her
    pair = next(
        p
        for p in linked.pairs()
        if {p.record_id_l, p.record_id_r} == {"hospital:h-901", "monitor:m-901"}
    )
    evidence = {e.comparison: e for e in pair.evidence}
    assert evidence["given"].level == "same spelling (key)"
    assert evidence["given"].match_weight > 0
    assert evidence["age"].level == "within 1"
    assert pair.probability >= 0.9


def test_uncertain_pairs_are_below_the_threshold(linked: LinkageResult) -> None:
    for pair in linked.uncertain_pairs(0.3):
        assert 0.3 <= pair.probability < linked.threshold


def test_decisions_are_honoured(records: list) -> None:
    result = link_records(
        records,
        seed=7,
        profile=TEST_PROFILE,
        lists=["hospital", "monitor"],
        decisions=[
            ("hospital:h-901", "monitor:m-901", False),
            ("monitor:m-902", "monitor:m-903", True),
        ],
    )
    person_of = result.person_of
    assert "ministry:0-0" not in person_of  # lists filter
    assert person_of["hospital:h-901"] != person_of["monitor:m-901"]
    assert person_of["monitor:m-902"] == person_of["monitor:m-903"]


def test_same_seed_same_result(records: list, linked: LinkageResult) -> None:
    again = link_records(records, threshold=0.9, seed=7, profile=TEST_PROFILE)
    assert again.clusters == linked.clusters
    assert again.comparisons_made == linked.comparisons_made


def test_dedupe_one_list() -> None:
    generated, _ = synthetic_lists(150, seed=5, lists=("hospital", "hospital2"))
    result = dedupe(generated, profile=TEST_PROFILE, seed=1)
    assert len(result.clusters) <= len(generated)
    assert sum(len(m) for m in result.clusters.values()) == len(generated)


def test_bad_inputs() -> None:
    with pytest.raises(InputError, match="twice"):
        link_records([HAND_WRITTEN[0], HAND_WRITTEN[0], HAND_WRITTEN[1]])
    with pytest.raises(ConfigError, match="threshold"):
        link_records(HAND_WRITTEN, threshold=1.5)
    with pytest.raises(ConfigError, match="backend"):
        link_records(HAND_WRITTEN, backend="oracle")


def test_missing_splink_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from harmledger.link.persons.splink_model import require_splink

    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name.split(".")[0] == "splink":
            raise ImportError("no splink")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(MissingExtraError, match=r"harmledger\[link\]"):
        require_splink()


def test_importing_the_library_does_not_load_splink() -> None:
    code = (
        "import sys, harmledger.link.persons, harmledger.names, harmledger.victims; "
        "print([m for m in ('splink', 'duckdb', 'pyspark') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
