"""The Python API: every stage as a plain function, the same the CLI and the web call.

Each function opens the ledger at ``home`` (default ``$HARMLEDGER_HOME`` or
``./harmledger-data``; ``database_url`` overrides the database), does its work and closes it.
Pass ``ledger=`` to reuse an open :class:`~harmledger.store.Ledger` instead. Results are typed:
reports of the stages, and the read models of :mod:`harmledger.publish`. Errors derive from
:class:`~harmledger.errors.HarmledgerError` (``NotFound``, ``Conflict``, ``Invalid``, ...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harmledger.ingestion.inputs import DEFAULT_MAX_BYTES
from harmledger.ingestion.model import IngestReport
from harmledger.publish.base import records
from harmledger.publish.claims import ClaimPage, ClaimRecord
from harmledger.publish.decisions import ClaimReviewed, GradeSet
from harmledger.publish.incidents import Assessment, IncidentDetail, IncidentSummary
from harmledger.publish.results import Comparison, TallyRow
from harmledger.store.ledger import Ledger, open_ledger
from harmledger.store.verify import VerifyReport

if TYPE_CHECKING:  # the stages' reports; their modules load when a stage runs
    from harmledger.estimate.result import EstimateResult
    from harmledger.extract.runner import ExtractionReport
    from harmledger.link.incidents.service import LinkReport
    from harmledger.link.persons.ledger import PersonsReport
    from harmledger.search.hits import SearchPage
    from harmledger.victims.audit import ListAudit

HEADLINE = ("confirmed", "fair")  # the grades headline tallies count, as monitors' do


@contextmanager
def _ledger(
    ledger: Ledger | None, home: Path | str | None, database_url: str | None
) -> Iterator[Ledger]:
    if ledger is not None:
        yield ledger
        return
    opened = open_ledger(home=home, database_url=database_url)
    try:
        yield opened
    finally:
        opened.close()


def init(home: Path | str | None = None, database_url: str | None = None) -> dict[str, str]:
    """Create (or migrate) a ledger; return where its database and archive are."""
    with _ledger(None, home, database_url) as ledger:
        return {
            "home": str(ledger.settings.home),
            "database": ledger.engine.url.render_as_string(hide_password=True),
            "archive": str(ledger.archive.root),
            "schema_revision": ledger.revision,
        }


def ingest(
    inputs: Sequence[str] | str,
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    source: str | None = None,
    source_type: str = "other",
    lang: str | None = None,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    column_map: Mapping[str, str] | None = None,
    fmt: str | None = None,
) -> IngestReport:
    """Ingest files, folders, globs, URLs or ``-`` (stdin); see ``harmledger ingest --help``."""
    from harmledger.ingestion.pipeline import IngestOptions, ingest_items

    options = IngestOptions(
        source=source,
        source_type=source_type,
        lang=lang,
        published=published,
        max_bytes=max_bytes,
        column_map=dict(column_map or {}),
        fmt=fmt,
    )
    with _ledger(ledger, home, database_url) as opened:
        return ingest_items(opened, [inputs] if isinstance(inputs, str) else list(inputs), options)


def documents(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    lang: str | None = None,
    source: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Summaries of stored documents (id, hash, language, source, title, ...), in ingestion
    order; ``limit`` and ``offset`` page them in the database."""
    from harmledger.catalog import list_documents

    with _ledger(ledger, home, database_url) as opened:
        return list_documents(opened, lang=lang, source=source, limit=limit, offset=offset)


def unread_items(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    include_read: bool = False,
) -> list[dict[str, Any]]:
    """Evidence archived without a readable text (scans without OCR, damaged files), with why."""
    from harmledger.catalog import list_unread

    with _ledger(ledger, home, database_url) as opened:
        return list_unread(opened, include_read=include_read)


def document(
    document_id: int,
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
) -> dict[str, Any]:
    """One stored document with its text, metadata and custody events."""
    from harmledger.catalog import get_document

    with _ledger(ledger, home, database_url) as opened:
        return get_document(opened, document_id)


