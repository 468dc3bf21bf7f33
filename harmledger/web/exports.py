"""The export route's documentation: one schema per format in the OpenAPI document. The
exports themselves are :mod:`harmledger.publish.exports`, shared with the CLI and the API."""

from __future__ import annotations

from typing import Any

from pydantic import RootModel

from harmledger.publish.claims import ClaimRecord
from harmledger.publish.exports import (
    EMPTY_COLUMNS,
    FORMATS,
    MEDIA_TYPES,
    TALLY_FIGURES,
    empty_columns,
    published,
    render,
    stream,
    to_geojson,
    to_json,
)
from harmledger.publish.incidents import IncidentSummary
from harmledger.publish.results import TallyRow
from harmledger.publish.victims import VictimView

__all__ = [
    "EMPTY_COLUMNS",
    "FORMATS",
    "MEDIA_TYPES",
    "RESPONSES",
    "TALLY_FIGURES",
    "ExportRows",
    "empty_columns",
    "published",
    "render",
    "stream",
    "to_geojson",
    "to_json",
]


class ExportRows(RootModel[list[IncidentSummary | ClaimRecord | VictimView | TallyRow]]):
    """The rows of a JSON export: incidents, claims, victim records or tally rows."""


# the export route's responses in the OpenAPI document: one schema per format
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "model": ExportRows,
        "content": {
            "text/csv": {"schema": {"type": "string", "description": "RFC 4180, header row"}},
            "application/geo+json": {
                "schema": {"type": "object", "description": "a FeatureCollection of Points"}
            },
        },
    }
}
