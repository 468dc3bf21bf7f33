"""The command's exit code says which kind of error stopped it (``cli.EXIT_CODES``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from harmledger.cli import exit_code_of, main
from harmledger.errors import (
    ConfigError,
    Conflict,
    HarmledgerError,
    InputError,
    Invalid,
    NotFound,
)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (NotFound("x"), 3),
        (Conflict("x"), 4),
        (Invalid("x"), 2),
        (InputError("x"), 2),
        (ConfigError("x"), 1),
        (HarmledgerError("x"), 1),
    ],
)
def test_exit_code_by_class(error: HarmledgerError, code: int) -> None:
    assert exit_code_of(error) == code


def test_not_found_exits_3_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["harmledger", "documents", "show", "99", "--home", str(tmp_path / "d")]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 3
    assert capsys.readouterr().err.strip() == "harmledger: error: no document with id 99"
