"""Full-text search over documents and claims, in every script the ledger holds.

Text is folded (case, Latin diacritics, Arabic marks and letter variants, Eastern digits) and
Arabic words lose the article and the particles written before it, in documents and queries
alike (:mod:`~harmledger.search.terms`); an index kept beside the ledger's tables answers the
query (:mod:`~harmledger.search.index`, :mod:`~harmledger.search.query`).
"""

from harmledger.search.hits import SearchHit, SearchPage
from harmledger.search.query import search

__all__ = ["SearchHit", "SearchPage", "search"]
