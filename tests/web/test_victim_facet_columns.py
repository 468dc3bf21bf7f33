"""Victim facets counted over the plain columns (migration 0020) give what reading each
record's JSON gave, on every backend, for records with and without each field; and the
migration fills those columns for records stored before it."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import and_, case, func, literal, select, update
from sqlalchemy.sql.elements import ColumnElement

from harmledger.store.ledger import Ledger
from harmledger.store.victim_facets import DERIVED, derived_columns
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from harmledger.victims.ledger import import_victim_list
from harmledger.victims.search import FACETS, VictimFilters, search_victims

RECORDS = [  # every combination the facets meet: a band given or derived, fields missing
    {
        "name_latin": "Amal Nasser",
        "sex": "female",
        "age": 17,
        "date_of_death": "2017-08-01",
        "place_of_death": "Raqqa",
    },
    {
        "name_latin": "Omar Saleh",
        "sex": "male",
        "age": 18,
        "date_of_death": "2017-08-20",
        "place_of_death": "Raqqa",
        "incident_ref": " Incident:4 ",
    },
    {
        "name_latin": "Lina Haddad",
        "sex": "female",
        "age_band": "18-24",
        "age": 40,
        "date_of_death": "2017-07-02",
        "place_of_death": "Tabqa",
    },
    {"name_latin": "Karim Aziz", "age_band": "child"},
    {"name_latin": "Hiba Odeh", "sex": "unknown", "date_of_death": "2016-12-31"},
    {"name_latin": "Sami Khoury"},
]


def _json_facets(session: Any, name: str) -> dict[str, int]:
    """The facet as it was counted before 0020: from each record's JSON."""

    def text(key: str) -> ColumnElement[Any]:
        return VictimRecordRow.data[key].as_string()

    age = VictimRecordRow.data["age"].as_integer()
    derived = case((age < 18, literal("child")), (age >= 18, literal("adult")), else_=None)
    expression = {
        "list": VictimList.name.expression,
        "sex": text("sex"),
        "age_band": func.coalesce(text("age_band"), derived),
        "place": text("place_of_death"),
        "month": func.substr(text("date_of_death"), 1, 7),
    }[name]
    inner = (
        select(expression.label("value"))
        .select_from(VictimRecordRow)
        .join(VictimList)
        .where(VictimList.kind == "victims")
        .subquery()
    )
    rows = session.execute(
        select(inner.c.value, func.count())
        .where(and_(inner.c.value.is_not(None), inner.c.value != ""))
        .group_by(inner.c.value)
    ).all()
    return dict(rows)


def _import(ledger: Ledger, folder: Path) -> None:
    path = folder / "list.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    import_victim_list(ledger, path, "Facet list", publishable=True)


def _column_facets(ledger: Ledger) -> dict[str, dict[str, int]]:
    with ledger.reader() as session:
        found = search_victims(session, VictimFilters(), public=False)
    return {name: {v["value"]: v["count"] for v in found["facets"][name]} for name in FACETS}


def test_column_facets_equal_the_json_facets(ledger: Ledger, tmp_path: Path) -> None:
    _import(ledger, tmp_path)
    facets = _column_facets(ledger)
    with ledger.reader() as session:
        assert facets == {name: _json_facets(session, name) for name in FACETS}
        for row in session.scalars(select(VictimRecordRow)):
            assert {c: getattr(row, c) for c in DERIVED} == derived_columns(row.data)
    assert facets["age_band"] == {"child": 2, "adult": 1, "18-24": 1}
    assert facets["month"] == {"2017-08": 2, "2017-07": 1, "2016-12": 1}
    with ledger.reader() as session:
        chosen = search_victims(
            session, VictimFilters(age_band="child", month="2017-08"), public=False
        )
    assert [r["name_latin"] for r in chosen["items"]] == ["Amal Nasser"]


@pytest.mark.migration
def test_the_migration_fills_the_columns_of_records_stored_before_it(
    ledger: Ledger, tmp_path: Path
) -> None:
    from alembic import command
    from alembic.config import Config

    _import(ledger, tmp_path)
    before = _column_facets(ledger)
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("harmledger.store") / "migrations")
    )
    with ledger.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0019_web_view_cache")
    with ledger.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert _column_facets(ledger) == before
    with ledger.session() as session:  # and nothing else fills them: emptied, they count none
        session.execute(update(VictimRecordRow).values({c: None for c in DERIVED}))
    assert not any(_column_facets(ledger)[name] for name in FACETS if name != "list")
