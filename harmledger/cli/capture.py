"""``harmledger capture URL...``: keep web pages as a reader saw them (headless Chromium)."""

from __future__ import annotations

from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import HomeOption, OutputFormat, console, emit, err_console, open_home


@app.command("capture")
def capture(
    urls: Annotated[list[str], typer.Argument(help="http(s) pages to capture.")],
    home: HomeOption = None,
    source: Annotated[str | None, typer.Option(help="Source name for every page.")] = None,
    source_type: Annotated[
        str, typer.Option(help="Type of that source: news, ngo, belligerent, responder, ...")
    ] = "other",
    lang: Annotated[
        str | None, typer.Option(help="Language code for every page (skips detection).")
    ] = None,
    browser: Annotated[
        str | None,
        typer.Option(help="Chromium to drive. Default: $HARMLEDGER_CHROMIUM or /usr/bin/chromium."),
    ] = None,
    time_limit: Annotated[
        float, typer.Option(help="Give up a page after this many seconds.")
    ] = 60.0,
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Summary format.")
    ] = OutputFormat.table,
) -> None:
    """Capture web pages before they are edited or deleted: served HTML, rendered DOM,
    full-page screenshot and a WARC of everything the page loaded.

    Each page opens in headless Chromium (Debian's `chromium`, driven by Playwright; needs
    the capture extra: pip install 'harmledger[capture]'). The rendered DOM becomes the
    document whose text is read and extracted; all four files are archived by SHA-256 and named
    in one `capture` custody event with the capture time, the browser and its user agent.
    Capturing a page again records a new event even when nothing changed. A page that fails is
    reported and the others go on; the exit code is 1 if any failed.

    Example: harmledger capture https://example.org/report --source "Example News"
    """
    from harmledger.errors import IngestError
    from harmledger.ingestion.capture import capture_page, find_browser, ingest_capture
    from harmledger.ingestion.pipeline import IngestOptions

    options = IngestOptions(source=source, source_type=source_type, lang=lang)
    options.validate()
    chromium = find_browser(browser)
    ledger = open_home(home)
    rows: list[dict[str, object]] = []
    try:
        for number, url in enumerate(urls, start=1):
            err_console.print(f"capturing {number}/{len(urls)}: {url}", highlight=False)
            try:
                taken = capture_page(url, browser=chromium, time_limit=time_limit)
            except IngestError as error:
                rows.append({"status": "failed", "url": url, "reason": str(error)})
                continue
            report, artifacts = ingest_capture(ledger, taken, options)
            result = report.results[0]
            rows.append(
                {
                    "status": "captured" if result.status != "failed" else "failed",
                    "url": url,
                    "http_status": taken.status,
                    "documents": list(result.document_ids),
                    "screenshot": artifacts["screenshot"],
                    "warc": artifacts["warc"],
                    "responses": taken.responses,
                    "reason": result.reason,
                }
            )
    finally:
        ledger.close()
    if output is OutputFormat.table:
        emit(rows, output, columns=["status", "url", "documents", "responses", "reason"])
        failed = sum(row["status"] == "failed" for row in rows)
        console.print(f"[bold]captured[/bold] {len(rows) - failed}  [bold]failed[/bold] {failed}")
    else:
        emit(rows, output)
    if any(row["status"] == "failed" for row in rows):
        raise typer.Exit(1)
