"""A phrase of time or place that opens a verb-second sentence is no speaker.

German and Swedish set the finite verb second: when a prepositional phrase comes first ("Am
frühen Morgen meldete das Rote Kreuz 19 Verletzte", "Zwei Tage nach dem Anschlag meldeten die
Behörden", "Tidigt på morgonen bekräftade räddningstjänsten att"), the subject follows the verb,
and the noun before the verb ("Morgen", "Anschlag") is what the preposition heads, not who
speaks. The pack lists the prepositions (``attribution.adverbial_prepositions``); a pack without
them (a language that keeps its subject first) reads no such phrase.
"""

from __future__ import annotations

from functools import cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.speaker_phrases import (
    capitalised,
    is_break,
    names_itself,
    np_after,
    opens_sentence,
    word_cats,
)
from harmledger.extract.text import Doc, normalize

_PHRASE_WORDS = 8  # words from the preposition to the verb ("Im Krankenhaus von Selbitz")
_LEAD_WORDS = 2  # words before the preposition ("Zwei Tage nach", "Kurz nach")
_ARTICLE_WORDS = 2  # words after the verb before its subject ("das Rote Kreuz")
# what a word before the preposition may not be: a source, a person, a pronoun that speaks
_SOURCE_CATS = ("attr:nouns", "attr:anaphors", "attr:pronouns", "actor:", "one:", "who:")


@cache
def _prepositions(lang: str) -> frozenset[str]:
    words = load_pack(lang).raw.get("attribution", {}).get("adverbial_prepositions", [])
    return frozenset(normalize(w) for w in words)


def _sentence_start(doc: Doc, k: int) -> int:
    start = k
    while not opens_sentence(doc, start):
        start -= 1
    return start


def adverbial_first(
    doc: Doc, verb: int, span: tuple[int, int], pack: LanguagePack, marks: Marks
) -> bool:
    """Whether ``span``, the phrase read as the speaker before the verb at word ``verb``, is
    inside a prepositional phrase that opens the sentence, with no comma before the verb, and
    the verb is followed by a subject that names a source or a person: that subject speaks."""
    prepositions = _prepositions(pack.lang)
    if not prepositions or span[1] > verb or span[0] < 0 or opens_sentence(doc, verb):
        return False
    start = _sentence_start(doc, verb)
    if span[0] < start:
        return False
    if any(is_break(doc, t) for t in range(start + 1, verb + 1)):
        return False
    preposition = next(
        (
            t
            for t in range(start, min(span[0], start + _LEAD_WORDS + 1))
            if doc.norms[t] in prepositions
        ),
        None,
    )
    if preposition is None or verb - preposition > _PHRASE_WORDS:
        return False
    cats = (c for t in range(start, preposition) for c in word_cats(marks, t))
    if any(c.startswith(_SOURCE_CATS) for c in cats):
        return False  # "Ein Arzt im Krankenhaus sagte": the noun before it is the subject
    sentence = doc.sentence[verb]
    subject = np_after(doc, verb + 1, pack, marks, sentence)
    if subject is None or subject[0] - (verb + 1) > _ARTICLE_WORDS:
        return False
    if pack.words("attribution", "addressee") & set(pack.forms(doc.words[verb + 1].norm)):
        return False  # "sa till TT": whom it was told
    named = all(capitalised(doc, t) for t in range(*subject)) and subject[1] - subject[0] > 1
    return names_itself(marks, subject) or named


_OPENER_WORDS = 5  # words from a clause's opener to its verb ("Tal y como lo ha informado")


@cache
def _verb_first_openers(lang: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The pack's ``attribution.verb_first_openers`` as word tuples, and the words that may
    stand between one and its verb (``attribution.verb_first_fillers``: object pronouns and
    auxiliaries, "l'a", "lo ha")."""
    raw = load_pack(lang).raw.get("attribution", {})
    openers = frozenset(tuple(normalize(p).split()) for p in raw.get("verb_first_openers", []))
    fillers = frozenset(normalize(w) for w in raw.get("verb_first_fillers", []))
    return openers, fillers


@cache
def _period_parts(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The pack's ``attribution.period_parts`` ("Anfang", "Ende", "Mitte") and the words that may
    follow one before the verb: ``attribution.period_words`` (articles, "vergangenen", "Woche",
    "Monats", "Jahres") and the pack's month names."""
    pack = load_pack(lang).raw
    raw = pack.get("attribution", {})
    parts = frozenset(normalize(w) for w in raw.get("period_parts", []))
    words = [*raw.get("period_words", []), *pack.get("dates", {}).get("months", [])]
    return parts, frozenset(normalize(w) for w in words)


def _period_opener(words: tuple[str, ...], lang: str) -> bool:
    """Whether ``words`` are a part of a period opening a verb-second sentence ("Ende der Woche",
    "Anfang des Monats", "Mitte Mai", "Ende vergangenen Jahres"): a time, no name."""
    parts, after = _period_parts(lang)
    return (
        len(words) > 1 and words[0] in parts and all(w in after or w.isdigit() for w in words[1:])
    )


def opener_first(doc: Doc, verb: int, pack: LanguagePack) -> bool:
    """Whether the reporting verb at word ``verb`` follows a word that opens a clause whose
    subject comes after its verb ("Según informó la Fiscalía", "Tal y como informó la Policía",
    "Comme l'a annoncé le ministère"): the opener, capitalised only because it opens the
    sentence, is no name; the subject after the verb speaks. The clause opens the sentence or
    follows a comma. A pack without such openers reads none."""
    openers, fillers = _verb_first_openers(pack.lang)
    if not (openers or _period_parts(pack.lang)[0]) or verb == 0 or opens_sentence(doc, verb):
        return False
    start = verb
    while start > 0 and verb - start < _OPENER_WORDS and not opens_sentence(doc, start):
        if is_break(doc, start):
            break
        start -= 1
    if not (opens_sentence(doc, start) or is_break(doc, start)):
        return False
    words = tuple(doc.norms[start:verb])
    if opens_sentence(doc, start) and _period_opener(words, pack.lang):
        return True
    return any(
        words[: len(opener)] == opener and all(w in fillers for w in words[len(opener) :])
        for opener in openers
    )
