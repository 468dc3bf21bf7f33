"""Two ways wire copy carries a source across sentence limits, read in the language.

A count that takes part of the dead just given ("Four of the dead were children", "Drei der
Toten", "Tres de las víctimas") is a detail of the figure before it: whoever gave that figure
gives the detail, even when the agency sets it in a paragraph of its own, as one-sentence
paragraphs of AFP or AP copy do. The phrases after the count are the pack's
``attribution.partitives``; a sentence opening with the dead themselves ("Among the dead were 3
children", ``attribution.back_totals``) is read the same way (attribution.py). Only the source of
the sentence right before is carried: after a sentence with none, the detail has none.

A sentence that adds to the count before it and names a source ("Another 30 were wounded, police
said", "Ytterligare 160 har skadats, uppger sjukhuskällor") gives that source to the count it
adds to, which has none of its own: it was the same account (:func:`adds_to_lead`). German
("Drei weitere seien verletzt worden, sagte ...") is left out: reading it so, and reading the
Konjunktiv of the next sentence as the lead's source, each cost a speaker on a checking half
(branch spk10).
"""

from __future__ import annotations

from functools import cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.text import Doc, normalize


@cache
def _partitives(lang: str) -> tuple[tuple[str, ...], ...]:
    listed = load_pack(lang).raw.get("attribution", {}).get("partitives", [])
    return tuple(tuple(normalize(p).split()) for p in listed)


def opens_with_part(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether the sentence at word ``k`` opens with a count and a partitive of the dead before
    ("Four of the dead", "Trois des victimes", "Zwei der Getöteten", "Tre av offren")."""
    phrases = _partitives(pack.lang)
    if not phrases or k >= len(doc.words):
        return False
    # a bound may open the count ("Fler än 60 av dem", "Minst tre av de döda") (p18sv)
    opening = tuple(w.norm for w in doc.words[k : k + _BOUND_REACH])
    k += next((len(b) for b in _bounds(pack.lang) if opening[: len(b)] == b), 0)
    if k >= len(doc.words):
        return False
    first = doc.words[k]
    if not (first.is_digit or first.norm in pack.number_words):
        return False
    words = tuple(w.norm for w in doc.words[k + 1 : k + 5])
    return any(words[: len(tokens)] == tokens for tokens in phrases)


_BOUND_REACH = 4  # words of the longest bound before a count that opens a part


@cache
def _bounds(lang: str) -> tuple[tuple[str, ...], ...]:
    """The pack's words of a bound before a number (at_least, more_than, about, up_to), the
    longest first."""
    listed = load_pack(lang).raw.get("qualifiers", {})
    found = {
        tuple(normalize(p).split())
        for key in ("at_least", "more_than", "about", "up_to")
        for p in listed.get(key, [])
    }
    return tuple(sorted((b for b in found if 0 < len(b) <= _BOUND_REACH), key=len, reverse=True))


_CONTINUATION_REACH = 3  # words of a sentence in which a word adding to a count may stand


def opens_with_addition(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether the sentence at word ``k`` opens with a word that adds to the count before
    (``attribution.continuations`` among its first words: "Ytterligare runt åtta personer är
    skadade", "Another 30 were wounded")."""
    words = pack.words("attribution", "continuations")
    if not words or k >= len(doc.words):
        return False
    sentence = doc.sentence[k]
    opening = [
        doc.words[t].norm
        for t in range(k, min(len(doc.words), k + _CONTINUATION_REACH))
        if doc.sentence[t] == sentence
    ]
    pairs = [" ".join(opening[t : t + 2]) for t in range(len(opening))]
    return any(w in words for w in opening + pairs)


def adds_to_lead(
    doc: Doc, first_word: dict[int, int], lead: int, sentence: int, pack: LanguagePack
) -> bool:
    """Whether ``sentence``, which names its own source, opens with a count that adds to the one
    of the sentence ``lead`` before it in the same paragraph (``attribution.continuations``
    among its first words: "Another 30", "Drei weitere", "Otras 15", "وأصيب 30 آخرون")."""
    if lead < 0 or "\n" in doc.gaps[first_word[sentence]]:
        return False
    return opens_with_addition(doc, first_word[sentence], pack)
