"""The incident page as a monitor publishes it: a summary (grade and its definition, place,
date, figures by voice, suspected belligerent), the sources by publisher, date and language,
belligerents' statements apart, the casualty breakdown; and the persons list, with links from
every victim record to its person and its incident."""

from __future__ import annotations

import re

from harmledger.web.incident_view import grade_facts, voices
from tests.web.conftest import Client
from tests.web.demo import Demo


def _section(page: str, element_id: str) -> str:
    start = page.index(f'id="{element_id}"')
    return page[start : start + 4000]


def test_summary_states_grade_place_date_figures_and_belligerent(
    viewer: Client, demo: Demo
) -> None:
    page = viewer.get(f"/incidents/{demo.campaign}?lang=en").text
    summary = _section(page, "summary")
    assert 'id="grade">Fair<' in summary
    assert "two or more independent credible sources" in summary  # the grade's definition
    # names are isolated (U+2068…U+2069) so that an Arabic sentence keeps its order around them
    assert (
        "A campaign in \u2068Ar Raqqah\u2069, \u2068Syria\u2069, 6 June 2017 – 12 October 2017."
        in summary
    )
    assert re.search(r'id="suspected-belligerent">US-led coalition<', summary)
    by_voice = _section(page, "figures-by-voice")
    assert re.search(
        r"Civilians killed:</strong>\s*<span class=\"voice voice-monitor\">monitor", by_voice
    )
    assert "belligerent <bdi>104</bdi>" in by_voice and "Bodies recovered" in by_voice
    assert "graded by an analyst" in summary and "analyst: several independent monitors" in summary

    event = viewer.get(f"/incidents/{demo.event}?lang=en").text
    reasons = _section(event, "grade-reasons")
    assert "single source, or no belligerent action reported" in reasons
    assert "Independent origins</th><td>1</td>" in reasons  # the rules' facts, labelled
    assert "belligerent_accepted" not in event


def test_sources_have_publisher_date_language_and_belligerents_are_apart(
    viewer: Client, demo: Demo
) -> None:
    page = viewer.get(f"/incidents/{demo.campaign}?lang=en").text
    sources = page[page.index('id="sources"') : page.index('id="belligerent-statements"')]
    assert '<strong class="publisher">Airwars</strong>' in sources
    assert '<time datetime="2018-04-25">25 April 2018</time>' in sources
    assert '<strong class="publisher">Raqqa Civil Defence</strong>' in sources
    assert 'href="/documents/1"' in sources and "English" in sources
    assert "Wire" not in sources  # the coalition's statement is among the belligerents'
    assert "document 1<" not in page and "document 3<" not in page
    statements = _section(page, "belligerent-statements")
    assert '<time datetime="2018-07-17">17 July 2018</time>' in statements
    assert "credible" in statements and "admission in a text" in statements
    assert '<strong class="publisher">Wire</strong>' in statements


def test_casualty_breakdown_by_category(viewer: Client, demo: Demo) -> None:
    page = viewer.get(f"/incidents/{demo.campaign}?lang=en").text
    figures = _section(page, "figures")
    assert "<td>killed</td><td>civilians</td>" in figures
    assert "<td>bodies recovered</td><td>people of unknown status</td>" in figures
    arabic = viewer.get(f"/incidents/{demo.campaign}?lang=ar").text
    assert "<td>قتلى</td><td>مدنيون</td>" in _section(arabic, "figures")
    assert "التحالف بقيادة الولايات المتحدة" in arabic and "مقبول" in arabic


