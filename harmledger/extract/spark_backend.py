"""Claim extraction on Spark: the same ``extract_claims`` over partitions of documents.

Extraction is per document and needs nothing from other documents, so Spark only moves texts to
Python workers and claims back (``mapPartitions``: the language packs load once per partition,
not once per document). Documents come from the ledger or from Parquet / JSON Lines files;
claims go back into the ledger through the runner's own store (same rows as the default
backend) or out to Parquet. Each worker needs harmledger installed (on a cluster: the same
version on every node); a gazetteer file is shipped to the workers with the job.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harmledger.errors import InputError
from harmledger.extract.runner import (
    BATCH_SIZE,
    GAZETTEER_FILE,
    NOT_SUPPORTED,
    ExtractionReport,
    _latest_day,
    collector_paused,
    document_rows,
    pending_documents,
    store_readings,
)
from harmledger.spark import SparkSettings, spark_session
from harmledger.store.ledger import Ledger

__all__ = ["CLAIM_SCHEMA", "extract_documents_spark", "extract_files_spark"]

# One Parquet row per claim: the document's id and the claim's fields (extract-text's keys).
CLAIM_SCHEMA = (
    "document_id BIGINT, kind STRING, measure STRING, who STRING, who_text STRING, low BIGINT, "
    "high BIGINT, qualifier STRING, `start` BIGINT, `end` BIGINT, quote STRING, speaker STRING, "
    "attribution_chain ARRAY<STRING>, perpetrator STRING, weapon STRING, place STRING, "
    "place_name STRING, latitude DOUBLE, longitude DOUBLE, place_confidence DOUBLE, "
    "period_start DATE, period_end DATE, confidence DOUBLE, negated BOOLEAN, lang STRING"
)
CLAIM_COLUMNS = tuple(
    part.split()[0].strip("`") for part in CLAIM_SCHEMA.split(", ") if part.split()
)
# A document as the workers read it; files give the same columns (all but text optional).
DOCUMENT_SCHEMA = (
    "document_id BIGINT, text STRING, lang STRING, published DATE, publisher STRING, "
    "published_from DATE"
)
READING_SCHEMA = "document_id BIGINT, outcome STRING, claims STRING"
OK, UNSUPPORTED, FAILED = "ok", "unsupported", "failed: "


@dataclass(frozen=True)
class _Reader:
    """The per-partition function (picklable: Spark ships it to every worker)."""

    gazetteer_name: str | None

    def __call__(self, rows: Iterable[Any]) -> Iterator[tuple[int, str, str]]:
        from harmledger.extract import available_languages, extract_claims

        gazetteer = None
        if self.gazetteer_name:
            from pyspark import SparkFiles

            gazetteer = Path(SparkFiles.get(self.gazetteer_name))
        supported = set(available_languages())
        for row in rows:
            lang = row["lang"] or "und"
            if lang != "und" and lang not in supported:
                yield row["document_id"], UNSUPPORTED, "[]"
                continue
            try:
                with collector_paused(len(row["text"])):
                    claims = extract_claims(
                        row["text"],
                        lang=lang if lang != "und" else None,
                        published=row["published"],
                        gazetteer_file=gazetteer,
                        publisher=row["publisher"],
                        published_from=row["published_from"],
                    )
            except Exception as error:  # one bad document must not stop the job
                yield row["document_id"], f"{FAILED}{error.__class__.__name__}: {error}", "[]"
                continue
            payload = json.dumps([c.model_dump(mode="json") for c in claims], ensure_ascii=False)
            yield row["document_id"], OK, payload


def _claim_rows(reading: Any) -> Iterator[tuple[Any, ...]]:
    """The Parquet rows (:data:`CLAIM_SCHEMA`) of one document's reading."""
    for claim in json.loads(reading["claims"]):
        for name in ("period_start", "period_end"):
            if claim[name] is not None:
                claim[name] = dt.date.fromisoformat(claim[name])
        yield (reading["document_id"], *(claim[name] for name in CLAIM_COLUMNS[1:]))


def _read(session: Any, documents: Any, gazetteer_file: Path | None) -> Any:
    """The readings DataFrame (document_id, outcome, claims as JSON) of ``documents``."""
    name = None
    if gazetteer_file is not None:
        session.sparkContext.addFile(str(gazetteer_file))
        name = gazetteer_file.name
    rdd = documents.rdd.mapPartitions(_Reader(name))
    return session.createDataFrame(rdd, READING_SCHEMA)


def _partitions(session: Any, rows: int) -> int:
    """Enough partitions to keep every core busy, no more (tasks cost a few ms each)."""
    cores = session.sparkContext.defaultParallelism
    return max(1, min(rows, cores * 4))


