"""Reading one counted quantity: what it counts (its head noun) and what happened to it (the
casualty cue that governs it).

The rules, in order: a distractor unit right after the number (years, km, houses, times) ends
the reading; a body noun ("bodies", "Leichen", "جثث") makes it ``bodies_recovered``; a death or
injury noun ("Tote", "blessés") gives its measure; otherwise the nearest casualty cue in the
same clause segment governs it, then the nearest in the sentence (a shared predicate: "six
civilians and fourteen fighters were killed"). A killed reading next to a finding verb
("found", "påträffats") becomes ``bodies_recovered``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import compress, repeat
from operator import contains

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.numbers import Mention, split_number_word, words_value
from harmledger.extract.split_cues import split_cues
from harmledger.extract.text import (
    SEGMENT_PUNCT,
    Doc,
    initialism_stop,
    is_letter,
    normalize,
)

_SPECIFIC_OVER_VICTIMS = ("killed", "injured", "missing", "displaced", "bodies_recovered")
_FALLBACK_DISTANCE = 20
_HEAD_WINDOW = 4
_ALTERNATIVES = frozenset({"or", "eller", "oder", "ou", "o", "او"})


@dataclass
class Head:
    """What a number counts: a who category, a measure noun, a quantity, or a distractor."""

    i: int
    j: int
    who: str | None = None
    measure: str | None = None
    quantity: str | None = None
    distractor: bool = False
    others: bool = False
    partitive: bool = False
    unknown: bool = False
    generic: bool = False
    conjoined_who: str | None = None
    alone: tuple[str | None, int] | None = None  # who and end before a conjoined noun
    kin: bool = False  # relatives counted as someone's: other, yet people of a family (kin_groups)


@dataclass(frozen=True)
class Cue:
    """A casualty verb or noun at ``[i, j)``."""

    i: int
    j: int
    measure: str
    combined: bool = False


def cats_at(marks: Marks, k: int) -> dict[str, int]:
    """Categories starting at word ``k`` with their end position (longest)."""
    return marks.cats[k]


def segments(doc: Doc, pack: LanguagePack, marks: Marks, cues: list[Cue]) -> list[int]:
    """Clause segment id per word: breaks at punctuation, conjunctions and subset markers."""
    n = len(doc.words)
    ids: list[int] = []
    previous = current = 0
    for k in sorted(_segment_breaks(doc, pack, marks, cues)):
        ids += [current] * (k - previous)
        current, previous = current + 1, k
    ids += [current] * (n - previous)
    _close_asides(doc, pack, marks, cues, ids)
    return ids


def _segment_breaks(doc: Doc, pack: LanguagePack, marks: Marks, cues: list[Cue]) -> set[int]:
    """The words (after the first) that open a new segment: a sentence's first word, a word
    after segment punctuation, a subset marker, and outside a cue a conjunction. Found from
    the sentences' starts, the gaps that are not one space (picked out in C) and the words'
    index by normal form, not by a test of every word."""
    n = len(doc.words)
    gaps = doc.gaps
    breaks = set(doc.sentence_starts.values())
    breaks.update(
        k
        for k in compress(range(1, n), map(" ".__ne__, gaps[1:n]))
        if not SEGMENT_PUNCT.isdisjoint(gaps[k])
    )
    breaks.update(marks.positions("who:subset"))
    inside_cue = {k for cue in cues for k in range(cue.i + 1, cue.j)}
    joined = pack.joined_conjunction
    conjunctions = doc.where(pack.conjunctions)
    if joined:
        conjunctions += [
            k
            for norm, at in doc.by_norm.items()
            if norm.startswith(joined) and len(norm) > 2 and norm not in pack.conjunctions
            for k in at
        ]
    breaks.update(k for k in conjunctions if k not in inside_cue)
    breaks.discard(0)
    return breaks


_ASIDE_REACH = 10  # words in a relative clause between commas


def _close_asides(
    doc: Doc, pack: LanguagePack, marks: Marks, cues: list[Cue], ids: list[int]
) -> None:
    """A relative clause between commas ("a woman, who was on her way home, was injured")
    is an aside: the words after it continue the clause before it, so the noun before the
    aside and the verb after it share a segment. An aside holding a cue or a number, or
    closed by a conjunction, is a clause of its own."""
    relative = pack.raw.get("segments", {}).get("relative", [])
    if not relative:
        return
    words, gaps, sentence = doc.words, doc.gaps, doc.sentence
    cue_at = {k for cue in cues for k in range(cue.i, cue.j)}
    n = len(words)
    # only the gaps holding a comma are looked at (picked out in C, not one test per word)
    for k in compress(range(1, n), map(contains, gaps[1:n], repeat(","))):
        gap = gaps[k]
        if gap.strip() != "," or words[k].text.lower() not in relative:
            continue
        verb = next((t for t in range(k + 1, min(n, k + 4)) if t in cue_at), None)
        if verb is not None and all(not gaps[t].strip() for t in range(k + 1, verb + 1)):
            # "a woman and a child, who were injured": the clause says what befell them
            before, after = ids[k - 1], ids[k]
            for t in range(k, n):
                if ids[t] != after:
                    break
                ids[t] = before
            continue
        for end in range(k + 1, min(n, k + _ASIDE_REACH + 1)):
            if sentence[end] != sentence[k]:
                break
            gap = gaps[end].strip()
            if not gap:
                continue
            if gap != ",":
                break
            if words[end].norm in pack.conjunctions or "who:subset" in cats_at(marks, end):
                break
            if any(words[t].is_digit or t in cue_at for t in range(k, end)):
                break
            before, after = ids[k - 1], ids[end]
            for t in range(end, n):
                if ids[t] != after:
                    break
                ids[t] = before
            break


def find_cues(
    doc: Doc,
    marks: Marks,
    pack: LanguagePack,
    ends: frozenset[int] = frozenset(),
    starts: frozenset[int] = frozenset(),
) -> list[Cue]:
    """Casualty cues, longest first, with "killed and wounded" pairs merged into one.

    A pair with a number ending just before it and another starting just after it is two cues,
    one per number ("4 people were killed and wounded 11 others", Arabic "قتلوا وأصيب"):
    ``ends`` and ``starts`` are the word positions where numbers end and start.
    """
    # a cue inside the name of a place or thing is no cue ("displacement camp",
    # "Flüchtlingslager", "مخيم النازحين")
    covered = {
        (i, j): True
        for family in ("dis", "qty")
        for cat, a, b in marks.family(family)
        if cat in ("dis:units", "qty:camps")
        for i in range(a, b)
        for j in range(i + 1, b + 1)
    }
    raw = [
        Cue(i, j, cat[8:], combined=cat == "measure:killed_or_injured" and j - i > 2)
        for cat, i, j in marks.family("measure")
        if (i, j) not in covered and not _verb_after_person(doc, marks, i)
    ]
    raw += [Cue(i, j, measure) for i, j, measure in split_cues(doc, pack)]
    raw.sort(key=lambda c: (c.i, -(c.j - c.i)))
    kept: list[Cue] = []
    covered_until = -1
    for cue in raw:
        if cue.i < covered_until and kept and cue.j <= kept[-1].j:
            continue
        kept.append(cue)
        covered_until = max(covered_until, cue.j)
    conjunctions = pack.conjunctions | _ALTERNATIVES
    merged: list[Cue] = []
    skip = False
    for a, b in zip(kept, [*kept[1:], None], strict=False):
        if skip:
            skip = False
            continue
        if b is not None and _died_of_wounds(doc, marks, pack, a, b):
            merged.append(Cue(a.i, b.j, "killed"))  # "were wounded and later died"
            skip = True
            continue
        if b is not None and {a.measure, b.measure} == {"killed", "injured"}:
            between = [doc.words[k].norm for k in range(a.j, b.i)]
            joined = (
                (
                    not between
                    and pack.joined_conjunction
                    and doc.words[b.i].norm.startswith(pack.joined_conjunction)
                )
                or (len(between) == 1 and between[0] in conjunctions)
                or (  # "des morts et de blessés"
                    len(between) == 2 and between[0] in conjunctions and between[1] in pack.of_words
                )
                # "tuées, blessées ou enlevées", "killed, injured or kidnapped": one figure
                or (not between and _third_harm(doc, marks, conjunctions, a, b))
            )
            # "أحد الفلسطينيين استشهد وأصيب آخر": one of them, then another, is counted apart too;
            # so is a lone victim inside the first cue's phrase ("لقي شاب حتفه وأصيب 3 آخرون")
            counted_apart = any(
                k in ends
                or (k < a.i and doc.words[k].norm in pack.singular)
                or (k < a.i and "one:nouns" in cats_at(marks, k) and a.j - a.i == 1)
                for k in range(max(0, a.i - 4), a.i + 1)
            ) and any(
                k in starts or "who:others" in cats_at(marks, k)
                for k in range(b.j, min(len(doc.words), b.j + 6))
            )
            if (
                joined
                and not counted_apart
                and not any(ch in ".;:" for ch in doc.punct_between(a.i, b.i))
            ):
                merged.append(Cue(a.i, b.j, "killed_or_injured", combined=True))
                skip = True
                continue
        merged.append(a)
    return merged


def _third_harm(doc: Doc, marks: Marks, conjunctions: frozenset[str], a: Cue, b: Cue) -> bool:
    """A killing and a wounding cue set apart by a comma only, then "or"/"and" and a third
    harm (a cue or people taken: "tuées, blessées ou enlevées", "killed, injured or
    kidnapped"): one figure for all of them (p17fr)."""
    k = b.j
    if k + 1 >= len(doc.words) or doc.punct_between(a.i, b.i).strip() != ",":
        return False
    if doc.words[k].norm not in conjunctions or doc.punct_between(b.i, k + 1).strip():
        return False
    return any(c == "qty:abducted" or c.startswith("measure:") for c in cats_at(marks, k + 1))


def _verb_after_person(doc: Doc, marks: Marks, i: int) -> bool:
    """A body noun that is also a verb (``measure_modifiers.person_verbs``) right after a
    person noun is the verb: "a man remains hospitalized" tells his state, no remains."""
    if i == 0 or "mod:person_verbs" not in cats_at(marks, i) or doc.gaps[i].strip():
        return False
    return any(
        c == "one:nouns" or (c.startswith("who:") and c not in _NOT_PERSONS)
        for c in cats_at(marks, i - 1)
    )


_NOT_PERSONS = ("who:others", "who:subset", "who:partitive", "who:generic")
_WOUND_WORDS = 4  # words of manner or place between a wound and "and" ("de bala", "en el pecho")


def _died_of_wounds(doc: Doc, marks: Marks, pack: LanguagePack, a: Cue, b: Cue) -> bool:
    """A wounding cue, "and", perhaps words of time, then a verb of dying (the pack's
    ``measure_modifiers.died_later``): "were wounded and later died", "resultó herida y murió"
    say the wounded died, one count of the dead; an auxiliary may stand before the verb ("a été
    blessé et a succombé")."""
    if a.measure != "injured" or b.measure != "killed" or doc.sentence[a.i] != doc.sentence[b.i]:
        return False
    if "mod:died_later" not in cats_at(marks, b.i) or b.i <= a.j:
        return False
    punct = doc.punct_between(a.i, b.i).strip()
    if punct and punct != ",":
        return False
    # how or where the wound was may stand before "and": "herido de bala y murió",
    # "wounded in the chest and later died"
    join = next(
        (
            t
            for t in range(a.j, min(a.j + _WOUND_WORDS + 1, b.i))
            if doc.words[t].norm in pack.conjunctions
        ),
        None,
    )
    if join is None or any(doc.words[t].is_digit for t in range(a.j, join)):
        return False
    if punct and not (  # a comma only right before "but": "kördes till lasarettet, men dog"
        doc.gaps[join].strip() == ","
        and doc.words[join].norm in pack.words("measure_modifiers", "but")
    ):
        return False
    k = join + 1
    while k < b.i:
        cats = cats_at(marks, k)
        end = cats.get("mod:later") or cats.get("one:aux")  # "et a succombé", "und ist gestorben"
        if end is None:
            return False
        k = end
    return True


_HEAD_STOPS = SEGMENT_PUNCT | frozenset(".!?؟")  # punctuation a count's noun is not read past


@cache
def _owners(lang: str) -> frozenset[str]:
    """The pack's ``numbers.possessives`` as written, once per language (not per number)."""
    return frozenset(load_pack(lang).raw.get("numbers", {}).get("possessives", []))


def _after_and(doc: Doc, i: int, pack: LanguagePack) -> bool:
    """Whether the count at word ``i`` follows "and" right before it or before one qualifier
    word ("och minst två"), in the same clause: a count joined to the one before."""
    for k in (i - 1, i - 2):
        if k < 0 or any(g.strip() for g in doc.gaps[k + 1 : i + 1]):
            return False
        if doc.words[k].norm in pack.conjunctions:
            return True
    return False


def read_head(doc: Doc, mention: Mention, marks: Marks, pack: LanguagePack) -> Head:
    """The noun a number counts, scanning a few words after it (the mention's own word first)."""
    n = len(doc.words)
    of_words = pack.of_words
    owners = _owners(pack.lang)
    own = mention.j - 1 if mention.source in ("vague", "zero", "singular", "word") else mention.j
    if own < mention.j:
        # a person noun of several words that is the phrase's own end: "a husband and wife"
        # counts a couple (people), not its last word's wife
        own_cats = cats_at(marks, own)
        # where modifiers follow their noun, "one of" takes a noun of several words too:
        # "أحد رجال الشرطة" (one of the policemen)
        phrased = ("vague", "singular") if pack.head_first else ("vague",)
        for t in range(mention.i, own if mention.source in phrased else mention.i):
            phrase = {c: e for c, e in cats_at(marks, t).items() if e == mention.j}
            if any(c.startswith("who:") for c in phrase):
                own, own_cats = t, phrase
                break
        if mention.source == "word" and split_number_word(doc.words[own].norm, pack):
            # "مئتا" (200) spells "ميتا" (dead) once normalised: a number word names no harm
            own_cats = {c: e for c, e in own_cats.items() if not c.startswith("measure:")}
        head = _head_from(own_cats, own, doc, marks, pack)
        if head is not None and not head.distractor:
            return head
        if head is not None and mention.source == "singular":
            # "ein 55-Jähriger": an age as a person; "en 15-åring": a child
            aged = _age_noun(doc, head.i - 1, marks, pack) if head.i > 0 else None
            return Head(head.i, head.j, who=aged.who if aged is not None else "people")
    unknown = 0
    k = mention.j
    limit = min(n, mention.j + _HEAD_WINDOW)
    while k < limit:
        gap = doc.gaps[k]
        if (
            gap != " "
            and not _HEAD_STOPS.isdisjoint(gap)
            and gap.strip() not in ("-", "–")
            and not initialism_stop(doc, k)
        ):
            break
        if is_letter(doc.words[k]) and k + 1 < n and doc.gaps[k + 1] == ".":
            k += 1  # "13 U.S. service members": the letters of an initialism name no noun
            limit = min(n, limit + 1)
            continue
        if doc.words[k].norm in pack.subordinators and _number_at(doc, k + 1, pack):
            return Head(mention.j, mention.j)  # "rose to 40 after 12 more bodies were found"
        cats = cats_at(marks, k)
        if gap.strip() in ("-", "–") and gap != gap.strip() and _count_opens(doc, k, cats, pack):
            break  # "dödar tusentals – hundratals saknas": a spaced dash opens another count
        if k == mention.j and family_of(doc, k, pack):
            return Head(mention.j, mention.j)  # "nio tillhörde samma familj": a bare part

        if "who:partitive" in cats:
            return Head(k, cats["who:partitive"], partitive=True)
        if _joined_verb(doc, k, cats, pack):
            break
        if k == mention.j and doc.words[k].norm in _attribute_prepositions(pack.lang):
            attributed = _after_extended_attribute(doc, k, marks, pack)
            if attributed is not None:
                return attributed
        head = _head_from(cats, k, doc, marks, pack)
        if head is not None and _counts_its_own(doc, mention.j, head, pack):
            return Head(mention.j, mention.j)  # a bare number, as one closing its clause
        if (
            head is not None
            and head.distractor
            and k == mention.j + 1
            and doc.words[mention.j].norm in of_words
            and doc.words[k].norm in pack.words("numbers", "time_genitive")
        ):
            return Head(mention.j, mention.j)  # "frente a 35 del día anterior": that day's 35
        if head is not None:
            return head
        word = doc.words[k]
        if word.norm in of_words:
            k += 1
            limit = min(n, limit + 1)
            continue
        whole = _partitive_of_things(doc, k, marks, pack)
        if whole is not None:
            return whole
        if k > mention.j and doc.words[k - 1].norm in of_words and word.norm in owners:
            k += 1  # "30 of its fighters": the owner between "of" and the noun counted
            continue
        aged = _age_noun(doc, k, marks, pack) if word.is_digit and k == mention.j else None
        if aged is not None:
            return aged
        age_end = _age_between(doc, k, pack) if word.is_digit else None
        if age_end is not None:
            k, limit = age_end, min(n, age_end + 2)  # "two 17-year-old boys": the boys
            continue
        if (
            k == mention.j
            and word.norm in pack.words("segments", "severity")
            and _after_and(doc, mention.i, pack)
        ):
            # "och sex lindrigt", "and four slightly": how badly, no noun; the count is bare
            # and shares the verb of the count before it (an elided second count of the hurt;
            # after a comma, "två allvarligt" is a part of that count, no count of its own)
            return Head(mention.j, mention.j)
        if (
            "fn:word" in cats
            or word.is_digit
            or any(c.startswith(("measure:", "qual:", "neg:", "mod:rise")) for c in cats)
        ):
            break
        if k == mention.j and _speakers_counted(doc, k, cats, marks):
            return Head(k, k + 1, distractor=True)  # "several sources reported deaths"
        if any(c.startswith(("actor:", "date:")) and c not in _RECENT for c in cats):
            k += 1
            continue
        if k > mention.j and doc.gaps[k] in _COMPOUND_JOINS:
            limit = min(n, limit + 1)  # "pro-government", "Iran-backed": one modifier
        else:
            unknown += 1
        if unknown >= 2:
            return Head(mention.j, mention.j + 1, unknown=True)
        k += 1
    if unknown:
        return Head(mention.j, mention.j + 1, unknown=True)
    return Head(mention.j, mention.j)


_ATTRIBUTE_WORDS = 6  # words of an extended attribute after its preposition ("mit Benzin gefüllte")
# an inflected participle: past ("gefüllte", "beladenen") or present ("spielende")
_ATTRIBUTE_ENDINGS = tuple(
    stem + ending for stem in ("t", "en", "nd") for ending in ("e", "en", "er", "es", "em")
)


@cache
def _attribute_prepositions(lang: str) -> frozenset[str]:
    """The pack's ``numbers.attribute_prepositions``: prepositions that open an extended attribute
    between a number and its noun ("zwei mit Benzin gefüllte Lastwagen"); none where nouns bear
    no capital to find the noun by."""
    raw = load_pack(lang).raw
    if not raw.get("text", {}).get("nouns_capitalised"):
        return frozenset()
    return frozenset(normalize(w) for w in raw.get("numbers", {}).get("attribute_prepositions", []))


def _after_extended_attribute(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> Head | None:
    """The noun a number counts past an extended attribute opening at word ``k``, a preposition
    ("zwei mit Benzin gefüllte Lastwagen", "vier von Milizionären gesteuerte Geländewagen", "zwei
    in der Nähe spielende Kinder"): the capitalised word right after an inflected lower-case
    participle, with no punctuation, number or casualty word on the way (a person inside the
    attribute is its agent, not what is counted). A noun the pack knows gives its head; another
    is a thing counted, not a person."""
    n = len(doc.words)
    for t in range(k + 1, min(n - 1, k + 1 + _ATTRIBUTE_WORDS)):
        word = doc.words[t]
        if doc.gaps[t] != " " or word.is_digit or split_number_word(word.norm, pack):
            return None
        cats = cats_at(marks, t)
        if any(c.startswith(("measure:", "qual:", "neg:")) for c in cats):
            return None
        if (
            word.text[:1].islower()
            and len(word.norm) > 3
            and word.norm.endswith(_ATTRIBUTE_ENDINGS)
            and word.norm not in pack.function_words
            and doc.gaps[t + 1] == " "
            and doc.words[t + 1].text[:1].isupper()
            and not doc.words[t + 1].is_digit
        ):
            head = _head_from(cats_at(marks, t + 1), t + 1, doc, marks, pack)
            if head is not None:
                return head
            return Head(t + 1, t + 2, unknown=True)
    return None


def _speakers_counted(doc: Doc, k: int, cats: dict[str, int], marks: Marks) -> bool:
    """Whether the noun at ``k`` right after a count names those who tell, with their verb of
    telling right after it ("several sources reported deaths", "three witnesses said"): the
    count counts the sources, and the harm after their verb is what they told, no victims of
    that count. A noun of people ("three residents reported") stays a count of persons."""
    if "attr:nouns" not in cats or any(c.startswith("who:") for c in cats):
        return False
    end = max(e for c, e in cats.items() if c == "attr:nouns" or c.startswith("actor:"))
    if end >= len(doc.words) or doc.gaps[end] != " ":
        return False
    return "attr:after" in cats_at(marks, end)


_MINOR_AGE = 18  # an age below this makes a child (conventions: minors are children)


def _age_noun(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> Head | None:
    """An age hyphenated into a person noun at digit ``k`` with no noun after it ("three
    16-year-olds", "zwei 16-Jährige", "två 15-åringar"): children under 18, else people."""
    n = len(doc.words)
    t = k + 1
    while t < n and doc.gaps[t] in _COMPOUND_JOINS:
        t += 1
    if t == k + 1 or doc.words[t - 1].norm not in pack.age_nouns:
        return None
    if t < n and doc.gaps[t] == " " and marks.opens(t, "who:"):
        return None  # "16-jährige Schüler": the noun after counts
    try:
        age = int(doc.words[k].norm)
    except ValueError:
        return None
    return Head(k, t, who="children" if age < _MINOR_AGE else "people")


@cache
def _stated_ages(lang: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """A pack's words for an age told after a people noun, normalised once: ``who.age_after``
    phrases that open it ("jóvenes de 16 años", "youths aged 16"), longest first, and
    ``who.age_units`` (years) that may close it. Ages written as persons ("16-year-olds") are
    the pack's ``age_nouns`` (``_age_noun``)."""
    cfg = load_pack(lang).raw.get("who", {})
    after = {tuple(normalize(p).split()) for p in cfg.get("age_after", [])}
    return (
        tuple(sorted(after, key=len, reverse=True)),
        frozenset(normalize(w) for w in cfg.get("age_units", [])),
    )


def _age_value(doc: Doc, k: int, pack: LanguagePack) -> int | None:
    word = doc.words[k]
    if word.is_digit:
        return int(word.norm) if word.norm.isdigit() else None
    parts = split_number_word(word.norm, pack)
    return words_value(parts, pack) if parts else None


def minor_by_age(doc: Doc, j: int, pack: LanguagePack) -> bool:
    """Whether an age under 18 follows a people noun ending before word ``j``: "tres jóvenes
    de 16 años", "trois jeunes de 15 ans", "two youths aged 16 and 17" (the oldest counts)."""
    openers, units = _stated_ages(pack.lang)
    n = len(doc.words)
    if not openers or j >= n or doc.gaps[j].strip():
        return False
    norms = [w.norm for w in doc.words[j : j + 6]]
    opener = next((o for o in openers if tuple(norms[: len(o)]) == o), None)
    if opener is None:
        return False
    t, oldest = j + len(opener), None
    while t < n and not doc.gaps[t].strip():
        age = _age_value(doc, t, pack)
        if age is None:
            break
        oldest = max(age, oldest or 0)
        t += 1
        if t < n and not doc.gaps[t].strip() and doc.words[t].norm in pack.conjunctions:
            t += 1
    if oldest is None:
        return False
    closed = t < n and doc.words[t].norm in units
    return oldest < _MINOR_AGE and (closed or not units)


def _age_between(doc: Doc, k: int, pack: LanguagePack) -> int | None:
    """The word after an age hyphenated onto its unit at ``k`` ("17-year-old"), if it is one."""
    t = k + 1
    while t < len(doc.words) and doc.gaps[t] in _COMPOUND_JOINS:
        t += 1
    if t == k + 1 or doc.words[k + 1].norm not in pack.age_units:
        return None
    return t


def _counts_its_own(doc: Doc, start: int, head: Head, pack: LanguagePack) -> bool:
    """Whether a noun found past a subordinator counts a number of its own: "the toll rose to
    28 after the bodies of nine more people were pulled out" (the bodies are the nine's, and
    the clause after "after" is no head of 28)."""
    if not any(doc.words[t].norm in pack.subordinators for t in range(start, head.i)):
        return False
    return _number_at(doc, head.j, pack)


@cache
def _family_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The pack's ``segments.family_of`` phrases as normalised word tuples, by first word (most
    words open none: no phrase is compared there)."""
    listed = load_pack(lang).raw.get("segments", {}).get("family_of", [])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in listed:
        words = tuple(normalize(w) for w in phrase.split())
        if words:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(phrases) for first, phrases in by_first.items()}


def family_of(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether a predicate naming its people one family opens at word ``k`` ("tillhörde samma
    familj", "belonged to the same family")."""
    phrases = _family_phrases(pack.lang).get(doc.norms[k]) if k < len(doc.norms) else None
    return phrases is not None and any(
        tuple(doc.norms[k : k + len(p)]) == p
        and not any(g.strip() for g in doc.gaps[k + 1 : k + len(p)])
        for p in phrases
    )


def _count_opens(doc: Doc, k: int, cats: dict[str, int], pack: LanguagePack) -> bool:
    """Whether a count opens at word ``k``: a number, or a vague quantity ("hundratals")."""
    return _number_at(doc, k, pack) or any(c.startswith("vague:") for c in cats)


def _number_at(doc: Doc, t: int, pack: LanguagePack) -> bool:
    """Whether a number stands at word ``t``, perhaps after an "of" word or article."""
    if t < len(doc.words) and doc.words[t].norm in pack.of_words:
        t += 1
    return t < len(doc.words) and (
        doc.words[t].is_digit or bool(split_number_word(doc.words[t].norm, pack))
    )


def _partitive_of_things(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> Head | None:
    """A part of a counted whole of things ("six of the 10 houses", "seis de las 10 casas"):
    after an "of" word, perhaps an article, a number whose noun is a distractor or a quantity;
    the part counts those things, not people."""
    if k == 0 or doc.words[k - 1].norm not in pack.of_words:
        return None
    t = k + 1 if "fn:word" in cats_at(marks, k) and not doc.words[k].is_digit else k
    if t + 1 >= len(doc.words) or doc.gaps[t + 1] != " ":
        return None
    if not (doc.words[t].is_digit or split_number_word(doc.words[t].norm, pack)):
        return None
    whole = _head_from(cats_at(marks, t + 1), t + 1, doc, marks, pack)
    if whole is None or not (whole.distractor or whole.quantity):
        return None
    return Head(k, whole.j, distractor=whole.distractor, quantity=whole.quantity)


def _joined_verb(doc: Doc, k: int, cats: dict[str, int], pack: LanguagePack) -> bool:
    """A casualty word with "and" written onto it opens the next clause ("قتل ثلاثة وأصيب
    خمسة": three were killed and five hurt), so it is not the noun the number before counts;
    "وفيات" (deaths) keeps its و, which is no "and"."""
    joined = pack.joined_conjunction
    word = doc.words[k].norm
    if not joined or not word.startswith(joined) or len(word) <= len(joined) + 2:
        return False
    if not any(c.startswith("measure:") for c in cats):
        return False
    rest = pack.lexicon.annotate([word[len(joined) :]])
    return rest.opens(0, "measure:")


def _plain_noun(doc: Doc, marks: Marks, pack: LanguagePack, t: int) -> bool:
    """Whether word ``t`` follows the previous one with a plain space and is a word the pack
    gives no category of person, casualty, thing, function or date (a source, "source",
    "agency", is a noun of that kind: it names who speaks)."""
    if t >= len(doc.words) or doc.gaps[t] != " " or doc.words[t].is_digit:
        return False
    if doc.words[t].norm in pack.of_words or doc.words[t].norm in pack.function_words:
        return False
    if pack.raw.get("text", {}).get("nouns_capitalised") and not doc.words[t].text[:1].isupper():
        return False  # "9 weitere kamen hinzu": a verb or particle, not a noun
    return all(c.startswith(("attr:", "actor:")) for c in cats_at(marks, t))


_COMPOUND_JOINS = frozenset({"-", "‐", "‑"})  # words of one hyphenated compound
_TIME_UNITS = ("date:recent_days", "date:recent_weeks", "date:recent_months")
_RECENT = frozenset({*_TIME_UNITS, "date:past"})  # words of "the past six days", not a date


def head_at(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> Head | None:
    """The head a noun at word ``k`` would be for a number that counts it, if any."""
    return _head_from(cats_at(marks, k), k, doc, marks, pack)


def _head_from(
    cats: dict[str, int], k: int, doc: Doc, marks: Marks, pack: LanguagePack
) -> Head | None:
    if not cats:
        return None
    longest_who = 0  # the end of the longest person noun here (a loop: read for most numbers)
    for c, e in cats.items():
        if c.startswith("who:") and e > longest_who:
            longest_who = e
    if "dis:units" in cats and cats["dis:units"] > longest_who:  # a tie is a person noun
        return Head(k, cats["dis:units"], distractor=True)
    for unit in _TIME_UNITS:  # "the past six days": a count of days, not of people
        if unit in cats and cats[unit] > longest_who:
            return Head(k, cats[unit], distractor=True)
    if "qty:percent" in cats:
        return Head(k, cats["qty:percent"], quantity="percent")
    if "who:others" in cats and not any(
        c.startswith("who:") and c not in ("who:others", "who:generic") for c in cats
    ):
        nxt = cats["who:others"]
        if nxt < len(doc.words) and not any(ch in SEGMENT_PUNCT for ch in doc.gaps[nxt]):
            # "dozens more civilians"; not "dozens more, medics said": the speaker
            following = _head_from(cats_at(marks, nxt), nxt, doc, marks, pack)
            if following is not None and (following.who or following.measure):
                following.others = True
                following.i = k
                return following
            # "several other (medical) structures": other things, not other people, where
            # the word for "other" stands before its noun (pack who.others_before_noun)
            before_noun = pack.raw.get("who", {}).get("others_before_noun", [])
            spots = (nxt, nxt + 1) if doc.words[k].norm in before_noun else ()
            for t in spots:
                counted = (
                    _head_from(cats_at(marks, t), t, doc, marks, pack)
                    if t < len(doc.words)
                    else None
                )
                if (
                    counted is not None
                    and counted.distractor
                    and not doc.gaps[t].strip()
                    and (t == nxt or counted.j == t + 1)
                ):
                    return Head(k, counted.j, distractor=True)
                if (
                    t == nxt
                    and counted is not None
                    and counted.quantity
                    and not counted.who
                    and not counted.measure
                    and not doc.gaps[t].strip()
                ):
                    # "three other attacks", "no further strikes", "deux autres frappes":
                    # other things of a kind the pack counts, not other people (p17rep)
                    return Head(k, counted.j, quantity=counted.quantity)
                named = {c.split(":")[0] for c in cats_at(marks, t)} & {"who", "measure", "qty"}
                if t == nxt and (named or doc.gaps[t + 1 : t + 2] != [" "]):
                    break
            if spots and _plain_noun(doc, marks, pack, nxt):
                # "no further information", "several other accounts": a noun the pack does
                # not know follows, so the count is of it, as of any unknown noun
                return Head(k, nxt + 1, unknown=True)
        return Head(k, nxt, others=True)
    # the longest casualty phrase names the measure: "víctimas mortales" (killed), not
    # "víctimas" (killed or injured); one loop for both (asked for most numbers)
    longest_thing = 0
    longest: int | None = None
    for c, e in cats.items():
        if c.startswith("qty:"):
            if c != "qty:people_interviewed" and e > longest_thing:
                longest_thing = e
        elif c.startswith("measure:") and (longest is None or e > longest):
            longest = e
    for cat, end in cats.items():
        if cat.startswith("measure:"):
            if longest_thing >= end:  # "displacement camps" names a place, not the displaced
                break
            if longest is not None and end < longest:
                continue
            return _post_nominal_who(Head(k, end, measure=cat[8:], who="people"), doc, marks, pack)
        if cat.startswith("head:"):  # a noun that names deaths only as what a number counts
            return Head(k, end, measure=cat[5:], who="people")
    whos = [
        c
        for c in cats
        if c.startswith("who:")
        and c not in ("who:generic", "who:others", "who:partitive", "who:subset")
    ]
    if whos:
        end = max(cats[c] for c in whos)
        # the longest phrase names the group: "رجال الشرطة" (police, not men), "عناصر الدفاع
        # المدني" (rescuers, not fighters), "husband and wife" (people, not men)
        who = preferred_who([c for c in whos if cats[c] == end])
        if "grp:nouns" in cats and who == "people":  # "members of one family", "of a militia"
            who = member_group(doc, end, marks, pack) or who
        if who == "people" and minor_by_age(doc, end, pack):
            who = "children"  # "tres jóvenes de 16 años"
        if end < len(doc.words) and not doc.gaps[end].strip() and not pack.head_first:
            # a who noun modifying a counted thing counts the thing: "four fighter jets",
            # "three refugee camps" (where modifiers follow their noun, as in Arabic, the
            # thing after a person noun is another phrase: "15 شخصا بانفجار")
            after = cats_at(marks, end)
            harm = next((c for c in after if c.startswith("measure:")), None)
            if harm is not None and doc.words[k].norm in pack.words("who", "severity"):
                # "two minor injuries": how badly, no minors (``who.severity``)
                return Head(k, after[harm], measure=harm[8:], who="people")
            lives = next((c for c in after if c.startswith("head:")), None)
            if lives is not None:  # "300 civilian lives": the lives of civilians (en14)
                return Head(k, after[lives], measure=lives[5:], who=who)
            thing = next((c for c in after if c.startswith("qty:") and c != "qty:percent"), None)
            if thing is not None and thing != "qty:people_interviewed":
                return Head(k, after[thing], quantity=thing[4:])
        head = Head(k, end, who=who, generic="who:generic" in cats)
        if who == "people":  # "ثمانية عراقيين مدنيين", "personnes civiles": civilians
            head = _post_nominal_who(head, doc, marks, pack)
        _conjoined(head, doc, marks, pack)
        return head
    for cat, end in cats.items():
        if cat.startswith("qty:") and cat != "qty:people_interviewed":
            return Head(k, end, quantity=cat[4:])
    return None


_WHO_ORDER = (
    "civilians",
    "children",
    "women",
    "men",
    "combatants",
    "protected",
    "security",
    "assailants",
    "people",
)
# categories read as ``other``: protected roles, police and guards (neither civilians by the
# text nor fighters), and attackers (killed in their own attack: conventions, who = other)
OTHER_CATEGORIES = frozenset({"protected", "security", "assailants"})
OTHER_CATS = frozenset(f"who:{c}" for c in OTHER_CATEGORIES)
_POST_NOMINAL_WHO = frozenset({"who:civilians", "who:combatants"})
# categories a participle before its noun may count where modifiers precede their noun
_ATTRIBUTIVE_WHO = frozenset(f"who:{c}" for c in ("children", "women", "men", *OTHER_CATEGORIES))


def _post_nominal_who(head: Head, doc: Doc, marks: Marks, pack: LanguagePack) -> Head:
    """A category adjective right after a casualty noun or a people noun says whom it counts:
    "victimes civiles", "víctimas civiles", "muertos civiles", "عراقيين مدنيين" (civilians,
    not people); so does a category after "among" (pack ``who.among_after``): "4 morts parmi
    les forces de l'ordre", "vier Tote unter den Sicherheitskräften"."""
    k = head.j
    if k >= len(doc.words) or doc.gaps[k] != " ":
        return head
    among = _among_category(doc, k, marks, pack)
    if among is not None:
        head.who, head.j = among
        return head
    cats = cats_at(marks, k)
    whos = [c for c in cats if c in _POST_NOMINAL_WHO]
    attributive = not whos and head.measure is not None and not pack.head_first
    if attributive:
        # a participle before its noun: "12 getötete Kinder", "41 slain journalists"
        # a noun that is also a plain people noun ("wounded patients") stays people
        whos = [c for c in cats if c in _ATTRIBUTIVE_WHO] if "who:people" not in cats else []
    if not whos:
        return head
    end = max(cats[c] for c in whos)
    # a phrase of several words ("في صفوف المدنيين", in the ranks of the civilians) outreaches
    # what its first word alone may be ("في" before a year)
    if not any(c.startswith(("measure:", "qty:", "dis:")) and e >= end for c, e in cats.items()):
        head.who = preferred_who(whos)
        head.j = end
        if attributive:
            _conjoined(head, doc, marks, pack)  # "20 getötete Frauen und Kinder": other
    return head


def _among_category(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> tuple[str, int] | None:
    """The category and end of a noun of one after an "among" phrase at word ``k`` ("among
    the security forces", "parmi les civils"), across plain spaces only."""
    n = len(doc.words)
    for phrase in pack.raw.get("who", {}).get("among_after", []):
        parts = normalize(phrase).split()
        t = k + len(parts)
        if t >= n or [w.norm for w in doc.words[k:t]] != parts:
            continue
        if any(doc.gaps[g] != " " for g in range(k + 1, t + 1)):
            continue
        cats = cats_at(marks, t)
        whos = [
            c
            for c in cats
            if c.startswith("who:")
            and c not in ("who:generic", "who:others", "who:partitive", "who:subset")
        ]
        if not whos or any(c.startswith(("qty:", "dis:")) for c in cats):
            continue
        end = max(cats[c] for c in whos)
        if end < n and ("," in doc.gaps[end] or doc.words[end].norm in pack.conjunctions):
            return None  # "parmi les femmes, les enfants et les personnes âgées": a mix
        return preferred_who(whos), end
    return None


_GROUP_WORDS = 6  # words from a member noun to the group it names: "members of the al-X Brigades"
_GROUP_WHO = {"grp:combatants": "combatants", "grp:protected": "other"}


def member_group(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> str | None:
    """The category of the group named after a member noun ending before word ``k`` (pack
    ``[member_groups]``): "members of a militia", "Mitglieder der X-Brigaden" (fighters),
    "employés de l'ONU", "members of the medical staff", "أفراد من الدفاع المدني" (protected:
    ``other``); a group noun wins over a
    category word that modifies it ("members of a civilian militia"); None when the phrase
    names no group or category ("members of the public")."""
    found: str | None = None
    n = len(doc.words)
    for t in range(k, min(n, k + _GROUP_WORDS)):
        if any(ch in SEGMENT_PUNCT or ch in ".!?؟" for ch in doc.gaps[t]):
            break
        word = doc.words[t]
        cats = cats_at(marks, t)
        group = next((_GROUP_WHO[c] for c in cats if c in _GROUP_WHO), None)
        if group is not None:
            return group
        if word.is_digit or word.norm in pack.conjunctions:
            break
        if any(c.startswith(("measure:", "qty:", "neg:")) for c in cats):
            break
        whos = [
            c
            for c in cats
            if c.startswith("who:")
            and c not in ("who:generic", "who:others", "who:partitive", "who:subset", "who:people")
        ]
        if whos and found is None:
            end = max(cats[c] for c in whos)
            found = preferred_who([c for c in whos if cats[c] == end])
    return found


def preferred_who(whos: list[str]) -> str:
    """The most specific category; people with a protected role (journalists, health workers,
    rescuers, aid and UN staff, the roles Airwars records) and police and guards are ``other``."""
    names = [w[4:] for w in whos]
    for who in _WHO_ORDER:
        if who in names:
            return "other" if who in OTHER_CATEGORIES else who
    return names[0]


def conjoined_after(head: Head, k: int, doc: Doc, marks: Marks, pack: LanguagePack) -> None:
    """ "en man i 60-årsåldern och hans son": a second person joined by "and" after a phrase
    that ends at word ``k`` (an age after the noun); the head takes them in as right after it."""
    j = head.j
    head.j = k
    _conjoined(head, doc, marks, pack)
    if head.conjoined_who is None:
        head.j = j


def _conjoined(head: Head, doc: Doc, marks: Marks, pack: LanguagePack) -> None:
    """ "women and children", "civilians and security personnel" as one count: who = other."""
    k = head.j
    if k + 1 >= len(doc.words) or any(ch in ".,;:!?؟،" for ch in doc.gaps[k]):
        return
    joiner = doc.words[k].norm
    joined = pack.joined_conjunction
    prefixed = bool(joined) and doc.words[k].norm.startswith(joined)
    if (
        joiner not in ("and", "och", "und", "et", "y", "or", "eller", "oder", "ou", "o")
        and not prefixed
    ):
        return
    target = k if prefixed else k + 1
    for offset in range(2):
        t = target + offset
        if t >= len(doc.words):
            return
        if doc.words[t].is_digit or doc.words[t].norm in pack.singular or marks.opens(t, "vague:"):
            return  # "two paramedics and a doctor": the doctor is a count of its own
        if split_number_word(doc.words[t].norm, pack) is not None:
            return
        cats = cats_at(marks, t)
        if "one:nouns" in cats and pack.raw.get("singular_victims", {}).get("bare_indefinite"):
            return  # "طفلين ووالدتهما": one person of their own, not inside the count
        whos = [
            c
            for c in cats
            if c.startswith("who:")
            and c not in ("who:generic", "who:others", "who:partitive", "who:subset")
        ]
        if whos:
            other = preferred_who(whos)
            if "grp:nouns" in cats and other == "people":  # "members of the medical staff"
                other = member_group(doc, max(cats[c] for c in whos), marks, pack) or other
            alone = (head.who, head.j)
            head.j = max(cats[c] for c in whos)
            if other != head.who or head.who == "people":
                head.alone = alone
                head.conjoined_who = other
                head.who = "other" if other != head.who else head.who
            return


def choose_cue(
    mention: Mention,
    head: Head,
    cues: list[Cue],
    segs: list[int],
    doc: Doc,
    starts: list[int] | None = None,
) -> tuple[Cue | None, bool]:
    """The cue governing a mention and whether it sits in the mention's own segment.

    In its own segment a number does not reach a cue across another number ("rose to 40
    with 30 people wounded": "wounded" belongs to 30); across segments it may (a shared
    predicate). ``cues`` may be only those of the mention's sentence; ``starts`` (the first
    words of all mentions) must be sorted.
    """
    starts = starts or []
    # a range's "and" opens a segment inside it ("between 12 and 20 were wounded"): the
    # segments of its first and last words are both its own
    own = {segs[mention.i], segs[mention.j - 1]}
    sentence = doc.sentence[mention.i]
    lo, hi = mention.i, max(mention.j, head.j)
    best: tuple[int, Cue] | None = None
    fallback: tuple[int, Cue] | None = None
    label: Cue | None = None
    for cue in cues:
        if cue.j == lo and ":" in doc.gaps[lo] and doc.sentence[cue.i] == sentence:
            if cue.measure != "killed_or_injured":
                return cue, True  # "Döda: 45, skadade: 120": a label names the figure after it
            label = cue  # "Opfer: 2 Zivilisten getötet": the figure's own verb says how
    for cue in cues:
        if lo <= cue.i < hi:
            continue
        if doc.sentence[cue.i] != sentence:
            continue
        distance = cue.i - hi if cue.i >= hi else lo - cue.j
        if cue.i >= hi and _verb_with_its_object(cue, starts, hi, doc):
            continue
        if _possessor(cue, doc):
            continue  # "two girls, the victim's daughters, were not hurt": the victim owns

        key = distance * 2 + (1 if cue.i < lo else 0)
        if segs[cue.i] in own or segs[cue.j - 1] in own:
            # another mention between the number and the cue (never the mention itself:
            # the ranges exclude ``lo``)
            a, b = (hi, cue.i) if cue.i >= hi else (cue.j, lo)
            at = bisect_left(starts, a)
            if at < len(starts) and starts[at] < b:
                if distance <= _FALLBACK_DISTANCE and (fallback is None or key < fallback[0]):
                    fallback = (key, cue)
                continue
            if best is None or key < best[0]:
                best = (key, cue)
        elif (
            distance <= _FALLBACK_DISTANCE
            and (fallback is None or key < fallback[0])
            and ";" not in doc.punct_between(min(lo, cue.i), max(hi, cue.j) - 1)
        ):
            fallback = (key, cue)  # a shared predicate never reaches across ";"
    if best is not None and (label is None or best[1].i >= hi):
        return best[1], True
    if label is not None:
        return label, True
    if fallback is not None:
        return fallback[1], False
    return None, False


_APOSTROPHES = frozenset({"'", "\u2019"})


def _possessor(cue: Cue, doc: Doc) -> bool:
    """A casualty noun with a possessive 's ("the victim's daughters", "the couple's baby")
    names whose the people counted are, not what befell them: it governs no count."""
    return (
        cue.j < len(doc.words) and doc.words[cue.j].norm == "s" and doc.gaps[cue.j] in _APOSTROPHES
    )


def resolve_measure(head: Head, cue: Cue | None, found_nearby: bool) -> str | None:
    """The casualty measure from the head noun and the governing cue.

    A finding verb or a grave next to the count turns dead (or uncounted persons: "the five
    men found", "up to 300 people may lie in this grave") into ``bodies_recovered``.
    """
    measure = head.measure
    # people hurt or missing beside a finding word are still hurt or missing ("missing under
    # the rubble"): only the dead and the uncounted become bodies
    if (
        measure is None
        and head.who
        and found_nearby
        and (cue is None or cue.measure not in ("injured", "missing"))
    ):
        return "bodies_recovered"
    if measure == "bodies_recovered":
        return measure
    if measure == "killed_or_injured" and cue is not None and cue.measure in _SPECIFIC_OVER_VICTIMS:
        measure = cue.measure
    if measure is None and cue is not None:
        measure = cue.measure
    if measure in ("killed", "killed_or_injured") and found_nearby:
        return "bodies_recovered"
    return measure


def _verb_with_its_object(cue: Cue, starts: list[int], hi: int, doc: Doc) -> bool:
    """Whether a cue after a count, with another count between them, has a count of its own
    right after it: then it is an active verb with its object, never the earlier count's
    predicate ("About 40 soldiers took part in the raid, which killed 6 civilians": the
    soldiers were not killed; "250 officers searched for the gunmen who shot dead 5 hikers").

    A count with nothing counted between it and the cue keeps it ("Three members of the family
    were killed alongside 2 others"), and so does one whose cue has a word or punctuation before
    the next count ("bringing the number of victims to eleven", "killed and dozens injured").
    """
    at = bisect_left(starts, cue.j)
    if at >= len(starts) or starts[at] != cue.j:
        return False
    if doc.punct_between(cue.j - 1, starts[at]).strip():
        return False  # "... verletzt worden, mehrere von ihnen schwer": a part set off after it
    between = bisect_left(starts, hi)
    return between < len(starts) and starts[between] < cue.i
