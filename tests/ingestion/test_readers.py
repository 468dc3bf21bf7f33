"""Each reader on inputs we wrote, in several languages and scripts."""

import datetime as dt
import json
from pathlib import Path

import pytest

from harmledger.errors import IngestError
from harmledger.ingestion.dates import parse_published
from harmledger.ingestion.decode import decode_text
from harmledger.ingestion.model import RawItem
from harmledger.ingestion.readers import detect_format, read_item, sniff_format
from tests.fixtures_docs import AR_TEXT, EN_TEXT, FR_TEXT, HE_TEXT, SV_TEXT
from tests.ingestion.helpers import make_pdf, rss


def item(data: bytes, suffix: str = "", method: str = "file") -> RawItem:
    return RawItem(data=data, origin=f"test{suffix}", method=method, suffix=suffix)  # type: ignore[arg-type]


def read(data: bytes, suffix: str, columns: dict[str, str] | None = None):
    raw = item(data, suffix)
    return read_item(raw, detect_format(raw), columns or {})


@pytest.mark.parametrize("text", [EN_TEXT, AR_TEXT, SV_TEXT, HE_TEXT])
def test_plain_text_keeps_every_script(text: str) -> None:
    result = read(text.encode("utf-8"), ".txt")
    assert result.documents[0].text == text
    assert result.documents[0].media_type == "text/plain"


def test_markdown_heading_becomes_title() -> None:
    result = read(f"# Rapport från Fennick\n\n{SV_TEXT}\n".encode(), ".md")
    document = result.documents[0]
    assert document.title == "Rapport från Fennick"
    assert SV_TEXT in document.text


def test_legacy_encodings_are_decoded() -> None:
    assert decode_text(FR_TEXT.encode("cp1252"))[0] == FR_TEXT
    arabic, encoding = decode_text((AR_TEXT + " " + AR_TEXT).encode("cp1256"))
    assert arabic.startswith(AR_TEXT[:20])
    assert encoding.lower().replace("_", "") in {"cp1256", "windows1256"}
    assert decode_text("\ufeff".encode() + SV_TEXT.encode())[0] == SV_TEXT
    assert decode_text(SV_TEXT.encode("utf-16"))[0] == SV_TEXT


def test_html_keeps_text_and_metadata_and_drops_scripts() -> None:
    page = f"""<!doctype html><html lang="ar"><head><title>تقرير</title>
    <meta name="author" content="فريق الرصد"><meta property="article:published_time" content="2024-02-01">
    <script>window.stolen = document.cookie</script><style>p {{ color: red }}</style></head>
    <body><article><h1>تقرير من فينيك</h1><p dir="rtl">{AR_TEXT}</p><p>{AR_TEXT}</p>
    <p onclick="alert(1)">نهاية التقرير.</p></article></body></html>"""
    document = read(page.encode(), ".html").documents[0]
    assert AR_TEXT in document.text
    assert (
        "cookie" not in document.text and "<" not in document.text and "color" not in document.text
    )
    assert document.author == "فريق الرصد"
    assert document.published == "2024-02-01"


def test_short_html_fragment_falls_back_to_visible_text() -> None:
    document = read(
        b"<html><body><p>Two killed.</p><script>evil()</script></body></html>", ".htm"
    ).documents[0]
    assert document.text == "Two killed."


def test_pdf_text_and_title(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "report.pdf", [FR_TEXT, "Deuxième paragraphe."], title="Rapport")
    document = read(path.read_bytes(), ".pdf").documents[0]
    assert "Trois civils ont été tués" in " ".join(document.text.split())
    assert document.title == "Rapport"
    assert document.media_type == "application/pdf"


def test_json_array_and_single_object() -> None:
    records = [
        {
            "text": EN_TEXT,
            "title": "One",
            "published": "2024-01-02",
            "lang": "en",
            "source": "Wire",
        },
        {"text": AR_TEXT, "lang": "ar"},
    ]
    result = read(json.dumps(records, ensure_ascii=False).encode(), ".json")
    assert [d.text for d in result.documents] == [EN_TEXT, AR_TEXT]
    assert result.documents[0].source == "Wire" and result.documents[1].part == 1
    single = read(json.dumps({"text": SV_TEXT}).encode(), ".json")
    assert single.documents[0].text == SV_TEXT


