"""Measuring linkage against lists with known answers (read from ``../shared/eval`` at run time).

Three sets, each scored as precision / recall / F1 of links, each figure with its definition:

* Airwars' named victims linked to the Gaza Ministry of Health list (gold: Airwars' ``moh_id``);
  run through :func:`link_records` on :class:`VictimRecord` objects, as users' lists would be.
* FEBRL 4a <-> 4b (gold: the number in ``rec_id``), synthetic person records with typos.
* Splink's historical figures with errors (gold: ``cluster``), a deduplication.

FEBRL and the historical figures are not victim lists, so they use their own profiles built
from the same comparison kinds and the same name keys; only the engine is shared.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harmledger.link.persons.api import link_records
from harmledger.link.persons.engine import run_linkage
from harmledger.link.persons.spec import ComparisonSpec, LinkageProfile
from harmledger.names import name_key, skeleton
from harmledger.victims.model import VictimRecord

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["LinkageScore", "eval_airwars_moh", "eval_febrl4", "eval_historical_figures"]


@dataclass(frozen=True)
class LinkageScore:
    """Precision, recall and F1 of links on one dataset, with what they count."""

    dataset: str
    definition: str
    true_positives: int
    predicted: int
    gold: int
    seconds: float
    comparisons_made: int
    extra: str = ""

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [
            {k.strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)
        ]


def eval_airwars_moh(data: Path, threshold: float = 0.9, seed: int = 0) -> LinkageScore:
    """Airwars victims -> MoH list; each Airwars record's best link at or above the threshold."""
    start = time.perf_counter()
    airwars_rows = _read_csv(data / "airwars_gaza" / "victims.csv")
    moh_rows = _read_csv(data / "gaza_moh" / "20240921killed-in-gaza.csv")
    records: list[VictimRecord] = []
    gold: dict[str, str] = {}
    moh_ids = {row["id"] for row in moh_rows}
    for row in airwars_rows:
        key = f"{row['incident_id']}-{row['victim_id']}"
        family = f"{row['incident_id']}-{row['family_id']}" if row["family_id"] else None
        killed = row["killed_or_injured"] == "k"
        fields = {
            "list_name": "airwars", "record_key": key, "name": row["name_ar"],
            "name_latin": row["name_en"], "age": row["age_years"], "age_band": row["age_group"],
            "sex": row["gender"], "incident_ref": row["incident_id"], "family_group": family,
            "date_of_death": row["incident_date"] if killed else None,
        }  # fmt: skip
        records.append(VictimRecord.model_validate(fields))
        if row["moh_id"] in moh_ids:
            gold[f"airwars:{key}"] = f"moh:{row['moh_id']}"
    for row in moh_rows:
        fields = {
            "list_name": "moh", "record_key": row["id"], "name": row["name"],
            "name_latin": row["en_name"], "age": row["age"], "date_of_birth": row["dob"],
            "sex": row["sex"],
        }  # fmt: skip
        records.append(VictimRecord.model_validate(fields))
    result = link_records(records, threshold=threshold, seed=seed, link_type="link_only")
    links = result.best_links("airwars:")
    linked = {
        mine: (p.record_id_r if p.record_id_l == mine else p.record_id_l)
        for mine, p in links.items()
    }
    predicted = [m for m in linked if m in gold]
    correct = sum(1 for m in predicted if linked[m] == gold[m])
    outside = sum(1 for m in linked if m not in gold)
    return LinkageScore(
        dataset="Airwars named victims -> Gaza MoH list (2024-09-21)",
        definition=(
            "over Airwars victims whose moh_id is in the MoH list; predicted = those given a "
            f"best MoH link with probability >= {threshold}; precision = correct links / "
            "predicted, recall = correct links / victims with a moh_id"
        ),
        true_positives=correct,
        predicted=len(predicted),
        gold=len(gold),
        seconds=time.perf_counter() - start,
        comparisons_made=result.comparisons_made,
        extra=f"{outside} links proposed for Airwars victims without a moh_id (not scored)",
    )


def _name_columns(frame: pd.DataFrame, source: str, prefix: str) -> None:
    values = frame[source].fillna("").astype(str)
    frame[f"{prefix}_key"] = [name_key(v) or None for v in values]
    frame[f"{prefix}_skel"] = [skeleton(v) or None for v in values]


FEBRL_PROFILE = LinkageProfile(
    comparisons=(
        ComparisonSpec("given", "name", (0.88,), tf=True, label="given name"),
        ComparisonSpec("surname", "name", (0.88,), tf=True),
        ComparisonSpec("date_of_birth", "string", (0.9, 0.8), label="date of birth"),
        ComparisonSpec("soc_sec_id", "string", (0.9, 0.8), label="social security id"),
        ComparisonSpec("street_number", "exact", label="street number"),
        ComparisonSpec("address_1", "string", (0.9, 0.8), label="address"),
        ComparisonSpec("suburb", "string", (0.9,), tf=True),
        ComparisonSpec("postcode", "exact", tf=True),
        ComparisonSpec("state", "exact"),
    ),
    blocking=(
        ("given_skel", "surname_skel"),
        ("date_of_birth",),
        ("soc_sec_id",),
        ("postcode", "street_number"),
        ("surname_key", "suburb"),
        ("given_key", "postcode"),
    ),
    training=(("date_of_birth",), ("surname_key", "given_key"), ("postcode",)),
    prior_rules=(("soc_sec_id",), ("given_key", "surname_key", "date_of_birth")),
    prior_recall=0.8,
)


