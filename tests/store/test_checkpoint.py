"""A signed checkpoint catches what the chain alone cannot: a deleted or rewritten tail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import ConfigError, InputError
from harmledger.ingestion.pipeline import ingest_items
from harmledger.store.checkpoint import checkpoint_problems, read_checkpoint, write_checkpoint
from harmledger.store.custody import event_hash
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent
from harmledger.store.verify import verify_ledger
from tests.fixtures_docs import AR_TEXT, EN_TEXT


def _two_events(ledger: Ledger, tmp_path: Path) -> None:
    for name, text in (("en.txt", EN_TEXT), ("ar.txt", AR_TEXT)):
        (tmp_path / name).write_text(text)
        ingest_items(ledger, [str(tmp_path / name)])


def _signed(ledger: Ledger, tmp_path: Path) -> tuple[Path, Path]:
    key = tmp_path / "keys" / "k.pem"
    out = tmp_path / "cp.json"
    write_checkpoint(ledger, out, key)
    assert key.stat().st_mode & 0o777 == 0o600
    return out, key


def test_intact_ledger_meets_its_checkpoint(ledger: Ledger, tmp_path: Path) -> None:
    _two_events(ledger, tmp_path)
    out, key = _signed(ledger, tmp_path)
    later = tmp_path / "later"
    later.mkdir()
    _two_events(ledger, later)
    assert checkpoint_problems(ledger, read_checkpoint(out, key)) == []  # the log may grow


def test_deleting_the_last_event_is_caught(ledger: Ledger, tmp_path: Path) -> None:
    _two_events(ledger, tmp_path)
    out, key = _signed(ledger, tmp_path)
    with ledger.session() as session:
        last = max(session.scalars(select(CustodyEvent.id)))
        session.execute(delete(CustodyEvent).where(CustodyEvent.id == last))
    assert not any(p.kind == "chain" for p in verify_ledger(ledger).problems)  # looks whole
    problems = checkpoint_problems(ledger, read_checkpoint(out, key))
    assert any("truncated" in p for p in problems)
    assert any("events were deleted" in p for p in problems)


def test_a_rewritten_tail_with_recomputed_hashes_is_caught(ledger: Ledger, tmp_path: Path) -> None:
    _two_events(ledger, tmp_path)
    out, key = _signed(ledger, tmp_path)
    with ledger.session() as session:  # rewrite the last event and recompute its hash
        events = list(session.scalars(select(CustodyEvent).order_by(CustodyEvent.id)))
        last = events[-1]
        last.actor = "someone else"
        last.hash = event_hash(
            prev_hash=events[-2].hash,
            occurred_at=last.occurred_at,
            actor=last.actor,
            action=last.action,
            subject=last.subject,
            details=last.details,
        )
    problems = checkpoint_problems(ledger, read_checkpoint(out, key))
    assert problems and "rewritten" in problems[0]


def test_a_forged_or_foreign_checkpoint_is_refused(ledger: Ledger, tmp_path: Path) -> None:
    _two_events(ledger, tmp_path)
    out, key = _signed(ledger, tmp_path)
    document = json.loads(out.read_text())
    document["events"] = 1
    out.write_text(json.dumps(document))
    with pytest.raises(InputError, match="signature does not match"):
        read_checkpoint(out, key)
    other = tmp_path / "other.json"
    write_checkpoint(ledger, other, tmp_path / "other-key.pem")
    with pytest.raises(InputError, match="signed with another key"):
        read_checkpoint(other, key)
    with pytest.raises(ConfigError, match="no checkpoint key"):
        read_checkpoint(out, tmp_path / "absent.pem")


def test_cli_checkpoint_then_verify(tmp_path: Path) -> None:
    home = tmp_path / "home"
    runner = CliRunner()
    (tmp_path / "en.txt").write_text(EN_TEXT)
    assert (
        runner.invoke(app, ["ingest", str(tmp_path / "en.txt"), "--home", str(home)]).exit_code == 0
    )
    cp = tmp_path / "cp.json"
    made = runner.invoke(app, ["checkpoint", "-o", str(cp), "--home", str(home)])
    assert made.exit_code == 0, made.output
    assert (home / "keys" / "checkpoint-ed25519.pem").is_file()
    ok = runner.invoke(app, ["verify", "--checkpoint", str(cp), "--home", str(home)])
    assert ok.exit_code == 0, ok.output
    from harmledger.config import load_settings
    from harmledger.store.ledger import open_ledger

    with open_ledger(load_settings(home=home)) as opened, opened.session() as session:
        session.execute(delete(CustodyEvent))
    failed = runner.invoke(app, ["verify", "--checkpoint", str(cp), "--home", str(home)])
    assert failed.exit_code == 1
    assert "truncated" in failed.output