def test_json_lines_with_a_bad_line_keeps_the_others() -> None:
    lines = "\n".join(
        [
            json.dumps({"text": EN_TEXT}),
            "{not json",
            json.dumps({"title": "no text"}),
            json.dumps({"body": SV_TEXT, "headline": "Sv"}),
        ]
    )
    result = read(lines.encode(), ".jsonl")
    assert [d.text for d in result.documents] == [EN_TEXT]
    assert [e.location for e in result.errors] == ["line 2", "line 3", "line 4"]
    mapped = read(lines.encode(), ".jsonl", {"text": "body", "title": "headline"})
    assert [d.title for d in mapped.documents] == ["Sv"]


def test_csv_rows_with_column_mapping() -> None:
    data = f'när,berättelse,källa\n2024-03-01,"{SV_TEXT}",Frivilliga\n2024-03-02,"{FR_TEXT}",Bénévoles\n'
    result = read(
        data.encode(), ".csv", {"text": "berättelse", "published": "när", "source": "källa"}
    )
    assert [d.text for d in result.documents] == [SV_TEXT, FR_TEXT]
    assert result.documents[1].published == "2024-03-02"
    assert [d.part_label for d in result.documents] == ["row 2", "row 3"]


def test_csv_without_text_column_names_the_columns() -> None:
    with pytest.raises(IngestError, match=r"no column 'text'.*columns: a, b"):
        read(b"a,b\n1,2\n", ".csv")


def test_csv_ragged_row_is_reported_with_its_number() -> None:
    result = read(b"text,title\nfirst,One\nsecond,Two,extra\nthird,Three\n", ".csv")
    assert [d.text for d in result.documents] == ["first", "third"]
    assert result.errors[0].location == "row 3"


def test_rss_feed_one_document_per_entry() -> None:
    feed = rss(
        [
            (
                "Three killed in Fennick",
                "https://wire.invalid/1",
                "&lt;p&gt;" + EN_TEXT + "&lt;/p&gt;",
            ),
            ("Bilan à Fennick", "https://wire.invalid/2", FR_TEXT),
        ]
    )
    result = read(feed.encode(), ".xml")
    assert len(result.documents) == 2
    first = result.documents[0]
    assert first.url == "https://wire.invalid/1" and first.published == dt.date(2024, 3, 5)
    assert EN_TEXT in first.text and "<p>" not in first.text
    assert first.source == "Test Wire" and first.lang == "en"


def test_atom_feed() -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Atom Wire</title><id>urn:x</id><updated>2024-03-05T00:00:00Z</updated>
    <entry><title>Tre dödade</title><id>urn:1</id><updated>2024-03-05T00:00:00Z</updated>
    <link href="https://wire.invalid/sv/1"/><summary>{SV_TEXT}</summary></entry></feed>"""
    result = read(atom.encode(), ".atom")
    assert SV_TEXT in result.documents[0].text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7 ...", "pdf"),
        (b"<?xml version='1.0'?><rss>", "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'{"text": "x"}', "json"),
        (b"plain words", "text"),
    ],
)
def test_sniffing_for_stdin_and_urls(head: bytes, expected: str) -> None:
    assert sniff_format(head) == expected
    assert detect_format(item(head, method="stdin")) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017", (dt.date(2017, 1, 1), "year")),
        ("2017-06", (dt.date(2017, 6, 1), "month")),
        ("2017-06-06", (dt.date(2017, 6, 6), "day")),
        ("2024-03-05T10:00:00Z", (dt.date(2024, 3, 5), "day")),
        ("5 March 2024", (dt.date(2024, 3, 5), "day")),
        (None, (None, None)),
    ],
)
def test_publication_dates_keep_their_precision(value: str | None, expected: tuple) -> None:
    assert parse_published(value) == expected


def test_bad_publication_date_is_an_error() -> None:
    with pytest.raises(IngestError, match="not a date"):
        parse_published("the day after the battle")
