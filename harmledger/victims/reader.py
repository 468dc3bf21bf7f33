"""Reading a victim list or recovery log from CSV, XLSX, JSON or Parquet into validated records.

Lists arrive in whatever shape their makers chose, so headers are mapped to our field names
(``column_map``: field -> header; unmapped fields are looked up by their own name, ignoring case
and spaces). A wrong mapping stops the import before any row is read, naming the column; a bad
row never does: it is reported with its row number and every other row is kept.

Row numbers are those a person sees: in CSV and XLSX the header is row 1 and the first record
row 2; in JSON and Parquet the first record is row 1.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from harmledger.errors import Invalid
from harmledger.victims.limits import DEFAULT_LIMITS, ReadLimits
from harmledger.victims.model import (
    RECOVERY_FIELDS,
    VICTIM_FIELDS,
    RecoveryRecord,
    VictimRecord,
)

__all__ = ["ImportResult", "RowError", "read_victim_file", "read_victim_rows"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class RowError:
    """One row that failed validation: where, which field, and why."""

    row: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    """Records read and rows refused; ``encoding`` is the text encoding detected (if text)."""

    records: list[Any] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    encoding: str | None = None


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise Invalid(f"{path}: cannot decode the file (not UTF-8, no encoding fits)")
    return str(best), best.encoding


def _csv_rows(text: str) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, [])

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, values in enumerate(reader, start=2):
            if any(v.strip() for v in values):
                yield number, dict(zip(header, values, strict=False))

    return header, rows()


def _check_unzipped_size(path: Path, limit: int) -> None:
    """Refuse a workbook whose parts unzip to more than ``limit`` bytes, before parsing it.

    A few hundred kilobytes of XLSX can unzip to gigabytes of sheet XML (a "zip bomb"); the sizes
    the archive declares are checked first, so such a file costs nothing to refuse.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as error:
        raise Invalid(f"{path}: not a readable XLSX workbook ({error})") from error
    if total > limit:
        raise Invalid(
            f"{path}: the workbook unzips to {total:,} bytes, over the limit of {limit:,} "
            "(save it as CSV, or raise the limit with --max-unzipped-bytes)"
        )


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_CHUNK = 1 << 20


def _check_row_count(path: Path, limit: int) -> None:
    """Refuse a workbook with a sheet of more than ``limit`` rows by counting its row tags in
    the unzipped stream, before openpyxl reads it.

    openpyxl parses every sheet whole to find its size when the sheet states none (a
    ``<dimension>`` is optional), so a few megabytes of workbook with millions of empty rows
    would cost minutes however small ``--max-rows``; counting tags costs a fraction of that.
    """
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            rows, carried = 0, b""
            with archive.open(name) as sheet:
                while chunk := sheet.read(_CHUNK):
                    text = carried + chunk
                    cut = text.rfind(b"<")  # a tag cut by the chunk's end is counted next time
                    cut = len(text) if cut < 0 else cut
                    rows += len(_ROW_TAG.findall(text, 0, cut))
                    carried = text[cut:]
                    if rows - 1 > limit:  # the first row is the header
                        raise Invalid(
                            f"{path}: more than {limit:,} rows (split the list, or raise the "
                            "limit with --max-rows)"
                        )


def _xlsx_rows(
    path: Path, limits: ReadLimits
) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    try:
        from openpyxl import load_workbook
    except ImportError as error:  # pragma: no cover - openpyxl is a core dependency
        raise Invalid("reading XLSX needs openpyxl: pip install openpyxl") from error
    _check_unzipped_size(path, limits.max_unzipped_bytes)
    _check_row_count(path, limits.max_rows)
    try:
        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
    except Exception as error:
        raise Invalid(f"{path}: not a readable XLSX workbook ({error})") from error
    cells = sheet.iter_rows(values_only=True)
    header = [("" if v is None else str(v)) for v in next(cells, ())]

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, values in enumerate(cells, start=2):
            if number - 1 > limits.max_rows:
                raise Invalid(
                    f"{path}: more than {limits.max_rows:,} rows (split the list, or raise "
                    "the limit with --max-rows)"
                )
            if any(v is not None and str(v).strip() for v in values):
                yield number, dict(zip(header, values, strict=False))

    return header, rows()


def _parquet_rows(
    path: Path, limits: ReadLimits
) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    """Rows of a Parquet file, a batch at a time. A ``data`` column of JSON objects (what
    ``harmledger export parquet`` writes for victim records: each record's full fields) is
    spread into the row, so an exported list imports into another ledger as it was."""
    try:
        import pyarrow.parquet as pq
    except ImportError as error:
        raise Invalid(
            f"{path}: reading Parquet needs pyarrow: pip install 'harmledger[spark]' (or pyarrow)"
        ) from error
    try:
        source = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises its own ArrowInvalid/OSError family
        raise Invalid(f"{path}: not a readable Parquet file ({error})") from error
    if source.metadata.num_rows > limits.max_rows:
        raise Invalid(
            f"{path}: {source.metadata.num_rows:,} rows, more than {limits.max_rows:,} (split "
            "the list, or raise the limit with --max-rows)"
        )
    names = list(source.schema_arrow.names)
    spread = "data" in names
    header = [n for n in names if n != "data"]
    if spread:  # the fields inside ``data``, in first-seen order, join the header
        for batch in source.iter_batches(columns=["data"], batch_size=10_000):
            for value in batch.column(0).to_pylist():
                for key in _json_object(value):
                    if key not in header:
                        header.append(key)

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        number = 0
        for batch in source.iter_batches(batch_size=10_000):
            for record in batch.to_pylist():
                number += 1
                inner = _json_object(record.pop("data", None)) if spread else {}
                yield number, {**inner, **{k: v for k, v in record.items() if v is not None}}

    return header, rows()


