"""The demonstration: every pipeline stage that exists, run on a synthetic corpus we wrote.

``make demo`` calls ``harmledger demo``; as stages land they add a step here, so the demo is
always the main job end to end on the embedded default (SQLite).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from harmledger.store.ledger import Ledger


def corpus_dir() -> Path:
    """Folder of the synthetic demo corpus shipped inside the package."""
    return Path(str(resources.files("harmledger.demo") / "corpus"))


@dataclass(frozen=True)
class StepOutcome:
    """What one demo step did, in a line, plus rows to show."""

    summary: str
    ok: bool = True
    rows: tuple[dict[str, object], ...] = ()


@dataclass(frozen=True)
class DemoStep:
    name: str
    run: Callable[[Ledger], StepOutcome]


def _ingest(ledger: Ledger) -> StepOutcome:
    import shutil

    from harmledger.ingestion.pipeline import ingest_items

    gazetteer = ledger.settings.home / "gazetteer.csv"
    if not gazetteer.exists():  # the demo's invented town, so extraction can place it
        shutil.copyfile(Path(str(resources.files("harmledger.demo") / "gazetteer.csv")), gazetteer)

    report = ingest_items(ledger, [str(corpus_dir())])
    rows: tuple[dict[str, object], ...] = tuple(
        {
            "status": r.status,
            "item": Path(r.origin).name,
            "documents": list(r.document_ids),
            "reason": r.reason,
        }
        for r in report.results
    )
    return StepOutcome(
        f"ingested {report.ingested} files, {report.already_archived} already archived, "
        f"{report.failed} failed",
        ok=report.ok,
        rows=rows,
    )


def _documents(ledger: Ledger) -> StepOutcome:
    from harmledger.catalog import list_documents

    documents = list_documents(ledger)
    rows = tuple(
        {
            "id": d["id"],
            "lang": d["lang"],
            "source": d["source"],
            "title": d["title"],
            "sha256": d["sha256"][:12],
        }
        for d in documents
    )
    languages = sorted({str(d["lang"]) for d in documents})
    return StepOutcome(
        f"{len(documents)} documents in {len(languages)} languages: {', '.join(languages)}",
        rows=rows,
    )


def _verify(ledger: Ledger) -> StepOutcome:
    from harmledger.store.verify import verify_ledger

    report = verify_ledger(ledger)
    summary = (
        f"{report.blobs_checked} archived files re-hashed, {report.events_checked} custody events "
        f"checked: {'no problems' if report.ok else f'{len(report.problems)} problem(s)'}"
    )
    return StepOutcome(
        summary, ok=report.ok, rows=tuple({"problem": p.message} for p in report.problems)
    )


def _extract(ledger: Ledger) -> StepOutcome:
    from harmledger.claims.queries import list_claims
    from harmledger.extract.runner import extract_documents

    report = extract_documents(ledger)
    claims = list_claims(ledger, kind="casualty")
    rows = tuple(
        {
            "doc": c["document_id"],
            "lang": c["lang"],
            "measure": c["measure"],
            "who": c["who"],
            "low": c["low"],
            "high": c["high"],
            "speaker": c["speaker"],
            "quote": c["quote"],
        }
        for c in claims
    )
    summary = (
        f"extractor {report.extractor_version}: {report.documents} documents read now "
        f"({report.skipped} already), {len(claims)} casualty claims stored in all"
    )
    return StepOutcome(summary, ok=not report.failures, rows=rows)


DEMO_BELLIGERENT = "Northern Alliance"  # the invented party to the demo's invented conflict


def _link(ledger: Ledger) -> StepOutcome:
    from harmledger.assess.sources import list_sources, set_source
    from harmledger.link.incidents.service import link_incidents
    from harmledger.publish.incident_list import list_incidents

    # a monitor names the parties to the conflict first (harmledger sources set NAME --type
    # belligerent), so that their own statements are read as theirs, never as reporting
    known = {source["name"]: source["type"] for source in list_sources(ledger)}
    if known.get(DEMO_BELLIGERENT) != "belligerent":
        set_source(ledger, DEMO_BELLIGERENT, source_type="belligerent")
    report = link_incidents(ledger)
    with ledger.reader() as session:
        incidents = list_incidents(session)
    rows = tuple(
        {
            "id": i["id"],
            "kind": i["kind"],
            "name": i["name"],
            "grade": i["grade"],
            "civilians killed": f"{i['civilians_killed_min']}–{i['civilians_killed_max']}",
            "documents": i["documents"],
        }
        for i in incidents
    )
    summary = (
        f"{report.claims_linked} claims linked now, {len(incidents)} incidents in all; "
        f"{len(report.unplaced_claims)} claims name neither place nor time (left for review)"
    )
    return StepOutcome(summary, rows=rows)


def _assess(ledger: Ledger) -> StepOutcome:
    import datetime as dt

    from sqlalchemy import select

    from harmledger.assess.decisions import add_assessment
    from harmledger.store.incident_tables import BelligerentAssessment, Incident
    from harmledger.tally.compare import compare

    with ledger.reader() as session:
        incident = (
            session.scalars(
                select(Incident)
                .where(Incident.place == "demo:tel-amar-market")
                .order_by(Incident.id)
            ).first()
            or session.scalars(select(Incident).order_by(Incident.id)).first()
        )
        recorded = (
            incident is not None
            and session.scalars(
                select(BelligerentAssessment).where(
                    BelligerentAssessment.incident_id == incident.id
                )
            ).first()
        )
    if incident is None:
        return StepOutcome("no incident to assess", ok=False)
    if not recorded:  # the invented alliance's admission, from the demo feed's second entry
        add_assessment(
            ledger,
            incident.id,
            belligerent=DEMO_BELLIGERENT,
            assessment="credible",
            stated_on=dt.date(2024, 4, 20),
            conceded_min=2,
            source="demo feed, 2024-04-20",
        )
    with ledger.reader() as session:
        result = compare(session, incident_id=incident.id)
    rows = tuple(
        {
            "source type": f["source_type"],
            "origins": f["origins"],
            "measure": f["measure"],
            "category": f["category"],
            "min": f["min"],
            "max": f["max"],
        }
        for f in result["figures"]
    )
    gaps = result["gaps"]
    return StepOutcome(
        f"incident {incident.id}: the belligerent admits {gaps['belligerent_admitted_latest']}, "
        f"monitors report up to {gaps['monitor_civilians_killed_max']} civilians killed",
        rows=rows,
    )


DEMO_LISTS = ("Tel Amar Civil Defence", "District hospital", "Demo Observatory")
DEMO_PEOPLE = 400


def _victims(ledger: Ledger) -> StepOutcome:
    """Three invented victim lists of one invented population, linked into persons."""
    import json

    from harmledger.link.persons.ledger import link_persons
    from harmledger.link.persons.synthetic import synthetic_lists
    from harmledger.victims.ledger import import_victim_list

    folder = ledger.settings.home / "demo-lists"
    folder.mkdir(parents=True, exist_ok=True)
    # People no list recorded stay unrecorded: the population the estimates must recover.
    records, _truth = synthetic_lists(DEMO_PEOPLE, seed=7, lists=DEMO_LISTS, unlisted=True)
    rows = []
    for list_name in DEMO_LISTS:
        path = folder / f"{list_name.replace(' ', '_')}.json"
        if not path.exists():
            members = [
                r.model_dump(mode="json", exclude={"list_name"})
                for r in records
                if r.list_name == list_name
            ]
            path.write_text(json.dumps(members, ensure_ascii=False, indent=1), encoding="utf-8")
        report = import_victim_list(ledger, path, list_name, organisation="synthetic demo")
        rows.append(
            {
                "list": list_name,
                "stored": report.created,
                "already there": report.already_in_list,
                "row problems": len(report.errors),
            }
        )
    linked = link_persons(ledger, lists=DEMO_LISTS, threshold=0.9, seed=7)
    summary = (
        f"{linked.records} records of {DEMO_PEOPLE} invented people → {linked.persons} persons "
        f"({linked.comparisons_made:,} comparisons, {linked.to_review} uncertain pairs to review)"
    )
    return StepOutcome(summary, rows=tuple(rows))


RECOVERY_COLUMNS = {
    "record_key": "file",
    "recovery_site": "site",
    "date_recovered": "recovered",
    "state_of_remains": "remains",
    "identification_status": "identification",
    "probable_cause": "cause",
    "attribution_certainty": "certainty",
}


def _recoveries(ledger: Ledger) -> StepOutcome:
    """An invented recovery team's log of the market strike: a file per body."""
    from harmledger.victims.recoveries import import_recovery_log, recovery_counts

    path = Path(str(resources.files("harmledger.demo") / "recovery_log.csv"))
    report = import_recovery_log(
        ledger,
        path,
        "Tel Amar Civil Defence bodies",
        column_map=RECOVERY_COLUMNS,
        organisation="synthetic demo",
    )
    rows = tuple(count.as_dict() for count in recovery_counts(ledger, "perpetrator"))
    bodies = sum(row["bodies"] for row in rows)
    return StepOutcome(
        f"{bodies} bodies in the log ({report.created} new); bodies count against a perpetrator "
        "only with confirmed or probable attribution",
        ok=not report.errors,
        rows=rows,
    )


