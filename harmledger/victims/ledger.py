"""Victim lists in the ledger: import a file as a list, search records across scripts.

The list file is archived like any evidence and logged in the custody chain; a record already in
the list (same key) is never overwritten by a re-import. Search matches name skeletons, so typing
"Marwan" finds مروان and "Aburida" finds "Abu Raida".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from harmledger.errors import Conflict, NotFound
from harmledger.names import name_tokens, skeleton
from harmledger.store.custody import append_event
from harmledger.store.ledger import Ledger
from harmledger.store.row_digest import DIGEST_VERSION, records_of_import
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from harmledger.victims.limits import DEFAULT_LIMITS, ReadLimits
from harmledger.victims.model import SENSITIVE_FIELDS, VictimRecord
from harmledger.victims.reader import ImportResult, read_victim_file

_KIND_NOUNS = {"victims": "victim list", "recovery": "recovery log"}
NAME_FIELDS = ("name", "name_latin", "given_name", "father_name", "grandfather_name", "family_name")


@dataclass
class VictimImportReport:
    list_name: str
    created: int = 0
    already_in_list: int = 0
    errors: list[str] = field(default_factory=list)
    sha256: str = ""


def search_key(record: Mapping[str, Any]) -> str:
    """Space-separated consonant skeletons of every name token, for cross-script search."""
    keys: list[str] = []
    for name_field in NAME_FIELDS:
        value = record.get(name_field)
        if value:
            keys += [skeleton(token) for token in name_tokens(str(value))]
    return " " + " ".join(dict.fromkeys(k for k in keys if k)) + " "


def import_victim_list(
    ledger: Ledger,
    path: Path,
    list_name: str,
    *,
    column_map: Mapping[str, str] | None = None,
    organisation: str | None = None,
    publishable: bool = False,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> VictimImportReport:
    """Read ``path`` as list ``list_name`` and store its valid records; report the rest by row."""
    result = read_victim_file(path, list_name, column_map, limits=limits)
    return store_list_file(
        ledger,
        path,
        result,
        list_name,
        kind="victims",
        organisation=organisation,
        publishable=publishable,
    )


def store_list_file(
    ledger: Ledger,
    path: Path,
    result: ImportResult,
    list_name: str,
    *,
    kind: str,
    organisation: str | None = None,
    publishable: bool = False,
) -> VictimImportReport:
    """Archive ``path`` and store the records read from it into list ``list_name`` of ``kind``.

    A list keeps its kind: a recovery log cannot be imported into a victim list or the reverse,
    since linkage and estimation read victim lists only.
    """
    report = VictimImportReport(list_name, errors=[str(e) for e in result.errors])
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        victim_list = session.scalars(
            select(VictimList).where(VictimList.name == list_name)
        ).first()
        if victim_list is not None and victim_list.kind != kind:
            raise Conflict(
                f"list {list_name!r} is a {_KIND_NOUNS[victim_list.kind]}, not a "
                f"{_KIND_NOUNS[kind]}: choose another name"
            )
        blob = ledger.archive.put(path.read_bytes())
        report.sha256 = blob.sha256
        if victim_list is None:
            victim_list = VictimList(
                name=list_name, kind=kind, organisation=organisation, created_at=now
            )
            session.add(victim_list)
            session.flush()
        known = set(
            session.scalars(
                select(VictimRecordRow.record_key).where(VictimRecordRow.list_id == victim_list.id)
            )
        )
        for record in result.records:
            if record.record_key in known:
                report.already_in_list += 1
                continue
            known.add(record.record_key)
            data = record.model_dump(mode="json", exclude={"list_name"})
            session.add(
                VictimRecordRow(
                    list_id=victim_list.id,
                    record_key=record.record_key,
                    name=record.name,
                    name_latin=record.name_latin,
                    search_key=search_key(data),
                    data=data,
                    publishable=publishable,
                    imported_at=now,
                    source_sha256=blob.sha256,
                )
            )
            report.created += 1
        session.flush()
        records, records_sha256 = records_of_import(session, victim_list.id, blob.sha256)
        append_event(
            session,
            actor=ledger.settings.actor,
            action="import_victims" if kind == "victims" else "import_recoveries",
            subject=f"blob:{blob.sha256}",
            details={
                "list": list_name,
                "origin": str(path.resolve()),
                "created": report.created,
                "already_in_list": report.already_in_list,
                "row_errors": len(report.errors),
                "list_id": victim_list.id,
                "digest": DIGEST_VERSION,
                "records": records,  # all of the list's records from this file, for verify
                "records_sha256": records_sha256,
            },
        )
    return report


def record_view(row: VictimRecordRow, list_name: str, *, include_sensitive: bool) -> dict[str, Any]:
    """A stored record as users see it; sensitive fields only when asked (never in public views)."""
    data = {k: v for k, v in row.data.items() if include_sensitive or k not in SENSITIVE_FIELDS}
    return {"id": row.id, "list": list_name, **data, "publishable": row.publishable}


def find_records(
    ledger: Ledger,
    *,
    list_name: str | None = None,
    query: str | None = None,
    limit: int | None = 100,
    include_sensitive: bool = False,
    kind: str = "victims",
    publishable_only: bool = False,
) -> list[dict[str, Any]]:
    """Records of a list (or all lists of ``kind``) whose names match ``query`` in any script,
    best match first (as the victims page ranks them); with ``publishable_only``, only records
    marked publishable (the limit counts those)."""
    from harmledger.victims.search import best_match_first, name_matches  # it reads our views

    statement = (
        select(VictimRecordRow, VictimList.name)
        .join(VictimList)
        .where(VictimList.kind == kind, *name_matches(query or ""))
        .order_by(*best_match_first(query or ""))
    )
    if list_name:
        statement = statement.where(VictimList.name == list_name)
    if publishable_only:
        statement = statement.where(VictimRecordRow.publishable.is_(True))
    if limit is not None:
        statement = statement.limit(limit)
    with ledger.reader() as session:
        return [
            record_view(row, name, include_sensitive=include_sensitive)
            for row, name in session.execute(statement)
        ]


def stored_records(
    ledger: Ledger, lists: list[str] | None = None
) -> list[tuple[int, VictimRecord]]:
    """Every stored record of the given victim lists (all if none) as (row id, VictimRecord).

    Recovery logs are not victim lists (a body is not yet a person) and are never returned.
    """
    statement = (
        select(VictimRecordRow, VictimList.name)
        .join(VictimList)
        .where(VictimList.kind == "victims")
        .order_by(VictimRecordRow.id)
    )
    if lists:
        with ledger.reader() as session:
            known = set(
                session.scalars(select(VictimList.name).where(VictimList.kind == "victims"))
            )
        missing = sorted(set(lists) - known)
        if missing:
            raise NotFound(
                f"no victim list named {', '.join(missing)} (lists: {', '.join(sorted(known))})"
            )
        statement = statement.where(VictimList.name.in_(lists))
    with ledger.reader() as session:
        return [
            (row.id, VictimRecord.model_validate({"list_name": name, **row.data}))
            for row, name in session.execute(statement)
        ]
