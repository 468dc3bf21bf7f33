"""The JSON API: every endpoint, its filters and pagination, exports, and one error envelope."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from tests.web.conftest import Client
from tests.web.demo import Demo


def _error(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code, body
    assert body["error"]["message"]
    return body["error"]


def test_incident_list_filters_and_paginates(viewer: Client, demo: Demo) -> None:
    everything = viewer.get("/api/incidents").json()
    assert everything["total"] == len(everything["items"]) >= 3
    campaigns = viewer.get("/api/incidents", params={"kind": "aggregate"}).json()
    assert [i["id"] for i in campaigns["items"]] == [demo.campaign]
    assert (
        viewer.get("/api/incidents", params={"place": "mosul"}).json()["items"][0]["id"]
        == demo.mosul
    )
    by_perpetrator = viewer.get("/api/incidents", params={"perpetrator": "islamic"}).json()
    assert [i["id"] for i in by_perpetrator["items"]] == [demo.mosul]
    assert (
        viewer.get("/api/incidents", params={"grade": "fair", "q": "raqqah"}).json()["total"] == 1
    )
    in_august = viewer.get("/api/incidents", params={"period": "2017-08"}).json()
    assert demo.mosul in [i["id"] for i in in_august["items"]]
    assert viewer.get("/api/incidents", params={"period": "2019"}).json()["total"] == 0
    first = viewer.get("/api/incidents", params={"per_page": 1, "page": 2, "sort": "-date"}).json()
    assert len(first["items"]) == 1 and first["page"] == 2 and first["total"] == everything["total"]


def test_incident_detail_has_figures_claims_and_assessments(viewer: Client, demo: Demo) -> None:
    incident = viewer.get(f"/api/incidents/{demo.campaign}").json()
    assert incident["kind"] == "aggregate"
    killed = next(f for f in incident["figures"] if f["measure"] == "killed")
    # the coalition's own 104 is its concession (shown in compare), not the low end reported
    assert (killed["min"], killed["max"]) == (1601, 1601)
    assert demo.coalition_claim not in killed["claims"]
    quotes = {c["id"]: c["quote"] for c in incident["claim_details"]}
    assert "104 civilians" in quotes[demo.coalition_claim]
    assert incident["assessments"][0]["conceded_min"] == 104


def test_documents_and_claims(viewer: Client, demo: Demo) -> None:
    listed = viewer.get("/api/documents", params={"per_page": 2}).json()
    assert [d["id"] for d in listed["items"]] == [1, 2]
    arabic = viewer.get(f"/api/documents/{demo.arabic_document}").json()
    assert "مدنيا" in arabic["text"] and len(arabic["sha256"]) == 64 and "archive_path" in arabic
    claims = viewer.get("/api/claims", params={"document_id": demo.arabic_document}).json()
    assert claims["total"] == 1
    claim = claims["items"][0]
    assert arabic["text"][claim["start"] : claim["end"]] == claim["quote"]
    assert viewer.get("/api/claims", params={"measure": "bodies_recovered"}).json()["total"] == 1


def test_tally_and_compare(viewer: Client, demo: Demo) -> None:
    by_place = viewer.get("/api/tally", params={"by": "place"}).json()
    assert {r["place"]: (r["min"], r["max"]) for r in by_place} == {
        "Ar Raqqah": (1601, 1601),
        "Mosul": (30, 35),
    }
    by_two = viewer.get("/api/tally", params=[("by", "grade"), ("by", "month"), ("grades", "all")])
    assert all({"grade", "month"} <= set(r) for r in by_two.json())
    gaps = viewer.get("/api/compare", params={"incident_id": demo.campaign}).json()["gaps"]
    assert gaps["belligerent_admitted_latest"] == 104
    assert gaps["monitor_civilians_killed_max"] == 1601
    assert gaps["bodies_recovered_max"] == 2601
    _error(viewer.get("/api/compare"), 400, "bad_request")
    _error(viewer.get("/api/tally", params={"by": "colour"}), 400, "bad_request")


def test_victims_search_across_scripts(viewer: Client, analyst: Client) -> None:
    found = viewer.get("/api/victims", params={"q": "Marwan"}).json()
    assert {r["name"] for r in found} == {"مروان خليل", "مروان يوسف"}
    assert all("family_contact" not in r for r in found)  # viewers never see sensitive fields
    arabic_query = analyst.get("/api/victims", params={"q": "مروان", "list": "Published list"})
    (record,) = arabic_query.json()
    assert record["name_latin"] == "Marwan Khalil"
    assert record["family_contact"] == "+000 555 0101"  # analysts do


def test_exports(viewer: Client, demo: Demo) -> None:
    response = viewer.get("/api/export/incidents.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())  # spreadsheets read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {int(r["id"]) for r in rows} >= {demo.campaign, demo.mosul}
    geo = viewer.get("/api/export/incidents.geojson", params={"kind": "aggregate"}).json()
    (feature,) = geo["features"]
    assert feature["geometry"]["coordinates"] == [39.00788, 35.95283]
    claims = json.loads(viewer.get("/api/export/claims.json").text)
    assert len(claims) == 5
    tally_csv = viewer.get("/api/export/tally.csv", params={"by": "place", "bom": "false"}).text
    assert tally_csv.splitlines()[0].startswith("place,")
    victims = viewer.get("/api/export/victims.json", params={"q": "Salma"}).json()
    assert [v["name_latin"] for v in victims] == ["Salma Hasan"]
    _error(viewer.get("/api/export/claims.geojson"), 400, "bad_request")
    _error(viewer.get("/api/export/claims.xml"), 422, "invalid_input")


def test_empty_exports_keep_their_header(viewer: Client) -> None:
    from harmledger.web.exports import empty_columns

    for dataset in ("incidents", "claims", "victims"):
        full = viewer.get(f"/api/export/{dataset}.csv", params={"bom": "false"}).text
        assert full.splitlines()[0] == ",".join(empty_columns(dataset)), dataset
    empty = viewer.get("/api/export/victims.csv", params={"q": "Nobody Atall", "bom": "false"})
    assert empty.text == ",".join(empty_columns("victims")) + "\r\n"


def test_one_error_envelope(viewer: Client, client: Client) -> None:
    _error(client.get("/api/incidents"), 401, "unauthorized")
    _error(viewer.get("/api/incidents/9999"), 404, "not_found")
    _error(viewer.get("/api/documents/9999"), 404, "not_found")
    _error(viewer.get("/api/nowhere"), 404, "not_found")
    _error(viewer.get("/api/incidents/seven"), 422, "invalid_input")
    _error(viewer.get("/api/incidents", params={"period": "June"}), 400, "bad_request")
    _error(viewer.get("/api/incidents", params={"per_page": 0}), 400, "bad_request")
    _error(viewer.request("DELETE", "/api/incidents"), 405, "method_not_allowed")


def test_unexpected_failures_use_the_envelope(viewer: Client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import harmledger.claims.queries as queries

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(queries, "list_claims", broken)  # the read under /api/claims
    error = _error(viewer.get("/api/claims"), 500, "internal_error")
    assert "disk" not in error["message"]  # internals stay in the server log


def test_openapi_docs(client: Client) -> None:
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/claims/{claim_id}/review" in docs.text
    assert "cdn" not in docs.text.lower() and "<script" not in docs.text
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/claims/{claim_id}/review" in paths and "/api/incidents" in paths


def test_dashboard_marginals_equal_one_way_tallies(viewer: Client) -> None:
    from harmledger.web.data import marginal

    two_way = viewer.get("/api/tally", params=[("by", "month"), ("by", "belligerent")]).json()
    for key in ("month", "belligerent"):
        assert marginal(two_way, key) == viewer.get("/api/tally", params={"by": key}).json()


def test_estimates_from_linked_persons(viewer: Client, anonymous_public: Client) -> None:
    lists = [("lists", "Published list"), ("lists", "Unpublished list")]
    result = viewer.get("/api/estimates", params=[*lists, ("method", "chapman")]).json()
    # persons: p-1 on both lists, p-2 on the published one: n1=2, n2=1, m=1
    assert result["observed"] == 2 and result["estimate"] == 2.0
    assert sorted(r["count"] for r in result["table"]) == [1, 1]
    _error(viewer.get("/api/estimates", params=[("lists", "Published list")]), 400, "bad_request")
    _error(viewer.get("/api/estimates", params=[*lists, ("method", "magic")]), 400, "bad_request")
    # the public may not learn of a list it cannot read
    hidden = anonymous_public.get("/api/estimates", params=lists)
    _error(hidden, 404, "not_found")


def test_cli_and_web_write_the_same_csv(viewer: Client, shared_demo: tuple[Any, Demo]) -> None:
    from typer.testing import CliRunner

    from harmledger.cli import app as cli_app

    ledger = shared_demo[0]
    result = CliRunner().invoke(
        cli_app, ["claims", "list", "--format", "csv", "--home", str(ledger.settings.home)]
    )
    assert result.exit_code == 0, result.output
    web = viewer.get("/api/export/claims.csv", params={"bom": "false"}).text
    assert result.stdout_bytes.decode() == web


def test_empty_cli_listings_keep_the_exports_header(shared_demo: tuple[Any, Demo]) -> None:
    """`claims list` and `incidents list --format csv` with nothing to list still write the
    header a spreadsheet or a script expects (the web export's, as for a full listing)."""
    from typer.testing import CliRunner

    from harmledger.cli import app as cli_app
    from harmledger.web.exports import empty_columns

    home = str(shared_demo[0].settings.home)
    claims = CliRunner().invoke(
        cli_app, ["claims", "list", "--format", "csv", "--document", "9999", "--home", home]
    )
    assert claims.exit_code == 0, claims.output
    assert claims.stdout_bytes.decode() == ",".join(empty_columns("claims")) + "\r\n"
    incidents = CliRunner().invoke(
        cli_app, ["incidents", "list", "--format", "csv", "--place", "Nowhere", "--home", home]
    )
    assert incidents.exit_code == 0, incidents.output
    header = [c for c in empty_columns("incidents") if c != "figures"]
    assert incidents.stdout_bytes.decode() == ",".join(header) + "\r\n"
