"""One victim named or referred to alone: "Officer Example was killed", "he died in hospital",
"shot and killed his sister", "a man was shot" (hurt, when nobody is reported dead).

A lone victim is a count of one. Inside a counted report ("seven were killed, among them
a teacher ...") the person is part of that count, so, following the labelling conventions, these
readings are only used when the document counts nothing else for the same measure.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache

from harmledger.extract.hospital_checks import for_a_check
from harmledger.extract.hospital_trips import named_hospital_trips
from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.numbers import split_number_word
from harmledger.extract.reading import OTHER_CATS, Cue, cats_at
from harmledger.extract.text import Doc, normalize

_EVENT_MODIFIERS = 3  # words between "deadly" and "shooting": "a deadly Christmas Day shooting"
_ASIDE_WORDS = 8  # words of an aside set off between a named victim and the verb
_SHARED_REACH = 6  # words between a hurt verb and the "and" joining a death to it
_CLAUSE_WORDS = 12  # words of a clause before "and" and a harmed phrase sharing its subject
_PHRASE_WORDS = 6  # words of a phrase of place between a person noun and the verb
_AGE_WORDS = 7  # words of an age phrase after a lone victim's noun: "in his late twenties"
_WHERE_WORDS = 3  # words of where a shot hit after the verb: "in the chest", "multiple times"
_BRACKET_WORDS = 8  # words from a German auxiliary to the participle closing its bracket
_WHO = (
    "who:civilians",
    "who:children",
    "who:women",
    "who:men",
    "who:combatants",
    "who:protected",
    "who:security",
    "who:assailants",
    "who:people",
)


@dataclass(frozen=True)
class LoneVictim:
    """A single victim at words ``[i, j)`` governed by ``cue``."""

    i: int
    j: int
    cue: Cue
    who: str
    event: bool = False
    harmed: bool = False  # "a man was shot": hurt, unless the document reports a death
    least: int = 1  # deaths an event word claims at least ("a murder-suicide": two)
    count: int = 1  # "a farmer and his wife": two


def _is_name(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> bool:
    word = doc.words[k]
    if word.is_digit or not word.text[:1].isupper():  # a script without case has no names here
        return False
    cats = cats_at(marks, k)
    if _in_phrase_of_place(doc, k, marks, pack):
        return False
    return not cats or set(cats) <= {"one:determiners"}


def _in_phrase_of_place(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> bool:
    """ "bei dem Brand", "im Krankenhaus": where every noun is capitalised (German), a noun
    after a preposition, perhaps with an article between, is a common noun, not a name."""
    prepositions = _prepositions(pack.lang)
    if not prepositions or k == 0 or doc.gaps[k].strip():
        return False
    t = k - 1
    if "one:determiners" in cats_at(marks, t) and t > 0 and not doc.gaps[t].strip():
        t -= 1
    return doc.words[t].norm in prepositions


@cache
def _hit_words(lang: str) -> frozenset[str]:
    """Participles of being hit (``singular_victims.hit``), normalised."""
    words = load_pack(lang).raw.get("singular_victims", {}).get("hit", [])
    return frozenset(normalize(w) for w in words)


@cache
def _prepositions(lang: str) -> frozenset[str]:
    """The prepositions that open a phrase (``attribution.openers``), in a pack whose nouns are
    all capitalised (``uncounted.names_capitalised = false``); empty in other packs."""
    raw = load_pack(lang).raw
    if raw.get("uncounted", {}).get("names_capitalised", True):
        return frozenset()
    return frozenset(normalize(w) for w in raw.get("attribution", {}).get("openers", []))


def _pronoun_as_written(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """A pronoun matched after accents are folded must also match as written: Spanish "él"
    is a pronoun, "el" an article ("El balance subió")."""
    written = pack.raw.get("singular_victims", {}).get("pronouns", [])
    return doc.words[k].text.lower() in written


def _numeral_as_written(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """ "one" standing for a person ("uno murió", "einer starb", "en dog"), as written."""
    written = pack.raw.get("singular_victims", {}).get("numerals", [])
    return doc.words[k].text.lower() in written


def _numeral_cue(doc: Doc, cue: Cue, pack: LanguagePack) -> bool:
    """Whether the cue after a "one" that may also be an article is a verb, so the "one" is a
    person ("två dödades och en skadades") and not the article of a noun cue ("en skada
    uppstod": a damage). ``singular_victims.numeral_cues`` lists the verb forms, where a pack
    needs them; without the list every cue is."""
    forms = pack.raw.get("singular_victims", {}).get("numeral_cues")
    if not forms:
        return True
    word = doc.words[cue.i].norm
    return any(fnmatchcase(word, normalize(f)) for f in forms)


def _who(doc: Doc, k: int, marks: Marks) -> str:
    cats = cats_at(marks, k)
    for cat in _WHO:
        if cat in cats:
            return "other" if cat in OTHER_CATS else cat[4:]
    return "people"


def victim_at(doc: Doc, k: int, cue: Cue, marks: Marks) -> LoneVictim:
    """The lone person at word ``k`` that ``cue`` befell, found by the caller (the object after
    a verb's counted subject: "قتل ثلاثة مسلحين صاحب المتجر")."""
    return LoneVictim(k, k + 1, cue, _who(doc, k, marks))


def _subject(
    doc: Doc, cue: Cue, marks: Marks, pack: LanguagePack, *, plural: bool = False
) -> tuple[int, int] | None:
    if doc.words[cue.i].norm in pack.words("singular_victims", "plural_cues"):
        return None  # "Gun deaths rose": a plural noun of deaths has no one person before it
    k = cue.i - 1
    sentence = doc.sentence[cue.i]
    # with ``plural``, the auxiliaries of a plural subject too ("a man and a woman were taken
    # to a hospital": the last member, which coordinated.py joins to the ones before)
    while (
        k >= 0
        and doc.sentence[k] == sentence
        and _auxiliary_at(marks, k, plural)
        and cue.i - k <= 4
    ):
        if doc.gaps[k + 1].strip():
            return None
        k -= 1
    if k < 0 or doc.sentence[k] != sentence:
        return None
    k = _before_children(doc, k, marks, pack)
    aged = before_age(doc, k, marks, pack)
    # an age set off by commas: "L'homme, âgé de 45 ans, a été tué"
    set_off = aged < k and doc.gaps[aged + 1].strip() == "," == doc.gaps[k + 1].strip()
    k = aged
    if doc.gaps[k + 1].strip(" \u00a0") and not set_off:
        return (
            _aged_name(doc, k, marks, pack)
            or _apposition(doc, k, marks, pack)
            or _name_before_asides(doc, k, marks, pack)
            or _relative_aside(doc, k, marks, pack)
            # a capitalised cue is a name itself ("Waco, Temple, Killeen"), not a verb
            or (None if doc.words[cue.i].text[:1].isupper() else _named_aside(doc, k, marks, pack))
        )
    if doc.words[k].norm in pack.conjunctions and not doc.gaps[k].strip():
        return _shared_subject(doc, k, marks, pack)
    relative = pack.raw.get("singular_victims", {}).get("relative", [])
    if doc.words[k].norm in relative and doc.gaps[k].strip() == "," and k > 0:
        # "shot the man, who later died": the noun the relative clause is set off from
        t = k - 1
        return (
            (t, k) if doc.sentence[t] == sentence and _noun_or_name(doc, t, marks, pack) else None
        )
    cats = cats_at(marks, k)
    if "one:numerals" in cats and _numeral_as_written(doc, k, pack):
        if cue.i - k == 2 and doc.norms[k + 1] in pack.words("singular_victims", "partitive"):
            return None  # "einer der Toten hält ein Kind": one of the dead, no one more (p17de)
        # "uno murió", "einer starb": one of a group
        return (k, k + 1) if _numeral_cue(doc, cue, pack) else None
    for cat, start, _ in marks.ending("one", k + 1):
        if cat == "one:nouns" and start < k:
            return start, k + 1  # a noun of several words: "un menor de edad murió"
    if not _noun_or_name(doc, k, marks, pack):
        return (
            _bracketed_subject(doc, cue, marks, pack)
            or _shared_subject(doc, k + 1, marks, pack, reduced=True)
            or _noun_before_phrase(doc, k, marks, pack)
        )
    if k > 0 and doc.sentence[k - 1] == sentence and marks.opens(k - 1, "measure:"):
        # "استشهدت سيدة وأصيب": the noun belongs to the verb before it (in its sentence: "...
        # and was shot. He was taken to hospital" opens a sentence of its own)
        return None
    if "one:nouns" in cats or ("one:pronouns" in cats and _pronoun_as_written(doc, k, pack)):
        return None if _lacks_article(doc, k, pack) else (k, k + 1)
    if _is_name(doc, k, marks, pack):
        start = k
        while start > 0 and _is_name(doc, start - 1, marks, pack) and not doc.gaps[start].strip():
            start -= 1
        return start, k + 1
    return None


def _noun_before_phrase(
    doc: Doc, k: int, marks: Marks, pack: LanguagePack
) -> tuple[int, int] | None:
    """A person noun with its article, then a phrase of place or belonging that ends at ``k``
    right before the verb: "a clerk at a gas station was shot", "the owner of the corner
    store was wounded", "a customer inside the restaurant" (``singular_victims.phrase_links``
    opens the phrase). The phrase holds no punctuation, number, person noun, relative or
    casualty word: it only says where the person was or whose they were."""
    links = pack.words("singular_victims", "phrase_links")
    relative = pack.words("singular_victims", "relative")
    sentence = doc.sentence[k]
    for t in range(k, max(0, k - _PHRASE_WORDS), -1):
        word = doc.words[t]
        if (
            doc.sentence[t] != sentence
            or doc.gaps[t + 1].strip()
            or word.is_digit
            or word.norm in relative
            or marks.opens(t, ("measure:", "one:nouns", "one:aux", "one:pronouns"))
        ):
            return None
        if word.norm in links and t < k:
            noun = t - 1
            if doc.gaps[t].strip() or "one:nouns" not in cats_at(marks, noun):
                return None
            articles = pack.singular | pack.words("attribution", "determiners")
            if noun == 0 or doc.words[noun - 1].norm not in articles:
                return None  # "a clerk", "the owner": one person, with an article
            return noun, noun + 1
    return None


def _bracketed_subject(
    doc: Doc, cue: Cue, marks: Marks, pack: LanguagePack
) -> tuple[int, int] | None:
    """The subject before an auxiliary that opens a verb bracket closed by the cue, with a
    phrase between: "Der Mann wurde bei dem Angriff getötet", "die Frau ist am Montag schwer
    verletzt worden" (German puts the participle last). Between the auxiliary and the cue no
    stop, number, person or other cue: those would make the participle someone else's."""
    bracket = pack.raw.get("singular_victims", {}).get("bracket_aux", [])
    if not bracket:
        return None
    sentence = doc.sentence[cue.i]
    for t in range(cue.i - 1, max(-1, cue.i - 1 - _BRACKET_WORDS), -1):
        if doc.sentence[t] != sentence or any(ch in doc.gaps[t + 1] for ch in ".,;:!?()"):
            return None
        cats = cats_at(marks, t)
        if doc.words[t].norm in bracket:
            s = t - 1
            if s < 0 or doc.sentence[s] != sentence or doc.gaps[t].strip():
                return None
            return (s, s + 1) if "one:nouns" in cats_at(marks, s) else None
        if doc.words[t].is_digit or any(
            c.startswith(("measure:", "who:", "one:nouns", "one:pronouns")) for c in cats
        ):
            return None
    return None


def _before_children(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> int:
    """The parent before "of" and a count of their children ending at word ``k`` ("a father
    of three was shot", "a mother of two children died", ``singular_victims.parents``), or
    ``k`` itself: the count is the victim's children, the victim is one parent."""
    parents = pack.words("singular_victims", "parents")
    if not parents or k < 2:
        return k
    t = k
    if "who:children" in cats_at(marks, t) and not doc.gaps[t].strip():
        t -= 1  # "of three children"
    number = doc.words[t]
    if not (number.is_digit or split_number_word(number.norm, pack) is not None):
        return k
    of, parent = t - 1, t - 2
    if parent < 0 or doc.words[of].norm not in pack.of_words:
        return k
    if doc.sentence[parent] != doc.sentence[k]:
        return k
    if any(doc.gaps[g].strip() for g in range(of, k + 1)):
        return k
    return parent if doc.words[parent].norm in parents else k


def children_after(doc: Doc, j: int, marks: Marks, pack: LanguagePack) -> int:
    """End of a count of a parent's children right after the parent noun ending at ``j``
    ("father of three"), or ``j`` where there is none."""
    n = len(doc.words)
    for end in (j + 2, j + 3):
        if end <= n and _before_children(doc, end - 1, marks, pack) == j - 1:
            return end
    return j


def _lacks_article(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """ "another" is one person only after an indefinite article ("ein weiterer", "un autre",
    "en annan"): bare, as in "autres blessés", it is others, not one."""
    needs = pack.raw.get("singular_victims", {}).get("after_article", [])
    if doc.words[k].norm not in needs:
        return False
    return k == 0 or doc.words[k - 1].norm not in pack.singular or bool(doc.gaps[k].strip())


def age_phrase_end(doc: Doc, o: int, marks: Marks, pack: LanguagePack) -> int | None:
    """The end of an age phrase opening at word ``o`` after a lone victim's noun ("in his
    twenties", "de unos 30 años", "um die 30", "âgé de 45 ans", "i 30-årsåldern"): an opener
    of the pack's ``singular_victims.age_openers``, then numbers, age words and units, at least
    one of them a number or a decade; ``None`` where no such phrase opens there."""
    n = len(doc.words)
    openers, decades, words = _age_lists(pack.lang)
    if o < 1 or o >= n or doc.words[o].norm not in openers:
        return None  # most words open no age phrase: the cheap test first
    if "one:nouns" not in cats_at(marks, o - 1) or doc.gaps[o].strip() not in ("", ","):
        return None
    for parts in openers[doc.words[o].norm]:
        t = o + len(parts)
        if t >= n or [w.norm for w in doc.words[o:t]] != parts:
            continue
        if any(doc.gaps[g].strip(" '’") for g in range(o + 1, t)):
            continue
        aged = False
        while t < n and not doc.gaps[t].strip(" -‐‑'’"):
            word = doc.words[t]
            digit = word.text.isdigit() and len(word.text) <= 3 and int(word.text) <= 120
            if digit or matches_stem(word.norm, decades):
                aged = True
            elif aged and word.norm in pack.conjunctions and not _age_number_at(doc, t + 1, pack):
                break  # "a man in his 30s and a woman": the next person
            elif (
                word.norm not in words
                and word.norm not in pack.of_words
                and split_number_word(word.norm, pack) is None
                and "dis:units" not in cats_at(marks, t)
                and not marks.opens(t, "qual:")
            ):
                break
            elif split_number_word(word.norm, pack) is not None:
                aged = True
            t += 1
        if aged:
            return t
    return None


def _age_number_at(doc: Doc, t: int, pack: LanguagePack) -> bool:
    return t < len(doc.words) and (
        doc.words[t].is_digit or split_number_word(doc.words[t].norm, pack) is not None
    )


@cache
def _age_lists(lang: str) -> tuple[dict[str, list[list[str]]], list[str], frozenset[str]]:
    """A pack's age phrase words, normalised once: openers by their first word, decades, and
    the words an age phrase may hold."""
    cfg = load_pack(lang).raw.get("singular_victims", {})
    openers: dict[str, list[list[str]]] = {}
    for phrase in cfg.get("age_openers", []):
        parts = normalize(phrase).split()
        openers.setdefault(parts[0], []).append(parts)
    decades = [normalize(w) for w in cfg.get("age_decades", [])]
    return openers, decades, frozenset(normalize(w) for w in cfg.get("age_words", []))


def age_openers(lang: str) -> frozenset[str]:
    """The first words of a pack's age phrases."""
    return frozenset(_age_lists(lang)[0])


def before_age(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> int:
    """The word before an age that follows its noun ("un joven de 17 años murió", "une femme
    de 40 ans est morte", "a man of 35 was killed", "a man in his twenties was killed", "ein
    Mann um die 30 wurde getötet"), or ``k`` itself: the age is no subject."""
    if k >= 2 and _bare_age(doc, k, marks, pack):
        return k - 2
    for o in range(k, max(0, k - _AGE_WORDS), -1):
        if age_phrase_end(doc, o, marks, pack) == k + 1 and doc.sentence[o - 1] == doc.sentence[k]:
            return o - 1
    if k < 3 or "dis:units" not in cats_at(marks, k) or doc.gaps[k].strip():
        return k
    number, of = doc.words[k - 1], doc.words[k - 2]
    if not (number.is_digit or split_number_word(number.norm, pack) is not None):
        return k
    if of.norm not in pack.of_words or doc.gaps[k - 1].strip() or doc.gaps[k - 2].strip():
        return k
    return k - 3 if doc.sentence[k - 3] == doc.sentence[k] else k


def _bare_age(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> bool:
    """Word ``k`` is an age without its unit after a lone victim's noun: "a man of 35"."""
    number, of = doc.words[k], doc.words[k - 1]
    # a digit word may hold a decimal point ("of magnitude 7.8"): no age
    if not number.text.isdigit() or len(number.text) > 3 or int(number.text) > 120:
        return False
    if of.norm not in pack.of_words or doc.gaps[k].strip() or doc.gaps[k - 1].strip():
        return False
    return "one:nouns" in cats_at(marks, k - 2) and doc.sentence[k - 2] == doc.sentence[k]


def _aged_name(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """A name, or a lone victim's noun, with its age set off before the verb: "Sam Example, 18,
    was shot", "Sam Example, then 18, died", "a man, 35, was killed", "la mujer, de 29 años,
    murió"."""
    if doc.gaps[k + 1].strip() != ",":
        return None
    if k >= 3 and "dis:units" in cats_at(marks, k) and doc.gaps[k - 2].strip() == ",":
        # the age with its "of" word and unit, set off: "la mujer, de 29 años, murió"
        number, of = doc.words[k - 1], doc.words[k - 2]
        aged = number.is_digit or split_number_word(number.norm, pack) is not None
        if not aged or of.norm not in pack.of_words or (doc.gaps[k] + doc.gaps[k - 1]).strip():
            return None
        return (k - 3, k - 2) if "one:nouns" in cats_at(marks, k - 3) else None
    if not doc.words[k].is_digit or len(doc.words[k].text) > 3:
        return None
    t = k - 1
    adverbs = pack.raw.get("distractors", {}).get("age_adverbs", [])
    if t > 0 and doc.words[t].norm in adverbs and not doc.gaps[k].strip():
        t -= 1
        comma = doc.gaps[t + 1].strip()
    else:
        comma = doc.gaps[k].strip()
    if t < 0 or comma != "," or doc.sentence[t] != doc.sentence[k]:
        return None
    if "one:nouns" in cats_at(marks, t):
        return t, t + 1  # "a man, 35, was shot": a lone victim's noun with its age
    if not _is_name(doc, t, marks, pack):
        return None
    start = t
    while start > 0 and _is_name(doc, start - 1, marks, pack) and not doc.gaps[start].strip():
        start -= 1
    return start, t + 1


def _apposition(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """A victim noun in an aside right before the verb: "Sam Example, a 24-year-old woman,
    died": the aside opens with a comma and an indefinite article."""
    if doc.gaps[k + 1].strip() != ",":
        return None
    for t in range(k - 1, max(-1, k - 6), -1):
        if doc.sentence[t] != doc.sentence[k] or doc.gaps[t + 1].strip(" -"):
            return None
        if doc.words[t].norm in pack.singular and doc.gaps[t].strip() in (",", ".,"):
            noun = next((u for u in range(t + 1, k + 1) if "one:nouns" in cats_at(marks, u)), None)
            return None if noun is None else (noun, noun + 1)
    return None


def _name_before_asides(
    doc: Doc, k: int, marks: Marks, pack: LanguagePack
) -> tuple[int, int] | None:
    """A name opening its clause, then asides set off before the verb: "Sam Example (aged 28),
    from the north, was killed", "Sam Example, from the camp, died": its age in brackets, a
    phrase after a comma in lower case; the name is the victim the asides describe."""
    sentence = doc.sentence[k]
    if doc.gaps[k + 1].strip() not in (",", ")", "),"):
        return None
    for t in range(k - 1, max(-1, k - 2 * _ASIDE_WORDS), -1):
        if doc.sentence[t] != sentence or any(ch in doc.gaps[t + 1] for ch in ".;:!?"):
            return None
        if marks.opens(t + 1, ("measure:", "qty:")):
            return None
        opener = doc.gaps[t + 1].strip()
        if not opener or opener[0] not in "(,":
            continue
        if opener == "," and not doc.words[t + 1].text[:1].islower():
            return None  # ", Kim Example," is a second name, not an aside
        if not _is_name(doc, t, marks, pack):
            continue
        start = t
        while start > 0 and _is_name(doc, start - 1, marks, pack) and not doc.gaps[start].strip():
            start -= 1
        if start > 0 and doc.sentence[start - 1] == sentence and "," not in doc.gaps[start]:
            return None  # the name must open its clause: "said Sam Example, ..." is a speaker
        return start, t + 1
    return None


def _relative_aside(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """A victim noun opening its sentence, then a relative clause set off by commas right
    before the verb: "Kvinnan, som var i 40-årsåldern, avled", "The boy, who was nine, was
    injured" (``segments.relative``, matched as written): the noun is the verb's subject."""
    if doc.gaps[k + 1].strip() != ",":
        return None
    sentence = doc.sentence[k]
    for t in range(k, max(0, k - 2 * _ASIDE_WORDS), -1):
        if doc.sentence[t] != sentence or any(ch in doc.gaps[t + 1] for ch in ".;:!?()"):
            return None
        if not _aside_opens(doc, t, pack):
            continue
        noun = t - 1
        if doc.sentence[noun] != sentence or not _noun_or_name(doc, noun, marks, pack):
            return None
        if _lacks_article(doc, noun, pack) or not _opens_sentence(doc, noun, pack):
            return None
        return noun, noun + 1
    return None


def _aside_opens(doc: Doc, t: int, pack: LanguagePack) -> bool:
    """Word ``t`` opens a relative clause set off by a comma (", som", ", who")."""
    relative = pack.raw.get("segments", {}).get("relative", [])
    return doc.words[t].text in relative and doc.gaps[t].strip() == ","


def _opens_sentence(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Word ``k`` opens its sentence, after at most a determiner and two modifiers ("The
    driver", "Den unge mannen", "Le jeune garçon") with nothing set off between."""
    determiners = pack.words("singular_victims", "determiners") | pack.articles
    sentence, t = doc.sentence[k], k
    while t > 0 and doc.sentence[t - 1] == sentence:
        if k - t >= 3 or doc.gaps[t].strip():
            return False
        t -= 1
    return t == k or doc.words[t].norm in determiners


def _named_aside(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """A name set off right before the verb, its age hyphenated before it: "a poet,
    36-year-old Sam Example, was killed", "one man, Sam Example, died": the name is the
    victim the aside describes."""
    if doc.gaps[k + 1].strip() != "," or not _is_name(doc, k, marks, pack):
        return None
    start = k
    while start > 0 and _is_name(doc, start - 1, marks, pack) and not doc.gaps[start].strip():
        start -= 1
    opening = start
    t = start - 1  # "36-year-old": words joined by hyphens, a number first
    while t > 0 and doc.gaps[t].strip() and all(ch in "-‐‑" for ch in doc.gaps[t].strip()):
        t -= 1
    if t < start - 1 and doc.words[t].is_digit:
        opening = t
    if opening == 0 or doc.gaps[opening].strip() != "," or doc.sentence[opening] != doc.sentence[k]:
        return None
    return start, k + 1


def _noun_or_name(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> bool:
    cats = cats_at(marks, k)
    return "one:nouns" in cats or "one:pronouns" in cats or _is_name(doc, k, marks, pack)


def _shared_subject(
    doc: Doc, k: int, marks: Marks, pack: LanguagePack, *, reduced: bool = False
) -> tuple[int, int] | None:
    """The subject of a verb joined by "and" to the hurt or casualty verb before it: "a man was
    shot and later died", "Name was shot in the head and died" (the man, Name died); with
    ``reduced``, of a verb after a hurt participle that follows its noun: "Girl shot at party
    dies", "a man shot on Friday has died". Between that participle and ``k`` only a short
    phrase without a person or number ("in the head")."""
    sentence = doc.sentence[k - 1] if reduced else doc.sentence[k]
    for end in range(k, max(0, k - _SHARED_REACH), -1):
        for cat, start, _ in marks.ending("one", end):
            if cat == "one:harmed":
                cue = Cue(start, end, "injured")
                if reduced:
                    span = _subject(doc, cue, marks, pack)
                    return span if span is not None and span[1] == start else None
                return _passive_subject(doc, cue, marks, pack)
        for cat, start, _ in marks.ending("measure", end):
            if cat in ("measure:killed", "measure:injured") and not reduced:
                return _subject(doc, Cue(start, end, cat[8:]), marks, pack)
        if not reduced and doc.words[end - 1].norm in _hit_words(pack.lang):
            return _passive_subject(doc, Cue(end - 1, end, "injured"), marks, pack)
        t = end - 1
        if (
            doc.sentence[t] != sentence
            or doc.gaps[t + 1].strip()
            or doc.words[t].is_digit
            or marks.opens(t, "who:")
            or "one:pronouns" in cats_at(marks, t)
        ):
            return None
    return None


def _passive_subject(
    doc: Doc, cue: Cue, marks: Marks, pack: LanguagePack
) -> tuple[int, int] | None:
    """The victim of a verb that is also active ("shot"): after an auxiliary ("a man was
    shot"), or a capitalised noun right before it as in a headline ("Man shot in park");
    "he shot", "Name shot" and "saw his cousin shot" are no report of a wounded person."""
    span = _subject(doc, cue, marks, pack) or _plural_member(doc, cue, marks, pack)
    if span is None:
        return _clause_subject(doc, cue, marks, pack)
    headline = "one:nouns" in cats_at(marks, span[0]) and doc.words[span[0]].text[:1].isupper()
    attached = pack.words("singular_victims", "harmed_attached")
    # "a man with a gunshot wound", "another with serious injuries": a state, not a verb, that
    # a person noun, pronoun or "another" (not a bare name: "Hospital with ...") may precede
    person = {"one:nouns", "one:pronouns", "one:numerals"} & set(cats_at(marks, span[1] - 1))
    state = doc.words[cue.i].norm in attached and bool(person)
    # a passive made by the verb's own ending needs no auxiliary: "En kvinna knivhöggs"
    # after a person noun ("Verksamheten sköts": a thing run, and a capitalised first word looks
    # like a name; "Han sköts med fem skott" is left as the pronoun's own reading)
    noun = "one:nouns" in cats_at(marks, span[1] - 1)
    own = noun and pack.raw.get("singular_victims", {}).get("passive_in_verb", False)
    # an active verb of suffering wounds takes its subject with no auxiliary: "a neighbour
    # sustained injuries" (pack ``suffered``)
    active = "one:suffered" in cats_at(marks, cue.i)
    # where the shot hit, or how often, right after the verb makes it a participle: "found a
    # man shot in the chest", "a woman shot multiple times" (``singular_victims.hit_where``;
    # never "shot in the air"), of a person named indefinitely: "saw his cousin shot in the
    # head" tells of someone known, maybe dead, no one more hurt (gvdb16)
    where = noun and _hit_where(doc, cue.j, pack) and _opened_indefinitely(doc, span[0], pack)
    return span if span[1] < cue.i or headline or state or own or active or where else None


def _opened_indefinitely(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether the person whose phrase starts at or ends after word ``k`` opens with an
    indefinite article ("a man", "a 31-year-old man", "a teenage boy"): one word of the pack's
    ``singular`` within ``_WHERE_WORDS + 2`` words before, in one run of words, before any
    definite article or possessive (``singular_victims.not_indefinite``)."""
    stops = pack.words("singular_victims", "not_indefinite")
    for t in range(k, max(-1, k - _WHERE_WORDS - 3), -1):
        norm = doc.words[t].norm
        if norm in pack.singular:
            return True
        if norm in stops or (t < k and doc.gaps[t + 1].strip() not in ("", "-")):
            return False
    return False


def _hit_where(doc: Doc, j: int, pack: LanguagePack) -> bool:
    """Whether words from ``j`` open a phrase of where a shot hit or how often
    (``singular_victims.hit_where``), in the sentence of word ``j - 1``."""
    phrases = pack.words("singular_victims", "hit_where")
    n = len(doc.words)
    if not phrases or j >= n or doc.sentence[j] != doc.sentence[j - 1] or doc.gaps[j].strip():
        return False
    for size in range(1, min(_WHERE_WORDS, n - j) + 1):
        if doc.sentence[j + size - 1] != doc.sentence[j]:
            break
        if " ".join(doc.norms[j : j + size]) in phrases:
            return True
    return False


def _clause_subject(doc: Doc, cue: Cue, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """The person opening a clause joined by a conjunction to a harmed phrase with no subject
    of its own ("a clerk suffered a deep cut to her arm and was taken to a hospital", "the clerk
    fought back and was rushed to a hospital"): that person is the one hurt (a phrase that is
    no casualty word: "ran and was shot" keeps its reading). The clause holds
    no punctuation, number or casualty word; its subject is an article and a person noun, or a
    name, at the start of the sentence."""
    if marks.opens(cue.i, "measure:"):
        return None  # "ran and was shot": a verb of harm, read with its own subject elsewhere
    sentence = doc.sentence[cue.i]
    k = cue.i - 1
    while k >= 0 and doc.sentence[k] == sentence and "one:aux" in cats_at(marks, k):
        if doc.gaps[k + 1].strip() or cue.i - k > 4:
            return None
        k -= 1
    if k < 1 or doc.words[k].norm not in pack.conjunctions or doc.gaps[k + 1].strip():
        return None
    if doc.gaps[k].strip() or doc.sentence[k] != sentence:
        return None  # "shot the man, and he was taken": a clause of its own
    start = doc.sentence_starts[sentence]
    if k - start > _CLAUSE_WORDS or any(
        doc.gaps[t].strip(" -\u2010'\u2019") or (doc.words[t].is_digit and not _hyphenated(doc, t))
        for t in range(start + 1, k)
    ):
        return None
    if any(marks.opens(t, "measure:") for t in range(start, k)):
        return None  # a casualty word in the clause reads the person itself
    articles = pack.singular | pack.words("attribution", "determiners")
    if doc.words[start].norm in articles:
        for t in range(start + 1, min(k, start + 5)):
            if "one:nouns" in cats_at(marks, t):
                return t, t + 1
        return None
    if _is_name(doc, start, marks, pack):
        end = start
        while end + 1 < k and _is_name(doc, end + 1, marks, pack) and not doc.gaps[end + 1].strip():
            end += 1
        return start, end + 1
    return None


def _auxiliary_at(marks: Marks, k: int, plural: bool) -> bool:
    """An auxiliary at word ``k``: of any subject, or with ``plural`` of a plural one."""
    cats = cats_at(marks, k)
    return "one:aux" in cats or (plural and "one:plural_aux" in cats)


def _hyphenated(doc: Doc, t: int) -> bool:
    """A number hyphenated onto the next word, as in an age ("22-year-old")."""
    return t + 1 < len(doc.words) and doc.gaps[t + 1].strip() in ("-", "\u2010")


def _plural_member(doc: Doc, cue: Cue, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """The last of persons joined by a conjunction before a plural auxiliary and a harmed
    phrase ("a man and a woman were taken to a hospital": the woman), for coordinated.py to
    join to the ones before; a lone noun before a plural auxiliary is no subject of it."""
    span = _subject(doc, cue, marks, pack, plural=True)
    if span is None or "one:nouns" not in cats_at(marks, span[0]):
        return None
    article = span[0] - 1
    while (
        article > 0
        and not doc.gaps[article + 1].strip(" -\u2010")
        and doc.words[article].norm not in pack.singular
    ):
        article -= 1  # "a 28-year-old woman": back to its article over an age
        if span[0] - article > 6:
            return None
    joined = article > 0 and doc.words[article - 1].norm in pack.conjunctions
    return span if joined and doc.words[article].norm in pack.singular else None


def object_of(doc: Doc, cue: Cue, marks: Marks, pack: LanguagePack) -> tuple[int, int] | None:
    """The lone person an active casualty verb governs ("killed a farmer", "tötete eine Frau"),
    as words ``[i, j)`` of its noun, or None; how it was done may stand between them ("mataron
    a balazos a un joven")."""
    k = cats_at(marks, cue.j).get("one:manner", cue.j) if cue.j < len(doc.words) else cue.j
    n = len(doc.words)
    sentence = doc.sentence[cue.i]
    # the day between a verb and its person ("استشهد الأحد مواطن", killed on Sunday a citizen)
    while k < n and k - cue.j < 2 and not doc.gaps[k].strip() and _day_word(marks, k):
        k += 1
    start = k
    while (
        k < n
        and doc.sentence[k] == sentence
        and "one:determiners" in cats_at(marks, k)
        and k - cue.j < 4
    ):
        k += 1
    if doc.gaps[cue.j].strip() or doc.gaps[start].strip():
        return None
    more = _one_more_object(doc, start, marks, pack)
    if more is not None:
        return more
    if k >= n or doc.sentence[k] != sentence:
        return None
    if k > start:  # "killed a village head": up to two plain modifiers before the noun
        for t in range(k, min(n, k + 3)):
            # a hyphen joins a modifier to its noun: "his ex-girlfriend" (gvdb16)
            gap = doc.gaps[t].strip()
            if (gap and (gap != "-" or t == k)) or doc.words[t].is_digit:
                break
            if doc.sentence[t] != sentence:
                break
            cats = cats_at(marks, t)
            if "one:nouns" in cats:
                k = t
                break
            if _people_adjective(doc, t, marks):
                continue  # "killed an elderly woman", "a Palestinian woman": the noun follows
            if t == k and "who:others" in cats and doc.words[t].text[:1].islower():
                continue  # "injured one other civilian": one more person, the noun follows
            if set(cats) - {"dis:units"} or not doc.words[t].text[:1].islower():
                break
    cats = cats_at(marks, k)
    if doc.words[k].norm in pack.raw.get("singular_victims", {}).get("subject_pronouns", []):
        return None  # "died from injuries he suffered": "he" opens a clause, no one's object
    if "one:nouns" in cats or "one:pronouns" in cats or _is_name(doc, k, marks, pack):
        if k + 1 < n and not doc.gaps[k + 1].strip() and "who:others" in cats_at(marks, k + 1):
            return None
        return None if _lacks_article(doc, k, pack) else (k, k + 1)
    return None


def _one_more_object(
    doc: Doc, start: int, marks: Marks, pack: LanguagePack
) -> tuple[int, int] | None:
    """One more person as the whole object of a verb, its first word at ``start``, no noun
    after: "injured another", "wounded a third" (``singular_victims.numerals`` as written, or
    an article and one of ``ordinals``) (en15)."""
    n = len(doc.words)
    settings = pack.raw.get("singular_victims", {})
    if start >= n:
        return None
    if doc.words[start].text.lower() in settings.get("numerals", []):
        at = start  # "another": a determiner too ("another man"), alone here
    elif (
        start + 1 < n
        and doc.words[start].norm in pack.singular
        and doc.words[start + 1].norm in settings.get("ordinals", [])
        and not doc.gaps[start + 1].strip()
    ):
        at = start + 1  # "a third"
    else:
        return None
    t = at + 1
    if t < n and doc.sentence[t] == doc.sentence[at] and not doc.gaps[t].strip():
        cats = cats_at(marks, t)
        if doc.words[t].is_digit or any(
            c.startswith(("who:", "one:", "qty:", "dis:")) for c in cats
        ):
            return None  # "another man", "another 30", "a third time"
        if doc.words[t].norm in pack.of_words:
            return None  # "a third of the livestock", "another of the guards"
    return at, at + 1


def _agent_pronoun(doc: Doc, span: tuple[int, int], cue: Cue, pack: LanguagePack) -> bool:
    """Whether a subject pronoun right before an active verb of harming ("he killed", "she
    wounded"; ``singular_victims.agent_verbs``) is who did it: no auxiliary makes it passive,
    and a verb like "died" is not listed."""
    settings = pack.raw.get("singular_victims", {})
    return (
        span[1] == cue.i
        and cue.j - cue.i == 1
        and doc.words[span[0]].norm in settings.get("subject_pronouns", [])
        and doc.words[cue.i].norm in settings.get("agent_verbs", [])
    )


def _has_object(doc: Doc, cue: Cue, marks: Marks, pack: LanguagePack, starts: set[int]) -> bool:
    """Whether an active casualty verb has its own victim right after it: a lone person
    (:func:`object_of`) or a counted group, a number then a people word, perhaps after one
    preposition ("tué deux personnes", "mató a dos personas", "dödat två personer"). A verb
    with an object is active, so the person before it did the killing."""
    if object_of(doc, cue, marks, pack) is not None:
        return True
    n, sentence = len(doc.words), doc.sentence[cue.i]
    for t in (cue.j, cue.j + 1):
        if (
            t + 1 >= n
            or doc.sentence[t + 1] != sentence
            or any(g.strip() for g in doc.gaps[cue.j : t + 2])
        ):
            return False
        if t in starts and any(c.startswith("who:") for c in cats_at(marks, t + 1)):
            return True
        if doc.words[t].norm not in pack.of_words and doc.words[t].norm not in ("a", "à"):
            return False
    return False


def _day_word(marks: Marks, k: int) -> bool:
    cats = cats_at(marks, k)
    return "date:weekdays" in cats or "date:relative" in cats


def _subject_noun_at(doc: Doc, k: int, marks: Marks) -> bool:
    """Whether word ``k``, right after its verb, is an indefinite person noun ("مسلح")."""
    return (
        k < len(doc.words)
        and not doc.gaps[k].strip()
        and not doc.words[k].norm.startswith("ال")
        and any(c in _WHO for c in cats_at(marks, k))
    )


def _object_after_subject(
    doc: Doc, k: int, marks: Marks, pack: LanguagePack
) -> tuple[int, int] | None:
    """Where a verb opens its clause before its subject and then its object (pack
    ``segments.verb_subject_object``), a person noun in the accusative after the noun right
    after the verb is the object, the noun its subject: "قتل جندي إسرائيلي فلسطينيا" (a soldier
    killed a Palestinian). Words describing the subject ("إسرائيلي") are passed over."""
    if not pack.raw.get("segments", {}).get("verb_subject_object", False):
        return None
    n, sentence = len(doc.words), doc.sentence[k - 1]
    for t in range(k, min(n, k + 3)):
        if doc.gaps[t].strip() or doc.sentence[t] != sentence or doc.words[t].is_digit:
            return None
        cats = cats_at(marks, t)
        whos = [c for c in cats if c in _WHO]
        if whos and doc.words[t].text.endswith("ا") and "who:others" not in cats:
            return t, t + 1  # "فلسطينيا", "طفلا": the accusative of an indefinite noun
        if set(cats) - set(_WHO) or doc.words[t].norm.startswith("ال"):
            return None  # an adjective of the subject is a people word or a plain one ("مجهولون")
    return None


def _people_adjective(doc: Doc, k: int, marks: Marks) -> bool:
    """Word ``k`` is a people word that, before a person noun, only describes it ("an elderly
    woman", "a Palestinian woman", "une femme âgée"): a kind of person and nothing else."""
    cats = set(cats_at(marks, k))
    return bool(cats) and all(c.startswith("who:") and c != "who:others" for c in cats)


def _and_another(doc: Doc, k: int, marks: Marks, pack: LanguagePack) -> int | None:
    """End of a second person noun joined by "and" right after a lone victim ending at ``k``:
    "killed a farmer and his wife", "shot a man and a woman"."""
    n, sentence = len(doc.words), doc.sentence[k - 1]
    if k + 1 >= n or doc.words[k].norm not in pack.conjunctions or doc.gaps[k].strip():
        return None
    t = k + 1
    while t < n and t < k + 3 and "one:determiners" in cats_at(marks, t):
        t += 1
    if t >= n or doc.sentence[t] != sentence or any(g.strip() for g in doc.gaps[k + 1 : t + 1]):
        return None
    return t + 1 if "one:nouns" in cats_at(marks, t) else None


def every_nth(doc: Doc, cue: Cue, pack: LanguagePack) -> bool:
    """Whether the cue names every n-th of the dead ("var tredje dödad var ett barn", "vart
    femte offer", "varannan skadad"): a share (``singular_victims.every`` before an ordinal,
    ``every_other`` alone), so the person after it is what the share is, no victim of their
    own. "var" alone is "was" ("han var dödad")."""
    i = cue.i
    if i > 0 and doc.words[i - 1].norm in pack.words("singular_victims", "every_other"):
        return True
    every = pack.words("singular_victims", "every")
    ordinals = pack.words("singular_victims", "ordinals")
    return i > 1 and doc.words[i - 1].norm in ordinals and doc.words[i - 2].norm in every


def _name_word(doc: Doc, cue: Cue, pack: LanguagePack) -> bool:
    """Whether a harm cue is a word of a name: a plural noun of the harm ("Martyrs", "Muertos")
    capitalised mid-sentence, where the pack writes names so ("the al-Aqsa Martyrs Hospital",
    "the Martyrs Square"), as :mod:`harmledger.extract.uncounted` reads it too."""
    data = pack.raw.get("uncounted", {})
    k = cue.i
    if not data.get("names_capitalised") or not k or doc.sentence[k - 1] != doc.sentence[k]:
        return False
    if not doc.words[k].text[:1].isupper():
        return False
    nouns = {w for m in ("killed", "injured") for w in data.get(m, [])}
    return " ".join(w.norm for w in doc.words[k : cue.j]) in nouns


def matches_stem(word: str, patterns: Sequence[str]) -> bool:
    """Whether a normalised word is one of ``patterns`` or starts with one ending in "*"."""
    return any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in patterns)


def _event_not_a_death(doc: Doc, k: int, end: int, pack: LanguagePack) -> bool:
    """An event word that only names a death tried ("attempted homicide") or the office
    that deals with deaths ("homicide detectives", "the Homicide Report") claims none."""
    settings = pack.raw.get("singular_victims", {})
    before = (
        k > 0
        and not doc.gaps[k].strip()
        and matches_stem(doc.words[k - 1].norm, settings.get("event_not_before", []))
    )
    after = (
        end < len(doc.words)
        and not doc.gaps[end].strip()
        and matches_stem(doc.words[end].norm, settings.get("event_not_after", []))
    )
    return before or after


def _modified_events(doc: Doc, marks: Marks, pack: LanguagePack) -> list[tuple[int, int]]:
    """A deadly event with words between its adjective and its noun: "a deadly Christmas Day
    shooting", "a fatal drive-by shooting" (the plain "fatal shooting" is an event phrase)."""
    settings = pack.raw.get("singular_victims", {})
    adjectives = set(settings.get("event_adjectives", []))
    nouns = set(settings.get("event_nouns", []))
    found: list[tuple[int, int]] = []
    if not adjectives:
        return found
    n = len(doc.words)
    for k in doc.where(adjectives):
        for t in range(k + 2, min(n, k + 2 + _EVENT_MODIFIERS)):
            if doc.sentence[t] != doc.sentence[k] or doc.gaps[t].strip(" -\u2010\u2011"):
                break
            if doc.words[t].norm in nouns:
                found.append((k, t + 1))
                break
            if doc.words[t].is_digit or any(
                c.startswith(("measure:", "who:")) for c in cats_at(marks, t)
            ):
                break
    return found


def _toll_at(marks: Marks, cue: Cue) -> bool:
    """Whether the cue is a toll noun ("حصيلة"): the word before it says which toll."""
    return "mod:toll" in cats_at(marks, cue.i)


def lone_victims(
    doc: Doc, cues: list[Cue], marks: Marks, pack: LanguagePack, starts: set[int]
) -> list[LoneVictim]:
    """Single victims of killed or injured cues that no number governs."""
    found: list[LoneVictim] = []
    ordered = sorted(starts)
    # Arabic counts 11 to 99 with a singular noun ("27 شخصا"): no one alone after a number
    counted_singular = bool(pack.raw.get("singular_victims", {}).get("counted_singular", False))

    def counted(lo: int, hi: int) -> bool:  # a number starts in [lo, hi): by bisection, so
        at = bisect_left(ordered, lo)  # a long document costs per cue, not per cue x number
        return at < len(ordered) and ordered[at] < hi

    for k in marks.positions("one:events"):
        end = cats_at(marks, k)["one:events"]
        if _event_not_a_death(doc, k, end, pack):
            continue
        if not counted(k, end):
            counts = pack.raw.get("singular_victims", {}).get("event_counts", {})
            least = counts.get(" ".join(w.norm for w in doc.words[k:end]), 1)
            found.append(
                LoneVictim(k, end, Cue(k, end, "killed"), "people", event=True, least=least)
            )
    for k, end in _modified_events(doc, marks, pack):
        if not _event_not_a_death(doc, k, end, pack) and not counted(k, end):
            found.append(LoneVictim(k, end, Cue(k, end, "killed"), "people", event=True))
    # "a double shooting": that many people hit, hurt unless the document reports a death
    hit_counts = pack.raw.get("singular_victims", {}).get("hit_event_counts", {})
    for k in marks.positions("one:hit_events"):
        end = cats_at(marks, k)["one:hit_events"]
        least = hit_counts.get(" ".join(w.norm for w in doc.words[k:end]))
        if least and not counted(k, end) and not _event_not_a_death(doc, k, end, pack):
            cue = Cue(k, end, "injured")
            found.append(LoneVictim(k, end, cue, "people", event=True, harmed=True, least=least))
    covered = {k for cue in cues if cue.measure != "killed_or_injured" for k in range(cue.i, cue.j)}
    harmed = [
        Cue(k, cats_at(marks, k)["one:harmed"], "injured")
        for k in marks.positions("one:harmed")
        if k not in covered
    ]
    # "was taken to Lakeside Memorial Hospital": a harmed phrase no list can hold
    harmed += [c for c in named_hospital_trips(doc, pack.lang) if c.i not in covered]
    # "taken to the hospital as a precaution": a trip for a check tells no harm
    harmed = [c for c in harmed if not for_a_check(doc, marks, c.i, c.j)]
    harmed, absorbed = _trips_then_death(harmed, cues)
    for cue, passive in [
        *((c, False) for c in cues if c not in absorbed),
        *((c, True) for c in harmed),
    ]:
        if cue.measure not in ("killed", "injured", "missing") or cue.combined:
            continue
        if _name_word(doc, cue, pack) or every_nth(doc, cue, pack):
            continue
        if passive:
            span = _passive_subject(doc, cue, marks, pack)
        else:
            span = _subject(doc, cue, marks, pack)
            if span is not None and span[1] < cue.i and _has_object(doc, cue, marks, pack, starts):
                # "un homme qui a tué deux personnes", "el hombre que mató a una mujer": a
                # subject before an auxiliary or relative is the killer where the verb has its
                # own object; the object is the victim
                span = object_of(doc, cue, marks, pack)
            elif span is None or span[1] == cue.i:
                # "the man killed his wife": an active verb's object is the victim
                subject = span
                span = object_of(doc, cue, marks, pack) or span
                if span is not None and span == subject and _agent_pronoun(doc, span, cue, pack):
                    continue  # "he killed people before": the pronoun is the killer
                if span is not None and span[0] >= cue.j:
                    span = _object_after_subject(doc, span[1], marks, pack) or span
                elif span is None and _subject_noun_at(doc, cue.j, marks):
                    # "قتل مسلح طفلا": a subject no victim noun names, then the object
                    span = _object_after_subject(doc, cue.j + 1, marks, pack)
        if span is None:
            continue
        if span[1] == cue.i and "who:others" in cats_at(marks, span[0]) and _toll_at(marks, cue):
            continue  # "آخر حصيلة": the latest toll, no other victim
        if cue.measure == "missing" and "one:nouns" not in cats_at(marks, span[0]):
            continue  # "han saknas": missed by someone, or lacking; a person noun is missing
        lo, hi = min(span[0], cue.i), max(span[1], cue.j)
        if passive:
            # a count inside a harmed phrase counts its shots or wounds, not people: "recibió
            # tres disparos", "suffered two gunshot wounds" (a "*" of the pack's phrase)
            hi = max(span[1], cue.i + 1)
        skip = children_after(doc, span[1], marks, pack) if span[1] <= cue.i else span[1]
        if span[1] < cue.i and _aside_opens(doc, span[1], pack):
            skip = cue.i  # "Pojken, som var tolv år, dödades": the aside's numbers are no count
        if counted(lo, span[1]) or counted(skip, hi):
            continue  # "a father of three": his children's count is no count of the dead
        if (
            counted_singular
            and span[0] > 0
            and counted(span[0] - 1, span[0])
            and not doc.gaps[span[0]].strip()
        ):
            continue  # "استشهد 27 شخصا وأصيب آخرون": the noun of the count before it, no one alone
        who = _who(doc, span[0], marks)
        second = None if passive else _and_another(doc, span[1], marks, pack)
        if second is not None and not counted(span[1], second):
            # "killed a farmer and his wife": two, one of each
            other = _who(doc, second - 1, marks)
            found.append(
                LoneVictim(span[0], second, cue, who if other == who else "other", count=2)
            )
            continue
        phrase = " ".join(w.norm for w in doc.words[cue.i : cue.j])
        alive = passive and phrase in pack.raw.get("singular_victims", {}).get("alive", [])
        # "another in critical condition": hurt and alive, whoever else died
        harm = passive and not alive and cue.measure != "killed"
        found.append(LoneVictim(span[0], span[1], cue, who, harmed=harm))
    return _wounded_who_died(doc, found, cues, marks)


_WOUNDED_GAP = 2  # words of an article, degree or auxiliary between the wounded and the death


def _wounded_who_died(
    doc: Doc, found: list[LoneVictim], cues: list[Cue], marks: Marks
) -> list[LoneVictim]:
    """One person named by a wound adjective, the subject of a verb of dying ("Den
    skottskadade mannen avled senare", "Senare avled den knivskadade kvinnan", "the wounded
    man died", "Der verletzte Mann starb"): dead, once, not hurt. The adjective is an injury
    cue right before the victim's noun; the verb of dying (pack ``measure_modifiers.died_later``,
    intransitive, so the person is no killer) stands right after the noun or, with the subject
    after its verb, right before the adjective, with at most an article, a degree word or an
    auxiliary between."""
    deaths = [c for c in cues if c.measure == "killed" and "mod:died_later" in cats_at(marks, c.i)]
    if not deaths:
        return found
    by_start = {c.i: c for c in deaths}
    by_end = {c.j: c for c in deaths}
    out: list[LoneVictim] = []
    used: set[Cue] = set()
    for v in found:
        death = None
        if v.cue.measure == "injured" and not v.harmed and not v.event and v.cue.j == v.i:
            death = _death_near(doc, v.j, v.cue.i, by_start, by_end, marks)
        if death is None:
            out.append(v)
            continue
        used.add(death)
        out.append(
            LoneVictim(v.i, v.j, Cue(min(v.cue.i, death.i), max(v.j, death.j), "killed"), v.who)
        )
    # the death is this person's: no second victim read from the same verb
    return [v for v in out if v.cue not in used] if used else out


def _death_near(
    doc: Doc,
    after: int,
    before: int,
    by_start: dict[int, Cue],
    by_end: dict[int, Cue],
    marks: Marks,
) -> Cue | None:
    """A death cue starting a few gap words after word ``after`` or ending a few gap words
    before word ``before`` (:func:`_wounded_who_died`), in the same sentence."""
    s = doc.sentence[before]
    k = after
    for _ in range(_WOUNDED_GAP + 1):
        if k >= len(doc.words) or doc.sentence[k] != s:
            break
        if k in by_start:
            return by_start[k]
        if not _gap_word(marks, k):
            break
        k += 1
    k = before
    for _ in range(_WOUNDED_GAP + 1):
        if k <= 0 or doc.sentence[k - 1] != s:
            break
        if k in by_end:
            return by_end[k]
        if not _gap_word(marks, k - 1):
            break
        k -= 1
    return None


def _gap_word(marks: Marks, k: int) -> bool:
    cats = cats_at(marks, k)
    return "one:aux" in cats or "one:determiners" in cats


def _trips_then_death(harmed: list[Cue], cues: list[Cue]) -> tuple[list[Cue], set[Cue]]:
    """A harmed phrase whose last words open a death cue ("Mannen fördes till sjukhus men
    avled": the hospital's words and the death after "but" are one cue of dying,
    reading._died_of_wounds) is that death, read from the phrase's start so its passive
    subject is the one who died; the death cue is then no cue of its own. The cues are sorted
    by position, so each phrase finds its death by bisection."""
    deaths = sorted((c for c in cues if c.measure == "killed"), key=lambda c: c.i)
    if not deaths or not harmed:
        return harmed, set()
    starts = [c.i for c in deaths]
    out: list[Cue] = []
    absorbed: set[Cue] = set()
    for h in harmed:
        at = bisect_left(starts, h.i + 1)
        death = deaths[at] if at < len(deaths) else None
        if death is not None and death.i < h.j < death.j:
            out.append(Cue(h.i, death.j, "killed"))
            absorbed.add(death)
        else:
            out.append(h)
    return out, absorbed
