"""The victim-list audit on small lists we write, in Arabic and Latin script."""

import csv
import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.victims import VictimRecord
from harmledger.victims.audit import audit_records

TODAY = date(2024, 6, 1)


def _rec(list_name: str, key: str, **fields: object) -> VictimRecord:
    return VictimRecord(list_name=list_name, record_key=key, **fields)  # type: ignore[arg-type]


def _lists() -> list[VictimRecord]:
    return [
        _rec(
            "hospital",
            "h1",
            name="سلمى خليل الدباغ",
            sex="female",
            age=30,
            date_of_death="2024-01-05",
            place_of_death="خان يونس",
        ),
        _rec(
            "hospital",
            "h2",
            name="كريم ناصر العطاري",
            sex="male",
            date_of_death="2024-02-11",
            place_of_death="رفح",
        ),
        _rec(
            "hospital",
            "h3",
            name="كريم ناصر العطاري",
            sex="male",
            date_of_death="2024-02-11",
            place_of_death="رفح",
        ),
        _rec(
            "hospital",
            "h4",
            name="هدى سمير القباني",
            date_of_birth="2010-03-01",
            date_of_death="2009-12-30",
        ),
        _rec(
            "monitor",
            "m1",
            name_latin="Salma Khalil Al-Dabbagh",
            sex="female",
            age=31,
            date_of_death="2024-01-05",
            place_of_death="Khan Younis",
            cause="airstrike",
            perpetrator="invented army",
        ),
        _rec(
            "monitor",
            "m2",
            name_latin="Yusuf Darwish",
            age=115,
            date_of_death="2024-09-30",
            place_of_death="Rafah",
        ),
        _rec(
            "monitor",
            "m3",
            name_latin="Karim Nasser Al-Attari",
            sex="male",
            date_of_death="2024-02-11",
            place_of_death="Rafah",
        ),
    ]


# The persons a linkage run would give: Salma and Karim on both lists, Karim twice in one.
PERSONS = {"h1": "p1", "m1": "p1", "h2": "p2", "h3": "p2", "m3": "p2", "h4": "p3", "m2": "p4"}


def _person_of(records: list[VictimRecord]) -> dict[str, str]:
    return {r.record_id: PERSONS[r.record_key] for r in records}


def test_completeness_counts_filled_fields_per_list() -> None:
    records = _lists()
    report = audit_records(records, _person_of(records), today=TODAY)
    share = {(c.list, c.field): c.share for c in report.completeness}
    assert share[("hospital", "name")] == 1.0
    assert share[("hospital", "sex")] == 0.75
    assert share[("hospital", "age")] == 0.5  # an age, or a date of birth
    assert share[("hospital", "cause")] == 0.0
    assert share[("monitor", "perpetrator")] == round(1 / 3, 4)
    assert share[("monitor", "place_of_death")] == 1.0


def test_records_per_person_and_duplicates_within_a_list() -> None:
    records = _lists()
    report = audit_records(records, _person_of(records), today=TODAY)
    assert report.linked and report.persons == 4
    assert report.records_per_person == {"1": 2, "2": 1, "3": 1}
    hospital = next(p for p in report.list_persons if p.list == "hospital")
    assert (hospital.records, hospital.persons, hospital.persons_recorded_twice_or_more) == (
        4,
        3,
        1,
    )
    groups = {(d.list, d.reason, tuple(d.record_keys)) for d in report.duplicates}
    assert groups == {("hospital", "linked", ("h2", "h3")), ("hospital", "identical", ("h2", "h3"))}


def test_without_linkage_every_record_is_a_person() -> None:
    report = audit_records(_lists(), today=TODAY)
    assert not report.linked and report.persons == 7
    assert {d.reason for d in report.duplicates} == {"identical"}


def test_capture_rates_by_month_and_by_place_across_scripts() -> None:
    records = _lists()
    report = audit_records(records, _person_of(records), today=TODAY)
    months = {s.stratum: s for s in report.strata if s.dimension == "month"}
    assert months["2024-02"].union == 1 and months["2024-02"].on_all == 1
    assert months["2024-09"].capture_rate == {"hospital": 0.0, "monitor": 1.0}
    assert months["2024-01"].capture_rate == {"hospital": 1.0, "monitor": 1.0}
    places = {s.stratum: s for s in report.strata if s.dimension == "place"}
    # خان يونس and Khan Younis are one place; رفح and Rafah meet through the linked Karim.
    assert len(places) == 3 and places["unknown"].union == 1
    rafah = next(s for name, s in places.items() if name in ("رفح", "Rafah"))
    assert rafah.union == 2 and rafah.on_two_or_more == 1
    assert rafah.capture_rate == {"hospital": 0.5, "monitor": 1.0}


def test_date_and_age_anomalies() -> None:
    report = audit_records(_lists(), today=TODAY)
    kinds = {(a.record_key, a.kind) for a in report.anomalies}
    assert kinds == {("h4", "death_before_birth"), ("m2", "age_over_110"), ("m2", "future_date")}
    clean = audit_records(
        [_rec("a", "1", age=40, date_of_birth="1980-01-01", date_of_death="2024-01-01")],
        today=TODAY,
    )
    assert [a.kind for a in clean.anomalies] == ["age_disagrees_with_dates"]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_cli_audit_formats(tmp_path: Path) -> None:
    home = str(tmp_path / "home")
    ar = _write(
        tmp_path / "ar.csv",
        [
            {
                "record_key": "1",
                "name": "سلمى خليل الدباغ",
                "sex": "female",
                "age": "30",
                "date_of_death": "2024-01-05",
                "place_of_death": "خان يونس",
            },
            {
                "record_key": "2",
                "name": "سلمى خليل الدباغ",
                "sex": "female",
                "age": "30",
                "date_of_death": "2024-01-05",
                "place_of_death": "خان يونس",
            },
        ],
    )
    latin = _write(
        tmp_path / "latin.csv",
        [
            {
                "record_key": "a",
                "name": "Yusuf Darwish",
                "sex": "male",
                "age": "115",
                "date_of_death": "2024-02-11",
                "place_of_death": "Rafah",
            },
        ],
    )
    runner = CliRunner()
    for path, name in ((ar, "centre"), (latin, "monitor")):
        result = runner.invoke(
            app, ["victims", "import", str(path), "--list", name, "--home", home]
        )
        assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["victims", "audit", "--home", home, "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["lists"] == ["centre", "monitor"] and report["linked"] is False
    assert [d["record_keys"] for d in report["duplicates"]] == [["1", "2"]]
    assert [a["kind"] for a in report["anomalies"]] == ["age_over_110"]
    result = runner.invoke(app, ["victims", "audit", "--home", home, "--format", "csv"])
    assert result.stdout.splitlines()[0] == "section,list,item,measure,value"
    assert "anomalies,monitor,a,age_over_110,age 115" in result.stdout
    result = runner.invoke(app, ["victims", "audit", "--home", home, "--list", "monitor"])
    assert result.exit_code == 0 and "Field completeness" in result.stdout
    from harmledger import api

    audit = api.audit_victims(home=home, lists=["centre"])
    assert audit.lists == ["centre"] and audit.persons == 2
    assert {c.field for c in audit.completeness if c.share == 1.0} >= {"name", "sex", "age"}
