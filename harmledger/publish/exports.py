"""Exports as files, for the CLI, the API and the web alike: CSV (one dialect,
formula cells neutralised), JSON, and GeoJSON for incidents. Every row passes through its
dataset's read model, so an export has exactly the fields the API shows."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from harmledger.claims.queries import CLAIM_FIELDS
from harmledger.publish.base import ReadModel, records
from harmledger.publish.claims import ClaimRecord
from harmledger.publish.csv_writer import columns_of, csv_header, csv_rows, write_csv
from harmledger.publish.incidents import IncidentSummary
from harmledger.publish.results import TallyRow
from harmledger.publish.victims import VictimView
from harmledger.victims.model import SENSITIVE_FIELDS, VICTIM_FIELDS

FORMATS = ("csv", "json", "geojson")
# the header of an export with no rows (a test checks it against a non-empty export)
EMPTY_COLUMNS: dict[str, tuple[str, ...]] = {
    "incidents": (
        "id",
        "kind",
        "name",
        "parent_id",
        "place",
        "place_id",
        "place_precision",
        "latitude",
        "longitude",
        "country",
        "period_start",
        "period_end",
        "date_precision",
        "perpetrators",
        "weapons",
        "grade",
        "grade_by",
        "status",
        "origin",
        "documents",
        "claims",
        "figures",
        "civilians_killed_min",
        "civilians_killed_max",
    ),
    # the read models' own field lists, so the header cannot drift from a full export's
    "claims": ("id", "document_id", *CLAIM_FIELDS, "reading_confidence"),
    "victims": (
        "id",
        "list",
        *(name for name in VICTIM_FIELDS if name not in SENSITIVE_FIELDS),
        "publishable",
    ),
}
TALLY_FIGURES = ("measure", "incidents", "min", "max", "best", "category")


def empty_columns(dataset: str, by: Sequence[str] = ()) -> tuple[str, ...]:
    """The header of an empty export of ``dataset`` (a tally's starts with its groupings)."""
    return (*by, *TALLY_FIGURES) if dataset == "tally" else EMPTY_COLUMNS[dataset]


# each dataset's read model
MODELS: dict[str, type[ReadModel]] = {
    "incidents": IncidentSummary,
    "claims": ClaimRecord,
    "victims": VictimView,
    "tally": TallyRow,
}


def published(dataset: str, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` as the dataset's read model publishes them (an unknown field is an error)."""
    return records(MODELS[dataset].all_of(rows))


MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
}


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=1, default=str)


def to_geojson(incidents: Sequence[dict[str, Any]]) -> str:
    """Incidents with coordinates as Point features (GeoJSON order: longitude, latitude)."""
    return json.dumps(
        {"type": "FeatureCollection", "features": _features(incidents)},
        ensure_ascii=False,
        default=str,
    )


def _features(incidents: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "type": "Feature",
            "id": incident["id"],
            "geometry": {
                "type": "Point",
                "coordinates": [incident["longitude"], incident["latitude"]],
            },
            "properties": {
                key: value
                for key, value in incident.items()
                if key not in ("latitude", "longitude", "figures")
            },
        }
        for incident in incidents
        if incident.get("latitude") is not None and incident.get("longitude") is not None
    ]


def render(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    bom: bool = True,
) -> str:
    """The export body; CSV in the project's one dialect (``publish.csv_writer``), with the
    given columns as its header when there are no rows."""
    if fmt == "csv":
        return write_csv(rows, None if rows else columns, bom=bom)
    if fmt == "geojson":
        return to_geojson(rows)
    return to_json(rows)


def stream(
    batches: Iterable[Sequence[dict[str, Any]]],
    dataset: str,
    fmt: str,
    *,
    columns: Sequence[str] = (),
    bom: bool = True,
) -> Iterator[str]:
    """The export body in parts, one per batch of rows, byte for byte what :func:`render`
    writes for all of them together when the first batch holds every column (CSV's header
    is the first batch's columns, then any of ``columns`` it lacks, since later rows cannot
    be seen before it is written). Each batch passes through the read model as it comes, so
    memory holds one batch, whatever the size of the export."""
    published_batches = (published(dataset, batch) for batch in batches)
    if fmt == "csv":
        yield from _stream_csv(published_batches, columns, bom)
    elif fmt == "geojson":
        yield '{"type": "FeatureCollection", "features": ['
        first = True
        for batch in published_batches:
            for feature in _features(batch):
                yield ("" if first else ", ") + json.dumps(feature, ensure_ascii=False, default=str)
                first = False
        yield "]}"
    else:
        yield from _stream_json(published_batches)


def _stream_csv(
    batches: Iterator[list[dict[str, Any]]], columns: Sequence[str], bom: bool
) -> Iterator[str]:
    names: list[str] | None = None
    for batch in batches:
        if names is None:
            if not batch:
                continue
            names = columns_of(batch)
            names += [name for name in columns if name not in names]
            yield csv_header(names, bom=bom)
        yield csv_rows(batch, names)
    if names is None:  # no rows: the header alone
        yield csv_header(list(columns), bom=bom)


def _stream_json(batches: Iterator[list[dict[str, Any]]]) -> Iterator[str]:
    """``to_json`` of every row, written a row at a time: each row indented one level."""
    opened = False
    for batch in batches:
        for row in batch:
            text = json.dumps(row, ensure_ascii=False, indent=1, default=str)
            yield ("[\n " if not opened else ",\n ") + text.replace("\n", "\n ")
            opened = True
    yield "\n]" if opened else "[]"
