"""A script-independent key for one name part, so Arabic and Latin spellings meet.

Arabic writes consonants and long vowels; romanisations add short vowels and spell each sound
several ways (Mohammed / Muhammad / Mohamad, Hussein / Husain / Husayn, Mahmoud / Mahmud).
Both sides are mapped to one alphabet of consonant classes (ث and "th" -> t, ش and "sh" -> c,
خ and "kh" -> x, ق and "q"/"k" -> k, ع and apostrophes dropped...) plus the two long vowels
Latin spelling reliably marks (``u`` for و / "ou" / "oo", ``i`` for medial ي / "ee" / "ei" /
"ai"). Short vowels, doubled letters, a final ha / ta marbuta and the article are dropped.

Keeping the long vowels is what keeps unrelated names apart: محمد / Mohammed -> ``mhmd`` but
محمود / Mahmoud -> ``mhmud`` (a consonant-only skeleton, like Soundex, makes them identical).
:func:`skeleton` is that coarser consonant-only key, meant for blocking where recall matters.

A single Latin "u" or "o" may be long or short (Yusuf is يوسف, Muhammad is محمد), so Latin
spelling is read the way Arabic names are usually romanised: a lone "u" / "o" is long in the
last syllable, before a final consonant or at the end, when no "u" / "o" comes earlier
(Mahmud, Mansur, Saud, Nur, Abu); of two lone "u", the first is the long one when the second
closes the word (Yusuf, Yunus). Other lone vowels stay short (Muhammad, Mustafa, Huda).
"""

import re
from functools import lru_cache

from harmledger.names.arabic import has_arabic, normalise_arabic
from harmledger.names.latin import normalise_latin

__all__ = ["arabic_to_latin", "name_key", "skeleton"]

_AR_CONSONANTS: dict[str, str] = {
    "ب": "b",
    "ت": "t",
    "ث": "t",
    "ج": "j",
    "ح": "h",
    "خ": "x",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "c",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "",
    "غ": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "پ": "b",
    "چ": "c",
    "ڤ": "f",
    "گ": "g",
}
_AR_VOWEL_LETTERS = frozenset("اوي")
# Given names that begin with the letters of the article without carrying it.
_NOT_ARTICLE = frozenset({"الهام", "الياس", "الاء", "الين", "الفت", "الماس", "اليسار", "اليان"})

