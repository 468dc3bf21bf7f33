"""Recovery logs: a file per body, imported beside victim lists, counted without false attribution."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import InputError
from harmledger.store.ledger import Ledger
from harmledger.store.verify import verify_ledger
from harmledger.victims.ledger import find_records, import_victim_list, stored_records
from harmledger.victims.recoveries import (
    UNATTRIBUTED,
    import_recovery_log,
    recovery_counts,
    recovery_logs,
)

# An invented log: file numbers, sites and names are ours.
LOG = """File,Site,Recovered,Identification,Name,Perpetrator,Certainty,Remains,Witness
B-001,North grave,12/03/2018,Identified,Hadi Sabbagh,Group X,confirmed,complete,neighbour
B-002,North grave,13/03/2018,unidentified,,Group X,possible,partial,
B-003,North grave,13/03/2018,unidentified,,,unknown,skeletal,
B-004,Market cellar,02/04/2018,presumptive,سمير الخطيب,Group Y,probable,complete,
B-005,Market cellar,40/04/2018,presumptive,,Group Y,probable,complete,
B-006,Market cellar,03/04/2018,identified,,Group Y,probable,complete,
"""
COLUMNS = {
    "record_key": "File",
    "recovery_site": "Site",
    "date_recovered": "Recovered",
    "identification_status": "Identification",
    "name": "Name",
    "perpetrator": "Perpetrator",
    "attribution_certainty": "Certainty",
    "state_of_remains": "Remains",
    "witness_identity": "Witness",
}


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = tmp_path / "bodies.csv"
    path.write_text(LOG, encoding="utf-8")
    return path


def test_import_keeps_good_bodies_and_names_bad_rows(ledger: Ledger, log_file: Path) -> None:
    report = import_recovery_log(ledger, log_file, "Responders", column_map=COLUMNS)
    assert report.created == 4
    # row 6: an impossible date; row 7: "identified" without a name
    assert [error[:5] for error in report.errors] == ["row 6", "row 7"]
    assert "impossible date" in report.errors[0] and "needs a name" in report.errors[1]
    again = import_recovery_log(ledger, log_file, "Responders", column_map=COLUMNS)
    assert (again.created, again.already_in_list) == (0, 4)
    assert recovery_logs(ledger) == ["Responders"]
    assert verify_ledger(ledger).ok


def test_bodies_count_against_a_perpetrator_only_when_attributed(
    ledger: Ledger, log_file: Path
) -> None:
    import_recovery_log(ledger, log_file, "Responders", column_map=COLUMNS)
    by_perpetrator = {c.group: c.bodies for c in recovery_counts(ledger, "perpetrator")}
    # B-002 names Group X only as "possible", B-003 names nobody: both unattributed
    assert by_perpetrator == {"Group X": 1, "Group Y": 1, UNATTRIBUTED: 2}
    by_site = {c.group: (c.bodies, c.identified, c.unidentified) for c in recovery_counts(ledger)}
    assert by_site == {"North grave": (3, 1, 2), "Market cellar": (1, 0, 0)}
    assert [c.group for c in recovery_counts(ledger, "month")] == ["2018-03", "2018-04"]
    assert {c.group for c in recovery_counts(ledger, "status")} == {
        "identified",
        "presumptive",
        "unidentified",
    }
    with pytest.raises(InputError, match="cannot count bodies by 'colour'"):
        recovery_counts(ledger, "colour")
    with pytest.raises(InputError, match="no recovery log named Elsewhere"):
        recovery_counts(ledger, "site", ["Elsewhere"])


def test_recovery_logs_stay_apart_from_victim_lists(ledger: Ledger, log_file: Path) -> None:
    import_recovery_log(ledger, log_file, "Responders", column_map=COLUMNS)
    victims = log_file.parent / "victims.json"
    victims.write_text(json.dumps([{"record_key": "v1", "name": "سمير الخطيب"}]), "utf-8")
    import_victim_list(ledger, victims, "Monitor")
    # linkage and estimation read victim lists only
    assert [record.list_name for _, record in stored_records(ledger)] == ["Monitor"]
    with pytest.raises(InputError, match="no victim list named Responders"):
        stored_records(ledger, ["Responders"])
    with pytest.raises(InputError, match="is a recovery log, not a victim list"):
        import_victim_list(ledger, victims, "Responders")
    with pytest.raises(InputError, match="is a victim list, not a recovery log"):
        import_recovery_log(ledger, log_file, "Monitor", column_map=COLUMNS)
    # search across scripts finds the presumptively identified body, without the witness
    found = find_records(ledger, query="Samir", kind="recovery")
    assert [row["record_key"] for row in found] == ["B-004"]
    assert "witness_identity" not in found[0]
    assert [row["record_key"] for row in find_records(ledger, query="Samir")] == ["v1"]


def test_a_wrong_column_mapping_names_the_field(ledger: Ledger, log_file: Path) -> None:
    with pytest.raises(InputError, match="unknown field 'age'"):
        import_recovery_log(ledger, log_file, "Responders", column_map={"age": "Site"})
    with pytest.raises(InputError, match="column 'Grave'"):
        import_recovery_log(ledger, log_file, "Responders", column_map={"recovery_site": "Grave"})
    assert recovery_logs(ledger) == []


def test_cli_imports_lists_and_counts(ledger_home: Path, log_file: Path) -> None:
    runner = CliRunner()
    home = str(ledger_home)
    columns = [
        arg for field, header in COLUMNS.items() for arg in ("--column", f"{field}={header}")
    ]
    imported = runner.invoke(
        app,
        ["recoveries", "import", str(log_file), "--log", "Responders", "--home", home, *columns],
    )
    assert imported.exit_code == 1  # bad rows reported; the rest stored
    assert "4 bodies stored" in imported.output and "row 7" in imported.output
    listed = runner.invoke(app, ["recoveries", "list", "--home", home, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.output)) == 4
    counted = runner.invoke(
        app, ["recoveries", "count", "--by", "perpetrator", "--home", home, "--format", "json"]
    )
    assert counted.exit_code == 0, counted.output
    rows = {row["group"]: row["bodies"] for row in json.loads(counted.output)}
    assert rows[UNATTRIBUTED] == 2
