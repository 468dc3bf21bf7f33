"""Benchmark: CPU time of the person feature columns (names split and keyed) of generated records.

The machine this runs on is often shared, so the figure is process CPU time
(``time.process_time``) of :func:`harmledger.link.persons.feature_frames` alone, in a fresh
process (the name caches start cold, as in a real run); wall time and the load average are
printed beside it. Records come from :func:`harmledger.link.persons.synthetic.synthetic_lists`.

    .venv/bin/python benchmarks/bench_name_features.py --records 1000000
"""

from __future__ import annotations

import argparse
import os
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000, help="about this many records")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", help="write a cProfile of the feature step to this file")
    args = parser.parse_args()

    from harmledger.link.persons import feature_frames
    from harmledger.link.persons.synthetic import synthetic_lists

    records, _ = synthetic_lists(max(1, round(args.records / 1.9)), seed=args.seed)
    load = os.getloadavg()[0]
    if args.profile:
        import cProfile

        cProfile.runctx("feature_frames(records, by_list=False)", globals(), locals(), args.profile)
        return
    cpu, wall = time.process_time(), time.perf_counter()
    feature_frames(records, by_list=False)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(
        f"records={len(records)} cpu_s={cpu:.2f} wall_s={wall:.2f} "
        f"load_before={load:.1f} load_after={os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
