"""The countries a document names: where its places should be.

A report names the countries it is about ("Éthiopie", "اليمن", "Jemens"), or their adjectives
("Syrian", "syrische", "السوري", "ukrainska": the name's stem and a short ending); a small place in
another country, far from all of them, is a homonym of the place meant (see ``context``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.place_cues import place_cues
from harmledger.extract.text import Doc
from harmledger.gazetteer import country_codes

_DIGITS = frozenset("0123456789")
LONGEST = 4  # words in a country's name ("Bosnia and Herzegovina")
ADJECTIVE_ENDING = 7  # letters an adjective adds to its stem ("syri" + "sche", "jemen" + "itische")
_LATIN_END = re.compile(r"(?:istan|[aeiouy]n?)$")  # "syria", "syrien" -> "syri"; "afghan"
_ARABIC_END = re.compile(r"(?:يا|ا|ه|ي)$")  # "سوريا" -> "سور"


@lru_cache(maxsize=1)
def _stems() -> dict[str, frozenset[str]]:
    """Stem of each one-word country name -> ISO codes ("niger" is Niger's and Nigeria's)."""
    stems: dict[str, set[str]] = {}
    for name, code in country_codes().items():
        if " " in name:
            continue
        arabic = "\u0600" <= name[:1] <= "\u06ff"
        stem = (_ARABIC_END if arabic else _LATIN_END).sub("", name)
        if len(stem) < (3 if arabic else 4):
            stem = name
        stems.setdefault(stem, set()).add(code)
    return {stem: frozenset(codes) for stem, codes in stems.items()}


@lru_cache(maxsize=1)
def _stem_heads() -> frozenset[str]:
    """The first three letters of every stem: :func:`_adjective` tries cuts of three letters
    or more, so a word that opens with none of these is no country's adjective (most words;
    asked before the cuts are tried)."""
    return frozenset(stem[:3] for stem in _stems() if len(stem) >= 3)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of the country names: a word that is none of them starts no name."""
    return frozenset(name.split(" ", 1)[0] for name in country_codes())


def _latin_endings() -> frozenset[str]:
    """What the six languages add to a country's stem to make its adjective or people ("syri" +
    "an", "ens", "os", "sche", "sk"; "jemen" + "itische"; "liban" + "esisk"). Any other ending
    makes another word: "chil" + "dren" is no Chilean, "inde" + "pendent" no Indian."""
    endings = {
        *("", "n", "an", "ian", "ians", "ans", "ns", "i", "is", "ese", "ish", "ic", "ui"),
        *("en", "ens", "enne", "ennes", "ien", "iens", "ienne", "iennes", "ais", "aise", "aises"),
        *("ain", "aine", "ains", "aines", "ois", "oise", "oises", "e", "es", "ite", "ites", "s"),
        *("o", "a", "os", "as", "io", "ia", "ios", "ias", "ano", "ana", "anos", "anas", "ies"),
        *("esa", "esas", "eses", "ita", "itas", "ense", "enses", "er", "ern", "ier", "ierna"),
    }
    endings.update(("olese", "olais", "olaise", "olaises", "oleno", "olena", "olesisk"))
    # the country's own name where the stem lost its ending ("afgan" + "istan", "german" + "y")
    endings.update(("y", "in", "istan", "istans", "anais", "anaise", "anaises"))
    endings.update(("enser", "ensern", "ensers", "it", "iten", "ites"))  # "Palästinenser"
    endings.update(("are", "arna", "erna", "aner", "anern", "anerna", "ane", "anen"))  # people
    for lead in ("", "it", "es", "an", "en", "ian", "ol"):
        for core in ("isch", "sch"):
            endings.update(lead + core + end for end in ("", "e", "en", "er", "es", "em"))
        for core in ("isk", "sk"):
            endings.update(lead + core + end for end in ("", "a", "e", "t"))
    return frozenset(endings)


_ENDINGS = _latin_endings()


