"""Every way of editing the database behind harmledger's back that issue 13 lists is named by
``verify`` (with the checkpoint for the log's tail).

One small ledger is built the way users build one: our own sentences ingested, extracted and
linked, a review, an analyst grade, a belligerent's statement, a user, two victim lists, a
person linkage and a pair decision, then a signed checkpoint. Each case copies it, changes it
with plain SQL, and asks ``verify`` for a finding about that row.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text

from harmledger import api
from harmledger.assess.decisions import (
    add_assessment,
    merge_incidents,
    review_claim,
    set_grade,
    split_incident,
)
from harmledger.config import load_settings
from harmledger.extract.runner import extract_documents
from harmledger.imports.acled import import_acled
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.link.incidents.service import link_incidents
from harmledger.link.persons.ledger import decide_pair, link_persons
from harmledger.link.persons.synthetic import synthetic_lists
from harmledger.store.checkpoint import write_checkpoint
from harmledger.store.custody import event_hash
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import Ledger, open_ledger
from harmledger.store.tables import ClaimRow, CustodyEvent, Document
from harmledger.store.victim_tables import VictimRecordRow
from harmledger.victims.ledger import import_victim_list
from harmledger.web.users import add_user

DOCUMENTS = {  # two voices on one strike, one on another (all invented)
    "market-en.txt": "An airstrike on the central market of Raqqa on 15 August 2017 killed 12 "
    "civilians, including 4 children, residents said.",
    "market-fr.txt": "Une frappe aérienne sur le marché central de Raqqa le 15 août 2017 a tué "
    "14 civils, selon un observatoire.",
    "school-en.txt": "Shelling of a school in Mosul on 3 March 2017 killed 7 civilians, a "
    "hospital director said.",
}
HOSPITAL = (
    "record_key,name,name_latin,sex,age,date_of_death,place_of_death\n"
    "h-1,سمير خليل ابو سمرة,Sameer Khalil Abu Samra,male,41,2017-08-15,الرقة\n"
    "h-2,رانيا عمر النمر,Ranya Omar El-Nimr,female,29,2017-08-15,الرقة\n"
    "h-3,وليد عمر النمر,Walid Omar El-Nimr,male,33,2017-03-03,الموصل\n"
)
CODED = (  # one invented event of a coded dataset, in ACLED's columns
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,"
    "civilian_targeting,country,admin1,location,latitude,longitude,geo_precision,fatalities,source\n"
    "FIC1,2024-03-03,1,Explosions/Remote violence,Air/drone strike,Northern Alliance,"
    "Civilians (Fictland),Civilian targeting,Fictland,North,Tel Amar,35.1,38.2,1,12,Demo Wire\n"
)
MONITOR = (
    "record_key,name_latin,sex,age,date_of_death,place_of_death\n"
    "m-1,Sameer Abu Samra,male,41,2017-08-15,Raqqa\n"
    "m-2,Ranya El-Nimr,female,29,2017-08-15,Raqqa\n"
)


def synthetic_rows() -> dict[str, list[dict[str, object]]]:
    """Two small lists of invented people from the project's generator, many on both."""
    records, _ = synthetic_lists(20, seed=3, lists=SYNTHETIC)
    return {
        name: [
            r.model_dump(mode="json", exclude={"list_name"}) for r in records if r.list_name == name
        ]
        for name in SYNTHETIC
    }


SYNTHETIC = ("registry", "clinic")


@dataclass(frozen=True)
class Built:
    """Ids in the built ledger that the cases tamper with."""

    market: int  # the incident of the market strike (two sources: rule grade)
    school: int  # the school incident (analyst grade, belligerent statement)
    reviewed_claim: int
    market_claims: tuple[int, ...]
    school_claim: int
    school_document: int
    record: int


