"""What a linkage run returns: scored pairs with their evidence, and persons.

Every pair keeps, per comparison, the level it fell in (e.g. "family name: same consonants")
and that level's match weight (log2 Bayes factor), so a reviewer can see *why* two records were
linked and the lead's ``persons show`` can print it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Evidence", "LinkageResult", "PairPrediction"]


@dataclass(frozen=True)
class Evidence:
    """How one comparison judged a pair: its level and the match weight that level carries."""

    comparison: str
    level: str
    match_weight: float


@dataclass(frozen=True)
class PairPrediction:
    """Two records, the probability they are the same person, and the evidence."""

    record_id_l: str
    record_id_r: str
    probability: float
    match_weight: float
    evidence: tuple[Evidence, ...]


@dataclass
class LinkageResult:
    """Scored pairs (``predictions``, one row per pair kept) and persons (``clusters``).

    ``predictions`` columns: ``record_id_l``, ``record_id_r``, ``match_probability``,
    ``match_weight``, and per comparison ``gamma_<name>`` (level index) and ``mw_<name>``
    (weight). Pairs below ``min_probability`` are not kept. ``clusters`` maps a stable person
    id to its record ids; every input record is in exactly one person. ``comparisons_made`` is
    the number of pairs the blocking rules generated and the model scored.
    """

    predictions: pd.DataFrame
    clusters: dict[str, tuple[str, ...]]
    threshold: float
    min_probability: float
    comparisons_made: int
    level_labels: dict[str, dict[int, str]]
    model: dict[str, Any] = field(repr=False)
    notes: list[str] = field(default_factory=list)

    @property
    def person_of(self) -> dict[str, str]:
        """record id -> person id."""
        return {rid: pid for pid, members in self.clusters.items() for rid in members}

    def _pair(self, row: Any) -> PairPrediction:
        evidence = tuple(
            Evidence(
                comparison=name,
                level=labels.get(int(getattr(row, f"gamma_{name}")), "?"),
                match_weight=float(getattr(row, f"mw_{name}")),
            )
            for name, labels in self.level_labels.items()
        )
        return PairPrediction(
            record_id_l=str(row.record_id_l),
            record_id_r=str(row.record_id_r),
            probability=float(row.match_probability),
            match_weight=float(row.match_weight),
            evidence=evidence,
        )

    def pairs(self, min_probability: float | None = None) -> Iterator[PairPrediction]:
        """Scored pairs at or above ``min_probability`` (default: all kept), best first."""
        frame = self.predictions
        if min_probability is not None:
            frame = frame[frame["match_probability"] >= min_probability]
        # stable: equal probabilities keep the record-id order, so ties break the same way
        # whatever else was scored
        ordered = frame.sort_values("match_probability", ascending=False, kind="stable")
        for row in ordered.itertuples():
            yield self._pair(row)

    def uncertain_pairs(self, low: float = 0.5, high: float | None = None) -> list[PairPrediction]:
        """Pairs a clerk should review: probability in ``[low, high)`` (high: the threshold)."""
        high = self.threshold if high is None else high
        probability = self.predictions["match_probability"]
        frame = self.predictions[(probability >= low) & (probability < high)]
        return [self._pair(row) for row in frame.itertuples()]

    def best_links(self, from_list_prefix: str) -> dict[str, PairPrediction]:
        """For each record whose id starts with ``from_list_prefix``, its best pair at or above
        the threshold with a record of another list (for linking a list to a reference list)."""
        best: dict[str, PairPrediction] = {}
        for pair in self.pairs(self.threshold):
            for mine, other in (
                (pair.record_id_l, pair.record_id_r),
                (pair.record_id_r, pair.record_id_l),
            ):
                if (
                    mine.startswith(from_list_prefix)
                    and not other.startswith(from_list_prefix)
                    and mine not in best
                ):
                    best[mine] = pair
        return best
