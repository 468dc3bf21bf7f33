"""What the incident page shows beyond the library's record: its sources as documents (publisher,
date, language, address), belligerents' statements apart from everyone else's, the casualty
breakdown by category, and the figures each voice gives, for the summary at the top.

Everything here is arrangement of what the library computed (``incident_detail``, ``compare``);
the words come from the page's vocabulary, in the template.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# the measures the summary states, in the order it states them
SUMMARY_MEASURES = ("killed", "injured", "killed_or_injured", "missing", "bodies_recovered")
_FACT = re.compile(r"^\s*([a-z_]+)=(True|False|-?\d+(?:\.\d+)?)\s*$")


def sources(
    documents: dict[int, dict[str, Any]], claims: list[dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """The documents behind the claims, newest first, split into what belligerents published
    or said (``belligerent``) and everything else (``others``). Only what the public may see
    of a document is kept: publisher, type, date, language, title and web address."""
    by_document: dict[int, list[dict[str, Any]]] = {}
    for claim in claims:
        by_document.setdefault(claim["document_id"], []).append(claim)
    found: dict[str, list[dict[str, Any]]] = {"belligerent": [], "others": []}
    for document_id, held in by_document.items():
        record = documents[document_id]
        url = record.get("url") or ""
        entry = {
            "id": document_id,
            "title": record.get("title"),
            "publisher": record.get("source"),
            "source_type": record.get("source_type"),
            "published": record.get("published"),
            "lang": record.get("lang"),
            "url": url if str(url).startswith(("http://", "https://")) else None,
            "claims": sorted(c["id"] for c in held),
            "voices": sorted({c["source_type"] for c in held if c.get("source_type")}),
        }
        side = (
            "belligerent"
            if record.get("source_type") == "belligerent"
            or any(c.get("source_type") == "belligerent" for c in held)
            else "others"
        )
        found[side].append(entry)
    for entries in found.values():
        entries.sort(key=lambda e: (e["published"] or "", e["id"]), reverse=True)
    return found


def belligerent_statements(comparison: dict[str, Any]) -> list[dict[str, Any]]:
    """Every figure a belligerent gave, dated: its assessments and its admissions in texts."""
    rows = [f for f in comparison["figures"] if f.get("voice") == "belligerent"]
    return sorted(rows, key=lambda f: (f.get("stated_on") or "", f.get("min") or 0))


def voices(comparison: dict[str, Any]) -> list[dict[str, Any]]:
    """For the summary: per measure, each voice's range over the figures it gave (lowest
    minimum to highest maximum), of civilians (or of any body recovered); victim lists are
    left to the comparison table, as they count records, not reports."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for figure in comparison["figures"]:
        measure = figure.get("measure")
        if measure not in SUMMARY_MEASURES or figure.get("list"):
            continue
        if measure != "bodies_recovered" and figure.get("category") != "civilians":
            continue
        key = (measure, figure.get("voice") or "other")
        row = found.setdefault(key, {"measure": key[0], "voice": key[1], "min": None, "max": None})
        low, high = figure.get("min"), figure.get("max")
        if low is not None:
            row["min"] = low if row["min"] is None else min(row["min"], low)
        if high is not None:
            row["max"] = high if row["max"] is None else max(row["max"], high)
    lines: list[dict[str, Any]] = []
    for measure in SUMMARY_MEASURES:
        rows = [row for (m, _), row in found.items() if m == measure]
        if rows:
            rows.sort(key=lambda r: -(r["max"] if r["max"] is not None else r["min"] or 0))
            lines.append({"measure": measure, "voices": rows})
    return lines


def breakdown(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The incident's figures per measure, one row per category (civilians, children, women…)."""
    measures: dict[str, list[dict[str, Any]]] = {}
    for figure in figures:
        measures.setdefault(figure.get("measure") or "", []).append(figure)
    return [{"measure": m, "categories": rows} for m, rows in measures.items()]


def grade_facts(reasons: list[Any]) -> tuple[list[str], list[tuple[str, float | bool]]]:
    """A grade's reasons as sentences, and the facts the rules weighed as (name, value) pairs
    (the grading rules store them as one ``name=value, …`` line, see ``assess.grading``)."""
    sentences: list[str] = []
    facts: list[tuple[str, float | bool]] = []
    for reason in reasons:
        parts = [_FACT.match(p) for p in str(reason).split(",")]
        if parts and all(parts):
            for match in parts:
                assert match is not None
                name, value = match.groups()
                facts.append(
                    (name, value == "True" if value in ("True", "False") else float(value))
                )
        else:
            sentences.append(str(reason))
    return sentences, facts


def default_name(summary: dict[str, Any]) -> bool:
    """True when the incident still bears the name the linker gives (place, "campaign", dates,
    in English): the page may then word it in the reader's language. A name an analyst or a
    dataset gave is shown as written."""
    from types import SimpleNamespace

    from harmledger.link.incidents.service import incident_name

    def day(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    shaped = SimpleNamespace(
        place_name=summary.get("place"),
        period_start=day(summary.get("period_start")),
        period_end=day(summary.get("period_end")),
        kind=summary.get("kind"),
    )
    return bool(summary.get("name") == incident_name(shaped))  # type: ignore[arg-type]


PLACE_DIGITS = 4  # points closer than about ten metres are one place on the map


def map_places(incident: dict[str, Any]) -> list[dict[str, Any]]:
    """The places an incident page's map shows: the incident's own, then each point its
    claims name, with the claims that name it. Claims naming the incident's own point join
    it, so one marker never hides another. Empty when nothing has coordinates."""
    places: dict[tuple[float, float], dict[str, Any]] = {}

    def at(item: dict[str, Any]) -> tuple[float, float] | None:
        lat, lon = item.get("latitude"), item.get("longitude")
        if lat is None or lon is None:
            return None
        return round(float(lat), PLACE_DIGITS), round(float(lon), PLACE_DIGITS)

    if (point := at(incident)) is not None:
        deaths = incident.get("civilians_killed_max") or incident.get("civilians_killed_min")
        places[point] = {
            "kind": "incident",
            "latitude": point[0],
            "longitude": point[1],
            "place": incident.get("place"),
            "deaths": deaths or 0,
            "claims": [],
        }
    for claim in incident.get("claim_details") or []:
        if (point := at(claim)) is None:
            continue
        place = places.setdefault(
            point,
            {
                "kind": "claims",
                "latitude": point[0],
                "longitude": point[1],
                "place": claim.get("place_name"),
                "claims": [],
            },
        )
        place["claims"].append(claim["id"])
    return list(places.values())
