"""The victims page: ranked search, facets with counts, paging, the CSV export button and links
to persons and incidents, in English and Arabic, on every backend; public mode never shows a
record of an unpublished list or a sensitive field, in the page, the facets or the export."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from harmledger.errors import Invalid
from harmledger.store.ledger import Ledger
from harmledger.victims.ledger import import_victim_list
from harmledger.victims.search import VictimFilters, all_matching, search_victims
from tests.web.conftest import Client
from tests.web.demo import Demo

ROWS = (  # names of our own making; ages give both bands, two months of death
    "name,name_latin,sex,age,date_of_death,place_of_death,witness_identity\n"
    "مروانزاده كريم,Marwanzadeh Karim,male,40,2017-07-02,Tabqa,witness A\n"
    "مروان,Marwan,male,12,2017-08-15,Raqqa,witness B\n"
    "مروان علي حسن,Marwan Ali Hasan,male,30,2017-08-16,Raqqa,witness C\n"
    "نور سالم,=Nour Salem,female,7,2017-08-20,Raqqa,witness D\n"
)


def _lists(ledger: Ledger, folder: Path) -> None:
    open_list = folder / "open.csv"
    open_list.write_text(ROWS, encoding="utf-8")
    import_victim_list(ledger, open_list, "Open list", publishable=True)
    closed = folder / "closed.csv"
    closed.write_text("name_latin,sex,age\nMarwan Hidden,male,50\n", encoding="utf-8")
    import_victim_list(ledger, closed, "Closed list", publishable=False)


def _search(ledger: Ledger, public: bool = False, **chosen: Any) -> dict[str, Any]:
    with ledger.reader() as session:
        return search_victims(session, VictimFilters(**chosen), public=public, per_page=2)


def test_best_name_match_first_facets_and_paging(ledger: Ledger, tmp_path: Path) -> None:
    _lists(ledger, tmp_path)
    found = _search(ledger, q="Marwan")
    assert found["total"] == 4
    first = [r["name_latin"] for r in found["items"]]
    assert first == ["Marwan", "Marwan Hidden"]  # the name as typed, then fewest name parts
    rest = _search(ledger, q="marwan")  # case does not matter
    assert [r["name_latin"] for r in rest["items"]] == first
    with ledger.reader() as session:
        second = search_victims(
            session, VictimFilters(q="Marwan"), public=False, per_page=2, page=2
        )
    assert [r["name_latin"] for r in second["items"]] == ["Marwan Ali Hasan", "Marwanzadeh Karim"]
    arabic = _search(ledger, q="مروان")
    assert arabic["items"][0]["name"] == "مروان" and arabic["total"] == 4
    facets = {
        name: {v["value"]: v["count"] for v in values} for name, values in found["facets"].items()
    }
    assert facets["list"] == {"Open list": 3, "Closed list": 1}
    assert facets["age_band"] == {"adult": 3, "child": 1}
    assert facets["month"] == {"2017-08": 2, "2017-07": 1}
    assert facets["place"] == {"Raqqa": 2, "Tabqa": 1}


def test_a_facet_filters_and_counts_under_the_other_filters(ledger: Ledger, tmp_path: Path) -> None:
    _lists(ledger, tmp_path)
    found = _search(ledger, month="2017-08")
    assert found["total"] == 3
    facets = {name: {v["value"]: v for v in values} for name, values in found["facets"].items()}
    assert facets["month"]["2017-08"]["chosen"] and facets["month"]["2017-07"]["count"] == 1
    assert {k: v["count"] for k, v in facets["sex"].items()} == {"male": 2, "female": 1}
    assert _search(ledger, month="2017-08", age_band="child", sex="female")["total"] == 1
    assert _search(ledger, list="Closed list", q="Marwan")["total"] == 1


def test_public_search_counts_publishable_records_only(ledger: Ledger, tmp_path: Path) -> None:
    _lists(ledger, tmp_path)
    found = _search(ledger, public=True, q="Marwan")
    assert found["total"] == 3 and "Marwan Hidden" not in str(found)
    assert "Closed list" not in str(found["facets"])
    assert all("witness_identity" not in r for r in found["items"])
    with ledger.reader() as session:
        exported = all_matching(session, VictimFilters(), public=False, limit=10)
    assert len(exported) == 5 and all("witness_identity" not in r for r in exported)
    with pytest.raises(Invalid), ledger.reader() as session:
        search_victims(session, VictimFilters(), public=False, per_page=0)


def _export(client: Client, **params: str) -> list[dict[str, str]]:
    response = client.get("/victims/export.csv", params=params)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.text.startswith("\ufeff")  # spreadsheets read Arabic as UTF-8
    return list(csv.DictReader(io.StringIO(response.text.removeprefix("\ufeff"))))


def test_victims_page_links_facets_pages_and_exports(
    fresh_app: Any, fresh_demo: Any, tmp_path: Path
) -> None:
    ledger, demo = fresh_demo
    _lists(ledger, tmp_path)
    viewer = Client(fresh_app)
    assert viewer.api_login("vera").status_code == 200
    page = viewer.get("/victims", params={"q": "Marwan"}).text
    assert "(6 records)" in page and 'id="victim-facets"' in page
    assert page.index("Marwan Khalil") < page.index("Marwanzadeh Karim")  # fewer parts first
    assert 'href="/persons/p-1"' in page and f'href="/incidents/{demo.event}"' in page
    assert "/victims?q=Marwan&amp;list=Closed+list" in page  # a facet value is a link
    assert 'href="/victims/export.csv?q=Marwan"' in page
    narrowed = viewer.get("/victims", params={"q": "Marwan", "list": "Closed list"}).text
    assert "(1 records)" in narrowed and 'class="chosen"' in narrowed
    assert "Marwan Hidden" in narrowed and "Marwan Khalil" not in narrowed
    everyone = viewer.get("/victims").text  # no name: every record, 50 a page
    assert "(8 records)" in everyone and "page 1 of 1" in everyone
    rows = _export(viewer, q="Marwan")
    assert [r["name_latin"] for r in rows][:1] == ["Marwan"]
    khalil = next(r for r in rows if r["name_latin"] == "Marwan Khalil")
    assert khalil["person"] == "p-1" and khalil["incident_id"] == str(demo.event)
    assert "family_contact" not in rows[0] and "witness_identity" not in rows[0]
    salem = _export(viewer, q="Nour")[0]
    assert salem["name_latin"] == "'=Nour Salem" and salem["name"] == "نور سالم"
    arabic = viewer.get("/victims", params={"q": "Marwan", "lang": "ar"}).text
    assert 'dir="rtl"' in arabic and "الفئة العمرية" in arabic and "تنزيل CSV" in arabic


def test_victims_page_pages_through_results(
    viewer: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from harmledger.web import pages

    monkeypatch.setattr(pages, "VICTIMS_PER_PAGE", 1)
    first = viewer.get("/victims").text
    second = viewer.get("/victims", params={"page_number": 2}).text
    assert "page 1 of 3" in first and 'href="/victims?page_number=2"' in first
    assert "page 2 of 3" in second and 'rel="prev"' in second
    assert viewer.get("/victims", params={"page_number": 0}).status_code == 400


def test_public_victims_page_and_export_never_leak(anonymous_public: Client, demo: Demo) -> None:
    page = anonymous_public.get("/victims", params={"q": "Marwan"}).text
    assert "Marwan Khalil" in page and "Marwan Yousef" not in page
    assert "Unpublished list" not in page and "+000 555" not in page and "neighbour Q" not in page
    everything = anonymous_public.get("/victims").text
    assert "Unpublished list" not in everything and "(2 records)" in everything
    assert (
        anonymous_public.get("/victims", params={"list": "Unpublished list"}).text.count("<tr>")
        == 2
    )
    rows = _export(anonymous_public)
    assert {r["name_latin"] for r in rows} == {"Marwan Khalil", "Salma Hasan"}
    text = anonymous_public.get("/victims/export.csv").text
    assert "+000 555" not in text and "neighbour Q" not in text and "teacher R" not in text
    assert "publishable" not in rows[0] and "Unpublished" not in text
    arabic = anonymous_public.get("/victims?lang=ar").text
    assert "مروان يوسف" not in arabic and "مروان خليل" in arabic


def test_private_site_asks_who_is_reading_first(client: Client, demo: Demo) -> None:
    for url in ("/victims/export.csv", "/victims?q=Marwan", f"/incidents/{demo.event}/report"):
        response = client.get(url)
        assert response.status_code != 200 and "Marwan" not in response.text, url


def test_api_ranks_victims_as_the_page_does(
    fresh_app: Any, fresh_demo: Any, tmp_path: Path
) -> None:
    """/api/victims and /victims give the same records in the same order (one ranking)."""
    ledger, _ = fresh_demo
    _lists(ledger, tmp_path)
    viewer = Client(fresh_app)
    assert viewer.api_login("vera").status_code == 200
    for query in ("Marwan", "marwan", "مروان"):
        answer = viewer.get("/api/victims", params={"q": query})
        assert answer.status_code == 200
        ranked = [r["name_latin"] for r in answer.json()]
        with ledger.reader() as session:
            shown = search_victims(session, VictimFilters(q=query), public=False, per_page=50)
        assert ranked == [r["name_latin"] for r in shown["items"]], query
        assert ranked[0] == "Marwan"  # the name as typed first, though stored second
    two = viewer.get("/api/victims", params={"q": "Marwan", "limit": 2}).json()
    assert [r["name_latin"] for r in two] == ranked[:2]
    closed = viewer.get("/api/victims", params={"q": "Marwan", "list": "Closed list"}).json()
    assert [r["name_latin"] for r in closed] == ["Marwan Hidden"]
