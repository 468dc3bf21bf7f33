"""Web app latency and throughput on a generated SQLite ledger.

Builds a ledger of N incidents with K claims each (bulk inserts through the ORM's tables, one
document and one extraction per incident, claims linked to their incident; the figures kept per
incident are then rebuilt from the claims, as the library keeps them on every write), then
measures:

* in-process latency (httpx ASGI transport, no network) of the filtered incident list
  (``/incidents?grade=fair&place=city 3&period=2017``; its count cached per filter while the
  ledger is unchanged, and not cached), an incident page, the dashboard (view cache warm, and
  cold as after a write), the map's default view, the incident CSV export and the log, as p50
  and p95 over ``--samples`` requests (the cold dashboard, map and export over
  ``--dashboard-samples``); each timed series after one untimed warm-up request;
* requests per second under a bounded local load: ``--concurrency`` clients against
  ``harmledger serve`` (uvicorn, one process) on 127.0.0.1 for ``--seconds``, first all on the
  filtered API list, then on a mix (list page, list API, incident page, dashboard, map, log in
  turn), with the p50/p95 each request type saw under that load and the server's heap
  (``RssAnon``) sampled every second. Exports are downloads, timed above, not in the mix.

Run: .venv/bin/python benchmarks/bench_web.py --incidents 10000 --claims-per-incident 10
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import func, insert, select

from harmledger.assess.stored_figures import rebuild_figures
from harmledger.config import Settings, load_settings
from harmledger.store.incident_tables import Incident, IncidentClaim
from harmledger.store.ledger import open_ledger
from harmledger.store.tables import ClaimRow, Document, Extraction, Source
from harmledger.web import create_app
from harmledger.web.users import add_user

PASSWORD = "benchmark password"
FILTERED = "grade=fair&place=city+3&period=2017"
BATCH = 20_000
# requests timed over --dashboard-samples only (each was seconds long before it was bounded)
HEAVY = {
    "dashboard (cold: first request after a change)",
    "map (whole extent)",
    "incident export, CSV",
}


def settings_for(home: Path, database_url: str | None) -> Settings:
    """The benchmark ledger's settings: SQLite in ``home``, or the PostgreSQL database named."""
    return load_settings(home=home, database_url=database_url, actor="bench")