def build(ledger: Ledger, folder: Path) -> Built:
    folder.mkdir(parents=True, exist_ok=True)
    for name, sentence in DOCUMENTS.items():
        (folder / name).write_text(sentence, encoding="utf-8")
    ingest_items(
        ledger, [str(folder / n) for n in DOCUMENTS], IngestOptions(published="2017-08-16")
    )
    extract_documents(ledger)
    link_incidents(ledger)
    with ledger.reader() as session:
        school_document = session.scalars(
            select(Document.id).where(Document.origin.endswith("school-en.txt"))
        ).one()
        links = {
            link.claim_id: link.incident_id
            for link in session.scalars(select(IncidentClaim).order_by(IncidentClaim.claim_id))
        }
        school_claim = session.scalars(
            select(ClaimRow.id).where(ClaimRow.document_id == school_document)
        ).one()
    school = links[school_claim]
    market_claims = tuple(c for c, i in links.items() if i != school)
    [market] = {links[c] for c in market_claims}
    review_claim(ledger, market_claims[0], "confirm", "read against the residents' account")
    set_grade(ledger, school, "weak", "one voice, not yet checked")
    add_assessment(
        ledger,
        school,
        belligerent="army_x",
        assessment="credible",
        stated_on=dt.date(2017, 3, 9),
        conceded_min=3,
    )
    add_user(ledger, "vera", "a long enough password", "viewer")
    (folder / "hospital.csv").write_text(HOSPITAL, encoding="utf-8")
    (folder / "monitor.csv").write_text(MONITOR, encoding="utf-8")
    import_victim_list(ledger, folder / "hospital.csv", "hospital")
    import_victim_list(ledger, folder / "monitor.csv", "monitor")
    for name, rows in synthetic_rows().items():  # enough alike names for scored pairs
        (folder / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), "utf-8")
        import_victim_list(ledger, folder / f"{name}.json", name)
    link_persons(ledger, threshold=0.5)
    (folder / "coded.csv").write_text(CODED, encoding="utf-8")
    import_acled(ledger, folder / "coded.csv")
    with ledger.reader() as session:
        records = list(session.scalars(select(VictimRecordRow.id).order_by(VictimRecordRow.id)))
    decide_pair(ledger, records[0], records[3], "same", "same name, age and day")
    return Built(
        market=market,
        school=school,
        reviewed_claim=market_claims[0],
        market_claims=market_claims,
        school_claim=school_claim,
        school_document=school_document,
        record=records[1],
    )


Tamper = Callable[[Connection, Built], None]
CASES: dict[str, tuple[Tamper, str]] = {}


def case(name: str, subject: str) -> Callable[[Tamper], Tamper]:
    """Register a tampering and the subject ``verify`` must name (a prefix)."""

    def register(tamper: Tamper) -> Tamper:
        CASES[name] = (tamper, subject)
        return tamper

    return register


def sql(db: Connection, statement: str, **values: object) -> None:
    db.execute(text(statement), values)


@case("a claim's figures", "document:")
def _claim_figures(db: Connection, b: Built) -> None:
    sql(db, "UPDATE claims SET low = 120, high = 120 WHERE id = :c", c=b.market_claims[-1])


@case("a claim's quote", "document:")
def _claim_quote(db: Connection, b: Built) -> None:
    sql(db, "UPDATE claims SET quote = 'killed 70 civilians' WHERE id = :c", c=b.school_claim)


@case("a claim deleted", "document:")
def _claim_deleted(db: Connection, b: Built) -> None:
    sql(db, "DELETE FROM derived_figures WHERE incident_id = :i", i=b.school)
    sql(db, "DELETE FROM incident_claims WHERE claim_id = :c", c=b.school_claim)
    sql(db, "DELETE FROM claims WHERE id = :c", c=b.school_claim)


@case("a claim added", "document:")
def _claim_added(db: Connection, b: Built) -> None:
    sql(
        db,
        "INSERT INTO claims (extraction_id, document_id, kind, measure, who, low, high, "
        'qualifier, start, "end", quote, attribution_chain, confidence, negated, lang) '
        "SELECT extraction_id, document_id, kind, measure, who, 300, 300, qualifier, start, "
        '"end", quote, attribution_chain, confidence, negated, lang FROM claims WHERE id = :c',
        c=b.school_claim,
    )


