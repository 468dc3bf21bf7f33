"""``harmledger estimate table`` and ``harmledger eval estimation`` through Typer's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import InputError
from tests.estimate.conftest import LISTS_3, LISTS_4, ROWS_3, ROWS_4

runner = CliRunner()
FAST = ["--burn-in", "200", "--samples", "100", "--thinning", "2"]


def write_table(folder: Path, name: str, lists: tuple[str, ...], rows: list) -> Path:
    lines = [",".join([*lists, "count"])]
    lines += [",".join([*map(str, pattern), str(count)]) for pattern, count in rows]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def csv3(tmp_path: Path) -> Path:
    return write_table(tmp_path, "three.csv", LISTS_3, ROWS_3)


def test_json_has_exactly_the_six_fields(csv3: Path) -> None:
    result = runner.invoke(app, ["estimate", "table", str(csv3), "--method", "chao", "-f", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert list(payload) == ["method", "observed", "estimate", "lower", "upper", "details"]
    assert payload["method"] == "chao"
    assert payload["observed"] == 470


def test_table_output_for_loglinear(csv3: Path, tmp_path: Path) -> None:
    png = tmp_path / "ranking.png"
    result = runner.invoke(app, ["estimate", "table", str(csv3), "--plot", str(png)])
    assert result.exit_code == 0, result.output
    assert "observed" in result.stdout and "470" in result.stdout
    assert "Models by AIC" in result.stdout
    assert "AIC-averaged (headline)" in result.stdout and "BIC-selected" in result.stdout
    assert "headline rule" in result.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_lcmcr_with_seed_and_plot(csv3: Path, tmp_path: Path) -> None:
    png = tmp_path / "posterior.png"
    args = ["estimate", "table", str(csv3), "-m", "lcmcr", "--seed", "7", "-f", "json", *FAST]
    first = runner.invoke(app, [*args, "--plot", str(png)])
    second = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert one["details"]["seed"] == 7
    assert one["estimate"] == two["estimate"]
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_two_lists_chosen(csv3: Path) -> None:
    args = [
        "estimate",
        "table",
        str(csv3),
        "-m",
        "chapman",
        "--lists",
        "bårhus,monitor",
        "-f",
        "json",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["details"]["lists"] == ["bårhus", "monitor"]


def test_strata(tmp_path: Path) -> None:
    path = tmp_path / "strata.csv"
    path.write_text(
        "place,A,B,count\nالرقة,1,0,60\nالرقة,0,1,40\nالرقة,1,1,20\nTabqa,1,0,30\nTabqa,0,1,25\n"
        "Tabqa,1,1,10\n,1,0,3\nunknown,0,1,2\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["estimate", "table", str(path), "-m", "chapman", "--strata", "place", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert list(payload["strata"]) == ["الرقة", "Tabqa"]
    parts = sum(s["estimate"] for s in payload["strata"].values())
    assert payload["estimate"] == pytest.approx(parts)
    table = runner.invoke(
        app, ["estimate", "table", str(path), "-m", "chapman", "--strata", "place"]
    )
    assert "TOTAL" in table.stdout
    assert payload["missing_stratum"]["records"] == 5
    assert "reported apart" in table.stdout
    args = ["estimate", "table", str(path), "-m", "chapman", "--strata", "place", "-f", "json"]
    imputed = runner.invoke(app, [*args, "--missing-strata", "impute"])
    assert json.loads(imputed.stdout)["observed"] == payload["observed"] + 5


def test_errors_are_harmledger_errors(csv3: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["estimate", "table", str(csv3), "-m", "chapman"])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)
    bad = tmp_path / "bad.csv"
    bad.write_text("A,B,count\n1,0,-2\n")
    result = runner.invoke(app, ["estimate", "table", str(bad)])
    assert isinstance(result.exception, InputError)
    assert "negative" in str(result.exception)


def test_help_has_examples() -> None:
    for command in (["estimate", "table"], ["eval", "estimation"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0
        assert "Example: harmledger" in result.stdout


def test_eval_command_on_own_tables(tmp_path: Path) -> None:
    folder = tmp_path / "eval" / "mse"
    folder.mkdir(parents=True)
    write_table(folder, "four.csv", LISTS_4, ROWS_4)
    (folder / "times.csv").write_text("nbcap,freq\n1,80\n2,20\n3,4\n")
    args = [
        "eval",
        "estimation",
        "--dir",
        str(tmp_path / "eval"),
        "-f",
        "json",
        "--samples",
        "50",
        "--burn-in",
        "100",
        "--thinning",
        "2",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {(r["dataset"], r["method"]) for r in rows} == {
        (name, method)
        for name in ("four.csv", "times.csv")
        for method in ("chapman", "lincoln-petersen", "loglinear", "chao", "lcmcr", "dga")
    }
    averaged = next(r for r in rows if r["dataset"] == "four.csv" and r["method"] == "dga")
    assert averaged["lower"] <= averaged["estimate"] <= averaged["upper"]
    assert "60 models averaged" in averaged["note"]
    chao_times = next(r for r in rows if r["dataset"] == "times.csv" and r["method"] == "chao")
    assert chao_times["estimate"] > 104
    skipped = next(r for r in rows if r["dataset"] == "times.csv" and r["method"] == "lcmcr")
    assert skipped["estimate"] is None and "only support 'chao'" in skipped["note"]
