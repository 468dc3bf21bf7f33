"""Benchmark: deduplicate generated victim records with harmledger's Splink linkage.

Records are invented (:mod:`harmledger.link.persons.synthetic`): Arabic four-part names,
Latin two- or three-part romanisations, Arabic respellings, typos, swapped parts, missing ages,
sexes and dates. The run reports wall time per phase, peak memory (max RSS of this process,
which includes DuckDB), pairs scored and pairwise precision / recall against the truth.

    .venv/bin/python benchmarks/bench_linkage.py --records 100000
    .venv/bin/python benchmarks/bench_linkage.py --records 1000000 --threads 2
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from collections import Counter


def _pairs(sizes: Counter[object]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _progress(message: str) -> None:
    print(
        f"[{time.strftime('%H:%M:%S')}] {message} (peak RSS so far {_rss_mib():,.0f} MiB)",
        file=sys.stderr,
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000, help="about this many records")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--threads", type=int, default=None, help="DuckDB threads")
    args = parser.parse_args()

    import logging

    from harmledger.link.persons import VICTIM_PROFILE, feature_frames, run_linkage

    logging.basicConfig(format="[%(asctime)s] %(message)s", datefmt="%H:%M:%S")
    logging.getLogger("harmledger").setLevel(logging.INFO)
    from harmledger.link.persons.synthetic import synthetic_lists

    people = max(1, round(args.records / 1.9))
    load_before = os.getloadavg()
    start = time.perf_counter()
    records, truth = synthetic_lists(people, seed=args.seed)
    generated = time.perf_counter()
    _progress(f"generated {len(records):,} records in {generated - start:.1f} s")
    frames = feature_frames(records, by_list=False)
    featured = time.perf_counter()
    _progress(f"features in {featured - generated:.1f} s")
    result = run_linkage(
        frames,
        VICTIM_PROFILE,
        link_type="dedupe_only",
        threshold=args.threshold,
        seed=args.seed,
        threads=args.threads,
    )
    linked = time.perf_counter()

    gold = {rid: p.person for p in truth for rid in p.record_ids}
    person_of = result.person_of
    tp = _pairs(Counter((person_of[r], gold[r]) for r in gold))
    predicted = _pairs(Counter(person_of[r] for r in gold))
    actual = _pairs(Counter(gold.values()))
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    peak_mib = _rss_mib()
    load_after = os.getloadavg()

    print(
        f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    print(f"records: {len(records):,} ({people:,} invented people)")
    print(f"generate records:     {generated - start:8.1f} s")
    print(f"features (names):     {featured - generated:8.1f} s")
    print(f"splink train+predict+cluster: {linked - featured:8.1f} s")
    print(f"dedupe total (features + splink): {linked - generated:8.1f} s")
    print(f"pairs scored (after blocking): {result.comparisons_made:,}")
    print(f"pairs kept (p >= {result.min_probability}): {len(result.predictions):,}")
    print(f"persons: {len(result.clusters):,} (truth: {len(truth):,})")
    print(
        f"pairwise precision {precision:.4f} recall {recall:.4f} F1 {f1:.4f} "
        f"at threshold {args.threshold}"
    )
    print(f"peak memory (max RSS): {peak_mib:,.0f} MiB")
    before, after = (" ".join(f"{x:.2f}" for x in load) for load in (load_before, load_after))
    print(f"load average (1/5/15 min) before: {before}, after: {after}")
    for note in result.notes:
        print(f"note: {note}")


if __name__ == "__main__":
    main()
