"""Where Spark runs and how it is tuned: one session builder for every Spark stage.

The master comes from ``--spark-master``, else ``HARMLEDGER_SPARK_MASTER``, else a local
session (``local[threads]``); ``--spark-conf key=value`` (repeatable) and
``HARMLEDGER_SPARK_CONF`` (``key=value`` pairs separated by spaces) pass any Spark setting
through. A local session's defaults suit big inputs (200 shuffle partitions: 200 tasks for
every join of 50 rows), so the defaults here are sized to the input instead; settings given
explicitly always win. pyspark is imported only when a session is made.
"""

from __future__ import annotations

import contextlib
import math
import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from harmledger.errors import ConfigError, MissingExtraError

__all__ = [
    "CONF_VARIABLE",
    "MASTER_VARIABLE",
    "SparkSettings",
    "parse_conf",
    "require_pyspark",
    "spark_session",
    "spark_settings",
    "tuned_conf",
]

MASTER_VARIABLE = "HARMLEDGER_SPARK_MASTER"
CONF_VARIABLE = "HARMLEDGER_SPARK_CONF"
ROWS_PER_PARTITION = 50_000  # below this a shuffle partition is mostly task overhead
BROADCAST_BYTES = 64 * 2**20  # small sides of a join (a list, a model's tables) are broadcast


@dataclass(frozen=True)
class SparkSettings:
    """A Spark master (``None``: local) and Spark settings passed through unchanged."""

    master: str | None = None
    conf: Mapping[str, str] = field(default_factory=dict)

    def master_for(self, threads: int | None) -> str:
        """The master URL: the configured one, else a local session with ``threads`` cores."""
        return self.master or (f"local[{threads}]" if threads else "local[*]")


def parse_conf(pairs: Iterable[str]) -> dict[str, str]:
    """``key=value`` strings as a mapping; a pair without ``=`` is a :class:`ConfigError`."""
    conf: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(
                f"Spark setting {pair!r}: use key=value (e.g. spark.executor.memory=4g)"
            )
        conf[key.strip()] = value.strip()
    return conf


def spark_settings(
    master: str | None = None,
    conf: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
) -> SparkSettings:
    """Settings from arguments, then ``HARMLEDGER_SPARK_MASTER`` / ``HARMLEDGER_SPARK_CONF``.

    Arguments win over the environment, setting by setting.
    """
    env = os.environ if environ is None else environ
    merged = parse_conf(env.get(CONF_VARIABLE, "").split())
    merged.update(parse_conf(conf))
    return SparkSettings(master=master or env.get(MASTER_VARIABLE) or None, conf=merged)


def tuned_conf(rows: int | None, threads: int | None) -> dict[str, str]:
    """Defaults sized to ``rows`` input rows: few shuffle partitions for small inputs.

    Adaptive execution still splits skewed partitions and coalesces small ones; broadcasting
    sides up to 64 MiB turns the joins of small tables into map-side lookups.
    """
    cores = threads or os.cpu_count() or 2
    partitions = (
        cores if rows is None else max(1, min(cores * 4, math.ceil(rows / ROWS_PER_PARTITION)))
    )
    return {
        "spark.sql.shuffle.partitions": str(partitions),
        "spark.default.parallelism": str(partitions),
        "spark.sql.adaptive.enabled": "true",
        "spark.sql.adaptive.coalescePartitions.enabled": "true",
        "spark.sql.autoBroadcastJoinThreshold": str(BROADCAST_BYTES),
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
    }


def require_pyspark() -> Any:
    """Import pyspark or raise :class:`MissingExtraError` naming the extra."""
    try:
        import pyspark
    except ImportError as error:
        raise MissingExtraError(
            "the Spark backend needs pyspark: pip install 'harmledger[spark]'"
        ) from error
    return pyspark


def spark_session(
    app_name: str,
    settings: SparkSettings | None = None,
    *,
    threads: int | None = None,
    rows: int | None = None,
    extra: Mapping[str, str] | None = None,
) -> Any:
    """A Spark session on the configured master, tuned for ``rows`` input rows.

    ``extra`` holds settings a stage needs (e.g. a jar); the user's settings override both the
    tuned defaults and ``extra``. A session already running in this process is reused (Spark
    has one per JVM) and its SQL settings are updated to this input's.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    settings = settings or spark_settings()
    if settings.master is None:
        # Local Python workers run this interpreter (its environment has harmledger), not the
        # first python3 on PATH; pyspark reads only the variable.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    conf = {**tuned_conf(rows, threads), **_jars_every_stage_needs(), **(extra or {})}
    conf.update(settings.conf)
    builder = SparkSession.builder.master(settings.master_for(threads)).appName(app_name)
    for key, value in conf.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    for key, value in conf.items():
        if key.startswith("spark.sql."):
            # a static SQL setting cannot change once the session runs: it keeps its value
            with contextlib.suppress(Exception):
                session.conf.set(key, value)
    return session


def _jars_every_stage_needs() -> dict[str, str]:
    """Splink's string similarities (Jaro-Winkler, Damerau-Levenshtein), for every session.

    Jars join the classpath only when the JVM starts, and Spark keeps one JVM per process:
    whichever stage starts Spark first (extraction, say) must bring linkage's jar along, or a
    later linkage in the same process cannot load it.
    """
    try:
        from splink.backends.spark import similarity_jar_location
    except ImportError:  # no link extra: no linkage to serve
        return {}
    return {"spark.jars": similarity_jar_location()}
