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


def test_spark_matches_duckdb() -> None:
    pytest.importorskip("pyspark", reason="the Spark backend needs pyspark (harmledger[spark])")
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime (java on PATH)")
    profile = dataclasses.replace(VICTIM_PROFILE, u_max_pairs=5e4)
    records, _ = synthetic_lists(60, seed=11)
    on_duckdb = link_records(records, profile=profile, seed=1)
    on_spark = link_records(records, profile=profile, seed=1, backend="spark", threads=2)
    assert on_spark.comparisons_made == on_duckdb.comparisons_made
    # one model (trained in DuckDB for both), scored by each engine's SQL: the same persons,
    # including those only the family-name-first level links (a custom SQL level)
    assert set(on_spark.clusters) == set(on_duckdb.clusters)
    assert on_spark.notes == on_duckdb.notes
