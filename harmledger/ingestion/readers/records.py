"""Record containers: JSON, JSON Lines, CSV and Parquet, one document per record or row.

Records map to document fields by name (``text``, ``url``, ``title``, ``published``, ``source``,
``lang``, ``author``); ``--column field=header`` maps other names. A bad record is reported with
its line or row number and the others are kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

from harmledger.errors import IngestError
from harmledger.ingestion.decode import decode_text
from harmledger.ingestion.model import ParsedDocument, PartError, RawItem, ReadResult

DOCUMENT_FIELDS = ("text", "url", "title", "published", "source", "lang", "author")


def check_column_map(column_map: Mapping[str, str]) -> None:
    """Refuse mappings onto fields that do not exist, naming the field."""
    for field in column_map:
        if field not in DOCUMENT_FIELDS:
            raise IngestError(
                f"--column {field}=…: unknown field {field!r} "
                f"(fields: {', '.join(DOCUMENT_FIELDS)})"
            )


def _document(
    record: Mapping[str, Any], column_map: Mapping[str, str], media_type: str, part: int, label: str
) -> ParsedDocument:
    values: dict[str, Any] = {}
    for field in DOCUMENT_FIELDS:
        key = column_map.get(field, field)
        value = record.get(key)
        values[field] = (
            None if value is None or (isinstance(value, str) and not value.strip()) else value
        )
    text = values["text"]
    if text is None:
        raise IngestError(f"no text (field {column_map.get('text', 'text')!r} is missing or empty)")
    if not isinstance(text, str):
        raise IngestError(f"text must be a string, got {type(text).__name__}")
    strings = {k: (str(v).strip() if v is not None else None) for k, v in values.items()}
    return ParsedDocument(
        text=text.replace("\r\n", "\n").strip(),
        media_type=media_type,
        part=part,
        part_label=label,
        title=strings["title"],
        author=strings["author"],
        published=strings["published"],
        url=strings["url"],
        lang=strings["lang"],
        source=strings["source"],
    )


def _collect(
    records: Iterable[tuple[str, Any]], column_map: Mapping[str, str], media_type: str
) -> ReadResult:
    result = ReadResult([])
    for part, (label, record) in enumerate(records):
        if isinstance(record, PartError):
            result.errors.append(record)
            continue
        if not isinstance(record, Mapping):
            result.errors.append(
                PartError(label, f"expected an object, got {type(record).__name__}")
            )
            continue
        try:
            document = _document(record, column_map, media_type, part, label)
        except IngestError as error:
            result.errors.append(PartError(label, str(error)))
            continue
        result.documents.append(document)
    return result


def read_json(item: RawItem, column_map: Mapping[str, str]) -> ReadResult:
    """A JSON object, a JSON array of objects, or JSON Lines (one object per line)."""
    text, encoding = decode_text(item.data)
    stripped = text.lstrip()
    lines_mode = item.suffix in {".jsonl", ".ndjson"} or (
        stripped.startswith("{") and _looks_like_lines(stripped)
    )
    if lines_mode:
        result = _collect(_json_lines(text), column_map, "application/jsonl")
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise IngestError(
                f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            ) from error
        except RecursionError as error:
            raise IngestError("JSON nested too deeply to read (over about 1,000 levels)") from error
        records = data if isinstance(data, list) else [data]
        result = _collect(
            ((f"record {i + 1}", r) for i, r in enumerate(records)), column_map, "application/json"
        )
    for document in result.documents:
        document.encoding = encoding
    return result


def _looks_like_lines(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return error.msg == "Extra data"
    except RecursionError:
        return False
    return False


def _json_lines(text: str) -> Iterable[tuple[str, Any]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        label = f"line {number}"
        try:
            yield label, json.loads(line)
        except json.JSONDecodeError as error:
            yield label, PartError(label, f"malformed JSON: {error.msg} (column {error.colno})")
        except RecursionError:
            yield label, PartError(label, "JSON nested too deeply to read")


def read_csv(item: RawItem, column_map: Mapping[str, str]) -> ReadResult:
    """CSV or TSV with a header row; each row is one document."""
    text, encoding = decode_text(item.data)
    dialect: type[csv.Dialect] | csv.Dialect
    if item.suffix == ".tsv":
        dialect = csv.excel_tab
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        headers = reader.fieldnames or []
    except csv.Error as error:
        raise IngestError(f"malformed CSV header: {error}") from error
    text_header = column_map.get("text", "text")
    if text_header not in headers:
        raise IngestError(
            f"CSV has no column {text_header!r} for the document text (columns: "
            f"{', '.join(headers) or 'none'}); map one with --column text=HEADER"
        )
    for field, header in column_map.items():
        if header not in headers:
            raise IngestError(
                f"--column {field}={header}: no such column (columns: {', '.join(headers)})"
            )
    result = _collect(_csv_rows(reader, len(headers)), column_map, "text/csv")
    for document in result.documents:
        document.encoding = encoding
    return result


def _csv_rows(reader: csv.DictReader[str], width: int) -> Iterable[tuple[str, Any]]:
    while True:
        label = f"row {reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield label, PartError(label, f"malformed CSV: {error}")
            return
        label = f"row {reader.line_num}"
        if None in row:
            yield (
                label,
                PartError(label, f"{width + len(row[None])} fields, the header has {width}"),
            )  # type: ignore[index]
            continue
        yield label, row


def read_parquet(item: RawItem, column_map: Mapping[str, str]) -> ReadResult:
    """A Parquet file (e.g. ``documents.parquet`` of ``harmledger export parquet``, or a corpus
    prepared for Spark): each row is one document, read a batch at a time."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise IngestError(
            "reading Parquet needs pyarrow: pip install 'harmledger[spark]' (or pyarrow)"
        ) from error
    try:
        source = pq.ParquetFile(pa.BufferReader(item.data))
    except Exception as error:  # pyarrow's ArrowInvalid / OSError family
        raise IngestError(f"not a readable Parquet file: {error}") from error
    wanted = {column_map.get(field, field) for field in DOCUMENT_FIELDS}
    columns = [name for name in source.schema_arrow.names if name in wanted]

    def records() -> Iterable[tuple[str, Any]]:
        number = 0
        try:
            for batch in source.iter_batches(columns=columns, batch_size=1_000):
                for record in batch.to_pylist():
                    number += 1
                    yield f"row {number}", {k: _plain(v) for k, v in record.items()}
        except Exception as error:  # a corrupt page stops the file, not the rows before it
            yield f"row {number + 1}", PartError(f"row {number + 1}", f"unreadable: {error}")

    return _collect(records(), column_map, "application/vnd.apache.parquet")


def _plain(value: Any) -> Any:
    """Dates and times as ISO text, as a CSV or JSON record would carry them."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
