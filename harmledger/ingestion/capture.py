"""Page capture: a web page as a reader saw it, kept before it is edited or deleted.

``harmledger capture URL`` opens the page in headless Chromium (Debian's, driven by Playwright)
and keeps four things: the HTML as the server sent it, the DOM after the page's scripts ran
(what a reader saw, and the text harmledger reads), a full-page screenshot, and a WARC file of
every response the page loaded (``warcio``), so the capture can be replayed by the web-archiving
tools the field uses. All four are archived by SHA-256 and named in one custody event with the
capture time and the client (browser version, user agent).

Capturing runs a stranger's scripts: the browser gets no downloads, no service workers, a time
limit, and a byte budget for what it records; the sandbox stays on unless running as root.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harmledger.errors import ConfigError, IngestError
from harmledger.ingestion.inputs import PendingItem
from harmledger.ingestion.model import IngestReport, RawItem
from harmledger.ingestion.pipeline import IngestOptions, ingest_pending
from harmledger.store.custody import append_event
from harmledger.store.ledger import Ledger

DEFAULT_BROWSER = "/usr/bin/chromium"
CAPTURE_TIME_LIMIT_SECONDS = 60.0
CAPTURE_MAX_BYTES = 50 * 1024 * 1024  # responses recorded into the WARC, in all
VIEWPORT = {"width": 1280, "height": 900}


@dataclass(frozen=True)
class Capture:
    """Everything one capture kept of a page, with when and by what it was taken."""

    url: str
    final_url: str
    status: int | None
    captured_at: dt.datetime
    served: bytes
    served_type: str | None
    dom: str
    screenshot: bytes
    warc: bytes
    client: dict[str, str] = field(default_factory=dict)
    responses: int = 0
    skipped_responses: int = 0


def find_browser(path: str | None = None) -> str:
    """The Chromium to drive: the given path, else Debian's; a clear error when absent."""
    chosen = path or os.environ.get("HARMLEDGER_CHROMIUM") or DEFAULT_BROWSER
    found = shutil.which(chosen) or (chosen if Path(chosen).is_file() else None)
    if not found:
        raise ConfigError(
            f"no Chromium at {chosen}: install Debian's chromium (apt-get install chromium) "
            "or give its path with --browser"
        )
    return found


def capture_page(
    url: str,
    *,
    browser: str | None = None,
    time_limit: float = CAPTURE_TIME_LIMIT_SECONDS,
    max_bytes: int = CAPTURE_MAX_BYTES,
) -> Capture:
    """Open ``url`` in headless Chromium and keep what it served, rendered and loaded."""
    if not url.startswith(("http://", "https://")):
        raise IngestError(f"{url}: only http(s) pages can be captured")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        raise ConfigError(
            "page capture needs the capture extra: pip install 'harmledger[capture]'"
        ) from error
    executable = find_browser(browser)
    args = ["--disable-gpu", "--disable-background-networking", "--no-first-run"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # Chromium refuses to start its sandbox as root
    recorder = _Recorder(max_bytes)
    captured_at = dt.datetime.now(dt.UTC)
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=executable, args=args)
            try:
                context = chromium.new_context(
                    viewport=VIEWPORT,  # type: ignore[arg-type]
                    accept_downloads=False,
                    service_workers="block",
                )
                page = context.new_page()
                page.on("response", recorder.record)
                response = page.goto(url, wait_until="load", timeout=time_limit * 1000)
                # a page that never goes quiet (polling, streams) is captured as it is
                with contextlib.suppress(PlaywrightError):
                    page.wait_for_load_state("networkidle", timeout=min(10_000, time_limit * 500))
                if response is None:
                    raise IngestError(f"{url}: the browser loaded no document")
                served = response.body()
                dom = page.content()
                screenshot = page.screenshot(full_page=True, type="png", timeout=time_limit * 1000)
                client = {
                    "browser": f"Chromium {chromium.version}",
                    "user_agent": str(page.evaluate("navigator.userAgent")),
                    "driver": "playwright",
                }
                final_url, status = response.url, response.status
                served_type = response.headers.get("content-type")
            finally:
                chromium.close()
    except PlaywrightError as error:
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise IngestError(f"{url}: capture failed: {message}") from error
    warc = recorder.warc(
        resources=[
            (f"urn:harmledger:rendered-dom:{final_url}", "text/html; charset=utf-8", dom.encode()),
            (f"urn:harmledger:screenshot:{final_url}", "image/png", screenshot),
        ]
    )
    return Capture(
        url=url,
        final_url=final_url,
        status=status,
        captured_at=captured_at,
        served=served,
        served_type=served_type,
        dom=dom,
        screenshot=screenshot,
        warc=warc,
        client=client,
        responses=len(recorder.records),
        skipped_responses=recorder.skipped,
    )


