"""The seam between linkage and the engine that runs it: DuckDB by default, Spark for big lists.

Splink writes the SQL for each dialect; this module only creates the database API object and
reports a missing extra by name. Both backends read the same pandas feature frames.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from typing import Any

from harmledger.errors import ConfigError
from harmledger.link.persons.splink_model import require_splink
from harmledger.spark import SparkSettings, spark_session

__all__ = ["BACKENDS", "make_db_api"]

BACKENDS: tuple[str, ...] = ("duckdb", "spark")


def _memory_limit_mib() -> int:
    """Half the machine's memory: DuckDB's own default (80 %) leaves too little for Python."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return 4096
    return max(1024, int(total * 0.5 / 2**20))


def _duckdb(threads: int | None) -> Any:
    require_splink()
    import duckdb
    from splink import DuckDBAPI

    connection = duckdb.connect(":memory:")
    connection.execute("SET enable_progress_bar = false")
    connection.execute(f"SET memory_limit = '{_memory_limit_mib()}MiB'")
    # Past the limit DuckDB spills to disk instead of failing; keep the spill out of the cwd.
    spill = tempfile.mkdtemp(prefix="harmledger-duckdb-")
    connection.execute(f"SET temp_directory = '{spill}'")
    if threads:
        connection.execute(f"SET threads TO {int(threads)}")
    api = DuckDBAPI(connection)
    weakref.finalize(api, shutil.rmtree, spill, True)  # the spill goes with the database
    return api


def _spark(threads: int | None, rows: int | None, settings: SparkSettings | None) -> Any:
    from splink import SparkAPI
    from splink.backends.spark import similarity_jar_location

    session = spark_session(
        "harmledger-link",
        settings,
        threads=threads,
        rows=rows,
        # Splink's jar adds the string similarities Spark lacks (Jaro-Winkler, Damerau-Levenshtein).
        extra={"spark.jars": similarity_jar_location()},
    )
    partitions = int(session.conf.get("spark.sql.shuffle.partitions"))
    # Splink repartitions every intermediate table (default: half of 200 partitions); a small
    # list then runs hundreds of near-empty tasks per step. Size it to the session's shuffles.
    return SparkAPI(
        spark_session=session,
        break_lineage_method="persist",
        num_partitions_on_repartition=max(1, partitions // 2),
    )


def make_db_api(
    backend: str,
    threads: int | None = None,
    *,
    rows: int | None = None,
    spark: SparkSettings | None = None,
) -> Any:
    """A Splink database API for ``backend`` (``duckdb`` or ``spark``).

    ``rows`` (the input's size) sizes Spark's partitions; ``spark`` says where Spark runs.
    """
    if backend == "duckdb":
        return _duckdb(threads)
    if backend == "spark":
        require_splink()
        return _spark(threads, rows, spark)
    raise ConfigError(f"unknown linkage backend {backend!r} (use {' or '.join(BACKENDS)})")
