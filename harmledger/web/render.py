"""Presentation helpers for the templates: claim highlighting, text direction, bar charts.

They return plain data (segments, widths), never HTML: the templates render it with Jinja2's
autoescaping, so a ``<script>`` inside a document can only ever show up as text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

RTL_LANGS = frozenset({"ar", "arz", "apc", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"})
_SENTENCE_END = re.compile(r"[.!?؟।。\n]")


def direction(text: str | None, lang: str | None = None) -> str:
    """``rtl`` for right-to-left languages or text mostly in right-to-left letters, else ``ltr``."""
    if lang and lang.split("-")[0].lower() in RTL_LANGS:
        return "rtl"
    rtl = ltr = 0
    for char in text or "":
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"


@dataclass(frozen=True)
class Segment:
    """A run of document text, highlighted when ``claims`` (the claim ids covering it) is set."""

    text: str
    claims: tuple[int, ...] = ()


def highlight(text: str, spans: list[tuple[int, int, int]]) -> list[Segment]:
    """Cut ``text`` at every claim boundary; spans are (start, end, claim id), may overlap."""
    cuts = {0, len(text)}
    for start, end, _ in spans:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    points = sorted(cuts)
    segments = []
    for left, right in itertools.pairwise(points):
        covering = tuple(
            claim for start, end, claim in spans if start <= left and right <= end and start < end
        )
        segments.append(Segment(text[left:right], covering))
    return segments


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence holding ``text[start:end]``, split as (before, quote, after)."""
    if not 0 <= start <= end <= len(text):
        return "", text[start:end], ""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    found = _SENTENCE_END.search(text, end)
    right = found.end() if found else len(text)
    return text[left:start].lstrip(), text[start:end], text[end:right].rstrip()


def bars(
    rows: list[dict[str, Any]], label: str, *, width: int = 420, limit: int = 24
) -> dict[str, Any]:
    """Geometry of a horizontal min–max bar chart: each bar's min and max widths in pixels.

    ``label`` names the row field the bar stands for; the item keeps that id (``label``, None
    when missing) and its row, and the template turns them into words of the page's language.
    """
    shown = rows[-limit:] if label == "month" else rows[:limit]
    top = max((r.get("max") or r.get("min") or 0 for r in shown), default=0) or 1
    items = []
    for row in shown:
        low, high = row.get("min"), row.get("max")
        items.append(
            {
                "label": str(row[label]) if row.get(label) is not None else None,
                "row": row,
                "min": low,
                "max": high,
                "min_width": round(width * (low or 0) / top, 1),
                "max_width": round(width * (high if high is not None else low or 0) / top, 1),
            }
        )
    return {"items": items, "width": width, "height": 22 * len(items) + 4, "kind": label}


def comparison_bars(figures: list[dict[str, Any]], width: int = 420) -> dict[str, Any]:
    """The compare rows that matter on the dashboard: civilian deaths and bodies recovered, a
    bar per voice and who said it (the template words them: voice, origins, date, measure)."""
    wanted = [
        f
        for f in figures
        if (f.get("measure") == "killed" and f.get("category") == "civilians")
        or f.get("measure") == "bodies_recovered"
    ]
    rows = [
        {
            "voice": f.get("voice"),
            "origins": f.get("origins") or [],
            "stated_on": f.get("stated_on"),
            "measure": f.get("measure"),
            "list": f.get("list"),
            "min": f.get("min"),
            "max": f.get("max"),
        }
        for f in wanted
    ]
    return bars(rows, "voice", width=width, limit=40)
