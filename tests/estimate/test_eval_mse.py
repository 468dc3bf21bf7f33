"""The published capture tables in <eval>/mse: observed counts, and estimates in a sane range.

What the methods give for Kosovo 1999 (published 10,356) and why they differ is written up in
benchmarks/README.md (estimation section).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from harmledger.estimate import (
    chao,
    lcmcr,
    loglinear,
    read_capture_csv,
    read_capture_data,
    read_capture_frequencies_csv,
)

pytestmark = pytest.mark.eval


def test_kosovo_both_shapes_agree(mse_dir: Path) -> None:
    table = read_capture_csv(mse_dir / "kosovo_capture_table.csv")
    people = read_capture_csv(mse_dir / "kosovo_aggregate.csv")
    assert table.lists == ("EXH", "ABA", "OSCE", "HRW")
    assert table.observed == people.observed == 4400
    assert table.cells.tolist() == people.cells.tolist()


def test_every_table_reads(mse_dir: Path) -> None:
    for path in sorted(mse_dir.glob("*.csv")):
        data = read_capture_data(path)
        assert data.observed > 0, path.name
    assert read_capture_frequencies_csv(mse_dir / "rcapture_ill.csv").observed == 1880


def test_kosovo_loglinear(mse_dir: Path) -> None:
    table = read_capture_csv(mse_dir / "kosovo_capture_table.csv")
    result = loglinear(table)
    assert result.details["search"] == "exhaustive"
    assert result.details["models_fitted"] == 113
    # independence ignores list dependence and gives about 7,400
    assert result.details["independence"]["estimate"] == pytest.approx(7395, abs=5)
    # the BIC-best hierarchical model reproduces the published figure
    assert result.details["best_bic"]["estimate"] == pytest.approx(10_356, rel=0.01)
    assert 9_000 < result.estimate < 20_000
    assert result.lower < 10_356 < result.upper


def test_kosovo_lcmcr(mse_dir: Path) -> None:
    table = read_capture_csv(mse_dir / "kosovo_capture_table.csv")
    # short and unconverged on purpose (tests stay fast); converged runs are in benchmarks/
    result = lcmcr(table, seed=2016, burn_in=2_000, samples=500, thinning=5, converge=False)
    assert 8_500 < result.estimate < 14_000
    assert result.lower < 10_356 < result.upper


def test_kosovo_chao_is_below(mse_dir: Path) -> None:
    result = chao(read_capture_csv(mse_dir / "kosovo_capture_table.csv"))
    assert 4_400 < result.estimate < 10_356


def test_uk_loglinear_within_published_range(mse_dir: Path) -> None:
    table = read_capture_csv(mse_dir / "sparsemse_UKdat.csv")
    assert table.observed == 2744
    result = loglinear(table)
    assert 10_000 <= result.estimate <= 13_000
    assert result.lower < 13_000 and result.upper > 10_000


def test_uk_five_lists_reproduce_the_published_selection(mse_dir: Path) -> None:
    table = read_capture_csv(mse_dir / "sparsemse_UKdat_5.csv")
    result = loglinear(table)
    # the published procedure (two-way terms, Poisson p-value < 0.02, existence checks)
    stepped = result.details["side_by_side"]["stepwise_pvalue"]
    assert stepped["estimate"] == pytest.approx(11_313, abs=2)
    assert 9_500 < stepped["lower"] < 10_500 and 12_500 < stepped["upper"] < 13_500
    # three-way terms resting on one or two people no longer drive the average to 25,000
    assert "LA*NG*PFNCA" not in result.details["best_bic"]["model"]
    assert result.lower < 13_000 and result.upper > 10_000
    assert result.estimate < 20_000
