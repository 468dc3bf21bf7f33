"""Page capture: a page served on 127.0.0.1 is kept as served, as rendered, as a screenshot and
as a WARC, all named in one custody event; what the page's script wrote is read."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from PIL import Image
from pytest_httpserver import HTTPServer
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import ConfigError, IngestError
from harmledger.ingestion.capture import capture_page, find_browser, ingest_capture
from harmledger.ingestion.pipeline import IngestOptions
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent, Document
from harmledger.store.verify import verify_ledger

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),  # one chromium at a time under xdist
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="page capture needs Debian's chromium at /usr/bin/chromium"
    ),
]

# A page we wrote: its second paragraph exists only after its script ran, as on sites that
# render their articles in the browser.
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night strike</title></head>
<body><h1>Night strike on the market</h1>
<p>Residents said the market was hit shortly after midnight.</p>
<div id="late"></div><img src="/square.png" alt="">
<script>document.getElementById("late").textContent = ["Medics", "said", "at least 7",
  "civilians were killed and 12 injured."].join(" ");</script>
</body></html>"""


def _square() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def site(httpserver: HTTPServer) -> str:
    httpserver.expect_request("/report").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/square.png").respond_with_data(_square(), content_type="image/png")
    return httpserver.url_for("/report")


def test_a_captured_page_keeps_served_html_dom_screenshot_and_warc(
    sqlite_ledger: Ledger, site: str
) -> None:
    from warcio.archiveiterator import ArchiveIterator

    taken = capture_page(site)
    report, artifacts = ingest_capture(sqlite_ledger, taken, IngestOptions(source="Test Wire"))

    assert taken.status == 200 and b"Medics said" not in taken.served  # the script wrote it
    assert "at least 7 civilians were killed" in taken.dom
    assert [r.status for r in report.results] == ["ingested"]
    archive = sqlite_ledger.archive
    assert archive.read(artifacts["served_html"]) == taken.served
    assert Image.open(io.BytesIO(archive.read(artifacts["screenshot"]))).format == "PNG"
    records = list(ArchiveIterator(io.BytesIO(archive.read(artifacts["warc"]))))
    uris = {r.rec_headers.get_header("WARC-Target-URI") for r in records}
    assert site in uris and site.replace("/report", "/square.png") in uris
    assert any(u.startswith("urn:harmledger:screenshot:") for u in uris)
    assert gzip.decompress(archive.read(artifacts["warc"]))[:8] == b"WARC/1.1"
    with sqlite_ledger.reader() as session:
        document = session.scalars(select(Document)).one()
        event = session.scalars(select(CustodyEvent).where(CustodyEvent.action == "capture")).one()
    assert "at least 7 civilians were killed" in document.text
    assert document.sha256 == artifacts["rendered_dom"]
    assert event.details["artifacts"] == artifacts
    assert event.details["client"]["browser"].startswith("Chromium")
    assert event.details["documents"] == [document.id]
    assert verify_ledger(sqlite_ledger).ok  # every artifact is in the chain, none a stray


def test_capturing_an_unchanged_page_again_is_a_new_event_not_a_new_document(
    sqlite_ledger: Ledger, site: str
) -> None:
    for _ in range(2):
        report, _ = ingest_capture(sqlite_ledger, capture_page(site), IngestOptions())
    assert report.results[0].status == "already_archived"
    with sqlite_ledger.reader() as session:
        captures = session.scalars(
            select(CustodyEvent).where(CustodyEvent.action == "capture")
        ).all()
        assert len(session.scalars(select(Document)).all()) == 1
    assert len(captures) == 2


def test_unreachable_pages_and_missing_browsers_say_what_is_wrong(httpserver: HTTPServer) -> None:
    with pytest.raises(IngestError, match="only http"):
        capture_page("file:///etc/passwd")
    with pytest.raises(IngestError, match="capture failed"):
        capture_page("http://127.0.0.1:9/nothing-listens-here", time_limit=10)
    with pytest.raises(ConfigError, match="no Chromium"):
        find_browser("/nonexistent/chromium")


def test_the_capture_command_reports_each_page(sqlite_ledger: Ledger, site: str) -> None:
    home = str(sqlite_ledger.settings.home)
    result = CliRunner().invoke(
        app, ["capture", site, "http://127.0.0.1:9/gone", "--home", home, "--format", "json"]
    )
    assert result.exit_code == 1  # one page failed; the other was kept
    assert '"status": "captured"' in result.output and '"status": "failed"' in result.output
