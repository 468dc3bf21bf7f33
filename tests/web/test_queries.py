"""The incident list's count is cached per filter while the ledger is unchanged, and follows
every write; on both backends."""

from __future__ import annotations

import datetime as dt

from harmledger.assess.decisions import review_claim
from harmledger.link.incidents.service import link_incidents
from harmledger.publish.incident_list import IncidentFilters
from harmledger.store.ledger import Ledger
from harmledger.web.cache import ViewCache
from harmledger.web.queries import incident_page
from tests.incidents.builders import MOSUL, RAQQA, add_document


def _strike(ledger: Ledger, place: dict[str, object], day: dt.date, killed: int) -> int:
    _, (claim,) = add_document(
        ledger, [{"low": killed, "high": killed, "period_start": day, "period_end": day, **place}]
    )
    return claim


def test_count_is_cached_until_the_ledger_changes(ledger: Ledger) -> None:
    _strike(ledger, RAQQA, dt.date(2017, 8, 1), 12)
    mosul = _strike(ledger, MOSUL, dt.date(2017, 3, 1), 30)
    link_incidents(ledger)
    cache = ViewCache(ledger, ttl=300)
    by_place = IncidentFilters(place="mosul", sort="-date")

    def total(filters: IncidentFilters) -> int:
        with ledger.reader() as session:
            found = incident_page(session, filters, cache=cache)
            uncached = incident_page(session, filters)
        assert found == uncached  # the cache never changes what is shown
        return found["total"]  # type: ignore[no-any-return]

    assert total(by_place) == 1 and total(IncidentFilters(period="2017")) == 2
    assert ("incident-count", IncidentFilters(place="mosul")) in cache._entries  # sort-blind
    _strike(ledger, MOSUL, dt.date(2017, 5, 1), 4)
    link_incidents(ledger)  # a write: the next count is taken afresh
    assert total(by_place) == 2
    review_claim(ledger, mosul, "reject", "another town")  # a write; the incident stays
    assert total(IncidentFilters(period="2017")) == 3
