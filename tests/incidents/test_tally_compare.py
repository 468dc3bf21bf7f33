"""Tallies never double-count, honour grades and --as-of; compare labels who says what."""

import datetime as dt

from harmledger.assess.decisions import add_assessment, set_grade
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import Incident
from harmledger.store.ledger import Ledger
from harmledger.tally.compare import compare
from harmledger.tally.tally import tally
from tests.incidents.builders import MOSUL, RAQQA, add_document

BATTLE = {"period_start": dt.date(2017, 6, 6), "period_end": dt.date(2017, 10, 12)}
DAY = dt.date(2017, 8, 15)


def _build(ledger: Ledger) -> dict[str, int]:
    earlier = dt.datetime(2018, 1, 1, tzinfo=dt.UTC)
    add_document(
        ledger,
        [
            {
                "low": 1601,
                "high": None,
                "qualifier": "more_than",
                "perpetrator": "us_led_coalition",
                "speaker": "Airwars",
                **BATTLE,
                **RAQQA,
            }
        ],
        source="Monitor",
    )
    add_document(
        ledger,
        [
            {
                "low": 1400,
                "high": 1400,
                "perpetrator": "us_led_coalition",
                "weapon": "airstrike",
                "speaker": "Amnesty International",
                **BATTLE,
                **RAQQA,
            }
        ],
        source="Wire",
    )
    add_document(
        ledger,
        [
            {
                "measure": "bodies_recovered",
                "who": "people",
                "low": 2601,
                "speaker": "civil defence",
                **BATTLE,
                **RAQQA,
            }
        ],
        source="Wire",
    )
    add_document(
        ledger,
        [{"low": 104, "high": 104, "speaker": "the US-led coalition", **BATTLE, **RAQQA}],
        source="Wire",
    )
    add_document(
        ledger,
        [
            {
                "low": 21,
                "high": 21,
                "period_start": DAY,
                "period_end": DAY,
                "perpetrator": "us_led_coalition",
                "speaker": "residents",
                **RAQQA,
            }
        ],
        retrieved_at=earlier,
    )
    add_document(
        ledger,
        [
            {
                "low": 30,
                "high": 35,
                "period_start": DAY,
                "period_end": DAY,
                "perpetrator": "islamic_state",
                "speaker": "a monitor",
                "weapon": "gunfire",
                **MOSUL,
            },
            {
                "low": 31,
                "high": 31,
                "period_start": DAY,
                "period_end": DAY,
                "speaker": "hospital staff",
                "perpetrator": "islamic_state",
                **MOSUL,
            },
        ],
    )
    link_incidents(ledger)
    with ledger.reader() as session:
        ids = {i.name: i.id for i in session.query(Incident)}
    return {
        "campaign": next(v for k, v in ids.items() if "campaign" in k),
        "event": next(v for k, v in ids.items() if k.startswith("Ar Raqqah, 2017-08-15")),
        "mosul": next(v for k, v in ids.items() if k.startswith("Mosul")),
    }


def test_tally_folds_events_into_their_campaign(ledger: Ledger) -> None:
    ids = _build(ledger)
    set_grade(ledger, ids["campaign"], "fair", "several independent monitors")
    with ledger.reader() as session:
        rows = tally(session, by=("place",))
        assert {r["place"]: (r["min"], r["max"], r["incidents"]) for r in rows} == {
            # the coalition's own 104 is its concession, shown apart by compare, not the low
            # end of what was reported; the 21 of the event inside the campaign are not added
            "Ar Raqqah": (1400, 1601, 1),
            "Mosul": (30, 35, 1),
        }
        everything = tally(session, by=("grade",), grades=None)
        assert {r["grade"]: r["max"] for r in everything} == {"fair": 1601 + 35}
        recovered = tally(session, by=("place",), measure="bodies_recovered", category="unknown")
        assert [(r["place"], r["min"]) for r in recovered] == [("Ar Raqqah", 2601)]
        # a weak event inside a counted campaign is only counted alone when the campaign is not
        weak_only = tally(session, by=("belligerent",), grades=("weak",))
        assert [(r["belligerent"], r["min"], r["max"]) for r in weak_only] == [
            ("us_led_coalition", 21, 21)
        ]


def test_tally_as_of_uses_only_what_was_known(ledger: Ledger) -> None:
    ids = _build(ledger)
    with ledger.reader() as session:
        before = tally(
            session, by=("place",), grades=None, as_of=dt.date(2018, 6, 1), known_by="recorded"
        )
        assert before == []  # incidents were created by today's linking run
        today = tally(
            session, by=("month",), grades=None, as_of=dt.date.today() + dt.timedelta(days=1)
        )
    assert {r["month"] for r in today} == {"2017-06", "2017-08"}
    assert ids


def test_compare_labels_each_figure_with_its_source_type(ledger: Ledger) -> None:
    ids = _build(ledger)
    add_assessment(
        ledger,
        ids["campaign"],
        belligerent="us_led_coalition",
        assessment="credible",
        stated_on=dt.date(2018, 7, 1),
        stated_precision="month",
        conceded_min=23,
    )
    add_assessment(
        ledger,
        ids["campaign"],
        belligerent="us_led_coalition",
        assessment="credible",
        stated_on=dt.date(2018, 12, 1),
        stated_precision="month",
        conceded_min=104,
    )
    with ledger.reader() as session:
        result = compare(session, incident_id=ids["campaign"])
        assert session.get(Incident, ids["campaign"]).grade == "confirmed"
    by_type = {}
    for row in result["figures"]:
        by_type.setdefault(row["source_type"], []).append(row)
    assessed = [r["max"] for r in by_type["belligerent"] if r.get("assessment") == "credible"]
    assert assessed == [23, 104]
    # the coalition's own figure in a text is an admission, dated by its document
    [admission] = [r for r in by_type["belligerent"] if r.get("assessment") == "admission in text"]
    assert admission["max"] == 104 and "stated_on" in admission
    assert any(r["measure"] == "bodies_recovered" for r in by_type["responder"])
    assert {r["max"] for r in by_type["monitor"]} >= {1601}
    assert result["gaps"] == {
        "belligerent_admitted_latest": 104,
        "monitor_civilians_killed_max": 1601,
        "bodies_recovered_max": 2601,
        "monitor_minus_belligerent": 1497,
        "recovered_minus_monitor": 1000,
    }
    assert set(result["incidents"]) == {ids["campaign"], ids["event"]}