def _json_object(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            return {}
    return value if isinstance(value, dict) else {}


def _json_rows(text: str, path: Path) -> tuple[list[str], Iterator[tuple[int, dict[str, Any]]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise Invalid(f"{path}: invalid JSON ({error})") from error
    except RecursionError as error:
        raise Invalid(f"{path}: JSON nested too deeply to read") from error
    if isinstance(data, dict):
        data = data.get("records", data.get("victims"))
    if not isinstance(data, list):
        raise Invalid(f"{path}: JSON must be a list of objects (or {{'records': [...]}})")
    header: list[str] = []
    for item in data:
        for key in item if isinstance(item, dict) else ():
            if key not in header:
                header.append(key)

    def rows() -> Iterator[tuple[int, dict[str, Any]]]:
        for number, item in enumerate(data, start=1):
            yield number, (item if isinstance(item, dict) else {"__not_an_object__": item})

    return header, rows()


def _resolve_columns(
    header: list[str], column_map: Mapping[str, str] | None, fields: tuple[str, ...]
) -> dict[str, str]:
    """field -> header, checking the user's mapping against the file's header."""
    resolved: dict[str, str] = {}
    for name, column in (column_map or {}).items():
        if name not in fields:
            raise Invalid(
                f"unknown field {name!r} in the column mapping (fields: {', '.join(fields)})"
            )
        if column not in header:
            raise Invalid(
                f"column {column!r} (mapped to {name}) is not in the file; "
                f"columns are: {', '.join(h for h in header if h)}"
            )
        resolved[name] = column
    by_folded = {h.strip().casefold().replace(" ", "_"): h for h in header if h}
    for name in fields:
        if name not in resolved and name in by_folded and by_folded[name] not in resolved.values():
            resolved[name] = by_folded[name]
    return resolved


def read_victim_rows(
    header: list[str],
    rows: Iterator[tuple[int, dict[str, Any]]],
    list_name: str,
    column_map: Mapping[str, str] | None = None,
    *,
    recovery: bool = False,
) -> ImportResult:
    """Validate already-parsed rows; the seam each file format goes through.

    ``recovery`` reads a recovery team's log (:class:`RecoveryRecord`, one row per body) instead
    of a victim list.
    """
    model: type[VictimRecord] | type[RecoveryRecord] = RecoveryRecord if recovery else VictimRecord
    columns = _resolve_columns(header, column_map, RECOVERY_FIELDS if recovery else VICTIM_FIELDS)
    result = ImportResult()
    for number, row in rows:
        if "__not_an_object__" in row:
            result.errors.append(RowError(number, None, "not an object"))
            continue
        values = {name: row.get(column) for name, column in columns.items()}
        if values.get("record_key") in (None, ""):
            values["record_key"] = f"row-{number}"
        try:
            result.records.append(model.model_validate({"list_name": list_name, **values}))
        except ValidationError as error:
            for problem in error.errors():
                where = ".".join(str(p) for p in problem["loc"]) or None
                message = problem["msg"].removeprefix("Value error, ")
                result.errors.append(RowError(number, where, message))
    return result


def read_victim_file(
    path: Path | str,
    list_name: str,
    column_map: Mapping[str, str] | None = None,
    *,
    recovery: bool = False,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> ImportResult:
    """Read a CSV, XLSX, JSON or Parquet victim list (or recovery log); see the module
    docstring.

    Raises ``Invalid`` for an unreadable file or a wrong ``column_map`` (unknown field
    name, or a mapped header the file does not have). Row problems go to ``errors``.
    """
    path = Path(path)
    if not path.is_file():
        raise Invalid(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm") or suffix == ".parquet":
        reader = _parquet_rows if suffix == ".parquet" else _xlsx_rows
        header, rows = reader(path, limits)
        return read_victim_rows(header, rows, list_name, column_map, recovery=recovery)
    if suffix not in (".csv", ".tsv", ".txt", ".json"):
        raise Invalid(f"{path}: unsupported format {suffix!r} (use .csv, .xlsx, .json or .parquet)")
    text, encoding = _decode(path.read_bytes(), path)
    header, rows = _json_rows(text, path) if suffix == ".json" else _csv_rows(text)
    result = read_victim_rows(header, rows, list_name, column_map, recovery=recovery)
    result.encoding = encoding
    return result
