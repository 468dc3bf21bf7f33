"""One CSV dialect for every export (CLI and web): RFC 4180, safe to open in a spreadsheet.

Cells that a spreadsheet would run as a formula (leading ``=``, ``+``, ``-``, ``@``, tab or
carriage return) are prefixed with an apostrophe, as OWASP recommends for CSV injection: a
document's title or a reviewer's reason can hold ``=HYPERLINK(...)``, and a public export must
not become an attack on whoever opens it. Numbers are written as numbers. Lists are joined with
``; ``, mappings written as JSON. An optional UTF-8 byte-order mark lets spreadsheet programs
read Arabic and other non-Latin text as UTF-8.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def csv_cell(value: Any) -> str:
    """One value as CSV text, neutralised if a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        text = "; ".join(_plain(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return "" if value is None else str(value)


def columns_of(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Every key of every row, in first-seen order."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def write_csv(
    rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None, *, bom: bool = False
) -> str:
    """``rows`` as CSV text with a header row (written even when there are no rows)."""
    names = list(columns) if columns is not None else columns_of(rows)
    return csv_header(names, bom=bom) + csv_rows(rows, names)


def csv_header(names: Sequence[str], *, bom: bool = False) -> str:
    """The header line (after the byte-order mark, if any) of a CSV written in parts."""
    return (BOM if bom else "") + csv_rows([dict(zip(names, names, strict=True))], names)


def csv_rows(rows: Iterable[dict[str, Any]], names: Sequence[str]) -> str:
    """Rows as CSV lines under the header ``names`` (a streamed export writes a batch a time)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_cell(row.get(name)) for name in names])
    return buffer.getvalue()
