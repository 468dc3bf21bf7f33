"""Recovery logs on the web: counts by attribution, public mode's rules, no witness shown."""

from __future__ import annotations

from tests.web.conftest import Client
from tests.web.demo import Demo


def test_counts_attribute_bodies_only_with_confirmed_or_probable_certainty(
    viewer: Client, demo: Demo
) -> None:
    counts = viewer.get("/api/recoveries/counts", params={"by": "perpetrator"}).json()
    assert {row["group"]: row["bodies"] for row in counts} == {"Group Z": 1, "unattributed": 3}
    by_site = viewer.get(
        "/api/recoveries/counts", params={"by": "site", "log": "Responders log"}
    ).json()
    assert {row["group"]: row["bodies"] for row in by_site} == {"Stadium grave": 2, "Old bakery": 1}
    wrong = viewer.get("/api/recoveries/counts", params={"by": "colour"})
    assert wrong.status_code == 400 and "cannot count bodies by" in wrong.json()["error"]["message"]


def test_bodies_search_across_scripts_without_witnesses_for_viewers(
    viewer: Client, analyst: Client, demo: Demo
) -> None:
    found = viewer.get("/api/recoveries", params={"q": "Huda"}).json()
    assert [row["record_key"] for row in found] == ["R-1"]
    assert "witness_identity" not in found[0]
    assert analyst.get("/api/recoveries", params={"q": "Huda"}).json()[0]["witness_identity"]
    assert viewer.get("/api/recoveries", params={"limit": 0}).status_code == 400


def test_public_mode_shows_publishable_bodies_only(anonymous_public: Client, demo: Demo) -> None:
    bodies = anonymous_public.get("/api/recoveries").json()
    assert sorted(row["record_key"] for row in bodies) == ["R-1", "R-2", "R-3"]
    assert all("witness_identity" not in row for row in bodies)
    counts = anonymous_public.get("/api/recoveries/counts", params={"by": "site"}).json()
    assert "Closed site" not in {row["group"] for row in counts}
    page = anonymous_public.get("/recoveries").text
    assert "Stadium grave" in page and "Closed site" not in page and "driver S" not in page


def test_page_shows_counts_and_bodies(viewer: Client, demo: Demo) -> None:
    page = viewer.get("/recoveries").text
    assert 'id="recoveries-by-perpetrator"' in page and "unattributed" in page
    assert '<td dir="rtl">هدى سالم</td>' in page
    assert "Group Z (possible)" in page  # shown as written, but not counted against Group Z
    assert 'href="/recoveries"' in page
