"""The name keys as first written (issue #17 made them faster): the oracle the fast code must
equal. A frozen copy on purpose; do not "fix" it, change the test that uses it instead."""

import re

from harmledger.names.arabic import has_arabic, normalise_arabic
from harmledger.names.latin import normalise_latin
from harmledger.names.translit import (
    _ASSIMILATED_DIN,
    _DOUBLES,
    _GLUED_ARTICLE,
    _LATIN_SINGLE,
    _LATIN_UNITS,
    _NOT_ARTICLE,
    _arabic_symbols,
    _long_u,
)


def latin_symbols(word: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(word):
        for unit, symbol in _LATIN_UNITS:
            if word.startswith(unit, i):
                out.append(symbol)
                i += len(unit)
                break
        else:
            ch = word[i]
            nxt = word[i + 1] if i + 1 < len(word) else ""
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


def finish(symbols: str, keep_long_vowels: bool) -> str:
    symbols = symbols.replace("a", "")
    symbols = symbols[1:] if len(symbols) > 1 and symbols[0] == "I" else symbols
    symbols = symbols.lower() if keep_long_vowels else re.sub("[UI]", "", symbols)
    symbols = _DOUBLES.sub(r"\1", symbols)
    return symbols[:-1] if len(symbols) > 1 and symbols.endswith("h") else symbols


def symbols(part: str) -> str:
    if has_arabic(part):
        word = normalise_arabic(part).replace(" ", "")
        if word.startswith("ال") and len(word) > 3 and word not in _NOT_ARTICLE:
            word = word[2:]
        word = word.replace("ابوال", "ابو")
        return _arabic_symbols(word)
    word = normalise_latin(part)
    word = re.sub(r"^al-", "", word).replace("abu-al-", "abu-").replace(" ", "")
    word = _ASSIMILATED_DIN.sub("-al-din", word)
    word = _GLUED_ARTICLE.sub("", word)
    if word.startswith("abu") and len(word) > 4:
        return "bU" + latin_symbols(word[3:].replace("-", ""))
    return "".join(latin_symbols(piece) for piece in word.split("-"))


def name_key(part: str) -> str:
    return finish(symbols(part), keep_long_vowels=True)


def skeleton(part: str) -> str:
    return finish(symbols(part), keep_long_vowels=False)
