"""Verbs of losing as casualty cues: "Familjen miste tre barn", "förlorade två söner".

A family, a village or a unit that lost N persons lost them to death; but "lost" also loses
tanks, money, seats and legs. A verb of losing (pack ``measure_modifiers.loss``) is a cue only
where a count of persons is its object: a number a few words after it, with no punctuation or
conjunction between (save a list of kin: "förlorade sin make och två söner"), whose noun is a
person category; such a list is also one group of all its members (companions.py). Elsewhere
it is no cue at all, so it neither counts the things lost nor makes a lone subject ("the
company lost ...") a victim.
"""

from __future__ import annotations

from functools import cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.numbers import Mention
from harmledger.extract.reading import Cue, Head, read_head
from harmledger.extract.text import Doc, normalize

_OBJECT_WORDS = 3  # words between the verb and its count: the subject, an owner ("sina")


@cache
def _loss_verbs(lang: str) -> frozenset[tuple[str, ...]]:
    phrases = load_pack(lang).raw.get("measure_modifiers", {}).get("loss", [])
    return frozenset(tuple(normalize(p).split()) for p in phrases)


def persons_lost(
    doc: Doc, marks: Marks, pack: LanguagePack, cues: list[Cue], mentions: list[Mention]
) -> list[Cue]:
    """``cues`` without the verbs of losing that count no persons after them."""
    if not _loss_verbs(pack.lang):
        return cues
    earlier = pack.words("measure_modifiers", "loss_earlier")
    return [
        cue
        for cue in cues
        if not loss_verb(doc, pack, cue)
        or (
            _persons_after(doc, marks, pack, cue, mentions)
            and not (cue.i > 0 and doc.words[cue.i - 1].norm in earlier)
        )
    ]


def loss_verb(doc: Doc, pack: LanguagePack, cue: Cue) -> bool:
    """Whether ``cue`` is a verb of losing: its subject lost the victims and is none of them."""
    verbs = _loss_verbs(pack.lang)
    if not verbs:
        return False
    words = doc.words[cue.i : cue.j]
    if len(words) == 1:
        return _loss_word(pack, verbs, words[0].norm)
    return tuple(w.norm for w in words) in verbs


def _loss_word(pack: LanguagePack, verbs: frozenset[tuple[str, ...]], norm: str) -> bool:
    """Whether one word is a verb of losing, also with a particle written onto it ("وخسر")."""
    if (norm,) in verbs:
        return True
    for form in pack.forms(norm):  # noqa: SIM110 (a loop: asked of the words before most counts)
        if (form,) in verbs:
            return True
    return False


@cache
def _kin_words(lang: str) -> frozenset[str]:
    """Relatives, their possessives and "and": a list of kin before the count ("förlorade sin
    make och två söner") is the verb's object too (pack ``[companions]``)."""
    cfg = load_pack(lang).raw.get("companions", {})
    keys = ("relatives", "possessives_of_one", "possessives_of_many", "and")
    return frozenset(normalize(w) for key in keys for w in cfg.get(key, []))


def _persons_after(
    doc: Doc, marks: Marks, pack: LanguagePack, cue: Cue, mentions: list[Mention]
) -> bool:
    kin = _kin_words(pack.lang)
    # what is lost before the persons is no one's life: "lost contact with 12 relatives"
    kept = pack.words("measure_modifiers", "loss_not")
    # a verb-first language: a count right after the verb is its subject (pack
    # ``measure_modifiers.loss_subject_after``)
    subject_after = bool(pack.raw.get("measure_modifiers", {}).get("loss_subject_after"))
    for mention in mentions:
        if mention.i < cue.j:
            continue
        between = [doc.words[k].norm for k in range(cue.j, mention.i)]
        if kept & set(between):
            continue
        listed = len(between) <= 2 * _OBJECT_WORDS and all(w in kin for w in between)
        if mention.i > cue.j + _OBJECT_WORDS and not listed:
            continue
        if doc.punct_between(cue.j - 1, mention.i).strip() or (
            pack.conjunctions & set(between) and not listed
        ):
            continue
        head = read_head(doc, mention, marks, pack)
        if _persons_of(doc, marks, pack, head):
            return True
        if mention.i == cue.j and subject_after:
            continue  # "خسر 200 شخص منازلهم": the persons right after the verb lost something
        if head.who and not (head.quantity or head.distractor or head.unknown):
            return True
    return False


def _persons_of(doc: Doc, marks: Marks, pack: LanguagePack, head: Head) -> bool:
    """Whether a count is "N of" persons: "خسر الرجل أربعة من أبنائه" (four of his sons) names
    its persons after the word of "of", which the count's own head does not read: a category,
    or kin with an owner written onto the noun (pack ``measure_modifiers.loss_kin``), which
    names no category but is persons all the same."""
    if not head.unknown or head.j >= len(doc.words) or doc.words[head.i].norm not in pack.of_words:
        return False
    return any(cat.startswith("who:") or cat == "mod:loss_kin" for cat in marks.cats[head.j])


def loss_between(doc: Doc, pack: LanguagePack, i: int, j: int) -> bool:
    """Whether a verb of losing stands in words ``[i, j)`` with no punctuation between: "many
    people buried their dead" makes the people who buried them none of the dead."""
    verbs = _loss_verbs(pack.lang)
    return bool(verbs) and any(
        _loss_word(pack, verbs, doc.words[k].norm) and not doc.punct_between(i, k).strip()
        for k in range(i, j)
    )