def verify(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    checkpoint: Path | str | None = None,
    key: Path | str | None = None,
    tsa_cert: Path | str | None = None,
) -> VerifyReport:
    """Re-hash the archive, re-check the custody chain and the incident tree, and rebuild from
    the log what the tables hold (claims, incident links and merges, victim records, person
    links, reviews, grades, belligerent assessments, user roles, stored figures); with
    ``checkpoint``, also check the log against that signed head and its RFC 3161 timestamp, if
    any (signed by the authority whose certificate is ``tsa_cert``, when given).
    ``report.ok`` is False on any problem; ``report.notes`` says what could not be checked."""
    from harmledger.assess.consistency import derived_state_problems
    from harmledger.store.checkpoint import (
        checkpoint_problems,
        default_key_path,
        read_checkpoint,
        timestamp_findings,
    )
    from harmledger.store.verify import Problem, verify_ledger

    with _ledger(ledger, home, database_url) as opened:
        report = verify_ledger(opened)
        report.problems += [
            Problem(d.kind, d.subject, d.message)
            for d in derived_state_problems(opened, report.notes)
        ]
        if checkpoint is not None:
            key_path = Path(key) if key else default_key_path(opened)
            signed = read_checkpoint(Path(checkpoint), key_path)
            report.problems += [
                Problem("checkpoint", str(checkpoint), message)
                for message in checkpoint_problems(opened, signed)
            ]
            anchor = Path(tsa_cert) if tsa_cert else None
            problems, notes = timestamp_findings(Path(checkpoint), signed, anchor)
            report.problems += [Problem("timestamp", str(checkpoint), m) for m in problems]
            report.notes += notes
        return report


