"""Read capture tables from CSV files, with errors that point at the offending cell.

Two shapes are accepted: an aggregated table (one 0/1 column per list plus a count column,
named ``count``, ``freq``, ``frequency`` or ``n`` as in the R packages Rcapture, SparseMSE
and LCMCR), or one row per person with 0/1 columns and no count. A file with the two columns
``nbcap`` and a count column holds capture frequencies only (Rcapture's ``dtype="nbcap"``).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Sequence
from pathlib import Path

from harmledger.errors import Invalid
from harmledger.estimate.table import CaptureFrequencies, CaptureTable

#: Column names read as the count of people with the row's pattern (case-insensitive).
COUNT_COLUMNS = ("count", "freq", "frequency", "n")
NBCAP_COLUMN = "nbcap"


def read_capture_csv(
    path: Path | str, *, lists: Sequence[str] | None = None, strata: str | None = None
) -> CaptureTable:
    """Read one capture table.

    ``lists`` picks the list columns (default: every column but the count and strata columns);
    rows on none of the chosen lists then drop out, as in :meth:`CaptureTable.select`.
    """
    tables = _read(Path(path), lists=lists, strata=strata)
    if strata is not None:
        raise Invalid(f"{path}: use read_stratified_csv for a stratified table")
    return tables[""]


def read_stratified_csv(
    path: Path | str, strata: str, *, lists: Sequence[str] | None = None
) -> dict[str, CaptureTable]:
    """Read one capture table per value of the ``strata`` column, in order of appearance."""
    return _read(Path(path), lists=lists, strata=strata)


def read_capture_frequencies_csv(path: Path | str) -> CaptureFrequencies:
    """Read an ``nbcap,count`` file: how many people were captured 1, 2, ... times."""
    file = Path(path)
    header, rows = _load(file)
    lowered = [name.lower() for name in header]
    if NBCAP_COLUMN not in lowered:
        raise Invalid(f"{file}: no '{NBCAP_COLUMN}' column")
    count_col = _count_column(file, header)
    if count_col is None:
        raise Invalid(f"{file}: no count column (expected one of {', '.join(COUNT_COLUMNS)})")
    nb_col = lowered.index(NBCAP_COLUMN)
    freqs: dict[int, int] = {}
    for line, row in rows:
        times = _integer(file, line, header[nb_col], row[nb_col])
        if times < 1:
            raise Invalid(f"{file}: line {line}: '{header[nb_col]}' must be at least 1")
        freqs[times] = freqs.get(times, 0) + _integer(file, line, header[count_col], row[count_col])
    counts = [0] * (max(freqs) + 1)
    for times, count in freqs.items():
        counts[times] = count
    if sum(counts) == 0:
        raise Invalid(f"{file}: all counts are zero")
    return CaptureFrequencies(counts)  # type: ignore[arg-type]


def read_capture_data(path: Path | str) -> CaptureTable | CaptureFrequencies:
    """Read either shape, choosing by the header (``nbcap`` means capture frequencies)."""
    header, _ = _load(Path(path))
    if NBCAP_COLUMN in (name.lower() for name in header):
        return read_capture_frequencies_csv(path)
    return read_capture_csv(path)


# internals ---------------------------------------------------------------------------------


def _load(file: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise Invalid(f"{file}: cannot read ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise Invalid(f"{file}: not UTF-8 text") from error
    reader = csv.reader(text.splitlines())
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        raise Invalid(f"{file}: empty file") from None
    if len(set(header)) != len(header) or any(not name for name in header):
        raise Invalid(f"{file}: header has empty or repeated column names: {header}")
    rows: list[tuple[int, list[str]]] = []
    for line, row in enumerate(reader, start=2):
        if not row or all(not cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise Invalid(f"{file}: line {line}: {len(row)} fields, header has {len(header)}")
        rows.append((line, [cell.strip() for cell in row]))
    if not rows:
        raise Invalid(f"{file}: no data rows")
    return header, rows


def _count_column(file: Path, header: list[str]) -> int | None:
    found = [i for i, name in enumerate(header) if name.lower() in COUNT_COLUMNS]
    if len(found) > 1:
        names = ", ".join(header[i] for i in found)
        raise Invalid(f"{file}: more than one count column ({names})")
    return found[0] if found else None


def _read(
    file: Path, *, lists: Sequence[str] | None, strata: str | None
) -> dict[str, CaptureTable]:
    header, rows = _load(file)
    if NBCAP_COLUMN in (name.lower() for name in header):
        raise Invalid(
            f"{file}: holds capture frequencies ('{NBCAP_COLUMN}'), not list memberships; "
            "only the chao method applies"
        )
    count_col = _count_column(file, header)
    if strata is not None and strata not in header:
        raise Invalid(f"{file}: no strata column '{strata}'; columns are {', '.join(header)}")
    strata_col = header.index(strata) if strata is not None else None
    if lists is None:
        list_cols = [i for i in range(len(header)) if i not in (count_col, strata_col)]
    else:
        unknown = [name for name in lists if name not in header]
        if unknown:
            raise Invalid(f"{file}: no list column(s) {', '.join(unknown)}")
        list_cols = [header.index(name) for name in lists]
    if len(list_cols) < 2:
        raise Invalid(f"{file}: needs at least 2 list columns, found {len(list_cols)}")
    names = [header[i] for i in list_cols]
    grouped: dict[str, tuple[list[list[int]], list[int]]] = {}
    for line, row in rows:
        pattern = [_zero_one(file, line, header[i], row[i], count_col is None) for i in list_cols]
        if not any(pattern):
            if lists is not None:
                continue  # on none of the chosen lists, like CaptureTable.select
            raise Invalid(
                f"{file}: line {line}: pattern on no list at all; the all-absent cell is what "
                "estimation infers, it cannot be observed"
            )
        count = 1 if count_col is None else _integer(file, line, header[count_col], row[count_col])
        key = "" if strata_col is None else row[strata_col]
        patterns, counts = grouped.setdefault(key, ([], []))
        patterns.append(pattern)
        counts.append(count)
    if not grouped:
        raise Invalid(f"{file}: no one is on any of the lists {', '.join(names)}")
    tables: dict[str, CaptureTable] = {}
    for key, (patterns, counts) in grouped.items():
        if sum(counts) == 0:
            where = f" stratum '{key}'" if strata is not None else ""
            raise Invalid(f"{file}:{where} all counts are zero")
        tables[key] = CaptureTable.from_patterns(patterns, counts, names)
    return tables


MAX_COUNT = 10**12  # beyond any population; larger values overflow the estimators' integers


def _number(file: Path, line: int, column: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise Invalid(
            f"{file}: line {line}: column '{column}': '{value}' is not a number"
        ) from None
    if not math.isfinite(number):
        raise Invalid(f"{file}: line {line}: column '{column}': '{value}' is not finite")
    return number


def _zero_one(file: Path, line: int, column: str, value: str, no_count: bool) -> int:
    number = _number(file, line, column, value) if value else math.nan
    if number in (0.0, 1.0):
        return int(number)
    hint = (
        f"; if it holds counts, name it one of {', '.join(COUNT_COLUMNS)}"
        if no_count and value
        else ""
    )
    raise Invalid(
        f"{file}: line {line}: list column '{column}' must be 0 or 1, got '{value}'{hint}"
    )


def _integer(file: Path, line: int, column: str, value: str) -> int:
    if not value:
        raise Invalid(f"{file}: line {line}: column '{column}' is empty")
    number = _number(file, line, column, value)
    if number < 0:
        raise Invalid(f"{file}: line {line}: column '{column}' is negative ({value})")
    if number != int(number):
        raise Invalid(f"{file}: line {line}: column '{column}' is not a whole number ({value})")
    if number > MAX_COUNT:
        raise Invalid(
            f"{file}: line {line}: column '{column}' is {value}, more than any population "
            f"(the limit is {MAX_COUNT:,})"
        )
    return int(number)
