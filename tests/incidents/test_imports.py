"""Importing coded event datasets: UCDP GED (real data, eval) and ACLED (our own rows)."""

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from harmledger.errors import InputError
from harmledger.evaldata import eval_dir
from harmledger.imports.acled import import_acled
from harmledger.imports.ucdp import import_ucdp
from harmledger.store.ledger import Ledger
from harmledger.store.verify import verify_ledger
from harmledger.tally.tally import tally

ACLED_ROWS = [
    {
        "event_id_cnty": "FIC1",
        "event_date": "2024-03-03",
        "time_precision": "1",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Northern Alliance",
        "actor2": "Civilians (Fictland)",
        "civilian_targeting": "Civilian targeting",
        "country": "Fictland",
        "admin1": "North",
        "location": "Tel Amar",
        "latitude": "35.1",
        "longitude": "38.2",
        "geo_precision": "1",
        "fatalities": "12",
        "source": "Demo Wire",
    },
    {
        "event_id_cnty": "FIC2",
        "event_date": "05 March 2024",
        "time_precision": "2",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Southern Front",
        "actor2": "Northern Alliance",
        "civilian_targeting": "",
        "country": "Fictland",
        "admin1": "South",
        "location": "Qasr",
        "latitude": "34.0",
        "longitude": "37.0",
        "geo_precision": "2",
        "fatalities": "7",
        "source": "",
    },
    {
        "event_id_cnty": "FIC3",
        "event_date": "not a date",
        "time_precision": "1",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Southern Front",
        "actor2": "",
        "civilian_targeting": "",
        "country": "Fictland",
        "admin1": "South",
        "location": "Qasr",
        "latitude": "34.0",
        "longitude": "37.0",
        "geo_precision": "1",
        "fatalities": "1",
        "source": "",
    },
]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_acled_rows_become_incidents_and_bad_rows_are_reported(
    ledger: Ledger, tmp_path: Path
) -> None:
    path = _write(tmp_path / "acled.csv", ACLED_ROWS)
    report = import_acled(ledger, path)
    assert (report.created, report.already_imported) == (2, 0)
    assert [(line, reason.split(":")[0]) for line, reason in report.failed] == [(4, "ValueError")]
    again = import_acled(ledger, path)
    assert (again.created, again.already_imported) == (0, 2)
    with ledger.reader() as session:
        rows = tally(session, by=("admin1",), category="total", grades=None)
        civilians = tally(session, by=("belligerent",), category="civilians", grades=None)
    assert {r["admin1"]: r["best"] for r in rows} == {"North": 12, "South": 7}
    assert [(r["belligerent"], r["max"]) for r in civilians] == [("Northern Alliance", 12)]
    assert verify_ledger(ledger).ok


def test_wrong_dataset_names_the_missing_columns(ledger: Ledger, tmp_path: Path) -> None:
    path = _write(tmp_path / "other.csv", [{"id": "1", "date": "2024-01-01"}])
    with pytest.raises(InputError, match=r"missing column\(s\) event_id_cnty, event_date"):
        import_acled(ledger, path)
    with pytest.raises(InputError, match="missing column"):
        import_ucdp(ledger, path)


@pytest.mark.eval
@pytest.mark.slow
def test_ucdp_tallies_equal_sums_computed_from_the_file(sqlite_ledger: Ledger) -> None:
    path = eval_dir(must_exist=False) / "ucdp" / "ged_syria_2016_2019.csv"
    if not path.is_file():
        pytest.skip(f"UCDP GED data not found at {path}")
    report = import_ucdp(sqlite_ledger, path)
    expected: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        sums = expected[(row["adm_1"] or "unknown", row["date_start"][:4])]
        for index, column in enumerate(("low", "best", "high", "deaths_civilians")):
            sums[index] += int(float(row[column]))
    assert report.created == len(rows) == 16566 and not report.failed
    with sqlite_ledger.reader() as session:
        total = tally(session, by=("admin1", "year"), category="total", grades=None)
        civilians = tally(session, by=("admin1", "year"), category="civilians", grades=None)
    got = {(r["admin1"], r["year"]): [r["min"], r["best"], r["max"]] for r in total}
    assert got == {key: sums[:3] for key, sums in expected.items()}
    got_civilians = {(r["admin1"], r["year"]): r["best"] for r in civilians}
    assert got_civilians == {key: sums[3] for key, sums in expected.items()}
    assert import_ucdp(sqlite_ledger, path).already_imported == 16566
