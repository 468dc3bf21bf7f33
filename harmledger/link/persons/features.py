"""Victim records -> the flat rows a linkage model compares.

Everything script- and spelling-dependent is settled here, once per record, in Python: name
parts are split and keyed (:func:`harmledger.names.name_key`, :func:`skeleton`), so the SQL
comparisons downstream only test equality and edit distance on short keys. This keeps Arabic
handling in one tested place and lets the same rows run on DuckDB or Spark.

A list of a million victims repeats its names and places many times over, so
:class:`FeatureBuilder` keys each distinct name once and builds columns, not row dicts.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from harmledger.names import has_arabic, name_key, name_tokens, skeleton, split_name
from harmledger.victims.model import VictimRecord

__all__ = ["FEATURE_COLUMNS", "FeatureBuilder", "feature_rows", "record_features"]

_NAME_COLUMNS: tuple[str, ...] = (
    "given_key",
    "given_skel",
    "father_key",
    "father_skel",
    "grandfather_key",
    "grandfather_skel",
    "family_key",
    "family_skel",
    "other_keys",
    "other_skels",
)
FEATURE_COLUMNS: tuple[str, ...] = (
    "unique_id",
    "record_id",
    "source_dataset",
    *_NAME_COLUMNS,
    "age",
    "sex",
    "date_of_birth",
    "date_of_death",
    "death_day",
    "place",
    "family_group",
)
_EPOCH = date(1970, 1, 1)
_NameSource = tuple[str | None, str | None, str | None, str | None, str | None, str | None]
_NameFeatures = tuple[Any, ...]  # values of _NAME_COLUMNS, in order


def _parts(source: _NameSource) -> tuple[tuple[str | None, ...], tuple[str, ...]]:
    """(given, father, grandfather, family) and further middle parts of one record's name."""
    given, father, grandfather, family, name, latin = source
    if given or father or grandfather or family:
        return (given, father, grandfather, family), ()
    # The original script carries the long vowels and is what the list's maker typed; prefer it.
    full = name if name and has_arabic(name) else None
    full = full or latin or name
    if not full:
        return (None, None, None, None), ()
    parts = split_name(full)
    return (parts.given, parts.father, parts.grandfather, parts.family), parts.middle


@lru_cache(maxsize=1 << 18)
def _keys(part: str | None) -> tuple[str | None, str | None]:
    """(key, skeleton) of one name part, ``None`` for a missing or empty one."""
    if not part:
        return None, None
    return name_key(part) or None, skeleton(part) or None


@lru_cache(maxsize=1 << 16)
def _other_keys(others: tuple[str | None, ...]) -> tuple[list[str] | None, list[str] | None]:
    """Sorted distinct keys and skeletons of every part but the given name, in any order:
    what "other_keys" compares. Lists share many of these (same father and grandfather); the
    lists are shared too, so the columns must not be modified in place."""
    keys = [_keys(part) for part in others if part]
    return (
        sorted({k for k, _ in keys if k}) or None,
        sorted({s for _, s in keys if s}) or None,
    )


def _name_features(source: _NameSource) -> _NameFeatures:
    (given, father, grandfather, family), middle = _parts(source)
    return (
        *_keys(given),
        *_keys(father),
        *_keys(grandfather),
        *_keys(family),
        *_other_keys((father, grandfather, *middle)),
    )


def _age(record: VictimRecord) -> int | None:
    if record.age is not None:
        return record.age
    if record.date_of_birth and record.date_of_death:
        born, died = record.date_of_birth, record.date_of_death
        years = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
        return years if years >= 0 else None
    return None


@lru_cache(maxsize=1 << 14)
def _place_key(text: str) -> str | None:
    key = " ".join(k for k in (name_key(t) for t in name_tokens(text)) if k)
    return key or None


class FeatureBuilder:
    """Builds feature columns for many records, keying each distinct name only once."""

    def __init__(self) -> None:
        self._names: dict[_NameSource, _NameFeatures] = {}

    def names(self, record: VictimRecord) -> _NameFeatures:
        """The name columns of ``record`` (see :data:`FEATURE_COLUMNS`), cached by name."""
        source = (
            record.given_name,
            record.father_name,
            record.grandfather_name,
            record.family_name,
            record.name,
            record.name_latin,
        )
        found = self._names.get(source)
        if found is None:
            found = self._names[source] = _name_features(source)
        return found

    def columns(self, records: Sequence[VictimRecord], first_id: int = 0) -> dict[str, list[Any]]:
        """:data:`FEATURE_COLUMNS` -> values, one per record, ``unique_id`` from ``first_id``."""
        # Millions of new tuples and lists, none in a reference cycle: the cyclic garbage
        # collector would only rescan them again and again (a third of the time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._columns(records, first_id)
        finally:
            if collecting:
                gc.enable()

    def _columns(self, records: Sequence[VictimRecord], first_id: int) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {column: [] for column in FEATURE_COLUMNS}
        name_columns = [out[column] for column in _NAME_COLUMNS]
        for record in records:
            for column, value in zip(name_columns, self.names(record), strict=True):
                column.append(value)
            died = record.date_of_death
            out["record_id"].append(record.record_id)
            out["source_dataset"].append(record.list_name)
            out["age"].append(_age(record))
            out["sex"].append(record.sex if record.sex in ("female", "male") else None)
            out["date_of_birth"].append(record.date_of_birth)
            out["date_of_death"].append(died)
            out["death_day"].append((died - _EPOCH).days if died else None)
            place = record.place_of_death
            out["place"].append(_place_key(place) if place else None)
            group = record.family_group
            out["family_group"].append(f"{record.list_name}:{group}" if group else None)
        out["unique_id"] = list(range(first_id, first_id + len(records)))
        return out


def record_features(record: VictimRecord, unique_id: int) -> dict[str, Any]:
    """One row of :data:`FEATURE_COLUMNS` for ``record``; absent values are ``None``."""
    return _rows(FeatureBuilder().columns([record], unique_id))[0]


def feature_rows(records: Iterable[VictimRecord]) -> list[dict[str, Any]]:
    """Rows for many records, numbered in order (``unique_id`` 0, 1, ...)."""
    return _rows(FeatureBuilder().columns(list(records)))


def _rows(columns: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Rows of ``columns``, each with lists of its own (the builder's are shared)."""
    return [
        {c: list(v) if isinstance(v, list) else v for c, v in zip(columns, row, strict=True)}
        for row in zip(*columns.values(), strict=True)
    ]