# Latin digraphs first (longest match), then single letters. Upper case marks a long vowel.
_LATIN_UNITS: tuple[tuple[str, str], ...] = (
    ("tch", "c"),
    ("sch", "c"),
    ("sh", "c"),
    ("ch", "c"),
    ("kh", "x"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("ph", "f"),
    ("dj", "j"),
    ("ck", "k"),
    ("ou", "U"),
    ("oo", "U"),
    ("uu", "U"),
    ("ee", "I"),
    ("ei", "I"),
    ("ai", "I"),
    ("ie", "I"),
    ("aa", "a"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("p", "b"),
    ("v", "f"),
    ("g", "j"),
)
_LATIN_SINGLE = {"a": "a", "e": "a", "o": "a", "u": "a", "i": "I", "y": "y", "w": "w"}
_DOUBLES = re.compile(r"(.)\1+")
_GLUED_ARTICLE = re.compile(r"^(?:al|el)(?=[bcdfghjklmnqrstvwxz][a-z]{2,})")
# "Nureddin", "Salahuddin": the article of "al-din" assimilated into a vowel; read as "-al-din".
_ASSIMILATED_DIN = re.compile(r"(?<=[a-z]{2})-?(?:[aeiou]d)din(?:e)?$")


def _arabic_symbols(word: str) -> str:
    """Arabic word (normalised, no spaces) -> consonant classes with ``U``/``I``/``a`` vowels."""
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        nxt = word[i + 1] if i + 1 < n else ""
        if ch == "ا":
            out.append("" if i == 0 else "a")
        elif ch == "و":
            consonant = i == 0 or nxt in _AR_VOWEL_LETTERS or word[i - 1] == "ا"
            out.append("w" if consonant else "U")
        elif ch == "ي" and i > 1 and word[i - 1] == "ا" and nxt and nxt not in _AR_VOWEL_LETTERS:
            out.append("")  # a hamza seat after a long a (رائد Raed, وائل Wael), not a long i
        elif ch == "ي":
            before_final_ha = nxt == "ه" and i + 2 == n
            consonant = (i == 0 or nxt in _AR_VOWEL_LETTERS or before_final_ha) and nxt != ""
            out.append("y" if consonant else "I")
        else:
            out.append(_AR_CONSONANTS.get(ch, ""))
    return "".join(out)


# One regular expression tries the units in the table's order at a position, as a loop of
# ``startswith`` over them would, in one call.
_LATIN_UNIT = re.compile("|".join(re.escape(unit) for unit, _ in _LATIN_UNITS))
_LATIN_UNIT_SYMBOL = dict(_LATIN_UNITS)


def _latin_symbols(word: str) -> str:
    """Latin word (normalised, no spaces) -> the same alphabet as :func:`_arabic_symbols`."""
    out: list[str] = []
    i = 0
    n = len(word)
    match = _LATIN_UNIT.match
    while i < n:
        unit = match(word, i)
        if unit is not None:
            out.append(_LATIN_UNIT_SYMBOL[unit.group()])
            i = unit.end()
            continue
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in "ae" and nxt == "y" and not (word[i + 2 : i + 3] and word[i + 2] in "aeiou"):
            out.append("I")
            i += 1
        elif ch == "y":
            out.append("y" if i == 0 or (nxt and nxt in "aeiou") else "I")
        elif ch == "i" and i == 0:
            out.append("")
        elif ch == "i" and nxt and nxt in "aeouy":
            out.append("y" if nxt != "y" else "")
        elif ch in "ao" and nxt == "w" and word[i + 2 : i + 3] not in ("", *"aeiouy"):
            out.append("U")
            i += 1
        elif ch in "uo" and _long_u(word, i):
            out.append("U")
        else:
            out.append(_LATIN_SINGLE.get(ch, ch))
        i += 1
    return "".join(out)


def _closes_word(word: str, i: int) -> bool:
    """The vowel at ``i`` is in the last syllable: at the end, or before a final consonant."""
    return i == len(word) - 1 or (i == len(word) - 2 and word[-1] not in "aeiouy")


def _long_u(word: str, i: int) -> bool:
    """Whether the lone Latin "u" / "o" at ``i`` stands for a long u (see the module docstring)."""
    if i == 0:
        return False
    if _closes_word(word, i) and not any(c in "uo" for c in word[:i]):
        return True
    lone = [
        j
        for j, c in enumerate(word)
        if c in "uo"
        and word[j - 1 : j] not in ("u", "o")
        and word[j + 1 : j + 2] not in ("u", "o")
        and word[j : j + 2] != "ow"
    ]
    return word[i] == "u" and len(lone) == 2 and lone[0] == i and _closes_word(word, lone[1])


_NO_LONG_VOWELS = str.maketrans("", "", "UI")


def _first_of_run(run: re.Match[str]) -> str:
    return run.group(1)


def _finish(symbols: str, keep_long_vowels: bool) -> str:
    symbols = symbols.replace("a", "")
    # An initial long i is written or not at will (Iman / Eman / ايمان, Aisha / عائشة).
    symbols = symbols[1:] if len(symbols) > 1 and symbols[0] == "I" else symbols
    symbols = symbols.lower() if keep_long_vowels else symbols.translate(_NO_LONG_VOWELS)
    symbols = _DOUBLES.sub(_first_of_run, symbols)  # a function: no template to parse per call
    return symbols[:-1] if len(symbols) > 1 and symbols.endswith("h") else symbols


# Parts already in normal form, which the normalisers return unchanged: lower-case ASCII
# letters not starting with a glued "abd"; Arabic letters with nothing to fold (no hamza seat,
# ta marbuta, alef maqsura, doubled alef or reversed lam-alef). Most parts are split tokens,
# already normalised, and skip the normaliser (``tests/names/test_keys_reference.py``).
_NORMAL_LATIN = re.compile(r"(?!abd|abed)[a-z]+")
_NORMAL_ARABIC = re.compile(
    r"(?!.*(?:\u0627\u0627|\u0647\u0644\u0644\u0627))"  # no doubled alef, no reversed lam-alef
    r"[\u0627\u0628\u062a-\u063a\u0641-\u0648\u064a]+"  # letters no fold changes
)


@lru_cache(maxsize=1 << 16)
def _symbols(part: str) -> str:
    if _NORMAL_LATIN.fullmatch(part):
        return _latin_word_symbols(part)
    if _NORMAL_ARABIC.fullmatch(part):
        return _arabic_word_symbols(part)
    if has_arabic(part):
        return _arabic_word_symbols(normalise_arabic(part).replace(" ", ""))
    return _latin_word_symbols(normalise_latin(part))


def _arabic_word_symbols(word: str) -> str:
    """Symbols of a normalised Arabic part, spaces removed."""
    if word.startswith("ال") and len(word) > 3 and word not in _NOT_ARTICLE:
        word = word[2:]
    return _arabic_symbols(word.replace("ابوال", "ابو"))


def _latin_word_symbols(word: str) -> str:
    """Symbols of a normalised Latin part."""
    word = word[3:] if word.startswith("al-") else word
    word = word.replace("abu-al-", "abu-").replace(" ", "")
    word = _ASSIMILATED_DIN.sub("-al-din", word)
    word = _GLUED_ARTICLE.sub("", word)
    if word.startswith("abu") and len(word) > 4:
        return "bU" + _latin_symbols(word[3:].replace("-", ""))
    # Each piece of a compound ("nour-al-din") is a word of its own for reading long vowels.
    return "".join(_latin_symbols(piece) for piece in word.split("-"))


@lru_cache(maxsize=1 << 18)
def name_key(part: str) -> str:
    """Key of one name part in either script; equal keys mean "spelt the same way".

    >>> name_key("محمود") == name_key("Mahmoud") == name_key("mahmood")
    True
    >>> name_key("Mohammed") == name_key("Mahmoud")
    False
    """
    return _finish(_symbols(part), keep_long_vowels=True)


@lru_cache(maxsize=1 << 18)
def skeleton(part: str) -> str:
    """Consonant-only key of one name part: coarser than :func:`name_key`, for blocking."""
    return _finish(_symbols(part), keep_long_vowels=False)


_READABLE = {"c": "sh", "x": "kh", "U": "u", "I": "i"}


def arabic_to_latin(text: str) -> str:
    """A readable, stable romanisation of an Arabic name (``مروان ابو ريدة`` -> ``mrwan abu-rida``).

    Short vowels are not written in Arabic, so they are not guessed; the result is stable, which
    is what display and sorting need. Latin input is returned normalised.
    """
    if not has_arabic(text):
        return normalise_latin(text)
    words = []
    for word in normalise_arabic(text).split():
        prefix = ""
        for particle, latin in (("ابو", "abu-"), ("عبدال", "abd-al-"), ("ال", "al-")):
            if word.startswith(particle) and len(word) > len(particle) + 1:
                prefix, word = latin, word[len(particle) :]
                break
        syms = _arabic_symbols(word)
        if syms.endswith("h") and len(syms) > 2:
            syms = syms[:-1] + "a"  # ta marbuta, folded to ha by normalisation, is read "a"
        words.append(prefix + "".join(_READABLE.get(s, s) for s in syms))
    return " ".join(words)
