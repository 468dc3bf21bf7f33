"""``harmledger users add|list|set-role`` and ``serve``'s wiring; the web stays a lazy import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from harmledger.cli import app

runner = CliRunner()


def test_users_commands(ledger_home: Path) -> None:
    home = str(ledger_home)
    added = runner.invoke(
        app,
        [
            "users",
            "add",
            "amina",
            "--role",
            "analyst",
            "--password",
            "a long secret",
            "--home",
            home,
        ],
    )
    assert added.exit_code == 0, added.output
    prompted = runner.invoke(
        app, ["users", "add", "bo", "--home", home], input="another secret\nanother secret\n"
    )
    assert prompted.exit_code == 0, prompted.output
    changed = runner.invoke(app, ["users", "set-role", "bo", "admin", "--home", home])
    assert changed.exit_code == 0 and "admin" in changed.output
    listed = runner.invoke(app, ["users", "list", "--format", "json", "--home", home])
    users = {u["username"]: u["role"] for u in json.loads(listed.output)}
    assert users == {"amina": "analyst", "bo": "admin"}
    assert "secret" not in listed.output
    bad = runner.invoke(app, ["users", "set-role", "bo", "king", "--home", home])
    assert bad.exit_code != 0


def test_disable_enable_and_delete_users(ledger_home: Path) -> None:
    home = str(ledger_home)
    for name, role in (("amina", "admin"), ("bo", "analyst")):
        added = runner.invoke(
            app,
            ["users", "add", name, "--role", role, "--password", "a long secret", "--home", home],
        )
        assert added.exit_code == 0, added.output
    disabled = runner.invoke(app, ["users", "disable", "bo", "--home", home])
    assert disabled.exit_code == 0 and "disabled" in disabled.output
    listed = runner.invoke(app, ["users", "list", "--format", "json", "--home", home])
    assert {u["username"]: u["disabled"] for u in json.loads(listed.output)} == {
        "amina": False,
        "bo": True,
    }
    assert runner.invoke(app, ["users", "enable", "bo", "--home", home]).exit_code == 0
    last_admin = runner.invoke(app, ["users", "disable", "amina", "--home", home])
    assert last_admin.exit_code != 0 and "last active admin" in str(last_admin.exception)
    kept = runner.invoke(app, ["users", "delete", "bo", "--home", home], input="n\n")
    assert kept.exit_code != 0  # answered no
    deleted = runner.invoke(app, ["users", "delete", "bo", "--yes", "--home", home])
    assert deleted.exit_code == 0 and "deleted bo" in deleted.output
    listed = runner.invoke(app, ["users", "list", "--format", "json", "--home", home])
    assert [u["username"] for u in json.loads(listed.output)] == ["amina"]


def test_serve_refuses_a_bad_tile_url_before_serving(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["serve", "--tiles", "https://tiles.example.org/{z}.png", "--home", str(tmp_path)]
    )
    assert result.exit_code != 0 and "{x}" in str(result.exception)


def test_serve_help_has_an_example() -> None:
    for command in (
        ["serve"],
        ["users", "add"],
        ["users", "list"],
        ["users", "set-role"],
        ["users", "disable"],
        ["users", "enable"],
        ["users", "delete"],
    ):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, command
    assert "--tiles" in runner.invoke(app, ["serve", "--help"]).output


def test_cli_help_does_not_import_the_web_stack() -> None:
    code = (
        "import sys, harmledger, harmledger.cli; "
        "print(sorted(m for m in ('fastapi', 'starlette', 'uvicorn', 'jinja2', 'argon2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