def extract_documents_spark(
    ledger: Ledger,
    *,
    document_ids: list[int] | None = None,
    gazetteer_file: Path | None = None,
    spark: SparkSettings | None = None,
    threads: int | None = None,
) -> ExtractionReport:
    """:func:`~harmledger.extract.runner.extract_documents` with the reading done on Spark.

    Stored rows are the same as the default backend's: claims are stored by the same function,
    in batches, in document order.
    """
    from harmledger.extract import EXTRACTOR_VERSION
    from harmledger.extract.claim import Claim

    if gazetteer_file is None and (ledger.settings.home / GAZETTEER_FILE).is_file():
        gazetteer_file = ledger.settings.home / GAZETTEER_FILE
    report = ExtractionReport(EXTRACTOR_VERSION)
    pending, report.skipped = pending_documents(ledger, EXTRACTOR_VERSION, document_ids)
    if not pending:
        return report
    rows = document_rows(ledger, pending)
    texts = {row[0]: row[1] for row in rows}
    langs = {row[0]: row[2] for row in rows}
    confidence = {row[0]: row[3] for row in rows}
    spark_ = spark_session("harmledger-extract", spark, threads=threads, rows=len(rows))
    documents = spark_.createDataFrame(
        [
            (
                r[0],
                r[1],
                r[2],
                _latest_day(r[4], r[5]),
                r[6],
                r[4] if r[5] in ("month", "year") else None,
            )
            for r in rows
        ],
        DOCUMENT_SCHEMA,
    ).repartition(_partitions(spark_, len(rows)), "document_id")
    readings = _read(spark_, documents, gazetteer_file).orderBy("document_id")
    batch: list[tuple[int, str, list[Claim]]] = []
    for reading in readings.toLocalIterator():
        document_id, outcome = reading["document_id"], reading["outcome"]
        if outcome == UNSUPPORTED:
            lang = langs[document_id]
            report.unsupported[lang] = report.unsupported.get(lang, 0) + 1
            report.not_extracted.append(
                {
                    "document_id": document_id,
                    "lang": lang,
                    "lang_confidence": confidence[document_id],
                    "reason": NOT_SUPPORTED,
                }
            )
        elif outcome.startswith(FAILED):
            report.failures.append((document_id, outcome.removeprefix(FAILED)))
        else:
            claims = [Claim.model_validate(c) for c in json.loads(reading["claims"])]
            batch.append((document_id, texts[document_id], claims))
        if len(batch) >= BATCH_SIZE:
            store_readings(ledger, batch, report)
            batch = []
    store_readings(ledger, batch, report)
    return report


@dataclass(frozen=True)
class FileExtraction:
    """What one file-to-file extraction did."""

    documents: int
    claims: int
    unsupported: int
    failures: list[tuple[int, str]]


def _load_documents(session: Any, paths: list[Path]) -> Any:
    """Documents from Parquet files or folders and JSON Lines files, as :data:`DOCUMENT_SCHEMA`."""
    from pyspark.sql import functions as F

    frames = []
    for path in paths:
        if not path.exists():
            raise InputError(f"--input {path}: no such file or folder")
        if path.suffix in (".jsonl", ".json", ".ndjson"):
            frame = session.read.json(str(path))
        else:
            frame = session.read.parquet(str(path))
        if "document_id" not in frame.columns and "id" in frame.columns:
            frame = frame.withColumnRenamed("id", "document_id")
        if "document_id" not in frame.columns or "text" not in frame.columns:
            raise InputError(f"--input {path}: documents need document_id (or id) and text")
        for name, kind in (
            ("lang", "string"),
            ("published", "date"),
            ("publisher", "string"),
            ("published_from", "date"),
        ):
            if name not in frame.columns:
                frame = frame.withColumn(name, F.lit(None).cast(kind))
        frames.append(
            frame.select(
                F.col("document_id").cast("bigint"),
                F.col("text").cast("string"),
                F.col("lang").cast("string"),
                F.to_date(F.col("published")).alias("published"),
                F.col("publisher").cast("string"),
                F.to_date(F.col("published_from")).alias("published_from"),
            )
        )
    documents = frames[0]
    for frame in frames[1:]:
        documents = documents.unionByName(frame)
    return documents


def extract_files_spark(
    inputs: list[Path],
    output: Path,
    *,
    gazetteer_file: Path | None = None,
    spark: SparkSettings | None = None,
    threads: int | None = None,
) -> FileExtraction:
    """Read documents from ``inputs``, write their claims to the Parquet folder ``output``.

    Nothing passes through this process but counts: texts are read and claims written by the
    workers, so the corpus may be larger than this machine's memory.
    """
    session = spark_session("harmledger-extract", spark, threads=threads)
    documents = _load_documents(session, inputs)
    readings = _read(session, documents, gazetteer_file).cache()
    claims = session.createDataFrame(readings.rdd.flatMap(_claim_rows), CLAIM_SCHEMA)
    claims.write.mode("overwrite").parquet(str(output))
    outcomes = {
        row["outcome"]: row["n"]
        for row in readings.groupBy("outcome").count().withColumnRenamed("count", "n").collect()
    }
    failures = [
        (row["document_id"], row["outcome"].removeprefix(FAILED))
        for row in readings.where(readings.outcome.startswith(FAILED)).collect()
    ]
    readings.unpersist()
    written = session.read.parquet(str(output)).count()
    return FileExtraction(
        documents=sum(outcomes.values()),
        claims=written,
        unsupported=outcomes.get(UNSUPPORTED, 0),
        failures=failures,
    )