def eval_febrl4(data: Path, threshold: float = 0.9, seed: int = 0) -> LinkageScore:
    """FEBRL 4a <-> 4b: every pair at or above the threshold is a predicted link."""
    import pandas as pd

    start = time.perf_counter()
    frames: dict[str, pd.DataFrame] = {}
    offset = 0
    for part in ("a", "b"):
        frame = pd.read_csv(
            data / "linkage" / f"febrl_dataset4{part}.csv",
            dtype=str,
            skipinitialspace=True,
            keep_default_na=False,
        )
        frame.columns = [c.strip() for c in frame.columns]
        frame = frame.map(lambda v: v.strip() or None)
        frame["unique_id"] = range(offset, offset + len(frame))
        offset += len(frame)
        frame["record_id"] = frame["rec_id"]
        _name_columns(frame, "given_name", "given")
        _name_columns(frame, "surname", "surname")
        frames[f"febrl4{part}"] = frame
    result = run_linkage(
        frames, FEBRL_PROFILE, link_type="link_only", threshold=threshold, seed=seed
    )
    linked = result.predictions[result.predictions["match_probability"] >= threshold]
    number = {rid: rid.split("-")[1] for frame in frames.values() for rid in frame["record_id"]}
    correct = sum(
        number[a] == number[b]
        for a, b in zip(linked["record_id_l"], linked["record_id_r"], strict=True)
    )
    gold = len(
        set(frames["febrl4a"]["record_id"].map(number))
        & set(frames["febrl4b"]["record_id"].map(number))
    )
    return LinkageScore(
        dataset="FEBRL 4a <-> 4b",
        definition=(
            f"pairs (4a record, 4b record) with probability >= {threshold}; a pair is correct "
            "when both rec_ids carry the same number; gold = numbers present in both files"
        ),
        true_positives=int(correct),
        predicted=len(linked),
        gold=gold,
        seconds=time.perf_counter() - start,
        comparisons_made=result.comparisons_made,
    )


HISTORICAL_PROFILE = LinkageProfile(
    comparisons=(
        ComparisonSpec("first", "name", (0.88,), tf=True, label="first name"),
        ComparisonSpec("surname", "name", (0.88,), tf=True),
        ComparisonSpec("dob", "date", (0, 31, 366, 3653), label="date of birth"),
        ComparisonSpec("birth_place", "string", (0.9,), tf=True, label="birth place"),
        ComparisonSpec("postcode_fake", "string", (0.9, 0.8), label="postcode"),
        ComparisonSpec("gender", "exact"),
        ComparisonSpec("occupation", "exact", tf=True),
    ),
    blocking=(
        ("first_key", "surname_key"),
        ("surname_skel", "dob"),
        ("first_skel", "dob"),
        ("postcode_fake",),
        ("dob", "birth_place"),
        ("surname_key", "birth_place"),
    ),
    training=(("first_key", "surname_key"), ("dob",), ("postcode_fake",)),
    prior_rules=(("first_key", "surname_key", "dob"), ("dob", "postcode_fake")),
    prior_recall=0.6,
    # About eleven noisy records per figure, and the blocking brings few of their pairs
    # together: a pair never scored says nothing against a merge here (F1 0.75 at 0.001).
    unscored_probability=0.9,
)


def _iso_date(value: object) -> date | None:
    """An ISO date of any century (the figures reach back to antiquity), else None."""
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _pairs_within(sizes: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def eval_historical_figures(
    data: Path, threshold: float = 0.9, seed: int = 0, sample: int | None = None
) -> LinkageScore:
    """Deduplicate the historical figures; score pairs inside predicted vs gold clusters.

    ``sample`` keeps that many gold clusters (chosen with ``seed``), all their records.
    """
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_parquet(data / "linkage" / "historical_figures_with_errors_50k.parquet")
    if sample is not None:
        clusters = pd.Series(frame["cluster"].unique()).sample(n=sample, random_state=seed)
        frame = frame[frame["cluster"].isin(set(clusters))]
    frame = frame.reset_index(drop=True)
    frame["record_id"] = frame["unique_id"].astype(str)
    frame["unique_id"] = range(len(frame))
    _name_columns(frame, "first_name", "first")
    _name_columns(frame, "surname", "surname")
    frame["dob"] = [_iso_date(v) for v in frame["dob"]]
    result = run_linkage(
        {"figures": frame},
        HISTORICAL_PROFILE,
        link_type="dedupe_only",
        threshold=threshold,
        seed=seed,
    )
    gold_of = dict(zip(frame["record_id"], frame["cluster"], strict=True))
    person_of = result.person_of
    both = Counter((person_of[r], gold_of[r]) for r in frame["record_id"])
    predicted = Counter(person_of[r] for r in frame["record_id"])
    gold = Counter(gold_of.values())
    return LinkageScore(
        dataset="Splink historical figures with errors"
        + (f" ({sample} clusters sampled, seed {seed})" if sample else " (all 50,578 records)"),
        definition=(
            "pairs of records in the same person after clustering pairs with probability >= "
            f"{threshold}; correct when also in the same gold cluster"
        ),
        true_positives=_pairs_within(both),
        predicted=_pairs_within(predicted),
        gold=_pairs_within(gold),
        seconds=time.perf_counter() - start,
        comparisons_made=result.comparisons_made,
    )
