"""Shared linkage runs on invented records (each run costs seconds, so runs are module-scoped)."""

from __future__ import annotations

import dataclasses

import pytest

from harmledger.link.persons import VICTIM_PROFILE, LinkageProfile
from harmledger.victims import VictimRecord

# A small u sample keeps test runs quick; the model is the victim profile otherwise.
TEST_PROFILE: LinkageProfile = dataclasses.replace(VICTIM_PROFILE, u_max_pairs=2e5)

# Invented people written for the tests, each in two scripts / two lists.
HAND_WRITTEN = [
    VictimRecord(
        list_name="hospital",
        record_key="h-901",
        name="سمير خليل يوسف ابو سمرة",
        sex="m",
        age=41,
        date_of_death="2023-11-02",
        place_of_death="خان يونس",
    ),
    VictimRecord(
        list_name="monitor",
        record_key="m-901",
        name_latin="Sameer Abu Samra",
        sex="male",
        age=42,
        date_of_death="2023-11-02",
        place_of_death="Khan Younis",
    ),
    VictimRecord(
        list_name="hospital",
        record_key="h-902",
        name="رانيا عمر طارق النمر",
        sex="f",
        age=29,
        place_of_death="رفح",
    ),
    VictimRecord(
        list_name="monitor",
        record_key="m-902",
        name_latin="Ranya Omar El-Nimr",
        sex="f",
        age=29,
        place_of_death="Rafah",
    ),
    VictimRecord(
        list_name="monitor", record_key="m-903", name_latin="Walid Omar El-Nimr", sex="m", age=33
    ),
]


@pytest.fixture(scope="module")
def splink_installed() -> None:
    pytest.importorskip("splink")
    pytest.importorskip("duckdb")
