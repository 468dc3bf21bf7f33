"""A three-level incident tree (a war's campaign > a city's campaign > one strike) counts the
strike once in the tally, unit by unit and in SQL: each level's own figure and the figures of
the level below are alternatives, not addends."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import Ledger
from harmledger.tally.groups import unit_totals
from harmledger.tally.in_database import database_totals
from harmledger.tally.units import units
from tests.incidents.builders import MOSUL, RAQQA, add_document

DAY = dt.date(2017, 8, 3)
CITY = {"period_start": dt.date(2017, 6, 6), "period_end": dt.date(2017, 10, 12)}
WAR = {"period_start": dt.date(2017, 1, 1), "period_end": dt.date(2017, 12, 31)}


def _incident(ledger: Ledger, claim: int) -> int:
    with ledger.reader() as session:
        return session.scalars(
            select(IncidentClaim.incident_id).where(IncidentClaim.claim_id == claim)
        ).one()


def _tree(ledger: Ledger, strike: int, city: int, war: int) -> list[int]:
    _, [a] = add_document(
        ledger, [{"low": strike, "high": strike, "period_start": DAY, "period_end": DAY, **RAQQA}]
    )
    _, [b] = add_document(ledger, [{"low": city, "high": city, **CITY, **RAQQA}])
    _, [c] = add_document(ledger, [{"low": war, "high": war, **WAR, **MOSUL}])
    link_incidents(ledger)
    ids = [_incident(ledger, claim) for claim in (a, b, c)]
    assert len(set(ids)) == 3
    with ledger.session() as session:
        for child, parent in ((ids[0], ids[1]), (ids[1], ids[2]), (ids[2], None)):
            session.execute(update(Incident).where(Incident.id == child).values(parent_id=parent))
    return ids


def _totals(ledger: Ledger) -> tuple[int | None, int | None, int]:
    with ledger.reader() as session:
        by_units = unit_totals(units(session, None), (), "killed", "civilians")
        in_sql = database_totals(session, (), "killed", "civilians", None)
    assert by_units == in_sql
    [(bounds, count)] = by_units.values()
    return bounds.min, bounds.max, count


def test_a_strike_under_two_campaigns_counts_once(ledger: Ledger) -> None:
    _tree(ledger, strike=12, city=5, war=8)  # each campaign's own figure below the strike's
    assert _totals(ledger) == (12, 12, 1)


def test_each_level_keeps_its_own_figure_when_larger(ledger: Ledger) -> None:
    _tree(ledger, strike=12, city=40, war=300)
    assert _totals(ledger) == (300, 300, 1)
