"""A transliteration-insensitive key for names: Khan Shaykhun, Cheikhoun, Sheijun and شيخون meet.

Reports in six languages spell one Arabic, Ukrainian or Russian name in many ways (Bucha,
Butscha, Boutcha, Butja, بوشا). The key keeps the shape of a name and drops what spelling
conventions change: vowels become one vowel mark, the hissing and velar sounds that each
language writes differently (sh, ch, sch, tsch, kh, j, x, q, ش, خ, ج ...) become one class,
and doubled letters count once. Keys are compared whole, and only keys of at least
``min_spelling_key`` marks (``linking.toml``) are used, so short words do not meet by chance.
"""

from __future__ import annotations

import re
from functools import lru_cache

from harmledger.folding import normalize
from harmledger.link.incidents.config import rules

# longest first: what a language writes with several letters for one sound
_CLUSTERS = (
    ("tsch", "k"),
    ("sch", "k"),
    ("tch", "k"),
    ("tsh", "k"),
    ("tj", "k"),
    ("ch", "k"),
    ("sh", "k"),
    ("kh", "k"),
    ("gh", "k"),
    ("dj", "k"),
    ("zh", "k"),
    ("ph", "b"),
    ("th", "t"),
)
_LATIN = str.maketrans(
    {
        **dict.fromkeys("aeiouy", "a"),
        **dict.fromkeys("sczjxqkg", "k"),
        **dict.fromkeys("bp", "b"),
        **dict.fromkeys("dt", "t"),
        **dict.fromkeys("fvw", "f"),
        "h": "",
        "'": "",
        "’": "",
    }
)
_ARABIC = str.maketrans(
    {
        **dict.fromkeys("اوي", "a"),
        **dict.fromkeys("سصزذثشجخغقكژچ", "k"),
        **dict.fromkeys("بپ", "b"),
        **dict.fromkeys("دتطض", "t"),
        **dict.fromkeys("فڤ", "f"),
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ر": "r",
        **dict.fromkeys("هحعءه", ""),
    }
)
_ARTICLE = re.compile(r"^(?:(?:al|el)\s|ال)")


@lru_cache(maxsize=65536)
def key(word: str, minimum: int | None = None) -> str:
    """The word's transliteration key ('' when shorter than ``minimum`` marks, by default
    ``min_spelling_key``: too short to tell names apart)."""
    folded = normalize(word.strip()).replace("-", " ")
    folded = _ARTICLE.sub("", folded).replace(" ", "")
    if any("\u0600" <= ch <= "\u06ff" for ch in folded):
        marks = folded.translate(_ARABIC)
    else:
        for cluster, mark in _CLUSTERS:
            folded = folded.replace(cluster, mark)
        marks = folded.translate(_LATIN)
    marks = "".join(ch for ch in marks if ch.isalpha())
    collapsed = re.sub(r"(.)\1+", r"\1", marks)
    return (
        collapsed
        if len(collapsed)
        >= (
            minimum
            if minimum is not None
            else int(rules()["documents"]["place"]["min_spelling_key"])
        )
        else ""
    )


def place_keys(name: str | None) -> frozenset[str]:
    """Keys of a place name's words (Khān Shaykhūn: khan and shaykhun), for matching a report
    that names the place in another spelling."""
    if not name:
        return frozenset()
    found = {key(w) for w in re.split(r"[\s\-]+", name)}
    whole = key(name)
    return frozenset(k for k in (*found, whole) if k)