def build(
    home: Path, incidents: int, per_incident: int, seed: int = 7, database_url: str | None = None
) -> None:
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    with open_ledger(settings_for(home, database_url)) as ledger:
        with ledger.session() as session:
            kinds = ("monitor", "responder", "news", "belligerent")
            session.execute(
                insert(Source),
                [
                    {"id": i + 1, "name": f"source {i}", "type": kinds[i % 4], "created_at": now}
                    for i in range(20)
                ],
            )
        claim_id = 0
        for first in range(0, incidents, BATCH // per_incident):
            last = min(incidents, first + BATCH // per_incident)
            documents, extractions, rows, incident_rows, links = [], [], [], [], []
            for n in range(first + 1, last + 1):
                day = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(365 * 3))
                city = rng.randrange(200)
                lat, lon = 30 + city % 10 + rng.random(), 35 + city // 10 * 0.5 + rng.random()
                perpetrator = ("us_led_coalition", "islamic_state", "syrian_government")[n % 3]
                quote = f"{rng.randrange(1, 200)} civilians were killed in city {city}."
                text = " ".join([quote] * per_incident)
                documents.append(
                    {
                        "id": n,
                        "sha256": f"{n:064x}",
                        "part": 0,
                        "size": len(text),
                        "media_type": "text/plain",
                        "origin": "bench",
                        "method": "file",
                        "retrieved_at": now,
                        "source_id": 1 + n % 20,
                        "published": day,
                        "lang": "en",
                        "lang_confidence": 1.0,
                        "lang_source": "user",
                        "text": text,
                        "text_sha256": "0" * 64,
                    }
                )
                extractions.append(
                    {
                        "id": n,
                        "document_id": n,
                        "extractor_version": "bench",
                        "extracted_at": now,
                        "current": True,
                        "claim_count": per_incident,
                    }
                )
                grade = ("fair", "weak", "confirmed", "contested")[n % 4]
                incident_rows.append(
                    {
                        "id": n,
                        "kind": "event",
                        "name": f"city {city}, {day}",
                        "period_start": day,
                        "period_end": day,
                        "date_precision": "day",
                        "place": f"user:city-{city}",
                        "place_name": f"city {city}",
                        "place_precision": "city",
                        "latitude": lat,
                        "longitude": lon,
                        "country": "Syria",
                        "perpetrators": [perpetrator],
                        "weapons": ["airstrike"],
                        "grade": grade,
                        "grade_reasons": [],
                        "grade_by": "rules",
                        "status": "active",
                        "origin": "linked",
                        "created_at": now,
                    }
                )
                for k in range(per_incident):
                    claim_id += 1
                    low = rng.randrange(1, 200)
                    start = k * (len(quote) + 1)
                    rows.append(
                        {
                            "id": claim_id,
                            "extraction_id": n,
                            "document_id": n,
                            "kind": "casualty",
                            "measure": "killed",
                            "who": "civilians",
                            "low": low,
                            "high": low + k,
                            "qualifier": "exact",
                            "start": start,
                            "end": start + len(quote),
                            "quote": quote,
                            "speaker": f"speaker {k}",
                            "attribution_chain": [],
                            "perpetrator": perpetrator,
                            "place_name": f"city {city}",
                            "period_start": day,
                            "period_end": day,
                            "confidence": 0.9,
                            "negated": False,
                            "lang": "en",
                        }
                    )
                    links.append(
                        {
                            "incident_id": n,
                            "claim_id": claim_id,
                            "score": 1.0,
                            "reasons": [],
                            "linked_by": "auto",
                            "created_at": now,
                        }
                    )
            # raw inserts, outside the ORM session's unit of work (which would grade these
            # incidents by the rules); the stored figures are rebuilt once below
            with ledger.engine.begin() as connection:
                for table, batch in (
                    (Document, documents),
                    (Extraction, extractions),
                    (ClaimRow, rows),
                    (Incident, incident_rows),
                    (IncidentClaim, links),
                ):
                    connection.execute(insert(table), batch)
        started = time.perf_counter()
        with ledger.session() as session:
            kept = rebuild_figures(session)
        print(f"stored figures: {kept:,} rows in {time.perf_counter() - started:.1f} s")
        add_user(ledger, "bench", PASSWORD, "analyst")


def built(settings: Settings) -> bool:
    """Whether the ledger already holds incidents (a SQLite file or a PostgreSQL database)."""
    if settings.is_sqlite and not (settings.home / "harmledger.sqlite3").exists():
        return False
    with open_ledger(settings) as ledger, ledger.reader() as session:
        return bool(session.scalar(select(func.count()).select_from(Incident)))


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


async def latency(settings: Settings, samples: int, dashboard_samples: int, incidents: int) -> None:
    app = create_app(settings, secret_key="bench")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        token = (await client.get("/api/session")).json()["csrf_token"]
        await client.post(
            "/api/login",
            json={"username": "bench", "password": PASSWORD},
            headers={"X-CSRF-Token": token},
        )
        rng = random.Random(1)
        targets = {
            "incident list, filtered (page)": lambda: f"/incidents?{FILTERED}",
            "incident list, filtered (API)": lambda: f"/api/incidents?{FILTERED}",
            "incident list, filtered (API, count not cached)": lambda: f"/api/incidents?{FILTERED}",
            "incident page": lambda: f"/incidents/{rng.randrange(1, incidents + 1)}",
            "dashboard (cached, ledger unchanged)": lambda: "/",
            "dashboard (cold: first request after a change)": lambda: "/",
            "map (whole extent)": lambda: "/map",
            "incident export, CSV": lambda: "/api/export/incidents.csv",
            "log": lambda: "/log",
        }
        for name, target in targets.items():
            cold = name.startswith("dashboard (cold") or "not cached" in name
            app.state.web.cache.ttl = 0 if cold else 300
            count = dashboard_samples if name in HEAVY else samples
            if not cold:
                await client.get(target())  # warm-up, not timed (fills the view cache)
            times = []
            for _ in range(count):
                started = time.perf_counter()
                response = await client.get(target())
                times.append(time.perf_counter() - started)
                if response.status_code != 200:
                    break
            if response.status_code != 200:
                message = response.text[:160].replace("|", "/")
                print(f"| {name} | failed after {times[-1]:.0f} s: {message} | | |", flush=True)
                continue
            p50, p95 = percentiles(times)
            print(f"| {name} | {count} | {p50:.1f} | {p95:.1f} |", flush=True)
    app.state.web.ledger.close()


def _rss_anon_mb(pid: int) -> float:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:  # the process has ended
        return 0.0
    for line in lines:
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def server_processes(pid: int) -> list[int]:
    """The server and, with ``--workers``, its worker processes (uvicorn's children)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return [pid, *(int(child) for child in children)]


def rss_mb(pid: int) -> float:
    """The server's own resident memory (Linux ``/proc``: ``RssAnon``, its heap), in MB, summed
    over its worker processes; the ledger's memory-mapped pages are left out (the kernel's file
    cache, shared, reclaimable)."""
    return sum(_rss_anon_mb(process) for process in server_processes(pid))


def cpu_seconds(pids: list[int]) -> float:
    """User plus system CPU time the processes have used (Linux ``/proc/PID/stat``)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)
    return total / os.sysconf("SC_CLK_TCK")


def database_backends(database_url: str | None) -> list[int]:
    """The PostgreSQL server processes serving the benchmark's database (none on SQLite)."""
    if not database_url:
        return []
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    name = engine.url.database
    with engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT pid FROM pg_stat_activity WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": name},
        )
        pids = [int(row[0]) for row in found]
    engine.dispose()
    return pids


