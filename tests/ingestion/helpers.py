"""Builders for test inputs written on the fly (all content invented)."""

from __future__ import annotations

from pathlib import Path


def make_pdf(path: Path, paragraphs: list[str], title: str | None = None) -> Path:
    """A small text PDF (Latin-1 text; fpdf2's core fonts)."""
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 7, paragraph, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def rss(entries: list[tuple[str, str, str]], language: str = "en") -> str:
    """An RSS 2.0 feed from (title, link, description) triples."""
    items = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><description>{d}</description></item>"
        for t, link, d in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title>'
        f"<link>https://wire.invalid/</link><description>test</description><language>{language}</language>"
        f"{items}</channel></rss>"
    )