class _Recorder:
    """Keeps each response the page loads (status, headers, body) within a byte budget."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.used = 0
        self.skipped = 0
        self.records: list[tuple[str, int, str, list[tuple[str, str]], bytes]] = []

    def record(self, response: Any) -> None:
        try:
            body = b"" if 300 <= response.status < 400 else response.body()
            headers = [(h["name"], h["value"]) for h in response.headers_array()]
        except Exception:  # a response the browser dropped (aborted, evicted) has no body
            self.skipped += 1
            return
        if self.used + len(body) > self.max_bytes:
            self.skipped += 1
            return
        self.used += len(body)
        self.records.append((response.url, response.status, response.status_text, headers, body))

    def warc(self, resources: list[tuple[str, str, bytes]]) -> bytes:
        """A gzipped WARC 1.1 of every recorded response, then our own resources."""
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        stream = io.BytesIO()
        writer = WARCWriter(stream, gzip=True, warc_version="WARC/1.1")
        for url, status, reason, headers, body in self.records:
            kept = [(k, v) for k, v in headers if k.lower() not in _HOP_HEADERS]
            kept.append(("Content-Length", str(len(body))))
            http_headers = StatusAndHeaders(f"{status} {reason or 'OK'}", kept, protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http_headers
                )
            )
        for uri, content_type, data in resources:
            writer.write_record(
                writer.create_warc_record(
                    uri,
                    "resource",
                    payload=io.BytesIO(data),
                    warc_content_type=content_type,
                )
            )
        return stream.getvalue()


# the browser gives bodies decoded and whole: these would describe bytes the WARC does not hold
_HOP_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def ingest_capture(
    ledger: Ledger, capture: Capture, options: IngestOptions
) -> tuple[IngestReport, dict[str, str]]:
    """Store a capture: the rendered DOM as the document, every artifact archived and named in
    one ``capture`` custody event (a page captured again is a new event, even if unchanged).

    Returns the ingestion report of the DOM and the artifacts' SHA-256 by role."""
    dom = capture.dom.encode("utf-8")
    item = RawItem(
        data=dom,
        origin=capture.url,
        method="url",
        url=capture.final_url,
        media_type_hint="text/html; charset=utf-8",
        suffix=".html",
    )
    report = ingest_pending(
        ledger,
        [PendingItem(capture.url, lambda: item)],
        options,
        inputs=[f"capture {capture.url}"],
    )
    artifacts = {
        "rendered_dom": ledger.archive.put(dom).sha256,
        "served_html": ledger.archive.put(capture.served).sha256,
        "screenshot": ledger.archive.put(capture.screenshot).sha256,
        "warc": ledger.archive.put(capture.warc).sha256,
    }
    result = report.results[0]
    with ledger.session() as session:
        append_event(
            session,
            actor=ledger.settings.actor,
            action="capture",
            subject=f"blob:{artifacts['rendered_dom']}",
            details={
                "url": capture.url,
                "final_url": capture.final_url,
                "status": capture.status,
                "served_type": capture.served_type,
                "captured_at": capture.captured_at.isoformat(),
                "client": capture.client,
                "artifacts": artifacts,
                "sizes": {
                    "served_html": len(capture.served),
                    "rendered_dom": len(dom),
                    "screenshot": len(capture.screenshot),
                    "warc": len(capture.warc),
                },
                "responses": capture.responses,
                "skipped_responses": capture.skipped_responses,
                "documents": list(result.document_ids),
                "run": report.run_id,
            },
        )
    return report, artifacts
