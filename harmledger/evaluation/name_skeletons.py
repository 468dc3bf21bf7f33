"""Consonant skeletons of names, so that one name transliterated two ways meets itself.

Gold labels write a speaker's name as an English-language source spells it; the text, and so
the extractor, spells it as the article's language does: "Pavlenko" in gold is "Pawlenko"
in a German text, "Youssef al-Shamrani" is "يوسف الشمراني", "al-Manara" is "المنارة". A name's
skeleton keeps its consonants in one Latin spelling: digraphs of Arabic letters folded ("kh",
"dh", "sh" -> "h", "d", "s"), vowels and the semivowels j, y, w dropped (their spelling varies
most: "Wladislaw"/"Vladyslav", "Pawlenko"/"Pavlenko"), doubled letters single; an Arabic
word loses its article and proclitic (as the extractor reads it), its long vowels, hamza and
ʿayn. Only names meet this way: a Latin word must be capitalised, a skeleton must keep three or
more consonants, and a word that is a speaker noun or role of any pack ("Ministry",
"Ministerio") is a description, compared by the other rules, never by its sound.

A short family name with the Arabic article has too few consonants for that ("العزي" and
"al-Azzi" keep only "z"): :func:`article_names` reads such a name with its vowels, the long
vowels and ʿayn of the Arabic ("العزي" -> "azi"), the written vowels of the Latin ("al-Azzi"
-> "azi"; e/i and o/u each one vowel), and only the article-bearing name on both sides meets:
"al-Azzi" is not "al-Izzi", "العزة" or a bare "Azzi".
"""

from __future__ import annotations

import re
from functools import cache

from harmledger.extract.language_pack import available_languages, load_pack
from harmledger.folding import normalize

_MIN_CONSONANTS = 3
_LATIN_DIGRAPHS = (("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ph", "f"))
_LATIN_LETTERS = str.maketrans({"q": "k", "c": "k", "w": "v", "x": "k"})
_LATIN_DROP = re.compile(r"[aeiouyj'’ʿʾ]")
# Arabic letters (after folding: ة is ه, hamza seats are their vowels) in the Latin spelling
# above; None drops the letter (long vowels, semivowels, hamza, ʿayn)
_ARABIC_LETTERS = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": None, "ح": "h", "خ": "h", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d",
    "ع": None, "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": None, "ي": None, "ا": None, "ء": None,
})  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")


def _arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


@cache
def _descriptions() -> frozenset[str]:
    """Speaker nouns, roles and anaphors of every pack, single words, ``*`` dropped."""
    words: set[str] = set()
    for lang in available_languages():
        attribution = load_pack(lang).raw.get("attribution", {})
        for key in ("nouns", "roles", "anaphors", "pronouns"):
            for phrase in attribution.get(key, []):
                words.update(normalize(w.rstrip("*")) for w in phrase.split())
    return frozenset(words)


def _described(norm: str) -> bool:
    """Whether a word is a speaker noun or role of some pack as it stands ("ministerio")."""
    return norm in _descriptions()


def _latin_skeleton(norm: str) -> str:
    for digraph, letter in _LATIN_DIGRAPHS:
        norm = norm.replace(digraph, letter)
    norm = _LATIN_DROP.sub("", norm.translate(_LATIN_LETTERS))
    return _DOUBLED.sub(r"\1", norm)


def _arabic_skeleton(norm: str) -> str:
    if norm.endswith("ه"):
        norm = norm[:-1]  # ة folded to ه: the feminine ending, not a consonant of the name
    return _DOUBLED.sub(r"\1", norm.translate(_ARABIC_LETTERS))


def skeletons(text: str) -> set[str]:
    """The skeletons of the names in ``text`` (capitalised Latin words, Arabic words), each of
    three or more consonants, speaker nouns and roles left out."""
    found: set[str] = set()
    forms = load_pack("ar").forms
    for word in re.findall(r"\w+", text):
        norm = normalize(word)
        if _arabic(word):
            for form in forms(norm):
                if form.startswith("ال") and len(form) > 4:
                    form = form[2:]
                if not _described(form) and not _described("ال" + form):
                    found.add(_arabic_skeleton(form))
        elif word[:1].isupper() and not _described(norm):
            found.add(_latin_skeleton(norm))
    return {s for s in found if len(s) >= _MIN_CONSONANTS and s.isascii() and s.isalpha()}


# a short family name's letters with its vowels: ʿayn and alif as "a", yā' as "i", wāw as "u"
_ARABIC_VOWELLED = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "h", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d",
    "ع": "a", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "و": "u", "ي": "i", "ى": "a", "ا": "a", "ء": None,
})  # fmt: skip
_LATIN_VOWELS = str.maketrans({"e": "i", "o": "u", "y": "i", "w": "u", "q": "k", "c": "k"})
_LATIN_ARTICLE = re.compile(r"\b(?:al|el|Al|El)[-‐‑]([A-Z]\w+)")
_MIN_VOWELLED = 3  # letters of a vowelled short name: "azi", "huti"


def _vowelled_latin(name: str) -> str:
    norm = normalize(name)
    for digraph, letter in _LATIN_DIGRAPHS:
        norm = norm.replace(digraph, letter)
    return _DOUBLED.sub(r"\1", re.sub(r"[^a-z]", "", norm.translate(_LATIN_VOWELS)))


def _vowelled_arabic(name: str) -> str:
    if name.endswith("ه"):
        name = name[:-1] + "ا"  # the feminine ending ة (folded to ه) is read as a vowel
    return _DOUBLED.sub(r"\1", name.translate(_ARABIC_VOWELLED))


def article_names(text: str) -> set[str]:
    """Short family names written with the Arabic article ("العزي", "al-Azzi", "el-Houthi")
    whose consonant skeleton is too short for :func:`skeletons`, read with their vowels; a
    name of three or more consonants is left to :func:`skeletons`."""
    found: set[str] = set()
    for word in re.findall(r"\w+", text):
        norm = normalize(word)
        if not (_arabic(word) and norm.startswith("ال") and len(norm) > 4):
            continue
        stem = norm[2:]
        if (
            not _described(norm)
            and not _described(stem)
            and len(_arabic_skeleton(stem)) < _MIN_CONSONANTS
        ):
            found.add(_vowelled_arabic(stem))
    for match in _LATIN_ARTICLE.finditer(text):
        stem = normalize(match.group(1))
        if not _described(stem) and len(_latin_skeleton(stem)) < _MIN_CONSONANTS:
            found.add(_vowelled_latin(stem))
    return {f for f in found if len(f) >= _MIN_VOWELLED and f.isascii() and f.isalpha()}
