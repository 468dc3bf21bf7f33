"""The estimates page: each method's assumptions and failures in words, every quick method's
estimate and interval on one server-drawn plot (no script), the capture-overlap table, and a
clear warning when a sampler's chains have not converged; in English and Arabic."""

from __future__ import annotations

from typing import Any

import pytest

from harmledger.estimate.result import EstimateResult
from harmledger.web.estimates import convergence, methods_chart
from tests.web.conftest import Client

LISTS = [("lists", "Published list"), ("lists", "Unpublished list")]


def test_every_method_says_what_it_assumes_and_is_plotted(viewer: Client) -> None:
    page = viewer.get("/estimates", params=[*LISTS, ("method", "chapman")]).text
    assert 'id="methods-plot"' in page and "<script" not in page
    plot = page[
        page.index('id="methods-plot"') : page.index("</svg>", page.index('id="methods-plot"'))
    ]
    assert "Chapman" in plot and "Lincoln–Petersen" in plot and "<circle" in plot
    assert "What it assumes" in page and "When it fails" in page
    assert "being on one list making it neither more nor less likely" in page
    methods = page[page.index('id="methods"') :]
    for method in ("chapman", "lincoln-petersen", "loglinear", "chao", "dga"):
        assert f'id="method-{method}"' in methods
    assert 'id="method-lcmcr"' not in methods  # a chain is sampled only when chosen
    capture = page[page.index('id="capture"') :]
    assert "Published list" in capture and 'id="unobserved"' in capture
    assert 'id="not-converged"' not in page and 'id="converged"' not in page  # no chain
    arabic = viewer.get("/estimates", params=[*LISTS, ("lang", "ar")]).text
    assert "ما تفترضه" in arabic and "متى تخفق" in arabic and "تشابمان" in arabic
    assert 'dir="rtl"' in arabic and 'direction="ltr"' in arabic  # the plot reads left to right


def test_a_chain_that_has_not_converged_is_warned_of(
    viewer: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    import harmledger.estimate as estimate_package

    def unmixed(table: Any, method: str, **_: Any) -> EstimateResult:
        details = {"converged": False, "rhat": 1.31, "effective_sample_size": 42.0}
        return EstimateResult(method, 2, 9.0, 2.0, 400.0, details if method == "lcmcr" else {})

    monkeypatch.setattr(estimate_package, "estimate", unmixed)
    page = viewer.get("/estimates", params=[*LISTS, ("method", "lcmcr")]).text
    assert 'id="not-converged"' in page and "1.310" in page and "42" in page
    assert "Do not use this estimate" in page
    arabic = viewer.get("/estimates", params=[*LISTS, ("method", "lcmcr"), ("lang", "ar")]).text
    assert "لم تتقارب" in arabic


def test_convergence_and_plot_geometry() -> None:
    assert convergence({"interval": "confidence"}) is None
    assert (
        convergence({"converged": True, "rhat": 1.002, "effective_sample_size": 900})["warn"]
        is False
    )
    assert convergence({"converged": True, "rhat": 1.002, "effective_sample_size": 90})["warn"]
    assert convergence({"rhat": float("nan")})["warn"]
    rows = [
        {"method": "chapman", "observed": 10, "estimate": 20.0, "lower": 12.0, "upper": 40.0},
        {"method": "chao", "observed": 10, "estimate": 15.0, "lower": 11.0, "upper": float("inf")},
        {"method": "dga", "unavailable": "needs three lists"},
    ]
    chart = methods_chart(rows)
    assert [r["method"] for r in chart["rows"]] == ["chapman", "chao"]
    chapman, chao = chart["rows"]
    assert chapman["lower"] < chapman["estimate"] < chapman["upper"] and not chapman["open"]
    assert chao["open"] and chao["upper"] <= chart["width"]
    assert chart["observed"] < chapman["estimate"]
    assert methods_chart([rows[2]])["rows"] == []


def test_public_estimates_offer_no_hidden_list(anonymous_public: Client) -> None:
    page = anonymous_public.get("/estimates", params=LISTS).text
    assert 'value="Unpublished list"' not in page and 'id="capture"' not in page
