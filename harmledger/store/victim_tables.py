"""Tables of victim lists: the lists, their records, person links and reviewers' pair decisions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from harmledger.store.tables import Base
from harmledger.store.victim_facets import FACET_COLUMNS, derived_columns

LIST_KINDS = ("victims", "recovery")


class VictimList(Base):
    """One organisation's list of the dead (or one recovery team's log of bodies)."""

    __tablename__ = "victim_lists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="victims")
    organisation: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class VictimRecordRow(Base):
    """One record of one list, stored whole (``data``) plus the columns search, facets and the
    incident comparison need."""

    __tablename__ = "victim_records"
    __table_args__ = (
        UniqueConstraint("list_id", "record_key", name="uq_victim_records_list_key"),
        # a facet's index also holds what every count joins and filters on (list, publishable),
        # so counting a facet reads the index alone, never the records' rows
        *(Index(f"ix_victim_records_{c}", c, "list_id", "publishable") for c in FACET_COLUMNS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("victim_lists.id"), index=True)
    record_key: Mapped[str] = mapped_column(String(200))
    name: Mapped[str | None] = mapped_column(Text)
    name_latin: Mapped[str | None] = mapped_column(Text)
    search_key: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    publishable: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    # Derived from ``data`` on every flush (``_derive``): facets, incident membership
    sex: Mapped[str | None] = mapped_column(Text)
    age_band: Mapped[str | None] = mapped_column(Text)
    place_of_death: Mapped[str | None] = mapped_column(Text)
    month_of_death: Mapped[str | None] = mapped_column(String(7))
    ref_key: Mapped[str | None] = mapped_column(Text, index=True)
    day: Mapped[str | None] = mapped_column(String(10), index=True)


@event.listens_for(VictimRecordRow, "before_insert")
@event.listens_for(VictimRecordRow, "before_update")
def _derive(_mapper: Any, _connection: Any, row: VictimRecordRow) -> None:
    """Every writer's records get their derived columns from ``data`` as they are flushed."""
    for column, value in derived_columns(row.data or {}).items():
        setattr(row, column, value)


class PersonLink(Base):
    """A record's person in one linkage run; the newest run is the current clustering."""

    __tablename__ = "person_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("linkage_runs.id"), index=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("victim_records.id"), index=True)
    person_key: Mapped[str] = mapped_column(String(100), index=True)
    probability: Mapped[float | None] = mapped_column(Float)


class LinkageRun(Base):
    """One ``link persons`` run: its settings, its model summary and its counts."""

    __tablename__ = "linkage_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ran_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    lists: Mapped[list[Any]] = mapped_column(default=list)
    threshold: Mapped[float] = mapped_column(Float)
    backend: Mapped[str] = mapped_column(String(20))
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class PairDecision(Base):
    """A reviewer's decision on two records: same person, different people, or unsure."""

    __tablename__ = "pair_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    left_record_id: Mapped[int] = mapped_column(ForeignKey("victim_records.id"), index=True)
    right_record_id: Mapped[int] = mapped_column(ForeignKey("victim_records.id"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class PersonPair(Base):
    """A scored pair of one linkage run, with the evidence of every comparison (for review)."""

    __tablename__ = "person_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("linkage_runs.id"), index=True)
    left_record_id: Mapped[int] = mapped_column(ForeignKey("victim_records.id"), index=True)
    right_record_id: Mapped[int] = mapped_column(ForeignKey("victim_records.id"), index=True)
    probability: Mapped[float] = mapped_column(Float)
    match_weight: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
