"""Multilingual casualty-claim extraction: ``extract_claims(text, lang, published)``.

Rules are data (one pack per language under ``packs/<lang>/pack.toml``); one small engine
composes them. See :mod:`harmledger.extract.engine` for the pipeline and
:class:`harmledger.extract.claim.Claim` for the stable output fields.
"""

from harmledger.extract.claim import CASUALTY_MEASURES, Claim
from harmledger.extract.engine import EXTRACTOR_VERSION, extract_claims
from harmledger.extract.language_pack import available_languages

__all__ = [
    "CASUALTY_MEASURES",
    "EXTRACTOR_VERSION",
    "Claim",
    "available_languages",
    "extract_claims",
]
