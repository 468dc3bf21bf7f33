"""What a linkage model compares, how it blocks and how it trains, as plain data.

A :class:`LinkageProfile` names its comparisons, blocking rules and training passes without
importing Splink, so profiles can be read, tested and documented on their own; the
:mod:`harmledger.link.persons.splink_model` module turns one into Splink objects.

The victim profile compares name parts through their script-independent keys (see
:mod:`harmledger.names.translit`), age, dates, sex, place and family group. Each of its blocking
rules asks for three agreeing name parts; or two, plus an age within a year or a date of death
within a day; or family name, date of death and age within a year. The name parts of each rule
already make small groups on their own; the age or date splits them further.

In a large list from one population, "Mohammed al-Najjar" is shared by hundreds of people: a
pair agreeing on given and family name alone cannot reach the threshold there, and scoring every
such pair made the number of comparisons grow with the square of the list. Such pairs are scored
only where the names are rare (``small_blocks``, see :mod:`harmledger.link.persons.blocks`).
"Within one" (not equality) for age and date keeps the off-by-one ages and dates lists disagree
on.
"""

from dataclasses import dataclass, field
from itertools import product
from typing import Literal, cast

__all__ = [
    "VICTIM_PROFILE",
    "BlockingRule",
    "ComparisonSpec",
    "LinkageProfile",
    "TrainingPass",
    "bucket_column",
    "small_block_column",
]

