"""``harmledger extract-text``: the stable JSON interface, the table, and bad input."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from harmledger.cli import app

runner = CliRunner()
FIELDS = [
    "kind", "measure", "who", "who_text", "low", "high", "qualifier", "start", "end", "quote",
    "speaker", "attribution_chain", "perpetrator", "weapon", "place", "place_name", "latitude",
    "longitude", "place_confidence", "period_start", "period_end", "confidence", "negated", "lang",
]  # fmt: skip


def test_json_output_has_exactly_the_claim_fields() -> None:
    text = "At least 18 civilians were killed on Tuesday, medics said."
    result = runner.invoke(
        app, ["extract-text", "--lang", "en", "--published", "2019-05-10"], input=text
    )
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)
    assert [list(c) for c in claims] == [FIELDS]
    claim = claims[0]
    assert (claim["measure"], claim["low"], claim["high"], claim["qualifier"]) == (
        "killed",
        18,
        None,
        "at_least",
    )
    assert text[claim["start"] : claim["end"]] == claim["quote"]
    assert claim["period_start"] == "2019-05-07"


def test_table_output_and_detected_language() -> None:
    result = runner.invoke(
        app, ["extract-text", "--format", "table"], input="قتل 47 شخصاً على الأقل في حلب."
    )
    assert result.exit_code == 0, result.output
    assert "killed" in result.output and "47" in result.output


def test_bad_publication_date_is_one_clear_error() -> None:
    result = runner.invoke(app, ["extract-text", "--published", "last year"], input="5 killed")
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in str(result.exception) + result.output


def test_help_documents_the_interface() -> None:
    result = runner.invoke(app, ["extract-text", "--help"])
    assert result.exit_code == 0
    assert "attribution_chain" in result.output and "Example" in result.output
