"""``compare`` shows each figure under the voice that said it and reconciles recovery logs,
victim lists and imported datasets of the same place and period."""

import datetime as dt

from sqlalchemy import select

from harmledger.link.incidents.service import link_incidents
from harmledger.store.incident_tables import Incident, IncidentFigure
from harmledger.store.ledger import Ledger
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from harmledger.tally.compare import compare
from tests.incidents.builders import RAQQA, add_document

DAY = {"period_start": dt.date(2017, 8, 15), "period_end": dt.date(2017, 8, 15)}
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def _voices(ledger: Ledger) -> dict[str, set[tuple[str, int | None]]]:
    with ledger.reader() as session:
        rows = compare(session, place="Raqqah")["figures"]
    found: dict[str, set[tuple[str, int | None]]] = {}
    for row in rows:
        for origin in row["origins"]:
            found.setdefault(row["voice"], set()).add((origin, row["max"]))
    return found


def test_each_figure_is_under_the_voice_that_said_it(ledger: Ledger) -> None:
    # a newspaper quoting a monitor, a newspaper on its own, a coalition statement, responders
    add_document(
        ledger,
        [{"low": 40, "high": 40, "speaker": "the Syrian Observatory", **DAY, **RAQQA}],
        source="Daily Wire",
    )
    add_document(ledger, [{"low": 30, "high": 30, **DAY, **RAQQA}], source="Daily Wire")
    add_document(
        ledger,
        [
            {
                "low": 12,
                "high": 12,
                "speaker": "the coalition",
                "perpetrator": "us_led_coalition",
                **DAY,
                **RAQQA,
            }
        ],
        published=dt.date(2017, 9, 1),
    )
    add_document(
        ledger,
        [
            {
                "measure": "bodies_recovered",
                "who": "people",
                "low": 55,
                "high": 55,
                "speaker": "civil defence teams",
                **DAY,
                **RAQQA,
            }
        ],
    )
    add_document(
        ledger,
        [{"low": 35, "high": 35, "speaker": "UN human rights office", **DAY, **RAQQA}],
    )
    link_incidents(ledger)
    voices = _voices(ledger)
    assert voices["monitor"] == {("the syrian observatory", 40)}
    assert ("daily wire", 30) in voices["media"]
    assert voices["belligerent"] == {("the coalition", 12)}
    assert voices["responder"] == {("civil defence teams", 55)}
    assert voices["official"] == {("un human rights office", 35)}
    with ledger.reader() as session:
        result = compare(session, place="Raqqah")
    [admission] = [r for r in result["figures"] if r.get("assessment") == "admission in text"]
    assert admission["stated_on"] == "2017-09-01"
    # the monitor side of the gaps is counting organisations, never a newspaper's own figure
    assert result["gaps"]["monitor_civilians_killed_max"] == 40


def test_recovery_logs_lists_and_datasets_of_the_same_place_and_period(ledger: Ledger) -> None:
    add_document(
        ledger,
        [{"low": 20, "high": 20, "speaker": "a local monitor", **DAY, **RAQQA}],
    )
    link_incidents(ledger)
    with ledger.session() as session:
        incident = session.scalars(select(Incident)).one()
        log = VictimList(
            name="old city log", kind="recovery", organisation="Civil Defence", created_at=NOW
        )
        names = VictimList(
            name="families", kind="victims", organisation="Raqqa Monitor", created_at=NOW
        )
        session.add_all([log, names])
        session.flush()
        bodies = [
            {"incident_ref": str(incident.id)},
            {"incident_ref": f"incident:{incident.id}"},
            {"recovery_site": "Ar Raqqah, old stadium", "date_recovered": "2017-08-15"},
            {"recovery_site": "Ar Raqqah, old stadium", "date_recovered": "2018-02-01"},
            {"incident_ref": "another incident"},
        ]
        for n, data in enumerate(bodies):
            session.add(
                VictimRecordRow(list_id=log.id, record_key=f"b{n}", data=data, imported_at=NOW)
            )
        for n, status in enumerate(["civilian", "civilian", "combatant"]):
            data = {"place_of_death": "Ar Raqqah", "date_of_death": "2017-08-15", "status": status}
            session.add(
                VictimRecordRow(list_id=names.id, record_key=f"v{n}", data=data, imported_at=NOW)
            )
        imported = Incident(
            kind="event",
            name="UCDP event",
            origin="ucdp",
            created_at=NOW,
            place_name="Ar Raqqah",
            period_start=dt.date(2017, 8, 15),
            period_end=dt.date(2017, 8, 15),
            perpetrators=[],
            weapons=[],
            grade_reasons=[],
        )
        session.add(imported)
        session.flush()
        session.add(
            IncidentFigure(
                incident_id=imported.id,
                measure="killed",
                category="civilians",
                low=18,
                best=19,
                high=22,
                source="UCDP GED",
            )
        )
        incident_id = incident.id
    with ledger.reader() as session:
        result = compare(session, incident_id=incident_id)
    rows = {
        (r["voice"], r["origins"][0], r["measure"], r["category"]): r for r in result["figures"]
    }
    recovered = rows[("responder", "Civil Defence", "bodies_recovered", "unknown")]
    assert recovered["max"] == 3
    assert recovered["records"] == {"by_reference": 2, "by_place_and_period": 1}
    assert rows[("monitor", "Raqqa Monitor", "killed", "civilians")]["max"] == 2
    assert rows[("monitor", "Raqqa Monitor", "killed", "combatants")]["max"] == 1
    dataset = rows[("monitor", "UCDP GED", "killed", "civilians")]
    assert (dataset["min"], dataset["best"], dataset["max"], dataset["events"]) == (18, 19, 22, 1)
    assert result["gaps"]["bodies_recovered_max"] == 3
