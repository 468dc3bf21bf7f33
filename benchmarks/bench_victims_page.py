"""The victims page's first (cold) request at scale: one list of N generated victim records.

Builds (``--build``) a ledger with N records inserted in bulk (names, sex, an age or an age
band, a date and place of death, an incident reference for one in ten), then times the first
request of a fresh app to ``/victims`` (no view cache: facets and the page computed) and to
``/victims?sex=female&month=2016-05``, ``--repeats`` times each, as CPU time of this process
(``time.process_time``: SQLite runs in it; PostgreSQL's own work is not in it, see the wall
time) and wall time. Runs on the code on ``PYTHONPATH``, so the same ledger can be timed with
the code before and after a change (upgrade it with the newer code: ``harmledger`` migrates on
open).

Run: .venv/bin/python benchmarks/bench_victims_page.py --home /tmp/v --records 100000 --build
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert

from harmledger.config import load_settings
from harmledger.store.ledger import open_ledger
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from harmledger.web import create_app
from harmledger.web.users import add_user

PASSWORD = "benchmark password"
BATCH = 10_000
GIVEN = ("Amal", "Omar", "Lina", "Karim", "Hiba", "Sami", "Nour", "Rami", "Dana", "Yusuf")
FAMILY = ("Nasser", "Saleh", "Haddad", "Aziz", "Odeh", "Khoury", "Salem", "Hasan")


def _record(rng: random.Random, n: int) -> dict[str, Any]:
    day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(365 * 5))
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    data: dict[str, Any] = {
        "record_key": f"r{n}",
        "name_latin": name,
        "sex": rng.choice(("female", "male", "unknown")),
        "date_of_death": day.isoformat(),
        "place_of_death": f"city {rng.randrange(200)}",
        "status": rng.choice(("civilian", "unknown")),
    }
    if n % 5:
        data["age"] = rng.randrange(0, 90)
    else:
        data["age_band"] = rng.choice(("18-24", "25-34", "child"))
    if n % 10 == 0:
        data["incident_ref"] = str(rng.randrange(1, 1000))
    return data


def build(settings: Any, records: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    try:  # the code after migration 0020 fills the derived columns as its import does
        from harmledger.store.victim_facets import derived_columns
    except ImportError:
        derived_columns = None
    with open_ledger(settings) as ledger:
        with ledger.session() as session:
            session.execute(
                insert(VictimList),
                [{"id": 1, "name": "Bench list", "kind": "victims", "created_at": now}],
            )
        for first in range(0, records, BATCH):
            rows = []
            for n in range(first, min(records, first + BATCH)):
                data = _record(rng, n)
                row = {
                    "list_id": 1,
                    "record_key": data["record_key"],
                    "name_latin": data["name_latin"],
                    "search_key": f" {data['name_latin'].lower()} ",
                    "data": data,
                    "publishable": True,
                    "imported_at": now,
                }
                rows.append(row | (derived_columns(data) if derived_columns else {}))
            with ledger.session() as session:
                session.execute(insert(VictimRecordRow), rows)
        add_user(ledger, "bench", PASSWORD, "analyst")


async def cold(settings: Any, path: str) -> tuple[float, float, int]:
    """CPU and wall seconds of a fresh app's first request to ``path``."""
    app = create_app(settings, secret_key="bench")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        token = (await client.get("/api/session")).json()["csrf_token"]
        await client.post(
            "/api/login",
            json={"username": "bench", "password": PASSWORD},
            headers={"X-CSRF-Token": token},
        )
        cpu, wall = time.process_time(), time.perf_counter()
        response = await client.get(path)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    app.state.web.ledger.close()
    return cpu, wall, response.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--database-url")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--build", action="store_true")
    args = parser.parse_args()
    settings = load_settings(home=args.home, database_url=args.database_url, actor="bench")
    if args.build:
        started = time.perf_counter()
        build(settings, args.records)
        print(f"built {args.records} records in {time.perf_counter() - started:.1f} s")
    else:  # open once untimed: a newer code migrates the ledger here
        started = time.perf_counter()
        with open_ledger(settings):
            pass
        print(f"opened (and migrated) in {time.perf_counter() - started:.1f} s")
    print(f"load average {os.getloadavg()[0]:.1f}")
    for path in ("/victims", "/victims?sex=female&month=2016-05"):
        runs = [asyncio.run(cold(settings, path)) for _ in range(args.repeats)]
        cpus = sorted(r[0] * 1000 for r in runs)
        walls = sorted(r[1] * 1000 for r in runs)
        statuses = {r[2] for r in runs}
        print(
            f"| {path} | CPU ms min / median {cpus[0]:.0f} / {cpus[len(cpus) // 2]:.0f} "
            f"| wall ms min / median {walls[0]:.0f} / {walls[len(walls) // 2]:.0f} "
            f"| {statuses} | load {os.getloadavg()[0]:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
