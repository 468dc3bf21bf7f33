"""Source types are editable data and change how claims are labelled."""

import datetime as dt

import pytest

from harmledger.assess.sources import list_sources, set_source
from harmledger.errors import InputError
from harmledger.link.incidents.service import link_incidents
from harmledger.store.ledger import Ledger
from harmledger.tally.compare import compare
from tests.incidents.builders import RAQQA, add_document

DAY = {"period_start": dt.date(2017, 8, 1), "period_end": dt.date(2017, 8, 1)}


def test_a_users_source_type_wins_over_the_built_in_patterns(ledger: Ledger) -> None:
    add_document(
        ledger, [{"low": 9, "high": 9, "speaker": "Rashid Youth Committee", **DAY, **RAQQA}]
    )
    link_incidents(ledger)
    with ledger.reader() as session:
        before = {row["source_type"] for row in compare(session, place="Raqqah")["figures"]}
    assert before == {"news"}
    set_source(ledger, "Rashid Youth Committee", source_type="responder", affiliation="none")
    with ledger.reader() as session:
        after = {row["source_type"] for row in compare(session, place="Raqqah")["figures"]}
    assert after == {"responder"}
    assert [s["type"] for s in list_sources(ledger) if s["name"] == "Rashid Youth Committee"] == [
        "responder"
    ]
    with pytest.raises(InputError, match="source type 'rumour'"):
        set_source(ledger, "X", source_type="rumour")
