"""Two ways wire copy carries a source across sentence limits, read in the language.

A count that takes part of the dead just given ("Four of the dead were children", "Drei der
Toten", "Tres de las víctimas") is a detail of the figure before it: whoever gave that figure
gives the detail, even when the agency sets it in a paragraph of its own, as one-sentence
paragraphs of AFP or AP copy do. The phrases after the count are the pack's
``attribution.partitives``.

German news puts a lead figure in the indicative and its source in the next sentence, which goes
on in the mood of reported speech ("... sind 12 Zivilisten getötet worden. Drei weitere seien
verletzt worden, sagte der Leiter eines Krankenhauses"): the Konjunktiv shows the lead was
already the speaker's words, so the speaker named after it speaks for the lead too
(:func:`reported_after`). A sentence that adds to the count before it ("Another 30 were
wounded, police said", "Ytterligare 160 har skadats, uppger sjukhuskällor") does the same in any
language: the count it adds to was the same source's (:func:`adds_to_lead`).
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
    first = doc.words[k]
    if not (first.is_digit or first.norm in pack.number_words):
        return False
    words = tuple(w.norm for w in doc.words[k + 1 : k + 5])
    return any(words[: len(tokens)] == tokens for tokens in phrases)


def reported_after(
    doc: Doc, first_word: dict[int, int], lead: int, sentence: int, pack: LanguagePack
) -> bool:
    """Whether ``sentence``, which names its own source, is in the mood of reported speech
    (``attribution.reported_mood``) and the sentence ``lead`` before it, in the same paragraph,
    is not: the source speaks for the lead too. Only in a pack that lists that mood."""
    mood = pack.words("attribution", "reported_mood")
    if not mood or lead < 0:
        return False

    def in_mood(s: int) -> bool:
        k = first_word[s]
        while k < len(doc.words) and doc.sentence[k] == s:
            if doc.words[k].norm in mood:
                return True
            k += 1
        return False

    return "\n" not in doc.gaps[first_word[sentence]] and in_mood(sentence) and not in_mood(lead)


_CONTINUATION_REACH = 3  # words of a sentence in which a word adding to a count may stand


def adds_to_lead(
    doc: Doc, first_word: dict[int, int], lead: int, sentence: int, pack: LanguagePack
) -> bool:
    """Whether ``sentence``, which names its own source, opens with a count that adds to the one
    of the sentence ``lead`` before it in the same paragraph (``attribution.continuations``
    among its first words: "Another 30", "Drei weitere", "Otras 15", "وأصيب 30 آخرون")."""
    words = pack.words("attribution", "continuations")
    if not words or lead < 0 or "\n" in doc.gaps[first_word[sentence]]:
        return False
    k = first_word[sentence]
    opening = [
        doc.words[t].norm
        for t in range(k, min(len(doc.words), k + _CONTINUATION_REACH))
        if doc.sentence[t] == sentence
    ]
    pairs = [" ".join(opening[t : t + 2]) for t in range(len(opening))]
    return any(w in words for w in opening + pairs)