@case("an incident's rule grade", "incident:")
def _rule_grade(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET grade = 'confirmed' WHERE id = :i", i=b.market)


@case("an incident's analyst grade", "incident:")
def _analyst_grade(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET grade = 'confirmed' WHERE id = :i", i=b.school)


@case("an analyst grade handed to the rules", "incident:")
def _grade_by(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET grade_by = 'rules' WHERE id = :i", i=b.school)


@case("stored figures", "incident:")
def _stored_figures(db: Connection, b: Built) -> None:
    sql(db, "UPDATE derived_figures SET high = high + 1000 WHERE incident_id = :i", i=b.market)


@case("a victim record renamed", "victim_list:hospital")
def _record_renamed(db: Connection, b: Built) -> None:
    sql(db, "UPDATE victim_records SET name = 'اسم آخر' WHERE id = :r", r=b.record)


@case("a victim record deleted", "victim_list:hospital")
def _record_deleted(db: Connection, b: Built) -> None:
    sql(
        db, "DELETE FROM person_pairs WHERE left_record_id = :r OR right_record_id = :r", r=b.record
    )
    sql(db, "DELETE FROM person_links WHERE record_id = :r", r=b.record)
    sql(db, "DELETE FROM victim_records WHERE id = :r", r=b.record)


@case("a victim record added", "victim_list:monitor")
def _record_added(db: Connection, b: Built) -> None:
    sql(
        db,
        "INSERT INTO victim_records (list_id, record_key, name_latin, search_key, data, "
        "publishable, imported_at, source_sha256) SELECT list_id, 'm-9', 'Nobody', '', data, "
        "publishable, imported_at, source_sha256 FROM victim_records WHERE record_key = 'm-1'",
    )


@case("a victim record's facet column", "victim_list:hospital")
def _record_facet(db: Connection, b: Built) -> None:
    sql(db, "UPDATE victim_records SET sex = 'other', day = '1999-01-01' WHERE id = :r", r=b.record)


@case("a belligerent's conceded figure", "belligerent_assessment:")
def _conceded(db: Connection, b: Built) -> None:
    sql(db, "UPDATE belligerent_assessments SET conceded_min = 1, conceded_max = 1")


@case("a belligerent statement deleted", "belligerent_assessment:")
def _statement_deleted(db: Connection, b: Built) -> None:
    sql(db, "DELETE FROM belligerent_assessments")


@case("a review row with no custody event", "claim_review:")
def _review_added(db: Connection, b: Built) -> None:
    sql(
        db,
        "INSERT INTO claim_reviews (claim_id, decision, corrections, reason, actor, decided_at) "
        "VALUES (:c, 'reject', '{}', 'quietly', 'x', '2026-01-01')",
        c=b.school_claim,
    )


@case("a review's decision changed", "claim_review:")
def _review_changed(db: Connection, b: Built) -> None:
    sql(db, "UPDATE claim_reviews SET decision = 'reject'")


@case("a review deleted", "claim:")
def _review_deleted(db: Connection, b: Built) -> None:
    sql(db, "DELETE FROM claim_reviews")


@case("an imported figure", "dataset:acled")
def _imported_figure(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incident_figures SET best = 1200")


@case("a user role raised to admin", "user:vera")
def _role(db: Connection, b: Built) -> None:
    sql(db, "UPDATE users SET role = 'admin' WHERE username = 'vera'")


@case("a user added with no event", "user:mallory")
def _user_added(db: Connection, b: Built) -> None:
    sql(
        db,
        "INSERT INTO users (username, password_hash, role, created_at) "
        "SELECT 'mallory', password_hash, 'admin', created_at FROM users WHERE username = 'vera'",
    )


@case("person links reassigned", "linkage_run:")
def _person_links(db: Connection, b: Built) -> None:
    sql(db, "UPDATE person_links SET person_key = 'p-forged' WHERE record_id = :r", r=b.record)


@case("a scored pair's probability", "linkage_run:")
def _pair_probability(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE person_pairs SET probability = 0.99 WHERE id = (SELECT MIN(id) FROM person_pairs)",
    )


@case("a scored pair's evidence", "linkage_run:")
def _pair_evidence(db: Connection, b: Built) -> None:
    sql(db, "UPDATE person_pairs SET evidence = '[]' WHERE id = (SELECT MIN(id) FROM person_pairs)")


@case("a scored pair deleted", "linkage_run:")
def _pair_deleted(db: Connection, b: Built) -> None:
    sql(db, "DELETE FROM person_pairs WHERE id = (SELECT MAX(id) FROM person_pairs)")


@case("a scored pair moved to other records", "linkage_run:")
def _pair_moved(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE person_pairs SET right_record_id = :r WHERE id = (SELECT MIN(id) FROM person_pairs)",
        r=b.record,
    )


@case("a person link's probability", "linkage_run:")
def _link_probability(db: Connection, b: Built) -> None:
    sql(db, "UPDATE person_links SET probability = 0.01 WHERE record_id = :r", r=b.record)


@case("an incident's place", "incident:")
def _incident_place(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE incidents SET place = 'geonames:170063', place_name = 'Aleppo' WHERE id = :i",
        i=b.market,
    )


@case("an incident's place name and the name with it", "incident:")
def _incident_place_name(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE incidents SET place_name = 'Elsewhere', name = replace(name, place_name, "
        "'Elsewhere') WHERE id = :i",
        i=b.market,
    )


@case("an incident's coordinates", "incident:")
def _incident_coordinates(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET latitude = latitude + 1 WHERE id = :i", i=b.market)


@case("an incident's date", "incident:")
def _incident_date(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE incidents SET period_start = '2017-09-01', period_end = '2017-09-01' WHERE id = :i",
        i=b.market,
    )


@case("an incident's date and the name with it", "incident:")
def _incident_date_and_name(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE incidents SET period_start = '2017-09-01', period_end = '2017-09-01', "
        "name = replace(name, '2017-08-15', '2017-09-01') WHERE id = :i",
        i=b.market,
    )


@case("an incident's kind", "incident:")
def _incident_kind(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET kind = 'aggregate' WHERE id = :i", i=b.market)


@case("an incident's name", "incident:")
def _incident_name(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET name = 'a quiet day' WHERE id = :i", i=b.school)


@case("an incident's alleged perpetrators", "incident:")
def _incident_perpetrators(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET perpetrators = '[\"army_y\"]' WHERE id = :i", i=b.school)


@case("an incident given a parent", "incident:")
def _incident_parent(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET parent_id = :p WHERE id = :i", p=b.school, i=b.market)


@case("an imported incident's place", "incident:")
def _imported_place(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET place_name = 'Elsewhere' WHERE origin = 'acled'")


@case("an incident added with no event", "incident:")
def _incident_added(db: Connection, b: Built) -> None:
    sql(
        db,
        "INSERT INTO incidents (kind, name, place_precision, date_precision, perpetrators, "
        "weapons, grade_reasons, grade_by, status, origin, created_at) SELECT kind, 'Nowhere, "
        "undated', 'unknown', 'unknown', '[]', '[]', '[]', 'rules', status, 'acled', "
        "created_at FROM incidents WHERE id = :i",
        i=b.school,
    )


@case("a pair decision changed", "pair_decision:")
def _pair_decision(db: Connection, b: Built) -> None:
    sql(db, "UPDATE pair_decisions SET decision = 'different'")


@case("an incident link deleted", "claim:")
def _link_deleted(db: Connection, b: Built) -> None:
    sql(db, "DELETE FROM incident_claims WHERE claim_id = :c", c=b.market_claims[-1])


@case("an incident link moved", "claim:")
def _link_moved(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE incident_claims SET incident_id = :i WHERE claim_id = :c",
        i=b.school,
        c=b.market_claims[-1],
    )


@case("an incident link closed", "claim:")
def _link_closed(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE incident_claims SET removed_at = '2026-01-01' WHERE claim_id = :c",
        c=b.market_claims[-1],
    )


@case("a merge with no event", "incident:")
def _merged(db: Connection, b: Built) -> None:
    sql(
        db,
        "UPDATE incidents SET status = 'merged', merged_into_id = :m WHERE id = :s",
        m=b.market,
        s=b.school,
    )


@case("a cycle in the incident tree", "incident:")
def _cycle(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET parent_id = :p WHERE id = :i", p=b.school, i=b.market)
    sql(db, "UPDATE incidents SET parent_id = :p WHERE id = :i", p=b.market, i=b.school)


@case("an orphaned incident", "incident:")
def _orphan(db: Connection, b: Built) -> None:
    sql(db, "UPDATE incidents SET parent_id = :p WHERE id = :i", p=b.market, i=b.school)
    sql(db, "UPDATE incidents SET status = 'rejected' WHERE id = :i", i=b.market)


@case("a document's text", "document:")
def _document_text(db: Connection, b: Built) -> None:
    sql(db, "UPDATE documents SET text = 'nothing happened' WHERE id = :d", d=b.school_document)


@case("an event edited in place", "event:")
def _event_edited(db: Connection, b: Built) -> None:
    sql(db, "UPDATE custody_events SET actor = 'someone else' WHERE id = 3")


@case("an event in the middle deleted", "event:")
def _event_deleted(db: Connection, b: Built) -> None:
    sql(db, "DELETE FROM custody_events WHERE id = 3")


@case("the last custody event deleted", "checkpoint")
def _last_event_deleted(db: Connection, b: Built) -> None:
    sql(db, "DELETE FROM custody_events WHERE id = (SELECT MAX(id) FROM custody_events)")


@case("an event rewritten with every later hash recomputed", "checkpoint")
def _tail_rewritten(db: Connection, b: Built) -> None:
    rows = db.execute(
        select(CustodyEvent).where(CustodyEvent.action == "link_persons")
    ).one()  # rewrite from the linkage event on, re-chaining every later event
    prev = rows.prev_hash
    for event in db.execute(
        select(CustodyEvent).where(CustodyEvent.id >= rows.id).order_by(CustodyEvent.id)
    ).all():
        actor = "someone else" if event.id == rows.id else event.actor
        digest = event_hash(
            prev_hash=prev,
            occurred_at=event.occurred_at,
            actor=actor,
            action=event.action,
            subject=event.subject,
            details=event.details,
        )
        db.execute(
            CustodyEvent.__table__.update()
            .where(CustodyEvent.id == event.id)
            .values(actor=actor, prev_hash=prev, hash=digest)
        )
        prev = digest


def findings(ledger: Ledger, checkpoint: Path) -> list[tuple[str, str, str]]:
    report = api.verify(ledger=ledger, checkpoint=checkpoint)
    return [(p.kind, p.subject, p.message) for p in report.problems]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Built]:
    """The ledger built once (SQLite); each case works on a copy of its data home."""
    pytest.importorskip("splink")
    folder = tmp_path_factory.mktemp("tampering")
    with open_ledger(load_settings(home=folder / "home", actor="tester")) as ledger:
        ids = build(ledger, folder / "inputs")
        write_checkpoint(ledger, folder / "home" / "checkpoint.json")
    return folder / "home", ids


@pytest.fixture
def copy(built: tuple[Path, Built], tmp_path: Path) -> Iterator[tuple[Ledger, Built, Path]]:
    home, ids = built
    shutil.copytree(home, tmp_path / "home")
    with open_ledger(load_settings(home=tmp_path / "home", actor="tester")) as ledger:
        yield ledger, ids, tmp_path / "home" / "checkpoint.json"


def test_the_untouched_ledger_verifies(copy: tuple[Ledger, Built, Path]) -> None:
    ledger, _, checkpoint = copy
    report = api.verify(ledger=ledger, checkpoint=checkpoint)
    assert report.problems == [] and report.notes == []


@pytest.mark.parametrize("name", list(CASES))
def test_each_tampering_is_named(copy: tuple[Ledger, Built, Path], name: str) -> None:
    ledger, ids, checkpoint = copy
    tamper, subject = CASES[name]
    with ledger.engine.begin() as db:
        tamper(db, ids)
    found = findings(ledger, checkpoint)
    assert any(where.startswith(subject) or kind == subject for kind, where, _ in found), found


def test_at_least_the_cases_the_issue_counts() -> None:
    assert len(CASES) >= 23


def test_every_case_on_each_backend(ledger: Ledger, tmp_path: Path) -> None:
    """The same ledger on SQLite and PostgreSQL: clean when built, and each case, applied one
    after another, adds a finding naming its subject (row hashes read back the same on both)."""
    pytest.importorskip("splink")
    ids = build(ledger, tmp_path / "inputs")
    checkpoint = tmp_path / "checkpoint.json"
    write_checkpoint(ledger, checkpoint)
    assert findings(ledger, checkpoint) == []
    before: set[tuple[str, str, str]] = set()
    for name in (
        "a claim's figures",
        "a victim record renamed",
        "person links reassigned",
        "a scored pair's probability",
        "an incident's place",
        "an incident's date and the name with it",
        "an incident link moved",
        "a review's decision changed",
        "the last custody event deleted",
    ):
        tamper, subject = CASES[name]
        with ledger.engine.begin() as db:
            tamper(db, ids)
        now = set(findings(ledger, checkpoint))
        assert any(w.startswith(subject) or k == subject for k, w, _ in now - before), (name, now)
        before = now


RECORDED = {  # what events record from this version on, by action
    "extract": ("digest", "claims_sha256"),
    "link_incidents": ("links", "incidents"),
    "split_incident": ("incidents",),
    "import_victims": ("digest", "list_id", "records", "records_sha256"),
    "link_persons": ("digest", "links", "links_sha256", "pairs", "pairs_sha256"),
    "import": ("digest", "figures", "figures_sha256", "incidents"),
}


def _as_before_row_hashes(db: Connection) -> None:
    """The log as harmledger wrote it before events recorded their rows (chain intact)."""
    prev = "0" * 64
    for event in db.execute(select(CustodyEvent).order_by(CustodyEvent.id)).all():
        details = {
            k: v for k, v in event.details.items() if k not in RECORDED.get(event.action, ())
        }
        digest = event_hash(
            prev_hash=prev,
            occurred_at=event.occurred_at,
            actor=event.actor,
            action=event.action,
            subject=event.subject,
            details=details,
        )
        db.execute(
            CustodyEvent.__table__.update()
            .where(CustodyEvent.id == event.id)
            .values(details=details, prev_hash=prev, hash=digest)
        )
        prev = digest


def test_an_older_ledger_is_not_accused_but_told_what_cannot_be_checked(
    copy: tuple[Ledger, Built, Path],
) -> None:
    ledger, _, _ = copy
    with ledger.engine.begin() as db:
        _as_before_row_hashes(db)
    report = api.verify(ledger=ledger)
    assert report.problems == []
    assert [note.split(" ")[:3] for note in report.notes] == [
        ["claims", "of", "3"],
        ["4", "incident", "link(s)"],
        ["victim", "records", "of"],
        ["figures", "of", "acled"],
        ["attributes", "of", "3"],
        ["person", "links", "of"],
        ["scored", "pairs", "of"],
    ]
    assert "documents 1, 2, 3" in report.notes[0] and "'hospital' from" in report.notes[2]


CAMPAIGN = (  # invented: a campaign figure that takes the market strike in as its child
    "Between June and October 2017, at least 1,600 civilians were killed in Raqqa, a monitor said."
)


def test_splits_merges_and_later_runs_keep_incidents_and_log_agreeing(
    copy: tuple[Ledger, Built, Path],
) -> None:
    """A split's new incident, a campaign found by a later run and the children a merge hands
    over are all replayed from the log: nothing is reported until a row is edited."""
    ledger, ids, _ = copy
    folder = ledger.settings.home / "more"
    folder.mkdir()
    (folder / "campaign-en.txt").write_text(CAMPAIGN, encoding="utf-8")
    ingest_items(ledger, [str(folder / "campaign-en.txt")], IngestOptions(published="2017-10-20"))
    extract_documents(ledger)
    link_incidents(ledger)
    split = split_incident(ledger, ids.market, [ids.market_claims[-1]], "two scenes")
    with ledger.reader() as session:
        campaign = session.scalars(select(Incident.id).where(Incident.kind == "aggregate")).one()
        parent = session.get(Incident, split["new_incident"]).parent_id  # type: ignore[union-attr]
    assert parent == campaign
    merge_incidents(ledger, ids.school, [campaign], "one scene after all")
    assert api.verify(ledger=ledger).problems == []
    with ledger.engine.begin() as db:
        sql(db, "UPDATE incidents SET parent_id = NULL WHERE id = :i", i=split["new_incident"])
    found = [(p.kind, p.subject) for p in api.verify(ledger=ledger).problems]
    assert (("incident", f"incident:{split['new_incident']}")) in found, found
