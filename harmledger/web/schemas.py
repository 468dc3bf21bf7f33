"""Response models of the web's own routes (accounts, session, settings, the review queue);
the ledger's read models are in :mod:`harmledger.publish`."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from harmledger.publish.base import ReadModel
from harmledger.publish.claims import ClaimRecord
from harmledger.publish.incidents import IncidentSummary
from harmledger.publish.victims import PersonCandidate


class UserRecord(ReadModel):
    id: int
    username: str
    role: str
    disabled: bool
    created_at: str = Field(description="ISO time")


class SessionView(ReadModel):
    public: bool
    user: UserRecord | None
    csrf_token: str = Field(description="send it as X-CSRF-Token with every change")


class LoggedIn(ReadModel):
    user: UserRecord
    csrf_token: str


class LoggedOut(ReadModel):
    user: None


class Deleted(ReadModel):
    deleted: UserRecord = Field(description="the account as it was")


class SettingsView(ReadModel):
    """The settings in force, without any password or key."""

    version: str
    database_url: str
    database_backend: str
    home: str
    archive: str
    public: bool
    map_tiles: str | None
    map_attribution: str | None


class LinkedIncident(ReadModel):
    id: int
    name: str | None
    kind: str


class LinkCandidate(ReadModel):
    """An automatic link to look at (``uncertain``) or a claim in no incident (``unlinked``)."""

    kind: str
    claim: ClaimRecord
    incident: LinkedIncident | None
    score: float | None
    threshold: float | None
    reasons: list[str]
    conflicts: list[str]


class ReviewQueue(ReadModel):
    claims: list[ClaimRecord]
    incident_links: list[LinkCandidate]
    person_pairs: list[PersonCandidate]


class MapCluster(ReadModel):
    """Nearby incidents drawn as one mark when the map is zoomed out."""

    count: int
    bbox: tuple[float, float, float, float] = Field(description="west, south, east, north")
    longitude: float = Field(description="mean of its incidents'")
    latitude: float
    first_id: int


class MapFeatures(ReadModel):
    """One view of the map: at most a few hundred clusters and incidents."""

    bbox: tuple[float, float, float, float] = Field(
        description="the view: west, south, east, north"
    )
    zoom: int
    total: int = Field(description="incidents with coordinates in view")
    truncated: bool = Field(description="only the fullest clusters are listed")
    clusters: list[MapCluster]
    incidents: list[IncidentSummary]


class BaseFeature(ReadModel):
    """A graticule line (``properties.kind`` meridian or parallel, with its ``label``) or a
    gazetteer town (``kind`` town, with its ``name`` and ``population``)."""

    type: str = "Feature"
    geometry: dict[str, Any] = Field(description="GeoJSON LineString or Point, in degrees")
    properties: dict[str, Any]


class BaseLayer(ReadModel):
    """The map's offline base layer for one view, as a GeoJSON FeatureCollection."""

    type: str = "FeatureCollection"
    features: list[BaseFeature]
