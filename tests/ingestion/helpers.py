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


# Sentences we wrote for OCR tests, one per supported language (all content invented).
OCR_SENTENCES = {
    "en": "Two civilians were killed when a shell hit the market in Norbury on Tuesday.",
    "fr": "Trois civils ont été tués lundi lors d'une frappe sur le marché de Fennick.",
    "es": "Cuatro civiles murieron el martes cuando un proyectil alcanzó el mercado.",
    "de": "Fünf Zivilisten wurden am Mittwoch bei einem Angriff auf den Markt getötet.",
    "sv": "Sex civila dödades på torsdagen när en granat träffade torget i Norrby.",
    "ar": "قتل سبعة مدنيين يوم الجمعة عندما سقطت قذيفة على السوق في القرية.",
}
FONTS = {
    "latin": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # fonts-dejavu-core
    "arabic": "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",  # fonts-noto-core
}


def render_page(text: str, lang: str, width: int = 1700, size: int = 40):  # type: ignore[no-untyped-def]
    """A white page with ``text`` in black, wrapped, as a scanner at ~200 dpi would give it."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONTS["arabic" if lang == "ar" else "latin"], size)
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) > width - 200 and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    image = Image.new("L", (width, 200 + len(lines) * size * 2), 255)
    draw = ImageDraw.Draw(image)
    for number, text_line in enumerate(lines):
        y = 100 + number * size * 2
        if lang == "ar":
            draw.text((width - 100, y), text_line, font=font, fill=0, anchor="ra", direction="rtl")
        else:
            draw.text((100, y), text_line, font=font, fill=0)
    return image