@lru_cache(maxsize=65536)  # a pure function of the word, asked for most words of every text
def _adjective(word: str) -> frozenset[str]:
    """Countries whose stem ``word`` starts with, adding a short adjective ending ("syrian";
    Arabic: any short ending, "السورية")."""
    stems = _stems()
    arabic = word.startswith("ال") or "\u0600" <= word[:1] <= "\u06ff"
    word = word.removeprefix("ال")
    if word[:3] not in _stem_heads():
        return frozenset()
    for cut in range(len(word), max(2, len(word) - ADJECTIVE_ENDING - 1), -1):
        codes = stems.get(word[:cut])
        if codes and (arabic or word[cut:] in _ENDINGS):
            return codes
    return frozenset()


def _name_at(
    codes: dict[str, str], firsts: tuple[str, ...], norms: list[str], k: int
) -> str | None:
    """The country whose name starts at word ``k`` in one of its ``firsts`` forms (longest)."""
    for size in range(min(LONGEST, len(norms) - k), 0, -1):
        rest = norms[k + 1 : k + size]
        for f in firsts:  # (loops: asked at every capitalised word opening a country's name)
            code = codes.get(" ".join((f, *rest)))
            if code is not None:
                return code
    return None


def named_countries(doc: Doc, pack: LanguagePack) -> frozenset[str]:
    """ISO codes of the country names in ``doc``: Arabic words are read without proclitics
    ("وسوريا"), a name may carry the language's ending ("Jemens")."""
    codes = country_codes()
    suffixes = place_cues(pack.lang).suffixes
    arabic = pack.lang == "ar"
    norms = doc.norms
    found: set[str] = set()
    first_words = _first_words()
    if not arabic:
        # adjectives are lower case in most languages: each distinct word is asked once. The
        # words are counted in C and their capitalised occurrences taken off, instead of a pass
        # in Python over every word; a number's normal form, and only a number's, opens with a
        # digit (text.tokenize), so the numbers are left out by their first character
        lower = Counter(norms)
        lower.subtract(norms[k] for k in doc.capitalised)
        heads = _stem_heads()
        for norm, count in lower.items():
            if (
                count > 0
                and len(norm) > 4
                and norm[0] not in _DIGITS
                # the test :func:`_adjective` opens with, asked here: most words fail it
                and (norm[:3] in heads or norm.startswith("ال"))
            ):
                found.update(_adjective(norm))
        capitalised = _CAPITALISED.setdefault(pack.lang, {})
        for k in doc.capitalised:
            norm = norms[k]
            known = capitalised.get(norm)
            if known is None:
                if len(capitalised) > _CAPITALISED_KEPT:
                    capitalised.clear()
                firsts = (norm, *(norm[: -len(end)] for end in suffixes if norm.endswith(end)))
                adjectives = frozenset().union(*(_adjective(first) for first in firsts))
                # most capitalised words start no country's name: only an adjective may be there
                known = capitalised[norm] = (
                    None if first_words.isdisjoint(firsts) else firsts,
                    adjectives,
                )
            if known[0] is not None and (code := _name_at(codes, known[0], norms, k)) is not None:
                found.add(code)
            else:
                found.update(known[1])
        return frozenset(found)
    for k, norm in enumerate(norms):
        firsts = pack.forms(norm)
        # most capitalised words start no country's name: only an adjective may be there
        code = None if first_words.isdisjoint(firsts) else _name_at(codes, firsts, norms, k)
        if code is not None:
            found.add(code)
        else:
            for first in firsts:
                found.update(_adjective(first))
    return frozenset(found)


_CAPITALISED_KEPT = 65536  # capitalised words whose reading is kept per language
# per language, a capitalised word -> (its forms, when one may start a country's name; the
# countries its forms name as adjectives)
_CAPITALISED: dict[str, dict[str, tuple[tuple[str, ...] | None, frozenset[str]]]] = {}
