"""`incidents list` filters as the web's incident list does: one implementation behind both."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import open_ledger

NOW = dt.datetime(2024, 3, 6, tzinfo=dt.UTC)


def test_cli_filters_are_the_web_filters(ledger_home: Path) -> None:
    with open_ledger(home=ledger_home) as ledger, ledger.session() as session:
        for name, place, day, status in (
            ("Fennick market", "Fennick", dt.date(2024, 3, 1), "active"),
            ("Dorlan bridge", "Dorlan", dt.date(2024, 4, 2), "active"),
            ("Fennick school", "Fennick", dt.date(2024, 4, 9), "merged"),
        ):
            session.add(
                Incident(
                    kind="event", name=name, place_name=place, period_start=day,
                    period_end=day, status=status, created_at=NOW,
                )
            )  # fmt: skip

    def names(*args: str) -> list[str]:
        result = CliRunner().invoke(
            app, ["incidents", "list", *args, "-f", "json", "--home", str(ledger_home)]
        )
        assert result.exit_code == 0, result.output
        return [row["name"] for row in json.loads(result.stdout)]

    assert names("--place", "fennick") == ["Fennick market"]
    assert names("--period", "2024-04") == ["Dorlan bridge"]
    assert names("--sort", "-date") == ["Dorlan bridge", "Fennick market"]
    assert names("--q", "school", "--include-inactive") == ["Fennick school"]
    result = CliRunner().invoke(
        app, ["incidents", "list", "--sort", "size", "--home", str(ledger_home)]
    )
    assert "sort 'size'" in str(result.exception)
