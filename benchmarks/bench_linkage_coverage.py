"""Coverage study with linkage error: do estimates still hold the truth when person linkage errs?

Run:  .venv/bin/python benchmarks/bench_linkage_coverage.py [--replicates 30] [--draws 30]

For a population of known size, three lists record people independently; each record gets an
id, and a linker's pair scores are simulated: most true pairs (one person on two lists) score
high, some are unsure (a spelling the linker cannot reconcile), and namesake pairs of two
different people mostly score low, some unsure; scores are then calibrated (each score bin's
share of true pairs), as a linker's match probabilities should be. Three ways to estimate:

- *oracle*: the true persons (what no one has; the estimator's own coverage);
- *as certain*: pairs at probability >= 0.5 linked, the result taken as true (one clustering);
- *over draws*: clusterings drawn from the pair probabilities and the estimates pooled
  (``estimate_over_linkages``, what ``harmledger estimate persons`` does by default).

It prints, per scenario and way, the share of replicates whose 95% interval holds the true
total, the median estimate / truth, and the median interval width / truth.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from harmledger.estimate import CaptureTable, estimate
from harmledger.estimate.linkage import estimate_over_linkages
from harmledger.link.persons.clusters import connected_components
from harmledger.link.persons.draws import draw_clusterings

LISTS = ("A", "B", "C")


@dataclass(frozen=True)
class Scenario:
    label: str
    size: int
    capture: tuple[float, ...]
    unsure_true: float  # share of true pairs the linker is unsure about
    namesakes: float  # namesake pairs of different people, per person
    unsure_false: float  # share of namesake pairs the linker is unsure about


SCENARIOS = (
    Scenario("clean linkage", 2_000, (0.35, 0.3, 0.4), 0.02, 0.2, 0.02),
    Scenario("ambiguous, few namesakes", 2_000, (0.35, 0.3, 0.4), 0.3, 0.3, 0.3),
    Scenario("ambiguous, many namesakes", 2_000, (0.35, 0.3, 0.4), 0.3, 1.0, 0.3),
)


def simulate(scenario: Scenario, rng: np.random.Generator):  # type: ignore[no-untyped-def]
    """Records, scored pairs and the true persons of one replicate."""
    on = rng.random((scenario.size, len(LISTS))) < np.asarray(scenario.capture)
    records: list[str] = []
    truth: dict[str, tuple[str, ...]] = {}
    for person, row in enumerate(on):
        mine = tuple(f"{LISTS[j]}:{person}" for j in np.flatnonzero(row))
        if mine:
            records.extend(mine)
            truth[str(person)] = mine
    pairs: list[tuple[str, str, float]] = []
    for mine in truth.values():
        for i in range(len(mine)):
            for k in range(i + 1, len(mine)):
                unsure = rng.random() < scenario.unsure_true
                chance = rng.uniform(0.2, 0.8) if unsure else rng.uniform(0.85, 1.0)
                pairs.append((mine[i], mine[k], float(chance)))
    by_list = {name: [r for r in records if r.startswith(name + ":")] for name in LISTS}
    for _ in range(int(scenario.namesakes * scenario.size)):
        first, second = rng.choice(len(LISTS), size=2, replace=False)
        a = by_list[LISTS[first]][rng.integers(len(by_list[LISTS[first]]))]
        b = by_list[LISTS[second]][rng.integers(len(by_list[LISTS[second]]))]
        if a.split(":")[1] == b.split(":")[1]:
            continue  # the same person: not a namesake
        unsure = rng.random() < scenario.unsure_false
        chance = rng.uniform(0.2, 0.8) if unsure else rng.uniform(0.0, 0.15)
        pairs.append((a, b, float(chance)))
    return records, calibrated(pairs), truth


def calibrated(pairs: list[tuple[str, str, float]], bins: int = 20) -> list[tuple[str, str, float]]:
    """Scores turned into calibrated probabilities: each score bin's share of true pairs.

    The draws take a pair's probability at its word, so the study gives them what a
    well-calibrated linker would (Fellegi-Sunter with the right m, u and prior): a raw score
    that is high for every true pair but never 1 would otherwise split people in every draw.
    """
    same = [a.split(":")[1] == b.split(":")[1] for a, b, _ in pairs]
    slot = [min(int(score * bins), bins - 1) for _, _, score in pairs]
    hits, totals = [0] * bins, [0] * bins
    for index, true in zip(slot, same, strict=True):
        hits[index] += true
        totals[index] += 1
    return [
        (a, b, hits[index] / totals[index]) for (a, b, _), index in zip(pairs, slot, strict=True)
    ]


def table_of(clustering: dict[str, tuple[str, ...]]) -> CaptureTable:
    return CaptureTable.from_memberships(
        ({rid.split(":")[0] for rid in members} for members in clustering.values()), LISTS
    )


def replicate(scenario: Scenario, seed: int, method: str, draws: int) -> dict[str, tuple]:  # type: ignore[type-arg]
    rng = np.random.default_rng(seed)
    records, pairs, truth = simulate(scenario, rng)
    linked = [(a, b) for a, b, p in pairs if p >= 0.5]
    index = {rid: i for i, rid in enumerate(records)}
    certain_clusters = connected_components(
        records,
        np.asarray([index[a] for a, _ in linked], dtype=np.int64),
        np.asarray([index[b] for _, b in linked], dtype=np.int64),
    )
    oracle = estimate(table_of(truth), method)
    certain = estimate(table_of(certain_clusters), method)
    tables = [table_of(c) for c in draw_clusterings(records, pairs, draws=draws, seed=seed)]
    pooled = estimate_over_linkages(tables, method)
    return {
        name: (r.estimate, r.lower, r.upper)
        for name, r in (("oracle", oracle), ("as certain", certain), ("over draws", pooled))
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicates", type=int, default=30)
    parser.add_argument("--draws", type=int, default=30, help="linkage draws per replicate")
    parser.add_argument("--method", default="loglinear", help="estimator (default loglinear)")
    args = parser.parse_args(argv)
    print(
        f"Coverage with linkage error: {args.replicates} replicates, {args.draws} draws, "
        f"{args.method}, 3 independent lists"
    )
    print(f"{'scenario':30} {'way':12} {'coverage':>9} {'est/N':>7} {'width/N':>8}")
    for scenario in SCENARIOS:
        rows = [
            replicate(scenario, 5_000 + r, args.method, args.draws) for r in range(args.replicates)
        ]
        for way in ("oracle", "as certain", "over draws"):
            figures = [row[way] for row in rows]
            size = scenario.size
            hits = sum(lo <= size <= hi for _, lo, hi in figures) / len(figures)
            ratio = statistics.median(est / size for est, _, _ in figures)
            width = statistics.median((hi - lo) / size for _, lo, hi in figures)
            print(f"{scenario.label:30} {way:12} {hits:9.0%} {ratio:7.3f} {width:8.3f}", flush=True)


if __name__ == "__main__":
    main()
