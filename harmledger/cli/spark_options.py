"""Options every Spark-backed command shares: where Spark runs and settings passed through."""

from __future__ import annotations

from typing import Annotated

import typer

SparkMasterOption = Annotated[
    str | None,
    typer.Option(
        "--spark-master",
        help="Spark master URL (spark://host:7077, yarn, k8s://…); default "
        "$HARMLEDGER_SPARK_MASTER, else a local session.",
    ),
]
SparkConfOption = Annotated[
    list[str] | None,
    typer.Option(
        "--spark-conf",
        help="A Spark setting key=value passed through (repeatable), e.g. "
        "spark.executor.memory=8g; also $HARMLEDGER_SPARK_CONF.",
    ),
]
