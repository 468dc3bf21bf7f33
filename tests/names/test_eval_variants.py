"""How often real name variants meet under our keys (gaza_moh dictionaries, read at run time).

Measured (2026-11): dict_ar_en 6,094 Arabic->English token pairs: same ``name_key`` 79.1 %
(77.8 % before a lone Latin "u" / "o" could be read long), same ``skeleton`` 92.7 %; dict_ar_ar 291 Arabic respellings: same
normalisation ignoring spaces 99.0 %. Floors sit slightly below.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from harmledger.names import name_key, normalise_arabic, skeleton

pytestmark = pytest.mark.eval


def _pairs(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    return [(a, b) for a, b, *_ in rows if a.strip() and b.strip() and a.strip() != "-"]


def test_arabic_to_english_pairs_meet(gaza_moh_dir: Path) -> None:
    pairs = _pairs(gaza_moh_dir / "dict_ar_en.csv")
    assert len(pairs) > 5000
    same_key = sum(name_key(a) == name_key(b) for a, b in pairs) / len(pairs)
    same_skeleton = sum(skeleton(a) == skeleton(b) for a, b in pairs) / len(pairs)
    assert same_key >= 0.78
    assert same_skeleton >= 0.91


def test_arabic_respellings_meet(gaza_moh_dir: Path) -> None:
    pairs = _pairs(gaza_moh_dir / "dict_ar_ar.csv")
    same = sum(
        normalise_arabic(a).replace(" ", "") == normalise_arabic(b).replace(" ", "")
        for a, b in pairs
    ) / len(pairs)
    assert same >= 0.98
