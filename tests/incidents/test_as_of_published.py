"""``--as-of`` by what was published then: a ledger built today from 2017-2019 reporting shows
what was known on 2018-07-17, with grades from the assessments stated by then."""

import datetime as dt

from sqlalchemy import select

from harmledger.assess.decisions import add_assessment
from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.tally.tally import tally
from tests.incidents.builders import RAQQA, add_document

DAY = {"period_start": dt.date(2017, 8, 15), "period_end": dt.date(2017, 8, 15)}
KNOWN_ON = dt.date(2018, 7, 17)


def _ledger_built_today(ledger: Ledger) -> int:
    # three reports, published over two years, all ingested today (one incident or three,
    # as linking decides: as-of counts the same either way)
    _, [first] = add_document(
        ledger,
        [
            {
                "low": 12,
                "high": 12,
                "speaker": "a local monitor",
                "perpetrator": "us_led_coalition",
                **DAY,
                **RAQQA,
            }
        ],
        published=dt.date(2017, 8, 16),
    )
    add_document(
        ledger,
        [
            {
                "low": 14,
                "high": 14,
                "speaker": "residents",
                "perpetrator": "us_led_coalition",
                **DAY,
                **RAQQA,
            }
        ],
        published=dt.date(2018, 3, 2),
    )
    add_document(
        ledger,
        [
            {
                "low": 30,
                "high": 30,
                "speaker": "an investigation",
                "perpetrator": "us_led_coalition",
                **DAY,
                **RAQQA,
            }
        ],
        published=dt.date(2019, 4, 25),
    )
    link_incidents(ledger)
    with ledger.reader() as session:
        return session.scalars(
            select(IncidentClaim.incident_id).where(IncidentClaim.claim_id == first)
        ).one()


def test_as_of_counts_what_was_published_by_then(ledger: Ledger) -> None:
    _ledger_built_today(ledger)
    with ledger.reader() as session:
        [now] = tally(session, by=("place",), grades=None)
        [then] = tally(session, by=("place",), grades=None, as_of=KNOWN_ON)
        # the 2019 investigation was not out yet
        assert now["max"] - then["max"] == 30 and then["max"] in (14, 26)
        assert tally(session, by=("place",), grades=None, as_of=dt.date(2017, 8, 1)) == []
        # what this ledger itself held on that day: nothing, it was built today
        assert tally(session, by=("place",), grades=None, as_of=KNOWN_ON, known_by="recorded") == []


def test_as_of_grades_from_assessments_stated_by_then(ledger: Ledger) -> None:
    incident_id = _ledger_built_today(ledger)
    add_assessment(
        ledger,
        incident_id,
        belligerent="us_led_coalition",
        assessment="credible",
        stated_on=dt.date(2018, 12, 1),
        conceded_min=10,
    )
    with ledger.reader() as session:
        confirmed_then = tally(session, by=("place",), grades=("confirmed",), as_of=KNOWN_ON)
        graded_then = tally(session, by=("place",), grades=("weak", "fair"), as_of=KNOWN_ON)
        confirmed_later = tally(
            session, by=("place",), grades=("confirmed",), as_of=dt.date(2019, 1, 1)
        )
    assert confirmed_then == [] and graded_then
    assert confirmed_later and confirmed_later[0]["max"] >= 12
