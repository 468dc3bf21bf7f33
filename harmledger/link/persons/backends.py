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

from harmledger.errors import ConfigError, MissingExtraError
from harmledger.link.persons.splink_model import require_splink

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


def _spark(threads: int | None) -> Any:
    require_splink()
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise MissingExtraError(
            "the Spark backend needs pyspark: pip install 'harmledger[spark]'"
        ) from error
    from splink import SparkAPI
    from splink.backends.spark import similarity_jar_location

    master = f"local[{threads}]" if threads else "local[*]"
    session = (
        SparkSession.builder.master(master)
        .appName("harmledger-link")
        # Splink's jar adds the string similarities Spark lacks (Jaro-Winkler, Damerau-Levenshtein).
        .config("spark.jars", similarity_jar_location())
        .config("spark.sql.shuffle.partitions", str(threads or 8))
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return SparkAPI(spark_session=session, break_lineage_method="persist")


def make_db_api(backend: str, threads: int | None = None) -> Any:
    """A Splink database API for ``backend`` (``duckdb`` or ``spark``)."""
    if backend == "duckdb":
        return _duckdb(threads)
    if backend == "spark":
        return _spark(threads)
    raise ConfigError(f"unknown linkage backend {backend!r} (use {' or '.join(BACKENDS)})")
