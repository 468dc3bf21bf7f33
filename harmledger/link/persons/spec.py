"""What a linkage model compares, how it blocks and how it trains, as plain data.

A :class:`LinkageProfile` names its comparisons, blocking rules and training passes without
importing Splink, so profiles can be read, tested and documented on their own; the
:mod:`harmledger.link.persons.splink_model` module turns one into Splink objects.

The victim profile compares name parts through their script-independent keys (see
:mod:`harmledger.names.translit`), age, dates, sex, place and family group. Its blocking rules
require two agreeing name parts, or one name part plus age, so the number of comparisons grows
with the size of name-and-age groups, not with the square of the list. Each rule holds at
least two fields that vary a lot, so that a common given name ("Mohammed") or a common family
never makes one huge block on its own.
"""

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["VICTIM_PROFILE", "ComparisonSpec", "LinkageProfile"]

Kind = Literal["name", "name_set", "exact", "number", "date", "string"]


@dataclass(frozen=True)
class ComparisonSpec:
    """One comparison of a linkage model.

    ``name``: a name part with columns ``{column}_key`` and ``{column}_skel`` (exact key, same
    consonants, one edit, Jaro-Winkler >= ``thresholds[0]``). ``name_set``: name parts in any
    order, columns ``{column}_keys`` and ``{column}_skels`` (arrays of part keys; levels by how
    many parts agree and whether all parts of the shorter name are found in the longer).
    ``exact``: equal or not.
    ``number``: absolute difference within each of ``thresholds``. ``date``: days apart within
    each of ``thresholds``. ``string``: exact, then Jaro-Winkler >= each of ``thresholds``.
    ``tf``: adjust the exact level for how common the value is (a shared "Mohammed" says less
    than a shared rare name).
    """

    column: str
    kind: Kind
    thresholds: tuple[float, ...] = ()
    tf: bool = False
    label: str = ""

    @property
    def title(self) -> str:
        return self.label or self.column.replace("_", " ")


@dataclass(frozen=True)
class LinkageProfile:
    """Comparisons, prediction blocking rules, EM training passes and the prior's rules.

    Blocking and training rules are tuples of columns that must be equal. ``prior_rules`` and
    ``prior_recall`` estimate the probability that two random records match (Splink's
    deterministic-rules estimate): pairs agreeing on every column of a rule are taken as
    matches, found with the given recall.
    """

    comparisons: tuple[ComparisonSpec, ...]
    blocking: tuple[tuple[str, ...], ...]
    training: tuple[tuple[str, ...], ...]
    prior_rules: tuple[tuple[str, ...], ...]
    prior_recall: float = 0.7
    u_max_pairs: float = 1e6
    em_max_pairs: float | None = 2e6
    extra_columns: tuple[str, ...] = field(default_factory=tuple)

    def columns(self) -> list[str]:
        """Input columns the profile reads, besides ``unique_id`` and ``source_dataset``."""
        out: list[str] = []
        for spec in self.comparisons:
            if spec.kind == "name":
                out += [f"{spec.column}_key", f"{spec.column}_skel"]
            elif spec.kind == "name_set":
                out += [f"{spec.column}_keys", f"{spec.column}_skels"]
            else:
                out.append(spec.column)
        for rule in (*self.blocking, *self.training, *self.prior_rules):
            out += list(rule)
        out += list(self.extra_columns)
        return list(dict.fromkeys(out))


VICTIM_PROFILE = LinkageProfile(
    comparisons=(
        ComparisonSpec("given", "name", (0.88,), tf=True, label="given name"),
        ComparisonSpec("family", "name", (0.88,), tf=True, label="family name"),
        ComparisonSpec("other", "name_set", label="other name parts"),
        ComparisonSpec("age", "number", (0, 1, 3, 8)),
        ComparisonSpec("sex", "exact"),
        ComparisonSpec("date_of_birth", "date", (0, 31, 366), label="date of birth"),
        ComparisonSpec("date_of_death", "date", (0, 3, 31), label="date of death"),
        ComparisonSpec("place", "string", (0.9,), label="place of death"),
        ComparisonSpec("family_group", "exact", label="family group"),
    ),
    blocking=(
        ("given_key", "family_key"),
        ("given_skel", "family_skel", "sex"),
        ("family_key", "father_key"),
        ("given_key", "father_key", "grandfather_key"),
        ("given_key", "family_skel", "age"),
        ("family_key", "age", "sex"),
        ("father_key", "grandfather_key", "family_key"),
    ),
    training=(
        ("given_key", "family_key"),
        ("age", "sex", "father_key", "family_key"),
        ("given_key", "age", "father_key"),
    ),
    prior_rules=(
        ("given_key", "father_key", "family_key", "age"),
        ("given_key", "father_key", "grandfather_key", "family_key"),
    ),
)
