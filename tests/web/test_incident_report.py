"""The printable incident report: summary, figures by voice, casualties, sources, statements,
quotes and named victims on one page with a print stylesheet; a report leaves the system, so in
every mode it quotes no witness, names victims of publishable lists only and never prints a
contact or a witness's identity. English and Arabic, on every backend."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from harmledger.store.incident_tables import IncidentClaim
from tests.incidents.builders import add_document
from tests.web.conftest import Client
from tests.web.demo import Demo

LEAKS = ("Marwan Yousef", "مروان يوسف", "+000 555", "neighbour Q", "teacher R", "Unpublished list")


def test_the_report_holds_what_a_reader_needs(viewer: Client, demo: Demo) -> None:
    page = viewer.get(f"/incidents/{demo.event}").text
    assert f'href="/incidents/{demo.event}/report"' in page
    report = viewer.get(f"/incidents/{demo.event}/report")
    assert report.status_code == 200
    text = report.text
    for section in ("summary", "figures-by-voice", "casualties", "statements", "sources"):
        assert f'id="{section}"' in text
    assert 'id="named-victims"' in text and "Marwan Khalil" in text and "Salma Hasan" in text
    assert "Save as PDF" in text and 'class="no-print' in text
    assert '<form class="review"' not in text
    for leak in LEAKS:
        assert leak not in text, leak
    arabic = viewer.get(f"/incidents/{demo.event}/report?lang=ar").text
    assert 'dir="rtl"' in arabic and "الضحايا المسمَّون" in arabic and "حفظ بصيغة PDF" in arabic
    assert viewer.get("/incidents/99999/report").status_code == 404


def test_the_stylesheet_prints_the_page_alone(client: Client) -> None:
    css = client.get("/static/style.css").text
    printing = css[css.index("@media print") :]
    assert "header" in printing and "display: none" in printing and "@page" in printing


def test_public_report_never_leaks(anonymous_public: Client, demo: Demo) -> None:
    text = anonymous_public.get(f"/incidents/{demo.event}/report").text
    assert "Marwan Khalil" in text
    for leak in LEAKS:
        assert leak not in text, leak


def test_the_report_quotes_no_witness_in_any_mode(fresh_app: Any, fresh_demo: Any) -> None:
    ledger, demo = fresh_demo
    said = [{"low": 3, "high": 3, "speaker": "x", "quote": "Three shepherds were killed."}]
    _, (witness,) = add_document(ledger, said, source="A neighbour", source_type="witness")
    _, (news,) = add_document(ledger, said, source="Daily Wire", source_type="news")
    now = dt.datetime(2024, 3, 6, tzinfo=dt.UTC)
    with ledger.session() as session:
        linked = set(session.scalars(select(IncidentClaim.claim_id)))
        for claim_id in {witness, news} - linked:
            session.add(
                IncidentClaim(
                    incident_id=demo.event, claim_id=claim_id, score=1.0, reasons=[],
                    linked_by="auto", created_at=now,
                )
            )  # fmt: skip
    analyst = Client(fresh_app)
    assert analyst.api_login("ana").status_code == 200
    assert "A neighbour" in analyst.get(f"/incidents/{demo.event}").text  # analysts see it
    report = analyst.get(f"/incidents/{demo.event}/report").text
    assert "Daily Wire" in report and "A neighbour" not in report
    for leak in LEAKS:
        assert leak not in report, leak
