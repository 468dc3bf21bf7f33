"""The victims of one incident: records whose ``incident_ref`` names it, with their persons.

A list refers to an incident the way its authors know it: by harmledger's id (``12``,
``incident:12``, ``#12``) or by the id of the dataset the incident was imported from (its
``external_id``, e.g. a UCDP event id). An incident merged into another passes its victims on.
Public mode keeps publishable records only and never a sensitive field, whatever the caller
asked; records are built by the library's own :func:`record_view`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from harmledger.errors import NotFound
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.store.victim_tables import LinkageRun, PersonLink, VictimList, VictimRecordRow
from harmledger.victims.ledger import record_view
from harmledger.victims.model import SENSITIVE_FIELDS
from harmledger.web.cache import ViewCache

MAX_VICTIMS = 500


def incident_refs(session: Session, incident_id: int) -> set[str]:
    """Every ``incident_ref`` value that means this incident (or one merged into it)."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"no incident with id {incident_id}")
    merged = session.scalars(select(Incident).where(Incident.merged_into_id == incident_id)).all()
    refs: set[str] = set()
    for found in (incident, *merged):
        refs |= {str(found.id), f"incident:{found.id}", f"#{found.id}"}
        if found.external_id:
            refs.add(found.external_id)
    return refs


def referenced(session: Session) -> frozenset[str]:
    """Every ``incident_ref`` any record holds: one scan, cached by the web app while the ledger
    is unchanged, so the page of an incident no record names costs no scan at all."""
    reference = VictimRecordRow.data["incident_ref"].as_string()
    return frozenset(r for r in session.scalars(select(reference).distinct()) if r is not None)


def _matching(refs: set[str], public: bool) -> Any:
    reference = VictimRecordRow.data["incident_ref"].as_string()
    query = select(VictimRecordRow, VictimList.name).join(VictimList)
    query = query.where(reference.in_(sorted(refs)))
    if public:
        query = query.where(VictimRecordRow.publishable.is_(True))
    return query


def incident_victims(
    session: Session,
    incident_id: int,
    *,
    public: bool,
    sensitive: bool,
    limit: int = MAX_VICTIMS,
    offset: int = 0,
    known: frozenset[str] | None = None,
) -> dict[str, Any]:
    """A page of the incident's victim records (list, then record order) and their total;
    ``known`` (from :func:`referenced`) lets an incident no record names skip the query."""
    if known is not None and not known:  # no record names any incident: nothing to look up
        if session.get(Incident, incident_id) is None:
            raise NotFound(f"no incident with id {incident_id}")
        return {"items": [], "total": 0}
    refs = incident_refs(session, incident_id)
    if known is not None:
        refs &= known
        if not refs:
            return {"items": [], "total": 0}
    query = _matching(refs, public)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(VictimList.name, VictimRecordRow.id).offset(offset).limit(limit)
    ).all()
    include = sensitive and not public
    records = [record_view(row, name, include_sensitive=include) for row, name in rows]
    if not include:  # belt and braces: the record view already left them out
        records = [{k: v for k, v in r.items() if k not in SENSITIVE_FIELDS} for r in records]
    persons = _persons(session, [r["id"] for r in records])
    for record in records:
        record["person"] = persons.get(record["id"])
    return {"items": records, "total": total}


