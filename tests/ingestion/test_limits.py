"""One bad item costs one item: reader crashes, deep nesting, bombs, slow or wandering URLs."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from harmledger.errors import ConfigError, IngestError, InputError
from harmledger.ingestion import pipeline
from harmledger.ingestion.inputs import UrlPolicy, fetch_url
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.verify import verify_ledger
from harmledger.victims.limits import ReadLimits
from harmledger.victims.reader import read_victim_file
from tests.fixtures_docs import EN_TEXT

DEEP_JSON = ("[" * 5000 + "]" * 5000).encode()


def _outcomes(report: pipeline.IngestReport) -> dict[str, tuple[str, str]]:
    return {Path(r.origin).name: (r.status, r.reason or "") for r in report.results}


def test_deep_json_and_unknown_files_fail_alone(ledger: Ledger, tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "deep.json").write_bytes(DEEP_JSON)
    (folder / "passwd").write_bytes(b"root:x:0:0:root:/root:/bin/bash\n")
    (folder / "good.txt").write_text(EN_TEXT)

    report = ingest_items(ledger, [str(folder)])

    outcome = _outcomes(report)
    assert outcome["deep.json"] == ("unread", outcome["deep.json"][1])
    assert "nested too deeply" in outcome["deep.json"][1]
    assert outcome["passwd"][0] == "failed"
    assert "no extension" in outcome["passwd"][1]
    assert outcome["good.txt"][0] == "ingested"
    assert verify_ledger(ledger).ok


def test_a_reader_crash_is_one_items_error_and_the_run_is_closed(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.read_item

    def flaky(item, fmt, column_map):  # type: ignore[no-untyped-def]
        if item.origin.endswith("boom.txt"):
            raise NotImplementedError("Unsupported filter /Crypt\nsecond line not shown")
        return real(item, fmt, column_map)

    monkeypatch.setattr(pipeline, "read_item", flaky)
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a_boom.txt").write_text("Two people were killed in Norbury on Monday.")
    (folder / "b_good.txt").write_text(EN_TEXT)

    report = ingest_items(ledger, [str(folder)])

    outcome = _outcomes(report)
    assert outcome["a_boom.txt"] == (
        "unread",
        "unreadable: NotImplementedError: Unsupported filter /Crypt",
    )
    assert outcome["b_good.txt"][0] == "ingested"
    assert report.unread == 1 and report.ingested == 1


def _client(handler: httpx.MockTransport) -> httpx.Client:
    return httpx.Client(transport=handler)


def test_redirect_to_another_host_is_refused_unless_allowed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.invalid" and request.url.path == "/story":
            return httpx.Response(302, headers={"location": "/story.txt"})
        if request.url.host == "news.invalid" and request.url.path == "/story.txt":
            return httpx.Response(302, headers={"location": "https://elsewhere.invalid/x.txt"})
        return httpx.Response(200, text="Three civilians were killed.")

    client = _client(httpx.MockTransport(handler))
    with pytest.raises(IngestError, match=r"redirects to another host, elsewhere\.invalid"):
        fetch_url("https://news.invalid/story", max_bytes=10_000, client=client)
    item = fetch_url(
        "https://news.invalid/story",
        max_bytes=10_000,
        client=client,
        policy=UrlPolicy(cross_host_redirects=True),
    )
    assert item.url == "https://elsewhere.invalid/x.txt"
    assert item.data == b"Three civilians were killed."


def test_a_trickling_server_is_given_up_after_the_time_limit() -> None:
    class Trickle(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            for _ in range(1000):
                time.sleep(0.01)
                yield b"x"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Trickle())

    client = _client(httpx.MockTransport(handler))
    with pytest.raises(IngestError, match=r"download too slow: not finished after 0\.05 s"):
        fetch_url(
            "https://slow.invalid/a.txt",
            max_bytes=10_000,
            client=client,
            policy=UrlPolicy(time_limit=0.05),
        )


def test_ingest_refuses_a_non_positive_url_time_limit(ledger: Ledger) -> None:
    with pytest.raises(ConfigError, match="--url-time-limit must be positive"):
        ingest_items(ledger, [], IngestOptions(url_policy=UrlPolicy(time_limit=0)))


def _workbook(path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "age"])
    for number in range(rows):
        sheet.append([f"Person {number}", 30])
    book.save(path)
    return path


def test_workbook_limits_refuse_bombs_before_reading_them(tmp_path: Path) -> None:
    book = _workbook(tmp_path / "list.xlsx", 20)
    assert len(read_victim_file(book, "L").records) == 20
    with pytest.raises(InputError, match=r"unzips to .* over the limit of 1,000"):
        read_victim_file(book, "L", limits=ReadLimits(max_unzipped_bytes=1000))
    with pytest.raises(InputError, match="more than 5 rows"):
        read_victim_file(book, "L", limits=ReadLimits(max_rows=5))


def _sheet_without_dimension(path: Path, rows: int) -> Path:
    """A workbook whose sheet states no size (``<dimension>`` is optional), as a bomb's does."""
    import zipfile

    _workbook(path, 1)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        '.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
        "name</t></is></c></row>"
        + "".join(
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>P{n}</t></is></c></row>'
            for n in range(2, rows + 2)
        )
        + "</sheetData></worksheet>"
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_too_many_rows_are_counted_before_openpyxl_parses_the_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl parses a sheet that states no size whole before giving its first row, so a
    row limit checked while reading rows came minutes late (3 million empty rows)."""
    import openpyxl

    book = _sheet_without_dimension(tmp_path / "bomb.xlsx", 3000)
    assert len(read_victim_file(book, "L").records) == 3000

    def parsed(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the sheet was parsed before its rows were counted")

    monkeypatch.setattr(openpyxl, "load_workbook", parsed)
    with pytest.raises(InputError, match="more than 2,999 rows"):
        read_victim_file(book, "L", limits=ReadLimits(max_rows=2999))


def test_deep_json_victim_list_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_bytes(DEEP_JSON)
    with pytest.raises(InputError, match="nested too deeply"):
        read_victim_file(path, "L")
    path.write_text(json.dumps([{"name": "Ana Lind", "age": 40}]))
    assert len(read_victim_file(path, "L").records) == 1