Kind = Literal["name", "name_set", "exact", "number", "date", "string"]
#: One EM training pass: the columns its block must agree on, or alternatives tightest first
#: (the first whose block holds enough pairs is used; see ``LinkageProfile.min_training_pairs``).
TrainingPass = tuple[str, ...] | tuple[tuple[str, ...], ...]
# A prediction blocking rule: column names that must be equal, and (column, n) for whole
# numbers at most n apart ("age within a year": ("age", 1)).
BlockingRule = tuple[str | tuple[str, int], ...]


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

    Training and prior rules are tuples of columns that must be equal; a training pass may give
    alternatives instead, tightest first (:meth:`training_alternatives`). Blocking rules are
    :data:`BlockingRule` tuples, which may also ask for numbers at most ``n`` apart.
    ``small_blocks`` are ``(columns, n)``: pairs equal on the columns, generated only in blocks
    of at most ``n`` records. ``prior_rules`` and ``prior_recall`` estimate the probability
    that two random records match (Splink's deterministic-rules estimate): pairs agreeing on
    every column of a rule are taken as matches, found with the given recall.
    """

    comparisons: tuple[ComparisonSpec, ...]
    blocking: tuple[BlockingRule, ...]
    training: tuple[TrainingPass, ...]
    prior_rules: tuple[tuple[str, ...], ...]
    prior_recall: float = 0.7
    u_max_pairs: float = 1e6
    em_max_pairs: float | None = 2e6
    extra_columns: tuple[str, ...] = field(default_factory=tuple)
    small_blocks: tuple[tuple[tuple[str, ...], int], ...] = ()
    #: Block pairs sharing two name-part skeletons in any order, where at most this many
    #: records share them (0: off); see :mod:`harmledger.link.persons.blocks`.
    name_pair_blocks: int = 0
    #: Compare names read in another order too (family name first; parts in any order).
    reordered_names: bool = False
    #: Refit the prior to the scored pairs (see :func:`harmledger.link.persons.engine`): for
    #: lists in different scripts, where the deterministic rules find few of the matches.
    refit_prior: bool = False
    #: Lowest m probability of any comparison level after training (0: as trained). EM gives
    #: levels it never saw among matches m = 0, and one such level then vetoes a pair however
    #: much else agrees (-60 bits for an unmatched middle name in another romanisation).
    m_floor: float = 0.0
    #: Pairs a training alternative's block needs before it is used instead of the next one.
    min_training_pairs: int = 1000
    #: What a pair never scored (or scored below the run's ``min_probability``) counts as when
    #: two clusters are weighed for a merge (see :mod:`harmledger.link.persons.clusters`). Low
    #: where blocking brings nearly every true pair together, so that a pair it did not is
    #: evidence against; high where records of one person are many and noisy.
    unscored_probability: float = 0.001

    def training_alternatives(self) -> list[list[tuple[str, ...]]]:
        """Each training pass as its alternatives, tightest first."""
        out: list[list[tuple[str, ...]]] = []
        for pass_ in self.training:
            if all(isinstance(item, str) for item in pass_):
                out.append([cast(tuple[str, ...], pass_)])
            else:
                out.append(list(cast(tuple[tuple[str, ...], ...], pass_)))
        return out

    def blocking_rules(self) -> list[tuple[str, ...]]:
        """The equality rules whose pairs are scored, on input and derived columns.

        "Within n" cannot be a join key, so ``(column, n)`` becomes equality of buckets of
        ``n + 1`` consecutive values, once for each of the ``n + 1`` ways to cut them: two
        numbers are at most ``n`` apart exactly when some cut puts them in one bucket. Each
        small block is one rule on its derived column (see
        :mod:`harmledger.link.persons.blocks`).
        """
        rules: list[tuple[str, ...]] = []
        for rule in self.blocking:
            options = [
                [item]
                if isinstance(item, str)
                else [bucket_column(item[0], item[1], shift) for shift in range(item[1] + 1)]
                for item in rule
            ]
            rules += [tuple(columns) for columns in product(*options)]
        rules += [(small_block_column(i),) for i in range(len(self.small_blocks))]
        return rules

    def buckets(self) -> list[tuple[str, int]]:
        """Every ``(column, n)`` of the blocking rules."""
        near = [item for rule in self.blocking for item in rule if not isinstance(item, str)]
        return list(dict.fromkeys(near))

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
        for rule in self.blocking:
            out += [item if isinstance(item, str) else item[0] for item in rule]
        training = [columns for options in self.training_alternatives() for columns in options]
        for columns in (*training, *self.prior_rules, *(c for c, _ in self.small_blocks)):
            out += list(columns)
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
        ("given_skel", "father_skel", "family_skel"),
        ("given_skel", "family_skel", ("age", 1)),
        ("given_skel", "family_skel", ("death_day", 1)),
        ("family_key", "father_key", ("age", 1)),
        ("family_key", "death_day", ("age", 1)),
        ("given_key", "father_key", "grandfather_key"),
        ("father_key", "grandfather_key", "family_key"),
    ),
    # Where given + family name, or family name + age, are rare, they are worth a look alone
    # (lists that give two name parts and no age; compound given names split differently).
    small_blocks=((("given_key", "family_key"), 10), (("family_key", "age"), 10)),
    name_pair_blocks=10,
    reordered_names=True,
    refit_prior=True,
    m_floor=1e-3,
    # EM fitted among namesakes takes some of them for matches and learns that matches often
    # disagree (m of "another family name" 0.60 where true matches show 0.00), which flattens
    # every weight: at 10^6 generated records, pairs scored 0.1-0.2 were 73% matches. So each
    # pass first tries a block tight enough that matches dominate its pairs even in a list of a
    # million, and falls back to the looser block where the lists lack the column (no date of
    # death on one list) or the tight block is too small (a list of hundreds has few namesakes).
    # Each comparison is estimated in some pass that does not block on it.
    training=(
        (("given_key", "family_key", "date_of_death"), ("given_key", "family_key")),
        (
            ("family_key", "father_key", "age", "date_of_death"),
            ("age", "sex", "father_key", "family_key"),
        ),
        (("given_key", "father_key", "date_of_death", "age"), ("given_key", "age", "father_key")),
        ("given_key", "father_key", "family_key", "age"),
    ),
    prior_rules=(
        ("given_key", "father_key", "family_key", "age"),
        ("given_key", "father_key", "grandfather_key", "family_key"),
    ),
)


def bucket_column(column: str, within: int, shift: int) -> str:
    """Derived column ``(column + shift) // (within + 1)``, for "``column`` within ``within``"."""
    return f"{column}_within{within}_{shift}"


#: The derived array column of name-part pairs that the name-pair blocks explode.
NAME_PAIR_COLUMN = "name_pair_block"
#: The derived array column of every name part's skeleton, compared in any order.
NAME_PARTS_COLUMN = "name_parts_skels"


def small_block_column(index: int) -> str:
    """Name of the derived column of a profile's ``index``-th small block."""
    return f"small_block_{index}"
