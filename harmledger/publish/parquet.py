"""Export documents, claims, incidents and victim records to Parquet, and read them back.

Parquet is what Spark, DuckDB, pandas and R read natively, so a big corpus moves between the
ledger, a cluster and an analyst's notebook without a CSV's lost types. One file per table,
written in batches (a corpus larger than memory streams through); JSON columns (attribution
chains, incident perpetrators, a victim record's full data) are JSON text, which every one of
those tools parses. Witness-sourced documents (and their claims) and victim records not marked
publishable stay in the ledger unless ``sensitive=True``: protected people leave only on
purpose.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, or_, select

from harmledger.claims.queries import CLAIM_FIELDS
from harmledger.errors import InputError, MissingExtraError
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.store.tables import ClaimRow, Document, Extraction, Source
from harmledger.store.victim_tables import VictimList, VictimRecordRow

__all__ = ["TABLES", "ParquetExport", "export_parquet", "read_parquet"]

TABLES = ("documents", "claims", "incidents", "victim_records")
BATCH_ROWS = 10_000
_JSON = "json"  # a column stored as JSON text

# (name, Arrow type) per exported column, in file order.
_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("id", "int64"), ("sha256", "string"), ("part", "int64"), ("url", "string"),
        ("origin", "string"), ("media_type", "string"), ("title", "string"),
        ("author", "string"), ("published", "date32"), ("published_precision", "string"),
        ("lang", "string"), ("lang_confidence", "float64"), ("retrieved_at", "timestamp"),
        ("source", "string"), ("source_type", "string"), ("text", "string"),
        ("text_sha256", "string"),
    ),
    "claims": (
        ("id", "int64"), ("document_id", "int64"), ("extractor_version", "string"),
        *(
            (name, {"low": "int64", "high": "int64", "start": "int64", "end": "int64",
                    "latitude": "float64", "longitude": "float64", "place_confidence": "float64",
                    "confidence": "float64", "negated": "bool", "period_start": "date32",
                    "period_end": "date32", "attribution_chain": _JSON}.get(name, "string"))
            for name in CLAIM_FIELDS
        ),
    ),
    "incidents": (
        ("id", "int64"), ("kind", "string"), ("name", "string"), ("parent_id", "int64"),
        ("period_start", "date32"), ("period_end", "date32"), ("date_precision", "string"),
        ("place", "string"), ("place_name", "string"), ("place_precision", "string"),
        ("latitude", "float64"), ("longitude", "float64"), ("country", "string"),
        ("admin1", "string"), ("perpetrators", _JSON), ("weapons", _JSON), ("grade", "string"),
        ("grade_reasons", _JSON), ("status", "string"), ("merged_into_id", "int64"),
        ("origin", "string"), ("external_id", "string"), ("created_at", "timestamp"),
    ),
    "victim_records": (
        ("id", "int64"), ("list", "string"), ("record_key", "string"), ("name", "string"),
        ("name_latin", "string"), ("data", _JSON), ("publishable", "bool"),
        ("imported_at", "timestamp"), ("source_sha256", "string"),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class ParquetExport:
    """Rows written per table, and the folder."""

    folder: Path
    rows: dict[str, int]


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as error:
        raise MissingExtraError(
            "Parquet needs pyarrow: pip install 'harmledger[spark]' (or pyarrow)"
        ) from error
    return pyarrow


def _schema(pa: Any, table: str) -> Any:
    types = {
        "int64": pa.int64(), "string": pa.string(), "float64": pa.float64(),
        "bool": pa.bool_(), "date32": pa.date32(), "timestamp": pa.timestamp("us", tz="UTC"),
        _JSON: pa.string(),
    }  # fmt: skip
    return pa.schema([(name, types[kind]) for name, kind in _COLUMNS[table]])


def _query(table: str, sensitive: bool) -> Select[Any]:
    """The rows of ``table`` in id order, columns as :data:`_COLUMNS` names them."""
    not_witness = or_(Document.source_id.is_(None), Source.type != "witness")
    if table == "documents":
        columns = [getattr(Document, n) for n, _ in _COLUMNS[table][:13]]
        query = select(
            *columns, Source.name, Source.type, Document.text, Document.text_sha256
        ).outerjoin(Source, Document.source_id == Source.id)
        return (query if sensitive else query.where(not_witness)).order_by(Document.id)
    if table == "claims":
        query = (
            select(
                ClaimRow.id, ClaimRow.document_id, Extraction.extractor_version,
                *(getattr(ClaimRow, n) for n in CLAIM_FIELDS),
            )
            .join(Extraction, ClaimRow.extraction_id == Extraction.id)
            .where(Extraction.current)
        )  # fmt: skip
        if not sensitive:
            query = (
                query.join(Document, ClaimRow.document_id == Document.id)
                .outerjoin(Source, Document.source_id == Source.id)
                .where(not_witness)
            )
        return query.order_by(ClaimRow.id)
    if table == "incidents":
        return select(*(getattr(Incident, n) for n, _ in _COLUMNS[table])).order_by(Incident.id)
    query = select(
        VictimRecordRow.id, VictimList.name,
        *(getattr(VictimRecordRow, n) for n, _ in _COLUMNS[table][2:]),
    ).join(VictimList, VictimRecordRow.list_id == VictimList.id)  # fmt: skip
    if not sensitive:
        query = query.where(VictimRecordRow.publishable)
    return query.order_by(VictimRecordRow.id)


def _cell(value: Any, kind: str) -> Any:
    if kind == _JSON:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
    if kind == "timestamp" and isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)  # SQLite hands back naive UTC
    return value


def _batches(ledger: Ledger, table: str, sensitive: bool) -> Iterator[list[dict[str, Any]]]:
    kinds = _COLUMNS[table]
    with ledger.reader() as session:
        result = session.execute(_query(table, sensitive).execution_options(yield_per=BATCH_ROWS))
        for partition in result.partitions(BATCH_ROWS):
            yield [
                {name: _cell(v, kind) for (name, kind), v in zip(kinds, row, strict=True)}
                for row in partition
            ]


def export_parquet(
    ledger: Ledger,
    folder: Path,
    tables: tuple[str, ...] = TABLES,
    *,
    sensitive: bool = False,
) -> ParquetExport:
    """Write ``folder/<table>.parquet`` for each of ``tables``; see the module docstring."""
    pa = _pyarrow()
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise InputError(f"no table {', '.join(unknown)} to export (use {', '.join(TABLES)})")
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[str, int] = {}
    for table in tables:
        schema = _schema(pa, table)
        path = folder / f"{table}.parquet"
        with pa.parquet.ParquetWriter(path, schema, compression="zstd") as writer:
            rows[table] = 0
            for batch in _batches(ledger, table, sensitive):
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                rows[table] += len(batch)
    return ParquetExport(folder, rows)


def read_parquet(folder: Path, table: str) -> list[dict[str, Any]]:
    """The rows of an exported table, JSON columns parsed back (the inverse of the export)."""
    pa = _pyarrow()
    path = folder / f"{table}.parquet"
    if table not in TABLES or not path.is_file():
        raise InputError(f"{path}: not an exported table ({', '.join(TABLES)})")
    kinds = dict(_COLUMNS[table])
    rows: list[dict[str, Any]] = pa.parquet.read_table(path).to_pylist()
    for row in rows:
        for name, kind in kinds.items():
            if kind == _JSON and row[name] is not None:
                row[name] = json.loads(row[name])
    return rows
