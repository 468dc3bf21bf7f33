"""A small demo ledger for the web tests: the Raqqa campaign as monitors, responders and the
coalition each counted it, an Arabic report, a document with HTML in its text, victim lists
(one publishable, one not) whose records refer to the strike of 15 August, and three users.
All sentences and names are written for the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harmledger.assess.decisions import add_assessment, set_grade
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.store.victim_tables import LinkageRun, PersonLink, PersonPair, VictimRecordRow
from harmledger.victims.ledger import import_victim_list
from harmledger.victims.recoveries import import_recovery_log
from harmledger.web.users import add_user
from tests.incidents.builders import MOSUL, RAQQA, add_document

BATTLE = {"period_start": dt.date(2017, 6, 6), "period_end": dt.date(2017, 10, 12)}
DAY = dt.date(2017, 8, 15)
PASSWORD = "correct horse battery"


def browser_login(page: Any, url: str, username: str) -> None:
    """Log ``username`` in through the login form of the site at ``url`` (Playwright page)."""
    page.goto(f"{url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{url}/")


SCRIPT = "<script>alert('owned')</script>"


@dataclass
class Demo:
    campaign: int
    event: int
    mosul: int
    monitor_claim: int
    coalition_claim: int
    arabic_document: int
    html_document: int


def build_demo(ledger: Ledger, tmp_path: Path) -> Demo:
    _, (monitor,) = add_document(
        ledger,
        [
            {
                "low": 1601,
                "qualifier": "more_than",
                "perpetrator": "us_led_coalition",
                "speaker": "Airwars",
                "quote": "Airwars counted more than 1,600 civilians killed by coalition strikes.",
                **BATTLE,
                **RAQQA,
            }
        ],
        source="Airwars",
        source_type="monitor",
        published=dt.date(2018, 4, 25),
    )
    add_document(
        ledger,
        [
            {
                "measure": "bodies_recovered",
                "who": "people",
                "low": 2601,
                "speaker": "the civil defence",
                "quote": "The recovery team pulled more than 2,600 bodies from the rubble.",
                **BATTLE,
                **RAQQA,
            }
        ],
        source="Raqqa Civil Defence",
        source_type="responder",
        published=dt.date(2018, 12, 1),
    )
    _, (coalition,) = add_document(
        ledger,
        [
            {
                "low": 104,
                "high": 104,
                "speaker": "the US-led coalition",
                "quote": "The coalition said 104 civilians were unintentionally killed.",
                **BATTLE,
                **RAQQA,
            }
        ],
        source="Wire",
        published=dt.date(2018, 6, 1),
    )
    arabic, _ = add_document(
        ledger,
        [
            {
                "low": 21,
                "high": 21,
                "period_start": DAY,
                "period_end": DAY,
                "perpetrator": "us_led_coalition",
                "speaker": "سكان",
                "quote": "قال السكان إن 21 مدنيا قتلوا في غارة على الحي",
                "lang": "ar",
                **RAQQA,
            }
        ],
        source="Local Network",
        published=DAY,
    )
    html, _ = add_document(
        ledger,
        [
            {
                "low": 30,
                "high": 35,
                "period_start": DAY,
                "period_end": DAY,
                "perpetrator": "islamic_state",
                "speaker": "a monitor",
                "quote": f"Between 30 and 35 civilians were killed {SCRIPT} in Mosul.",
                **MOSUL,
            }
        ],
        source="Mosul Eye",
        source_type="monitor",
    )
    link_incidents(ledger)
    with ledger.reader() as session:
        names = {i.name: i.id for i in session.query(Incident)}
    campaign = next(v for k, v in names.items() if "campaign" in k)
    mosul = next(v for k, v in names.items() if k.startswith("Mosul"))
    event = next(v for k, v in names.items() if k.startswith("Ar Raqqah, 2017-08-15"))
    set_grade(ledger, campaign, "fair", "several independent monitors")
    set_grade(ledger, mosul, "fair", "two sources")
    add_assessment(
        ledger,
        campaign,
        belligerent="us_led_coalition",
        assessment="credible",
        stated_on=dt.date(2018, 7, 17),
        conceded_min=104,
    )
    victims = tmp_path / "victims.csv"
    victims.write_text(  # both killed in the strike of 15 August (the incident, two ways)
        "name,name_latin,sex,age,date_of_death,place_of_death,status,incident_ref,family_contact,witness_identity\n"
        f"مروان خليل,Marwan Khalil,male,34,2017-08-15,Raqqa,civilian,{event},+000 555 0101,neighbour Q\n"
        f"سلمى حسن,Salma Hasan,female,9,2017-08-15,Raqqa,civilian,incident:{event},+000 555 0102,teacher R\n",
        encoding="utf-8",
    )
    import_victim_list(ledger, victims, "Published list", publishable=True)
    private = tmp_path / "private.csv"
    private.write_text(
        f"name,name_latin,sex,incident_ref,family_contact\nمروان يوسف,Marwan Yousef,male,{event},+000 555 0199\n",
        encoding="utf-8",
    )
    import_victim_list(ledger, private, "Unpublished list", publishable=False)
    bodies = tmp_path / "bodies.csv"
    bodies.write_text(  # a responders' log of our own: one attributed body, two not
        "record_key,recovery_site,date_recovered,identification_status,name,name_latin,perpetrator,attribution_certainty,witness_identity\n"
        "R-1,Stadium grave,2018-04-02,identified,هدى سالم,Huda Salem,Group Z,probable,driver S\n"
        "R-2,Stadium grave,2018-04-02,unidentified,,,Group Z,possible,\n"
        "R-3,Old bakery,2018-05-11,unidentified,,,,unknown,\n",
        encoding="utf-8",
    )
    import_recovery_log(ledger, bodies, "Responders log", publishable=True)
    hidden = tmp_path / "hidden_bodies.csv"
    hidden.write_text("record_key,recovery_site\nH-1,Closed site\n", encoding="utf-8")
    import_recovery_log(ledger, hidden, "Internal log", publishable=False)
    _link_persons(ledger)
    for name, role in (("vera", "viewer"), ("ana", "analyst"), ("adam", "admin")):
        add_user(ledger, name, PASSWORD, role)
    return Demo(
        campaign=campaign,
        event=event,
        mosul=mosul,
        monitor_claim=monitor,
        coalition_claim=coalition,
        arabic_document=arabic,
        html_document=html,
    )


def _link_persons(ledger: Ledger) -> None:
    """A linkage run written directly (the linker itself is tested elsewhere): person ``p-1``
    holds Marwan Khalil (publishable) and Marwan Yousef (not); one uncertain pair awaits review."""
    now = dt.datetime.now(dt.UTC)
    with ledger.session() as session:
        ids = {r.name_latin: r.id for r in session.query(VictimRecordRow)}
        run = LinkageRun(ran_at=now, lists=[], threshold=0.9, backend="test", summary={})
        session.add(run)
        session.flush()
        for key, name in (
            ("p-1", "Marwan Khalil"),
            ("p-1", "Marwan Yousef"),
            ("p-2", "Salma Hasan"),
        ):
            session.add(
                PersonLink(run_id=run.id, record_id=ids[name], person_key=key, probability=0.95)
            )
        for left, right, probability in (
            ("Marwan Khalil", "Marwan Yousef", 0.95),
            ("Marwan Khalil", "Salma Hasan", 0.6),
        ):
            session.add(
                PersonPair(
                    run_id=run.id,
                    left_record_id=ids[left],
                    right_record_id=ids[right],
                    probability=probability,
                    match_weight=3.0,
                    evidence=[{"name": "similar"}],
                )
            )
