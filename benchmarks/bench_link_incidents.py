"""Benchmark: clustering claims into incidents (issue 4), in memory and through the ledger.

Generates claims of our own: events spread over two years, 1-6 reports per event with jittered
dates, 3% campaign-level claims. The number of invented places grows with the corpus (50 cities
and 150 neighbourhoods per 10,000 claims, over a proportionally larger area), so the density of
events per place and day, and hence the work per claim, is that of one busy conflict.

Measures wall time and peak memory of :func:`harmledger.link.incidents.clustering.cluster` for
10^4, 10^5 and 10^6 claims (each size in its own process), and of the
whole ``link incidents`` run (database reads and writes included) for 10^4 claims on SQLite.

Usage: .venv/bin/python benchmarks/bench_link_incidents.py [--sizes 10000 100000 1000000] [--db]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from harmledger.link.incidents.clustering import cluster
from harmledger.link.incidents.components import (
    ComponentStats,
    FactsStore,
    find_events_by_component,
    in_memory_loader,
    link_events_by_component,
)
from harmledger.link.incidents.documents import DocumentInfo, link_events
from harmledger.link.incidents.facts import ClaimFacts, claim_window
from harmledger.link.incidents.places import PlaceInfo

START = dt.date(2016, 1, 1)
PERPETRATORS = ["alpha_forces", "beta_militia", "gamma_coalition", None]
WEAPONS = ["airstrike", "shelling", "gunfire", None]
NAMES_PER_SCALE = 5000  # distinct victims' names per 10,000 claims, like places below


def place_name(number: int, first: str) -> str:
    """An invented name of its own per place: syllables whose spelling keys (``place_keys``)
    differ, so no two places share a key (as "Quarter 1" and "Quarter 2" did, both "kartar":
    one key naming every neighbourhood, which glued a month's reports into one component)."""
    name = first
    while True:
        name += "bktflmnr"[number % 8] + "a"
        number //= 8
        if not number:
            return name.capitalize()


def places(rng: random.Random, scale: int = 1) -> list[PlaceInfo]:
    side = 8 * scale**0.5
    cities = [
        PlaceInfo(
            f"bench:city{i}",
            place_name(i, "ra"),
            "city",
            30 + rng.random() * side,
            35 + rng.random() * side,
        )
        for i in range(50 * scale)
    ]
    hoods = []
    for i in range(150 * scale):
        city = rng.choice(cities)
        hoods.append(
            PlaceInfo(
                f"bench:hood{i}",
                place_name(i, "na"),
                "neighbourhood",
                city.latitude + rng.uniform(-0.05, 0.05),
                city.longitude + rng.uniform(-0.05, 0.05),
            )
        )
    return cities + hoods


def iter_generate(n: int, seed: int = 0, undated: float = 0.0) -> Iterator[ClaimFacts]:
    """Claims of events and campaigns; a share ``undated`` of the event reports state no day
    of their own (dated by their publication, the day or up to two days after the event, as
    ``claim_window`` dates a claim with no time of its own)."""
    rng = random.Random(seed)
    scale = max(1, n // 10_000)
    pool = places(rng, scale)
    names_pool = [f"name{k}" for k in range(NAMES_PER_SCALE * scale)]
    made = 0
    document = 0
    while made < n:
        day = START + dt.timedelta(days=rng.randrange(730))
        place = rng.choice(pool)
        perpetrator, weapon = rng.choice(PERPETRATORS), rng.choice(WEAPONS)
        names = frozenset(rng.sample(names_pool, 2))
        campaign = rng.random() < 0.03
        for _report in range(rng.randint(1, 6)):
            document += 1
            jitter = dt.timedelta(days=rng.choice([0, 0, 0, 1]))
            start, end = (
                (day, day + dt.timedelta(days=90)) if campaign else (day + jitter, day + jitter)
            )
            killed = rng.randint(1, 40)
            precision = "period" if campaign else "day"
            if undated and not campaign and rng.random() < undated:
                published = start + dt.timedelta(days=rng.choice([0, 1, 2]))
                start, end, precision = claim_window(None, None, published)
            made += 1
            yield (
                ClaimFacts(
                    claim_id=made,
                    document_id=document,
                    measure="killed",
                    who="civilians",
                    low=killed,
                    high=killed,
                    start=start,
                    end=end,
                    date_precision=precision,
                    place=place,
                    perpetrator=perpetrator,
                    weapon=weapon,
                    origin=f"source{document % 300}",
                    is_aggregate=campaign,
                    entities=names if rng.random() < 0.7 else frozenset(),
                )
            )
            if made >= n:
                break


def generate(n: int, seed: int = 0, undated: float = 0.0) -> list[ClaimFacts]:
    """``iter_generate``'s claims as a list."""
    return list(iter_generate(n, seed, undated))


def link_in_memory(claims: list[ClaimFacts], stats: ComponentStats | None = None) -> int:
    """What ``link incidents`` does with pending claims once read: events report by report
    (``link_events``, or with ``stats`` ``link_events_by_component`` as ``link incidents
    --by-component`` does), campaign claims by ``cluster``; the number of incidents formed."""
    info = {
        f.document_id: DocumentInfo(
            key=f"bench:{f.document_id:010d}", published=f.end, names=f.entities
        )
        for f in claims
        if not f.is_aggregate
    }
    events = [f for f in claims if not f.is_aggregate]
    if stats is None:
        _assignments, touched, next_key = link_events(events, {}, {}, info)
    else:
        units, load = in_memory_loader(events, {}, info)
        _assignments, touched, next_key = link_events_by_component(units, load, {}, stats=stats)
    _campaigns, campaigns = cluster([f for f in claims if f.is_aggregate], first_key=next_key)
    return len(touched) + len(campaigns)


def bench_memory(n: int, path: str, undated: float = 0.0) -> tuple[float, float, float, int]:
    """Wall and CPU seconds of linking n claims, the process's peak RSS (MiB), and incidents.

    ``path`` is ``cluster`` (every claim through ``cluster``, the figures of 2026-11-25) or
    ``events`` (the path ``link incidents`` takes, see :func:`link_in_memory`) or
    ``components`` (``link incidents --by-component``; prints its components). Each size runs
    in its own process (see main), so the peak belongs to that size alone; tracemalloc is not
    used because it slows allocation-heavy code several times over. CPU seconds are the
    figure to compare on a shared machine: wall time there includes waiting for a core.
    """
    if path == "stream":
        return bench_stream(n, undated)
    claims = generate(n, undated=undated)
    started, cpu = time.perf_counter(), time.process_time()
    stats = ComponentStats() if path == "components" else None
    incidents = len(cluster(claims)[1]) if path == "cluster" else link_in_memory(claims, stats)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if stats is not None:
        print(
            f"  groups {stats.groups:,}, components {stats.components:,}, largest "
            f"{stats.largest_groups:,} groups, batches {len(stats.batches):,} (largest "
            f"{max(stats.batches, default=0):,} groups, {stats.largest_claims:,} claims), "
            f"keys too wide {stats.too_wide:,}",
            flush=True,
        )
    return elapsed, cpu, peak_mib, incidents


def bench_stream(n: int, undated: float = 0.0) -> tuple[float, float, float, int]:
    """As ``components``, but the event claims are written to a ``FactsStore`` (SQLite, in a
    temporary folder) as they are generated, 20,000 at a time, linking reads them back a batch
    of components at a time, and each batch's events are spilled to a second SQLite file and
    read back numbered, one at a time: no list of every claim, nor of every result, is held.
    Writing the claims is not timed."""
    stats = ComponentStats()
    with tempfile.TemporaryDirectory() as folder:
        store = FactsStore(str(Path(folder) / "facts.sqlite"))
        campaigns: list[ClaimFacts] = []
        chunk: list[ClaimFacts] = []

        def flush() -> None:
            info = {
                f.document_id: DocumentInfo(
                    key=f"bench:{f.document_id:010d}", published=f.end, names=f.entities
                )
                for f in chunk
            }
            store.add(chunk, info)
            chunk.clear()

        for f in iter_generate(n, undated=undated):
            if f.is_aggregate:
                campaigns.append(f)
                continue
            if len(chunk) >= 20_000 and f.document_id != chunk[-1].document_id:
                flush()  # a document's claims stay together
            chunk.append(f)
        if chunk:
            flush()
        started, cpu = time.perf_counter(), time.process_time()
        units, load = store.loader()
        found = find_events_by_component(
            units, load, {}, stats=stats, spill=str(Path(folder) / "found.sqlite")
        )
        events = linked = 0
        for _state, assignments in found.numbered(-1):  # as a caller writing them out would
            events += 1
            linked += len(assignments)
        _campaigns, formed = cluster(campaigns, first_key=found.next_key(-1))
        incidents = events + len(formed)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  groups {stats.groups:,}, components {stats.components:,}, largest "
        f"{stats.largest_groups:,} groups, batches {len(stats.batches):,} (largest "
        f"{max(stats.batches, default=0):,} groups, {stats.largest_claims:,} claims), "
        f"keys too wide {stats.too_wide:,}",
        flush=True,
    )
    return elapsed, cpu, peak_mib, incidents


def bench_ledger(n: int) -> tuple[float, int]:
    from harmledger.config import load_settings
    from harmledger.link.incidents.service import link_incidents
    from harmledger.store.ledger import open_ledger
    from tests.incidents.builders import add_document

    rng = random.Random(1)
    with (
        tempfile.TemporaryDirectory() as folder,
        open_ledger(load_settings(home=Path(folder))) as ledger,
    ):
        for index in range(n // 10):
            day = START + dt.timedelta(days=rng.randrange(730))
            city = rng.randrange(50)
            add_document(
                ledger,
                [
                    {
                        "low": k + 1,
                        "high": k + 1,
                        "period_start": day,
                        "period_end": day,
                        "place": f"user:city{city}",
                        "place_name": f"City {city}",
                        "latitude": 30 + city / 10,
                        "longitude": 35 + city / 10,
                        "quote": f"{k + 1} died near the Market{index % 700}",
                    }
                    for k in range(10)
                ],
            )
        started = time.perf_counter()
        report = link_incidents(ledger)
        return time.perf_counter() - started, report.incidents_created


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--db", action="store_true", help="also time link incidents on SQLite (10^4 claims)"
    )
    parser.add_argument(
        "--path",
        choices=["events", "components", "cluster", "stream"],
        default="events",
        help="events: as link incidents does (default); components: as link incidents "
        "--by-component does; stream: components, the claims written to a SQLite facts store "
        "and read back a batch at a time, the found events spilled to a second file; cluster: "
        "every claim through cluster",
    )
    parser.add_argument(
        "--undated",
        type=float,
        default=0.0,
        help="share of event reports stating no day of their own (default 0)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        n = args.one
        seconds, cpu, peak, incidents = bench_memory(n, args.path, args.undated)
        load = os.getloadavg()[0]
        print(
            f"{n:>10,}  {seconds:8.2f}  {cpu:8.2f}  {n / cpu:9,.0f}  {peak:8.1f}  "
            f"{incidents:>9,}  {load:5.1f}",
            flush=True,
        )
        return
    print(
        f"path {args.path}\n    claims   wall s     CPU s  claims/CPU s  peak RSS MiB"
        "  incidents  load",
        flush=True,
    )
    for n in args.sizes:
        command = [sys.executable, __file__, "--path", args.path, "--one", str(n)]
        command += ["--undated", str(args.undated)]
        subprocess.run(command, check=True)
    if args.db:
        seconds, created = bench_ledger(10_000)
        print(f"link incidents on SQLite, 10,000 claims: {seconds:.2f} s, {created:,} incidents")


if __name__ == "__main__":
    main()
