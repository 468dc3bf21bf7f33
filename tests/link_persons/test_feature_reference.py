"""The feature columns equal the first implementation's on generated records (issue #17).

The first implementation is the record-by-record :class:`FeatureBuilder` (``split_name`` per
record) keyed by the frozen first name keys (``tests/names/reference_keys.py``); the columns
under test are :func:`feature_frame`'s (Arrow word splitting, packed runs, fast keys). Names
are Arabic-script nasab chains and Latin romanisations built from words chosen so that the
rules meet (particles, articles, compound tails, titles, hamza seats, typos)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from harmledger.link.persons import features
from harmledger.link.persons.features import FeatureBuilder
from harmledger.link.persons.frame import feature_frame, record_ids
from harmledger.victims import VictimRecord
from tests.names import reference_keys

_ARABIC_WORDS = [
    "محمد", "أحمد", "محمود", "يوسف", "ابو", "أبو", "عبد", "عبدالله", "الله", "الدين", "ال",
    "ام", "بن", "بنت", "الحاج", "النجار", "سمرة", "ريده", "فاطمة", "مصطفى", "عائشة", "إيمان",
    "محي", "نور", "هللا", "ا", "مُحمّد", "علـي", "الياس", "ابوال", "سمير", "خليل",
]  # fmt: skip
_LATIN_WORDS = [
    "Mohammed", "Muhammad", "Mahmoud", "Yusuf", "Youssef", "Abu", "abou", "Abd", "Abdel",
    "Abdelaziz", "al", "Al-Najjar", "El", "As", "ash-Shawa", "al-Din", "din", "Nour", "Allah",
    "ullah", "Nasr", "Dr.", "Mrs", "bin", "ibn", "Umm", "Ala'a", "ʿAli", "Ḥusayn", "Salahuddin",
    "Nureddin", "Eman", "Aisha", "Sameer", "Hussein", "Husayn", "Mohamad", "Mhammed", "ElHelw",
    "Fatma", "Mustafa", "Saud", "Yunus", "Dawood", "Khalil", "Rayyan", "Hajj", "(Abu", "Ali)",
]  # fmt: skip
_TEXT = st.none() | st.lists(
    st.sampled_from(_ARABIC_WORDS) | st.sampled_from(_LATIN_WORDS), min_size=1, max_size=6
).map(" ".join)
_ARABIC = st.none() | st.lists(st.sampled_from(_ARABIC_WORDS), min_size=1, max_size=6).map(" ".join)
_LATIN = st.none() | st.lists(st.sampled_from(_LATIN_WORDS), min_size=1, max_size=5).map(" ".join)
_PART = st.none() | st.sampled_from(_ARABIC_WORDS + _LATIN_WORDS)
_DATE = st.none() | st.dates(date(1930, 1, 1), date(2024, 12, 31))


@st.composite
def _record(draw: Any, key: int) -> VictimRecord:
    explicit = draw(st.booleans()) and draw(st.integers(0, 4)) == 0
    return VictimRecord(
        list_name=draw(st.sampled_from(["hospital", "monitor"])),
        record_key=str(key),
        name=draw(_ARABIC | _TEXT),
        name_latin=draw(_LATIN),
        given_name=draw(_PART) if explicit else None,
        family_name=draw(_PART) if explicit else None,
        father_name=draw(_PART) if explicit else None,
        age=draw(st.none() | st.integers(0, 100)),
        sex=draw(st.sampled_from([None, "female", "male", "unknown"])),
        date_of_birth=draw(_DATE),
        date_of_death=draw(_DATE),
        place_of_death=draw(st.none() | st.sampled_from(["رفح", "Khan Younis", "خان يونس"])),
        family_group=draw(st.none() | st.sampled_from(["1", "2"])),
    )


@st.composite
def _records(draw: Any) -> list[VictimRecord]:
    size = draw(st.integers(1, 25))
    return [draw(_record(key)) for key in range(size)]


def _clear() -> None:
    features._keys.cache_clear()
    features._other_keys.cache_clear()
    features._place_key.cache_clear()


@contextmanager
def _first_keys() -> Iterator[None]:
    """The feature module keyed by the first implementation, caches emptied either side."""
    keys = features.name_key, features.skeleton
    _clear()
    features.name_key, features.skeleton = reference_keys.name_key, reference_keys.skeleton
    try:
        yield
    finally:
        features.name_key, features.skeleton = keys
        _clear()


def _cells(values: list[Any]) -> list[Any]:
    return [
        None if v is None or v is pd.NaT or (not isinstance(v, list) and pd.isna(v)) else v
        for v in values
    ]


@settings(max_examples=150, deadline=None)
@given(_records())
def test_feature_frame_equals_the_first_implementation(records: list[VictimRecord]) -> None:
    assert record_ids(records) == [r.record_id for r in records]
    frame = feature_frame(records, record_ids(records))
    with _first_keys():
        expected = FeatureBuilder().columns(records)
    for column, values in expected.items():
        got = frame[column].tolist()
        if column.startswith("date_"):
            got = [None if pd.isna(v) else v.date() for v in got]
        assert _cells(got) == _cells(values), column
