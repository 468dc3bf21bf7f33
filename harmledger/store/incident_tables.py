"""Tables of the link and assess stages: incidents, claim links, reviews, belligerent statements.

Nothing here is overwritten by automatic runs where a human decided: analyst links are pinned,
analyst grades stand, and every human decision is also an event in the custody chain.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from harmledger.store.tables import Base

INCIDENT_KINDS = ("event", "aggregate")
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
ASSESSMENTS = ("credible", "non_credible", "duplicate", "not_yet_assessed")
CATEGORIES = ("civilians", "children", "women", "men", "combatants", "unknown", "total")


class Incident(Base):
    """A real event, or an aggregate (a campaign) that contains events and never double-counts."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # campaigns are found by kind
    name: Mapped[str] = mapped_column(Text)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(20), default="unknown")
    place: Mapped[str | None] = mapped_column(String(100))
    place_name: Mapped[str | None] = mapped_column(Text)
    place_precision: Mapped[str] = mapped_column(String(20), default="unknown")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(100))
    admin1: Mapped[str | None] = mapped_column(String(200))
    perpetrators: Mapped[list[Any]] = mapped_column(default=list)
    weapons: Mapped[list[Any]] = mapped_column(default=list)
    grade: Mapped[str | None] = mapped_column(String(20))
    grade_reasons: Mapped[list[Any]] = mapped_column(default=list)
    grade_by: Mapped[str] = mapped_column(String(20), default="rules")
    status: Mapped[str] = mapped_column(String(20), default="active")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)
    origin: Mapped[str] = mapped_column(String(20), default="linked", index=True)
    external_id: Mapped[str | None] = mapped_column(String(100), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IncidentClaim(Base):
    """A claim's link to an incident, with its score and reasons; removal keeps the row."""

    __tablename__ = "incident_claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    # the linker found evidence against the link (another perpetrator or weapon): for review
    conflicting: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    linked_by: Mapped[str] = mapped_column(String(20), default="auto")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class IncidentFigure(Base):
    """A figure imported with an incident (e.g. UCDP's low/best/high), not derived from claims."""

    __tablename__ = "incident_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    measure: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(20))
    low: Mapped[int | None] = mapped_column(BigInteger)
    best: Mapped[int | None] = mapped_column(BigInteger)
    high: Mapped[int | None] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(Text)


class DerivedFigure(Base):
    """An incident's min and max per measure and category from its claims, kept with every write.

    Derived data (see :mod:`harmledger.assess.stored_figures`): tallies sum these rows in SQL
    instead of reading every claim; rebuilding from the claims gives the same rows.
    """

    __tablename__ = "derived_figures"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), primary_key=True)
    measure: Mapped[str] = mapped_column(String(40), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    low: Mapped[int] = mapped_column(BigInteger)
    high: Mapped[int] = mapped_column(BigInteger)
    # Copies of the incident's attributes the common tallies group and filter on, so that those
    # tallies read this table alone: written with the row, and kept equal to the incident's by a
    # database trigger on every update of the incident (migration 0007_incident_figures).
    status: Mapped[str | None] = mapped_column(String(20))
    grade: Mapped[str | None] = mapped_column(String(20))
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    perpetrators: Mapped[list[Any] | None] = mapped_column()


COPIED_ATTRIBUTES = ("status", "grade", "period_start", "perpetrators")


class DerivedSummary(Base):
    """What an incident's list summary shows of its claims (the claims and documents behind
    it, its figures with the claims behind each, civilians reported killed), kept with every
    write as :class:`DerivedFigure` is, so a page of 25 incidents reads 25 rows instead of
    their few hundred claims. Derived data (:mod:`harmledger.assess.stored_figures`)."""

    __tablename__ = "derived_summaries"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), primary_key=True)
    parts: Mapped[dict[str, Any]] = mapped_column()


class ClaimReview(Base):
    """A reviewer's decision on a claim: confirm, correct (with new values) or reject."""

    __tablename__ = "claim_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    corrections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class BelligerentAssessment(Base):
    """A belligerent's dated statement on an incident or campaign (a series, never edited)."""

    __tablename__ = "belligerent_assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id"), index=True)
    belligerent: Mapped[str] = mapped_column(String(100))
    assessment: Mapped[str] = mapped_column(String(30))
    conceded_min: Mapped[int | None] = mapped_column(BigInteger)
    conceded_max: Mapped[int | None] = mapped_column(BigInteger)
    stated_on: Mapped[dt.date] = mapped_column(Date)
    stated_precision: Mapped[str] = mapped_column(String(10), default="day")
    source: Mapped[str | None] = mapped_column(Text)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
