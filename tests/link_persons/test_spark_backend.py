"""The same linkage on Splink's Spark backend (local session) finds the same persons as DuckDB.

Slow (a local Spark session runs hundreds of small jobs, a few minutes here): marked ``slow``
and ``spark``. pyspark comes with the development extras (``harmledger[spark]``) and Java 17 is on
CI's machine, so CI runs it; without Java or pyspark it is skipped with the reason.
"""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from harmledger.link.persons import VICTIM_PROFILE, link_records
from harmledger.link.persons.synthetic import synthetic_lists

# Under xdist every Spark test runs in one worker: one JVM and one local session (getOrCreate).
pytestmark = [
    pytest.mark.slow,
    pytest.mark.spark,
    pytest.mark.xdist_group("spark"),
    pytest.mark.usefixtures("splink_installed"),
]


def _linked_pairs(clusters: dict[str, tuple[str, ...]]) -> set[tuple[str, str]]:
    return {(a, b) for members in clusters.values() for a in members for b in members if a < b}


def test_spark_matches_duckdb() -> None:
    pytest.importorskip("pyspark", reason="the Spark backend needs pyspark (harmledger[spark])")
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime (java on PATH)")
    profile = dataclasses.replace(VICTIM_PROFILE, u_max_pairs=5e4)
    records, _ = synthetic_lists(60, seed=11)
    on_duckdb = link_records(records, profile=profile, seed=1)
    on_spark = link_records(records, profile=profile, seed=1, backend="spark", threads=2)
    assert on_spark.comparisons_made == on_duckdb.comparisons_made
    # u is sampled by each engine's own random generator, so weights differ slightly: the
    # persons found must still agree on (nearly) every linked pair.
    spark_pairs, duckdb_pairs = _linked_pairs(on_spark.clusters), _linked_pairs(on_duckdb.clusters)
    overlap = len(spark_pairs & duckdb_pairs) / max(1, len(spark_pairs | duckdb_pairs))
    assert overlap >= 0.9
