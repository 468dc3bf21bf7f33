"""One linkage run on Splink: train unsupervised, score blocked pairs, cluster into persons.

Training follows Splink's recommended order, every random step seeded, in DuckDB whatever the
backend (it reads bounded samples; Spark, when asked for, scores the blocked pairs):

1. the prior (probability two random records match) from the profile's deterministic rules;
2. u probabilities by random sampling of record pairs (non-matches, overwhelmingly);
3. m probabilities from reviewers' labelled matches, when there are any;
4. m probabilities by expectation maximisation, one pass per training blocking rule (a pass
   cannot learn about the columns it blocks on, so passes block on different columns).

Then the prediction blocking rules generate the pairs to score; the prior is refitted to them
(the deterministic rules' recall is a guess, and a low prior splits people at a fixed
threshold); and pairs at or above the
threshold are clustered into persons where their clusters agree as a whole (reviewers' "same"
decisions join, "different" ones keep apart; see :mod:`harmledger.link.persons.clusters`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from harmledger.errors import ConfigError
from harmledger.link.persons.backends import BACKENDS, make_db_api
from harmledger.link.persons.blocks import with_blocking_columns
from harmledger.link.persons.clusters import merged_clusters
from harmledger.link.persons.result import LinkageResult
from harmledger.link.persons.spec import LinkageProfile
from harmledger.link.persons.splink_model import build_settings, require_splink, rule
from harmledger.spark import SparkSettings

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Decision", "run_linkage"]

logger = logging.getLogger(__name__)

# (record_id_a, record_id_b, True for "same person" / False for "different people")
Decision = tuple[str, str, bool]
_LINK_TYPES = ("dedupe_only", "link_only", "link_and_dedupe")


def _level_labels(model: dict[str, Any]) -> dict[str, dict[int, str]]:
    """comparison -> {gamma value: level label}; Splink numbers non-null levels top-down n-1..0."""
    labels: dict[str, dict[int, str]] = {}
    for comparison in model["comparisons"]:
        levels = [lv for lv in comparison["comparison_levels"] if not lv.get("is_null_level")]
        mapping = {-1: "missing"}
        for index, level in enumerate(levels):
            mapping[len(levels) - 1 - index] = level.get("label_for_charts", "")
        labels[comparison["output_column_name"]] = mapping
    return labels


def _labels_frame(
    frames: Mapping[str, pd.DataFrame], decisions: Sequence[Decision]
) -> pd.DataFrame | None:
    import pandas as pd

    if not any(same for _, _, same in decisions):
        return None
    where: dict[str, tuple[str, int]] = {}
    for table, frame in frames.items():
        for rid, uid in zip(frame["record_id"].tolist(), frame["unique_id"].tolist(), strict=True):
            where[rid] = (table, int(uid))
    rows = []
    for left, right, same in decisions:
        if same and left in where and right in where:
            (tl, ul), (tr, ur) = where[left], where[right]
            rows.append(
                {
                    "source_dataset_l": tl,
                    "unique_id_l": ul,
                    "source_dataset_r": tr,
                    "unique_id_r": ur,
                    "clerical_match_score": 1.0,
                }
            )
    return pd.DataFrame(rows) if rows else None


def _evidence_frame(
    linker: Any, scored: Any, level_labels: dict[str, Any], shift: float, min_probability: float
) -> pd.DataFrame:
    """The pairs at or above ``min_probability`` with, per comparison, its level and weight (the
    term-frequency part folded in); only these leave the database. ``shift`` (bits) moves every
    match weight from the prior Splink scored with to the refitted one."""
    available = {column.unquote().name for column in scored.columns}
    select = [
        "record_id_l",
        "record_id_r",
        "1.0 / (1.0 + pow(2.0, -refitted_weight)) as match_probability",
        "refitted_weight as match_weight",
    ]
    for name in level_labels:
        weight = f"mw_{name}"
        if f"mw_tf_adj_{name}" in available:
            weight = f"mw_{name} + mw_tf_adj_{name}"
        select += [f"gamma_{name}", f"{weight} as mw_{name}"]
    where = ""
    if min_probability > 0:
        cut = math.log2(min_probability / (1 - min_probability)) if min_probability < 1 else 1e9
        where = f" where refitted_weight >= {cut!r}"
    source = f"(select *, match_weight + {shift!r} as refitted_weight from {scored.physical_name})"
    sql = f"select {', '.join(select)} from {source}{where} order by record_id_l, record_id_r"
    return linker.misc.query_sql(sql, "pandas")


def _pairs_considered(frames: Mapping[str, pd.DataFrame], link_type: str) -> float:
    """How many record pairs the prior is a share of, for ``link_type``."""
    sizes = [len(frame) for frame in frames.values()]
    total = sum(sizes)
    across = (total * total - sum(n * n for n in sizes)) / 2
    return across if link_type == "link_only" else total * (total - 1) / 2


def _refit_prior(
    linker: Any,
    scored: Any,
    frames: Mapping[str, pd.DataFrame],
    link_type: str,
    notes: list[str],
) -> float:
    """Refit the prior to the scored pairs; return the shift of every match weight, in bits.

    The deterministic rules' prior assumes they find ``prior_recall`` of all matches; where lists
    spell names differently (Arabic and romanised, family name first) they find far fewer, the
    prior comes out several times too low, every probability is deflated and a fixed threshold
    splits people. With m and u fixed, the prior's maximum likelihood value solves
    ``prior = sum(P(match | pair)) / pairs`` (EM for a mixing weight); pairs outside the
    blocking rules count as non-matches, so the refit errs low by the blocking's recall only.
    """
    import numpy as np

    settings = linker._settings_obj
    prior = float(settings._probability_two_random_records_match)
    frame = linker.misc.query_sql(f"select match_weight from {scored.physical_name}", "pandas")
    weights = frame["match_weight"].to_numpy(dtype=float)
    pairs = _pairs_considered(frames, link_type)
    if len(weights) == 0 or pairs <= 0 or not 0 < prior < 1:
        return 0.0
    base = math.log2(prior / (1 - prior))
    fitted = prior
    for _ in range(200):
        shift = math.log2(fitted / (1 - fitted)) - base
        with np.errstate(over="ignore"):
            expected = float(np.sum(1.0 / (1.0 + np.exp2(-(weights + shift)))))
        new = min(max(expected / pairs, 1e-9), 0.5)
        if abs(new - fitted) <= 1e-6 * fitted:
            fitted = new
            break
        fitted = new
    settings._probability_two_random_records_match = fitted
    notes.append(
        f"prior refitted to the scored pairs: {fitted:.3g} (deterministic rules gave {prior:.3g})"
    )
    return math.log2(fitted / (1 - fitted)) - base


def block_pairs(
    frames: Mapping[str, pd.DataFrame], columns: tuple[str, ...], link_type: str
) -> int:
    """Pairs agreeing on every one of ``columns`` (none missing) that ``link_type`` compares."""
    import pandas as pd

    counts = [
        frame[list(columns)].dropna().value_counts().rename(name)
        for name, frame in frames.items()
        if all(c in frame.columns for c in columns)
    ]
    if not counts:
        return 0
    table = pd.concat(counts, axis=1).fillna(0)
    total = table.sum(axis=1)
    if link_type == "link_only":  # pairs across lists only
        return int(((total * total - (table * table).sum(axis=1)) / 2).sum())
    return int((total * (total - 1) / 2).sum())


def _training_blocks(
    frames: Mapping[str, pd.DataFrame], profile: LinkageProfile, link_type: str
) -> list[tuple[str, ...]]:
    """For each training pass, its tightest alternative whose block holds at least
    ``profile.min_training_pairs`` pairs, else its loosest."""
    chosen = []
    for options in profile.training_alternatives():
        found = next(
            (
                columns
                for columns in options[:-1]
                if block_pairs(frames, columns, link_type) >= profile.min_training_pairs
            ),
            options[-1],
        )
        chosen.append(found)
    return chosen


def _train(
    linker: Any,
    profile: LinkageProfile,
    seed: int,
    notes: list[str],
    blocks: Sequence[tuple[str, ...]],
) -> None:
    splink = require_splink()
    exception = splink.internals.exceptions.SplinkException
    try:
        linker.training.estimate_probability_two_random_records_match(
            [rule(r) for r in profile.prior_rules], recall=profile.prior_recall
        )
    except (exception, ValueError, ZeroDivisionError) as error:
        notes.append(f"prior kept at Splink's default: {error}")
    # With few records the deterministic rules can find no match at all (prior 0) or only
    # matches (prior 1); either makes every match weight infinite. Keep it strictly inside (0, 1).
    settings = linker._settings_obj
    prior = settings._probability_two_random_records_match
    if not 0 < prior < 1:
        settings._probability_two_random_records_match = min(max(prior, 1e-6), 1 - 1e-6)
        notes.append(f"prior {prior} clamped into (0, 1): too few records to estimate it")
    logger.info("prior estimated; estimating u by random sampling")
    linker.training.estimate_u_using_random_sampling(
        max_pairs=profile.u_max_pairs, seed=seed, num_chunks=1
    )
    for columns in blocks:
        logger.info("EM pass blocked on %s", ", ".join(columns))
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule(columns),
                estimate_without_term_frequencies=True,
                max_pairs=profile.em_max_pairs,
            )
        except (exception, ValueError, ZeroDivisionError) as error:
            notes.append(f"EM pass blocked on {', '.join(columns)} skipped: {error}")


def _copy_parameters(source: Any, target: Any) -> None:
    """Give ``target`` the prior and every level's m and u of ``source`` (same profile).

    A saved model cannot move between backends: its SQL is in the trained backend's dialect.
    """
    settings, into = source._settings_obj, target._settings_obj
    into._probability_two_random_records_match = settings._probability_two_random_records_match
    for comparison, other in zip(settings.comparisons, into.comparisons, strict=True):
        for level, same in zip(comparison.comparison_levels, other.comparison_levels, strict=True):
            if level.is_null_level:
                continue
            same.m_probability = level.m_probability
            same.u_probability = level.u_probability


def _floor_m(linker: Any, floor: float) -> None:
    """Raise every level's m probability to at least ``floor``, then rescale each comparison's
    to sum to 1: no single disagreement outweighs everything else a pair agrees on."""
    for comparison in linker._settings_obj.comparisons:
        levels = [lv for lv in comparison.comparison_levels if not lv.is_null_level]
        values = [max(float(lv.m_probability or 0.0), floor) for lv in levels]
        total = sum(values)
        for level, value in zip(levels, values, strict=True):
            level.m_probability = value / total


def run_linkage(
    frames: Mapping[str, pd.DataFrame],
    profile: LinkageProfile,
    *,
    link_type: str,
    threshold: float = 0.9,
    min_probability: float = 0.2,
    seed: int = 0,
    backend: str = "duckdb",
    decisions: Sequence[Decision] = (),
    threads: int | None = None,
    spark: SparkSettings | None = None,
) -> LinkageResult:
    """Link or deduplicate feature frames (one per list; columns ``unique_id``, ``record_id``
    and the profile's columns); see the module docstring for the steps."""
    if link_type not in _LINK_TYPES:
        raise ConfigError(f"unknown link type {link_type!r} (use {', '.join(_LINK_TYPES)})")
    if not 0 < threshold <= 1 or not 0 <= min_probability <= threshold:
        raise ConfigError("need 0 < threshold <= 1 and 0 <= min_probability <= threshold")
    if backend not in BACKENDS:
        raise ConfigError(f"unknown linkage backend {backend!r} (use {' or '.join(BACKENDS)})")
    if link_type != "dedupe_only" and len(frames) < 2:
        raise ConfigError(f"{link_type} needs records from at least two lists")
    splink = require_splink()
    import numpy as np

    frames = with_blocking_columns(frames, profile)
    rows = sum(len(frame) for frame in frames.values())
    notes: list[str] = []

    def new_linker(db_api: Any, settings: Any) -> Any:
        tables = [
            db_api.register(frame, table_name=table, dataset_display_name=table)
            for table, frame in frames.items()
        ]
        return splink.Linker(
            tables if len(tables) > 1 else tables[0], settings, log_level=logging.ERROR
        )

    # Training reads bounded samples (u from at most u_max_pairs, each EM pass from at most
    # em_max_pairs) of frames already in this process, so it runs in DuckDB whatever the
    # backend: on Spark its hundred small jobs (every EM iteration one) cost minutes even for a
    # list of fifty. Spark then scores the blocked pairs, the part that grows with the lists.
    linker = new_linker(make_db_api("duckdb", threads), build_settings(profile, link_type))
    labels = _labels_frame(frames, decisions)
    _train(linker, profile, seed, notes, _training_blocks(frames, profile, link_type))
    if labels is not None:
        table = linker.table_management.register_table(labels, "harmledger_labels", overwrite=True)
        linker.training.estimate_m_from_pairwise_labels(table)
    if profile.m_floor > 0:
        _floor_m(linker, profile.m_floor)
    if backend != "duckdb":
        trained = linker
        linker = new_linker(
            make_db_api(backend, threads, rows=rows, spark=spark),
            build_settings(profile, link_type),
        )
        _copy_parameters(trained, linker)
    logger.info("blocking")
    # The blocked (id, id) pairs are materialised once: counting them is exact and cheap, and
    # predict scores that same table (filtering as it streams: only kept pairs are stored).
    blocked = linker.inference.compute_blocked_pairs_for_predict()
    counted = linker.misc.query_sql(f"select count(*) as n from {blocked.physical_name}", "pandas")
    comparisons_made = int(counted["n"].iloc[0])
    logger.info("scoring %d blocked pairs", comparisons_made)
    scored = linker.inference.predict(warning_mode="never")
    blocked.drop_table_from_database_and_remove_from_cache()
    shift = _refit_prior(linker, scored, frames, link_type, notes) if profile.refit_prior else 0.0
    model = linker.misc.save_model_to_json()
    level_labels = _level_labels(model)
    predictions = _evidence_frame(linker, scored, level_labels, shift, min_probability)
    scored.drop_table_from_database_and_remove_from_cache()

    logger.info("%d pairs scored, %d kept; clustering", comparisons_made, len(predictions))
    record_ids = [rid for frame in frames.values() for rid in frame["record_id"].tolist()]
    index = {rid: i for i, rid in enumerate(record_ids)}
    same: list[tuple[int, int]] = []
    different: list[tuple[int, int]] = []
    for left, right, is_same in decisions:
        if left in index and right in index:
            (same if is_same else different).append((index[left], index[right]))
    clusters = merged_clusters(
        record_ids,
        predictions["record_id_l"].map(index).to_numpy(dtype=np.int64),
        predictions["record_id_r"].map(index).to_numpy(dtype=np.int64),
        predictions["match_probability"].to_numpy(dtype=float),
        threshold,
        same=same,
        different=different,
        unscored=profile.unscored_probability,
    )
    return LinkageResult(
        predictions=predictions,
        clusters=clusters,
        threshold=threshold,
        min_probability=min_probability,
        comparisons_made=comparisons_made,
        level_labels=level_labels,
        model=model,
        notes=notes,
    )
