"""Linking victim records into persons: the functions the CLI and other stages call.

``link_records`` links records across lists (and within them); ``dedupe`` treats all records as
one list. Both are pure over in-memory records: storage, logging of decisions and review are
the caller's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from harmledger.errors import Invalid
from harmledger.link.persons.engine import Decision, run_linkage
from harmledger.link.persons.frame import feature_frame, record_ids
from harmledger.link.persons.result import LinkageResult
from harmledger.link.persons.spec import VICTIM_PROFILE, LinkageProfile
from harmledger.spark import SparkSettings

if TYPE_CHECKING:
    import pandas as pd

    from harmledger.victims.model import VictimRecord

__all__ = ["dedupe", "feature_frames", "link_records"]


def feature_frames(
    records: Sequence[VictimRecord], by_list: bool = True
) -> dict[str, pd.DataFrame]:
    """Feature rows of ``records`` as pandas frames, one per list (or one named ``records``)."""
    ids = record_ids(records)
    if len(set(ids)) != len(ids):
        twice = next(rid for rid, n in Counter(ids).items() if n > 1)
        raise Invalid(f"record {twice} appears twice in the input")
    if not records:
        return {}
    frame = feature_frame(records, ids)
    if not by_list:
        return {"list_0": frame.drop(columns="source_dataset")}
    lists = frame.pop("source_dataset")
    return {
        f"list_{n}": frame[lists == name].reset_index(drop=True)
        for n, name in enumerate(dict.fromkeys(lists))
    }


def link_records(
    records: Sequence[VictimRecord],
    threshold: float = 0.9,
    lists: Sequence[str] | None = None,
    backend: str = "duckdb",
    seed: int = 0,
    *,
    decisions: Sequence[Decision] = (),
    link_type: str = "link_and_dedupe",
    min_probability: float = 0.2,
    profile: LinkageProfile = VICTIM_PROFILE,
    threads: int | None = None,
    spark: SparkSettings | None = None,
) -> LinkageResult:
    """Link victim records of several lists into persons.

    ``lists`` keeps only records of those lists. ``decisions`` are reviewers' (record id,
    record id, same?) verdicts: "same" pairs train the model's m probabilities and are always
    linked; "different" pairs are never linked directly. ``link_type`` is ``link_and_dedupe``
    (also find duplicates inside a list) or ``link_only`` (only across lists). Pairs scoring at
    least ``threshold`` are linked; pairs from ``min_probability`` up are kept for review.
    """
    if lists is not None:
        wanted = set(lists)
        records = [r for r in records if r.list_name in wanted]
    frames = feature_frames(records, by_list=True)
    if len(frames) < 2:
        return dedupe(
            records,
            threshold,
            backend,
            seed,
            decisions=decisions,
            min_probability=min_probability,
            profile=profile,
            threads=threads,
            spark=spark,
        )
    return run_linkage(
        frames,
        profile,
        link_type=link_type,
        threshold=threshold,
        min_probability=min_probability,
        seed=seed,
        backend=backend,
        decisions=decisions,
        threads=threads,
        spark=spark,
    )


def dedupe(
    records: Sequence[VictimRecord],
    threshold: float = 0.9,
    backend: str = "duckdb",
    seed: int = 0,
    *,
    decisions: Sequence[Decision] = (),
    min_probability: float = 0.2,
    profile: LinkageProfile = VICTIM_PROFILE,
    threads: int | None = None,
    spark: SparkSettings | None = None,
) -> LinkageResult:
    """Find records of the same person among ``records``, whatever list they come from."""
    frames = feature_frames(records, by_list=False)
    if not frames:
        raise Invalid("no records to deduplicate")
    return run_linkage(
        frames,
        profile,
        link_type="dedupe_only",
        threshold=threshold,
        min_probability=min_probability,
        seed=seed,
        backend=backend,
        decisions=decisions,
        threads=threads,
        spark=spark,
    )
