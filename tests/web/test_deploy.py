"""deploy/compose.yaml and deploy/Dockerfile against the code: a renamed option, a command or
environment variable no longer read, an extra gone from pyproject, or a data home off its volume
fails here, without Docker or the network.

The compose file is read by a small reader of the YAML it uses (block mappings, lists of
scalars, JSON-style inline lists): PyYAML is not a dependency.
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import typer

from harmledger.cli import app
from harmledger.config import load_settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def _scalar(text: str) -> Any:
    text = text.strip()
    if text.startswith("["):
        return json.loads(text)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def read_compose_yaml(text: str) -> dict[str, Any]:
    """The subset of YAML compose files use here, as nested dicts and lists."""
    lines = [
        (len(line) - len(line.lstrip(" ")), line.strip())
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    root: dict[str, Any] = {}
    stack: list[tuple[int, Any]] = [(-1, root)]
    for number, (indent, content) in enumerate(lines):
        while indent <= stack[-1][0]:
            stack.pop()
        parent = stack[-1][1]
        if content.startswith("- "):
            assert isinstance(parent, list), f"list item outside a list: {content!r}"
            parent.append(_scalar(content[2:]))
            continue
        key, _, value = content.partition(":")
        assert isinstance(parent, dict), f"mapping inside a list: {content!r}"
        if value.strip():
            parent[key.strip()] = _scalar(value)
            continue
        following = lines[number + 1] if number + 1 < len(lines) else (indent, "")
        child: Any = [] if following[1].startswith("- ") and following[0] > indent else {}
        parent[key.strip()] = child
        stack.append((indent, child))
    return root


def dockerfile() -> tuple[list[str], dict[str, str], str]:
    """The Dockerfile's CMD (a JSON list), its ENV settings and its RUN lines, joined."""
    text = (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ")
    command = next(json.loads(line[4:]) for line in text.splitlines() if line.startswith("CMD "))
    env = dict(
        line[4:].split("=", 1)
        for line in text.splitlines()
        if line.startswith("ENV ") and "=" in line
    )
    runs = "\n".join(line[4:] for line in text.splitlines() if line.startswith("RUN "))
    return command, env, runs


def resolve(argv: list[str]) -> tuple[str, dict[str, Any]]:
    """The name of the command ``harmledger ARGV`` runs and the parameters it parses, without
    running it: an unknown command or option raises here. (Typer bundles its own click, so
    groups are told by what they do, not by class.)"""
    command: Any = typer.main.get_command(app)
    assert argv[0] == "harmledger", argv
    words, parent = argv[1:], None
    context = command.make_context("harmledger", list(words), resilient_parsing=True)
    while hasattr(command, "resolve_command"):
        name, found, words = command.resolve_command(context, words)
        assert found is not None, f"no command {name!r}"
        parent, command = context, found
        context = command.make_context(name, list(words), parent=parent, resilient_parsing=True)
    parsed = command.make_context(command.name, list(words), parent=parent)
    return str(command.name), parsed.params


def compose() -> dict[str, Any]:
    return read_compose_yaml((DEPLOY / "compose.yaml").read_text())


def test_reader_reads_what_compose_files_hold() -> None:
    text = 'a:\n  b: \'x\'\n  c:\n    - one\n    - "two"\n  d: ["CMD", "x"]\n# note\ne: 3\n'
    assert read_compose_yaml(text) == {
        "a": {"b": "x", "c": ["one", "two"], "d": ["CMD", "x"]},
        "e": "3",
    }


def test_image_command_is_a_serve_the_cli_accepts() -> None:
    command, _env, _runs = dockerfile()
    name, params = resolve(command)
    assert name == "serve"
    assert params["workers"] >= 2, "a team image serves several workers"
    assert params["host"] == "0.0.0.0", "reachable from outside the container"
    exposed = re.search(r"^EXPOSE (\d+)", (DEPLOY / "Dockerfile").read_text(), re.MULTILINE)
    assert exposed and int(exposed.group(1)) == params["port"]
    ports = compose()["services"]["app"]["ports"]
    assert any(p.endswith(f":{params['port']}") for p in ports), ports


def test_image_installs_extras_pyproject_defines() -> None:
    _command, _env, runs = dockerfile()
    extras = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    )
    installed = re.search(r"'\.\[([\w,]+)\]'", runs)
    assert installed, runs
    wanted = set(installed.group(1).split(","))
    assert {"web", "postgres"} <= wanted <= extras


def test_documented_commands_parse() -> None:
    """The commands the compose file's header and the README give for a team deployment."""
    text = (DEPLOY / "compose.yaml").read_text() + (ROOT / "README.md").read_text()
    commands = [  # a compose run to the end of its line; a systemd ExecStart to its backtick
        shlex.split(match.group(1) or match.group(2))
        for match in re.finditer(
            r"run --rm app (harmledger [^\n`]+)|ExecStart=\S*/(harmledger [^`]+)", text
        )
    ]
    assert len(commands) >= 2, commands
    for argv in commands:
        resolve(argv)


def test_environment_is_what_the_code_reads(tmp_path: Path) -> None:
    _command, image_env, _runs = dockerfile()
    app_env = compose()["services"]["app"]["environment"]
    source = "\n".join(p.read_text() for p in (ROOT / "harmledger").rglob("*.py"))
    for name in {*image_env, *app_env}:
        assert f'"{name}"' in source, f"{name} is set for the app but nothing reads it"
    url = app_env["HARMLEDGER_DATABASE_URL"].replace("${HARMLEDGER_DB_PASSWORD}", "secret")
    settings = load_settings(home=tmp_path, database_url=url)
    assert not settings.is_sqlite
    database = compose()["services"]["db"]["environment"]
    assert url == (
        f"postgresql+psycopg://{database['POSTGRES_USER']}:secret@db:5432/{database['POSTGRES_DB']}"
    )


def test_data_home_is_on_a_volume_the_app_can_write() -> None:
    _command, image_env, runs = dockerfile()
    service = compose()["services"]["app"]
    home = service["environment"]["HARMLEDGER_HOME"]
    assert home == image_env["HARMLEDGER_HOME"]
    mounts = {volume.split(":", 1)[1]: volume.split(":", 1)[0] for volume in service["volumes"]}
    assert mounts.get(home) in compose()["volumes"], "the archive and session key must persist"
    assert re.search(rf"chown \S*harmledger\S* {re.escape(home)}\b", runs), (
        "the image must make the data home writable by the user it runs as"
    )
    assert service["depends_on"]["db"]["condition"] == "service_healthy"
    assert compose()["services"]["db"]["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]


@pytest.mark.parametrize("renamed", ["--workers", "--port"])
def test_a_renamed_option_is_caught(renamed: str) -> None:
    command, _env, _runs = dockerfile()
    argv = [renamed + "-renamed" if word == renamed else word for word in command]
    with pytest.raises(Exception, match="No such option") as caught:
        resolve(argv)
    assert type(caught.value).__name__ == "NoSuchOption"