def extract(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    document_ids: Sequence[int] | None = None,
    gazetteer_file: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ExtractionReport:
    """Extract claims from every stored document this extractor has not read yet (or from
    ``document_ids``); places also from ``gazetteer_file`` or the home's ``gazetteer.csv``."""
    from harmledger.extract.runner import extract_documents

    with _ledger(ledger, home, database_url) as opened:
        return extract_documents(
            opened,
            document_ids=document_ids,
            gazetteer_file=gazetteer_file,
            on_progress=on_progress,
        )


def search(
    query: str,
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    kind: str | None = None,
    lang: str | None = None,
    limit: int = 20,
    offset: int = 0,
    public: bool = False,
) -> SearchPage:
    """Full-text search over documents and current casualty claims (by their quote), best
    first: every word of ``query`` must be found, a ``"quoted phrase"`` in order. Case,
    accents, Arabic marks, letter variants and clitics (و، ب، ل، ف، ك with the article) are
    folded; ``kind`` ('document' or 'claim') and ``lang`` filter, ``limit``/``offset`` page.
    ``public`` leaves out witness-sourced documents and their claims, as public exports do."""
    from harmledger.search.query import search as run

    with _ledger(ledger, home, database_url) as opened:
        return run(opened, query, kind=kind, lang=lang, limit=limit, offset=offset, public=public)


def claims(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    document_id: int | None = None,
    kind: str | None = None,
    measure: str | None = None,
    include_superseded: bool = False,
) -> list[ClaimRecord]:
    """Stored claims (the current extractor's reading unless ``include_superseded``)."""
    from harmledger.claims.queries import list_claims

    with _ledger(ledger, home, database_url) as opened:
        rows = list_claims(
            opened,
            document_id=document_id,
            kind=kind,
            measure=measure,
            include_superseded=include_superseded,
        )
    return ClaimRecord.all_of(rows)


def claim_page(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    page: int = 1,
    per_page: int = 100,
    document_id: int | None = None,
    kind: str | None = None,
    measure: str | None = None,
    public: bool = False,
) -> ClaimPage:
    """One page of :func:`claims` and how many there are, paged in the database; ``public``
    leaves out claims read from witness-sourced documents."""
    from harmledger.claims.queries import count_claims, list_claims

    if page < 1 or per_page < 1:
        from harmledger.errors import Invalid

        raise Invalid("page and per_page start at 1")
    filters: dict[str, Any] = {
        "document_id": document_id,
        "kind": kind,
        "measure": measure,
        "public": public,
    }
    with _ledger(ledger, home, database_url) as opened:
        rows = list_claims(opened, offset=(page - 1) * per_page, limit=per_page, **filters)
        total = count_claims(opened, **filters)
    return ClaimPage.of({"items": rows, "total": total, "page": page, "per_page": per_page})


def link(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    by_component: bool = False,
) -> LinkReport:
    """Link every new casualty claim to an incident (incremental); grades follow.
    ``by_component``: link events a batch of pair-graph components at a time (same links)."""
    from harmledger.link.incidents.service import link_incidents

    with _ledger(ledger, home, database_url) as opened:
        return link_incidents(opened, by_component=by_component)


def link_persons(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    lists: Sequence[str] | None = None,
    threshold: float = 0.9,
    backend: str = "duckdb",
    seed: int = 0,
) -> PersonsReport:
    """Link the victim records of ``lists`` (all by default) into persons; a new run."""
    from harmledger.link.persons.ledger import link_persons as run

    with _ledger(ledger, home, database_url) as opened:
        return run(opened, lists=lists, threshold=threshold, backend=backend, seed=seed)


def audit_victims(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    lists: Sequence[str] | None = None,
) -> ListAudit:
    """Quality report on the victim lists (all by default): completeness, records per person
    (current linkage run), overlap and capture rates by month and place, duplicates, anomalies."""
    from harmledger.link.persons.audit import audit_lists

    with _ledger(ledger, home, database_url) as opened:
        return audit_lists(opened, lists)


def incidents(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    kind: str | None = None,
    grade: str | None = None,
    include_inactive: bool = False,
    period: str | None = None,
    place: str | None = None,
    perpetrator: str | None = None,
    q: str | None = None,
    sort: str = "id",
) -> list[IncidentSummary]:
    """Incidents (active ones unless ``include_inactive``), filtered as the web's incident list
    filters them: kind, grade (``ungraded`` for none), period (``2017``, ``2017-06``,
    ``2017-06-06`` or ``FROM..TO``), place, perpetrator, a word of the name or place (``q``);
    sorted by ``id``, ``date``, ``-date`` or ``name``."""
    from harmledger.publish.incident_list import IncidentFilters, list_incidents

    filters = IncidentFilters(
        period, place, perpetrator, grade, kind, q, sort, include_inactive=include_inactive
    )
    with _ledger(ledger, home, database_url) as opened, opened.reader() as session:
        return IncidentSummary.all_of(list_incidents(session, filters))


def incident(
    incident_id: int,
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
) -> IncidentDetail:
    """One incident with its figures, the claims behind them and its assessments."""
    from harmledger.assess.views import incident_detail

    with _ledger(ledger, home, database_url) as opened, opened.reader() as session:
        return IncidentDetail.of(incident_detail(session, incident_id))


def grade(
    incident_id: int,
    value: str | None,
    reason: str,
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
) -> GradeSet:
    """An analyst's grade for an incident, with a reason (``None`` hands it back to the rules)."""
    from harmledger.assess.decisions import set_grade

    with _ledger(ledger, home, database_url) as opened:
        return GradeSet.of(set_grade(opened, incident_id, value, reason))


def review(
    claim_id: int,
    decision: str,
    reason: str,
    *,
    corrections: Mapping[str, Any] | None = None,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
) -> ClaimReviewed:
    """Confirm, correct (with ``corrections``) or reject a machine claim, with a reason."""
    from harmledger.assess.decisions import review_claim

    with _ledger(ledger, home, database_url) as opened:
        changes = dict(corrections) if corrections else None
        return ClaimReviewed.of(review_claim(opened, claim_id, decision, reason, changes))


def assess(
    incident_id: int,
    *,
    belligerent: str,
    assessment: str,
    stated_on: dt.date,
    stated_precision: str = "day",
    conceded_min: int | None = None,
    conceded_max: int | None = None,
    source: str | None = None,
    document_id: int | None = None,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
) -> Assessment:
    """Record a belligerent's own dated assessment of an incident (a series, never replaced)."""
    from harmledger.assess.decisions import add_assessment

    with _ledger(ledger, home, database_url) as opened:
        record = add_assessment(
            opened,
            incident_id,
            belligerent=belligerent,
            assessment=assessment,
            stated_on=stated_on,
            stated_precision=stated_precision,
            conceded_min=conceded_min,
            conceded_max=conceded_max,
            source=source,
            document_id=document_id,
        )
    return Assessment.of(record)


def tally(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    by: Sequence[str] = ("belligerent",),
    measure: str = "killed",
    category: str = "civilians",
    grades: Sequence[str] | None = HEADLINE,
    as_of: dt.date | None = None,
    known_by: str = "published",
) -> list[TallyRow]:
    """Min/max totals over incidents by the groupings in ``by``; ``grades=None`` counts every
    grade (the default counts confirmed and fair, as headline tallies do)."""
    from harmledger.tally.tally import tally as run

    with _ledger(ledger, home, database_url) as opened, opened.reader() as session:
        rows = run(
            session,
            by=tuple(by),
            measure=measure,
            category=category,
            grades=None if grades is None else tuple(grades),
            as_of=as_of,
            known_by=known_by,
        )
    return TallyRow.all_of(rows)


def compare(
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    incident_id: int | None = None,
    place: str | None = None,
) -> Comparison:
    """Who says how many: belligerent admissions, monitors, lists and recoveries side by side
    for an incident (with its children) or every incident at a place."""
    from harmledger.tally.compare import compare as run

    with _ledger(ledger, home, database_url) as opened, opened.reader() as session:
        return Comparison.of(run(session, incident_id=incident_id, place=place))


def estimate(
    lists: Sequence[str],
    *,
    method: str = "loglinear",
    seed: int | None = None,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    **options: Any,
) -> EstimateResult:
    """Estimate the total number of dead from how the linked persons' ``lists`` overlap
    (multiple systems estimation over the current linkage run)."""
    from harmledger.errors import Invalid, NotFound
    from harmledger.estimate import CaptureTable
    from harmledger.estimate import estimate as run
    from harmledger.link.persons.ledger import person_memberships

    chosen = list(lists)
    if len(chosen) < 2:
        raise Invalid("an estimate needs at least two lists")
    with _ledger(ledger, home, database_url) as opened:
        members = person_memberships(opened, chosen).get("all", [])
    if not members:
        raise NotFound(f"no linked persons on lists {', '.join(chosen)}: link persons first")
    return run(CaptureTable.from_memberships(members, chosen), method, seed=seed, **options)


def export(
    dataset: str,
    fmt: str = "csv",
    *,
    home: Path | str | None = None,
    database_url: str | None = None,
    ledger: Ledger | None = None,
    by: Sequence[str] = ("belligerent",),
    bom: bool = False,
) -> str:
    """``incidents``, ``claims``, ``victims`` or a ``tally`` (by ``by``) as ``csv`` or
    ``json`` (incidents also ``geojson``), in the one export dialect the web uses too."""
    from harmledger.errors import Invalid
    from harmledger.publish.exports import MODELS, empty_columns, render

    if dataset not in MODELS:
        raise Invalid(f"dataset {dataset!r}: use one of {', '.join(MODELS)}")
    if fmt == "geojson" and dataset != "incidents":
        raise Invalid("GeoJSON is available for incidents only")
    with _ledger(ledger, home, database_url) as opened:
        rows = _export_rows(opened, dataset, by)
    columns = empty_columns(dataset, by)
    if dataset == "tally":  # its groupings first, in the order asked
        rows = [{name: row.get(name) for name in columns} for row in rows]
    return render(rows, fmt, columns=columns, bom=bom)


def _export_rows(opened: Ledger, dataset: str, by: Sequence[str]) -> list[dict[str, Any]]:
    if dataset == "incidents":
        return records(incidents(ledger=opened))
    if dataset == "claims":
        return records(claims(ledger=opened))
    if dataset == "tally":
        return records(tally(ledger=opened, by=by))
    from harmledger.publish.victims import VictimView
    from harmledger.victims.ledger import find_records

    return records(VictimView.all_of(find_records(opened, limit=None)))
