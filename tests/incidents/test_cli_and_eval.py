"""The incident commands end to end, on the seed articles and on Airwars' narratives."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.evaldata import eval_dir

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stdout
    return result.stdout


@pytest.fixture
def eval_root() -> Path:
    root = eval_dir(must_exist=False)
    if not root.is_dir():
        pytest.skip(f"evaluation data not found at {root}")
    return root


@pytest.mark.eval
def test_seed_articles_attach_to_one_raqqa_campaign(eval_root: Path, ledger_home: Path) -> None:
    home = str(ledger_home)
    run("ingest", str(eval_root.parent / "seeds"), "--home", home)
    run("extract", "--home", home)
    run("link", "incidents", "--home", home)
    incidents = json.loads(
        run("incidents", "list", "--home", home, "--kind", "aggregate", "--format", "json")
    )
    raqqa = [i for i in incidents if i["country"] == "Syria" and i["documents"] == [1, 2]]
    assert len(raqqa) == 1, incidents
    campaign = raqqa[0]
    assert (campaign["period_start"], campaign["period_end"]) == ("2017-06-06", "2017-10-12")
    assert {"id", "kind", "name", "place", "grade", "documents", "claims"} <= set(campaign)

    shown = json.loads(
        run("incidents", "show", str(campaign["id"]), "--home", home, "--format", "json")
    )
    assert all(c["quote"] for c in shown["claim_details"])
    recovered = [f for f in shown["figures"] if f["measure"] == "bodies_recovered"]
    killed = [f for f in shown["figures"] if f["measure"] == "killed"]
    assert recovered and all(
        f["max"] < 2600 for f in killed
    )  # 2,600 bodies are never added to killed

    run(
        "assessments",
        "add",
        str(campaign["id"]),
        "--belligerent",
        "us_led_coalition",
        "--assessment",
        "credible",
        "--conceded",
        "104",
        "--date",
        "2018-12",
        "--home",
        home,
    )
    compared = json.loads(
        run("compare", "--incident", str(campaign["id"]), "--home", home, "--format", "json")
    )
    belligerent = [f for f in compared["figures"] if f["source_type"] == "belligerent"]
    assert any(f["max"] == 104 for f in belligerent)
    assert all(f["source_type"] != "monitor" or f["max"] != 104 for f in compared["figures"])
    assert compared["gaps"]["belligerent_admitted_latest"] == 104
    table = run("tally", "--home", home, "--grades", "all", "--by", "place")
    assert "Raqqah" in table
    assert "verified" in run("verify", "--home", home)


@pytest.mark.eval
@pytest.mark.slow
def test_eval_incidents_reports_every_figure_with_its_definition(eval_root: Path) -> None:
    result = json.loads(
        run("eval", "incidents", "--limit", "40", "--format", "json", "--data", str(eval_root))
    )
    assert result["incidents"] == 40
    assert result["with_casualty_claims"] >= 30
    assert set(result["definitions"]) == {
        "range_exact",
        "min_exact",
        "grade_agreement",
        "linked_alone",
        "tune/check",
    }
    assert sum(result["grade_confusion"].values()) == 40
    assert result["tune"]["incidents"] + result["check"]["incidents"] == 40  # halves by id
    assert result["tune"]["incidents"] > 0 and result["check"]["incidents"] > 0