def _persons(session: Session, record_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Each record's person in the current (newest) linkage run, if it was linked."""
    run_id = session.scalar(select(func.max(LinkageRun.id)))
    if run_id is None or not record_ids:
        return {}
    links = session.scalars(
        select(PersonLink).where(PersonLink.run_id == run_id, PersonLink.record_id.in_(record_ids))
    )
    return {
        link.record_id: {"key": link.person_key, "probability": link.probability} for link in links
    }


def known_refs(ledger: Ledger, cache: ViewCache, session: Session | None = None) -> frozenset[str]:
    """:func:`referenced`, through the app's view cache (read through ``session`` when given,
    so a page asks the ledger's version in the transaction it reads in)."""

    def compute() -> frozenset[str]:
        if session is not None:
            return referenced(session)
        with ledger.reader() as reader:
            return referenced(reader)

    return cache.get(("victim-incident-refs",), compute, session)


def _incident_number(ref: str) -> int | None:
    """``12``, ``incident:12`` or ``#12`` name harmledger's incident 12."""
    text = ref.strip().removeprefix("incident:").removeprefix("#")
    return int(text) if text.isdigit() and len(text) < 18 else None


def incidents_of_refs(session: Session, refs: set[str]) -> dict[str, int]:
    """Each ``incident_ref`` that names an incident (by id or by the external id it was imported
    with), mapped to the active incident holding it now (an incident merged into another is
    followed to it). A reference that names nothing is left out."""
    found: dict[str, int] = {}
    numbers = {ref: n for ref in refs if (n := _incident_number(ref)) is not None}
    wanted = set(numbers.values())
    rows = (
        list(session.scalars(select(Incident).where(Incident.id.in_(sorted(wanted)))))
        if wanted
        else []
    )
    external = sorted(refs - set(numbers))
    if external:
        rows += list(session.scalars(select(Incident).where(Incident.external_id.in_(external))))
    by_id = {row.id: row for row in rows}
    for ref in refs:
        incident = by_id.get(numbers[ref]) if ref in numbers else None
        if incident is None:
            incident = next((r for r in rows if r.external_id == ref), None)
        hops = 0
        while incident is not None and incident.merged_into_id is not None and hops < 20:
            incident = session.get(Incident, incident.merged_into_id)
            hops += 1
        if incident is not None:
            found[ref] = incident.id
    return found


def add_links(session: Session, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each record its person (``person``: key and probability, in the current linkage
    run) and its incident (``incident_id``), so a page can link to both."""
    persons = _persons(session, [r["id"] for r in records])
    refs = {str(r["incident_ref"]) for r in records if r.get("incident_ref")}
    incidents = incidents_of_refs(session, refs) if refs else {}
    for record in records:
        record["person"] = persons.get(record["id"])
        record["incident_id"] = incidents.get(str(record.get("incident_ref") or ""))
    return records


def person_page(
    session: Session, *, public: bool, page: int = 1, per_page: int = 50
) -> dict[str, Any]:
    """One page of the persons of the current linkage run (by key), each with the names,
    lists, and incidents of its records, and the total; public mode counts and shows
    publishable records only (a person with none is not listed)."""
    run_id = session.scalar(select(func.max(LinkageRun.id)))
    if run_id is None:
        return {"items": [], "total": 0, "run": None}
    keys = (
        select(PersonLink.person_key)
        .join(VictimRecordRow, PersonLink.record_id == VictimRecordRow.id)
        .where(PersonLink.run_id == run_id)
        .distinct()
    )
    if public:
        keys = keys.where(VictimRecordRow.publishable.is_(True))
    total = session.scalar(select(func.count()).select_from(keys.subquery())) or 0
    chosen = list(
        session.scalars(
            keys.order_by(PersonLink.person_key).offset((page - 1) * per_page).limit(per_page)
        )
    )
    query = (
        select(PersonLink, VictimRecordRow, VictimList.name)
        .join(VictimRecordRow, PersonLink.record_id == VictimRecordRow.id)
        .join(VictimList, VictimRecordRow.list_id == VictimList.id)
        .where(PersonLink.run_id == run_id, PersonLink.person_key.in_(chosen))
        .order_by(PersonLink.person_key, VictimRecordRow.id)
    )
    if public:
        query = query.where(VictimRecordRow.publishable.is_(True))
    persons: dict[str, dict[str, Any]] = {
        key: {"key": key, "records": [], "names": [], "lists": [], "incidents": []}
        for key in chosen
    }
    records = []
    for link, row, list_name in session.execute(query).all():
        record = record_view(row, list_name, include_sensitive=False)
        record = {k: v for k, v in record.items() if k not in SENSITIVE_FIELDS}
        record["person_key"] = link.person_key
        records.append(record)
    refs = {str(r["incident_ref"]) for r in records if r.get("incident_ref")}
    incidents = incidents_of_refs(session, refs) if refs else {}
    for record in records:
        person = persons[record["person_key"]]
        person["records"].append(record)
        for name in (record.get("name"), record.get("name_latin")):
            if name and name not in person["names"]:
                person["names"].append(name)
        if record["list"] not in person["lists"]:
            person["lists"].append(record["list"])
        incident = incidents.get(str(record.get("incident_ref") or ""))
        if incident is not None and incident not in person["incidents"]:
            person["incidents"].append(incident)
    return {"items": list(persons.values()), "total": total, "run": run_id}


def records_by_id(session: Session, record_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Victim records by id as a reviewer compares them: never a sensitive field (a pair card
    needs names, ages, dates and places, not contacts)."""
    if not record_ids:
        return {}
    rows = session.execute(
        select(VictimRecordRow, VictimList.name)
        .join(VictimList)
        .where(VictimRecordRow.id.in_(sorted(set(record_ids))))
    ).all()
    return {row.id: record_view(row, name, include_sensitive=False) for row, name in rows}


def readable_evidence(evidence: list[Any]) -> list[dict[str, Any]]:
    """The linkage's evidence for a pair, one comparison a row: its name, the level it fell
    in and its match weight, and whether it speaks for the same person (a positive weight),
    against, or neither; an entry of another shape keeps its fields as (name, value) pairs."""
    rows: list[dict[str, Any]] = []
    for entry in evidence or []:
        if not isinstance(entry, dict):
            rows.append({"comparison": None, "level": str(entry), "weight": None, "leaning": None})
            continue
        weight = entry.get("match_weight")
        leaning = None
        if isinstance(weight, int | float):
            leaning = "for" if weight > 0 else "against" if weight < 0 else "neutral"
        rows.append(
            {
                "comparison": entry.get("comparison"),
                "level": entry.get("level"),
                "weight": weight,
                "leaning": leaning,
                "other": [
                    (k, v)
                    for k, v in entry.items()
                    if k not in ("comparison", "level", "match_weight")
                ],
            }
        )
    return rows
