"""A query as the user types it, read into groups of search terms that must all be found.

Words are folded and stemmed exactly as :mod:`harmledger.search.terms` folds documents.
Several words mean all of them; a quoted phrase (``"bus station"``) means those words in that
order, and so does a written-together form that folding cuts in two ("al-Raqqa"). Each
database's text-search syntax is rendered here from the same groups.
"""

from __future__ import annotations

import re

from harmledger.errors import Invalid
from harmledger.search.terms import Word, words

_PHRASE = re.compile(r'"([^"]*)"')

Group = tuple[Word, ...]  # one word, or a phrase


def parse(query: str) -> list[Group]:
    """The query's groups, in order; a query without a single word is invalid."""
    chunks = _PHRASE.findall(query)
    chunks += _PHRASE.sub(" ", query).replace('"', " ").split()
    groups = [group for group in (tuple(words(chunk)) for chunk in chunks) if group]
    if not groups:
        raise Invalid(f"nothing to search for in {query!r}: give at least one word")
    return groups


def stems(groups: list[Group]) -> set[str]:
    """Every stem asked for (what a snippet looks for in the original text)."""
    return {word.stem for group in groups for word in group}


def fts5(groups: list[Group]) -> str:
    """The groups as an SQLite FTS5 MATCH expression.

    A word matches its stem, or its exact folded form as well (which the index also keeps, so
    the exact form ranks higher); a phrase matches its stems in order. Terms are quoted: they
    hold letters and digits only, so no quote can be in them.
    """
    return " AND ".join(_fts5_group(group) for group in groups)


def _fts5_group(group: Group) -> str:
    if len(group) > 1:
        return '"' + " ".join(w.stem for w in group) + '"'
    word = group[0]
    if word.folded == word.stem:
        return f'"{word.stem}"'
    return f'("{word.stem}" OR "{word.folded}")'


def tsquery(groups: list[Group]) -> str:
    """The groups as a PostgreSQL ``to_tsquery`` text, with the same meaning as :func:`fts5`."""
    return " & ".join(_tsquery_group(group) for group in groups)


def _tsquery_group(group: Group) -> str:
    if len(group) > 1:
        return "(" + " <-> ".join(f"'{w.stem}'" for w in group) + ")"
    word = group[0]
    if word.folded == word.stem:
        return f"'{word.stem}'"
    return f"('{word.stem}' | '{word.folded}')"
