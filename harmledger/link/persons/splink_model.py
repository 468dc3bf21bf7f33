"""Turning a :class:`LinkageProfile` into Splink comparisons, blocking rules and settings.

Splink is imported lazily through :func:`require_splink`, so ``import harmledger`` and the CLI
stay light and a missing extra is reported as :class:`MissingExtraError` naming
``harmledger[link]``.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from harmledger.errors import MissingExtraError
from harmledger.link.persons.spec import (
    NAME_PAIR_COLUMN,
    NAME_PARTS_COLUMN,
    ComparisonSpec,
    LinkageProfile,
)

if TYPE_CHECKING:
    from splink import SettingsCreator

__all__ = ["build_settings", "require_splink", "rule"]


def require_splink() -> ModuleType:
    """Import Splink (and its DuckDB backend) or raise :class:`MissingExtraError`."""
    try:
        import duckdb  # noqa: F401
        import splink
    except ImportError as error:
        raise MissingExtraError(
            "record linkage needs Splink and DuckDB: pip install 'harmledger[link]'"
        ) from error
    return splink


def rule(columns: tuple[str, ...]) -> Any:
    """A Splink blocking rule requiring every column to be equal (and not null)."""
    return require_splink().block_on(*columns)


#: One record's name read family name first ("Kazzan Nabil Hassan" for "Nabil Hassan Kazzan"):
#: its given name is the other's family name and its next part the other's given name. Lists
#: that write names this way disagree on every positional part, so without this level the
#: given and family comparisons count a true match as two disagreements.
_FAMILY_FIRST = (
    '("given_skel_l" = "family_skel_r" AND "father_skel_l" = "given_skel_r") OR '
    '("given_skel_r" = "family_skel_l" AND "father_skel_r" = "given_skel_l")'
)


def _family_first() -> Any:
    import splink.comparison_level_library as cll

    # written with DuckDB's double-quoted names; Splink translates it for Spark, where double
    # quotes would make string literals and the level would never match
    return cll.CustomLevel(_FAMILY_FIRST, base_dialect_str="duckdb").configure(
        label_for_charts="same, family name first"
    )


def _levels(spec: ComparisonSpec, reordered: bool = False) -> list[Any]:
    require_splink()
    import splink.comparison_level_library as cll

    col = spec.column
    if spec.kind == "name":
        key, skel = f"{col}_key", f"{col}_skel"
        jw = spec.thresholds[0] if spec.thresholds else 0.88
        return [
            cll.NullLevel(key),
            cll.ExactMatchLevel(key, term_frequency_adjustments=spec.tf).configure(
                label_for_charts="same spelling (key)"
            ),
            cll.ExactMatchLevel(skel).configure(label_for_charts="same consonants"),
            cll.DamerauLevenshteinLevel(key, 1).configure(label_for_charts="one edit apart"),
            cll.JaroWinklerLevel(key, jw).configure(label_for_charts=f"Jaro-Winkler >= {jw}"),
            *([_family_first()] if reordered and col in ("given", "family") else []),
            cll.ElseLevel().configure(label_for_charts="different"),
        ]
    if spec.kind == "name_set":
        keys, skels = f"{col}_keys", f"{col}_skels"
        return [
            cll.NullLevel(keys),
            cll.ArrayIntersectLevel(keys, 3).configure(label_for_charts="3+ parts same key"),
            cll.And(cll.ArraySubsetLevel(keys), cll.ArrayIntersectLevel(keys, 2)).configure(
                label_for_charts="all parts of the shorter name, 2+"
            ),
            cll.ArrayIntersectLevel(keys, 2).configure(label_for_charts="2 parts same key"),
            cll.ArraySubsetLevel(keys).configure(label_for_charts="the shorter name's one part"),
            cll.ArrayIntersectLevel(skels, 2).configure(label_for_charts="2 parts same consonants"),
            cll.ArrayIntersectLevel(skels, 1).configure(label_for_charts="1 part same consonants"),
            *(
                [
                    cll.ArrayIntersectLevel(NAME_PARTS_COLUMN, 3).configure(
                        label_for_charts="3+ parts of the whole name, any order"
                    )
                ]
                if reordered
                else []
            ),
            cll.ElseLevel().configure(label_for_charts="no part in common"),
        ]
    if spec.kind == "exact":
        return [
            cll.NullLevel(col),
            cll.ExactMatchLevel(col, term_frequency_adjustments=spec.tf).configure(
                label_for_charts="same"
            ),
            cll.ElseLevel().configure(label_for_charts="different"),
        ]
    if spec.kind == "number":
        levels: list[Any] = [cll.NullLevel(col)]
        for threshold in spec.thresholds:
            level = (
                cll.ExactMatchLevel(col)
                if threshold == 0
                else cll.AbsoluteDifferenceLevel(col, threshold)
            )
            label = "same" if threshold == 0 else f"within {threshold:g}"
            levels.append(level.configure(label_for_charts=label))
        return [*levels, cll.ElseLevel().configure(label_for_charts="further apart")]
    if spec.kind == "date":
        levels = [cll.NullLevel(col)]
        for days in spec.thresholds:
            if days == 0:
                levels.append(cll.ExactMatchLevel(col).configure(label_for_charts="same day"))
            else:
                levels.append(
                    cll.AbsoluteDateDifferenceLevel(
                        col, input_is_string=False, threshold=days, metric="day"
                    ).configure(label_for_charts=f"within {days:g} days")
                )
        return [*levels, cll.ElseLevel().configure(label_for_charts="further apart")]
    if spec.kind == "string":
        levels = [
            cll.NullLevel(col),
            cll.ExactMatchLevel(col, term_frequency_adjustments=spec.tf).configure(
                label_for_charts="same"
            ),
        ]
        for threshold in spec.thresholds:
            levels.append(
                cll.JaroWinklerLevel(col, threshold).configure(
                    label_for_charts=f"Jaro-Winkler >= {threshold}"
                )
            )
        return [*levels, cll.ElseLevel().configure(label_for_charts="different")]
    raise ValueError(f"unknown comparison kind {spec.kind!r}")


def build_settings(profile: LinkageProfile, link_type: str) -> SettingsCreator:
    """Splink settings for ``profile``; ``link_type`` is Splink's (dedupe_only, link_only...)."""
    splink = require_splink()
    import splink.comparison_library as cl

    comparisons = [
        cl.CustomComparison(
            comparison_levels=_levels(spec, profile.reordered_names),
            output_column_name=spec.column,
            comparison_description=spec.title,
        )
        for spec in profile.comparisons
    ]
    return splink.SettingsCreator(
        link_type=link_type,
        comparisons=comparisons,
        blocking_rules_to_generate_predictions=[rule(r) for r in profile.blocking_rules()]
        + (
            [splink.block_on(NAME_PAIR_COLUMN, arrays_to_explode=[NAME_PAIR_COLUMN])]
            if profile.name_pair_blocks
            else []
        ),
        retain_matching_columns=True,  # Splink keeps the gamma (level) columns only with these
        retain_intermediate_calculation_columns=True,
        additional_columns_to_retain=["record_id"],
    )
