"""`--help` reflows a docstring's paragraphs to the terminal instead of keeping its line breaks."""

from typer.core import TyperGroup
from typer.main import get_command
from typer.testing import CliRunner

from harmledger.cli import app

runner = CliRunner()


def _commands(group: TyperGroup, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in group.commands.items():
        path = (*prefix, name)
        found.append(path)
        if isinstance(command, TyperGroup):
            found.extend(_commands(command, path))
    return found


def test_a_paragraph_that_spans_source_lines_reads_as_one_line_on_a_wide_terminal() -> None:
    result = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0
    assert "each document gets its text, metadata and detected language" in result.output


def test_every_command_has_help_that_renders() -> None:
    root = get_command(app)
    assert isinstance(root, TyperGroup)
    for path in _commands(root):
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.output, path
