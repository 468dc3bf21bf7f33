"""RFC 3161 timestamps of checkpoints, against a local test authority on 127.0.0.1 only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("asn1crypto")
pytest_httpserver = pytest.importorskip("pytest_httpserver")

from harmledger import api  # noqa: E402
from harmledger.cli import app  # noqa: E402
from harmledger.config import load_settings  # noqa: E402
from harmledger.errors import InputError  # noqa: E402
from harmledger.ingestion.pipeline import ingest_items  # noqa: E402
from harmledger.store.checkpoint import write_checkpoint  # noqa: E402
from harmledger.store.ledger import Ledger, open_ledger  # noqa: E402
from tests.fixtures_docs import EN_TEXT, FR_TEXT  # noqa: E402
from tests.store.tsa import NOW, LocalAuthority  # noqa: E402

HTTPServer = pytest_httpserver.HTTPServer


@pytest.fixture
def server() -> Iterator[HTTPServer]:
    with HTTPServer(host="127.0.0.1", port=0) as running:
        yield running


def _authority(server: HTTPServer, **options: bool) -> tuple[LocalAuthority, str]:
    authority = LocalAuthority(**options)
    server.expect_request("/tsr", method="POST").respond_with_handler(authority.handle)
    return authority, server.url_for("/tsr")


@pytest.fixture
def home_ledger(tmp_path: Path) -> Iterator[Ledger]:
    with open_ledger(load_settings(home=tmp_path / "home", actor="tester")) as ledger:
        (tmp_path / "en.txt").write_text(EN_TEXT, encoding="utf-8")
        ingest_items(ledger, [str(tmp_path / "en.txt")])
        yield ledger


def test_a_timestamped_checkpoint_verifies_against_its_authority(
    home_ledger: Ledger, server: HTTPServer, tmp_path: Path
) -> None:
    authority, url = _authority(server)
    (tmp_path / "tsa.pem").write_bytes(authority.pem())
    checkpoint = tmp_path / "cp.json"
    write_checkpoint(home_ledger, checkpoint, tsa=url, tsa_cert=tmp_path / "tsa.pem")
    stamp = json.loads(checkpoint.read_text())["timestamp"]
    assert stamp["authority"] == url and stamp["time"] == NOW.isoformat()
    report = api.verify(ledger=home_ledger, checkpoint=checkpoint, tsa_cert=tmp_path / "tsa.pem")
    assert report.ok, report.problems
    [note] = report.notes
    assert "Test TSA" in note and NOW.isoformat() in note and "--tsa-cert" not in note
    unanchored = api.verify(ledger=home_ledger, checkpoint=checkpoint)
    assert unanchored.ok and "--tsa-cert" in unanchored.notes[0]


def test_another_authority_or_another_checkpoints_token_is_a_problem(
    home_ledger: Ledger, server: HTTPServer, tmp_path: Path
) -> None:
    _, url = _authority(server)
    first = tmp_path / "first.json"
    write_checkpoint(home_ledger, first, tsa=url)
    impostor = LocalAuthority(name="Test TSA")  # same name, another key
    (tmp_path / "impostor.pem").write_bytes(impostor.pem())
    report = api.verify(ledger=home_ledger, checkpoint=first, tsa_cert=tmp_path / "impostor.pem")
    assert [p.kind for p in report.problems] == ["timestamp"]
    assert "neither the certificate" in report.problems[0].message
    # a token taken from an older checkpoint does not cover the newer one
    (tmp_path / "fr.txt").write_text(FR_TEXT, encoding="utf-8")
    ingest_items(home_ledger, [str(tmp_path / "fr.txt")])
    second = tmp_path / "second.json"
    write_checkpoint(home_ledger, second)
    moved = json.loads(second.read_text())
    moved["timestamp"] = json.loads(first.read_text())["timestamp"]
    second.write_text(json.dumps(moved))
    [problem] = api.verify(ledger=home_ledger, checkpoint=second).problems
    assert problem.kind == "timestamp" and "other content" in problem.message


def test_a_token_changed_after_signing_or_a_refusal_is_refused(
    home_ledger: Ledger, server: HTTPServer, tmp_path: Path
) -> None:
    _, url = _authority(server, tamper=True)
    with pytest.raises(InputError, match="changed after it was signed"):
        write_checkpoint(home_ledger, tmp_path / "cp.json", tsa=url)
    server.clear()
    _, url = _authority(server, refuse=True)
    with pytest.raises(InputError, match="refused the timestamp: rejection not today"):
        write_checkpoint(home_ledger, tmp_path / "cp.json", tsa=url)
    assert not (tmp_path / "cp.json").exists()


def test_cli_checkpoint_with_a_timestamp(server: HTTPServer, tmp_path: Path) -> None:
    authority, url = _authority(server)
    (tmp_path / "tsa.pem").write_bytes(authority.pem())
    home = str(tmp_path / "home")
    runner = CliRunner()
    (tmp_path / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "en.txt"), "--home", home]).exit_code == 0
    cp = str(tmp_path / "cp.json")
    made = runner.invoke(app, ["checkpoint", "-o", cp, "--tsa", url, "--home", home])
    assert made.exit_code == 0 and "timestamped by" in made.output, made.output
    checked = runner.invoke(
        app, ["verify", "--checkpoint", cp, "--tsa-cert", str(tmp_path / "tsa.pem"), "--home", home]
    )
    assert checked.exit_code == 0 and "Test TSA" in checked.output, checked.output
