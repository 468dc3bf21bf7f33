"""Victim records -> the flat rows a linkage model compares.

Everything script- and spelling-dependent is settled here, once per record, in Python: name
parts are split and keyed (:func:`harmledger.names.name_key`, :func:`skeleton`), so the SQL
comparisons downstream only test equality and edit distance on short keys. This keeps Arabic
handling in one tested place and lets the same rows run on DuckDB or Spark.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from harmledger.names import has_arabic, name_key, name_tokens, skeleton, split_name
from harmledger.victims.model import VictimRecord

__all__ = ["FEATURE_COLUMNS", "feature_rows", "record_features"]

FEATURE_COLUMNS: tuple[str, ...] = (
    "unique_id",
    "record_id",
    "source_dataset",
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
    "age",
    "sex",
    "date_of_birth",
    "date_of_death",
    "place",
    "family_group",
)


def _others(parts: dict[str, str | None], middle: tuple[str, ...]) -> list[str]:
    """Every part but the given name, in any order: what "other_keys" compares."""
    values = [parts["father"], parts["grandfather"], *middle]
    return [v for v in values if v]


def _parts(record: VictimRecord) -> tuple[dict[str, str | None], tuple[str, ...]]:
    explicit = {
        "given": record.given_name,
        "father": record.father_name,
        "grandfather": record.grandfather_name,
        "family": record.family_name,
    }
    if any(explicit.values()):
        return explicit, ()
    # The original script carries the long vowels and is what the list's maker typed; prefer it.
    full = record.name if record.name and has_arabic(record.name) else None
    full = full or record.name_latin or record.name
    if not full:
        return {"given": None, "father": None, "grandfather": None, "family": None}, ()
    parts = split_name(full)
    named = {
        "given": parts.given,
        "father": parts.father,
        "grandfather": parts.grandfather,
        "family": parts.family,
    }
    return named, parts.middle


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


def record_features(record: VictimRecord, unique_id: int) -> dict[str, Any]:
    """One row of :data:`FEATURE_COLUMNS` for ``record``; absent values are ``None``."""
    row: dict[str, Any] = {
        "unique_id": unique_id,
        "record_id": record.record_id,
        "source_dataset": record.list_name,
    }
    parts, middle = _parts(record)
    for part, value in parts.items():
        row[f"{part}_key"] = (name_key(value) or None) if value else None
        row[f"{part}_skel"] = (skeleton(value) or None) if value else None
    others = _others(parts, middle)
    row["other_keys"] = sorted({k for k in map(name_key, others) if k}) or None
    row["other_skels"] = sorted({k for k in map(skeleton, others) if k}) or None
    row["age"] = _age(record)
    row["sex"] = record.sex if record.sex in ("female", "male") else None
    row["date_of_birth"] = record.date_of_birth
    row["date_of_death"] = record.date_of_death
    row["place"] = _place_key(record.place_of_death) if record.place_of_death else None
    row["family_group"] = (
        f"{record.list_name}:{record.family_group}" if record.family_group else None
    )
    return row


def feature_rows(records: Iterable[VictimRecord]) -> list[dict[str, Any]]:
    """Rows for many records, numbered in order (``unique_id`` 0, 1, ...)."""
    return [record_features(record, i) for i, record in enumerate(records)]