async def load(
    url: str,
    pid: int,
    concurrency: int,
    seconds: float,
    incidents: int,
    mixed: bool,
    database_url: str | None = None,
) -> None:
    done = 0
    rng = random.Random(2)
    mix = [
        ("incident list, filtered (page)", lambda: f"/incidents?{FILTERED}"),
        ("incident list, filtered (API)", lambda: f"/api/incidents?{FILTERED}"),
        ("incident page", lambda: f"/incidents/{rng.randrange(1, incidents + 1)}"),
        ("dashboard", lambda: "/"),
        ("map", lambda: "/map"),
        ("log", lambda: "/log"),
    ]
    if not mixed:
        mix = mix[1:2]
    times: dict[str, list[float]] = {name: [] for name, _ in mix}
    clients = [httpx.AsyncClient(base_url=url, timeout=60) for _ in range(concurrency)]
    for client in clients:
        token = (await client.get("/api/session")).json()["csrf_token"]
        await client.post(
            "/api/login",
            json={"username": "bench", "password": PASSWORD},
            headers={"X-CSRF-Token": token},
        )
    # warm-up, not timed: templates compiled, view cache filled, in every worker (each client's
    # connection was handed to one of them)
    for client in clients:
        for _, target in mix:
            await client.get(target())

    async def worker(offset: int) -> None:
        nonlocal done
        turn = offset
        while time.perf_counter() < stop:
            name, target = mix[turn % len(mix)]
            turn += 1
            started = time.perf_counter()
            response = await clients[offset].get(target())
            times[name].append(time.perf_counter() - started)
            assert response.status_code == 200, response.text[:200]
            done += 1

    memory = [rss_mb(pid)]
    # CPU spent per request by the server's processes and the database's (idle other jobs
    # do not count, unlike wall time on a shared machine)
    serving = server_processes(pid) + database_backends(database_url)
    cpu_before = cpu_seconds(serving)

    async def sample() -> None:
        while time.perf_counter() < stop:
            await asyncio.sleep(1)
            memory.append(rss_mb(pid))

    stop = time.perf_counter() + seconds
    started = time.perf_counter()
    await asyncio.gather(sample(), *(worker(n) for n in range(concurrency)))
    elapsed = time.perf_counter() - started
    memory.append(rss_mb(pid))
    cpu_used = cpu_seconds(serving) - cpu_before
    for client in clients:
        await client.aclose()
    what = "mixed requests" if mixed else "filtered API list"
    print(
        f"throughput, {what}: {done / elapsed:.1f} requests/s ({concurrency} clients, "
        f"{elapsed:.0f} s, uvicorn on 127.0.0.1); server heap (RssAnon) {memory[0]:.0f} MB after "
        f"warm-up, {max(memory):.0f} MB peak, {memory[-1]:.0f} MB at the end; CPU "
        f"{cpu_used * 1000 / max(done, 1):.1f} ms per request (server and database processes)"
    )
    for name, found in times.items():
        if found:
            p50, p95 = percentiles(found)
            print(
                f"  under load: {name}: {len(found)} requests, p50 {p50:.1f} ms, p95 {p95:.1f} ms"
            )


def serve(
    home: Path, database_url: str | None = None, workers: int = 1
) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from harmledger.cli import main; main()",
            "serve",
            "--port",
            str(port),
            "--home",
            str(home),
            "--workers",
            str(workers),
        ],
        env={**os.environ, **({"HARMLEDGER_DATABASE_URL": database_url} if database_url else {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{url}/api/session", timeout=1)
            return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--claims-per-incident", type=int, default=10)
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--dashboard-samples", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--home", type=Path, help="reuse (or keep) the generated ledger here")
    parser.add_argument(
        "--database-url", help="a PostgreSQL database to build (when empty) and serve, not SQLite"
    )
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument("--load-only", action="store_true", help="skip the in-process latency")
    parser.add_argument("--mix-only", action="store_true", help="skip the list-only load run")
    args = parser.parse_args()
    home = args.home or Path(tempfile.mkdtemp(prefix="hl-bench-web-")) / "home"
    settings = settings_for(home, args.database_url)
    if not built(settings):
        started = time.perf_counter()
        build(home, args.incidents, args.claims_per_incident, database_url=args.database_url)
        print(
            f"built {args.incidents:,} incidents, "
            f"{args.incidents * args.claims_per_incident:,} claims in "
            f"{time.perf_counter() - started:.0f} s at {home}"
        )
    if not args.load_only:
        print("| request | samples | p50 ms | p95 ms |\n|---|---|---|---|")
        asyncio.run(latency(settings, args.samples, args.dashboard_samples, args.incidents))
    process, url = serve(home, args.database_url, args.workers)
    print(f"server: {args.workers} worker(s), {'PostgreSQL' if args.database_url else 'SQLite'}")
    try:
        for mixed in (True,) if args.mix_only else (False, True):
            asyncio.run(
                load(
                    url,
                    process.pid,
                    args.concurrency,
                    args.seconds,
                    args.incidents,
                    mixed,
                    args.database_url,
                )
            )
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