#: Person clusterings the demo draws from the linkage's pair probabilities.
DEMO_DRAWS = 30


def _estimate(ledger: Ledger) -> StepOutcome:
    from harmledger.estimate import CaptureTable, estimate
    from harmledger.estimate.linkage import estimate_over_linkages
    from harmledger.link.persons.ledger import membership_draws, person_memberships

    members = person_memberships(ledger, DEMO_LISTS)["all"]
    table = CaptureTable.from_memberships(members, DEMO_LISTS)
    drawn = [
        CaptureTable.from_memberships(m, DEMO_LISTS)
        for m in membership_draws(ledger, DEMO_LISTS, draws=DEMO_DRAWS, seed=7)
    ]
    rows = []
    for method, lists in (("chapman", DEMO_LISTS[:2]), ("chao", None), ("loglinear", None)):
        certain = estimate(table, method, lists=lists)
        pooled = estimate_over_linkages(drawn, method, lists=lists, certain=certain)
        rows.append(
            {
                "method": method if lists is None else f"{method} ({' + '.join(lists)})",
                "persons": certain.observed,
                "linkage as certain": f"{round(certain.estimate)} "
                f"({round(certain.lower)}–{round(certain.upper)})",
                f"over {DEMO_DRAWS} linkage draws": f"{round(pooled.estimate)} "
                f"({round(pooled.lower)}–{round(pooled.upper)})",
            }
        )
    return StepOutcome(
        f"{table.observed} persons on the three lists after linkage; {DEMO_PEOPLE} invented "
        "people, some on no list. Missed links show twice, as extra persons and as too little "
        "overlap, and inflate an estimate that takes linkage as certain; estimates over "
        "clusterings drawn from the pair probabilities carry that uncertainty",
        rows=tuple(rows),
    )


def _tally(ledger: Ledger) -> StepOutcome:
    from harmledger.tally.tally import tally

    with ledger.reader() as session:
        rows = tally(session, by=("grade",), grades=None)
    return StepOutcome("civilians killed, min–max by grade (every grade)", rows=tuple(rows))


STEPS: tuple[DemoStep, ...] = (
    DemoStep("ingest", _ingest),
    DemoStep("documents", _documents),
    DemoStep("extract", _extract),
    DemoStep("link incidents", _link),
    DemoStep("belligerent assessment and compare", _assess),
    DemoStep("tally", _tally),
    DemoStep("victim lists and persons", _victims),
    DemoStep("recovery log", _recoveries),
    DemoStep("estimate the undocumented", _estimate),
    DemoStep("verify", _verify),
)
