"""Linking victim records into persons: the functions the CLI and other stages call.

``link_records`` links records across lists (and within them); ``dedupe`` treats all records as
one list. Both are pure over in-memory records: storage, logging of decisions and review are
the caller's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from harmledger.errors import InputError
from harmledger.link.persons.engine import Decision, run_linkage
from harmledger.link.persons.features import FEATURE_COLUMNS, record_features
from harmledger.link.persons.result import LinkageResult
from harmledger.link.persons.spec import VICTIM_PROFILE, LinkageProfile

if TYPE_CHECKING:
    import pandas as pd

    from harmledger.victims.model import VictimRecord

__all__ = ["dedupe", "feature_frames", "link_records"]


def feature_frames(
    records: Sequence[VictimRecord], by_list: bool = True
) -> dict[str, pd.DataFrame]:
    """Feature rows of ``records`` as pandas frames, one per list (or one named ``records``)."""
    import pandas as pd

    seen: set[str] = set()
    grouped: dict[str, list[dict[str, object]]] = {}
    for i, record in enumerate(records):
        if record.record_id in seen:
            raise InputError(f"record {record.record_id} appears twice in the input")
        seen.add(record.record_id)
        table = record.list_name if by_list else "records"
        grouped.setdefault(table, []).append(record_features(record, i))
    frames: dict[str, pd.DataFrame] = {}
    for n, rows in enumerate(grouped.values()):
        frame = pd.DataFrame(rows, columns=list(FEATURE_COLUMNS)).drop(columns="source_dataset")
        frame["age"] = frame["age"].astype("Int64")
        for column in ("date_of_birth", "date_of_death"):
            # a typed column even when a list has no dates at all (DuckDB cannot type NULL)
            frame[column] = pd.to_datetime(frame[column])
        frames[f"list_{n}"] = frame
    return frames


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
) -> LinkageResult:
    """Find records of the same person among ``records``, whatever list they come from."""
    frames = feature_frames(records, by_list=False)
    if not frames:
        raise InputError("no records to deduplicate")
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
    )