def test_voices_take_each_voice_range_and_leave_victim_lists_out() -> None:
    comparison = {
        "figures": [
            {"voice": "monitor", "measure": "killed", "category": "civilians", "min": 1400, "max": 1400},
            {"voice": "monitor", "measure": "killed", "category": "civilians", "min": 1601, "max": 1700},
            {"voice": "monitor", "measure": "killed", "category": "civilians", "min": 2, "max": 2, "list": "L"},
            {"voice": "belligerent", "measure": "killed", "category": "civilians", "min": 104, "max": 104},
            {"voice": "monitor", "measure": "killed", "category": "combatants", "min": 9, "max": 9},
            {"voice": "responder", "measure": "bodies_recovered", "category": "unknown", "min": 2601, "max": None},
        ]
    }  # fmt: skip
    lines = voices(comparison)
    assert [line["measure"] for line in lines] == ["killed", "bodies_recovered"]
    assert lines[0]["voices"] == [
        {"measure": "killed", "voice": "monitor", "min": 1400, "max": 1700},
        {"measure": "killed", "voice": "belligerent", "min": 104, "max": 104},
    ]
    assert lines[1]["voices"][0]["min"] == 2601 and lines[1]["voices"][0]["max"] is None


def test_grade_facts_are_read_from_the_rules_line() -> None:
    sentences, facts = grade_facts(
        [
            "single source",
            "belligerent_accepted=False, independent_origins=1, second_party_share=0.5",
        ]
    )
    assert sentences == ["single source"]
    assert facts == [
        ("belligerent_accepted", False),
        ("independent_origins", 1.0),
        ("second_party_share", 0.5),
    ]
    assert grade_facts(["analyst: a=b, c"]) == (["analyst: a=b, c"], [])


def test_persons_list_pages_and_links(viewer: Client, demo: Demo) -> None:
    page = viewer.get("/persons?lang=en").text
    table = _section(page, "persons")
    assert 'href="/persons/p-1"' in table and 'href="/persons/p-2"' in table
    assert "مروان خليل" in table and "Marwan Yousef" in table  # staff see every list
    assert f'href="/incidents/{demo.event}"' in table
    assert "page 1 of 1" in page
    assert viewer.get("/persons?page_number=0").status_code == 400
    empty = viewer.get("/persons?page_number=2&lang=en").text
    assert "No person." in empty and 'rel="prev"' in empty


def test_public_persons_show_publishable_records_only(anonymous_public: Client) -> None:
    page = anonymous_public.get("/persons?lang=en").text
    assert "Marwan Khalil" in page and "Marwan Yousef" not in page
    assert "Unpublished list" not in page and "+000 555" not in page


def test_victim_records_link_to_their_person_and_incident(viewer: Client, demo: Demo) -> None:
    page = viewer.get("/victims?q=Marwan&lang=en").text
    row = page[page.index("مروان خليل") - 200 : page.index("مروان خليل") + 900]
    assert 'href="/persons/p-1"' in row and f'href="/incidents/{demo.event}"' in row
    person = viewer.get("/persons/p-1?lang=en").text
    assert f'href="/incidents/{demo.event}"' in person
    evidence = _section(person, "evidence")
    assert "{&#39;" not in evidence and "{'" not in evidence  # no dict repr
    assert "<span>name: similar</span>" in evidence  # a comparison, labelled
    assert "Marwan Khalil" in evidence or "مروان خليل" in evidence  # records by name, not id


def test_linker_names_are_worded_in_the_readers_language(viewer: Client, demo: Demo) -> None:
    english = viewer.get(f"/incidents/{demo.campaign}?lang=en").text
    assert "<h1>\u2068Ar Raqqah\u2069, campaign, 6 June 2017 – 12 October 2017</h1>" in english
    arabic = viewer.get(f"/incidents/{demo.campaign}?lang=ar").text
    assert (
        "<h1>حملة \u2068Ar Raqqah\u2069، من 6 حزيران/يونيو 2017 إلى 12 تشرين الأول/أكتوبر 2017</h1>"
        in arabic
    )
    listed = viewer.get("/incidents?lang=ar").text
    assert "\u2068Mosul\u2069، 15 آب/أغسطس 2017" in listed
    assert "campaign" not in listed.split("<main>")[1]
