"""Grades from rules that are data (``grades.toml``), with the reasons shown.

Facts about an incident are computed here; which facts give which grade is decided by the rule
file, so a monitoring team can adopt its own methodology without touching code.
"""

from __future__ import annotations

import operator
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from harmledger.errors import ConfigError

_OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt,
    "==": operator.eq, "!=": operator.ne,
}  # fmt: skip
_CONDITION = re.compile(r"^\s*([a-z_]+)\s*(?:(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?))?\s*$")
FACTS = (
    "belligerent_accepted",
    "competing_perpetrators",
    "competing_responsibility",
    "second_party_share",
    "independent_origins",
    "belligerent_action",
    "only_combatants",
    "casualty_claims",
)


@dataclass(frozen=True)
class Rule:
    grade: str
    conditions: tuple[str, ...]
    reason: str

    def holds(self, facts: Mapping[str, float | bool]) -> bool:
        return all(_check(condition, facts) for condition in self.conditions)


def _check(condition: str, facts: Mapping[str, float | bool]) -> bool:
    match = _CONDITION.match(condition)
    if not match:
        raise ConfigError(f"grading condition {condition!r} is not 'fact' or 'fact OP number'")
    name, op, number = match.groups()
    if name not in facts:
        raise ConfigError(
            f"grading condition {condition!r}: unknown fact (facts: {', '.join(FACTS)})"
        )
    value = facts[name]
    return bool(value) if op is None else _OPS[op](float(value), float(number))


def load_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """Rules from ``path`` or the built-in file; a malformed file is a ConfigError naming it."""
    try:
        text = (
            path.read_text("utf-8")
            if path
            else (resources.files("harmledger.assess") / "grades.toml").read_text("utf-8")
        )
        data = tomllib.loads(text)
        rules = tuple(
            Rule(r["grade"], tuple(r.get("when", [])), r.get("reason", "")) for r in data["rule"]
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as error:
        raise ConfigError(
            f"grading rules {path or 'grades.toml'} are malformed: {error}"
        ) from error
    for rule in rules:
        for condition in rule.conditions:
            _check(condition, dict.fromkeys(FACTS, 0))
    return rules


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    return load_rules()


def grade(
    facts: Mapping[str, float | bool], rules: tuple[Rule, ...] | None = None
) -> tuple[str | None, list[str]]:
    """The first rule that holds gives the grade; the reasons list it and the facts behind it."""
    for rule in rules or default_rules():
        if rule.holds(facts):
            shown = ", ".join(f"{k}={facts[k]}" for k in FACTS if k in facts)
            return rule.grade, [rule.reason, shown]
    return None, ["no grading rule applies"]
