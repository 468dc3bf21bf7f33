"""The tuning/checking split: by id alone, stable, and the documented formula."""

from __future__ import annotations

import hashlib

from harmledger.evaluation.splits import half, split


def test_half_is_the_documented_formula() -> None:
    for doc_id in ("en-01", "ar-m001", "sv-m018", "x", ""):
        even = hashlib.sha256(doc_id.encode()).digest()[0] % 2 == 0
        assert half(doc_id) == ("tune" if even else "check")


def test_split_keeps_order_and_never_depends_on_neighbours() -> None:
    ids = [f"doc-{i}" for i in range(200)]
    halves = split(ids, str)
    assert sorted(halves["tune"] + halves["check"]) == sorted(ids)
    assert 60 < len(halves["tune"]) < 140  # a hash, not a bias to one side
    assert split(ids[::-1], str)["tune"] == halves["tune"][::-1]
    assert all(half(i) == "tune" for i in halves["tune"])
