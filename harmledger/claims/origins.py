"""Claims' origins and source types: who said it first, and how many independent voices.

A claim's origin is the end of its attribution chain ("RT citing NPR citing local rescue
workers" → local rescue workers), else its speaker, else its document's publisher. Ten outlets
repeating one press release share one origin, so they corroborate nothing.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _type_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = tomllib.loads(
        (resources.files("harmledger.claims") / "source_types.toml").read_text("utf-8")
    )
    return tuple(
        (entry["name"], re.compile("|".join(f"(?:{p})" for p in entry["patterns"]), re.IGNORECASE))
        for entry in data["type"]
    )


def normalise_origin(name: str) -> str:
    """Casefolded, whitespace-collapsed origin name, so spellings of one source meet."""
    return " ".join(name.casefold().replace("’", "'").split())


def claim_origin(
    attribution_chain: list[str] | None,
    speaker: str | None,
    publisher: str | None,
    document_id: int,
) -> str:
    """The independent origin of a claim, normalised (see module docstring)."""
    for candidate in [*(reversed(attribution_chain or [])), speaker, publisher]:
        if candidate and candidate.strip():
            return normalise_origin(candidate)
    return f"document:{document_id}"


def source_type(
    name: str | None, registry: Mapping[str, str] | None = None, default: str = "news"
) -> str:
    """The type of a named source: the user's registry first, then the built-in patterns."""
    if not name:
        return default
    if registry:
        registered = registry.get(normalise_origin(name))
        if registered and registered != "other":
            return registered
    return _pattern_type(name) or default


@lru_cache(maxsize=65536)
def _pattern_type(name: str) -> str | None:
    """The built-in type a name's wording suggests (cached: a ledger repeats its sources)."""
    for type_name, pattern in _type_patterns():
        if pattern.search(name):
            return type_name
    return None


def independent_origins(origins: Iterable[str]) -> set[str]:
    """Distinct origins, so repeated publications of one source count once."""
    return {normalise_origin(o) for o in origins if o}
