"""Feature columns of many records as one pandas frame, built from arrays.

:mod:`harmledger.link.persons.features` defines a record's row; this module computes the same
columns for a whole list at once (``tests/link_persons/test_blocking.py`` checks they are
equal). Names are split by :func:`harmledger.names.batch.split_names`, every distinct part,
place and list is keyed once, and text columns are taken from those few distinct values by
code, so no per-record tuple or Python string column is made.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from harmledger.link.persons.features import FEATURE_COLUMNS, _keys, _place_key
from harmledger.names.arabic import _ARABIC_LETTER
from harmledger.names.batch import split_names

if TYPE_CHECKING:
    import pandas as pd

    from harmledger.victims.model import VictimRecord

__all__ = ["feature_frame", "record_ids"]

Codes = npt.NDArray[np.int64]


class _Codes:
    """Codes of distinct values, in order of first appearance."""

    def __init__(self, values: Sequence[str] = ()) -> None:
        self.code: dict[str, int] = {}
        for value in values:
            self(value)

    def __call__(self, value: str) -> int:
        return self.code.setdefault(value, len(self.code))

    def many(self, values: Sequence[str | None]) -> Codes:
        """Codes of ``values``; -1 for a missing or empty one."""
        for value in dict.fromkeys(values):  # distinct values, found in C
            if value:
                self(value)
        index: dict[str | None, int] = {None: -1, "": -1}
        index.update(self.code)
        return np.fromiter(map(index.__getitem__, values), np.int64, len(values))

    def values(self) -> list[str]:
        return list(self.code)


@lru_cache(maxsize=1)
def _arrow_text() -> Any:
    """The pandas dtype text columns get, when it is Arrow-backed (else ``None``)."""
    import pandas as pd

    dtype = pd.Series(["x"]).dtype
    if getattr(dtype, "storage", None) != "pyarrow":
        return None
    return dtype


def _text(codes: Codes, values: Sequence[str | None]) -> Any:
    """A text column of ``values[code]`` (missing where the code is -1 or the value ``None``),
    typed as pandas types a list of those strings."""
    import pandas as pd

    dtype = _arrow_text()
    present = np.array([v is not None for v in values] + [False], bool)[codes]
    if dtype is None or not present.any():
        taken = np.array([*values, None], dtype=object)[codes]  # -1 takes the trailing None
        return pd.Series(taken).array if present.any() else taken
    import pyarrow as pa

    index = np.where(present, codes, 0)
    dictionary = pa.array([v if v is not None else "" for v in values], type=pa.large_string())
    decoded = pa.DictionaryArray.from_arrays(
        pa.array(index, mask=~present), dictionary
    ).dictionary_decode()
    return decoded.to_pandas(types_mapper=lambda _: dtype).array


class _Fields:
    """Field values of many records, read once each, as lists (``fields.name[i]``)."""

    def __init__(self, records: Sequence[VictimRecord]) -> None:
        # A pydantic model keeps its field values in ``__dict__``: an item lookup there costs
        # less than an attribute lookup, which searches the class first; at 10^6 records and
        # a dozen fields that is seconds.
        self._values = list(map(attrgetter("__dict__"), records))
        self._read: dict[str, list[Any]] = {}

    def __getattr__(self, field: str) -> list[Any]:
        if field.startswith("_"):
            raise AttributeError(field)  # not a field (copy and pickle ask for such names)
        read = self._read.get(field)
        if read is None:
            read = self._read[field] = list(map(itemgetter(field), self._values))
        return read


def record_ids(records: Sequence[VictimRecord]) -> list[str]:
    """``record.record_id`` of every record (``list_name:record_key``), joined in C."""
    fields = _Fields(records)
    return list(map(":".join, zip(fields.list_name, fields.record_key, strict=True)))


def feature_frame(records: Sequence[VictimRecord], ids: Sequence[str]) -> pd.DataFrame:
    """:data:`FEATURE_COLUMNS` of ``records`` (``record_id`` given as ``ids``), ``unique_id``
    from 0; the same values :class:`FeatureBuilder` gives, typed as :func:`feature_frames`
    types them."""
    collecting = gc.isenabled()
    gc.disable()  # millions of acyclic objects: nothing for the cyclic collector to find
    try:
        return _feature_frame(records, ids)
    finally:
        if collecting:
            gc.enable()


def _name_parts(
    fields: _Fields,
) -> tuple[list[str], Codes, Codes, dict[tuple[int, ...], int]]:
    """Distinct part strings, each record's (given, father, grandfather, family) codes (n x 4),
    and its other parts (father, grandfather, middle) as one combination code each: packed
    father and grandfather, or ``-1 - k`` for the ``k``-th tuple with middle parts."""
    parts = _Codes()
    given = parts.many(fields.given_name)
    father = parts.many(fields.father_name)
    grandfather = parts.many(fields.grandfather_name)
    family = parts.many(fields.family_name)
    explicit = (given >= 0) | (father >= 0) | (grandfather >= 0) | (family >= 0)
    search = _ARABIC_LETTER.search
    chosen = [
        None if own else name if name and search(name) else latin or name
        for own, name, latin in zip(explicit.tolist(), fields.name, fields.name_latin, strict=True)
    ]
    rows = [i for i, name in enumerate(chosen) if name]
    full: list[str] = [chosen[i] for i in rows]  # type: ignore[misc]
    split = split_names(full)
    local = np.array([parts(t) for t in split.tokens] + [-1], np.int64)
    at = np.array(rows, np.int64)
    for column, values in (
        (given, split.given),
        (father, split.father),
        (grandfather, split.grandfather),
        (family, split.family),
    ):
        column[at] = local[values]
    # "other parts": father, grandfather and any middle parts, as one combination code
    width = len(parts.code) + 1
    combination = (father + 1) * width + (grandfather + 1)
    middle_count = np.zeros(len(explicit), np.int64)
    middle_count[at] = np.diff(split.middle_starts)
    longer: dict[tuple[int, ...], int] = {}
    middle = local[split.middle]
    for i, s, n in zip(
        at[middle_count[at] > 0].tolist(),
        split.middle_starts[:-1][middle_count[at] > 0].tolist(),
        middle_count[at][middle_count[at] > 0].tolist(),
        strict=True,
    ):
        key = (int(father[i]), int(grandfather[i]), *middle[s : s + n].tolist())
        combination[i] = -1 - longer.setdefault(key, len(longer))
    names = np.stack([given, father, grandfather, family], axis=1)
    return parts.values(), names, combination, longer


def _all_text(values: Sequence[str]) -> Any:
    """A text column of ``values`` (none missing), typed as :func:`_text` types it."""
    dtype = _arrow_text()
    if dtype is None or not values:
        return _text(np.arange(len(values), dtype=np.int64), list(values))
    import pyarrow as pa

    array = pa.array(values, type=pa.large_string())
    return array.to_pandas(types_mapper=lambda _: dtype).array


def _ages(fields: _Fields) -> Any:
    """Ages as given, else whole years between the dates of birth and death (as
    :func:`harmledger.link.persons.features._age` reads them), as an ``Int64`` array."""
    import pandas as pd

    given = np.array(fields.age, dtype=float)  # None -> NaN, converted in C
    missing = np.isnan(given)
    ages = np.where(missing, 0, given).astype(np.int64)
    born, died = fields.date_of_birth, fields.date_of_death
    for i in np.flatnonzero(missing).tolist():
        birth, death = born[i], died[i]
        if birth and death:
            years = death.year - birth.year - ((death.month, death.day) < (birth.month, birth.day))
            if years >= 0:
                ages[i], missing[i] = years, False
    return pd.arrays.IntegerArray(ages, missing)


def _feature_frame(records: Sequence[VictimRecord], ids: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    n = len(records)
    fields = _Fields(records)
    part_values, names, combination, longer = _name_parts(fields)
    keyed = [_keys(p) for p in part_values] + [(None, None)]
    key_of = [k for k, _ in keyed]
    skel_of = [s for _, s in keyed]
    columns: dict[str, Any] = {"unique_id": np.arange(n, dtype=np.int64)}
    columns["record_id"] = _all_text(ids)
    lists = _Codes()
    columns["source_dataset"] = _text(lists.many(fields.list_name), lists.values())
    for index, part in enumerate(("given", "father", "grandfather", "family")):
        codes = names[:, index]
        columns[f"{part}_key"] = _text(codes, key_of)
        columns[f"{part}_skel"] = _text(codes, skel_of)
    # other_keys / other_skels: one pair of lists per distinct combination of other parts
    distinct, inverse = np.unique(combination, return_inverse=True)
    width = len(part_values) + 1
    by_key = {v: k for k, v in longer.items()}
    key_lists = np.empty(len(distinct), dtype=object)
    skel_lists = np.empty(len(distinct), dtype=object)
    for j, value in enumerate(distinct.tolist()):
        packed = [value // width - 1, value % width - 1]
        others = list(by_key[-1 - value]) if value < 0 else packed
        keys = [keyed[p] for p in others if p >= 0]
        key_lists[j] = sorted({k for k, _ in keys if k}) or None
        skel_lists[j] = sorted({s for _, s in keys if s}) or None
    columns["other_keys"] = key_lists[inverse]
    columns["other_skels"] = skel_lists[inverse]
    columns["age"] = _ages(fields)
    sexes = {"female": 0, "male": 1, "unknown": -1, None: -1}
    sex = np.fromiter(map(sexes.__getitem__, fields.sex), np.int64, n)
    columns["sex"] = _text(sex, ["female", "male"])
    columns["date_of_birth"] = pd.to_datetime(pd.Series(fields.date_of_birth))
    columns["date_of_death"] = pd.to_datetime(pd.Series(fields.date_of_death))
    days = columns["date_of_death"].to_numpy("datetime64[D]", na_value=np.datetime64("NaT"))
    missing = np.isnat(days)
    columns["death_day"] = pd.arrays.IntegerArray(
        np.where(missing, 0, days.astype(np.int64)), missing
    )
    places = _Codes()
    place = places.many(fields.place_of_death)
    place_keys = _Codes()
    local = np.array([place_keys.many([_place_key(p)])[0] for p in places.values()] + [-1])
    columns["place"] = _text(local[place], place_keys.values())
    groups = _Codes()
    group = groups.many(
        [
            f"{list_name}:{g}" if g else None
            for list_name, g in zip(fields.list_name, fields.family_group, strict=True)
        ]
    )
    columns["family_group"] = _text(group, groups.values())
    assert list(columns) == list(FEATURE_COLUMNS)
    return pd.DataFrame(columns)
