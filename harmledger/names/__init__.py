"""Arabic-aware name handling: normalisation, transliteration keys, parts and similarity.

Everything here is a pure function over strings, so linkage, import and review share one reading
of a name. See :mod:`harmledger.names.translit` for why the key keeps long vowels.
"""

from harmledger.names.arabic import has_arabic, normalise_arabic
from harmledger.names.compare import name_similarity, part_similarity
from harmledger.names.latin import normalise_latin
from harmledger.names.parts import NameParts, name_tokens, split_name
from harmledger.names.translit import arabic_to_latin, name_key, skeleton

__all__ = [
    "NameParts",
    "arabic_to_latin",
    "has_arabic",
    "name_key",
    "name_similarity",
    "name_tokens",
    "normalise_arabic",
    "normalise_latin",
    "part_similarity",
    "skeleton",
    "split_name",
]
