"""Where Spark runs and how it is tuned: arguments over environment, defaults sized to input."""

from __future__ import annotations

import pytest

from harmledger.errors import ConfigError
from harmledger.spark import SparkSettings, parse_conf, spark_settings, tuned_conf


def test_arguments_win_over_environment_setting_by_setting() -> None:
    environ = {
        "HARMLEDGER_SPARK_MASTER": "spark://env:7077",
        "HARMLEDGER_SPARK_CONF": "spark.executor.memory=2g spark.sql.shuffle.partitions=7",
    }
    from_env = spark_settings(environ=environ)
    assert from_env.master == "spark://env:7077"
    assert from_env.conf == {"spark.executor.memory": "2g", "spark.sql.shuffle.partitions": "7"}
    given = spark_settings("yarn", ["spark.executor.memory=8g"], environ=environ)
    assert given.master == "yarn"
    assert given.conf == {"spark.executor.memory": "8g", "spark.sql.shuffle.partitions": "7"}


def test_local_master_by_default() -> None:
    assert spark_settings(environ={}).master is None
    assert SparkSettings().master_for(2) == "local[2]"
    assert SparkSettings().master_for(None) == "local[*]"
    assert SparkSettings(master="spark://h:7077").master_for(2) == "spark://h:7077"


def test_a_setting_needs_a_key_and_an_equals_sign() -> None:
    assert parse_conf(["a.b = c=d"]) == {"a.b": "c=d"}
    for bad in ("spark.executor.memory", "=4g"):
        with pytest.raises(ConfigError):
            parse_conf([bad])


def test_small_inputs_get_one_partition_big_ones_up_to_four_per_core() -> None:
    assert tuned_conf(50, 2)["spark.sql.shuffle.partitions"] == "1"
    assert tuned_conf(120_000, 2)["spark.sql.shuffle.partitions"] == "3"
    assert tuned_conf(10**8, 2)["spark.sql.shuffle.partitions"] == "8"
    assert int(tuned_conf(50, 2)["spark.sql.autoBroadcastJoinThreshold"]) >= 10 * 2**20
