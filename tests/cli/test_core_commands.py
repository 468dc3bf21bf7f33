"""The core commands through the CLI, as a user runs them."""

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger import __version__
from harmledger.cli import app
from harmledger.evaldata import eval_dir
from tests.fixtures_docs import AR_TEXT, EN_TEXT

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input, catch_exceptions=False)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"harmledger {__version__}"


def test_init_creates_database_and_archive(tmp_path: Path) -> None:
    home = tmp_path / "data"
    result = invoke("init", "--home", str(home))
    assert result.exit_code == 0
    assert (home / "harmledger.sqlite3").is_file()
    assert "schema_revision" in result.stdout


def test_home_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARMLEDGER_HOME", str(tmp_path / "env-home"))
    assert invoke("init").exit_code == 0
    assert (tmp_path / "env-home" / "harmledger.sqlite3").is_file()


def test_ingest_list_show_verify(tmp_path: Path) -> None:
    home = str(tmp_path / "data")
    (tmp_path / "en.txt").write_text(EN_TEXT)
    (tmp_path / "ar.txt").write_text(AR_TEXT)
    result = invoke(
        "ingest",
        str(tmp_path / "en.txt"),
        str(tmp_path / "ar.txt"),
        "--home",
        home,
        "--source",
        "Volunteers",
        "--source-type",
        "responder",
    )
    assert result.exit_code == 0, result.stdout
    assert "ingested 2" in result.stdout and "failed 0" in result.stdout

    listed = json.loads(invoke("documents", "list", "--home", home, "--format", "json").stdout)
    assert [d["lang"] for d in listed] == ["en", "ar"]
    assert all(len(d["sha256"]) == 64 and d["source"] == "Volunteers" for d in listed)

    csv_out = invoke("documents", "list", "--home", home, "--format", "csv").stdout
    assert csv_out.splitlines()[0].startswith("id,sha256,part,media_type,lang")

    shown = json.loads(invoke("documents", "show", "2", "--home", home, "--format", "json").stdout)
    assert shown["text"] == AR_TEXT and shown["source_type"] == "responder"
    assert shown["custody"][0]["action"] == "ingest"
    table = invoke("documents", "show", "2", "--home", home).stdout
    assert "Custody events" in table

    assert invoke("verify", "--home", home).exit_code == 0


def test_ingest_exit_code_and_summary_on_failure(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(EN_TEXT)
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01")
    result = invoke(
        "ingest",
        str(tmp_path / "good.txt"),
        str(tmp_path / "bad.bin"),
        "--home",
        str(tmp_path / "d"),
        "--format",
        "json",
    )
    assert result.exit_code == 1
    rows = json.loads(result.stdout)
    assert [r["status"] for r in rows] == ["ingested", "failed"]
    assert "unsupported file type '.bin'" in rows[1]["reason"]


def test_ingest_stdin_and_column_mapping(tmp_path: Path) -> None:
    home = str(tmp_path / "d")
    assert invoke("ingest", "-", "--home", home, "--lang", "en", input=EN_TEXT).exit_code == 0
    (tmp_path / "log.csv").write_text(f'when,body\n2024-03-01,"{EN_TEXT} Again."\n')
    result = invoke(
        "ingest",
        str(tmp_path / "log.csv"),
        "--home",
        home,
        "--column",
        "text=body",
        "--column",
        "published=when",
    )
    assert result.exit_code == 0
    listed = json.loads(invoke("documents", "list", "--home", home, "--format", "json").stdout)
    assert listed[1]["published"] == "2024-03-01"


def test_bad_options_give_one_clear_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from harmledger.cli import main; main()",
            "ingest",
            "x",
            "--home",
            str(tmp_path / "d"),
            "--column",
            "nonsense",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "harmledger: error: --column 'nonsense': write it as field=header, e.g. text=body"
    )


def test_documents_show_unknown_id(tmp_path: Path) -> None:
    result = runner.invoke(app, ["documents", "show", "99", "--home", str(tmp_path / "d")])
    assert result.exit_code == 1
    assert "no document with id 99" in str(result.exception)


def test_verify_fails_after_tampering(tmp_path: Path) -> None:
    home = tmp_path / "d"
    (tmp_path / "en.txt").write_text(EN_TEXT)
    invoke("ingest", str(tmp_path / "en.txt"), "--home", str(home))
    blob = next(p for p in (home / "archive").rglob("*") if p.is_file())
    os.chmod(blob, 0o644)
    blob.write_bytes(blob.read_bytes().replace(b"Three", b"Thr3e"))
    result = invoke("verify", "--home", str(home))
    assert result.exit_code == 1
    assert "FAILED" in result.stdout


def test_every_command_has_help_with_an_example() -> None:
    import typer.main
    from typer.core import TyperGroup

    group = typer.main.get_command(app)
    missing = []

    def walk(command, path):
        if isinstance(command, TyperGroup):
            for name, sub in command.commands.items():
                walk(sub, [*path, name])
        elif "Example" not in (command.help or ""):
            missing.append(" ".join(path))

    walk(group, [])
    assert missing == []


@pytest.mark.eval
def test_seed_articles_are_stored_once_with_languages(tmp_path: Path) -> None:
    seeds = eval_dir(must_exist=False).parent / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed articles not found at {seeds}")
    home = str(tmp_path / "d")
    assert invoke("ingest", str(seeds), "--home", home).exit_code == 0
    again = invoke("ingest", str(seeds), "--home", home)
    assert "ingested 0" in again.stdout and "already archived 2" in again.stdout
    listed = json.loads(invoke("documents", "list", "--home", home, "--format", "json").stdout)
    assert sorted(d["lang"] for d in listed) == ["en", "sv"]
    assert all(len(d["sha256"]) == 64 for d in listed)


def test_demo_runs_every_stage_and_is_repeatable(tmp_path: Path) -> None:
    home = str(tmp_path / "demo")
    first = invoke("demo", "--home", home)
    assert first.exit_code == 0, first.stdout
    said = " ".join(first.stdout.split())
    assert "11 documents in 6 languages: ar, de, en, es, fr, sv" in said
    assert "12 bodies in the log (12 new)" in said
    _the_demo_strike_is_one_incident_of_12_to_14(home)
    second = invoke("demo", "--home", home)
    assert (
        second.exit_code == 0
        and "0 failed" in second.stdout
        and "7 already archived" in second.stdout
        and "(0 new)" in second.stdout
    )


def _the_demo_strike_is_one_incident_of_12_to_14(home: str) -> None:
    """Users judge the tool by its demo: its one invented strike is one incident, and the
    headline tally is that strike's 12-14 civilians killed (the belligerent's 2 shown apart)."""
    from harmledger import api

    incidents = api.incidents(home=home)
    assert [(i.name, i.civilians_killed_min, i.civilians_killed_max) for i in incidents] == [
        ("Tel Amar, 2024-03-03", 12, 14)
    ]
    rows = api.tally(home=home, by=())
    assert [(r.incidents, r.min, r.max) for r in rows] == [(1, 12, 14)]


def test_readme_documents_every_command() -> None:
    import typer.main
    from typer.core import TyperGroup

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    missing = []
    for name, command in group.commands.items():
        if f"harmledger {name}" not in readme:
            missing.append(name)
        if isinstance(command, TyperGroup):
            missing += [f"{name} {sub}" for sub in command.commands if sub not in readme]
    assert missing == []
