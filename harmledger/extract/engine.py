"""The extraction engine: composes a language pack's categories into claims.

Pipeline per document: tokenise → annotate words with pack categories → find counted quantities
→ read each one's head noun and governing cue → drop distractors (dates, times, ages, money,
distances, buildings) → attach speaker, perpetrator, weapon, place, period → merge repeats.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from functools import cache
from itertools import pairwise
from pathlib import Path

from harmledger.errors import ConfigError
from harmledger.extract.attribution import Attribution, attribute
from harmledger.extract.claim import Claim
from harmledger.extract.companions import companions
from harmledger.extract.context import Context
from harmledger.extract.coordinated import Group, coordinated, owned_children
from harmledger.extract.dateline import publisher_voice
from harmledger.extract.dedupe import merge_repeats
from harmledger.extract.family_sums import family_sums
from harmledger.extract.foreign_quotes import foreign_quote_claims
from harmledger.extract.hospital_checks import for_a_check, hospital_cue
from harmledger.extract.hospital_trips import trip_verbs
from harmledger.extract.infinitives import infinitive
from harmledger.extract.kin_groups import kin_group
from harmledger.extract.language_pack import LanguagePack, available_languages, load_pack
from harmledger.extract.lazy import cached_property
from harmledger.extract.lexicon import Marks, opens_with
from harmledger.extract.losses import loss_between, loss_verb, persons_lost
from harmledger.extract.matched_lists import matched_list_size
from harmledger.extract.members import MEMBER_WHO, listed_members
from harmledger.extract.not_counts import (
    bare_year,
    caliber_or_dimension,
    compound_modifier,
    correlative,
    digit_run,
    hyphenated_name,
    identifier,
    list_number,
    numeric_date_or_code,
    proportion,
    ratio_predicate,
    size_compound,
    year_before_event,
    year_span,
    year_with_short_end,
)
from harmledger.extract.numbers import Mention, find_mentions, qualify_one, split_number_word
from harmledger.extract.one_of_them import one_of_them
from harmledger.extract.part_of_whole import (
    copula_after,
    joined_to_a_part,
    owns_the_whole,
    part_before_whole,
)
from harmledger.extract.reading import (
    Cue,
    Head,
    cats_at,
    choose_cue,
    conjoined_after,
    family_of,
    find_cues,
    head_at,
    member_group,
    preferred_who,
    read_head,
    resolve_measure,
    segments,
)
from harmledger.extract.roster import in_roster
from harmledger.extract.singular import (
    LoneVictim,
    age_openers,
    age_phrase_end,
    every_nth,
    lone_victims,
    victim_at,
)
from harmledger.extract.speaker_phrases import complementizer_words, determiner_words
from harmledger.extract.text import Doc, Word, normalize, tokenize, unwrapped
from harmledger.extract.uncounted import plurals

EXTRACTOR_VERSION = "1.2.18"


@cache
def _besides_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """A pack's ``segments.besides`` ("in addition to", "además de"), as normalised words."""
    phrases = load_pack(lang).raw.get("segments", {}).get("besides", [])
    return tuple(tuple(normalize(p).split()) for p in phrases)


@cache
def _hedges(lang: str) -> tuple[tuple[str, ...], ...]:
    """A pack's hedges between a count and its predicate (``distractors.hedges``), as words."""
    pack = load_pack(lang)
    phrases = pack.raw.get("distractors", {}).get("hedges", [])
    return tuple(tuple(normalize(p).split()) for p in phrases)


@cache
def _share_words(lang: str) -> frozenset[str]:
    """A pack's ``segments.parts`` (half, most, a third ...), normalised once."""
    parts = load_pack(lang).raw.get("segments", {}).get("parts", [])
    return frozenset(normalize(w) for w in parts)


@dataclass(frozen=True)
class _PackWords:
    """A pack's word lists the engine reads, normalised once per run (not per document)."""

    copulas: frozenset[str]  # segments.copulas, normalised and as written (lower case)
    # distractors.agent_by: the agent words of a passive casualty verb ("by", "a manos de")
    agent_by: tuple[list[str], ...]
    among_verbs: frozenset[str]  # segments.among_verbs, normalised and as written (lower case)
    collective: frozenset[str]  # numbers.collective
    # the words of segments.among_verbs, between a subset marker and its count ("bland dem
    # fanns 12 barn")
    subset_verbs: frozenset[str]
    casualty_nouns: tuple[tuple[str, ...], ...]  # singular_victims.casualty_nouns
    owner_links: tuple[tuple[str, ...], ...]  # singular_victims.owner_links
    zero_pronouns: frozenset[str]  # negation.zero_pronouns
    ordinals: frozenset[str]  # singular_victims.ordinals
    one_aux: frozenset[str]  # singular_victims.aux
    plural_aux: frozenset[str]  # singular_victims.plural_aux
    # the number one as a word ("one", "uno"), and "another" after an article: as written
    ones: frozenset[str]
    after_article: frozenset[str]
    one_more: frozenset[str]  # singular_victims.one_more and ordinals, normalised
    one_more_after: frozenset[str]  # singular_victims.one_more_after, normalised
    # what makes a person one more by itself, or before an ordinal ("another", "a", "ein")
    one_words: frozenset[str]
    time_units: frozenset[str]  # dates.recent_days, recent_weeks and recent_months
    others: frozenset[str]  # who.others
    day_joins: frozenset[str]  # dates.day_joins
    # singular_victims.before_noun with the ordinals (None when the pack lists none)
    before_noun: frozenset[str] | None


@cache
def _pack_words(lang: str) -> _PackWords:
    """The word lists of the pack of ``lang`` (built on its first document)."""
    raw = load_pack(lang).raw
    segments = raw.get("segments", {})
    singular = raw.get("singular_victims", {})
    copulas = segments.get("copulas", [])
    among = segments.get("among_verbs", [])
    dated = raw.get("dates", {})
    before_noun = singular.get("before_noun")
    return _PackWords(
        copulas=frozenset({normalize(p) for p in copulas} | {p.lower() for p in copulas}),
        agent_by=tuple(
            normalize(p).split() for p in raw.get("distractors", {}).get("agent_by", [])
        ),
        among_verbs=frozenset({normalize(p) for p in among} | {p.lower() for p in among}),
        collective=frozenset(normalize(w) for w in raw.get("numbers", {}).get("collective", [])),
        subset_verbs=frozenset(normalize(w) for p in among for w in p.split()),
        casualty_nouns=tuple(
            tuple(normalize(w) for w in n.split())
            for n in singular.get("casualty_nouns", [])
            if n.split()
        ),
        owner_links=tuple(
            tuple(normalize(w) for w in n.split())
            for n in singular.get("owner_links", [])
            if n.split()
        ),
        zero_pronouns=frozenset(
            normalize(w) for w in raw.get("negation", {}).get("zero_pronouns", [])
        ),
        ordinals=frozenset(normalize(w) for w in singular.get("ordinals", [])),
        one_aux=frozenset(normalize(w) for w in singular.get("aux", [])),
        plural_aux=frozenset(normalize(w) for w in singular.get("plural_aux", [])),
        ones=frozenset(raw.get("numbers", {}).get("one", [])),
        after_article=frozenset(singular.get("after_article", [])),
        one_more=frozenset(
            normalize(w) for key in ("one_more", "ordinals") for w in singular.get(key, [])
        ),
        one_more_after=frozenset(normalize(w) for w in singular.get("one_more_after", [])),
        one_words=frozenset(
            normalize(w) for w in (*load_pack(lang).singular, *singular.get("numerals", []))
        ),
        time_units=frozenset(
            normalize(w)
            for key in ("recent_days", "recent_weeks", "recent_months")
            for w in dated.get(key, [])
        ),
        others=frozenset(normalize(w) for w in raw.get("who", {}).get("others", [])),
        day_joins=frozenset(normalize(w) for w in dated.get("day_joins", [])),
        # ordinals stand before the noun too: "une troisième personne"
        before_noun=None
        if before_noun is None
        else frozenset(normalize(w) for w in [*before_noun, *singular.get("ordinals", [])]),
    )


_OWNER_REACH = 3  # words from a count to the link of its owner: "drei kleine Kinder eines"
_BRACKET_WORDS = 12  # words from an auxiliary to the participle closing its clause
_FOUND_AFTER_CUE = 4  # words from "dead" to its finding verb: "tot in einem Keller gefunden"
_ONE_MORE_SENTENCES = 2  # sentences from a lone victim to "another" hurt the same way
# harms a victim named as one more adds to the lone victim before: "a man was shot ... a second
# man was shot" (two hurt), "a man was killed ... a second man died" (two dead)
_ONE_MORE_MEASURES = ("injured", "killed")
_SEVERITY_REACH = 3  # words from a part's count to how badly: "two of them critically"
_ALSO_REACH = 5  # words from a person to their verb around "also": "was also shot and is"
_ONE_MORE_WORDS = 2  # an article and an ordinal before the noun: "a second man", "ein zweiter"
_APPOSED_WORDS = 5  # words from a comma to a lone victim set off: ", a 35-year-old man"
_AGE_SUBJECT_WORDS = 7  # words from a person noun through its relative clause to "was"
_AGE_OPENER_WORDS = 5  # words from an age phrase's opener to its number: "im Alter von etwa 30"
_LONE_REACH = 6  # words from a person named inside a plural to the plural's verb
_MEANS = ("blasts_and_shots", "munitions")  # quantities of the means of harm, not of people
_NOT_A_CATEGORY = ("who:others", "who:subset", "who:partitive", "who:generic")
# distractor openers that need a number after them ("of 2023", "one of every five")
_BEFORE_A_NUMBER = frozenset(("dis:year_before", "dis:denominator_opening"))
_IGNORED_IN_NOUN_PHRASE = (
    "one:",
    "qual:gap",
    "dis:year_before",
    "attr:connectors",
    "attr:anaphors",
)
_SUBORDINATOR_WORDS = 3  # words in the longest subordinating phrase ("después de que")
_SHARE_WORDS = 5  # words in the longest share phrase ("la moitié d'entre elles")
_SHARE_REACH = 8  # words from a count to the cue after a share of it: ", la mitad de ellas son"
_TOLL_HEADLINE_WORDS = 12  # words of a sentence with no verb that a toll after it may name
_RISE_GAP = 5  # words of a time between a toll's verb and its figure ("bis zum Abend auf")
_FAR_RISE_WORDS = 12  # words from a toll-rise verb to the figure it leads to, its category between
_NATURAL_REACH = 6  # words from a count to a natural death in its own clause
_MEASURE_WORDS = 3  # words a casualty cue runs before one of its words ("kamen ums Leben")
_BRACKET_REACH = 7  # words from an auxiliary opening a verb bracket to its participle
_SOURCE_CUES = ("attr:before", "attr:report", "attr:after")  # cues that name a source
_CROWD_NOUN_REACH = 4  # words of a crowd's noun before "and" and the next crowd ("of the Cauca")
_AGENT_REACH = 3  # words between a passive casualty verb and its agent word ("by")
_ELIDED_REACH = 6
_FRAGMENT_WORDS = 2  # words of a sentence that is only a reference mark ("[9]", "32.")
_PLACE_ITEM_WORDS = 6  # a preposition, a place of up to four words and "and"
_HOSPITAL_REACH = 6  # words from bodies to the hospital that received them
_FOUND_HURT_REACH = 3  # auxiliaries and a verb of finding between people found and their wound
_HURT_AUX_WORDS = 3  # auxiliaries from "victims" to a phrase of the hurt: "were both later"
# who categories that name a part of the victims: a lone one stays beside its family's total
_PART_WHO = ("children", "women", "men")
# qualifiers that open a count ("at least 26"), not the joins of a range ("and", "to")
_PRE_QUALIFIERS = frozenset({"qual:at_least", "qual:more_than", "qual:about", "qual:up_to"})
_COMPANION_REACH = 30  # words from a count to the verb it shares with one more person described
_BARE_SUBSET_REACH = 6  # words from a count to the verb after its part ("including two children")
_GATHERING_SUBJECT = 6  # words from a counted noun to its passive verb past a funeral phrase
_ASSAILANT_REACH = 12  # words from a count of attackers to the verb of what they did
_ASIDE_REACH = 8  # words of an aside between commas after a counted noun
_RELATIVE_ASIDE_REACH = 24  # words of a relative clause set off by commas after a counted noun
_RELATIVE_OPENER_WORDS = (
    4  # words from the aside's comma to its relative pronoun ("several of whom")
)
# what a noun's complement opens on: a preposition or an article ("of one family", "einer Familie")
_COMPLEMENT_OPENERS = frozenset({"fn:word", "one:determiners", "one:numerals", "attr:connectors"})
_VERB_AFTER_ASIDE = 3  # words from the aside's closing comma to the verb ("were reported killed")
_COMPLEMENT_REACH = 6  # words past a noun's "of" complement to a verb of being there
_HOSTAGE_HARM = ("killed", "injured")
_LONGEST_STATE = 8  # words of the longest state phrase after a count (engine._state_after_marker)
# who categories of a member of victims joined by "and" that stay beside the group's total
_GROUP_PART_WHO = ("children", "women")
_SHOOTER_REACH = 10  # words from a counted subject to its shooting verb
_ASIDE_REACH = 7  # words of an aside between a counted subject and the verb it did
_LIST_REACH = 8  # words back from a list member to the subset marker opening the list
_SUBSET_REACH = 16  # words from a subject to the verb it resumes after its parts
_AFFIRMING_WORDS = 4  # words of an affirming phrase before a negation word inside it
_SUPERSEDE_AFTER = (
    4  # words after a death verb a word of later time may follow ("il est mort plus tard")
)
_SUPERSEDE_BETWEEN = 3  # words between "but" and the death of the one hurt ("but he later died")
_WOUNDS_REACH = 5  # words from a death verb to "of his wounds": "died two days later of his wounds"
# measures whose people a verb of searching looks for: the count before it is of searchers
_SOUGHT = frozenset({"missing", "killed", "bodies_recovered"})
_AMONG_WHOLE_REACH = 3  # words from a whole counted after "among" to its cue ("20 people killed")
_LIST_VERB_REACH = 45  # words from a subject to the verb it shares with its list of parts
_COMPLEMENT_WORDS = 10  # words of a subject's complement before its list: "of the Example family"
_ONE_TO_CUE = 3  # "one was critically injured": auxiliaries between "one" and its cue
_TRIP_TO_CARE = 4  # words from a verb of taking to its hospital phrase ("fördes i allvarligt
# skick till sjukhus")


# words that may stand between a verb and the count it takes ("dödades minst 30", "ytterligare 12")
_BEFORE_A_COUNT = frozenset(
    ("qual:at_least", "qual:more_than", "qual:about", "qual:up_to", "who:others")
)


# measures a count of the dead known by name may be read with before it is told as one
_FLED_REACH = 3  # words from a count to its own verb of fleeing ("the other three fled")
_ATTACKERS_BACK = 15  # words back to the attackers a rest of them belongs to
_RELATIVE_REACH = 5  # words from a noun to the verb of its relative ("qui ont été blessés")
_AGE_NOUN_WORDS = 3  # words of a person's noun after its article ("the prime minister")
_NAMED_DEAD = frozenset({"bodies_recovered", "killed_or_injured", "killed"})
# words between "among the victims" and its verb of being ("Entre las víctimas mortales del
# ataque a la boda se hallaban seis niños": engine._being_among_victims)
_AMONG_REACH = 8


@dataclass
class Draft:
    """A claim under construction, with the positions that explain it."""

    mention: Mention
    head: Head
    kind: str
    measure: str
    who: str | None
    cue: Cue | None = None
    own_segment: bool = False
    negated: bool = False
    extra: dict[str, object] = field(default_factory=dict)
    container: Draft | None = None  # the figure a subset ("including 3 children") is inside


def extract_claims(
    text: str,
    lang: str | None = None,
    published: dt.date | None = None,
    *,
    gazetteer_file: Path | None = None,
    publisher: str | None = None,
    published_from: dt.date | None = None,
) -> list[Claim]:
    """Every casualty claim and counted quantity in ``text``, in text order.

    ``lang`` defaults to the detected language; an undetermined or unsupported detected language
    yields no claims, an unsupported explicit one raises :class:`ConfigError`. ``published``
    anchors relative dates ("yesterday", "since January of this year"): for a report known only
    to its month or year, the last day it may have appeared, with ``published_from`` the first
    (a weekday or "yesterday" then dates nothing). ``publisher`` is the
    document's source as stored ("Daily Example (AFP)"): a place name inside it in the text is
    the publisher's, not a place.
    """
    if not text.strip():
        return []
    if lang is None:
        from harmledger.language import detect_language

        lang = detect_language(text)[0]
        if lang not in available_languages():
            return []
    elif lang not in available_languages():
        raise ConfigError(
            f"no extraction pack for language {lang!r}; have {', '.join(available_languages())}"
        )
    pack = load_pack(lang)
    written, text = (
        text,
        unwrapped(text, pack.raw.get("text", {}).get("wrap_before_capitals", False)),
    )
    doc = tokenize(text, lang, pack.number_pattern, pack.verbatim, pack.month_words)
    marks = pack.lexicon.annotate(doc.norms)
    claims = _Run(doc, pack, marks, published, gazetteer_file, publisher, published_from).claims()
    quoted = foreign_quote_claims(
        text,
        lang,
        pack,
        claims,
        lambda span, other: extract_claims(
            span, other, published, gazetteer_file=gazetteer_file, published_from=published_from
        ),
        doc,
    )
    if quoted:
        claims = merge_repeats(sorted(claims + quoted, key=lambda c: c.start), pack, text)
    if text is not written:  # quotes as written, line breaks and all
        for c in claims:
            c.quote = written[c.start : c.end]
    return claims


# the person categories a lone victim's noun phrase ends on (_singular_noun)
_PERSON_WHO = frozenset(
    (
        "who:civilians",
        "who:children",
        "who:women",
        "who:men",
        "who:people",
        "who:combatants",
        "who:protected",
        "who:security",
        "who:assailants",
    )
)
_CLAUSE_PUNCT = frozenset(".,;:!?")
_CLAUSE_OR_BRACKET = frozenset(",.;:!?()")


@cache
def _zero_of(lang: str) -> tuple[tuple[str, ...], ...]:
    """The pack's ``segments.zero_of`` phrases as normalised word tuples, longest first."""
    listed = load_pack(lang).raw.get("segments", {}).get("zero_of", [])
    return tuple(sorted((tuple(normalize(w) for w in p.split()) for p in listed), key=len)[::-1])


@cache
def _number_words(lang: str) -> frozenset[str]:
    """The pack's ``numbers.words`` normalised, as a word of the text is."""
    return frozenset(normalize(w) for w in load_pack(lang).raw.get("numbers", {}).get("words", {}))


_ZERO_WHOLE = 5  # words from "none of the" to its verb: "80 passagerarna på bussen"


@cache
def _states(lang: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The pack's ``segments.part_states`` or ``segments.still_states`` as normalised word
    tuples, once per language (not once per document)."""
    listed = load_pack(lang).raw.get("segments", {}).get(key, [])
    return tuple(tuple(normalize(w) for w in p.split()) for p in listed)


def _outside_number_words(cues: list[Cue], mentions: list[Mention]) -> list[Cue]:
    """The cues not inside a number written in words: a number word that spells like a word
    of harm once normalised is the number ("أصيب مئتا شخص": "مئتا", 200, reads as "ميتا",
    dead)."""
    spans = [(m.i, m.j) for m in mentions if m.source == "word"]
    if not spans:
        return cues
    inside = {k for i, j in spans for k in range(i, j)}
    return [c for c in cues if not (c.i in inside and c.j - 1 in inside)]


def _year_word(word: Word) -> bool:
    return word.is_digit and len(word.norm) == 4 and 1900 <= int(word.norm) <= 2100


def _family_draft(i: int, j: int, total: int, measure: str, cue: Cue | None) -> Draft:
    """A family or group counted at words ``[i, j)`` as one more claim of people, beside its
    parts (companions and family sums)."""
    mention = Mention(i, j, total, total, total, "exact", "word")
    draft = Draft(mention, Head(i, j, who="people"), "casualty", measure, "people", cue, True)
    draft.extra["family"] = True
    return draft


class _Run:
    """One extraction over one tokenised document."""

    def __init__(
        self,
        doc: Doc,
        pack: LanguagePack,
        marks: Marks,
        published: dt.date | None,
        gazetteer_file: Path | None,
        publisher: str | None = None,
        published_from: dt.date | None = None,
    ) -> None:
        self.doc = doc
        self.pack = pack
        self.marks = marks
        self.mentions = find_mentions(doc, pack, marks)
        self.cues = find_cues(
            doc,
            marks,
            pack,
            frozenset(m.j for m in self.mentions),
            frozenset(m.i for m in self.mentions),
        )
        # "miste tre barn": a verb of losing is a cue only with a count of persons after it
        self.cues = persons_lost(doc, marks, pack, self.cues, self.mentions)
        self.cues = _outside_number_words(self.cues, self.mentions)
        # "tried to kill a woman", "a tenté de tuer", "intentó matar": a harm meant, not done
        self.cues = [c for c in self.cues if not infinitive(doc, pack, c)]
        # "taken to hospital as a precaution": a trip for a check is no sign of harm
        self.cues = [
            c
            for c in self.cues
            if not (
                c.measure == "injured"
                and hospital_cue(marks, c.i, c.j)
                and for_a_check(doc, marks, c.i, c.j)
            )
        ]
        self.segs = segments(doc, pack, marks, self.cues)
        self._mention_starts = frozenset(m.i for m in self.mentions)
        self.published = published
        self.published_from = published_from
        self.gazetteer_file = gazetteer_file
        self.publisher = publisher
        self._combined_at = {cue.i: cue for cue in self.cues}
        self._sentence_cues: dict[int, list[Cue]] = {}
        for cue in self.cues:
            self._sentence_cues.setdefault(doc.sentence[cue.i], []).append(cue)
        words = _pack_words(pack.lang)
        self._copulas = words.copulas
        self._agent_by = words.agent_by
        self._among_verbs = words.among_verbs
        self._sentence_start = doc.sentence_starts
        self._hypotheticals = marks.positions("neg:hypothetical")
        # superlatives a figure of an earlier event may be compared with (_earlier_event)
        comparison = pack.comparison
        self._superlatives = doc.where(comparison)
        self._objects_one: set[int] = set()  # "one" as a casualty verb's whole object
        # "one" carried to a hospital with no noun ("en tredje fördes i all hast till sjukhus")
        self._carried_ones: set[int] = set()
        self._found_hit: set[int] = set()  # heads of people found with a wound, as if shot
        # lone persons a verb befell after its counted subject ("قتل ثلاثة مسلحين صاحب المتجر")
        self._verb_first_objects: list[tuple[int, Cue]] = []
        self._collective = words.collective
        self._subset_verbs = words.subset_verbs
        self._casualty_nouns = words.casualty_nouns
        self._owner_links = words.owner_links
        self._zero_pronouns = words.zero_pronouns
        self._ordinals = words.ordinals
        self._one_aux = words.one_aux
        self._plural_aux = words.plural_aux
        self._ones = words.ones
        self._after_article = words.after_article
        self._one_more = words.one_more
        self._one_more_after = words.one_more_after
        # where a group's rest stands ("two men were shot, one fatally": 1 hurt): a "second
        # man" after it is one of that group, no one more (_lone_before)
        self._rests: set[int] = set()
        self._one_words = words.one_words
        self._date_memo: dict[tuple[object, ...], bool] | None = None
        self._alive_phrases: list[tuple[str, ...]] | None = None
        self._relatives: frozenset[str] | None = None
        self._time_units = words.time_units
        self._before_noun = words.before_noun
        self._day_joins = words.day_joins

    def claims(self) -> list[Claim]:
        mentions = self.mentions
        mentions = sorted(
            mentions + self._counted_nouns(mentions) + self._as_many(mentions), key=lambda m: m.i
        )
        self._starts = [m.i for m in mentions]
        self._all_mentions = mentions
        self._ends_upto: list[int] | None = None  # see _inside_mention
        self._mention_starts = frozenset(self._starts)
        listed = self._listed_distractors(mentions)
        self._mention_end = {m.i: m.j for m in mentions}
        self._percent_ends = frozenset(m.j for m in mentions if m.percent)
        self._mention_ends = {m.j for m in mentions if m.source in ("digit", "word")}
        # numbers written as numbers (not "a man", "none"): a noun right after one is its head
        self._numeral_starts = {m.i for m in mentions if m.source in ("digit", "word", "vague")}
        # families whose relatives are named only in the plural, and counted groups joined by
        # "and" (coordinated.Group.counted): (i, j, measure, fewest people)
        self._family_plurals: list[tuple[int, int, str, int]] = []
        self._date_memo = {}  # what every later test of a mention reads is fixed from here on
        self._blocking = [m.i for m in mentions if not self._modifier(m, listed)]
        drafts: list[Draft] = []
        for mention in mentions:
            if self._compound_prefix(mention) or mention.i in listed:
                continue
            self._coordinated_qualifier(mention, drafts)
            draft = self._read(mention, drafts)
            if draft is not None:
                drafts.append(draft)
        for d in drafts:
            if d.measure == "bodies_recovered" and self._shot_cue(d):
                d.measure = "killed_or_injured"  # "found shot": hit, not a body
            elif d.measure == "bodies_recovered" and self._brought_to_hospital(d):
                d.measure = "killed"  # "127 Leichen in die Krankenhäuser gebracht": the dead
            elif d.measure == "bodies_recovered" and self._found_hurt(d):
                d.measure = "killed_or_injured"  # "found with gunshot wounds": hit, as "shot"
                self._found_hit.add(d.head.i)
        # "a man was shot" is a lone victim, hurt unless someone died (singular.py), not a count
        drafts = [
            d
            for d in drafts
            if not (self._shot(d) and (d.mention.source == "singular" or not self._hit(d)))
            and not self._outcome_told(d, drafts)
        ]
        self._shot_how_badly(drafts)
        self._shot_and_dead(drafts)
        for d in drafts:
            # "the imam and 33 others": 34, quoted from "imam"; "the pilot and four
            # passengers were killed": five
            if self._one_and_others(d) or self._role_and_count(d):
                m = d.mention
                d.mention = replace(
                    m,
                    i=self._qualifier_start(m) - 2,
                    value=m.value + 1,
                    low=None if m.low is None else m.low + 1,
                    high=None if m.high is None else m.high + 1,
                )
        lone = self._lone_victims(drafts)
        self._others_after_lone(drafts, lone)
        drafts += lone
        drafts = self._died_of_wounds(drafts)
        drafts = self._superseded_injury(drafts)
        drafts = self._hurt_then_dead(drafts)
        drafts = self._dead_who_was_hurt(drafts)
        drafts += self._companions(drafts)
        drafts += self._and_one_more(drafts)
        drafts += self._coordinated(drafts)
        drafts += self._family_sums(drafts)
        drafts += self._one_of_them(drafts)
        self._the_one_dead(drafts)
        self._also_one_more(drafts)
        drafts = [d for d in drafts if not self._in_roster(d)]
        for d in drafts:
            if d.kind == "casualty" and d.measure in _NAMED_DEAD and self._identified(d):
                d.measure, d.who = "killed", "other"  # "163 bodies have been identified"
        deaths: dict[tuple[int | None, int | None], int] = {}
        for d in drafts:  # the first death count of each figure: one pass, not drafts x drafts
            if d.kind == "casualty" and d.measure == "killed":
                key = (d.mention.low, d.mention.high)
                deaths[key] = min(deaths.get(key, d.mention.i), d.mention.i)
        drafts = [d for d in drafts if not self._dead_shown(d, deaths)]
        drafts = [  # "matched against the ministry's list of 9,000 victims": the list's size
            d
            for d in drafts
            if d.kind != "casualty" or not matched_list_size(self.doc, self.pack, d.mention.i)
        ]
        if not drafts:
            return self._uncounted([])
        self._resolve_victims(drafts)
        attributions = attribute(self.doc, self.pack, self.marks)
        # a figure no one is cited for is the dateline agency's, the named source's or, in a press
        # release, the publisher's
        self._voice = Attribution(publisher_voice(self.doc.text, self.pack, self.publisher))
        context = Context(
            self.doc,
            self.pack,
            self.marks,
            self.published,
            self.gazetteer_file,
            self.publisher,
            self.published_from,
        )
        context.affiliations = self._affiliations(drafts)
        claims = [self._claim(d, attributions, context) for d in drafts]
        return self._uncounted(merge_repeats(claims, self.pack, self.doc.text))

    def _affiliations(self, drafts: list[Draft]) -> list[tuple[int, int]]:
        """Words that describe a victim, not who harmed them: after the verb of a family read as
        one, the victim its object ("killed a commander in the X force named A together with
        his wife ..."): a party named there is the victim's side, no perpetrator
        (:attr:`Context.affiliations`)."""
        return [
            (d.cue.j, d.mention.j)
            for d in drafts
            if d.extra.get("family") and d.cue is not None and d.cue.i == d.mention.i
        ]

    def _identified(self, d: Draft) -> bool:
        """A verb of identifying beside the count, in its sentence ("163 bodies have been
        identified", "identify 52 of the victims", "dont 163 identifiés"): the labelled sets
        read the dead known by name as a group of their own (killed, who other)."""
        verbs = self.pack.words("identified", "verbs")
        words, sentence = self.doc.words, self.doc.sentence
        negation = self.pack.words("negation", "words")
        i, end = d.mention.i, max(d.mention.j, d.head.j)
        if any(words[k].norm in verbs for k in range(max(0, i - 2), i)):
            # a part of the dead: "identify 52 of the victims", not "identified the four
            # people killed" (the toll itself, named)
            return sentence[max(0, i - 2)] == sentence[i] and self._partitive_after(d.mention)
        for k in range(end, min(len(words), end + 4)):
            if sentence[k] != sentence[i] or k in self._mention_starts:
                return False  # the verb of another count ("403 morts, dont 163 identifiés")
            if words[k].norm in verbs:
                # "three of the dead were never identified": the unknown dead
                return words[k - 1].norm not in negation
        return False

    def _partitive_after(self, mention: Mention) -> bool:
        """Whether "of the" ("of them", "d'entre eux") follows the count: a part of a whole."""
        return bool(self.marks.within("who:partitive", mention.j, mention.j + 1)) or (
            mention.j + 1 < len(self.doc.words)
            and self.doc.words[mention.j].norm in self.pack.words("identified", "of")
        )

    def _in_roster(self, d: Draft) -> bool:
        """A trade counted in a list of the staff lost one trade at a time (roster.py)."""
        i, j = d.mention.i, d.head.j
        if d.head.i < i or not in_roster(self.doc, self.pack, self.marks, i, j):
            return False
        # the figure the roster makes up, or the subset marker that opens it, comes first
        first = self.doc.sentence_starts[self.doc.sentence[i]]
        subset = self.marks.within("who:subset", first, i)
        return bool(subset) or any(k in self._mention_starts for k in range(first, i))

    def _uncounted(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` and its plurals with
        no figure ("others were injured"), as ``uncounted`` claims (:mod:`.uncounted`): for each
        measure none of them states a figure of, and, said with a quantifier, for each measure
        none of them states a figure of the whole group above one."""
        # a plural tells more than a figure only beside a one or a part ("at least one was
        # injured ... others were injured", "a child was wounded ... and a number of others"),
        # and only with a quantifier: beside a figure, a plural noun ("martyrs", "injuries") is
        # as often a generic word or one person's harm
        counted = {c.measure for c in claims if c.kind == "casualty"}
        stated = {
            c.measure
            for c in claims
            if c.kind == "casualty"
            and c.who not in (*_PART_WHO, "combatants")  # the whole group, as figures read it
            and max(c.low or 0, c.high or 0) > 1
        }
        numbers = sorted(self._numeral_starts)
        extra = [
            Claim(
                kind="uncounted",
                measure=p.measure,
                who="people",
                low=p.low,
                qualifier="vague",
                start=(span := self.doc.char_span(p.i, p.j))[0],
                end=span[1],
                quote=self.doc.text[span[0] : span[1]],
                lang=self.doc.lang,
            )
            for p in plurals(self.doc, self.pack, self.marks, self.cues, numbers)
            if p.measure not in stated and (p.quantified or p.measure not in counted)
        ]
        # a family with relatives named in the plural: the fewest people it can mean, stated
        # rather than vague (:mod:`.companions`), where no count outside it states more than one
        for i, j, measure, total in self._family_plurals:
            start, end = self.doc.char_span(i, j)
            if any(
                c.kind == "casualty"
                and c.measure == measure
                and c.who not in (*_PART_WHO, "combatants")
                and max(c.low or 0, c.high or 0) > 1
                and not start <= c.start < end
                for c in claims
            ):
                continue
            extra.append(
                Claim(
                    kind="uncounted",
                    measure=measure,
                    who="people",
                    low=total,
                    qualifier="at_least",
                    start=start,
                    end=end,
                    quote=self.doc.text[start:end],
                    lang=self.doc.lang,
                )
            )
        return sorted(claims + extra, key=lambda c: c.start) if extra else claims

    def _dead_shown(self, draft: Draft, deaths: dict[tuple[int | None, int | None], int]) -> bool:
        """Bodies no one is said to have found ("pictures showed the bodies of two children",
        "they showed us the bodies of the five") restate a death count given earlier: the
        same dead, not a recovery."""
        if draft.kind != "casualty" or draft.measure != "bodies_recovered":
            return False
        mention, cue = draft.mention, draft.cue
        lo = min(mention.i, cue.i if cue else mention.i) - 4
        hi = max(mention.j, draft.head.j, cue.j if cue else 0) + 6
        sentence = self.doc.sentence[mention.i]
        if any(
            self.doc.sentence[k] == sentence
            for category in ("mod:found", "mod:grave")
            for k in self.marks.within(category, max(0, lo), hi)
        ):
            return False
        first = deaths.get((mention.low, mention.high))
        return first is not None and first < mention.i

    def _companions(self, drafts: list[Draft]) -> list[Draft]:
        """ "a mother and her three children were killed": the family as one more claim of
        the whole group, beside its parts (:mod:`harmledger.extract.companions`)."""
        extra = []
        for group in companions(self.doc, self.pack, self.marks, drafts, self.cues):
            if group.plural:  # "his wife and their children": a plural with no figure
                self._family_plurals.append((group.i, group.j, group.measure, group.total))
                continue  # its members stay as read: no count of them changes
            if group.lone is not None and group.lone.who not in _PART_WHO and not group.fighter:
                # "a farmer was killed with his wife": two, not one and two
                drafts[:] = [d for d in drafts if d is not group.lone]
            # the companion read alone as the verb's subject ("the driver and his passenger
            # died": "passenger died") is only a part of the two, unless of a part category
            drafts[:] = [
                d
                for d in drafts
                if not (
                    d.mention.source == "singular"
                    and d.measure == group.measure
                    and group.i < d.mention.i < group.j
                    and d.who not in _PART_WHO
                )
            ]
            extra.append(_family_draft(group.i, group.j, group.total, group.measure, group.cue))
        return extra

    def _family_sums(self, drafts: list[Draft]) -> list[Draft]:
        """ "four members of the Odeh family and two of the Karam family were killed": the toll
        as one more claim of the whole group, beside each family
        (:mod:`harmledger.extract.family_sums`)."""
        extra = []
        for group in family_sums(self.doc, self.pack, self.marks, drafts):
            extra.append(_family_draft(group.i, group.j, group.total, group.measure, group.cue))
        return extra

    def _coordinated(self, drafts: list[Draft]) -> list[Draft]:
        """ "a man and a woman were killed": the pair as one more claim of everyone named,
        beside the members of a part category (:mod:`harmledger.extract.coordinated`)."""
        extra: list[Draft] = []
        families = [(d.mention.i, d.mention.j) for d in drafts if d.extra.get("family")]
        for group in coordinated(self.doc, self.pack, self.marks, drafts, self.cues):
            if group.roll:
                extra += self._roll(group, drafts, extra)
                continue
            if any(i < group.j and group.i < j for i, j in families):
                continue  # read as a family already ("a man and his wife")
            if group.counted:
                # "two women and three children were injured": their sum, as a plural with a
                # figure (the parts stay the casualty claims)
                self._family_plurals.append((group.i, group.j, group.measure, group.total))
                continue
            if any(
                d.kind == "casualty"
                and d.measure == group.measure
                and d.mention.source in ("digit", "word", "vague")
                and not group.i <= d.mention.i < group.j  # "the dead are two women and a man"
                for d in drafts
            ):
                continue  # as a lone victim, in a report that counts: among that count
            parts = {
                id(d)
                for d in drafts
                if (d in group.members or group.i <= d.mention.i < group.j)
                and d.measure == group.measure
                and d.who not in _GROUP_PART_WHO
                and d.mention.source == "singular"
            }
            drafts[:] = [d for d in drafts if id(d) not in parts]
            if group.lone is not None and group.lone[1] in _GROUP_PART_WHO:
                # "استشهدت امرأة وطفلان": the lone woman stays beside the total, as "a woman"
                # read by the engine does (a part category)
                k, lone_who = group.lone
                one = Mention(k, k + 1, 1, 1, 1, "exact", "singular")
                head = Head(k, k + 1, who=lone_who)
                extra.append(Draft(one, head, "casualty", group.measure, lone_who, group.cue, True))
            total = group.total
            mention = Mention(group.i, group.j, total, total, total, "exact", "word")
            head = Head(group.i, group.j, who=group.who)
            draft = Draft(mention, head, "casualty", group.measure, group.who, group.cue, True)
            extra.append(draft)
        return extra

    def _roll(self, group: Group, drafts: list[Draft], groups: list[Draft]) -> list[Draft]:
        """A roll of the victims named one by one ("the victims were named as A, B and his wife
        C"): one claim of everyone it names, beside the report's figures, which it may exceed
        (a source's longer list). Not where it opens a report that counts the measure only
        after it: there it is most often the first few of that count; nor where a count of
        everyone before it is as large: it names those counted ("three were killed ... the
        victims were identified as A, B and C", "among the dead were A and B"), or a reading
        inside it does ("a man and his son", read as a pair; ``groups``: the pairs read so
        far). The readings inside it of a victim alone or a family are its parts and go."""
        counted = [
            d
            for d in drafts
            if d.kind == "casualty"
            and d.measure == group.measure
            and d.mention.source in ("digit", "word", "vague")
            and not group.i <= d.mention.i < group.j
        ]
        if counted and min(d.mention.i for d in counted) > group.i:
            return []
        before = [
            v
            for d in counted
            if d.mention.i < group.i and d.who not in (*_PART_WHO, "combatants")
            for v in (d.mention.low, d.mention.high)
            if v is not None
        ]
        read = [  # the roll read already: "the victims were a man and his son" (a pair)
            v
            for d in (*drafts, *groups)
            if d.kind == "casualty"
            and d.measure in (group.measure, "killed_or_injured")
            and group.i <= d.mention.i < group.j
            and d.who not in _PART_WHO
            for v in (d.mention.low, d.mention.high)
            if v is not None
        ]
        if max(before, default=0) >= group.total or group.total in read:
            return []
        drafts[:] = [
            d
            for d in drafts
            if not (
                d.measure == group.measure
                and group.i <= d.mention.i < group.j
                and (
                    d.mention.source == "singular" or d.kind != "casualty" or d.extra.get("family")
                )
            )
        ]
        mention = Mention(group.i, group.j, group.total, group.total, group.total, "exact", "word")
        head = Head(group.i, group.j, who=group.who)
        return [Draft(mention, head, "casualty", group.measure, group.who, group.cue, True)]

    def _one_of_them(self, drafts: list[Draft]) -> list[Draft]:
        """ "Two men were shot. One of them died.": one dead of the group, and the hit whose
        outcome was open are the hurt rest (:mod:`harmledger.extract.one_of_them`)."""
        extra = []
        for one in one_of_them(self.doc, self.pack, drafts, self.cues):
            group = one.group
            if group is None:
                # "one of the injured died" with no count of the injured: one dead, and the
                # phrase read as one of the hurt ("Einer der Verletzten") is that death
                drafts[:] = [
                    d
                    for d in drafts
                    if not (
                        d.measure == "injured"
                        and one.phrase_i <= d.mention.i < one.phrase_j
                        and d.mention.low == 1
                    )
                ]
                mention = Mention(one.i, one.j, 1, 1, 1, "exact", "word")
                head = Head(one.i, one.j, who="people")
                extra.append(Draft(mention, head, "casualty", "killed", "people", one.cue, True))
                continue
            assert isinstance(group, Draft)
            if group.measure == "killed_or_injured" and group.mention.low is not None:
                rest = group.mention.low - 1
                group.mention = replace(group.mention, value=rest, low=rest, high=rest)
                group.measure = "injured"
                self._rests.add(group.mention.i)
            mention = Mention(one.i, one.j, 1, 1, 1, "exact", "word")
            head = Head(one.i, one.j, who=group.who)
            extra.append(Draft(mention, head, "casualty", "killed", group.who, one.cue, True))
        return extra

    def _the_one_dead(self, drafts: list[Draft]) -> None:
        """ "Two teenagers were shot. The 16-year-old died Wednesday": a counted group hit,
        its outcome open, then one person named by a definite noun (or age) dead in the same
        sentence or the next, and no other death in the document, is one of the group, as
        "one of them died" is (:meth:`_one_of_them`): the rest of the group is hurt (gvdb16)."""
        dead = [
            d for d in drafts if d.kind == "casualty" and d.measure == "killed" and not d.negated
        ]
        if len(dead) != 1 or dead[0].mention.source != "singular" or dead[0].mention.low != 1:
            return
        one = dead[0]
        if not self._definite_before(one.mention.i):
            return
        sentence = self.doc.sentence
        groups = [
            d
            for d in drafts
            if d.kind == "casualty"
            and d.measure == "killed_or_injured"
            and not d.negated
            and self._told_count(d.mention)
            and d.mention.low is not None
            and d.mention.low == d.mention.high
            and d.mention.low >= 2
            and d.mention.j <= one.mention.i
            and 0 <= sentence[one.mention.i] - sentence[d.mention.i] <= 1
        ]
        if len(groups) != 1:
            return
        group = groups[0]
        rest = group.mention.low - 1 if group.mention.low is not None else 0
        group.mention = replace(group.mention, value=rest, low=rest, high=rest)
        group.measure = "injured"
        self._rests.add(group.mention.i)

    def _also_one_more(self, drafts: list[Draft]) -> None:
        """ "A man was shot in the leg. A woman was also shot": one person, named indefinitely,
        hurt or killed "also" (``singular_victims.also`` between the person and the verb) is one
        more beside one person of the same measure just before (within ``_ONE_MORE_SENTENCES``),
        as "another man was shot" is (:meth:`_lone_before`): the two are one incident's, and
        their sum is its count (gvdb16). A definite noun ("The man was also shot in the arm")
        is the same person again."""
        also = self.pack.words("singular_victims", "also")
        if not also:
            return
        sentence = self.doc.sentence
        ones = sorted(
            (
                d
                for d in drafts
                if d.kind == "casualty"
                and d.measure in _ONE_MORE_MEASURES
                and not d.negated
                and d.container is None
                and d.mention.low is not None
                and d.mention.low == d.mention.high
            ),
            key=lambda d: d.mention.i,
        )
        for k, one in enumerate(ones):
            if one.mention.low != 1 or one.cue is None or not self._also_before_cue(one, also):
                continue
            if not self._indefinite_phrase(one.mention.i):
                continue
            before = [
                d
                for d in ones[:k]
                if d.measure == one.measure
                and d.mention.j <= one.mention.i
                and 0 <= sentence[one.mention.i] - sentence[d.mention.i] <= _ONE_MORE_SENTENCES
            ]
            if not before:
                continue
            last = before[-1]
            low = last.mention.low
            if last.mention.i in self._rests or low is None:
                continue
            if low != 1 and last.mention.source != "singular":
                continue  # a count's own reading stays: "two were killed ... a man also died"
            n = low + 1
            one.mention = replace(one.mention, value=n, low=n, high=n)

    def _also_before_cue(self, draft: Draft, also: frozenset[str]) -> bool:
        """Whether an "also" word stands between the person and the verb of ``draft``, in one
        run of words ("A woman was also shot", "a bystander was also killed")."""
        assert draft.cue is not None
        start, end = max(draft.mention.j, draft.head.j), draft.cue.i
        if not 0 < end - start <= _ALSO_REACH:
            return False
        gaps = self.doc.gaps
        if any(gaps[t].strip() not in ("", "-") for t in range(start, end + 1)):
            return False  # a comma or a stop between: another clause
        return any(self.doc.words[t].norm in also for t in range(start, end))

    def _indefinite_phrase(self, k: int) -> bool:
        """Whether the person whose phrase holds word ``k`` is named indefinitely: an
        indefinite article at ``k`` or a few words before it, in one run of words ("A 27-year-old
        woman", "a teenage boy"), with no definite article between."""
        words, gaps = self.doc.words, self.doc.gaps
        definite = self.pack.words("segments", "definite_articles")
        for t in range(k, max(-1, k - _ALSO_REACH), -1):
            if words[t].norm in self.pack.singular:
                return True
            if words[t].norm in definite or (t < k and gaps[t + 1].strip() not in ("", "-")):
                return False
        return False

    @staticmethod
    def _told_count(mention: Mention) -> bool:
        """Whether a count is written as one: a numeral, a number word, or an exact number
        phrase ("a father and son", "the couple": two)."""
        return mention.source in ("digit", "word") or (
            mention.source == "vague" and mention.qualifier == "exact"
        )

    def _definite_before(self, k: int) -> bool:
        """Whether the person at word ``k`` is named definitely: a definite article right
        before it, or before the age written onto it ("the 16-year-old")."""
        articles = self.pack.words("segments", "definite_articles")
        words = self.doc.words
        t = k - 1
        if t >= 0 and words[t].is_digit and self.doc.gaps[k].strip() in ("", "-"):
            t -= 1  # "the 16-year-old": the age, then its article
        return t >= 0 and words[t].norm in articles

    def _died_of_wounds(self, drafts: list[Draft]) -> list[Draft]:
        """One person hurt, then dead of their own wounds ("a paramedic was injured ... he died
        of his wounds", "murió a causa de sus heridas", "توفي متأثرا بجراحه"): killed, once, not
        also injured, as casualty records count the dead apart from the hurt. Only where the
        document's one injured is that lone person, and no figure counts the dead: the death
        is then theirs, read at the verb even where no subject is written."""
        hurt = [d for d in drafts if d.kind == "casualty" and d.measure == "injured"]
        if len(hurt) != 1 or hurt[0].mention.source != "singular" or hurt[0].negated:
            return drafts
        victim = hurt[0]
        killed = [d for d in drafts if d.kind == "casualty" and d.measure == "killed"]
        if any(d.mention.source != "singular" for d in killed):
            return drafts
        for cue in self.cues:
            if cue.measure != "killed" or cue.i < victim.mention.j:
                continue
            end = self._of_wounds_after(cue)
            if end is None:
                continue
            kept = [d for d in drafts if d is not victim]
            if not any(d.cue is not None and d.cue.i == cue.i for d in killed):
                mention = Mention(cue.i, end, 1, 1, 1, "exact", "singular")
                head = Head(cue.i, end, who=victim.head.who)
                kept.append(Draft(mention, head, "casualty", "killed", victim.who, cue, True))
            return sorted(kept, key=lambda d: d.mention.i)
        return drafts

    def _superseded_injury(self, drafts: list[Draft]) -> list[Draft]:
        """One person reported hurt, then, after "but" in the same sentence, reported dead later
        ("a radio station initially reported the injury of a boy, but relatives later announced
        his death", "was wounded, but he later died", "resultó herido, pero más tarde murió"):
        the later report supersedes the first, so the person is killed, once, not also injured.
        The death is that person's where the sentence marks the injury as a first report (pack
        ``measure_modifiers.first_reported``: "initially") or where only a few words with no
        person in them stand between the "but" (``measure_modifiers.but``) and the death ("but
        he later died"); "later" (``measure_modifiers.later``) stands after the "but" either
        way. Several hurt ("five were injured, but one later died") stay hurt."""
        buts = self.doc.where(self.pack.words("measure_modifiers", "but"))
        if not buts:
            return drafts
        sentence = self.doc.sentence
        deaths = sorted((c for c in self.cues if c.measure == "killed"), key=lambda c: c.i)
        starts = [c.i for c in deaths]
        kept = list(drafts)
        for victim in drafts:
            m = victim.mention
            if victim.kind != "casualty" or victim.measure != "injured" or victim.negated:
                continue
            if (m.low, m.high) != (1, 1):
                continue
            end, s = max(m.j, victim.head.j), sentence[m.i]
            at = bisect_left(buts, end)
            if at == len(buts) or sentence[buts[at]] != s:
                continue
            but = buts[at]
            at = bisect_right(starts, but)
            cue = deaths[at] if at < len(deaths) and sentence[starts[at]] == s else None
            if cue is None or not self._later_around(but, cue):
                continue
            first = self.doc.sentence_starts[s]
            if not self.marks.within("mod:first_reported", first, m.i) and not self._same_person(
                but, cue
            ):
                continue
            kept = [d for d in kept if d is not victim]
            if not any(
                d.cue is not None and d.cue.i == cue.i for d in kept if d.measure == "killed"
            ):
                mention = Mention(cue.i, cue.j, 1, 1, 1, "exact", "singular")
                head = Head(cue.i, cue.j, who=victim.head.who)
                kept.append(Draft(mention, head, "casualty", "killed", victim.who, cue, True))
        return sorted(kept, key=lambda d: d.mention.i) if kept != drafts else drafts

    def _dead_who_was_hurt(self, drafts: list[Draft]) -> list[Draft]:
        """One person whose death is reported with a clause saying they had been hurt ("la
        muerte de una mujer de 83 años que resultó herida durante el ataque", "la mort d'une
        femme de 67 ans qui avait été blessée"): the same noun read once as dead and once as
        hurt is one person, killed, as casualty records count the dead apart from the hurt.
        Another person hurt beside the dead ("y una mujer resultó herida") has a noun of their
        own (p18es)."""

        def lone(d: Draft, measure: str) -> bool:
            return (
                d.kind == "casualty"
                and d.measure == measure
                and not d.negated
                and d.mention.source == "singular"
                and (d.mention.low, d.mention.high) == (1, 1)
            )

        dead = {(d.head.i, d.head.j) for d in drafts if lone(d, "killed")}
        if not dead:
            return drafts
        kept = [d for d in drafts if not (lone(d, "injured") and (d.head.i, d.head.j) in dead)]
        return kept if len(kept) != len(drafts) else drafts

    def _hurt_then_dead(self, drafts: list[Draft]) -> list[Draft]:
        """One person reported hurt, then dead in a later sentence that names them again by a
        pronoun or a definite noun ("En man hittades skottskadad. Han avled senare", "A man
        was seriously injured. He died later in hospital", "Ein Mann wurde schwer verletzt. Er
        starb später"): killed, once, as casualty records count the dead apart from the hurt.
        Only where the document's one hurt and one dead are those lone persons, the dead named
        by no possessive ("Hans fru avled": someone else) and of no other sex by their noun."""
        hurt = dead = None
        for d in drafts:
            if d.kind != "casualty" or d.negated or d.mention.source == "zero":
                continue
            if d.measure == "injured":
                if hurt is not None:
                    return drafts
                hurt = d
            elif d.measure == "killed":
                if dead is not None:
                    return drafts
                dead = d
        if hurt is None or dead is None:
            return drafts
        if any(
            d.mention.source != "singular" or (d.mention.low, d.mention.high) != (1, 1)
            for d in (hurt, dead)
        ):
            return drafts
        sentence = self.doc.sentence
        k = dead.mention.i
        if sentence[k] <= sentence[max(hurt.mention.i, hurt.mention.j - 1)]:
            return drafts
        cats = cats_at(self.marks, k)
        if "one:pronouns" not in cats:
            if "one:nouns" not in cats or self._indefinite(k) or self._another(k):
                return drafts
            if self._one_more_word(k):
                return drafts  # "ytterligare en man": someone else
            # the same noun again, perhaps with its definite ending ("En kvinna ... Kvinnan",
            # "a woman ... the woman"), not another person ("a trooper ... the suspect") nor a
            # relative ("his wife": no noun of the hurt's own)
            noun = self._head_noun(hurt.mention.i, max(hurt.mention.j, hurt.head.j))
            if noun is None or not self.doc.words[k].norm.startswith(self.doc.words[noun].norm):
                return drafts
        return [d for d in drafts if d is not hurt]

    def _later_around(self, but: int, cue: Cue) -> bool:
        """A word of later time after ``but``, up to a few words past the death ``cue``, in its
        sentence ("but he later died", "pero más tarde murió", "mais il est mort plus tard")."""
        s = self.doc.sentence[cue.i]
        hi = min(cue.j + _SUPERSEDE_AFTER, len(self.doc.words))
        return any(self.doc.sentence[k] == s for k in self.marks.within("mod:later", but, hi))

    def _same_person(self, but: int, cue: Cue) -> bool:
        """Only a few words, none a person or a number, between "but" and the death: the
        death is the one hurt's ("but he later died"; not "but his brother was later killed").
        A word of later time is read as itself ("pero más tarde murió": "más" is no others)."""
        if cue.i - but - 1 > _SUPERSEDE_BETWEEN:
            return False
        relatives = self.pack.words("companions", "relatives")
        k = but + 1
        while k < cue.i:
            cats = cats_at(self.marks, k)
            if "mod:later" in cats:
                k = cats["mod:later"]
                continue
            word = self.doc.words[k]
            if word.is_digit or word.norm in relatives:
                return False
            if any(c.startswith(("who:", "qty:", "one:nouns")) for c in cats):
                return False
            k += 1
        return True

    def _of_wounds_after(self, cue: Cue) -> int | None:
        """End of a "of his wounds" phrase (pack ``of_wounds``) a few words after a death verb
        ("died two days later of his wounds"), in its clause, or of the verb itself where it
        says so ("bled to death", "a succombé", "verblutete"); None if there is none."""
        gaps, sentence = self.doc.gaps, self.doc.sentence[cue.i]
        for k in range(cue.i, min(cue.j + _WOUNDS_REACH, len(self.doc.words))):
            if self.doc.sentence[k] != sentence or (k > cue.j and gaps[k].strip()):
                return None
            end = cats_at(self.marks, k).get("one:of_wounds")
            if end is not None:
                return end
        return None

    def _and_one_more(self, drafts: list[Draft]) -> list[Draft]:
        """A bare indefinite person noun with "and" written onto it right after a count shares
        the count's verb and is one more of its own kind: "قتل رجلان وامرأة" (two men and a
        woman), "استشهد 3 أطفال وشاب" (pack ``segments.joined``)."""
        joined = self.pack.joined_conjunction
        if not joined:
            return []
        words, gaps, n = self.doc.words, self.doc.gaps, len(self.doc.words)
        taken = {k for d in drafts for k in range(d.mention.i, max(d.mention.j, d.head.j))}
        others = self._others_words()
        extra: list[Draft] = []
        for d in drafts:
            if (
                d.kind != "casualty"
                or d.negated
                or d.measure not in ("killed", "injured")
                or d.mention.source not in ("digit", "word", "vague")
            ):
                continue
            t = max(d.mention.j, d.head.j)
            if t >= n or gaps[t] != " " or t in taken or t in self._mention_starts:
                continue
            word = words[t].norm
            rest = word[len(joined) :]
            if not word.startswith(joined) or len(rest) < 3 or rest.startswith("ال"):
                continue
            cats = self.pack.lexicon.categories(rest)
            if "one:nouns" not in cats or rest in others or set(cats) & set(_NOT_A_CATEGORY):
                continue
            if t + 1 < n and not gaps[t + 1].strip() and t + 1 in self._mention_starts:
                continue  # "وامرأة 3": a count of its own follows
            whos = [c for c in cats if c.startswith("who:")]
            who = preferred_who(whos) if whos else "people"
            mention = Mention(t, t + 1, 1, 1, 1, "exact", "singular")
            draft = Draft(mention, Head(t, t + 1, who=who), "casualty", d.measure, who, d.cue, True)
            draft.container = d.container
            taken.add(t)
            extra.append(draft)
        return extra

    def _others_after_lone(self, drafts: list[Draft], lone: list[Draft]) -> None:
        """ "قتل مدني وأصيب ثلاثة آخرون", "un soldat a été tué et trois autres blessés": others
        counted right after a lone victim, with no count between, are of the lone one's kind
        (read before lone victims are, they had only the default category)."""
        sentence = self.doc.sentence
        for d in drafts:
            others = d.head.others or self._others_before(d.mention)
            if d.kind != "casualty" or not others or d.head.who or d.who != "people":
                continue
            before = [v for v in lone if v.kind == "casualty" and v.mention.i < d.mention.i]
            if not before:
                continue
            victim = max(before, key=lambda v: v.mention.i)
            if (
                victim.who not in (None, "people")
                and sentence[victim.mention.i] == sentence[d.mention.i]
                and not any(
                    o.kind == "casualty" and victim.mention.i < o.mention.i < d.mention.i
                    for o in drafts
                )
            ):
                d.who = victim.who

    def _lone_victims(self, drafts: list[Draft]) -> list[Draft]:
        # an explicit zero ("no one else was hurt") counts nobody: it does not stand for a
        # lone victim elsewhere the way a count would, only in its own sentence ("ningún civil")
        casualties = [d for d in drafts if d.kind == "casualty"]
        counted = {d.measure for d in casualties if d.mention.source != "zero"}
        sentence = self.doc.sentence
        near = {(d.measure, sentence[d.mention.i]) for d in casualties}
        extra: list[Draft] = []
        seen: set[object] = set()  # measures, and (measure, sentence) pairs
        # an age set off after a name counts nobody: "Sam Example, 18, was shot" is one victim
        ages = {m.i for m in self._all_mentions if self._is_age(m) or self._age_of_noun(m)}
        # shots and munitions counted between a victim and the verb count no one: "ein Mann
        # wurde durch drei Schüsse getötet" is one man killed
        means = {d.mention.i for d in drafts if d.kind == "quantity" and d.measure in _MEANS}
        starts = set(self._starts) - ages - means
        lones = lone_victims(self.doc, self.cues, self.marks, self.pack, starts)
        found = {v.i for v in lones}
        lones += [
            victim_at(self.doc, k, cue, self.marks)
            for k, cue in self._verb_first_objects
            if k not in found
        ]
        dead = "killed" in counted or any(v.cue.measure == "killed" for v in lones)
        # a noun a count already reads as a body ("a man was found dead") is no death of its own
        read = {
            k
            for d in casualties
            if d.measure == "bodies_recovered"
            for k in range(d.mention.i, max(d.mention.j, d.head.j))
        }
        # lone victims hurt, introduced indefinitely: "a woman was shot ... the woman died"
        # is her death, not a repeat of someone counted before
        hurt = [
            (v.i, self.doc.words[v.i].norm)
            for v in lones
            if (v.harmed or v.cue.measure == "injured")
            and "one:nouns" in cats_at(self.marks, v.i)
            and self._indefinite(v.i)
        ]
        taken: set[int] = set()
        # the head noun of each one person read dead, at its first position ("a man was
        # killed"; "a 60-year-old man": the man, not his age's noun)
        dead_at: dict[str, int] = {}
        for d in casualties:
            if d.measure == "killed" and d.mention.low == d.mention.high == 1:
                self._note_dead(dead_at, d.mention.i, max(d.mention.j, d.head.j))
        for lone in lones:
            if lone.i in read:
                continue
            measure = lone.cue.measure
            if measure == "killed" and self._found_before_cue(lone.cue, lone.i):
                measure = "bodies_recovered"  # "localizaron sin vida a un hombre": found dead
            least = lone.least
            if (
                lone.harmed
                and (dead or measure in counted)
                and not self._hurt_one_more(lone, lones)
            ):
                least = self._hit_not_dead(lone, measure, counted, casualties, lones)
                if not least:
                    continue  # "shot" says nothing of the outcome where someone died
            key = (measure, sentence[lone.i])
            word = self.doc.words[lone.i].norm
            if measure == "injured" and self._state_of_the_dead(lone, dead_at):
                continue
            # the same noun, hurt before and now dead: her own death, not a repeat
            antecedent = next(
                (
                    i
                    for i, noun in hurt
                    if noun == word and i not in taken and sentence[i] < sentence[lone.i]
                ),
                None,
            )
            if (
                measure == "killed"
                and antecedent is not None
                and key not in near
                and not self._indefinite(lone.i)
                and "one:nouns" in cats_at(self.marks, lone.i)
            ):
                taken.add(antecedent)
            elif measure in counted or measure in seen or key in near:
                # a victim noun in a sentence that counts nobody else for that measure is
                # someone of their own ("a baby was killed in another strike")
                cats = cats_at(self.marks, lone.i)
                # "one" of a group ("uno murió") is someone of their own, like "a baby"
                more = self._one_more_word(lone.i)
                noun = (
                    "one:nouns" in cats and (self._indefinite(lone.i) or more)
                ) or "one:numerals" in cats
                # "another" died: one more beside the victims before ("ein weiterer starb")
                another = noun and (self._another(lone.i) or more)
                if not noun or ((key in near or key in seen) and not another):
                    continue
                if self._in_subset(lone.i):
                    continue
            if lone.event:
                mention = Mention(lone.i, lone.j, least, least, None, "at_least", "singular")
            else:
                count = lone.count
                mention = Mention(lone.i, lone.j, count, count, count, "exact", "singular")
                if count == 1:
                    mention = qualify_one(self.doc, mention, self.marks, self._mention_starts)
            if self._hypothetical(mention):
                continue
            before = (
                None
                if lone.event or lone.count != 1
                else self._lone_before(lone, measure, [*casualties, *extra])
            )
            if before is not None:
                # "a man was shot ... another man was shot": two hurt, as the two lone victims
                # are one incident's
                n = before + 1
                mention = Mention(lone.i, lone.j, n, n, n, "exact", "singular")
            who = lone.who
            if who == "people" and (
                self._another(lone.i) or self._one_more_one(lone.i) or self._ordinal_alone(lone)
            ):
                # "a child was killed, another hurt", "قتل مدنيان وأصيب آخر": one more of the
                # kind named before
                who = (
                    self._kind_before(lone.i, casualties + extra, lones)
                    or self._elided_who(mention, casualties)
                    or who
                )
            head = Head(lone.i, lone.j, who=who)
            draft = Draft(mention, head, "casualty", measure, who, lone.cue, True)
            draft.negated = self._negated(mention, lone.cue) or self._natural_death(lone.cue)
            if draft.negated:
                draft.kind = "quantity"
                continue
            seen.update((measure, key))
            extra.append(draft)
            if measure == "killed":
                self._note_dead(dead_at, lone.i, lone.j)
        return extra

    def _head_noun(self, i: int, j: int) -> int | None:
        """The last person noun in words ``[i, j)``: "a 60-year-old man" is the man, not the
        noun of his age."""
        t = next(
            (t for t in range(j - 1, i - 1, -1) if "one:nouns" in cats_at(self.marks, t)), None
        )
        # an age written as the person ("the 19-year-old") names no one by a noun
        return None if t is None or (t > 0 and self.doc.words[t - 1].is_digit) else t

    def _note_dead(self, dead_at: dict[str, int], i: int, j: int) -> None:
        """Notes the head noun of one person read dead in words ``[i, j)`` at its first place."""
        t = self._head_noun(i, j)
        if t is not None:
            word = self.doc.words[t].norm
            dead_at[word] = min(dead_at.get(word, t), t)

    def _state_of_the_dead(self, lone: LoneVictim, dead_at: dict[str, int]) -> bool:
        """Whether a lone victim hurt is, by a definite noun, one read dead before it with that
        noun ("A man has died after a shooting Friday. The man had been in critical
        condition"): his state before he died, no one else hurt."""
        k = self._head_noun(lone.i, lone.j)
        if k is None or k != lone.i:
            return False
        dead = dead_at.get(self.doc.words[k].norm)
        if dead is None or dead >= k:
            return False
        return not (self._indefinite(k) or self._another(k) or self._one_more_word(k))

    def _hit_not_dead(
        self,
        lone: LoneVictim,
        measure: str,
        counted: set[str],
        casualties: list[Draft],
        lones: list[LoneVictim],
    ) -> int:
        """People of a counted shooting left hurt where some of them died: "one man died in a
        double shooting" leaves one hit and not dead; 0 where the hurt are counted, or the dead
        are as many as those hit."""
        if not lone.event or measure != "injured" or measure in counted:
            return 0
        dead = max(
            (
                d.mention.low
                for d in casualties
                if d.measure == "killed" and d.mention.low and d.mention.source != "zero"
            ),
            default=0,
        )
        if not dead and any(v.cue.measure == "killed" for v in lones):
            dead = 1
        return max(lone.least - dead, 0) if dead else 0

    def _hurt_one_more(self, lone: LoneVictim, lones: list[LoneVictim]) -> bool:
        """Whether a lone victim "shot" where someone died is one more than the dead, and hurt:
        "A man died ... Another man was shot in the leg", "a third man was shot in the hand".
        Named as one more, the person is none of the dead; with no death verb of their own
        ("a second man was shot and later died") the wound is all that is told of them."""
        if not (self._one_more_word(lone.i, True) or self._one_more_apposed(lone.i)):
            return False
        return not any(v is not lone and v.i == lone.i and v.cue.measure == "killed" for v in lones)

    def _one_more_apposed(self, k: int) -> bool:
        """Whether the lone victim at ``k`` is set off after a noun named as one more: "The
        second victim, a 35-year-old man, was treated" (the man is the second victim)."""
        gaps, sentence = self.doc.gaps, self.doc.sentence
        for t in range(k, max(k - _APPOSED_WORDS, 0), -1):
            if sentence[t - 1] != sentence[k]:
                return False
            if gaps[t].strip() == ",":
                noun = "one:nouns" in cats_at(self.marks, t - 1)
                return noun and self._one_more_word(t - 1, True)
        return False

    def _one_more_word(self, k: int, told: bool = False) -> bool:
        """Whether the lone victim's noun at ``k`` is one more, named by the words before it
        (``singular_victims.one_more`` and ``ordinals``: "another man", "a second victim", "a
        third man", "ytterligare en man") or by the word after it where the ordinal follows its
        noun (``one_more_after``: "رجل ثان"); ``told`` also takes a definite one opening its
        sentence ("The second victim ...", _one_more_phrase)."""
        words = self.doc.words
        after = k + 1 < len(words) and not self.doc.gaps[k + 1].strip()
        if after and words[k + 1].norm in self._one_more_after:
            return True
        if k < 1 or self.doc.gaps[k].strip():
            return False
        if words[k].norm in self._one_more and "one:numerals" in cats_at(self.marks, k):
            return True
        return any(self._one_more_phrase(k - n, k, told) for n in (1, 2) if k >= n)

    def _one_more_phrase(self, i: int, k: int, told: bool) -> bool:
        """Whether words ``[i, k)`` say one more: a phrase of ``one_more`` holding its own
        article or "another" ("ytterligare en", "another"), after an indefinite article ("a
        second man") or an article opening the sentence ("The second victim was ..."); after
        any other word it is a rank ("he was the second man killed this year")."""
        words = self.doc.words
        if any(self.doc.gaps[t].strip() for t in range(i + 1, k)):
            return False
        if " ".join(w.norm for w in words[i:k]) not in self._one_more:
            return False
        if any(w.norm in self._one_words for w in words[i:k]):
            return True
        if i < 1 or self.doc.gaps[i].strip():
            return False
        # "The second victim, a 35-year-old man, was treated": with ``told``, an article
        # opening the sentence makes its subject one of a group told before, other than the
        # dead (never added to a sum: the group's count has it); elsewhere a definite one is a
        # rank
        opens = told and (i == 1 or self.doc.sentence[i - 2] != self.doc.sentence[i - 1])
        return words[i - 1].norm in self._one_words or opens

    def _lone_before(self, lone: LoneVictim, measure: str, drafts: list[Draft]) -> int | None:
        """The count of the lone victim of the same measure read just before one named as one
        more ("A man was shot. Another man was shot in the leg": the second is two hurt), within
        ``_ONE_MORE_SENTENCES``; None when it is not one more or none stands before. Only one
        person before, or lone victims summed so: "two soldiers were killed ... another soldier
        was killed" may be two events, and a count's own reading stays."""
        if measure not in _ONE_MORE_MEASURES or not self._one_more_word(lone.i):
            return None
        if lone.i > lone.cue.i and not self._subject_after_verb():
            return None  # "he shot and killed another man": other than the killer, no more
        sentence = self.doc.sentence
        before = [
            d
            for d in drafts
            if d.kind == "casualty"
            and d.measure == measure
            and d.mention.j <= lone.i - _ONE_MORE_WORDS  # "Une deuxième victime": its own one
            and 0 <= sentence[lone.i] - sentence[d.mention.i] <= _ONE_MORE_SENTENCES
        ]
        if not before:
            return None
        last = max(before, key=lambda d: d.mention.i)
        if last.mention.i in self._rests:
            return None  # "Two men were shot, one fatally ... A second man": one of the two
        low, high = last.mention.low, last.mention.high
        if low is None or low != high or (low != 1 and last.mention.source != "singular"):
            return None
        return low

    def _subject_after_verb(self) -> bool:
        """Whether the pack's language puts the subject after its verb (Arabic "وتوفي رجل ثان",
        ``singular_victims.subject_after_verb``): a lone victim after the verb is its subject,
        not the object of someone who killed."""
        return bool(self.pack.raw.get("singular_victims", {}).get("subject_after_verb", False))

    def _kind_before(self, k: int, drafts: list[Draft], lones: list[LoneVictim]) -> str | None:
        """The category of the nearest victims before "another" at ``k`` in its sentence."""
        sentence = self.doc.sentence
        before = [(d.mention.i, d.who) for d in drafts if d.mention.i < k]
        before += [(v.i, v.who) for v in lones if v.i < k and not self._another(v.i)]
        before = [(i, who) for i, who in before if sentence[i] == sentence[k] and who]
        return max(before)[1] if before else None

    def _found_before_cue(self, cue: Cue, k: int) -> bool:
        """A finding verb right before a death cue that precedes its victim at ``k`` ("hallan
        sin vida a un hombre", "localizaron muerto a un joven"): the victim was found dead."""
        if cue.j > k or self.segs[cue.i] != self.segs[k]:
            return False
        return any(
            self.segs[t] == self.segs[k] for t in self.marks.within("mod:found", cue.i - 2, cue.i)
        )

    def _ordinal_alone(self, lone: LoneVictim) -> bool:
        """Whether the lone victim is an ordinal alone after an article ("injured a third"):
        one more of those counted before (en15)."""
        k = lone.i
        return (
            lone.j == k + 1
            and self.doc.words[k].norm in self._ordinals
            and k > 0
            and self.doc.words[k - 1].norm in self.pack.singular
        )

    def _another(self, k: int) -> bool:
        """Whether the lone victim's noun at ``k`` is "another" ("ein weiterer", "un autre",
        "آخر"): someone beside those counted before, never a repeat of them."""
        return self.doc.words[k].norm in self._after_article or "who:others" in cats_at(
            self.marks, k
        )

    def _coordinated_subject(self, head: Head, cue: Cue | None) -> bool:
        """ "a doctor and a visitor were killed": a lone victim joined by "and" to the next
        count shares that count's verb."""
        if cue is None or head.who is None:
            return False
        k = self._past_age(head.j, cue.i)
        aged = age_phrase_end(self.doc, head.j, self.marks, self.pack) if k == head.j else None
        if aged is not None and aged < cue.i:
            k = aged  # "a man in his 30s and a woman were killed"
        if cue.i <= k + 1 or k + 1 >= len(self.doc.words):
            return False
        if self.doc.words[k].norm not in self.pack.conjunctions:
            return False
        start = k + 1  # "a woman and her two children": past a possessive
        while (
            start not in self._mention_starts
            and start < min(cue.i, k + 3)
            and "one:determiners" in cats_at(self.marks, start)
        ):
            start += 1
        return (
            start in self._mention_starts
            and self.doc.sentence[cue.i] == self.doc.sentence[k]
            and not any(ch in ".,;:!?" for ch in self.doc.punct_between(k, cue.i))
        )

    def _past_age(self, k: int, limit: int) -> int:
        """The word after an age that follows a lone victim's noun at ``k`` ("en kvinna i
        30-årsåldern och en man", "une femme de 30 ans et un homme"): an "of" word or a
        function word, then a number the pack reads as an age, with no punctuation. ``k``
        itself where none follows."""
        words = self.doc.words
        for t in (k, k + 1):
            if t >= limit or t not in self._mention_starts:
                continue
            if any(
                words[u].norm not in self.pack.of_words
                and words[u].norm not in self.pack.function_words
                and "dis:before" not in cats_at(self.marks, u)  # "aged 30"
                for u in range(k, t)
            ):
                return k
            mention = self._all_mentions[bisect_left(self._starts, t)]
            if mention.source != "digit":
                return k
            age = read_head(self.doc, mention, self.marks, self.pack)
            end = max(mention.j, age.j)
            between = self.doc.punct_between(k, end)
            if not age.distractor or end >= limit or any(ch in ".,;:!?()" for ch in between):
                return k
            return end
        return k

    def _modifier(self, mention: Mention, listed: set[int]) -> bool:
        """A date, time, age or measured amount ("un homme de 55 ans", "vor 3 Tagen") only
        modifies a noun phrase: it does not stand between another count and its cue. So does an
        approximate one ("un homme d'une quarantaine d'années", "à une dizaine de kilomètres")."""
        if mention.source not in ("digit", "word", "vague"):
            return False
        if mention.i in listed or self._is_date_or_time(mention):
            return True
        return read_head(self.doc, mention, self.marks, self.pack).distractor

    def _listed_distractors(self, mentions: list[Mention]) -> set[int]:
        """Numbers listed before one shared unit ("aged 3, 7 and 9", "de 50, 43 y 18 años"):
        the unit or the word before the list makes every number in it a distractor."""
        doc = self.doc
        joiners = self.pack.connectors | self.pack.conjunctions
        found: set[int] = set()
        run: list[Mention] = []
        closed = False  # the last join of a list is "and" ("3, 7 and 9"), not a comma
        for mention, following in zip(mentions, [*mentions[1:], None], strict=False):
            run.append(mention)
            if following is not None and mention.source in ("digit", "word"):
                gap = doc.gaps[following.i].strip()
                comma = following.i == mention.j and gap == ","
                conjunction = (
                    following.i == mention.j + 1
                    and (
                        doc.words[mention.j].norm in joiners
                        or "qual:range_join" in cats_at(self.marks, mention.j)
                    )  # "voted 12 to 3", "aged 20 to 45"
                    and not doc.gaps[mention.j].strip(" ,")
                    and not gap
                )
                if (comma or conjunction) and following.source in ("digit", "word"):
                    closed = conjunction
                    continue
            if len(run) > 1 and closed:
                first, last = run[0], run[-1]
                head = read_head(doc, last, self.marks, self.pack)
                if head.distractor:
                    found.update(m.i for m in run)
                elif "dis:before" in self._ending_at(first.i):
                    # "in age from 12 to 70, and 5 people were killed": a last member
                    # counting persons of its own after a comma is no age of the list
                    apart = head.who is not None and "," in doc.gaps[last.i - 1]
                    found.update(m.i for m in (run[:-1] if apart else run))
            run = []
            closed = False
        return found

    def _indefinite(self, k: int) -> bool:
        """Whether the noun at ``k`` is indefinite: after an indefinite article ("a", "ein",
        "un"), or bare where the pack says bare nouns are indefinite (Arabic, without ال).
        "The officer", "his son" refer back to someone already counted."""
        if self.pack.raw.get("singular_victims", {}).get("bare_indefinite", False):
            return not self.doc.words[k].norm.startswith(("ال", "وال"))
        return k > 0 and self.doc.words[k - 1].norm in self.pack.singular

    def _in_subset(self, k: int) -> bool:
        """Whether a subset marker ("including", "among them") precedes word ``k`` in its
        sentence: the person is inside a count."""
        first = self._sentence_start[self.doc.sentence[k]]
        return bool(self.marks.within("who:subset", first, k))

    def _compound_prefix(self, mention: Mention) -> bool:
        """A number word cut off before a hyphen ("två- och trerumslägenheter") is half a word."""
        gap = self.doc.gaps[mention.j] if mention.j < len(self.doc.gaps) else ""
        return gap[:1] in ("-", "‐") and gap[1:2].isspace()

    def _coordinated_qualifier(self, mention: Mention, drafts: list[Draft]) -> None:
        """In "at least 5 civilians and 9 fighters" the "at least" covers both numbers."""
        if not drafts or mention.qualifier != "exact" or mention.source not in ("digit", "word"):
            return
        previous = drafts[-1]
        if previous.mention.qualifier != "at_least" or previous.kind != "casualty":
            return
        if previous.container is not None and self.pack.raw.get("qualifiers", {}).get(
            "parts_apart", False
        ):
            return  # "including at least 8 children and 6 women": each part says its own
        if (
            previous.head.measure is not None
            and previous.head.i >= previous.mention.j
            and self.pack.raw.get("qualifiers", {}).get("own_harm_apart", False)
        ):
            # "at least 14 cops martyred and four others injured": the first count has its own
            # word of harm before "and"; the second says its own figure (p18en; pack
            # ``qualifiers.own_harm_apart``, English only for now: in French it moves a claim
            # of incidents_dev under the linking gate's floor)
            return
        end = max(previous.mention.j, previous.head.j)
        conjunctions = self.pack.conjunctions
        between = [w.norm for w in self.doc.words[end : mention.i]]
        if (
            len(between) == 1
            and between[0] in conjunctions
            and mention.i == end + 1
            # ", and 120 people were treated": a comma before "and" opens a clause of its own
            # (en14)
            and "," not in self.doc.gaps[end]
        ):
            mention.low, mention.high, mention.qualifier = mention.value, None, "at_least"

    def _shot(self, draft: Draft) -> bool:
        """Whether a combined draft is read from a hurt verb ("three people were shot", "Two
        shot near the park"), not from "victims" or "casualties"."""
        return draft.measure == "killed_or_injured" and self._shot_cue(draft)

    def _brought_to_hospital(self, draft: Draft) -> bool:
        """Bodies a hospital received (pack ``measure_modifiers.hospital`` within a few words
        after their noun, in its sentence) with no word of finding, digging or a grave around
        them: the dead a health ministry counts as they arrive, not a recovery."""
        mention, head = draft.mention, draft.head
        if head.measure != "bodies_recovered":
            return False  # "وصلت جثامين 12 شهيدا إلى المستشفى": the bodies of the dead, as bodies
        sentence = self.doc.sentence[mention.i]
        hi = min(len(self.doc.words), head.j + _HOSPITAL_REACH)
        if not any(
            self.doc.sentence[k] == sentence for k in self.marks.within("mod:hospital", head.j, hi)
        ):
            return False
        lo = max(0, mention.i - _HOSPITAL_REACH)
        return not any(
            self.doc.sentence[k] == sentence
            for category in ("mod:found", "mod:grave")
            for k in self.marks.within(category, lo, hi)
        )

    def _knows_victim(self, mention: Mention, head: Head, cue: Cue) -> bool:
        """A lone person and a noun of the hurt with its article ("the victim") that stands
        in the person's relative clause or after "of" ("a cousin who knew the victim well", "a
        friend of the victim"), or that stands after "of" in the sentence before the person
        and not right before it ("A friend of the victim said he was a kind man"): someone
        who knows the victim or speaks for them, no victim. An apposition ("the victim, a
        30-year-old man") stays the victim."""
        words, gaps = self.doc.words, self.doc.gaps
        the = determiner_words(self.pack)
        if cue.i == 0 or words[cue.i - 1].norm not in the or gaps[cue.i].strip():
            return False  # a verb ("who was shot") or a bare noun, not "the victim"
        if cue.measure != "killed_or_injured" or cue.j - cue.i != 1:
            return False
        linking = self.pack.words("singular_victims", "relative") | self.pack.words(
            "singular_victims", "affiliation"
        )
        if cue.i > head.j:
            between = range(head.j, cue.i - 1)
            return bool(between) and any(words[k].norm in linking for k in between)
        of = self.pack.words("singular_victims", "affiliation")
        # after "of", and not in apposition right after it ("the family of the victim, a man")
        return cue.i >= 2 and words[cue.i - 2].norm in of and mention.i > cue.j

    def _found_hurt(self, draft: Draft) -> bool:
        """People a verb of finding would read as bodies, with a harmed phrase right after
        their noun or after that verb and its auxiliaries ("two men were found with gunshot
        wounds", "found three people suffering from gunshot wounds"): hit, as people found
        shot are, not bodies. A word of death between ("found dead", "found fatally shot") or a
        noun of bodies keeps them bodies."""
        head = draft.head
        if head.measure not in (None, "killed_or_injured") or draft.cue is not None:
            return False  # a person noun or "victims", not "bodies"
        cats = self.marks.cats
        return (
            self._harmed_after(
                head.j,
                head.i,
                lambda k: (
                    not any(c.startswith("measure:") for c in cats[k])
                    and not {"mod:found", "one:aux", "one:plural_aux"}.isdisjoint(cats[k])
                ),
            )
            is not None
        )

    def _own_harmed_phrase(self, mention: Mention, head: Head) -> Cue | None:
        """A harmed phrase of the lone-victim reader (``singular_victims.harmed``: "taken to
        hospital", "transportées à l'hôpital") right after a count's auxiliaries, in its clause
        ("and two were taken to hospital"): the count's own predicate, which tells the hurt. A
        bare count would otherwise take a verb of death before it."""
        start, gaps = max(mention.j, head.j), self.doc.gaps
        found = self._harmed_after(
            start, mention.i, lambda k: not gaps[k].strip() and self._auxiliary(k)
        )
        if found is None or found[0] == start or self.marks.opens(found[0], "measure:"):
            return None  # an auxiliary first: "two [were] taken", not "two taken by ..."
        return Cue(found[0], found[1], "injured")

    def _harmed_after(
        self, start: int, i: int, skippable: Callable[[int], bool]
    ) -> tuple[int, int] | None:
        """The harmed phrase (``one:harmed``, the lone-victim reader's) right after the words
        from ``start`` that ``skippable`` passes (auxiliaries, "found"), in word ``i``'s
        sentence, with no punctuation before it: its words, or None."""
        words, sentence = self.doc.words, self.doc.sentence
        k = start
        while (
            k < len(words)
            and sentence[k] == sentence[i]
            and k - start < _FOUND_HURT_REACH
            and skippable(k)
        ):
            k += 1
        if k >= len(words) or sentence[k] != sentence[i] or self.doc.gaps[k].strip():
            return None
        end = cats_at(self.marks, k).get("one:harmed")
        return None if end is None else (k, end)

    def _shot_cue(self, draft: Draft) -> bool:
        if draft.cue is None and draft.head.i in self._found_hit:
            return True  # "two brothers were found with gunshot wounds in a car" (_found_hurt)
        at = draft.head.i if draft.head.measure or draft.cue is None else draft.cue.i
        return at < len(self.doc.words) and "one:harmed" in cats_at(self.marks, at)

    def _outcome_told(self, draft: Draft, drafts: list[Draft]) -> bool:
        """People shot whose outcome the sentence, or the next opening with them all, tells for
        all of them: "two men were shot and both died", "Two men were shot. Both died." is two
        killed, not also two hit."""
        if not self._shot(draft):
            return False
        sentence = self.doc.sentence[draft.mention.i]
        starts = self._sentence_start
        return any(
            d.kind == "casualty"
            and d.measure in ("killed", "injured")
            and d.mention.low == draft.mention.low
            and (
                self.doc.sentence[d.mention.i] == sentence
                # "Två män sköts i natt. Båda dödades.": the next sentence opens with them all
                or (
                    self.doc.sentence[d.mention.i] == sentence + 1
                    and d.mention.i == starts[sentence + 1]
                    and d.head.who in (None, "people")
                )
            )
            for d in drafts
        )

    def _shot_how_badly(self, drafts: list[Draft]) -> None:
        """People shot, then set off after the verb how badly a part of them was hurt: "Five
        people were shot, two of them critically", "Four men were shot, two critically". A
        part told by a severity word (``segments.severity``; never "fatally") says the shot
        lived: the group and its part are hurt, not hit with the outcome open (gvdb16)."""
        for d in drafts:
            m = d.mention
            if (
                d.kind != "casualty"
                or d.measure != "killed_or_injured"
                or m.qualifier != "exact"
                or m.source not in ("digit", "word")
                or m.low is None
                or m.low < 2
                or d.cue is None
                or not self._shot(d)
            ):
                continue
            end = self._severity_part(d.cue.j)
            if end is None:
                continue
            d.measure = "injured"
            for part in drafts:
                if part is not d and part.kind == "casualty" and d.cue.j <= part.mention.i < end:
                    part.measure = "injured"

    def _severity_part(self, j: int) -> int | None:
        """Where a part set off by a comma right after word ``j - 1`` ends in a severity word
        (", two of them critically", ", one seriously"): a count, up to two words, the
        severity; None when there is no such part."""
        words, gaps, sentence = self.doc.words, self.doc.gaps, self.doc.sentence
        if j >= len(words) or "," not in gaps[j] or sentence[j] != sentence[j - 1]:
            return None
        if j not in self._mention_starts and words[j].norm not in self.pack.singular:
            return None  # the part opens with its count ("two", "one")
        severity = self.pack.words("segments", "severity")
        for t in range(j + 1, min(len(words), j + _SEVERITY_REACH + 1)):
            if sentence[t] != sentence[j] or gaps[t].strip():
                return None
            if words[t].norm in severity:
                return t + 1
        return None

    def _shot_and_dead(self, drafts: list[Draft]) -> None:
        """People shot and, later in the sentence or opening the next, how many of them died:
        "three people were shot, one fatally", "Four shot, two killed", "Four men were shot.
        Two of them died" state the rest hurt (2 injured, 1 killed), unless the sentence counts
        the hurt itself."""
        sentence = self.doc.sentence
        told: dict[int, list[Draft]] = {}
        for d in drafts:
            if d.kind == "casualty" and d.measure in ("killed", "injured"):
                told.setdefault(sentence[d.mention.i], []).append(d)
        for d in drafts:
            m = d.mention
            if (
                m.qualifier != "exact"
                or m.source not in ("digit", "word")
                or m.low is None
                or not self._shot(d)
            ):
                continue
            outcomes = [o for o in told.get(sentence[m.i], []) if o.mention.i > m.i]
            if not outcomes:
                outcomes = self._some_of_them(told.get(sentence[m.i] + 1, []))
            if not outcomes or any(o.measure == "injured" for o in outcomes):
                continue
            dead = outcomes[0].mention
            if dead.qualifier == "exact" and dead.low is not None and 0 < dead.low < m.low:
                rest = m.low - dead.low
                d.mention = replace(m, value=rest, low=rest, high=rest)
                d.measure = "injured"
                self._rests.add(m.i)

    @staticmethod
    def _some_of_them(told: list[Draft]) -> list[Draft]:
        """The outcomes of the sentence after people shot when it opens with how many "of
        them" died ("Four men were shot. Two of them died": a part with no noun of its own),
        else none: a count of its own there ("Two children died") may be other people."""
        first = min(told, key=lambda d: d.mention.i, default=None)
        if first is None or first.measure != "killed":
            return []
        return told if first.head.partitive and first.head.who is None else []

    def _hit(self, draft: Draft) -> bool:
        """A count read from "shot" is of people hit only right before the verb: "Three shot
        near the park", "two men were shot"; not a bare figure further off (".357 Magnum he
        shot", "FOX 28 learned that deputies shot") nor "shot at" (fired at, maybe missed)."""
        words, head, mention = self.doc.words, draft.head, draft.mention
        if draft.cue is None and head.i in self._found_hit:
            return True  # found with a wound: hit, the verb of finding before them
        verb = head if head.measure else draft.cue
        if verb is None or (not head.measure and not head.who):
            return False
        missed = self.pack.raw.get("singular_victims", {}).get("not_hit_after", [])
        if verb.j < len(words) and words[verb.j].norm in missed and not self._hit_at(verb):
            return False
        start = mention.j if head.measure else head.j
        return verb.i - start <= 2 and all(self._auxiliary(k) for k in range(start, verb.i))

    def _hit_at(self, verb: Cue | Head) -> bool:
        """Whether "shot" and the word after it in the passive open the place where people were
        hit ("two men were shot at a gas station": ``singular_victims.hit_at``, the article of
        the place), not whom shots were fired at ("shot at the car", "were shot at while")."""
        words = self.doc.words
        places = self.pack.raw.get("singular_victims", {}).get("hit_at", [])
        passive = verb.i > 0 and bool(
            {"one:aux", "one:plural_aux"} & set(cats_at(self.marks, verb.i - 1))
        )
        after = verb.j + 1
        return (
            passive
            and after < len(words)
            and not self.doc.gaps[after].strip()
            and words[after].norm in places
        )

    def _resolve_victims(self, drafts: list[Draft]) -> None:
        """ "victims" alone counts killed when the document counts no injured at all, or when
        the document counts the same number killed: "58 victims, among them 11 children" over
        "58 civilians were killed" restates the dead (with its subsets)."""
        for draft in drafts:
            if draft.kind == "casualty" and self._victims_hurt(draft):
                draft.measure = "injured"  # "both victims were taken to the hospital"
        if any(d.kind == "casualty" and d.measure in ("injured",) for d in drafts):
            casualties = [d for d in drafts if d.kind == "casualty"]
            killed = {d.mention.low for d in casualties if d.measure == "killed"}
            restated: list[Draft] = []
            for before, draft in zip([None, *casualties], casualties, strict=False):
                if (
                    draft.measure == "killed_or_injured"
                    and (draft.cue is None or not draft.cue.combined)
                    and not self._shot(draft)
                    and (
                        draft.mention.low in killed
                        or any(draft.container is r for r in restated)
                        or self._among_the_dead(before, draft)
                        or self._among_counted_dead(draft, killed)
                        or self._massacre_victims(draft)
                    )
                ):
                    draft.measure = "killed"
                    restated.append(draft)
            for earlier, later in pairwise(casualties):
                if (
                    earlier.measure == "killed_or_injured"
                    and later in restated
                    and self._risen_from(later.mention, [earlier]) is not None
                ):
                    # "the number of casualties has increased from 30 to 35": the toll that
                    # was 30 is the toll of the dead that is 35
                    earlier.measure = "killed"
            return
        if any(
            d.cue is not None and d.cue.combined for d in drafts if d.measure == "killed_or_injured"
        ):
            return
        for draft in drafts:
            if draft.kind == "casualty" and draft.measure == "killed_or_injured":
                if self._shot(draft):
                    continue  # "three people were shot": hit, not necessarily killed
                draft.measure = "killed"

    def _massacre_victims(self, draft: Draft) -> bool:
        """ "victims" in a sentence that names a massacre before them ("la masacre ... que ya ha
        dejado 19 víctimas", "Das Massaker vom Vorjahr forderte 14 Opfer";
        ``measure_modifiers.massacres``): a massacre's victims are its dead, even where the
        report counts wounded elsewhere."""
        if draft.head.measure != "killed_or_injured":
            return False
        at = self.doc.where(self.pack.words("measure_modifiers", "massacres"))
        if not at:
            return False
        first = self.doc.sentence_starts[self.doc.sentence[draft.mention.i]]
        return bisect_left(at, first) < bisect_left(at, draft.mention.i)

    def _victims_hurt(self, draft: Draft) -> bool:
        """ "victims" with no verb of their own but a phrase of the hurt right after it, only
        auxiliaries between ("both victims were taken to the hospital", "two victims were
        transported to a hospital"; ``singular_victims.harmed`` that is no casualty word): the
        hurt, not the dead "victims" alone would be read as."""
        if draft.measure != "killed_or_injured" or draft.head.measure != "killed_or_injured":
            return False
        end = max(draft.mention.j, draft.head.j)
        cue = draft.cue
        if cue is not None and (cue.combined or cue.i < draft.mention.i or cue.j > end):
            return False  # a verb of its own
        words, marks = self.doc.words, self.marks
        for k in range(end, min(len(words), end + _HURT_AUX_WORDS + 1)):
            if self.doc.sentence[k] != self.doc.sentence[end - 1] or self.doc.gaps[k].strip():
                return False
            if marks.opens(k, "one:harmed"):
                return not marks.opens(k, "measure:")
            if "one:aux" not in cats_at(marks, k) and "one:plural_aux" not in cats_at(marks, k):
                return False
        return False

    def _among_the_dead(self, before: Draft | None, draft: Draft) -> bool:
        """ "Parmi les victimes figurent 614 enfants" right after a count of the dead, in its
        sentence or the next, with no count between: the victims among whom the part is named
        are those dead (``who.among_after``, ``distractors.denominator_opening``); also the
        next part of that list, once its first is read so."""
        if before is None or before.measure != "killed" or draft.cue is None:
            return False
        sentence = self.doc.sentence
        if not 0 <= sentence[draft.mention.i] - sentence[before.mention.i] <= 1:
            return False
        if before.cue is not None and before.cue.i == draft.cue.i:
            return True  # "614 enfants et 370 femmes": the list's second part, same cue
        if draft.cue.i > draft.mention.i:
            return False
        return self._after_among(draft.cue.i)

    def _after_among(self, k: int) -> bool:
        """Whether the words right before word ``k`` are a phrase of "among the" ("parmi les",
        "entre los", "unter den": ``who.among_after``, ``distractors.denominator_opening``)."""
        words = [w.norm for w in self.doc.words[max(0, k - 3) : k]]
        raw = self.pack.raw
        among = [
            *raw.get("who", {}).get("among_after", []),
            *raw.get("distractors", {}).get("denominator_opening", []),
        ]
        for phrase in among:
            parts = normalize(phrase).split()
            if parts and words[-len(parts) :] == parts:
                return True
        return False

    def _among_counted_dead(self, draft: Draft, killed: set[int | None]) -> bool:
        """ "Parmi les 30 victimes figurent neuf enfants", "Unter den 18 Opfern sind sieben
        Kinder" where the document counts those 30 or 18 as killed: the victims named by the
        number of the dead restate the dead, also after a count of the wounded between."""
        cue = draft.cue
        if cue is None or cue.i > draft.mention.i or cue.i == 0:
            return False
        at = bisect_right(self._starts, cue.i - 1) - 1
        if at < 0:
            return False
        number = self._all_mentions[at]
        return (
            number.j == cue.i
            and number.low is not None
            and number.low in killed
            and self.doc.sentence[number.i] == self.doc.sentence[draft.mention.i]
            and self._after_among(number.i)
        )

    # -- counted quantities that are not numerals: "a man", "none", "no civilians" --------------

    def _as_many(self, mentions: list[Mention]) -> list[Mention]:
        """ "As many" after a conjunction counts as many as the number before it in its sentence
        ("Sex personer dödades och lika många skadades", "six were killed and as many injured";
        pack ``numbers.as_many``), not when a comparison follows ("lika många som förra året",
        ``numbers.as_many_not_before``)."""
        listed = self.pack.raw.get("numbers", {}).get("as_many", [])
        if not listed or not mentions:
            return []
        phrases = [tuple(normalize(w) for w in p.split()) for p in listed]
        firsts = {p[0] for p in phrases}
        not_before = {
            normalize(w) for w in self.pack.raw.get("numbers", {}).get("as_many_not_before", [])
        }
        words, n = self.doc.words, len(self.doc.words)
        numerals = [m for m in mentions if m.source in ("digit", "word", "vague")]
        ends = [m.j for m in numerals]
        extra: list[Mention] = []
        for k in self.doc.where(firsts):
            if k == 0 or not (
                words[k - 1].norm in self.pack.conjunctions or "," in self.doc.gaps[k]
            ):
                continue
            for phrase in phrases:
                end = k + len(phrase)
                if end > n or tuple(w.norm for w in words[k:end]) != phrase:
                    continue
                if any(self.doc.gaps[t].strip() for t in range(k + 1, end)):
                    continue
                if end < n and words[end].norm in not_before:
                    continue
                if self.marks.opens(k, ("qual:",)):
                    continue  # "as many as 20": a bound of the number after
                at = bisect_right(ends, k) - 1
                if at < 0:
                    continue
                before = numerals[at]
                if (
                    self.doc.sentence[before.i] != self.doc.sentence[k]
                    or before.percent
                    or before.ordinal
                    or before.decimal
                ):
                    continue
                extra.append(
                    Mention(k, end, before.value, before.low, before.high, before.qualifier, "word")
                )
                break
        return extra

    def _counted_nouns(self, mentions: list[Mention]) -> list[Mention]:
        taken = {k for m in mentions for k in range(m.i, m.j)}
        extra: list[Mention] = []
        words = self.doc.words
        n = len(words)
        singular = self.pack.singular
        candidates = set(self.marks.positions("neg:zero"))
        candidates.update(self.doc.where(singular))
        starts = {m.i for m in mentions} | candidates
        for k in sorted(candidates - taken):
            if k in taken:
                continue  # "لم يصب أحد من الأطفال": "one" inside a zero phrase counts nobody
            word = words[k]
            cats = cats_at(self.marks, k)
            if "neg:zero" in cats:
                if any(c.startswith("qual:") and e in starts for c, e in cats.items()):
                    continue  # "no more than 15", "no fewer than 3": a bound of the number
                end = cats["neg:zero"]
                if self._number_sign(k, end):
                    continue  # "outside No. 27", "n° 4": the sign of a number, no zero
                extra.append(Mention(k, end, 0, 0, 0, "exact", "zero"))
                taken.update(range(k, end))
            elif word.norm in singular and k + 1 < n and not self.doc.gaps[k + 1].strip():
                noun_end = self._singular_noun(k)
                if noun_end is not None:
                    one = Mention(k, noun_end, 1, 1, 1, "exact", "singular")
                    extra.append(qualify_one(self.doc, one, self.marks, starts))
                elif self._one_after_its_cue(k):
                    self._objects_one.add(k)
                    extra.append(Mention(k, k + 1, 1, 1, 1, "exact", "word"))
                elif (
                    self._one_with_its_cue(k)
                    or self._article_before_casualty_noun(k)
                    or self._ordinal_before_its_verb(k)
                ):
                    one = Mention(k, k + 1, 1, 1, 1, "exact", "word")
                    extra.append(qualify_one(self.doc, one, self.marks, starts))
                elif self._one_taken_to_care(k):
                    self._carried_ones.add(k)
                    one = Mention(k, k + 1, 1, 1, 1, "exact", "word")
                    extra.append(qualify_one(self.doc, one, self.marks, starts))
        extra.extend(
            Mention(k, k + 1, 1, 1, 1, "exact", "singular")
            for k in listed_members(self.doc, self.marks, self.pack, taken)
        )
        return extra

    def _number_sign(self, k: int, end: int) -> bool:
        """A zero word of one word written with a capital or a point right before a digit
        ("No. 27", "No 27"): the abbreviation of "number", not "none"."""
        words, gaps = self.doc.words, self.doc.gaps
        if end != k + 1 or end >= len(words) or not words[end].is_digit:
            return False
        return gaps[end].strip() == "." or (
            words[k].text[:1].isupper()
            and not gaps[end].strip()
            and self._sentence_start[self.doc.sentence[k]] != k
        )

    def _owner_of_count(self, mention: Mention) -> bool:
        """An article standing for one after the link of an owner to a count right before it
        ("drei Kinder eines Lehrers getötet", "three children of a teacher were killed"): the
        counted are the victims, the one they belong to is none (pack
        ``singular_victims.owner_links``, ending at the article) (p17de)."""
        words, gaps = self.doc.words, self.doc.gaps
        for link in self._owner_links:
            end = mention.i + 1  # the article, which may head the mention's noun
            start = end - len(link)
            if start < 1 or tuple(w.norm for w in words[start:end]) != link:
                continue
            lo = max(0, start - _OWNER_REACH)
            if self.doc.sentence[lo] != self.doc.sentence[mention.i]:
                continue
            if any(gaps[t].strip() for t in range(lo + 1, start + 1)):
                continue  # "..., the wife of a soldier": set off, no owner of the count
            if self._mention_between(lo, start):
                return True
        return False

    def _article_before_casualty_noun(self, k: int) -> bool:
        """An indefinite article right before a noun that is itself one casualty ("dejó un
        muerto y cuatro heridos", "a fait un mort", "forderte einen Toten", "krävde en död"):
        the article counts one, as "one dead" does (``singular_victims.casualty_nouns``), also
        with an ordinal between (``singular_victims.ordinals``: "un tercer herido")."""
        if self._one_word(k):
            return False  # "one dead" is read as a number already
        t = k + 1  # one more: "un tercer herido", "ein dritter Toter", "a second fatality"
        if t < len(self.doc.words) and self.doc.words[t].norm in self._ordinals:
            t += 1
        if t >= len(self.doc.words):
            return False
        first = self.doc.words[t].norm
        for phrase in self._casualty_nouns:
            if phrase[0] != first:
                continue  # (most articles stand before no casualty noun: no slice per phrase)
            end = t + len(phrase)
            if end > len(self.doc.words) or any(g.strip() for g in self.doc.gaps[k + 1 : end]):
                continue
            if tuple(w.norm for w in self.doc.words[t:end]) == phrase:
                return end == len(self.doc.words) or not self._person_noun(end)
        return False

    def _ordinal_before_its_verb(self, k: int) -> bool:
        """An indefinite article and an ordinal standing for one more person before a casualty
        verb in the singular: "en tredje skadades", "a third was seriously injured", "ein
        dritter wurde verletzt" (``singular_victims.ordinals`` and ``aux``)."""
        words, n = self.doc.words, len(self.doc.words)
        t = k + 1
        if words[k].norm not in self.pack.singular or t >= n or words[t].norm not in self._ordinals:
            return False
        for t in range(k + 2, min(n, k + 5)):
            if self.doc.gaps[t].strip():
                return False
            cats = cats_at(self.marks, t)
            if "mod:toll" in cats:
                return False  # "un deuxième bilan": a second toll, no person
            if any(c.startswith("measure:") for c in cats):
                return True
            if words[t].norm not in self._one_aux:
                return False
        return False

    def _one_taken_to_care(self, k: int) -> bool:
        """ "One" with no noun right before a verb of taking someone to a hospital, whose
        hospital phrase (an injured cue) comes a few words on in the clause: "ytterligare en
        fördes till sjukhus", "en tredje fördes i allvarligt skick till sjukhus", "en fördes
        med helikopter till sjukhus". The "one" is the pack's ``singular_victims.numerals`` as
        written, or an article with an ordinal (``singular_victims.ordinals``); the verb is the
        first word of a ``singular_victims.hospital_trips`` phrase. Before a verb an article
        opens no noun phrase, so it stands for a person hurt."""
        words, gaps, n = self.doc.words, self.doc.gaps, len(self.doc.words)
        verbs = trip_verbs(self.pack.lang)
        if not verbs:
            return False
        numerals = self.pack.raw.get("singular_victims", {}).get("numerals", [])
        t = k + 1
        if t < n and words[t].norm in self._ordinals and not gaps[t].strip():
            t += 1
        elif words[k].text.lower() not in numerals:
            return False
        sentence = self.doc.sentence[k]
        if t >= n or gaps[t].strip() or self.doc.sentence[t] != sentence:
            return False
        if words[t].norm not in verbs:
            return False
        for u in range(t + 1, min(n, t + 1 + _TRIP_TO_CARE)):
            if gaps[u].strip() or self.doc.sentence[u] != sentence:
                return False
            if "measure:injured" in cats_at(self.marks, u):
                return True
        return False

    def _one_after_its_cue(self, k: int) -> bool:
        """The number "one" as the whole object of a casualty verb: "killing one and injuring
        four", "mató a uno e hirió a cuatro", "en a tué un et blessé quatre" (``numbers.one``,
        ``singular_victims.numerals`` or an article with no noun), with nothing after it but a
        clause's end or "and"."""
        words, gaps, n = self.doc.words, self.doc.gaps, len(self.doc.words)
        numerals = self.pack.raw.get("singular_victims", {}).get("numerals", [])
        written = words[k].text.lower()
        if (
            not self._one_word(k)
            and written not in numerals
            and words[k].norm not in self.pack.singular
        ):
            return False  # an article ending its phrase ("a tué un et") is the number too
        t = k - 1
        if t > 0 and "one:determiners" in cats_at(self.marks, t) and len(words[t].norm) <= 2:
            t -= 1  # the object marker: "mató a uno"
        if (
            t < 0
            or gaps[t + 1].strip()
            or gaps[k].strip()
            or self.doc.sentence[t] != self.doc.sentence[k]
        ):
            return False
        for c, _, _ in self.marks.ending("measure", t + 1):
            if c in ("measure:killed", "measure:injured"):
                break
        else:
            return False  # no verb of killing or injuring right before
        k += self._more_after_one(k)  # "wounded one more": one more of those counted
        if k + 1 >= n or self.doc.sentence[k + 1] != self.doc.sentence[k]:
            return True
        return bool(gaps[k + 1].strip()) or words[k + 1].norm in self.pack.conjunctions

    def _one_with_its_cue(self, k: int) -> bool:
        """The number word "one" with no noun, right before its own casualty cue: "two dead,
        one injured", "one was critically wounded", "one fatally" (an article, "a", is never
        a count without its noun)."""
        if not self._one_word(k):
            return False
        start = k + 1 + self._more_after_one(k)  # "one more was hurt", "one other was wounded"
        for t in range(start, min(len(self.doc.words), start + _ONE_TO_CUE)):
            if self.doc.gaps[t].strip() or self.doc.sentence[t] != self.doc.sentence[k]:
                return False
            cats = cats_at(self.marks, t)
            if "measure:killed" in cats or "measure:injured" in cats:
                return True
            if "one:aux" not in cats:
                return False
        return False

    def _more_after_one(self, k: int) -> bool:
        """Whether a word of others ("more", "other") follows the number one at ``k`` with no
        noun after it: "one more was hurt", "wounded one other", one more of those counted
        before (en15)."""
        t, n = k + 1, len(self.doc.words)
        if t >= n or self.doc.gaps[t].strip() or not self._one_word(k):
            return False
        if "who:others" not in cats_at(self.marks, t) or not self.doc.words[t].text.islower():
            return False
        return t + 1 >= n or not any(
            c.startswith(("who:", "one:nouns")) for c in cats_at(self.marks, t + 1)
        )

    def _singular_noun(self, k: int) -> int | None:
        """End of "a man", "a 20-year-old woman", "one of the residents" after article ``k``."""
        of_words = self.pack.of_words
        for t in range(k + 1, min(len(self.doc.words), k + 6)):
            gap = self.doc.gaps[t]
            if "[" in gap or "]" in gap:
                return None  # a noun phrase crosses no gloss: "as a result of [Israeli] aircraft"
            cats = cats_at(self.marks, t)
            if not _PERSON_WHO.isdisjoint(cats):
                end = max(j for c, j in cats.items() if c.startswith("who:"))
                if self._ends_phrase(end) or (self._one_word(k) and self._of_no_number(end)):
                    return end
                # "أحد عناصر الشرطة": one of the members of the police, counted by its head
                chain = self._construct_chain(end) and self._ends_phrase(end + 1)
                return end if chain else None
            word = self.doc.words[t]
            if not _CLAUSE_PUNCT.isdisjoint(gap):
                return None
            if self.marks.opens(t, ("measure:", "qty:", "actor:", "weapon:")):
                return None
            if self._number_word(t):
                # "a 2-year-old girl", "a two-year-old girl": an age hyphenated onto its unit
                gap = self.doc.gaps[t + 1] if t + 1 < len(self.doc.gaps) else ""
                about = self.pack.raw.get("numbers", {}).get("about_suffixes", [])
                if t + 1 < len(self.doc.words) and self.doc.words[t + 1].norm in about:
                    return None  # "ett 30-tal": the article belongs to the number
                if gap.strip() in ("-", "‐"):
                    continue
                return None
            if word.norm in self._collective:
                return None  # "a handful of civilians", "un grupo de civiles": not one person
            if t == k + 1 and "who:others" in cats and self._one_word(k):
                continue  # "at least one other person": one more, the noun follows
            relevant = {c for c in cats if not c.startswith(_IGNORED_IN_NOUN_PHRASE)}
            if "dis:units" in relevant and (t == k + 1 or not self._number_word(t - 1)):
                # "a camp of displaced people", "dans un village voisin": the article counts the
                # camp or village (the article is a number word itself, no age before a unit)
                return None
            if (
                "dis:units" in relevant
                and self.doc.gaps[t].strip() in ("-", "‐")
                and self._ends_phrase(cats["dis:units"])
            ):
                return cats["dis:units"]  # "ein 55-Jähriger", "en 55-åring": the person
            if not relevant and self._noun_before_its_adjective(t):
                return None  # "une base militaire", "un quartier civil": a place, no person
            if word.norm in of_words:
                if any(
                    not self._number_word(s) and self.doc.words[s].norm not in of_words
                    for s in range(k + 1, t)
                ):
                    return None  # "una comisaría de policía": the person modifies a thing
                continue
            if relevant <= {"dis:units", "date:time_markers"}:
                continue
            return None
        return None

    def _of_no_number(self, k: int) -> bool:
        """Whether word ``k`` is "of" with no number in the two words after it: after the
        number one and a person noun, it says whose ("one member of the family", "one relative
        of the victims"), where before a number it opens a year or a share ("of 2023", "of
        every five") and so ends no noun phrase (:meth:`_ends_phrase`)."""
        words = self.doc.words
        if k >= len(words) or self.doc.gaps[k] != " " or words[k].norm not in self.pack.of_words:
            return False
        found = cats_at(self.marks, k)
        if not _BEFORE_A_NUMBER & set(found):
            return False
        return not any(self._number_word(t) for t in range(k + 1, min(len(words), k + 3)))

    def _noun_before_its_adjective(self, t: int) -> bool:
        """Where adjectives follow their noun (``singular_victims.before_noun`` lists the few
        that stand before it: "jeune", "ancien"), a plain lower-case word after the article is
        the noun itself, and a people word after it only describes it ("une position
        militaire", "un quartier civil", "un bombardement israélien")."""
        before = self._before_noun
        word = self.doc.words[t]
        return (
            before is not None
            and word.text[:1].islower()
            and word.text.isalpha()
            and word.norm not in before
            and word.norm not in self.pack.of_words
        )

    def _one_word(self, k: int) -> bool:
        """Word ``k`` is the number one as a word ("one", not the article "a")."""
        return self.doc.words[k].norm in self._ones

    def _number_word(self, k: int) -> bool:
        word = self.doc.words[k]
        return word.is_digit or split_number_word(word.norm, self.pack) is not None

    def _construct_chain(self, k: int) -> bool:
        """Where modifiers follow their noun (Arabic), a definite noun right after a person
        noun is its genitive ("عناصر الشرطة", "أفراد الأسرة"): the noun phrase runs on."""
        if not self.pack.head_first or k >= len(self.doc.words) or self.doc.gaps[k] != " ":
            return False
        word = self.doc.words[k]
        if word.is_digit or self._number_word(k):
            return False
        cats = cats_at(self.marks, k)
        if any(c.startswith(("measure:", "fn:", "date:", "neg:", "qual:")) for c in cats):
            return False
        return any(word.norm.startswith(p) for p in self.pack.identifier_prefixes)

    def _ends_phrase(self, k: int) -> bool:
        """Whether a noun phrase ends before word ``k`` (punctuation, function word, cue)."""
        if k >= len(self.doc.words) or self.doc.gaps[k].strip(" \u00a0'’s"):
            return True
        if self.doc.words[k].norm in self.pack.words("segments", "severity"):
            return True  # "et une femme légèrement": how badly, after the noun
        found = cats_at(self.marks, k)
        # a group noun ends no phrase: "a civilian militia" is one noun phrase
        cats = [
            c
            for c in found
            if c not in ("attr:anaphors", "attr:roles") and not c.startswith("grp:")
        ]
        words = self.doc.words
        if k + 1 < len(words) and self._number_word(k + 1):
            # "un homme de 55 ans", "una niña de dos años": an age or a date after the noun
            cats = [c for c in cats if not c.startswith(_IGNORED_IN_NOUN_PHRASE)]
        before = found.get("dis:before")
        if (
            before is not None
            and before < len(words)
            # "âgé d'environ 55 ans", "âgée d'une trentaine d'années": a qualifier may open it
            and (
                words[before].is_digit
                or any(
                    c == "qual:about" or c.startswith("vague:") for c in cats_at(self.marks, before)
                )
            )
        ):
            cats.remove("dis:before")  # "un homme âgé de 55 ans", "a man aged 55"
            cats.append("fn:word")
        if (
            self.pack.head_first  # a verb before its subject: the noun then meets a preposition
            and "dis:year_before" in cats
            and words[k].norm not in self.pack.of_words
            and not (k + 1 < len(words) and words[k + 1].is_digit)
        ):
            # "قتل أحد المدنيين في القصف": "in" marks a year only before one
            cats.remove("dis:year_before")
        elif "dis:year_before" in cats and age_phrase_end(self.doc, k, self.marks, self.pack):
            cats.remove("dis:year_before")  # "a man in his 30s": an age phrase, no year
        return bool(cats) and not any(
            c.startswith(("who:", "qty:", "weapon:", "dis:", "actor:")) for c in cats
        )

    # -- reading one quantity ----------------------------------------------------------------

    def _read(self, mention: Mention, drafts: list[Draft]) -> Draft | None:
        if mention.ordinal or (mention.decimal and not mention.percent):
            return None
        if self._is_date_or_time(mention):
            return None
        if self._hypothetical(mention) or self._earlier_event(mention):
            return None
        if self._size_of_attackers(mention):
            return None
        if mention.source == "singular" and self._owner_of_count(mention):
            return None  # "drei Kinder eines Lehrers getötet": the teacher owns the counted
        head = read_head(self.doc, mention, self.marks, self.pack)
        after_age = mention.j  # past an age phrase after a lone noun: "en man i 60-årsåldern och"
        if mention.source == "singular" and head.who and head.conjoined_who is None:
            aged = age_phrase_end(self.doc, head.j, self.marks, self.pack)
            if aged is not None and self.doc.sentence[aged - 1] == self.doc.sentence[head.j - 1]:
                conjoined_after(head, aged, self.doc, self.marks, self.pack)
                after_age = aged if head.conjoined_who is not None else after_age
        kin_group(head, mention, self.doc, self.marks, self.pack)  # "his three brothers"
        if mention.i in self._objects_one and self._more_after_one(mention.i):
            head = Head(mention.j, mention.j + 1, others=True)  # "wounded one more"
        elif mention.i in self._objects_one:
            head = Head(mention.i, mention.j, who="people")  # "killing one and injuring four"
        if (
            head.distractor
            and mention.j - mention.i == 1
            and self._ordinal_before_its_verb(mention.i)
        ):
            # "two men were killed and a third was wounded": one more of those counted, not
            # the share "a third" names before "of" (en15)
            head = Head(mention.j, mention.j + 1, others=True)
        if head.distractor and self._harmed_present(mention, head):
            head = Head(head.i, head.j, who="people")  # "killed 24 mourners": victims
        if head.distractor or self._escaped(head):
            return None
        if self._ages_of_counted(mention, head, drafts):
            return None  # "the two men killed were 24 and 31": their ages
        if mention.source == "singular" and head.conjoined_who is not None:
            # the next member counted by a number before or right after its noun ("بينهم
            # امرأة وطفل", "امرأة وأطفالها الثلاثة") is counted on its own
            if self._mention_between(after_age, head.j + 1):
                own_whos = [c for c in cats_at(self.marks, mention.i) if c in MEMBER_WHO]
                head.j, head.conjoined_who = mention.j, None
                head.who = preferred_who(own_whos) if own_whos else head.who
            else:
                # "a teenager and his neighbor": one person and another, two in all
                mention.value = mention.low = mention.high = 2
        elif head.alone is not None and self._mention_between(head.alone[1], head.j):
            # "بينهم طفلان ووالدتهما": the member after "and" is counted on its own
            (head.who, head.j), head.conjoined_who = head.alone, None
        before = self._noun_before_definite_number(mention, head)
        if before is not None:
            if before.distractor:
                return None
            head = before
        if not (head.who or head.measure or head.quantity) and not mention.percent:
            whole = self._whole_after(mention)
            if whole is not None:
                head = whole  # "Quatorze des 42 morts", "Fourteen of the 42 dead": dead too
        if not (head.who or head.measure or head.quantity) and not mention.percent:
            earlier = self._earlier_toll(mention, drafts) or self._earlier_of_risen(mention, drafts)
            if earlier is not None:  # "42 morts, contre 30 auparavant": the earlier toll
                return Draft(mention, head, "casualty", earlier.measure, earlier.who, earlier.cue)
        if mention.percent or head.quantity == "percent":
            return Draft(mention, head, "quantity", "percent", None)
        if not (head.who or head.measure) and (
            bare_year(self.doc, mention) or identifier(self.doc, mention, self.marks, self.pack)
        ):
            return None  # "in 2017", "Highway 60", "القرار 2254"
        if (
            head.measure
            and self.pack.identifier_capitalised  # a capitalised name word, not "الحصيلة 43"
            and head.i == mention.j
            and head.j - head.i == 1  # a bare verb or noun of harm, no person noun
            and self._count_right_after(head.j)
            and identifier(self.doc, mention, self.marks, self.pack)
        ):
            return None  # "the blast in District 4 killed 7 people": the verb's count is 7
        if self._article_after(mention) and identifier(self.doc, mention, self.marks, self.pack):
            return None  # "told FOX 17 the gunman fled": an article opens what follows anew
        if year_span(self.doc, mention) and not (head.who and not head.measure):
            return None  # "between 2014 and 2017 died ...": years, unless persons follow
        if self._post_nominal(mention):
            return None
        if head.unknown and part_before_whole(self.doc, self.pack, mention.j, self._mention_starts):
            head = Head(mention.j, mention.j)  # "23 out of 45 passengers": a part, as "23 of"
        cues = self._sentence_cues.get(self.doc.sentence[mention.i], [])
        cue, own = choose_cue(mention, head, cues, self.segs, self.doc, self._blocking)
        if cue is None:
            companion = self._verb_after_companion(mention, head, cues)
            if companion is not None:
                cue, own = companion, True  # "10 soldiers and a commander of ... were killed"
        if cue is not None and self._opens_next_clause(mention, head, cue, cues):
            # "قتل طفلان وامرأتان وأصيب ستة": the verb joined after them opens its own clause
            rest = [c for c in cues if c is not cue]
            cue, own = choose_cue(mention, head, rest, self.segs, self.doc, self._blocking)
        if cue is not None and cue.i >= mention.j and head.who and not head.measure:
            versus = self._versus_toll(mention, drafts)
            if versus is not None and versus.cue is not None:
                # "مقتل 300 مدني، مقابل 500 عنصر، فيما ارتفع عدد النازحين": dead too (p18ar)
                cue, own = versus.cue, True
        if cue is not None and own and cue.measure == "killed_or_injured":
            cue = self._verb_after_victims(mention, cue, cues) or cue
        if cue is not None and not own and self._part_owns_cue(mention, cue):
            cue = None
        if cue is not None and not own and self._zero_subject_of(mention, cue):
            cue = None  # "Fyra personer satt i bilen, men ingen skadades": nobody's verb
        if cue is not None and not own and cue.i < mention.i:
            trip = self._own_harmed_phrase(mention, head)
            if trip is not None:
                # "Two people died and two were taken to hospital": the two have a predicate
                # of their own, a harmed phrase, and are hurt, not dead too
                cue, own = trip, True
        if (
            (cue is not None and cue.i >= mention.j and loss_verb(self.doc, self.pack, cue))
            or (head.measure and loss_verb(self.doc, self.pack, Cue(head.i, head.j, head.measure)))
            or (cue is not None and loss_between(self.doc, self.pack, mention.j, cue.i))
        ):
            return None  # "Paret miste sina fyra barn", "hundratals begravde sina döda": alive
        if not cues and head.who and not head.measure:
            toll = self._toll_opens_next(mention)
            if toll is not None:
                cue, own = toll, True  # "Au moins 72 civils, dont 20 enfants. Le bilan a été"
        aside = self._cue_after_aside(head, cue, cues) if cue is not None else None
        if aside is None and not (own and cue is not None and cue.i < mention.i):
            aside = self._cue_after_relative(head, cue, cues)
        if aside is not None:
            cue, own = aside, True  # "six people, relatives of those killed, were injured"
        elif cue is not None and not own and self._past_relative(head, cue):
            cue = None  # "three brothers, who survived, said 10 were killed": 10's verb
        if (
            mention.source == "singular"
            and cue is not None
            and self._knows_victim(mention, head, cue)
        ):
            cue = None  # "said a cousin who knew the victim well": not the victim himself
        bodies = self._bodies_of(mention, cues)
        if bodies is not None:
            cue, own = bodies, True  # "the bodies of 12 victims were taken to hospital"
        among = (
            self._among_counted(head, cues) if not own and head.who and not head.measure else None
        )
        if among is not None:
            cue, own = among, True  # "3 health workers among 20 dead": dead too
        if mention.source == "zero" and not own:
            # a zero phrase holding its own verb or noun, or a casualty noun as what it counts:
            # "لم يصب أحد", "لم تسجل إصابات", "لم تسجل أي إصابات"
            phrase = mention.j - mention.i > 1  # a negated verb in it, not a bare "no"
            end = max(mention.j, head.j) if head.measure and phrase else mention.j
            inside = [c for c in cues if mention.i <= c.i < end and not c.combined]
            if inside:
                cue, own = inside[-1], True
        if not own:
            resumed = (
                self._verb_after_subset(mention, head, cues)
                or self._verb_after_list(mention, head, cues)
                or self._verb_of_coordinated(mention, head, cue, cues)
            )
            if resumed is None:
                # a subordinator inside the asides ("after 2 years") is theirs, as a cue is
                resumed = aside = self._verb_after_asides(mention, head, cues)
            if resumed is not None:
                cue, own = resumed, True
        if cue is not None and self._part_with_its_own_verb(mention, head, cue, own):
            return None  # "15 villagers, several of whom had returned ..., were killed"
        if cue is not None and cue is not among and self._heads_another(mention, head, cue):
            cue, own = None, False  # "a team of 12 rescuers recovered 8 bodies": 8's noun
        if cue is not None and cue is not aside and self._subordinate_between(mention, head, cue):
            cue, own = None, False  # "police deployed 200 officers after 3 were shot dead"
        if cue is not None and self._share_between(mention, head, cue):
            cue, own = None, False  # "home to 3 million people, half of them displaced"
        if cue is not None and cue.i < mention.i and every_nth(self.doc, cue, self.pack):
            cue, own = None, False  # "var tredje dödad var ett barn": a share, not a count
        if not own and head.who and not head.measure:
            parts_verb = self._whole_after_part(max(mention.j, head.j))
            if parts_verb is not None and cue in (None, parts_verb):
                cue, own = parts_verb, True  # "23 passagers sur 45 sont morts": the part's verb
        if self._whole_of_part(mention, head):
            return None  # "deux des trois enfants ont été tués": the part counts, not the whole
        if not head.measure and self._whole_of_share(mention):
            return None  # "80% of Gaza's 2.3 million people have been displaced": a whole
        if self._denominator(mention, head, cue, own):
            return None  # "of the 1,200 people in the building, 40 were killed": the whole
        if self._across_gathering(mention, head, cue):
            return None  # "thousands attended the funeral of the victims": mourners
        if self._damaged(mention, head):
            return None  # "of the 5 houses hit, 3 were destroyed", "15 others were detained"
        if self._bare_count(mention, head) and self._sized_things(mention):
            return None  # "Two 500-pound bombs hit the market": bombs, sized by the next number
        if self._attackers_who_fled(mention, head):
            return None  # "two of the five attackers were shot dead; the other three fled"
        if (
            not head.measure
            and self.marks.within("dis:held", mention.j, max(mention.j, head.j))
            and (cue is None or cue.j <= self._qualifier_start(mention))
        ):
            # "dejaron 12 muertos y 30 detenidos": the detained, named as the count's noun after
            # the verb, are alive and held ("3 detenidos murieron": a verb of their own after it)
            return None
        if self._state_after_marker(mention):
            return None  # "40 blessés, dont 15 dans un état grave": the state of a part
        interview = self._interview_cue(mention)
        if head.measure == "displaced" and self._present(mention, head):
            return None  # "a school sheltering hundreds of displaced": the sheltered are alive
        if (head.who or head.others) and not head.measure and not interview:
            # "400 soldiers took part in the raid that killed 6 civilians"; "five died and 20
            # others survived": those present or alive are no count of the harm
            if (
                not (
                    own
                    and cue
                    and not self._counts_another(mention, cue)
                    and not self._cue_as_noun(mention, cue)
                )
                and self._present(mention, head)
                and not self._then(head, cue)
            ):
                return None
            if (
                self._present_verb_before(mention)
                and not self._then(head, cue)
                and not self._hurt_in_relative(head)
            ):
                return None  # "نجا 23 شخصا من الغارة التي قتلت 40": the verb of the count
            if head.who and self._speaker(mention, head, cue, own):
                return None  # "two aid workers told Reuters": the source, not the victims
        if (
            not (head.who or head.others or head.measure or head.quantity or head.partitive)
            and cue is not None
            and cue.j <= mention.i
            and self._present_verb_before(mention)
        ):
            return None  # "5 dead after shelling hits school sheltering 900": the sheltered
        if (
            not (head.who or head.others or head.measure or head.quantity or head.partitive)
            and not (own and cue is not None)
            and mention.source in ("digit", "word", "vague")
            and self._present(mention, head)
        ):
            # "82 murieron y 104 fueron rescatados con vida", "82 died and 104 were rescued
            # alive": a bare count with a verb of its own that says they live is no casualty;
            # an approximate one too ("ils étaient une vingtaine à attendre") (dist13)
            return None
        taken = (
            self._after_head(head, "qty:abducted")
            if head.who or head.others or self._bare_count(mention, head)
            else None
        )
        if (
            taken
            and not head.measure
            and not (own and cue and cue.i < taken)
            # a bare count with a verb of harm after the abduction keeps it ("5 were abducted
            # and later killed"); one before it is another clause's ("7 died, and 40 were
            # taken hostage")
            and not (cue and cue.i > taken and self._bare_count(mention, head))
        ):
            return Draft(mention, head, "quantity", "abducted", head.who, cue, own)
        if (
            (
                head.who
                or head.others
                or (self._bare_count(mention, head) and (cue is None or cue.i < mention.i))
            )
            and not head.measure
            and self._abducted_before(mention, cue, own)
        ):
            # "Gunmen seized 12 villagers", "خطف ثمانية رجال وقتل ثلاثة": captives, alive; a
            # bare count with no verb of harm after it too ("la muerte de seis civiles y el
            # secuestro de otros tres"; "secuestraron a tres y los mataron" keeps its toll)
            return Draft(mention, head, "quantity", "abducted", head.who, cue, own)
        # the verb read as the count's noun ("both kill") or as its cue
        verb = Cue(head.i, head.j, head.measure) if head.measure else cue
        if verb is not None and self._present_agent(mention, verb):
            return None  # "they both kill": a present-tense verb of killing names its killers
        if (
            (head.who or head.unknown)
            and not head.measure
            and cue is not None
            and (own or (cue.i > head.j and self._second_verb(head.j, cue.i)))
            and self._agent(mention, head, cue)
            # a part of a count ("12 killed, among them 3 children, and 20 hurt") is a victim
            and self._container(mention, drafts) is None
        ):
            return None  # "three gunmen killed the owner": the killers are no victims
        if (
            (head.who or head.unknown)
            and not head.measure
            and cue is not None
            and self._container(mention, drafts) is None
            and self._verb_first_agent(mention, head, cue)
        ):
            return None  # "قتل ثلاثة مسلحين صاحب المتجر": the verb, its killers, then its object
        if (head.who or head.unknown) and not head.measure and self._attackers(mention, head, cue):
            return None  # "five soldiers ambushed the convoy, killing 3 civilians": attackers
        if (head.who or head.unknown) and not head.measure and self._assailants_acting(head, cue):
            return None  # "the 3 gunmen who stormed the mosque killed 5 worshippers": killers
        if (head.who or head.unknown) and not head.measure and self._shooter(mention, head):
            return None  # "two officers arrived and shot the man, who died": the shooters
        if self._subset_of_nothing(mention, drafts):
            return None  # "20 gunshot wounds, including six in the back": no victims inside
        if self._accused(mention, head, cue):
            return None  # "two men were charged with murder": suspects, not victims
        if (
            not head.quantity
            # "tués par dizaines", "muertos por centenares": how many, not by whom
            and not (mention.source == "vague" and not head.who)
            and self._counts_a_passive_agent(mention, head)
        ):
            return None  # "five people were killed by two gunmen": the killers
        if self._crowd_agent(mention, head):
            return None  # "he was mourned by hundreds of residents": the mourners
        if head.measure and head.i > mention.j:  # an unread noun, then the verb and its object
            verb = Cue(head.i, head.j, head.measure)
            if self._agent(mention, Head(mention.j, head.i, unknown=True), verb):
                return None
        if (
            head.quantity == "abducted"
            and own
            and cue is not None
            and cue.measure in _HOSTAGE_HARM
            # the verb's subject ("two hostages were killed") or its object right after it
            # ("ont tué deux otages"), not "killed himself after taking two hostages"
            and (cue.i >= head.j or 0 <= self._qualifier_start(mention) - cue.j <= 1)
            # nor the verb of a relative clause about another noun after them ("220 abductees
            # remain with the group, which has killed 15")
            and not (cue.i >= head.j and self._relative_of_another(head.j, cue.i))
            # nor captives a verb of freeing says are alive ("a libéré 33 otages", "105
            # gisslan frigetts"), whatever a later clause says of others
            and not (cue.i >= head.j and self._freed(mention, head))
        ):
            # "les trois otages ont été exécutés", "two hostages were killed": captives
            # killed or hurt are casualties, of no category of their own (who = other)
            return Draft(mention, head, "casualty", cue.measure, "other", cue, own)
        if head.quantity:
            return Draft(mention, head, "quantity", head.quantity, None, cue, own)
        toll = self._toll_before(mention)
        if toll is not None and not head.measure and not (own and cue is not None):
            cue, own = toll, True  # "a total of 17 people were wounded": the clause's own cue
        if toll is None and not head.measure and not (own and cue is not None):
            risen = self._risen_from(mention, drafts)
            if risen is not None:  # "casualties rose from 30 to 35": 35 counts what 30 did
                cue, own = risen, True
            elif not (head.who or head.others or head.partitive):
                total = self._running_total(mention, drafts) or self._figure_before(mention, drafts)
                if total is not None:
                    return Draft(mention, head, "casualty", total.measure, total.who, None, False)
        if head.partitive and self._state_of_part(head):
            return None  # "28 were injured, five of them in critical condition": their state
        part = self._part_of_measured(mention)
        if part is not None and self._state_of_part(part):
            return None  # "31 of the wounded had been discharged": the state of a part
        if self._died_naturally(mention):
            return None  # "of the 200 bodies, 24 died a natural death": no casualty
        if head.others and self._alive_after(mention, head):
            return None  # "وإنقاذ 3 آخرين أحياء": others rescued alive, neither dead nor bodies
        if head.partitive or (head.others and not head.measure):
            died = self._hurt_who_died(mention) if head.others else None
            if died is not None:  # "eight more of the injured succumbed": more dead
                cue, own = died, True
            return self._inherited(mention, head, cue, own, drafts)
        sibling = self._sibling_part(mention, head, cue, own, drafts)
        if sibling is not None:
            return sibling
        if cue is None and head.who and not head.measure and self._opens_on_part(mention):
            # "Sept personnes ont été tuées. Parmi elles, quatre enfants.": a part named at
            # the start of the next sentence, with no verb of its own, is of the figure before
            return self._inherited(mention, head, cue, own, drafts)
        if (
            cue is None
            and not (head.who or head.measure)
            and mention.j < len(self.doc.words)
            and family_of(self.doc, mention.j, self.pack)
        ):
            # "Sex civila dödades. Fyra tillhörde samma familj.": one family of the toll before
            family = self._inherited(mention, head, cue, own, drafts)
            if family is not None:
                family.who = "other"  # a counted group (one family), as the labelled sets read it
            return family
        if not (own and cue is not None) and head.who and not head.measure:
            listed = self._next_part_in_list(mention, head, drafts)
            if listed is not None:
                return listed
        if (
            mention.source == "singular"
            and not (own and cue is not None and head.who)
            and not (head.who and self._container(mention, drafts))
            and not self._coordinated_subject(head, cue)
            and not (head.who and self._member_of_uncounted(mention, cue))
            and not (head.who and cue is not None and self._severity_after(head, cue))
        ):
            return None  # a lone "a man" counts only with its own cue or inside a subset
        if mention.source == "singular" and self._speaks(head.j):
            return None  # "one resident said ...": the speaker, not a victim
        if mention.source == "singular" and self._said_by(mention):
            return None  # "..., säger en läkare på sjukhuset": the speaker, not one hurt
        if among is None and self._counted_speakers(mention, head):
            return None  # "according to several villagers": the speakers, not victims
        if mention.source == "zero" and not (own and cue is not None):
            zero_cue = self._zero_verb(mention, head) or self._zero_over_whole(mention, cue)
            if zero_cue is None:
                return None
            cue, own = zero_cue, True  # "Ingen skadades", "Nadie murió", "لم يصب أحد"
        if mention.source == "zero" and head.unknown:
            return None  # "no further information on the dead": no count of anyone
        if mention.source == "zero" and self._zero_of_telling(mention):
            return None  # "it made no mention of civilian casualties": nothing said, no zero
        if mention.source == "zero" and self._negated_zero(mention):
            return None  # "it is not true that nobody died": people died, no count given
        if interview and not head.measure and (cue is None or not own):
            return Draft(mention, head, "quantity", "people_interviewed", head.who, cue, own)
        if head.measure == "killed_or_injured" and self._interviewed(mention):
            # "interviewed 61 victims and witnesses": the victims who spoke are the survivors
            return Draft(mention, head, "quantity", "people_interviewed", head.who, cue, own)
        if head.unknown and not (
            own
            and cue is not None
            and (
                abs(cue.i - mention.j) <= 4
                or cue is aside
                or self._toll_risen_to(mention, head, cue)
                # its hospital phrase, read a few words past the verb of taking
                or (mention.i in self._carried_ones and cue.measure == "injured")
            )
        ):
            return None
        if not (head.who or head.measure or own) and mention.source == "digit":
            earlier = self._earlier_of_risen(mention, drafts)
            if earlier is not None:
                cue, own = earlier.cue, True  # "the toll from the attack rose to 12 from 9"
        if (
            not head.who
            and not head.measure
            and not own
            and cue is not None
            and mention.source == "digit"
        ):
            # a bare figure borrows a cue from another clause only when it is close
            distance = cue.i - mention.j if cue.i >= mention.j else mention.i - cue.j
            if (
                distance > _ELIDED_REACH
                and not self._next_in_place_list(mention, cue, drafts)
                and not self._next_by_agent(mention, cue, drafts)
                and not self._parallel_after_and(mention, cue, drafts)
            ):
                return None
        measure = resolve_measure(head, cue, self._found_nearby(mention, head, cue))
        if (
            measure == "killed"
            and head.measure == "killed"
            and (self._body_noun_before(mention) or self._body_noun_after(head))
        ):
            # "جثامين 12 شهيدا", "les corps de 12 tués", "tio döda kroppar", "ten dead bodies"
            measure = "bodies_recovered"
        uncategorised = head.measure or not head.who or head.generic
        if measure == "injured" and uncategorised and self._of_the_hurt(mention):
            return None  # "de los 327 heridos, 180 permanecen hospitalizados": their state
        died = self._hurt_who_died(mention) if measure == "injured" else None
        if died is not None:
            measure, cue, own = "killed", died, True  # "two of the injured later died"
        elif measure == "injured" and head.measure == "injured":
            death = self._death_noun_before(mention)
            if death is not None:  # "après le décès de quatre blessés": the wounded died
                measure, cue, own = "killed", death, True
        if measure == "bodies_recovered" and self._found_alive(mention, head):
            return None  # "bargen 19 Menschen lebend": found, but alive
        if measure == "bodies_recovered" and self._finders(head, cue):
            return None  # "about 20 men dug up bodies": those who found them
        if measure == "injured" and self._carers(head, cue):
            return None  # "50 paramedics treated the wounded": those who cared for them
        if measure in _SOUGHT and self._searchers(head, cue):
            return None  # "200 volunteers joined the search for the missing": the searchers
        combined = self._combined_at.get(head.i) if head.measure else None
        if combined is not None and combined.combined:
            # "hundreds of dead and wounded": one figure for both
            measure, cue, own = "killed_or_injured", combined, True
        if head.measure == "killed_or_injured" and not own and measure != "bodies_recovered":
            measure = "killed_or_injured"  # "victims" takes a specific cue only in its clause
        if head.measure == "displaced" and own and cue is not None and cue.measure != "displaced":
            measure = cue.measure  # "five refugees were killed": refugees is who, not what
        container = self._container(mention, drafts) if not (own and cue) else None
        if container is not None and not head.measure:
            # a group inside a figure has its measure: "14 killed, including 3 children and
            # 2 women, and 30 injured" (the nearest cue, "injured", belongs to 30)
            measure = container.measure
        if measure is None:
            return None
        who = head.who or "people"
        if head.unknown or (not head.who and not head.measure):
            # "two of the dead were children, and four were women": the count's own predicate
            who = (
                self._predicate_who(mention, head) or self._elided_who(mention, drafts) or "people"
            )
        elif who == "people" and (
            self._bare_before_its_verb(mention, head) or self._breakdown(mention, head, drafts)
        ):
            who = self._elided_who(mention, drafts) or who
        others = head.others or self._others_before(mention) or self._ordinal_after(mention)
        if others and (not head.who or (head.measure and head.who == "people")):
            # "neuf militaires tués et 21 autres blessés", "two soldiers were killed and 21
            # others wounded", "وإصابة ثلاثة آخرين بجروح": the others are of the noun counted before
            who = self._others_who(mention, drafts) or who
        if who == "people":
            who = self._predicate_who(mention, head) or who
        if who == "people" and head.measure:
            who = self._shared_noun_who(head) or who
        if who == "people" and (not head.who or (head.measure and head.who == "people")):
            # "57 قتيلا", "52 morts": a casualty noun names no category the toll cannot name
            who = self._toll_who(mention) or who
        if (
            not head.who
            and mention.j < len(self.doc.words)
            and family_of(self.doc, mention.j, self.pack)
        ):
            # "nio tillhörde samma familj": a counted group, one family ("سيدتين من عائلة
            # واحدة" keeps its own category)
            who = "other"
        draft = Draft(mention, head, "casualty", measure, who, cue, own)
        draft.container = container
        verb = cue if cue is not None else Cue(head.i, head.j, measure)
        draft.negated = self._negated(mention, cue) or self._natural_death(verb)
        if draft.negated:
            draft.kind = "quantity"
        return draft

    def _severity_after(self, head: Head, cue: Cue) -> bool:
        """A lone person told only how badly after a count of the hurt and "and" ("fem
        skadades lindrigt och en person svårt", pack ``segments.severity``): an elided second
        count of the hurt, one more person under the verb before it."""
        words = self.doc.words
        return (
            cue.j <= head.i
            and cue.measure == "injured"
            and head.i >= 2
            and self.doc.words[head.i - 2].norm in self.pack.conjunctions  # "och en person"
            and head.j < len(words)
            and not self.doc.gaps[head.j].strip()
            and words[head.j].norm in self.pack.words("segments", "severity")
        )

    def _next_in_place_list(self, mention: Mention, cue: Cue, drafts: list[Draft]) -> bool:
        """A bare count in a list of counts per place shares the cue of the one before, however
        long the list: "17 killed: 9 in A, 5 in B and 3 in C", "12 en X, 6 en Y, 2 en Z y 4 en
        W". The count before was read with the same cue and is followed by the same word
        (the place's preposition) as this one, and only that place lies between them."""
        if not drafts:
            return False
        previous = drafts[-1]
        words, sentence = self.doc.words, self.doc.sentence
        m = previous.mention
        if (
            previous.kind != "casualty"
            or previous.cue != cue
            or m.source != "digit"
            or sentence[m.i] != sentence[mention.i]
            or not 2 <= mention.i - m.j <= _PLACE_ITEM_WORDS
            or mention.j >= len(words)
            or words[m.j].norm != words[mention.j].norm
            or any(k in self._mention_starts for k in range(m.j, mention.i))
        ):
            return False
        before = mention.i - 1
        joined = words[before].norm == self.pack.joined_conjunction
        return (
            "," in self.doc.gaps[mention.i]
            or joined
            or words[before].norm in self.pack.conjunctions
        )

    def _one_more_one(self, k: int) -> bool:
        """The lone victim at ``k`` is the "one" closing a ``one_more`` phrase ("ytterligare en
        skadades"): one more of those counted before."""
        if k < 1 or self.doc.gaps[k] != " ":
            return False
        return f"{self.doc.words[k - 1].norm} {self.doc.words[k].norm}" in self._one_more

    def _ordinal_after(self, mention: Mention) -> bool:
        """One with an ordinal right after it and no noun of its own ("en tredje skadades", "ett
        fjärde fördes till sjukhus", ``singular_victims.ordinals``): one more of those counted
        before, as "another" is."""
        k = mention.j
        if mention.low != 1 or mention.high != 1 or k + 1 >= len(self.doc.words):
            return False
        if self.doc.gaps[k] != " " or self.doc.words[k].norm not in self._ordinals:
            return False
        return "one:nouns" not in cats_at(self.marks, k + 1) and not self._person_noun(k + 1)

    def _others_before(self, mention: Mention) -> bool:
        """An "others" word right before the number, across a plain space ("otros tres
        resultaron heridos", "weitere 21 verletzt", "ytterligare tre skadades"): the count is
        of others, as "21 others" is."""
        k = mention.i
        if k == 0 or self.doc.gaps[k] != " ":
            return False
        return any(cats_at(self.marks, t).get("who:others") == k for t in range(max(0, k - 3), k))

    @cached_property
    def _fragments(self) -> frozenset[int]:
        """Sentences of one or two words: a footnote mark, a paragraph or section number
        ("[9]", "párr.", "32.") that a report's layout splits off."""
        sizes: dict[int, int] = {}
        for sentence in self.doc.sentence:
            sizes[sentence] = sizes.get(sentence, 0) + 1
        return frozenset(s for s, n in sizes.items() if n <= _FRAGMENT_WORDS)

    def _sentences_apart(self, a: int, b: int) -> int:
        """How many sentences word ``b`` is after word ``a``, not counting fragments."""
        first, last = self.doc.sentence[a], self.doc.sentence[b]
        return sum(1 for s in range(first + 1, last + 1) if s not in self._fragments)

    def _others_who(self, mention: Mention, drafts: list[Draft]) -> str | None:
        """ "N others" ("21 autres blessés", "وإصابة ثلاثة آخرين بجروح") are of the kind of the last
        casualty count in their sentence or the one before; after a subset, of its whole."""
        previous = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if previous is None:
            return None
        if self._sentences_apart(previous.mention.i, mention.i) > 1:
            return None
        if previous.container is not None:
            previous = previous.container
        return previous.who

    def _heads_another(self, mention: Mention, head: Head, cue: Cue) -> bool:
        """A casualty noun that is the head of a later number ("12 rescuers recovered 8
        bodies", "12 مسعفا على انتشال 8 جثث") is what that number counts, not a predicate the
        first number can borrow."""
        end = max(mention.j, head.j)
        if cue.i < end:
            return False
        of_words = self.pack.of_words
        for at in range(bisect_left(self._starts, end), bisect_left(self._starts, cue.i)):
            k = self._starts[at]
            if k not in self._numeral_starts:
                continue  # "two paramedics and a doctor died": the verb is shared
            if self._person_noun(k) or self._post_nominal(self._all_mentions[at]):
                # a dual holds its noun, a number after its noun counts it ("4 رجال وامرأتان
                # قتلوا", "3 نساء من عائلة واحدة قتلوا"): no later noun is theirs
                continue
            last = self._mention_end.get(k, k)
            if last == cue.i or (last + 1 == cue.i and self.doc.words[last].norm in of_words):
                return True
        return self._counts_after(cue)

    def _counts_after(self, cue: Cue) -> bool:
        """A casualty noun with its own number after "of" ("the bodies of two children",
        "los cuerpos de dos niños"): what that number counts, not a predicate to borrow."""
        words, k = self.doc.words, cue.j
        if (
            k + 1 >= len(words)
            or words[k].norm not in self.pack.of_words
            or self.doc.gaps[k + 1] != " "
            or self.doc.gaps[k].strip()  # "getötet. Der 17-Jährige": a new sentence's article
        ):
            return False
        at = bisect_left(self._starts, k + 1)
        if at >= len(self._starts) or self._starts[at] > k + 4:
            return False
        mention = self._all_mentions[at]
        return (
            mention.source in ("digit", "word", "vague") and self._qualifier_start(mention) == k + 1
        )

    def _subordinate_between(self, mention: Mention, head: Head, cue: Cue) -> bool:
        """A subordinating word ("after", "بعد") between a number and a later cue of another
        clause: the cue is that clause's own, never a predicate the two clauses share. (A cue
        before the number may reach past one: "قتل بعد ظهر اليوم 5 أشخاص", in the afternoon.)"""
        words = self.pack.subordinators
        end = max(mention.j, head.j)
        if cue.j <= mention.i and self._subordinate_before(mention, cue):
            return True
        if cue.i < end:
            return False
        norms = self.doc.norms[end : cue.i]
        for k in range(len(norms)):  # one word or a phrase ("después de que", "efter att")
            for n in range(1, _SUBORDINATOR_WORDS + 1):
                if " ".join(norms[k : k + n]) in words:
                    return True
        return False

    def _subordinate_before(self, mention: Mention, cue: Cue) -> bool:
        """A word opening a clause of time between an earlier cue and the number
        (``segments.clause_before``: "Två personer skadades när tre män öppnade eld", "...
        skadades då två självmordsbombare sprängde sig"): the number is that clause's subject,
        so the cue of the main clause before it says nothing of it. A pack without the list
        lets a cue reach past such words ("قتل بعد ظهر اليوم 5 أشخاص")."""
        words = self.pack.words("segments", "clause_before")
        if not words:
            return False
        start = self._qualifier_start(mention)
        norms = [w.norm for w in self.doc.words[cue.j : start]]
        return any(
            " ".join(norms[k : k + n]) in words
            # "..., medan armén talar om tolv": a source's verb of saying after the word, the
            # number is that source's figure for the toll, no subject of a clause of time
            and not any(self.marks.within("attr:after", cue.j + k + n, start))
            for k in range(len(norms))
            for n in range(1, _SUBORDINATOR_WORDS + 1)
        )

    def _share_between(self, mention: Mention, head: Head, cue: Cue) -> bool:
        """A share of the people counted ("half of them", "la mitad de ellas", "die Hälfte
        davon", "varav hälften", "dont la moitié", "نصفهم": pack ``segments.shares``) right
        before a later cue, in the clause of the count: the cue says what befell the share, a
        part no number states, and is no predicate of the count ("a city of 3 million people,
        half of them displaced"). A share set off from its verb by a comma ("40 people, half of
        them children, were killed") leaves the verb to the count."""
        shares = self.pack.shares
        end = max(mention.j, head.j)
        if not shares or cue.i < end or cue.i - end > _SHARE_REACH:
            return False
        if any(self.doc.gaps[k].strip(" ,") for k in range(end + 1, cue.i + 1)):
            return False
        norms = [w.norm for w in self.doc.words[end : cue.i]]
        for k in range(len(norms)):
            for n in range(1, _SHARE_WORDS + 1):
                if " ".join(norms[k : k + n]) not in shares:
                    continue
                rest = end + k + n  # only a verb of being or "of" between the share and the cue
                if (
                    all(
                        not self.doc.gaps[t].strip()
                        and (
                            w.norm in self._copulas
                            or w.text.lower() in self._copulas
                            or w.norm in self.pack.of_words
                        )
                        for t, w in zip(
                            range(rest, cue.i), self.doc.words[rest : cue.i], strict=True
                        )
                    )
                    and not self.doc.gaps[rest].strip()
                ):
                    return True
        return False

    def _noun_before_definite_number(self, mention: Mention, head: Head) -> Head | None:
        """Where modifiers follow their noun (Arabic), a number word with the definite article
        after a noun counts that noun: "عناصرها الثلاثة" (its three members), "القتلى الستة"."""
        i = mention.i
        if not self.pack.head_first or mention.source != "word" or i == 0:
            return None
        norm = self.doc.words[i].norm
        # "مقتل مدنيين اثنين وإصابة": "two" after its noun counts that noun, whatever follows
        post = norm in self.pack.post_nominal
        # "القتلى الخمسة طفلان": a count of its own after the number is no noun of it
        counted_after = head.who is not None and self._mention_between(mention.j, head.j)
        if (head.who and not counted_after) or (head.measure and not post):
            return None
        if self.doc.gaps[i] != " ":
            return None
        noun = head_at(self.doc, i - 1, self.marks, self.pack)
        if noun is None and owned_children(self.doc, i - 1, self.pack) and not head.who:
            return Head(i - 1, i, who="children")  # "وأطفالهما الثلاثة": their three children
        if not (post or any(norm.startswith(p) for p in self.pack.identifier_prefixes)):
            # an indefinite number after an indefinite person noun counts it too ("بينهم أطفال
            # ثلاثة", three children): no noun of its own follows it
            before = self.doc.words[i - 1].norm
            plain = not any(before.startswith(p) for p in self.pack.identifier_prefixes)
            # "امرأة وستة من أطفالها": a member joined by "and", or with "of" after it, is
            # counted on its own
            joined = self.pack.joined_conjunction
            member = bool(joined) and norm.startswith(joined)
            of = mention.j < len(self.doc.words) and (
                self.doc.words[mention.j].norm in self.pack.of_words
            )
            if head.who or head.measure or not plain or member or of:
                return None
            if noun is None or noun.measure:
                return None
            return noun if noun.who and not noun.distractor else None
        if noun is not None and noun.distractor and not post:
            return noun  # "الأيام الثلاثة الماضية": the past three days, no count of people
        if noun is None or not (noun.who or noun.measure) or noun.distractor:
            return None
        if post and (noun.measure or not noun.who):
            return None  # "وإصابة اثنين آخرين": two others, after a verb noun, not of it
        return noun

    def _counts_another(self, mention: Mention, cue: Cue) -> bool:
        """Whether a later cue has a number of its own right after it ("the raid that killed
        6 civilians"): it says what happened to that number, not to this one."""
        if cue.i < mention.j:
            return False
        at = bisect_left(self._starts, cue.j)
        return (
            at < len(self._starts)
            and self._starts[at] < cue.j + 2
            and not self._is_date_or_time(self._all_mentions[at])  # "tuées le 12 mai"
        )

    def _cue_as_noun(self, mention: Mention, cue: Cue) -> bool:
        """A casualty word after the count with a plural article of its own right before it
        ("2 000 poliser deltar i sökandet efter de saknade", "police are searching for the
        missing"; pack ``segments.noun_articles``): a noun for other people, no predicate of
        the count."""
        if cue.i <= mention.j or cue.i < 1:
            return False
        articles = self.pack.words("segments", "noun_articles")
        return bool(articles) and self.doc.words[cue.i - 1].norm in articles

    def _date_at(self, k: int) -> bool:
        """Whether the mention starting at word ``k`` is a date or a time of day."""
        at = bisect_left(self._starts, k)
        return (
            at < len(self._starts)
            and self._starts[at] == k
            and self._is_date_or_time(self._all_mentions[at])
        )

    def _denominator(self, mention: Mention, head: Head, cue: Cue | None, own: bool) -> bool:
        """The whole a part is taken from ("out of 1,200 people", "من أصل 1200 شخص", a
        sentence opening "Of the 60 passengers, 13 ..."), unless a casualty noun or its own
        verb right after it says the whole was harmed ("of the 40 dead", "of the 30 children
        killed")."""
        if head.measure:
            return False
        if joined_to_a_part(self.doc, self.pack, mention.i, self._mention_ends):
            return True  # "23 out of 45 passengers died": the verb is the part's
        start = self._qualifier_start(mention)
        first = self._sentence_start[self.doc.sentence[mention.i]]
        if self._zero_at(first) and any(
            cat == "dis:denominator_opening" and i == first + 1
            for cat, i, _ in self.marks.ending("dis", start)
        ):
            return True  # "Ingen av de 150 passagerarna skadades": none of the whole was hurt
        if start >= 2 and any(
            # the zero word first: a set look-up, where the phrase's end reads every phrase
            self._zero_at(start - len(p) - 1) and self._zero_of_end(start - len(p)) == start
            for p in _zero_of(self.pack.lang)
            if start - len(p) >= 1
        ):
            return True  # "Keiner der 150 Passagiere", "ninguno de los 150 pasajeros": the whole
        if own and cue is not None and head.j <= cue.i <= head.j + 2:
            return False
        for cat, i, _ in self.marks.ending("dis", start):
            if cat == "dis:denominator" or (cat == "dis:denominator_opening" and i == first):
                return True
        return False

    def _zero_at(self, k: int) -> bool:
        """Whether word ``k`` is a zero word of the pack (``negation.zero``: "ingen", "none"),
        which before "of the N" makes N the whole nobody of was harmed."""
        return self.doc.words[k].norm in self.pack.words("negation", "zero")

    @staticmethod
    def _bare_count(mention: Mention, head: Head) -> bool:
        """A number with no noun, measure or quantity of its own ("and more than 40 were taken
        hostage"): what it counts is told by its own verb, if it has one."""
        return mention.source in ("digit", "word") and not (
            head.who or head.others or head.measure or head.quantity or head.partitive
        )

    def _freed(self, mention: Mention, head: Head) -> bool:
        """Captives a present word of their own says are free and alive: one ending right
        before the count ("a libéré 33 otages") or right after its noun ("105 gisslan
        frigetts")."""
        return self._present_verb_before(mention) or self._present(mention, head)

    def _present(self, mention: Mention, head: Head) -> bool:
        """People said to be alive and there ("250,000 people live in the city", "39 tenants
        were rescued", "participaron dos insurgentes") are no casualty count."""
        own = self.segs[mention.i]
        # a head joined by "and" ends in another segment ("2 000 poliser och soldater deltar")
        last = self.segs[head.j - 1] if head.j > mention.j else own
        start = self._qualifier_start(mention)
        reach = 3
        bracket = self.pack.raw.get("distractors", {}).get("bracket_aux", [])
        if head.j < len(self.doc.words) and self.doc.words[head.j].norm in bracket:
            reach = _BRACKET_REACH  # "50 Patienten wurden mit Atemnot eingeliefert": verb last
        elif head.j < len(self.doc.words) and self.doc.words[head.j].norm in self.pack.of_words:
            reach = _COMPLEMENT_REACH  # "les cinq membres de l'équipage ont survécu"
        reach += self._hedge_length(head.j)
        return any(
            (self.segs[k] == own or (self.segs[k] == last and k >= head.j))
            and not self._inside_measure(k)
            for lo, hi in ((head.j, head.j + reach), (start - 2, start))
            for k in self.marks.within("dis:present", lo, hi)
        )

    def _inside_measure(self, k: int) -> bool:
        """Whether word ``k`` is inside a casualty cue of several words: "leben" (live) in "kamen
        ums Leben" (died) is the cue's, no verb of being there alive."""
        return any(
            c.startswith("measure:") and end > k
            for t in range(max(0, k - _MEASURE_WORDS), k)
            for c, end in cats_at(self.marks, t).items()
        )

    def _hedge_length(self, k: int) -> int:
        """Words of a hedge ("believed to be", "thought to be") at ``k`` or after one auxiliary:
        "15 people were believed to be trapped" are there as surely as "15 people were trapped"."""
        words = self.doc.words
        for start in (k, k + 1):
            if start >= len(words):
                break
            first = (words[start].norm,)
            for hedge in _hedges(self.pack.lang):
                end = start + len(hedge)
                if (
                    hedge[:1] == first
                    and end <= len(words)
                    and tuple(w.norm for w in words[start:end]) == hedge
                ):
                    return end - k
        return 0

    def _damaged(self, mention: Mention, head: Head) -> bool:
        """A count whose own verb says what else befell it: a bare number destroyed, damaged or
        collapsed (``distractors.damaged``: "3 were destroyed", "3 se derrumbaron", "förstördes
        3", "دمر 3") counts houses or buildings named before it; people arrested or detained
        (``distractors.held``: "15 others were detained", "7 personnes ont été interpellées",
        "اعتقل 15 شخصا") are alive and held, whatever verb of the sentence kills others. The verb
        stands right after the count (within three words) or right before it, in its clause."""
        if head.measure:
            return False
        kinds = ["dis:held"]
        if not (head.who or head.others):
            kinds.append("dis:damaged")
        own = self.segs[mention.i]
        start = self._qualifier_start(mention)
        reach = 3
        bracket = self.pack.raw.get("distractors", {}).get("bracket_aux", [])
        if head.j < len(self.doc.words) and self.doc.words[head.j].norm in bracket:
            reach = _BRACKET_REACH  # "12.000 wurden seit dem Putsch festgenommen": verb last
        # the object of a casualty verb right before it: a held verb after it is another
        # subject's ("a man who killed two people was arrested")
        after = not self._object_of_cue(start)
        for kind in kinds:
            for k in self.marks.within(kind, head.j, head.j + reach):  # loops: read per count
                if self.segs[k] == own and after:
                    return True
            for span in self._ending_before_determiners(start, mention.i):
                if span[0] == kind and self.segs[span[1]] == own:
                    return True
            if kind == "dis:held" and self._held_one_of(start, own):
                return True  # "har gripit en av två misstänkta": the whole of those held
            if kind == "dis:held" and self._verb_subject_before(kind, start):
                return True  # "اعتقلت الشرطة 6 أشخاص": the police arrested six
        # a verb of abduction right before "others" takes them as its object, alive and held
        # ("killed 15 villagers and abducted 40 others"), not the toll before; after it, the
        # count may be harmed too ("5 people were abducted and killed"), and a count of its own
        # noun may be told missing ("verschleppten 4 Menschen, deren Verbleib unbekannt ist")
        return head.others and any(
            span[0] == "qty:abducted" and self.segs[span[1]] == own
            for span in self.marks.ending("qty", start)
        )

    def _held_one_of(self, start: int, own: int) -> bool:
        """A count right after "one of" ("en av", "one of", "uno de") whose "one" a verb of
        arrest takes as its object ("polisen grep i natt en av de två misstänkta männen"):
        the count is the whole group the one held belongs to, alive, no victims."""
        words, gaps = self.doc.words, self.doc.gaps
        k = start - 2
        if k < 0 or gaps[start].strip() or gaps[start - 1].strip():
            return False
        if (
            words[start - 1].norm not in self.pack.of_words
            or words[k].norm not in self.pack.singular
        ):
            return False
        return any(
            span[0] == "dis:held" and self.segs[span[1]] == own
            for span in self._ending_before_determiners(k)
        )

    def _object_of_cue(self, start: int) -> bool:
        """Whether a count opening at ``start`` is the object of a killing or hurting verb
        right before it, perhaps after one preposition ("killed two people", "mató a dos
        personas", "a tué deux personnes"), with no punctuation between."""
        words, gaps = self.doc.words, self.doc.gaps
        ends = {start}
        if start > 0 and not gaps[start].strip() and words[start - 1].norm in ("a", "à"):
            ends.add(start - 1)
        return any(
            c.j in ends
            and c.measure in ("killed", "injured")
            and not c.combined
            and not gaps[c.j].strip()
            and self.doc.sentence[c.i] == self.doc.sentence[start]
            for c in self._sentence_cues.get(self.doc.sentence[start], [])
        )

    def _verb_subject_before(self, kind: str, start: int) -> bool:
        """Where a verb may open its clause before its subject and then its object (pack
        ``segments.verb_subject_object``, Arabic), a word of ``kind`` followed by a definite
        subject of up to three words right before the count ("اعتقلت الشرطة 6 أشخاص", "أنقذت فرق
        الإنقاذ 4 أشخاص"): the count is the verb's object."""
        if not self.pack.raw.get("segments", {}).get("verb_subject_object", False):
            return False
        words, gaps = self.doc.words, self.doc.gaps
        for t in range(start - 1, max(0, start - 4), -1):  # t: the subject's first word
            if gaps[t + 1].strip() or gaps[t].strip() or words[t].is_digit:
                return False
            cats = cats_at(self.marks, t)
            # a word inside a source's name ("فرق الدفاع المدني") is no counted noun
            named = any(
                c.startswith("actor:") and end > t
                for s in range(max(0, t - 3), t)
                for c, end in cats_at(self.marks, s).items()
            )
            if t in self._mention_starts or (
                not named and any(c.startswith(("measure:", "who:", "qty:", "neg:")) for c in cats)
            ):
                return False
            if any(span[0] == kind for span in self.marks.ending("dis", t)):
                # a definite subject, a source, or a noun in construct with a definite one
                # ("فرق الإنقاذ", rescue teams)
                return (
                    words[t].norm.startswith("ال")
                    or any(c.startswith("actor:") for c in cats)
                    or (t + 1 < start and words[t + 1].norm.startswith("ال"))
                )
        return False

    def _verb_after_victims(self, mention: Mention, cue: Cue, cues: list[Cue]) -> Cue | None:
        """A verb of a specific harm right after "N of the victims" ("Once de las víctimas
        fallecieron", "Eleven of the victims died"): the count's own verb, not the victims'
        noun, says what befell them (the noun would leave it dead or hurt where the report
        counts wounded too)."""
        words = self.doc.words
        if mention.j >= len(words) or words[mention.j].norm not in self.pack.of_words:
            return None
        if cue.i > mention.j + 2:
            return None
        return next(
            (
                c
                for c in cues
                if c.i == cue.j
                and c.measure in ("killed", "injured", "missing")
                and self.segs[c.i] == self.segs[cue.i]
            ),
            None,
        )

    def _escaped(self, head: Head) -> bool:
        """A verb of getting away right after a count and its noun, at most one word between
        ("dos de ellos lograron escapar", "Cuatro de ellos pudieron huir"): those counted
        escaped the attack alive, neither victims of a verb later in the sentence nor displaced
        (pack `distractors.escaped`)."""
        j = head.j
        sentence = self.doc.sentence
        return any(
            sentence[k] == sentence[j - 1] for k in self.marks.within("dis:escaped", j, j + 2)
        )

    def _present_verb_before(self, mention: Mention) -> bool:
        """A present word ending right before the number in its clause ("نجا 23 شخصا",
        "participaron dos insurgentes"): the count is that verb's subject, alive and there,
        whatever a later clause says of others."""
        start = self._qualifier_start(mention)
        return any(
            span[0] == "dis:present"
            and self.segs[span[1]] == self.segs[mention.i]
            and not self._being_among_victims(span[1], span[2])
            for span in self._ending_before_determiners(start)
        ) or self._verb_subject_before("dis:present", start)

    def _being_among_victims(self, i: int, j: int) -> bool:
        """A verb of being among (``segments.among_verbs``) right after a casualty noun ("Entre
        las víctimas se encontraban tres menores", "Entre los muertos se hallaban"): the count
        after it is a part of the victims, not people there and alive."""
        words = self.doc.words
        if " ".join(w.norm for w in words[i:j]) not in self._among_verbs:
            return False
        if self.marks.ending("measure", i):
            return True
        # "Entre las víctimas mortales del ataque a la boda se hallaban": the noun after "among"
        among = self.pack.words("who", "among_after")
        sentence = self.doc.sentence[i]
        for k in range(max(2, i - _AMONG_REACH), i):
            if (
                self.doc.sentence[k] == sentence
                and f"{words[k - 2].norm} {words[k - 1].norm}" in among
                and any(c.startswith("measure:") for c in cats_at(self.marks, k))
            ):
                return True
        return False

    def _sized_things(self, mention: Mention) -> bool:
        """A count right before another number that a unit follows ("Two 500-pound bombs",
        "Three 7-storey buildings", "Two 155 mm shells"): it counts what the unit sizes, never
        people; a person sized by age keeps its noun ("Three 12-year-old boys")."""
        words, gaps, j = self.doc.words, self.doc.gaps, mention.j
        if j + 1 >= len(words) or gaps[j].strip() or not words[j].is_digit:
            return False
        return "dis:units" in cats_at(self.marks, j + 1) and not any(
            c.startswith("who:")
            for k in range(j + 1, min(j + 5, len(words)))
            for c in cats_at(self.marks, k)
        )

    def _attackers_who_fled(self, mention: Mention, head: Head) -> bool:
        """The rest of a group of attackers told by a verb of fleeing ("Zwei der fünf Angreifer
        wurden erschossen, die anderen drei flohen", "los otros tres huyeron", "وفر الثلاثة
        الآخرون"): attackers who got away, neither killed with the others nor displaced. The
        count has no noun of its own (bare, or "the other N"), the verb stands right before or
        after it in its clause, and attackers are named earlier in the sentence."""
        if mention.source not in ("digit", "word"):
            return False
        own, start = self.segs[mention.i], self._qualifier_start(mention)
        verb_after = head.measure == "displaced" and head.i <= mention.j + 1
        if not verb_after and (head.measure or (head.who and not head.others)):
            return False
        end = max(mention.j, head.i if verb_after else head.j)
        fled = (
            verb_after
            or any(
                self.segs[k] == own
                for k in self.marks.within("measure:displaced", end, end + _FLED_REACH)
            )
            or any(
                span[0] == "measure:displaced" and self.segs[span[1]] == own
                for t in range(max(0, start - 1), start + 1)
                for span in self.marks.ending("measure", t)
            )
        )
        if not fled:
            return False
        sentence = self.doc.sentence[mention.i]
        return any(
            self.doc.sentence[k] == sentence
            for k in self.marks.within("who:assailants", max(0, start - _ATTACKERS_BACK), start)
        )

    def _hurt_in_relative(self, head: Head) -> bool:
        """A verb of harm in a relative clause set off right after the count's noun ("sont
        arrivés trois civils, qui ont été blessés", "anlände 5 soldater, som hade skadats"):
        what befell the people who came, whatever verb opened the sentence."""
        words, gaps = self.doc.words, self.doc.gaps
        if head.j >= len(words) or gaps[head.j].strip() != ",":
            return False
        if words[head.j].norm not in self.pack.words("segments", "relative"):
            return False
        return any(
            head.j < c.i <= head.j + _RELATIVE_REACH
            and c.measure in ("killed", "injured")
            and not self._clause_break_before(head.j + 1, c.i)
            for c in self._sentence_cues.get(self.doc.sentence[head.i], [])
        )

    def _clause_break_before(self, lo: int, hi: int) -> bool:
        """Whether clause punctuation stands before any word from ``lo`` to ``hi``."""
        return any(ch in ",;:.()" for k in range(lo, hi + 1) for ch in self.doc.gaps[k])

    def _found_alive(self, mention: Mention, head: Head) -> bool:
        """A count read as found or recovered, with a word right after its noun that says they
        live (``distractors.alive_after``: "recovered 19 people alive", "bargen 19 Menschen
        lebend", "hittade 19 personer vid liv"): people rescued, not bodies."""
        if not head.who or head.measure:
            return False
        return self._alive_after(mention, head)

    def _alive_after(self, mention: Mention, head: Head) -> bool:
        """Whether a word that says they live (``distractors.alive_after``) follows the count's
        noun in its segment ("19 people alive", "3 آخرين أحياء")."""
        words = self.doc.words
        alive = self.pack.words("distractors", "alive_after")
        return any(
            " ".join(w.norm for w in words[head.j : head.j + n]) in alive
            for n in (1, 2)
            if head.j + n <= len(words) and self.segs[head.j] == self.segs[mention.i]
        )

    def _ending_before_determiners(
        self, start: int, first: int | None = None
    ) -> list[tuple[str, int, int]]:
        """Distractor spans ending at ``start`` or right before the determiners that open the
        count ("sentenced the 3 men", "condenó a los 3 hombres", "evacuated the 300
        residents"): a verb's object keeps its verb across its article, with nothing written
        between. A word read as a qualifier before the number ("peine de mort contre 5
        soldats": "contre" also opens "contre 3 la veille") may end the span too: ``first``,
        the number's own first word."""
        words, gaps = self.doc.words, self.doc.gaps
        the = determiner_words(self.pack)
        spans = list(self.marks.ending("dis", start))
        if first is not None and first != start:
            spans.extend(self.marks.ending("dis", first))
        k = start
        while (
            k > 0 and words[k - 1].norm in the and not gaps[k].strip() and not gaps[k - 1].strip()
        ):
            k -= 1
            spans.extend(self.marks.ending("dis", k))
        return spans

    def _then(self, head: Head, cue: Cue | None) -> bool:
        """A killing or wounding verb joined after a present word ("were trapped in the rubble
        and died") says what happened to the people there."""
        if cue is None or cue.measure not in ("killed", "injured") or cue.i < head.j:
            return False
        if cue.i - head.j > 10 or self.doc.sentence[cue.i] != self.doc.sentence[head.i]:
            return False
        if self._mention_between(head.j, cue.i):
            return False
        articles = self.pack.words("segments", "noun_articles")
        if cue.i > head.j and self.doc.words[cue.i - 1].norm in articles:
            return False  # "40 people were rescued and the dead were taken away": others
        words = self.doc.words
        joined = any(words[k].norm in self.pack.conjunctions for k in range(head.j, cue.i))
        return joined and not any(ch in ".;:()" for ch in self.doc.punct_between(head.j, cue.i))

    def _abducted_before(self, mention: Mention, cue: Cue | None, own_cue: bool) -> bool:
        """An abduction verb right before the count, or with its subject between ("seized 12
        villagers", "secuestraron a 12", "اختطف مسلحون 12"): the count is its object, held
        alive, unless a casualty verb stands between them ("abducted and killed 5") or the
        count has a casualty verb of its own ("kidnapped 5 people who were later killed")."""
        start = self._qualifier_start(mention)
        own = self.segs[mention.i]
        for cat, i, _ in self.marks.ending("qty", start) + self.marks.ending("qty", start - 1):
            if cat != "qty:abducted" or self.segs[i] != own:
                continue
            if cue is not None and cue.measure == "missing" and cue.i > start:
                return False  # "verschleppten 4 Menschen, deren Verbleib unbekannt ist"
            return cue is None or not (own_cue or i < cue.i < start)
        return False

    def _after_head(self, head: Head, category: str) -> int | None:
        """Where ``category`` starts within three words after the head, in its segment."""
        own = self.segs[head.i] if head.i < len(self.segs) else -1
        for k in self.marks.within(category, head.j, head.j + 3):
            if self.segs[k] == own:
                return k
        return None

    def _speaker(self, mention: Mention, head: Head, cue: Cue | None, own: bool) -> bool:
        """A counted group that says or tells something right after its noun is a source."""
        own_segment = self.segs[head.i] if head.i < len(self.segs) else -1
        said = next(
            (
                k
                for k in self.marks.within("attr:after", head.j, head.j + 3)
                if self.segs[k] == own_segment and not self.marks.opens(k, ("mod:", "qual:"))
            ),
            None,
        )
        if said is None or any(not self._auxiliary(k) for k in range(head.j, said)):
            return False  # only "N workers said", "N workers have told": the verb right after
        if any(ch in "-–—(" for k in range(head.j, said + 1) for ch in self.doc.gaps[k]):
            return False  # "31 civilians - it said 22 were children -": an aside on the count
        if any(
            self.marks.within(cat, said, said + 4)
            for cat in ("measure:killed", "measure:injured", "measure:missing")
        ):
            # "17 civilians were reported killed", "1,300 people were reported missing" (en14):
            # a passive report of the count
            return False
        hurt = self.marks.within("measure:killed", said, said + 6) + self.marks.within(
            "measure:injured", said, said + 6
        )
        at = bisect_left(self._blocking, said + 1)
        if hurt and (at >= len(self._blocking) or self._blocking[at] > min(hurt)):
            return False  # "seven people are reported to have been killed": no count between
        return not (own and cue is not None and mention.i < cue.i < said)

    def _zero_verb(self, mention: Mention, head: Head) -> Cue | None:
        """The casualty verb of a zero that is its own subject: a pronoun of nobody right
        before it ("Ingen skadades", "Nadie murió"; pack ``negation.zero_pronouns``), or a
        zero phrase that holds the verb ("لم يصب أحد", nobody was hurt)."""
        for k in range(mention.i, mention.j):
            for cat, end in cats_at(self.marks, k).items():
                if cat.startswith("measure:") and end <= mention.j:
                    return Cue(k, end, cat[8:])
        if (
            head.measure
            and head.i == mention.j
            and (
                " ".join(w.norm for w in self.doc.words[mention.i : mention.j])
                in self._zero_pronouns
                # a zero word right before a casualty noun: "no deaths", "aucun mort",
                # "keine Toten", "inga dödsfall" deny the harm as "nobody died" does
                or (
                    mention.j - mention.i == 1
                    and self._zero_at(mention.i)
                    and not self._reported_after(head.j)
                )
            )
            and not self.doc.gaps[mention.j].strip()
        ):
            return Cue(head.i, head.j, head.measure)
        return None

    def _zero_subject_of(self, mention: Mention, cue: Cue) -> bool:
        """A verb after the count in another clause whose own subject is a pronoun of nobody
        right before it ("Four people were in the car, but nobody was hurt", "men ingen
        skadades", "aber niemand wurde verletzt"): the verb is nobody's, not the count's."""
        words = self.doc.words
        for k in range(cue.i - 1, max(mention.j, cue.i - 3) - 1, -1):
            if any(self.doc.gaps[x].strip() for x in range(k + 1, cue.i + 1)):
                break
            # the pronoun right before the verb, or before one auxiliary ("nobody was hurt")
            for end in (cue.i, cue.i - 1):
                if end > k and " ".join(w.norm for w in words[k:end]) in self._zero_pronouns:
                    return True
        return False

    def _zero_of_end(self, k: int) -> int | None:
        """The end of a pack ``segments.zero_of`` phrase opening at word ``k`` ("av de",
        "of the", "der", "des", "de los"): what joins a zero word to the whole it is none of."""
        norms = self.doc.norms
        for phrase in _zero_of(self.pack.lang):
            if tuple(norms[k : k + len(phrase)]) == phrase and not any(
                self.doc.gaps[t].strip() for t in range(k, k + len(phrase))
            ):
                return k + len(phrase)
        return None

    def _zero_over_whole(self, mention: Mention, cue: Cue | None) -> Cue | None:
        """The casualty verb after "none of the N people" ("Ingen av de 80 passagerarna
        skadades", "Keiner der 150 Passagiere wurde verletzt"): the zero is the verb's subject
        and the whole, persons and no casualty noun, is who none of was harmed."""
        if cue is None or cue.i <= mention.j or cue.measure == "killed_or_injured":
            return None
        if not self._zero_at(mention.j - 1):
            return None
        start = self._zero_of_end(mention.j)
        if start is None or cue.i - start > _ZERO_WHOLE:
            return None
        between = range(start, cue.i)
        if any(
            not _CLAUSE_OR_BRACKET.isdisjoint(self.doc.gaps[t]) for t in range(mention.j, cue.i)
        ):
            return None  # "n'a été blessé": an elision is no clause break
        cats = [cats_at(self.marks, t) for t in between]
        if any(c.startswith("measure:") for found in cats for c in found):
            return None  # "ingen av de 12 döda": the whole is of the dead, a count of its own
        if not any(c.startswith("who:") for found in cats for c in found):
            return None
        return cue

    def _count_right_after(self, k: int) -> bool:
        """A number starts at word ``k`` or one or two words on, with no punctuation between
        ("killed 7", "killed at least 7")."""
        return any(
            t in self._mention_starts and not self.doc.punct_between(k - 1, t).strip()
            for t in range(k, min(k + 3, len(self.doc.words)))
        )

    def _relative_of_another(self, end: int, cue_i: int) -> bool:
        """A relative pronoun after a comma between a noun phrase ending at ``end`` and a verb
        at ``cue_i``, the comma not right after the noun phrase ("More than 220 abductees
        remain with the group, which has killed 15"): the verb is of the later noun."""
        relative = self._relative_words()
        return any(
            "," in self.doc.gaps[k] and self.doc.words[k].norm in relative
            for k in range(end + 1, cue_i)
        )

    def _relative_words(self) -> frozenset[str]:
        """The pack's relative pronouns that open a clause after a comma (``segments.relative``)."""
        if self._relatives is None:
            listed = self.pack.raw.get("segments", {}).get("relative", [])
            self._relatives = frozenset(normalize(w) for w in listed)
        return self._relatives

    def _state_after_marker(self, mention: Mention) -> bool:
        """A bare count right after a subset or partitive marker, told only by the state its
        people are in (pack ``segments.part_states``: "dont 15 dans un état grave", "including
        6 in critical condition", "de ellos 4 en estado grave"), or any count told that its
        people are still in hospital (``segments.still_states``: "180 permanecen
        hospitalizados", "15 restent hospitalisés", "vier noch immer im Krankenhaus"): how some
        of the hurt are, no count of a category or group, as the labelled sets read it."""
        words, k = self.doc.words, mention.j  # the state right after the number, no noun
        if k >= len(words) or self.doc.gaps[k].strip():
            return False
        phrase = tuple(self.doc.norms[k : k + _LONGEST_STATE])
        if opens_with(phrase, _states(self.pack.lang, "still_states")):
            return True  # "180 permanecen hospitalizados", "15 restent hospitalisés": still there
        part = self._part_of_measured(mention)
        if part is not None and part.j < len(words) and not self.doc.gaps[part.j].strip():
            after = tuple(self.doc.norms[part.j : part.j + _LONGEST_STATE])
            if opens_with(after, _states(self.pack.lang, "still_states")):
                return True  # "180 des 327 blessés sont encore hospitalisés": a part still there
        start = self._qualifier_start(mention)
        if not any(
            span[0] in ("who:subset", "who:partitive") for span in self.marks.ending("who", start)
        ):
            return False
        if phrase and phrase[0] in self.pack.words("segments", "severity"):
            return True  # "varav tre allvarligt", "including two seriously": how badly, a state
        return opens_with(phrase, _states(self.pack.lang, "part_states"))

    def _part_of_measured(self, mention: Mention) -> Head | None:
        """A count joined by an "of" word to a casualty noun ("31 of the wounded", "18 de los
        heridos", "28 der Verletzten"), as a head ending after that noun: a part of the hurt,
        which a state after it ("had been discharged", "ya recibieron el alta") tells apart
        from a count of its own (dist9)."""
        words, k = self.doc.words, mention.j
        if k >= len(words) or self.doc.gaps[k].strip() or words[k].norm not in self.pack.of_words:
            return None
        for t in range(k + 1, min(k + 4, len(words))):
            if self.doc.gaps[t].strip():
                return None
            ends = [e for c, e in cats_at(self.marks, t).items() if c.startswith("measure:")]
            if ends:
                return Head(k, max(ends))
        return None

    def _state_of_part(self, head: Head) -> bool:
        """A part of the hurt told only by the state they are in, right after "of them" ("five
        of them in critical condition", "three of whom remain hospitalised"; pack
        ``singular_victims.alive``): how the counted are, no count of a category or group."""
        if self._alive_phrases is None:
            listed = self.pack.raw.get("singular_victims", {}).get("alive", [])
            self._alive_phrases = [tuple(normalize(w) for w in p.split()) for p in listed]
        words, k = self.doc.words, head.j
        while k < len(words) and not self.doc.gaps[k].strip():
            # the state right after the count, or after an auxiliary or two ("remain",
            # "still"); an auxiliary may itself open the state ("två av dem svårt")
            if any(tuple(w.norm for w in words[k : k + len(p)]) == p for p in self._alive_phrases):
                return True
            if k - head.j >= 2 or "one:aux" not in cats_at(self.marks, k):
                return False
            k += 1
        return False

    def _reported_after(self, k: int) -> bool:
        """A verb of reporting within four words after a zero's casualty noun ("no deaths were
        reported", "aucun mort n'a été signalé", "keine Toten gemeldet"; pack
        ``negation.reported``): none was reported, which says no harm is known, not that there
        was none, as Airwars keeps such a strike's deaths unknown, not zero."""
        reported = self.pack.words("negation", "reported")
        if not reported:
            return False
        sentence, words = self.doc.sentence, self.doc.words
        for t in range(k, min(k + 4, len(words))):  # "n'a été signalé"
            if sentence[t] != sentence[k] or (t > k and self.doc.gaps[t].strip(" '’")):
                return False
            if words[t].norm in reported:
                return True
        return False

    def _zero_of_telling(self, mention: Mention) -> bool:
        """A zero of what was told, not of the harm ("no mention of casualties", "no word on
        the dead", "no reports of injuries"; pack ``negation.told``): no count of anyone."""
        told = self.pack.raw.get("negation", {}).get("told", [])
        words = self.doc.words
        return mention.j < len(words) and words[mention.j].norm in told

    def _negated_zero(self, mention: Mention) -> bool:
        """A zero in a clause that a negation governs ("nicht, dass keine Menschen gestorben
        sind") is a double negation; "il n'y a eu aucun mort" (one negation) is not."""
        sentence = self.doc.sentence[mention.i]
        return any(
            self.doc.sentence[k] == sentence and self.marks.within("neg:clause", k + 1, mention.i)
            for k in self._negations(max(0, mention.i - 8), mention.i)
        )

    def _across_gathering(self, mention: Mention, head: Head, cue: Cue | None) -> bool:
        """A funeral word between the number and what it would count ("thousands took part in
        the funeral of the dead", "الآلاف في تشييع جثامين")."""
        end = max(head.j, cue.j if cue is not None and cue.i >= mention.j else 0)
        if self.marks.within("dis:gathering", mention.j, end):
            return not self._harmed_at_gathering(mention, head, cue)
        # a funeral verb right before the number: "وشيع المئات جثامين الشهداء" (hundreds buried)
        for cat, i, _ in self.marks.ending("dis", self._qualifier_start(mention)):
            if cat == "dis:gathering" and self.segs[i] == self.segs[mention.i]:
                return True
        return False

    def _harmed_at_gathering(self, mention: Mention, head: Head, cue: Cue | None) -> bool:
        """People at a funeral who were harmed themselves: the funeral word stands in a phrase
        after the counted person noun, and the count's own passive verb of harm follows with
        its auxiliary right before it and no number between ("Dozens of people in the funeral
        procession were killed", "onze villageois du cortège funèbre ont été tués"; pack
        ``distractors.gathering_passive``: the auxiliary of a passive; p17rep).
        Mourners of the dead ("took part in the funeral of the 12 killed") have a verb or
        the number of the dead between."""
        if cue is None or not head.who or head.j <= mention.j or cue.i <= head.j:
            return False
        if cue.i - head.j > _GATHERING_SUBJECT or self.doc.words[
            cue.i - 1
        ].norm not in self.pack.words("distractors", "gathering_passive"):
            return False
        if not self.marks.within("dis:gathering", head.j, cue.i):
            return False
        return all(
            self.segs[k] == self.segs[mention.i] and not self._number_at(k)
            for k in range(head.j, cue.i)
        )

    def _auxiliary(self, k: int) -> bool:
        cats = cats_at(self.marks, k)
        return ("one:aux" in cats or "fn:word" in cats) and "mod:found" not in cats

    def _present_agent(self, mention: Mention, cue: Cue) -> bool:
        """Whether a count stands right before a present-tense verb of killing ("they both
        kill", ``singular_victims.present_agent``): its subject, so the killers; a count after
        the verb ("Gunman kills 3") is its object."""
        return (
            cue.j - cue.i == 1
            and mention.j <= cue.i <= mention.j + 2
            and self.doc.sentence[cue.i] == self.doc.sentence[mention.i]
            and self.doc.words[cue.i].norm in self.pack.words("singular_victims", "present_agent")
        )

    def _agent(self, mention: Mention, head: Head, cue: Cue) -> bool:
        """The subject of an active killing verb with its own object ("three gunmen killed the
        owner", "two soldiers shot a boy") did the killing."""
        if cue.i < head.j or cue.j > len(self.doc.words):
            return False
        if cue.i - head.j > 2 and not self._second_verb(head.j, cue.i):
            return False
        if cue.j - cue.i == 1 and self.doc.words[cue.i].norm in self.pack.words(
            "singular_victims", "present_agent"
        ):
            return True  # "both gangs kill": a present-tense verb of killing has no passive
        if cue.j >= len(self.doc.words):
            return False
        if cue.i > mention.j and self._article_at(cue.i - 1):
            return False  # "drei der getöteten Patienten": an adjective after its article
        start = cats_at(self.marks, cue.j).get("one:manner", cue.j)  # "mataron a tiros al"
        if self._agent_word_at(start):
            return False  # "dödades av två män", "getötet von Soldaten": by whom, not whom
        k = start
        while (
            k < len(self.doc.words)
            and k < start + 3
            and (
                self.doc.words[k].norm in self.pack.of_words
                or "one:determiners" in cats_at(self.marks, k)
                or self.doc.words[k].norm in self.pack.singular
            )
        ):
            k += 1
        qualifier = (
            next(
                (end for cat, end in cats_at(self.marks, k).items() if cat in _PRE_QUALIFIERS), None
            )
            if k < len(self.doc.words)
            else None
        )
        if qualifier is not None and qualifier in self._mention_starts:
            k = qualifier  # "a gunman killed at least 26 people": the object is counted
        if k >= len(self.doc.words) or self.doc.gaps[cue.j].strip():
            return False
        if k in self._mention_starts and not self._unit_after(k) and not self._date_at(k):
            # not "12 people were killed 30 km north of the city" (a distance), nor "ont été
            # tuées le 12 mai", "murieron el 12 de mayo" (a date)
            return True
        if self._person_noun(k):
            return True
        if (  # "killed the shop owner": one modifier between the article and the person
            k > start
            and k + 1 < len(self.doc.words)
            and not self.doc.gaps[k + 1].strip()
            and k + 1 not in self._mention_starts
            and not self.doc.words[k].is_digit
            and self._person_noun(k + 1)
        ):
            return True
        # "two officers who fatally shot a Washington state man": a relative clause's active
        # verb may reach a person noun past a few modifiers
        relative = self.pack.raw.get("singular_victims", {}).get("relative", [])
        between = [w.norm for w in self.doc.words[head.j : cue.i]]
        if k == cue.j or not between or any(w not in relative for w in between):
            return False
        for t in range(k + 1, min(k + 4, len(self.doc.words))):
            if self.doc.gaps[t].strip() or t in self._mention_starts:
                return False
            if self._person_noun(t):
                return True
        return False

    def _article_at(self, k: int) -> bool:
        """Whether word ``k`` is an article or an "of" word: no verb follows one directly."""
        return self.doc.words[k].norm in self.pack.of_words or "one:determiners" in cats_at(
            self.marks, k
        )

    def _opens_next_clause(self, mention: Mention, head: Head, cue: Cue, cues: list[Cue]) -> bool:
        """Where a verb opens its clause (pack ``segments.verb_subject_object``), a casualty verb
        after a count, joined by "and" and with a count of its own right after it, opens the next
        clause: the count before belongs to the verb that opened its own ("قتل طفلان وامرأتان
        وأصيب ستة": the two women were killed, not injured)."""
        if not self.pack.raw.get("segments", {}).get("verb_subject_object", False):
            return False
        end = max(mention.j, head.j)
        if cue.i < end or cue.j not in self._mention_starts:
            return False
        joined = self.pack.joined_conjunction
        word = self.doc.words[cue.i].norm
        if not (joined and word.startswith(joined)) and not (
            cue.i > 0 and self.doc.words[cue.i - 1].norm in self.pack.conjunctions
        ):
            return False
        sentence = self.doc.sentence[mention.i]
        return any(
            c.j <= mention.i and c.measure != cue.measure and self.doc.sentence[c.i] == sentence
            for c in cues
        )

    def _verb_first_agent(self, mention: Mention, head: Head, cue: Cue) -> bool:
        """Where a verb opens its clause before its subject and then its object (pack
        ``segments.verb_subject_object``), a count right after an active casualty verb
        (``segments.transitive``) with a person after it is the subject: "قتل ثلاثة مسلحين صاحب
        المتجر" (three gunmen killed the shop owner), "أصاب 3 مسلحين طفلا" (hit a child). Words
        that only describe the count ("مسلحين مجهولين", "جنود إسرائيليين") are passed over; a
        person joined by "and" or set off by punctuation is another victim, no object."""
        segments = self.pack.raw.get("segments", {})
        if not segments.get("verb_subject_object", False):
            return False
        words, gaps, n = self.doc.words, self.doc.gaps, len(self.doc.words)
        if cue.j != self._qualifier_start(mention) or gaps[cue.j].strip():
            return False
        transitive = {normalize(w) for w in segments.get("transitive", [])}
        if not any(form in transitive for form in self.pack.forms(words[cue.i].norm)):
            return False
        t = max(mention.j, head.j)
        for _ in range(3):
            if t >= n or gaps[t].strip() or self.doc.sentence[t] != self.doc.sentence[cue.i]:
                return False
            cats = cats_at(self.marks, t)
            if words[t].norm in self.pack.conjunctions:
                return False  # "3 نساء و 6 أطفال": a count beside them
            joined = self.pack.joined_conjunction
            if joined and words[t].norm.startswith(joined) and len(words[t].norm) > 2:
                rest = self.pack.lexicon.categories(words[t].norm[len(joined) :])
                if t in self._mention_starts or any(c.startswith(("who:", "one:")) for c in rest):
                    return False  # "قتل 3 مسلحين وطفل", "ثلاث نساء وستة أطفال": beside them
            if t in self._mention_starts:
                # "قتل 3 مسلحين 5 أشخاص": the object counts persons; "ليلة 3 إلى 4 مارس",
                # "اللواء 93" count none
                # the first mention at t (sorted by start, ties in their order): a bisection
                counted = self._all_mentions[bisect_left(self._starts, t)]
                return bool(read_head(self.doc, counted, self.marks, self.pack).who)
            whos = [c for c in cats if c.startswith("who:")]
            if ("one:nouns" in cats and words[t].norm not in self._others_words()) or (
                whos and not set(whos) & set(_NOT_A_CATEGORY) and words[t].text.endswith("ا")
            ):  # a person noun, or one in the accusative: "صاحب المتجر", "فلسطينيا", "طفلا"
                if all(k != t for k, _ in self._verb_first_objects):
                    self._verb_first_objects.append((t, cue))
                return True
            if any(not c.startswith(("who:", "actor:")) for c in cats) or set(cats) & set(
                _NOT_A_CATEGORY
            ):
                return False
            if words[t].norm.startswith("ال"):
                return False  # a definite word describes no indefinite count
            t += 1  # an adjective of the subject: "مجهولين", "إسرائيليين"
        return False

    def _others_words(self) -> frozenset[str]:
        return _pack_words(self.pack.lang).others

    def _unit_after(self, k: int) -> bool:
        """Whether the number starting at word ``k`` counts a unit ("30 km", "5 vehicles"),
        never people."""
        end = self._mention_end.get(k, k + 1)
        return end < len(self.doc.words) and "dis:units" in cats_at(self.marks, end)

    def _of_the_hurt(self, mention: Mention) -> bool:
        """A bare count after "of the N injured," ("of the 327 wounded, only 180 remain in
        hospital", "de los 327 heridos, sólo 180 permanecen hospitalizados"): how many of those
        counted are still hurt, a state of a count already stated, not more harm."""
        words, k = self.doc.words, mention.i - 1
        cats = cats_at(self.marks, k) if k > 0 else {}
        inverted = (
            k > 3
            and not self.doc.gaps[mention.i].strip()
            and not self.doc.gaps[k].strip()
            and ("one:aux" in cats or "measure:injured" in cats)
            and "measure:injured" in cats_at(self.marks, k - 1)
        )
        if inverted:
            # the verb before the count after a fronted whole ("Av de 16 skadade är två i
            # livshotande tillstånd", "Von den 16 Verletzten sind zwei in Lebensgefahr")
            k -= 1
        while not inverted and k > 0 and mention.i - k <= 2 and not self.doc.gaps[k + 1].strip():
            k -= 1  # "only", "sólo"
        if (
            k < 3
            or ("," not in self.doc.gaps[k + 1] and not inverted)
            or self.doc.sentence[k] != self.doc.sentence[mention.i]
        ):
            return False
        if "measure:injured" not in cats_at(self.marks, k):
            return False
        if (k - 1) not in self._numeral_starts and words[k - 1].norm not in self.pack.of_words:
            return False  # "of the 327 wounded, 180 ...", "Of the injured, 15 remained ..."
        for t in range(mention.j, min(len(words), mention.j + 3)):
            if self.doc.gaps[t].strip():
                break
            if any(c in cats_at(self.marks, t) for c in MEMBER_WHO):
                return False  # "12 were children": a category of them, a claim of its own
        return any(
            words[t].norm in self.pack.of_words or self.marks.opens(t, "dis:denominator")
            for t in (k - 2, k - 3)
        )

    def _hurt_who_died(self, mention: Mention) -> Cue | None:
        """The killing verb of a part of the injured: "two of the injured later died", "dos de
        los heridos murieron después", "deux des blessés sont morts": those died, so the count
        is of the dead (a part of the wounded who are still hurt has no such verb). So are
        wounded counted with the verb right after their noun: "zwei weitere Schwerverletzte
        erlagen ihren Verletzungen", "dos heridos murieron", "two wounded people died"."""
        words, n = self.doc.words, len(self.doc.words)
        k, of = mention.j, False
        while k < min(n, mention.j + 3) and (
            words[k].norm in self.pack.of_words
            or "one:determiners" in cats_at(self.marks, k)
            or "fn:word" in cats_at(self.marks, k)  # an article: "los", "de"
            or "who:others" in cats_at(self.marks, k)  # "zwei weitere Verletzte"
        ):
            of = of or words[k].norm in self.pack.of_words
            k += 1
        if self.pack.head_first and "measure:injured" in cats_at(self.marks, mention.i):
            for cue in self._sentence_cues.get(self.doc.sentence[mention.i], []):
                if cue.measure == "killed" and cue.j == mention.i:
                    return cue  # the verb right before a dual of the wounded: "استشهد جريحان"
        if k >= n or "measure:injured" not in cats_at(self.marks, k):
            return None
        if not of and any("who:others" not in cats_at(self.marks, t) for t in range(mention.j, k)):
            return None  # "zwei der Verletzten", "zwei Verletzte", but not "zwei die Verletzten"
        end = cats_at(self.marks, k)["measure:injured"]
        verb = self._past_aux_and_later(end, n)
        for cue in self._sentence_cues.get(self.doc.sentence[k], []):
            if not of and (self.pack.head_first or not (end <= cue.i <= end + 1 or cue.i == verb)):
                continue  # wounded with no "of" only right before their verb ("zwei Verletzte
                # starben", "deux blessés ont ensuite succombé"), not "45 جريحا بعد الهجوم الذي
                # قتل": the attack killed others
            if cue.measure == "killed" and cue.j == mention.i and self.pack.head_first:
                return cue  # the verb first: "توفي اثنان من الجرحى"
            if cue.measure == "killed" and end <= cue.i <= end + _ONE_TO_CUE:
                between = range(end, cue.i)
                if self.doc.punct_between(end - 1, cue.i).strip() or any(
                    t in self._mention_starts for t in between
                ):
                    return None
                return cue
        return None

    def _past_aux_and_later(self, k: int, n: int) -> int:
        """The word after the auxiliaries and words of later time (``one:aux``,
        ``one:plural_aux``, pack ``measure_modifiers.later``) from word ``k``: where the verb
        of "ont ensuite succombé", "sont finalement morts" stands (p17fr)."""
        while k < n:
            cats = cats_at(self.marks, k)
            end = cats.get("mod:later") or cats.get("one:aux") or cats.get("one:plural_aux")
            if end is None or end <= k:
                break
            k = end
        return k

    def _attackers(self, mention: Mention, head: Head, cue: Cue | None) -> bool:
        """The counted subject of a clause closed by a comma and a casualty participle with its
        own count ("five soldiers ambushed the convoy, killing 3 civilians", "tres hombres
        irrumpieron en la casa, matando a dos"): the participle says what the subject did to
        that count, so the subject is not what it befell. Not inside a subset list."""
        if cue is None or cue.i < max(mention.j, head.j):
            return False
        k, words = cue.j, self.doc.words
        while k < min(len(words), cue.j + 2) and (
            words[k].norm in self.pack.of_words
            or ("one:determiners" in cats_at(self.marks, k) and len(words[k].norm) <= 2)
        ):
            k += 1  # "matando a dos personas": the object marker
        qualifier = (
            next((e for cat, e in cats_at(self.marks, k).items() if cat in _PRE_QUALIFIERS), None)
            if k < len(words)
            else None
        )
        if qualifier is not None and qualifier in self._numeral_starts:
            k = qualifier  # ", killing at least 20 people": the bound opens the count (p17en)
        if k not in self._numeral_starts or self.doc.punct_between(cue.j - 1, k).strip():
            return False  # the object is a count, right after its verb
        if self._in_subset(mention.i) or "," not in self.doc.gaps[cue.i]:
            return False  # only a participle right after the comma: ", killing 3"
        between = self.doc.punct_between(max(mention.j, head.j), cue.i)
        return not any(ch in ".;:!?" for ch in between)

    def _assailants_acting(self, head: Head, cue: Cue | None) -> bool:
        """A count of attackers (``who.assailants``) whose own clause goes on to an active
        casualty verb with a counted or personal object ("The 3 gunmen who stormed the mosque
        killed 5 worshippers", "Die 3 Angreifer im Alter von 18 bis 23 Jahren töteten 5
        Menschen", "Les 4 assaillants, âgés de 20 à 26 ans, ont tué 6 fidèles"): the attackers
        did the harm, across a relative clause or an age aside that ``_agent`` does not pass.
        Attackers whose own verb is passive ("3 attackers were killed") keep their claim."""
        if cue is None or cue.i < head.j or cue.i - head.j > _ASSAILANT_REACH:
            return False
        if cue.j >= len(self.doc.words):
            return False
        if not any(
            c == "who:assailants" for k in range(head.i, head.j) for c in cats_at(self.marks, k)
        ):
            return False
        if any(ch in ".;:!?()" for ch in self.doc.punct_between(head.j - 1, cue.i)):
            return False
        cues = self._sentence_cues.get(self.doc.sentence[cue.i], [])
        if any(head.j <= c.i < cue.i for c in cues):
            return False  # another casualty verb first: "3 attackers were shot after killing 2"
        k = cats_at(self.marks, cue.j).get("one:manner", cue.j)  # "mataron a tiros a"
        if k >= len(self.doc.words) or self.doc.gaps[cue.j].strip() or self._agent_word_at(k):
            return False  # "getötet von", "killed by": by whom
        while k < min(len(self.doc.words), cue.j + 3) and self._article_at(k):
            k += 1
        qualifier = next(
            (end for cat, end in cats_at(self.marks, k).items() if cat in _PRE_QUALIFIERS), None
        )
        if qualifier is not None and qualifier in self._mention_starts:
            k = qualifier  # "killed at least 5 people"
        if k >= len(self.doc.words):
            return False
        if k in self._numeral_starts:
            return not self._unit_after(k) and not self._date_at(k)
        return self._person_noun(k)

    def _next_by_agent(self, mention: Mention, cue: Cue, drafts: list[Draft]) -> bool:
        """A bare count after "and" and before an agent word, in the sentence of a count the
        same verb took ("330 of them by government forces and 120 by rebels", "killed by air
        strikes, including 12 children, and 29 by shelling"): the verb is elided, the count
        shares it, however far it stands (en14)."""
        i = mention.i
        if i == 0 or self.doc.words[i - 1].norm not in self.pack.conjunctions:
            return False
        if not self._agent_word_at(mention.j) or cue.i >= i:
            return False
        sentence = self.doc.sentence[i]
        return any(
            d.cue is cue and d.kind == "casualty" and self.doc.sentence[d.mention.i] == sentence
            for d in drafts[-4:]
        )

    def _earlier_of_risen(self, mention: Mention, drafts: list[Draft]) -> Draft | None:
        """A bare figure right after "from" that follows a toll's new figure, itself right
        after a toll-rise verb and "to" ("the toll from the attack rose to 12 from 9", "the
        number killed in the floods climbed to 58 from 41"): the earlier figure of the same
        toll, sharing its cue however far the toll noun stands; that toll's draft, or None
        (en15)."""
        at = self._from_before(mention, "qual:range_start")
        if at is None or at < 1:
            return None
        sentence = self.doc.sentence[mention.i]
        last = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if last is None or last.cue is None or self.doc.sentence[last.mention.i] != sentence:
            return None
        end = max(last.mention.j, last.head.j)
        if end != at and not any(  # "to 22 on Wednesday, from the 29 announced"
            c == "date:relative" and j == at for c, _, j in self.marks[end] if end < at
        ):
            return None
        if self.doc.gaps[at].strip() not in ("", ","):
            return None  # "rose to 12 from 9", "rose to 12, from 9 on Monday"
        rise = self._rise_before(last.mention)
        if rise is not None and last.cue.j <= rise < last.mention.i:
            return last
        # "cut the toll to 15 from the 18 reported": a bare new figure after "to" or "at"
        before = self._qualifier_start(last.mention) - 1
        new = self.pack.words("qualifiers", "new_figure")
        bare = not (last.head.who or last.head.others) and last.mention.j == end
        return last if bare and before >= 0 and self.doc.words[before].norm in new else None

    def _from_before(self, mention: Mention, category: str) -> int | None:
        """The start of the ``category`` phrase ("from", "up from") before a figure, past the
        pack's ``qualifiers.previous_fillers`` ("from the 18 reported", "up from an initial
        31"), or None: the earlier figure of a toll is told so (en16)."""
        fillers = self.pack.words("qualifiers", "previous_fillers")
        k = self._qualifier_start(mention)
        if k == mention.i:
            k -= 1
            while k >= 0 and mention.i - k <= 3 and self.doc.words[k].norm in fillers:
                k -= 1
        for cat, i, j in self.marks.ending("qual", k + 1):
            if cat == category and j == k + 1 and not self.doc.gaps[j].strip(" "):
                return i
        return None

    def _parallel_after_and(self, mention: Mention, cue: Cue, drafts: list[Draft]) -> bool:
        """A bare count right after "and" whose next word is the word right after the verb of
        the count before, that verb standing after its count ("two people died in the first
        blast on Monday and 5 in the second", "were wounded in the market ... and 13 in a
        camp"): the verb is elided, the count shares it however far it stands (en15)."""
        i, words, n = mention.i, self.doc.words, len(self.doc.words)
        if i == 0 or words[i - 1].norm not in self.pack.conjunctions or mention.j >= n:
            return False
        if self.doc.gaps[i].strip() not in ("", ",") or self.doc.gaps[mention.j].strip():
            return False
        sentence = self.doc.sentence
        previous = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if (
            previous is None
            or previous.cue is not cue
            or sentence[previous.mention.i] != sentence[i]
            or not max(previous.mention.j, previous.head.j) <= cue.i < i
            or cue.j >= n
        ):
            return False
        word = words[mention.j]
        if word.norm != words[cue.j].norm or not word.text.islower() or word.is_digit:
            return False
        # "and 20 in the bus survived": a verb of its own, no elided one
        own, k = self.segs[i], mention.j
        while k < n and self.segs[k] == own and sentence[k] == sentence[i]:
            if any(c == "dis:present" or c.startswith("measure:") for c in cats_at(self.marks, k)):
                return False
            k += 1
        return True

    def _ages_of_counted(self, mention: Mention, head: Head, drafts: list[Draft]) -> bool:
        """Bare numbers, alone or a list, right after a plural copula (``distractors.
        age_plural_copulas``) whose subject is a counted group of victims, read just before in the
        sentence with no toll noun or other count between: "the two men killed were 24 and 31",
        "both of the dead were 16" tell ages, no count (en15)."""
        copulas = self.pack.raw.get("distractors", {}).get("age_plural_copulas", [])
        if not copulas or head.who or head.measure or head.quantity or head.others:
            return False
        if mention.source not in ("digit", "word") or mention.qualifier != "exact":
            return False
        words, gaps, n = self.doc.words, self.doc.gaps, len(self.doc.words)
        sentence = self.doc.sentence
        k = mention.j  # nothing counted after it: an end, a list's next item or "years old"
        if (
            k < n
            and sentence[k] == sentence[mention.i]
            and not gaps[k].strip()
            and words[k].norm not in self.pack.conjunctions
            and k not in self._mention_starts
        ):
            return False
        t = mention.i - 1
        while (
            t >= 0
            and sentence[t] == sentence[mention.i]
            and (words[t].is_digit or words[t].norm in self.pack.conjunctions)
        ):
            t -= 1
        if t < 1 or sentence[t] != sentence[mention.i] or words[t].norm not in copulas:
            return False
        subject = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if subject is None or sentence[subject.mention.i] != sentence[t]:
            return False
        end = max(subject.mention.j, subject.head.j)
        if end > t or subject.mention.low is None or subject.mention.low < 2:
            return False
        if self.marks.within("mod:toll", end, t) or self._mention_between(end, t):
            return False
        own = subject.cue.i if subject.cue is not None else -1
        if any(  # "two soldiers were killed and the wounded were 12": the wounded's copula
            k != own and any(c.startswith("measure:") for c in cats_at(self.marks, k))
            for k in range(end, t)
        ):
            return False
        if subject.cue is None:
            return subject.head.measure is not None  # "both of the dead were 16"
        return subject.cue.i < t

    def _among_counted(self, head: Head, cues: list[Cue]) -> Cue | None:
        """The cue of a counted whole right after "among" that follows a part's noun, with no
        verb between ("3 health workers among 20 dead", "Children among 8 killed in air
        strike", pack ``who.among_after``): the part shares the whole's harm (en14)."""
        words, gaps, n = self.doc.words, self.doc.gaps, len(self.doc.words)
        for phrase in self.pack.raw.get("who", {}).get("among_after", []):
            parts = normalize(phrase).split()
            t = head.j + len(parts)
            if t >= n or [w.norm for w in words[head.j : t]] != parts:
                continue
            if any(gaps[g] != " " for g in range(head.j, t + 1)):
                continue
            if t not in self._mention_starts:
                continue
            for k in range(t + 1, min(n, t + 1 + _AMONG_WHOLE_REACH)):
                if gaps[k].strip():
                    break
                cue = next((c for c in cues if c.i == k), None)
                if cue is not None:
                    return cue
                for cat, end in cats_at(self.marks, k).items():
                    if cat.startswith("measure:"):  # "among 20 dead": the whole's noun of harm
                        return Cue(k, end, cat[8:])
        return None

    def _agent_word_at(self, k: int) -> bool:
        """Whether an agent word of a passive verb ("by", "av", "par") starts at word ``k``."""
        words = self.doc.words
        return any([w.norm for w in words[k : k + len(p)]] == p for p in self._agent_by)

    def _whole_of_share(self, mention: Mention) -> bool:
        """The whole a percentage is taken of ("more than 80% of Gaza's 2.3 million people",
        "90 percent of the 30,000 residents"): a share is no count, and the whole is the
        population it is of, not the harmed (a whole named by its harm, "40% of the 1,200
        dead", is a count of its own)."""
        words, k = self.doc.words, self._qualifier_start(mention) - 1
        first = self._sentence_start[self.doc.sentence[mention.i]]
        for t in range(k, max(first, k - 4) - 1, -1):
            if words[t].norm not in self.pack.of_words:
                continue
            while t > first and words[t - 1].norm in self.pack.of_words:
                t -= 1  # "of the"
            if t <= first:
                return False
            before = t - 1
            return (
                "qty:percent" in cats_at(self.marks, before)
                or "%" in self.doc.gaps[t]
                or t in self._percent_ends
            )
        return False

    def _whole_after_part(self, j: int) -> Cue | None:
        """The verb right after a whole joined to the part ending at word ``j`` ("23 passagers
        sur 45 sont morts"), which the whole's head took in: the part's verb."""
        at = part_before_whole(self.doc, self.pack, j, self._mention_starts)
        if at is None:
            return None
        k = bisect_left(self._starts, at)
        whole = self._all_mentions[k]
        sentence = self.doc.sentence[at]
        for cue in self._sentence_cues.get(sentence, []):
            if whole.j <= cue.i <= whole.j + 2:
                return cue
        return None

    def _whole_of_part(self, mention: Mention, head: Head) -> bool:
        """The whole after "N of the" ("two of the three children were killed", "deux des
        trois", "dos de los tres", "zwei der drei", "två av de tre"): the verb is the part's; the
        whole is no count of the harm unless its own noun phrase has a measure ("five of the
        12 people killed"), or unless a verb of being follows the verb ("five of the 12 people
        killed were children"); a verb that the whole's head took in ("av de 45 passagerarna
        omkom", "sur 45 sont morts") is the part's too."""
        if not (head.who or head.others) or mention.source not in ("digit", "word"):
            return False
        if head.measure and (
            head.i == mention.j
            and not self._auxiliary(head.i)
            and self.doc.words[head.i].norm not in self._copulas
        ):
            return False  # "23 civils sur 45 morts": the whole's own noun of harm
        raw = self.pack.raw
        determiners = {
            normalize(w)
            for w in raw.get("singular_victims", {}).get("determiners", [])
            + raw.get("attribution", {}).get("determiners", [])
        }
        # the article of a whole where a pack lists none ("sex av de 24 passagerarna":
        # ``distractors.denominator_opening``), as _whole_of_a_part reads it
        openings = self.pack.words("distractors", "denominator_opening")
        determiners |= {phrase.split()[-1] for phrase in openings} - self.pack.of_words
        words, gaps = self.doc.words, self.doc.gaps
        k, partitive = mention.i - 1, False
        # an owner named indefinitely takes its article between "of" and the whole ("sex av
        # en bondes åtta barn"): one word further back
        reach = 2
        if mention.i >= 3 and words[mention.i - 2].norm in self.pack.singular:
            reach += self._whole_owner(mention.i - 1, mention.i)
        while k > 0 and mention.i - k <= reach and not gaps[k + 1].strip():
            if words[k].norm in self.pack.of_words:
                partitive = True
            elif words[k].norm not in determiners and not self._whole_owner(k, mention.i):
                break
            k -= 1
        joined = joined_to_a_part(self.doc, self.pack, mention.i, self._mention_ends)
        if not joined and (
            not partitive or k + 1 == mention.i or (k + 1) not in self._mention_ends
        ):
            return False
        if head.measure:
            return not copula_after(self.doc, self._copulas, head.j)
        end = max(mention.j, head.j)
        return not any(  # "of the 12 people killed were children": the whole's own participle
            cue.i == end
            and not self._auxiliary(end)
            and not self._finite_verb(end)
            and copula_after(self.doc, self._copulas, cue.j)
            for cue in self._sentence_cues.get(self.doc.sentence[mention.i], [])
        )

    def _whole_owner(self, k: int, whole: int) -> bool:
        """Whether word ``k``, right before the whole's count, is a genitive owning the whole
        ("fem av bussens 40 passagerare", "300 av byns 1 200 invånare", pack ``segments.
        whole_owners``, globs): it stands where an article would ("av de 40"), so the verb is
        the part's. A qualifier of the whole ("av uppskattningsvis 40") is none."""
        if k + 1 != whole or any(c.startswith("qual:") for c in cats_at(self.marks, k)):
            return False
        return owns_the_whole(self.doc, self.pack, k)

    def _finite_verb(self, k: int) -> bool:
        """Whether word ``k`` is a finite casualty verb of the pack (``segments.finite_verbs``,
        globs). Where the verb comes second, right after the subject ("Sex av de 24 passagerarna
        omkom"), the verb after the whole is the sentence's, so the part's, not a participle
        of the whole's own ("five of the 12 people killed"); a pack without the list has none."""
        forms = self.pack.words("segments", "finite_verbs")
        word = self.doc.words[k].norm
        return any(fnmatchcase(word, f) for f in forms)

    def _counts_a_passive_agent(self, mention: Mention, head: Head) -> bool:
        """A count right after the agent word of a passive casualty verb counts who did it:
        "killed by two gunmen", "tuées par deux kamikazes", "a manos de dos atacantes", "على
        يد 3 مسلحين" (a phrase of several words needs no verb), "wurden von zwei Angreifern
        getötet" (after an auxiliary that opens a verb bracket). Only a few words (no stop, no
        number) may stand between the verb and a one-word agent: "killed on Sunday by three"."""
        words, sentence = self.doc.words, self.doc.sentence[mention.i]
        bracket = self.pack.raw.get("distractors", {}).get("bracket_aux", [])
        # "a manos de dos": the "de" of the phrase opens no range
        starts = {self._qualifier_start(mention), mention.i}
        for parts, start in ((p, s) for p in self._agent_by for s in starts):
            at = start - len(parts)
            if at < 1 or [w.norm for w in words[at:start]] != parts:
                continue
            if len(parts) > 1:
                return True
            if words[at - 1].norm in bracket:
                # "Zuvor war von 37 Toten die Rede": a count that names the harm is no agent
                return not head.measure
            for cue in self._sentence_cues.get(sentence, []):
                if (
                    cue.i < at
                    and at - _AGENT_REACH <= cue.j <= at
                    # "die Leichen von 20 Zivilisten": the bodies of, where "of" is "by" too
                    and not (cue.measure == "bodies_recovered" and cue.j == at)
                    and not self.doc.punct_between(cue.j - 1, start).strip()
                    and not any(t in self._mention_starts for t in range(cue.j, at))
                    # "die Zahl der Toten stieg von 12 auf 31": a toll's change, no agent
                    and not self.marks.within("mod:rise", cue.i, start)
                    and not self.marks.within("qual:change", cue.i, start)
                ):
                    return True
        return False

    def _crowd_agent(self, mention: Mention, head: Head) -> bool:
        """People counted right after the agent word of a passive ("fue despedido en octubre
        por cientos de vecinos", "was mourned by hundreds of residents", "a été enterré par des
        centaines d'habitants"; pack ``distractors.crowd_agent``): who honoured, buried or
        attacked, not victims of a verb of harm before them. A second crowd joined to the first
        by "and" (``companions.and``) is one too ("... y decenas de milicianos"). Only a person
        noun with no harm of its own is a crowd ("muertos por 12", "dead by the dozen" are
        not), only a vague many ("hundreds", "decenas") is one, and a toll's change ("rose by
        12 people") names no agent (p18es)."""
        agents = self.pack.words("distractors", "crowd_agent")
        # a crowd is a vague many: "killed along with two infants carried by their mother"
        # names its few by number
        if mention.source != "vague" or not agents or not head.who or head.measure:
            return False
        if head.quantity:
            return False
        words, sentence = self.doc.words, self.doc.sentence[mention.i]
        first = self._sentence_start[sentence]
        start = self._qualifier_start(mention)
        at = start - 1
        if at <= first:
            return False
        if words[at].norm in self.pack.words("companions", "and"):
            # the crowd before "and": its own count right after an agent word, no verb between
            cues = self._sentence_cues.get(sentence, [])
            before = [
                m
                for m in self.mentions
                if first < m.i and m.j <= at and at - m.j <= _CROWD_NOUN_REACH
            ]
            if not before:
                return False
            other = before[-1]
            if any(other.i <= c.i < start for c in cues):
                return False
            if any(p in self.doc.punct_between(other.i, start) for p in ",;:.()"):
                return False
            at = self._qualifier_start(other) - 1
            if at <= first:
                return False
        if words[at].norm not in agents or words[at - 1].is_digit:
            return False
        return not (
            self.marks.within("mod:rise", first, at) or self.marks.within("qual:change", first, at)
        )

    def _shooter(self, mention: Mention, head: Head) -> bool:
        """The counted subject of an active shooting verb that is no casualty cue: with its
        own object ("two officers shot the man, who later died"), or of one that needs none
        ("two deputies opened fire"), right after the subject or after a first predicate
        joined by "and". After an auxiliary the verb is passive ("two men were shot")."""
        sentence = self.doc.sentence[mention.i]
        for category, needs_object in (("one:shooting", True), ("one:firing", False)):
            for k in self.marks.within(category, head.j, head.j + _SHOOTER_REACH):
                if self.doc.sentence[k] != sentence:
                    break
                before = self.doc.words[k - 1].norm
                if (
                    k > head.j
                    and self._auxiliary(k - 1)
                    and before not in self.pack.conjunctions
                    and "," not in self.doc.gaps[k]  # "die maskiert waren, eröffneten": its own
                ):
                    continue
                verb = Cue(k, cats_at(self.marks, k)[category], "injured")
                if needs_object:
                    if self._agent(mention, head, verb):
                        return True
                elif (
                    k - head.j <= 2
                    or self._second_verb(head.j, k)
                    or self._aside_of_subject(head.j, k)
                ):
                    return True
        return False

    def _aside_of_subject(self, lo: int, hi: int) -> bool:
        """Whether the words ``[lo, hi)`` between a counted subject and its verb only describe
        the subject: a participle or place phrase ("two men riding a motorbike", "zwei Männer
        auf einem Motorrad") or a relative clause, set off by commas or not ("dos hombres que
        viajaban en moto", "drei Männer, die maskiert waren,"). Nobody else is named in it, and
        no number, casualty cue or stop stands in it: "three people near the mosque where
        soldiers opened fire" names the soldiers, so the three are not the ones who fired."""
        if hi - lo > _ASIDE_REACH or self._counted_or_cued(lo, hi):
            return False
        if any(self._person_noun(k) for k in range(lo, hi)):
            return False
        between = self.doc.punct_between(lo - 1, hi)
        if any(ch in ".;:!?()" for ch in between):
            return False
        if "," not in between:
            return True
        # commas only around a relative clause that opens right after the subject, and after
        # the closing one nothing but the verb's auxiliary ("trois hommes, qui ..., ont ouvert")
        if not (
            "," in self.doc.gaps[lo]
            and self.doc.words[lo].norm in self._relative_words()
            and between.count(",") == 2
        ):
            return False
        close = next(k for k in range(hi, lo, -1) if "," in self.doc.gaps[k])
        return all(self._auxiliary(k) for k in range(close, hi))

    def _inside_mention(self, k: int) -> bool:
        """Whether word ``k`` lies inside some mention: the furthest end among the mentions
        starting at or before ``k`` (a running maximum, built once per document on first use)
        passes it, not a test of every mention of the document per call."""
        if self._ends_upto is None:
            furthest, ends = -1, []
            for m in self._all_mentions:
                furthest = max(furthest, m.j)
                ends.append(furthest)
            self._ends_upto = ends
        at = bisect_right(self._starts, k)
        return at > 0 and self._ends_upto[at - 1] > k

    def _person_noun(self, k: int) -> bool:
        cats = cats_at(self.marks, k)
        if "one:nouns" in cats:
            return True
        for c in cats:  # (a loop: asked of the words around most counts)
            if c.startswith("who:") and c not in ("who:others", "who:subset", "who:partitive"):
                return True
        return False

    def _one_and_others(self, draft: Draft) -> bool:
        """ "the imam and 33 other members of his family died", "Name and 3 others were
        killed": the others are counted beside the one named before "and", so the toll is
        one more than the number."""
        mention, head = draft.mention, draft.head
        if draft.kind != "casualty" or not head.others or mention.source not in ("digit", "word"):
            return False
        k = self._qualifier_start(mention) - 1  # the "and"
        words, gaps = self.doc.words, self.doc.gaps
        if k < 1 or words[k].norm not in self.pack.conjunctions or gaps[k] != " ":
            return False
        if gaps[k + 1] != " " or self.doc.sentence[k - 1] != self.doc.sentence[mention.i]:
            return False
        one = k - 1
        if one in self._mention_starts or self._inside_mention(one):
            return False  # "two men and 3 others": a count of its own
        cats = cats_at(self.marks, one)
        if "one:nouns" in cats:
            return True
        word = words[one]
        return word.text[:1].isupper() and not cats and not word.is_digit

    def _role_and_count(self, draft: Draft) -> bool:
        """ "Piloten och fyra passagerare omkom", "The driver and two passengers were killed":
        one person named by a definite role noun (``singular_victims.nouns``; a definite article
        of ``segments.definite_articles`` before it) and a counted group of people joined by
        "and" as the subject of one verb (opening the sentence or right after the verb): the
        toll is one more than the number. A part category ("the mother and her three children")
        is a part a report counts apart, and an indefinite "a man" is a count of its own."""
        mention, head, cue = draft.mention, draft.head, draft.cue
        if cue is None and head.measure:
            cue = Cue(head.i, head.j, head.measure)  # "två besättningsmän saknas": the head's verb
        if draft.kind != "casualty" or draft.who != "people" or head.others or cue is None:
            return False
        if mention.source not in ("digit", "word"):
            return False
        q = self._qualifier_start(mention)
        k = q - 1  # the "and"
        words, gaps = self.doc.words, self.doc.gaps
        joined = self.pack.joined_conjunction
        if joined and q > 0 and self._joined_count(words[q].norm, joined):
            one = q - 1  # "قتل الطيار وأربعة ركاب": "and" written onto the count
        elif k < 1 or words[k].norm not in self.pack.conjunctions or gaps[k] != " ":
            return False
        else:
            one = k - 1
        if gaps[one + 1] != " " or self.doc.sentence[one] != self.doc.sentence[mention.i]:
            return False
        roles = self.pack.words("segments", "role_nouns")
        if "one:nouns" not in cats_at(self.marks, one) and not self._role_noun(one, roles):
            return False
        if self._inside_mention(one):
            return False
        if one in self._mention_starts:
            return False
        start = one
        if start > 0 and words[start - 1].norm in self.pack.words("segments", "definite_articles"):
            start -= 1
        first = self._sentence_start[self.doc.sentence[one]]
        return start == first or (cue.j == start and cue.i < start)

    def _role_noun(self, k: int, roles: frozenset[str]) -> bool:
        """Word ``k`` is a role noun of one person (``segments.role_nouns``), also with a
        definite article written onto it ("الطيار"; ``text.articles``)."""
        norm = self.doc.words[k].norm
        return norm in roles or any(form in roles for form in self.pack.forms(norm))

    def _joined_count(self, norm: str, joined: str) -> bool:
        """A count with "and" written onto it ("وأربعة", "و3"), not a number word that merely
        starts with the letter ("واحد", one)."""
        rest = norm[len(joined) :] if norm.startswith(joined) else ""
        return bool(rest) and (rest[0].isdigit() or rest in _number_words(self.pack.lang))

    def _verb_after_subset(self, mention: Mention, head: Head, cues: list[Cue]) -> Cue | None:
        """The verb a subject resumes after its parts set off by commas: "dozens of civilians,
        including five children, were injured" (not "killed", the verb before the subject)."""
        gaps = self.doc.gaps
        end = max(mention.j, head.j)
        if end >= len(self.doc.words) or "who:subset" not in cats_at(self.marks, end):
            return None
        if "," not in gaps[end]:
            return self._verb_after_bare_subset(mention, end, cues)
        sentence = self.doc.sentence[mention.i]
        after = [c for c in cues if c.i > end and self.doc.sentence[c.i] == sentence]
        if not after:
            return None
        cue = min(after, key=lambda c: c.i)
        if cue.i - end > _SUBSET_REACH or ";" in self.doc.punct_between(end, cue.i):
            return None
        closing = max((k for k in range(end + 1, cue.i + 1) if "," in gaps[k]), default=None)
        # the aside closes with a comma right before the verb and its auxiliaries
        if closing is None or cue.i - closing > 2 or self._mention_between(closing, cue.i):
            return None
        return cue

    def _verb_after_companion(self, mention: Mention, head: Head, cues: list[Cue]) -> Cue | None:
        """The verb of a subject whose count is joined to one more person described at length
        ("At least 10 soldiers and a commander of a militia group belonging to ... in the
        province of X were killed"): past any reach of a number, when "and" and an article of
        one follow the counted noun, no punctuation or other count stands before the verb, and
        the verb is the sentence's first after the count (p17en)."""
        end = max(mention.j, head.j)
        words = self.doc.words
        if end + 1 >= len(words) or words[end].norm not in self.pack.conjunctions:
            return None
        if words[end + 1].norm not in self.pack.singular:
            return None
        sentence = self.doc.sentence[mention.i]
        cue = next((c for c in cues if c.i > end and self.doc.sentence[c.i] == sentence), None)
        if cue is None or cue.i - end > _COMPANION_REACH:
            return None
        if self.doc.punct_between(end, cue.i).strip() or self._mention_between(end + 2, cue.i):
            return None
        return cue

    def _verb_after_bare_subset(self, mention: Mention, end: int, cues: list[Cue]) -> Cue | None:
        """The verb right after a subset told with no commas ("A guard died and eight people
        including three women were hurt"): the subject shares its part's verb, not the verb of
        the clause before "and" (p17en). Not a count that a verb right before it takes as its
        object ("killed 5 people including 2 children"), and only one count, the part's, with
        no punctuation, between."""
        if self._object_of_cue(self._qualifier_start(mention)):
            return None
        sentence = self.doc.sentence[mention.i]
        cue = next(
            (
                c
                for c in cues
                if c.i > end and self.doc.sentence[c.i] == sentence and not c.combined
            ),
            None,
        )
        if cue is None or cue.i - end > _BARE_SUBSET_REACH:
            return None
        if self.doc.punct_between(end, cue.i).strip():
            return None
        counts = [m for m in self._mention_starts if end < m < cue.i]
        if len(counts) != 1:
            return None
        # the part's count and noun, then the verb's auxiliaries: "three women were hurt"
        start = counts[0] + 1
        if not any(self._verb_words(k, cue.i) for k in range(start, min(cue.i, start + 3) + 1)):
            return None
        return cue

    def _verb_after_list(self, mention: Mention, head: Head, cues: list[Cue]) -> Cue | None:
        """The verb a subject shares with the list of its parts that ends right before it:
        "20 members of the family, including eight women, two of whom were pregnant, and six
        children were killed" (the parts and their asides may run past any reach of a number
        to its verb). The list opens with a subset marker after a comma, its last member is
        joined by a conjunction and stands right before the verb (auxiliaries aside), and no
        other casualty verb lies between."""
        gaps = self.doc.gaps
        end = max(mention.j, head.j)
        # the subject's own complement ("of the Example family") may stand before the comma
        comma = None
        for k in range(end, min(end + _COMPLEMENT_WORDS, len(gaps))):
            if not _CLAUSE_OR_BRACKET.isdisjoint(gaps[k]):
                comma = k
                break
        if comma is None or gaps[comma].strip() != "," or self._mention_between(end, comma):
            return None
        if any(end <= c.i < comma for c in cues):
            return None  # a verb of its own before the comma: "20 were killed, including ..."
        opened = comma
        if "who:subset" not in cats_at(self.marks, opened):
            return None
        sentence = self.doc.sentence[mention.i]
        after = [c for c in cues if c.i > opened and self.doc.sentence[c.i] == sentence]
        if not after:
            return None
        cue = min(after, key=lambda c: c.i)
        if cue.i - end > _LIST_VERB_REACH or ";" in self.doc.punct_between(end, cue.i):
            return None
        at = bisect_left(self._starts, cue.i) - 1
        if at < 0 or self._starts[at] <= opened:
            return None
        last = self._all_mentions[at]  # the list's last member, right before the verb
        k = self._mention_end.get(last.i, last.j)
        while k < cue.i and (self._auxiliary(k) or self._person_noun(k)):
            k += 1
        if k != cue.i or any(gaps[t].strip() for t in range(last.i + 1, cue.i + 1)):
            return None
        joined = self._qualifier_start(last) - 1
        if joined <= opened or self.doc.words[joined].norm not in self.pack.conjunctions:
            return None
        marker = max(
            (j for cat, i, j in self.marks.family("who") if i == opened and cat == "who:subset"),
            default=opened + 1,
        )
        return cue if self._only_parts(marker, joined) else None

    def _verb_after_asides(self, mention: Mention, head: Head, cues: list[Cue]) -> Cue | None:
        """The verb a long subject resumes after a run of asides set off by commas, however far
        ("a minimum of 19 civilians, at least two of whom were children, as well as one man
        whose status is unclear, and two fighters, including a commander, were killed"). Each
        aside opens on a relative pronoun, a subset or partitive marker, a conjunction or a
        "besides" phrase ("as well as", "ainsi que"); the last comma stands right before the
        verb and its auxiliaries. A cue inside an aside is the aside's own."""
        end = max(mention.j, head.j)
        opening = self._list_opening(end)
        if opening is None:
            return None
        sentence, gaps = self.doc.sentence[mention.i], self.doc.gaps
        for cue in cues:
            if cue.i <= opening or self.doc.sentence[cue.i] != sentence:
                continue
            if cue.i - end > _LIST_VERB_REACH:
                return None
            commas = [t for t in range(opening, cue.i + 1) if self._punct_at(t)]
            if any(gaps[t].strip() != "," for t in commas):
                return None
            if commas[-1] == opening or not self._verb_words(commas[-1], cue.i):
                continue
            if self.doc.words[commas[-1]].norm in self.pack.conjunctions:
                # "five women, one of whom was seven months pregnant, and wounded two
                # passers-by": "and" opens a second verb of the sentence's subject, not the one
                # the count resumes
                return None
            if self._mention_between(commas[-1], cue.i):
                continue
            if all(self._opens_aside(t) for t in commas[:-1]):
                return cue
            return None
        return None

    def _list_opening(self, end: int) -> int | None:
        """The first word after the comma that follows a counted noun ending at ``end`` or its
        short complement ("of one family"), with no count before it; None without."""
        stop = min(len(self.doc.words), end + _COMPLEMENT_WORDS)
        comma, gaps = None, self.doc.gaps
        for t in range(end, stop):  # (a loop: asked after most counted nouns)
            if not _CLAUSE_OR_BRACKET.isdisjoint(gaps[t]):
                comma = t
                break
        if (
            comma is None
            or self.doc.gaps[comma].strip() != ","
            or self._mention_between(end, comma)
        ):
            return None
        if comma > end and _COMPLEMENT_OPENERS.isdisjoint(cats_at(self.marks, end)):
            return None  # a complement opens on a preposition or article, not a verb ("remain")
        return comma

    def _opens_aside(self, t: int) -> bool:
        """Whether the words from ``t`` open an aside on the people counted: a relative pronoun
        among its first words ("at least two of whom"), a subset or partitive marker, a
        conjunction or a "besides" phrase ("as well as", "así como")."""
        words = self.doc.words
        limit = min(len(words), t + _RELATIVE_OPENER_WORDS)
        relative = self._relative_words()
        for k in range(t, limit):
            if k > t and self._punct_at(k):
                break
            if words[k].norm in relative or self._partitive_at(k):
                return True
        if words[t].norm in self.pack.conjunctions:
            return True
        return any(
            tuple(w.norm for w in words[t : t + len(phrase)]) == phrase
            for phrase in _besides_phrases(self.pack.lang)
        )

    def _verb_of_coordinated(
        self, mention: Mention, head: Head, cue: Cue | None, cues: list[Cue]
    ) -> Cue | None:
        """The verb after a subject joined to the one right before it: "five were killed and
        at least two children from the family and a man were injured" injures the two, whom
        the verb before ("killed") belongs to another clause. Only a count with no verb of its
        own whose nearest verb lies before it; the next count follows a conjunction after its
        noun (and a plain complement), and stands right before its verb."""
        if cue is None or cue.i >= mention.i:
            return None
        at = bisect_left(self._starts, max(mention.j, head.j))
        if at >= len(self._starts):
            return None
        following = self._all_mentions[at]
        joined = self._qualifier_start(following) - 1
        if joined < max(mention.j, head.j) or joined - max(mention.j, head.j) > _COMPLEMENT_WORDS:
            return None
        if self.doc.words[joined].norm not in self.pack.conjunctions:
            return None
        words_between = range(max(mention.j, head.j), joined + 1)
        if any(self.doc.gaps[k].strip() for k in words_between if k > mention.i):
            return None  # a comma or more: a list of clauses, not one subject
        if any(c.i in words_between for c in cues):
            return None
        sentence = self.doc.sentence[mention.i]
        after = [c for c in cues if c.i >= following.j and self.doc.sentence[c.i] == sentence]
        if not after:
            return None
        verb = min(after, key=lambda c: c.i)
        k = max(self._mention_end.get(following.i, following.j), following.j)
        while k < verb.i and (self._auxiliary(k) or self._person_noun(k)):
            k += 1
        if k != verb.i or any(self.doc.gaps[t].strip() for t in range(following.j, verb.i + 1)):
            return None
        return verb

    def _only_parts(self, lo: int, hi: int) -> bool:
        """Whether words ``[lo, hi)`` hold only a list of parts: counts with their qualifiers
        and nouns, person nouns, conjunctions, and asides that say more of a part, opened by a
        partitive or subset marker ("two of whom were pregnant", "parmi lesquelles deux
        étaient enceintes") and closed by a comma. Any other word is a
        clause of its own ("..., arrived at the hospital, and four men were killed")."""
        words, gaps = self.doc.words, self.doc.gaps
        k = lo
        while k < hi:
            at = bisect_left(self._starts, k)
            if at < len(self._starts) and self._qualifier_start(self._all_mentions[at]) == k:
                mention = self._all_mentions[at]
                k = max(self._mention_end.get(mention.i, mention.j), mention.j)
                continue
            cats = cats_at(self.marks, k)
            if "who:partitive" in cats or "who:subset" in cats:  # an aside, to its comma
                while k < hi and "," not in gaps[k + 1]:
                    k += 1
                k += 1
                continue
            if not (
                self._person_noun(k)
                or words[k].norm in self.pack.conjunctions
                or any(c.startswith(("qual:", "who:")) for c in cats)
            ):
                return False
            k += 1
        return True

    def _subset_of_nothing(self, mention: Mention, drafts: list[Draft]) -> bool:
        """A part ("including six in the back") of the number right before it that counted no
        casualties (wounds, shots, houses), in a sentence that counts none, counts none either."""
        start = self._qualifier_start(mention)
        if not any(i >= start - 3 for _, i, _ in self._subset_before(start)):
            return False
        at = bisect_left(self._starts, mention.i)
        if at == 0:
            return False
        before = self._all_mentions[at - 1]
        if self._is_date_or_time(before) or bare_year(self.doc, before):
            return False  # "On May 3rd 2023, the family, including up to 9 children": a date
        previous = before.i
        if self.doc.sentence[previous] != self.doc.sentence[mention.i]:
            return False
        if self._mention_between(previous + 1, start - 1):
            return False
        # "5 people were killed in 3 strikes, including 2 children": the part belongs to the
        # casualty count earlier in the sentence, not to the things counted in between
        sentence = self.doc.sentence[mention.i]
        return not any(
            d.kind == "casualty" and self.doc.sentence[d.mention.i] == sentence for d in drafts
        )

    def _accused(self, mention: Mention, head: Head, cue: Cue | None) -> bool:
        """A count charged with or arrested for the killing its cue names ("two men charged
        with murder", "three suspects accused of killing") counts suspects."""
        if cue is None or head.measure or cue.i < max(mention.j, head.j):
            return False
        sentence = self.doc.sentence[mention.i]
        return any(
            self.doc.sentence[k] == sentence
            for k in self.marks.within("dis:accused", mention.j, cue.i)
        )

    def _second_verb(self, lo: int, hi: int) -> bool:
        """Whether the words ``[lo, hi)`` between a subject and a killing verb are a first
        predicate joined by a conjunction ("armed men stormed the shop and shot dead the
        owner"), with no other number, cue or punctuation in between."""
        words, joined = self.doc.words, self.pack.joined_conjunction
        linked = any(words[k].norm in self.pack.conjunctions for k in range(lo, hi)) or bool(
            joined and hi < len(words) and words[hi].norm.startswith(joined)
        )
        if hi - lo > 8 or not linked:
            return False
        if self._counted_or_cued(lo, hi):
            return False
        return not any(ch in ".,;:()" for ch in self.doc.punct_between(lo - 1, hi))

    def _article_after(self, mention: Mention) -> bool:
        """An article right after the number: it counts nothing of what follows ("FOX 17 the
        gunman"), so a name's number stays a name's number whatever noun comes next."""
        k = mention.j
        articles = self.pack.raw.get("numbers", {}).get("articles_after_names", [])
        return (
            k < len(self.doc.words)
            and self.doc.gaps[k] == " "
            and self.doc.sentence[k] == self.doc.sentence[mention.i]
            and self.doc.words[k].text in articles
        )

    def _post_nominal(self, mention: Mention) -> bool:
        """ "one" after its noun is an adjective of that noun (Arabic "أسرة واحدة", one
        family): it counts victims only when that noun names people."""
        if mention.source != "word" or mention.j - mention.i != 1:
            return False
        i = mention.i
        if self.doc.words[i].norm not in self.pack.post_nominal or i == 0:
            return False
        if self.doc.gaps[i].strip() or self.doc.words[i - 1].is_digit:
            return False
        before = cats_at(self.marks, i - 1)
        return not any(c.startswith(("who:", "measure:")) for c in before)

    def _container(self, mention: Mention, drafts: list[Draft]) -> Draft | None:
        """The figure a subset belongs to: the casualty count before "including" (or before
        the previous member of the same list) in the same sentence."""
        if not drafts:
            return None
        previous = drafts[-1]
        if previous.kind != "casualty":
            return None
        start = self._qualifier_start(mention)
        if self.doc.sentence[previous.mention.i] != self.doc.sentence[mention.i]:
            # "... 40 were killed. Among them were 12 children": a sentence the marker opens
            # goes on with the figure the sentence before ended on
            return previous if self._opens_with_subset(previous, start) else None
        if any(
            i >= start - 3 and not self._mention_between(i, start)
            for _, i, _ in self._subset_before(start)
        ):
            return None if self._cue_between(previous, start) else previous
        if self._listed_after_subset(start, previous):
            return previous
        listed = previous.container
        if listed is not None:
            end = max(previous.mention.j, previous.head.j)
            between = [w.norm for w in self.doc.words[end:start]]
            joiners = self.pack.connectors | self.pack.conjunctions
            if len(between) <= 1 and all(w in joiners for w in between):
                return listed
        return None

    def _opens_with_subset(self, previous: Draft, start: int) -> bool:
        """Whether the number at ``start`` follows a subset marker that opens its sentence,
        the sentence right after the one of ``previous``, with no count between."""
        sentence = self.doc.sentence[start]
        if sentence != self.doc.sentence[previous.mention.i] + 1:
            return False
        opening = self._sentence_start[sentence]
        return any(
            i == opening and not self._mention_between(i, start)
            for _, i, _ in self._subset_before(start)
        )

    def _listed_after_subset(self, start: int, previous: Draft) -> bool:
        """Whether ``start`` is a later member of a list opened by a subset marker after the
        figure ``previous`` ("including a monk and a child", "entre ellos un monje y una
        mujer"): members that count nobody of a category ("a monk") still carry the list.
        Only words of plain noun phrases, commas and conjunctions may lie between."""
        words, gaps = self.doc.words, self.doc.gaps
        lo = max(previous.mention.j, previous.head.j, start - _LIST_REACH)
        joined = False
        for k in range(start - 1, lo - 1, -1):
            if any(ch in '.;:!?()"“”«»' for ch in gaps[k + 1]):
                return False
            cats = cats_at(self.marks, k)
            if k in self._mention_starts or words[k].is_digit:
                return False
            if any(c.startswith(("measure:", "qty:", "neg:")) for c in cats) or any(
                c in ("attr:before", "attr:after", "attr:report") for c in cats
            ):
                return False  # a verb or a source between: another clause
            if "who:subset" in cats:
                return joined and not self._cue_between(previous, k)
            joined = joined or words[k].norm in self.pack.conjunctions
        return False

    def _cue_between(self, previous: Draft, k: int) -> bool:
        """Whether a casualty cue other than the figure's own lies between ``previous`` and
        word ``k``: "nine died, and many were hurt, including ..." lists the hurt."""
        own = previous.cue
        lo = max(previous.mention.j, previous.head.j)
        cues = self._sentence_cues.get(self.doc.sentence[k], [])
        return any(lo <= c.i < k and (own is None or c.i != own.i) for c in cues)

    def _member_of_uncounted(self, mention: Mention, cue: Cue | None) -> bool:
        """ "Many were injured, including a child", "darunter die Mutter": one person named
        inside a plural with no figure is one of that clause's victims. The subset marker opens
        the mention, the cue stands before the marker in the sentence, and no count between
        them (a count there would be the container)."""
        if cue is None or cue.measure == "killed_or_injured":
            return False
        if self.doc.sentence[cue.i] != self.doc.sentence[mention.i]:
            return False
        markers = [i for _, i, _ in self._subset_before(mention.i)]
        if not markers:
            return False
        if cue.j > mention.i:
            return self._uncounted_subject(mention, cue, min(markers))
        if min(markers) < cue.j:
            return False
        return not self._mention_between(cue.j, min(markers))

    def _uncounted_subject(self, mention: Mention, cue: Cue, marker: int) -> bool:
        """ "Viele Menschen, darunter ein Baby, wurden verletzt": the plural with no figure is
        the subject before the marker, set off by a comma, and its verb follows the person
        named, with no count anywhere between the sentence start and the verb."""
        first = self._sentence_start[self.doc.sentence[mention.i]]
        if marker == first or "," not in self.doc.gaps[marker] or cue.i - mention.j > _LONE_REACH:
            return False
        if not self.marks.opens(marker - 1, "who:"):
            return False
        return not self._mention_between(first, mention.i) and not self._mention_between(
            mention.j, cue.i
        )

    def _subset_before(self, start: int) -> list[tuple[str, int, int]]:
        """Subset markers ("including", "darunter", "بينهم") ending at most two words before
        ``start`` with nothing but a function word between."""
        found = []
        linking = self._subset_verbs
        for k in range(max(0, start - 2), start + 1):
            for span in self.marks.ending("who", k):
                if span[0] == "who:subset" and (
                    k == start
                    or all(
                        "fn:word" in cats_at(self.marks, t)
                        or self.doc.words[t].norm in self.pack.function_words
                        or self.doc.words[t].norm in linking
                        for t in range(k, start)
                    )
                ):
                    found.append(span)
        return found

    def _sibling_part(
        self, mention: Mention, head: Head, cue: Cue | None, own: bool, drafts: list[Draft]
    ) -> Draft | None:
        """A bare count with a category after a verb of being, after a part of the same
        sentence: "six of them were children and three were women" (three women, of the
        part's measure)."""
        # "tres eran mujeres": the head read past the verb of being is its predicate
        predicate = head.who is not None and self._copula_between(mention.j, head.i)
        if (head.who and not predicate) or head.measure or (own and cue is not None) or not drafts:
            return None
        previous = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if (
            previous is None
            or not previous.head.partitive
            or self.doc.sentence[previous.mention.i] != self.doc.sentence[mention.i]
        ):
            return None
        who = head.who if predicate else self._predicate_who(mention, head)
        if who is None:
            return None
        return Draft(mention, head, "casualty", previous.measure, who, None, False)

    def _copula_between(self, i: int, j: int) -> bool:
        """Whether words ``[i, j)`` are one or more verbs of being across plain spaces."""
        words = self.doc.words
        return i < j and all(
            (words[t].norm in self._copulas or words[t].text.lower() in self._copulas)
            and not self.doc.gaps[t].strip()
            for t in range(i, j)
        )

    def _inherited(
        self, mention: Mention, head: Head, cue: Cue | None, own: bool, drafts: list[Draft]
    ) -> Draft | None:
        previous = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if previous is None and cue is None:
            return None
        if (
            head.partitive
            and not own
            and (cue is None or cue.j <= mention.i)  # not "58 of whom were killed"
            and self._part_of_uncounted(mention, previous)
        ):
            return None  # "seized 251 hostages, 58 of whom are still held": a part of hostages
        if head.partitive and not own and self._part_of_things(mention, previous):
            return None  # "Eight bombs exploded, three of them at churches, killing 250"
        sentence = self.doc.sentence
        if cue is None and previous and self._sentences_apart(previous.mention.i, mention.i) > 1:
            return None  # "12,000 additional people were evacuated" paragraphs after a toll
        if (
            cue is None
            and previous
            and head.others
            and head.who
            and not head.partitive
            and sentence[mention.i] != sentence[previous.mention.i]
        ):
            return None  # "... 194 injured. The hospital called in 120 additional doctors."
        later = (
            cue is not None
            and not own
            and cue.i >= max(mention.j, head.j)
            and not any(
                not self._subset_before(k)
                for k in self._starts[
                    bisect_left(self._starts, max(mention.j, head.j)) : bisect_left(
                        self._starts, cue.i
                    )
                ]
            )
        )
        if (
            later
            and head.partitive
            and cue is not None
            and previous is not None
            and sentence[previous.mention.i] == sentence[mention.i]
            and "," in self.doc.punct_between(max(mention.j, head.j) - 1, cue.i)
            and "," in self.doc.gaps[self._qualifier_start(mention)]
        ):
            # "killed five people, two of them children, and injured 12": the part set off by
            # commas is of the count before it, not of the next clause's verb
            later = False
        # a verb between the last count and the others governs them: "killed three people and
        # injured the doctor and five others" (five injured, not killed)
        between = (
            cue is not None
            and not own
            and cue.j <= mention.i
            and sentence[cue.i] == sentence[mention.i]
            and (previous is None or cue.i >= previous.mention.j)
        )
        measure = resolve_measure(
            head, cue if own or later or between or previous is None else None, False
        )
        if measure is None:
            measure = previous.measure if previous else None
        if measure is None:
            return None
        if previous is not None and previous.container is not None:
            previous = previous.container  # "others" after a subset: the whole group
        inherited = previous.who if previous else "people"
        who = (
            (
                self._part_who(head)
                or self._predicate_who(mention, head)
                or self._antecedent_who(mention)
                or "people"
            )
            if head.partitive
            # "two of them were children and four were women": the bare count's own predicate
            else head.who or self._predicate_who(mention, head) or inherited
        )
        if who == "people":
            who = self._predicate_who(mention, head) or who
        draft = Draft(mention, head, "casualty", measure, who, cue if own else None, own)
        if (
            head.partitive
            and previous is not None
            and previous.measure == measure
            and sentence[previous.mention.i] == sentence[mention.i]
        ):
            # "killed five people, two of them children, and injured 12": a part of the five, so
            # a bare count after it is of the five's group, not the part's (_elided_who)
            draft.container = previous
        return draft

    def _predicate_who(self, mention: Mention, head: Head) -> str | None:
        """The category a verb of being gives the count: "ten of the dead were children",
        "1,500 were women", "drei der Toten waren Soldaten" (children, women, fighters)."""
        if not self._copulas:
            return None
        k = max(mention.j, head.j)
        words = self.doc.words
        if self._whole_of_a_part(mention) or self._share_of_the_whole(mention):
            return None  # "half of the 300 killed were women": the part is, not the whole
        # a partitive the head left out may come first: "tres de las víctimas eran niños"
        for _ in range(4):
            if k >= len(words) or any(ch in ".,;:!?؟،()" for ch in self.doc.gaps[k]):
                return None
            if words[k].norm in self._copulas or words[k].text.lower() in self._copulas:
                break
            cats = cats_at(self.marks, k)
            if not (
                words[k].norm in self.pack.function_words
                or words[k].text.lower() in self.pack.function_words
                or any(c.startswith(("measure:", "head:")) for c in cats)
            ):
                return self._inverted_predicate(mention, k)
            k += 1
        else:
            return None
        # an article or a modifier may stand before the noun: "were all young children"
        for t in range(k + 1, min(len(words), k + 4)):
            if any(ch in ".,;:!?؟،()" for ch in self.doc.gaps[t]):
                return None
            cats = cats_at(self.marks, t)
            if any(c.startswith(("measure:", "qty:", "head:")) for c in cats):
                return None  # "were killed", "were wounded": a verb, not a category
            whos = [c for c in cats if c.startswith("who:") and c not in _NOT_A_CATEGORY]
            if whos:
                who = preferred_who(whos)
                end = max(cats[c] for c in whos)
                if who == "people" and end < len(words) and not self.doc.gaps[end].strip(" "):
                    # a noun of people modifying the next one: "were volunteer fighters"
                    after = [
                        c
                        for c in cats_at(self.marks, end)
                        if c.startswith("who:") and c not in _NOT_A_CATEGORY
                    ]
                    who = preferred_who(after) if after else who
                if "grp:nouns" in cats and who == "people":  # "were members of a militia"
                    end = max(cats[c] for c in whos)
                    who = member_group(self.doc, end, self.marks, self.pack) or who
                return "other" if self._second_category(t, who) else who
            if words[t].is_digit or split_number_word(words[t].norm, self.pack) is not None:
                return None
        return None

    def _inverted_predicate(self, mention: Mention, k: int) -> str | None:
        """The category closing a clause whose verb of being stands before the count, as it
        does after a fronted phrase (verb second): "Enligt polisen är sex av de dödade barn"
        (children). Only past a partitive of casualties ("av de dödade"), so that the noun
        can be nothing but the predicate."""
        words, gaps = self.doc.words, self.doc.gaps
        i = mention.i
        if i == 0 or gaps[i].strip() or not self._copula_between(i - 1, i):
            return None
        if not any(
            c.startswith("measure:") for t in range(mention.j, k) for c in cats_at(self.marks, t)
        ):
            return None
        cats = cats_at(self.marks, k)
        whos = [c for c in cats if c.startswith("who:") and c not in _NOT_A_CATEGORY]
        if not whos:
            return None
        end = max(cats[c] for c in whos)
        if end < len(words) and not any(ch in ".,;:!?" for ch in gaps[end]):
            return None  # the noun goes on: not the clause's last word
        return preferred_who(whos)

    def _second_category(self, t: int, who: str) -> bool:
        """Whether a category noun at ``t`` is joined by "and" to one of another category
        ("were women and children"): one number of two groups, ``other``."""
        words = self.doc.words
        end = max((j for c, _, j in self.marks[t] if c.startswith("who:")), default=t + 1)
        if end + 1 >= len(words) or any(ch in ".,;:!?؟،()" for ch in self.doc.gaps[end]):
            return False
        if words[end].norm not in self.pack.conjunctions:
            return False
        if end + 2 < len(words) and words[end + 1].norm in determiner_words(self.pack) | (
            self.pack.of_words
        ):
            end += 1  # "des femmes et des enfants"
        second = [
            c
            for c in cats_at(self.marks, end + 1)
            if c.startswith("who:") and c not in _NOT_A_CATEGORY
        ]
        return bool(second) and preferred_who(second) != who

    def _whole_of_a_part(self, mention: Mention) -> bool:
        """Whether the count is the whole a part is taken from ("most of the 40 killed", "70
        percent of the 40,000 killed"), not "all of the 12 killed"."""
        words = self.doc.words
        k, of = self._qualifier_start(mention) - 1, False
        # the article of a whole where a pack lists none ("av de 21 dödade": ``distractors.
        # denominator_opening``), and a genitive article that is "of" itself ("der 21 Toten")
        openings = self.pack.words("distractors", "denominator_opening")
        the = determiner_words(self.pack) | (
            {phrase.split()[-1] for phrase in openings} - self.pack.of_words
        )
        first = k
        while k >= 0 and first - k < 2 and words[k].norm in self.pack.of_words | the:
            norm = words[k].norm
            # an article that is also "of" is "of" right after the part's count ("Sieben der")
            of = of or (norm in self.pack.of_words and (norm not in the or k in self._mention_ends))
            k -= 1
        if not of or k < 0 or self.doc.sentence[k] != self.doc.sentence[mention.i]:
            return False
        totals = self.pack.raw.get("segments", {}).get("totals", [])
        return words[k].norm not in totals

    def _share_of_the_whole(self, mention: Mention) -> bool:
        """Whether a share word (pack ``segments.parts``) takes the count as its whole across
        "of" and articles: "Die Hälfte der 500 Toten", "Hälften av de 400 dödade" (the share is
        what a verb of being describes, not the whole)."""
        parts = _share_words(self.pack.lang)
        words = self.doc.words
        k = self._qualifier_start(mention) - 1
        glue = self.pack.of_words | self.pack.function_words | determiner_words(self.pack)
        for _ in range(2):
            if k < 0 or self.doc.sentence[k] != self.doc.sentence[mention.i]:
                return False
            if self.doc.gaps[k + 1].strip() or words[k].norm not in glue:
                return False
            k -= 1
            if k >= 0 and words[k].norm in parts and not self.doc.gaps[k + 1].strip():
                return True
        return False

    def _part_of_things(self, mention: Mention, previous: Draft | None) -> bool:
        """A partitive count ("three of them") set off by a comma right after a count of
        things (bombs, rockets, strikes: a quantity noun) and its verb, with no casualty counted
        before it in the sentence ("Eight bombs exploded, three of them at churches, killing
        250 people"): the part is of the things, not of the victims the next clause counts."""
        start = self._qualifier_start(mention)
        if start == 0 or "," not in self.doc.gaps[start]:
            return False
        if (
            previous is not None
            and self.doc.sentence[previous.mention.i] == self.doc.sentence[start]
        ):
            return False
        k = bisect_left(self._starts, start) - 1
        if k < 0:
            return False
        before = self._all_mentions[k]
        end = self._mention_end.get(before.i, before.j)
        if self.doc.sentence[before.i] != self.doc.sentence[start] or not 0 <= start - end <= 2:
            return False
        cats = [c for t in range(before.j, start) for c in cats_at(self.marks, t)]
        if any(c.startswith(("measure:", "who:")) for c in cats):
            return False
        return any(c.startswith("qty:") and c != "qty:abducted" for c in cats)

    def _part_of_uncounted(self, mention: Mention, previous: Draft | None) -> bool:
        """A partitive count ("58 of whom", "dont 34") set off by a comma right after another
        count of people, its noun of one or two words, that made no casualty claim ("seized 251
        hostages, 58 of whom are still held", "arrested 40 men, 8 of whom"): the part is of
        those hostages or detainees, not of the casualty counted earlier in the sentence. A
        count of things or a date before it ("in 3 villages, 5 of them children") is no whole
        the part can be of."""
        start = self._qualifier_start(mention)
        if start == 0 or "," not in self.doc.gaps[start]:
            return False
        k = bisect_left(self._starts, start) - 1
        if k < 0:
            return False
        before = self._all_mentions[k]
        end = self._mention_end.get(before.i, before.j)
        if self.doc.sentence[before.i] != self.doc.sentence[start] or not 0 <= start - end <= 2:
            return False
        if previous is not None and previous.mention.i >= before.i:
            return False  # the count before is the casualty claim the part is of
        cats = [c for t in range(end, start) for c in cats_at(self.marks, t)]
        if any(c.startswith("measure:") for c in cats):
            return False
        return any(c == "qty:abducted" or c.startswith("who:") for c in cats)

    def _antecedent_who(self, mention: Mention) -> str | None:
        """The category of the noun a partitive takes up, set off by a comma right before the
        count: "the militants, 40 of whom were killed" (fighters)."""
        i = mention.i
        if i == 0 or self.doc.gaps[i].strip() not in (",", "،"):
            return None
        if self.doc.sentence[i - 1] != self.doc.sentence[i]:
            return None
        whos = [
            c
            for c in cats_at(self.marks, i - 1)
            if c.startswith("who:") and c not in _NOT_A_CATEGORY
        ]
        return preferred_who(whos) if whos else None

    def _part_who(self, head: Head) -> str | None:
        """The category named right after "of them" ("three of them children")."""
        for k in range(head.j, min(len(self.doc.words), head.j + 2)):
            whos = [
                c
                for c in cats_at(self.marks, k)
                if c.startswith("who:") and c not in _NOT_A_CATEGORY
            ]
            if whos:
                return preferred_who(whos)
        return None

    def _toll_before(self, mention: Mention) -> Cue | None:
        """A toll noun names the number that follows it ("the death toll rose to 40"), also
        far back in the sentence when a rise verb leads to the number ("the toll at the
        hospital, which ..., has since risen to over 60")."""
        own = self.segs[mention.i]
        for k in range(max(0, mention.i - 5), mention.i):
            for cat, i, j in self.marks[k]:
                if (
                    cat == "mod:toll"
                    and self.segs[i] == own
                    and mention.i - j <= 3
                    and not self._mention_between(j, mention.i)
                ):
                    return Cue(i, j, "killed")
        rise = self._rise_before(mention)
        if rise is None:
            return None
        first = self._sentence_start[self.doc.sentence[mention.i]]
        tolls = self.marks.within("mod:toll", first, rise)
        if tolls:
            return Cue(tolls[-1], tolls[-1] + 1, "killed")
        return None

    def _toll_opens_next(self, mention: Mention) -> Cue | None:
        """A toll noun opening the sentence after a short one with no cue at all, which only
        counts people ("At least 72 civilians, including 20 children. The toll was revised
        up on Thursday"): the headline-like count is the toll's, the dead."""
        sentence = self.doc.sentence[mention.i]
        starts = self._sentence_start
        if sentence + 1 >= len(starts):
            return None
        nxt = starts[sentence + 1]
        if nxt - starts[sentence] > _TOLL_HEADLINE_WORDS:
            return None
        for k in range(nxt, min(nxt + 2, len(self.doc.words))):
            for cat, i, j in self.marks[k]:
                if cat == "mod:toll" and i <= nxt + 1:
                    return Cue(i, j, "killed")
        return None

    def _toll_who(self, mention: Mention) -> str | None:
        """The one category named in the toll a rise verb leads to a bare figure ("the number
        of children killed rose to 50", "die Zahl der getöteten Zivilisten liegt bei 90"), also
        where the toll stands after its verb ("ارتفع عدد القتلى المدنيين ... إلى 57 قتيلا") or
        words stand between ("stieg bis zum Abend auf 41"), and for each figure of a list the
        verb leads to ("est passé à 52 morts et 140 blessés")."""
        rise = self._rise_before(mention)
        if rise is None:
            rise = self._far_rise(mention)
        if rise is None:
            return None
        start = min(rise, mention.i)  # "ist auf 50 gestiegen": the verb comes last
        first = self._sentence_start[self.doc.sentence[mention.i]]
        if self._count_between(first, start):
            return None  # a count between ("... in the first three months totalled")
        end = mention.i if rise < mention.i else start
        # not a lone victim's clause before the toll's ("استشهدت امرأة في القصف، ليرتفع عدد
        # الشهداء إلى تسعة": nine people, not nine women) (arde15)
        first = self._after_lone_clause(first, start)
        whos = {
            c
            for k in range(first, end)
            for c in cats_at(self.marks, k)
            if c.startswith("who:")
            and c not in _NOT_A_CATEGORY
            and c != "who:people"
            and self._harm_beside(k, first, end)
        }
        return preferred_who(list(whos)) if len(whos) == 1 else None

    def _after_lone_clause(self, first: int, start: int) -> int:
        """The first word after the last comma before ``start`` where a casualty word of its
        own stands before that comma (a victim told in a clause before the toll's), else
        ``first``."""
        gaps = self.doc.gaps
        for k in range(start, first, -1):
            if any(ch in ",;:،؛" for ch in gaps[k]):
                told = any(
                    first <= cue.i < k and cue.measure in ("killed", "injured")
                    for cue in self._sentence_cues.get(self.doc.sentence[first], [])
                )
                return k if told else first
        return first

    def _shared_noun_who(self, head: Head) -> str | None:
        """The category of a noun two figures share when the first has only its participle:
        "63 getötete und 214 verletzte Zivilisten", "12 killed and 30 injured children" (a noun
        written with a capital, "5 Tote und 12 verletzte Zivilisten", counts the dead alone)."""
        words = self.doc.words
        j = head.j
        if (
            head.j - head.i != 1
            or not words[head.i].text[:1].islower()
            or j + 1 >= len(words)
            or words[j].norm not in self.pack.conjunctions
            or self.doc.punct_between(head.i, j + 1).strip()
            or j + 1 not in self._mention_end
        ):
            return None
        verb = self._mention_end[j + 1]
        ends = [end for cat, end in cats_at(self.marks, verb).items() if cat.startswith("measure:")]
        if (
            not ends
            or max(ends) >= len(words)  # the measure word ends the text: no noun after it
            or self.doc.punct_between(j + 1, max(ends)).strip()
        ):
            return None
        whos = [
            c
            for c in cats_at(self.marks, max(ends))
            if c.startswith("who:") and c not in _NOT_A_CATEGORY and c != "who:people"
        ]
        return preferred_who(whos) if whos else None

    def _toll_risen_to(self, mention: Mention, head: Head, cue: Cue) -> bool:
        """Whether a toll-rise verb leads from ``cue`` to the figure ("el número de muertos se
        elevó a 64 tras el bombardeo"): the toll's figure, however many words the verb has,
        even with no noun after it (in its own sentence: a headline's "Toll Rises to 55" has
        the next line's first word after it, no noun of its own)."""
        rise = self._rise_before(mention)
        return (
            rise is not None
            and cue.j <= rise < mention.i
            and self.doc.sentence[head.i] == self.doc.sentence[mention.i]
        )

    def _far_rise(self, mention: Mention) -> int | None:
        """Start of a toll-rise verb further back in the figure's clause than
        :meth:`_rise_before` reaches, with no count between but the figures of a list of
        casualty nouns the verb leads to ("34 قتيلا و80 جريحا"): a toll that names its
        category between verb and figure may name it far from the figure."""
        at = self._list_start(mention.i)
        own = self.segs[at]
        for k in range(at - 1, max(-1, at - _FAR_RISE_WORDS - 1), -1):
            if self.segs[k] != own:
                return None
            if "mod:rise" in cats_at(self.marks, k):
                return None if self._count_but_date_between(k, at) else k
        return None

    def _count_but_date_between(self, lo: int, hi: int) -> bool:
        """Whether a count that is no date starts in ``[lo, hi)`` ("منذ ... 12 شباط/فبراير إلى
        186": the day is no figure of the toll)."""
        for k in self._starts[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]:
            end = self._mention_end.get(k, k + 1)
            if end < len(self.doc.words) and self.marks.opens(end, "date:"):
                continue
            if self._count_between(k, k + 1):
                return True
        return False

    def _list_start(self, at: int) -> int:
        """The first figure of a list of "N casualty-noun and" ending at word ``at``."""
        words = self.doc.words
        while True:
            previous = bisect_left(self._starts, at) - 1
            if previous < 0:
                return at
            start = self._starts[previous]
            between = range(self._mention_end.get(start, start + 1), at)
            if not between or not all(
                words[k].norm in self.pack.conjunctions or self.marks.opens(k, "measure:")
                for k in between
            ):
                return at
            if not self.marks.opens(between[0], "measure:"):
                return at
            at = start

    def _harm_beside(self, k: int, first: int, end: int) -> bool:
        """Whether a casualty word stands right beside word ``k`` ("getöteten Kinder",
        "children killed", "civils tués") within ``[first, end)``, or before it and "of"
        ("الضحايا من المدنيين", "deaths of civilians")."""
        if any(first <= t < end and self.marks.opens(t, "measure:") for t in (k - 1, k + 1)):
            return True
        return (
            first <= k - 2
            and self.doc.words[k - 1].norm in self.pack.of_words
            and self.marks.opens(k - 2, "measure:")
        )

    def _risen_from(self, mention: Mention, drafts: list[Draft]) -> Cue | None:
        """The cue of X in "rose from X to ``mention``": the new figure of the same toll."""
        at = mention.i
        if (
            not drafts
            or at < 2
            or not any(c == "qual:range_join" for c, _, _ in self.marks[at - 1])
        ):
            return None
        previous = drafts[-1]
        if previous.kind != "casualty" or previous.mention.j != at - 1 or previous.cue is None:
            return None
        return previous.cue if self._rise_before(mention) is not None else None

    def _running_total(self, mention: Mention, drafts: list[Draft]) -> Draft | None:
        """The count before, when a bare figure after a rise verb closes its sentence's list of
        counts: "4 bodies on Tuesday and 3 more on Wednesday, so the figure rises to 14" (14
        bodies)."""
        if not drafts or mention.source != "digit" or self._rise_before(mention) is None:
            return None
        previous = drafts[-1]
        if (
            previous.kind != "casualty"
            or previous.negated
            or self.doc.sentence[previous.mention.i] != self.doc.sentence[mention.i]
            or self._mention_between(previous.mention.j, mention.i)
        ):
            return None
        return previous

    def _figure_before(self, mention: Mention, drafts: list[Draft]) -> Draft | None:
        """The toll told in this sentence or the one before, when "the figure" (pack
        ``measure_modifiers.figure``: "siffran") stands a few words before a bare number in its
        clause: "Antalet döda har stigit till 146. Tidigare låg siffran på 97" (97 dead)."""
        if not drafts or mention.source not in ("digit", "word"):
            return None
        own = self.segs[mention.i]
        figure = next(
            (
                j
                for k in range(max(0, mention.i - 5), mention.i)
                for cat, i, j in self.marks[k]
                if cat == "mod:figure" and self.segs[i] == own and mention.i - j <= 3
            ),
            None,
        )
        if figure is None or self._mention_between(figure, mention.i):
            return None
        sentence = self.doc.sentence[mention.i]
        for previous in reversed(drafts):  # back to the sentence before only, no further
            if sentence - self.doc.sentence[previous.mention.i] > 1:
                return None
            if (
                previous.kind == "casualty"
                and previous.mention.source != "zero"
                and not previous.negated
            ):
                return previous
        return None

    def _rise_before(self, mention: Mention) -> int | None:
        """Start of a toll-rise verb ending at most three words before the number, or before
        the first number of "rose from 90 to 170"."""
        at = mention.i
        if at >= 2 and any(c == "qual:range_join" for c, _, _ in self.marks[at - 1]):
            previous = bisect_left(self._starts, at - 1) - 1
            if previous >= 0 and self._mention_end.get(self._starts[previous]) == at - 1:
                at = self._starts[previous]
        for k in range(max(0, at - 6), at):
            for cat, i, j in self.marks[k]:
                if cat == "mod:rise" and j <= at and (at - j <= 3 or self._plain_words(j, at)):
                    return None if self._mention_between(j, at) else i
        for k in (mention.j, mention.j + 1):  # verb last: "ist auf 44 gestiegen"
            if k < len(self.doc.words) and "mod:rise" in cats_at(self.marks, k):
                return None if self._mention_between(mention.j, k) else k
        return None

    def _plain_words(self, lo: int, hi: int) -> bool:
        """Whether words ``[lo, hi)`` are at most ``_RISE_GAP`` words of one clause naming no
        person, harm or other count: a time between a toll's verb and its figure ("stieg bis
        zum Abend auf 19", "rose in the course of the day to 19")."""
        if hi - lo > _RISE_GAP or any(
            ch in ",;:()" for k in range(lo + 1, hi + 1) for ch in self.doc.gaps[k]
        ):
            return False
        return not any(
            cat.startswith(("who:", "measure:", "qty:", "dis:units"))
            for k in range(lo, hi)
            for cat, _, _ in self.marks[k]
        )

    def _counted_speakers(self, mention: Mention, head: Head) -> bool:
        """A count of speaker nouns right after "according to" or "reported by" ("enligt flera
        bybor", "reported by over ten sources")."""
        first = self._qualifier_start(mention)
        cue = False
        for k in range(max(0, first - 3), first):  # (loops: asked of most counts)
            for c, _, j in self.marks[k]:
                if j >= first - 1 and c in _SOURCE_CUES:
                    cue = True
                    break
        if not cue or self._said_that(first) or self._source_before(first):
            return False
        verb = next(
            (
                k
                for k in range(head.j, min(len(self.doc.words), head.j + 4))
                # or a verb of finding or burying: "the mayor said 260 residents had been
                # buried in mass graves" (en14)
                if self.marks.opens(k, "measure:") or self.marks.opens(k, "mod:found")
            ),
            None,
        )
        if (
            verb is not None
            and (head.who == "other" or "actor:residents" in cats_at(self.marks, head.i))
            and self.segs[verb] == self.segs[mention.i]
            and not self._mention_between(head.j, verb)
        ):
            # "the ministry said 17 medics were killed": a count of people with a role of
            # their own (medics, police) and its own verb is no source; nor are the people of
            # a place ("the mayor said 90 residents were still missing")
            return False
        for k in {head.i, mention.j}:
            cats = cats_at(self.marks, k) if k < len(self.doc.words) else {}
            if "attr:nouns" in cats or any(c.startswith("actor:") for c in cats):
                return True
        return False

    def _source_before(self, first: int) -> bool:
        """Whether the word right before a count names the source of the cue before it: the
        cue has its speaker, and the count is the victims ("starben nach Angaben des
        Zivilschutzes vier Sanitäter": the medics died, the civil defence speaks)."""
        if first == 0:
            return False
        cats = cats_at(self.marks, first - 1)
        if "attr:nouns" not in cats and not any(c.startswith("actor:") for c in cats):
            return False
        # the cue ends before that word: it is the cue's complement, not part of the cue
        return not any(
            c in _SOURCE_CUES and j >= first
            for k in range(max(0, first - 4), first)
            for c, _, j in self.marks[k]
        )

    def _said_that(self, first: int) -> bool:
        """Whether the word before a count is the pack's "that" (``attribution.complementizers``):
        the count opens what was said, so it counts the said victims, never the sayers ("The army
        says that 500 rebels were killed", "Armén hävdar att över 500 rebeller har dödats"), also
        where the noun names a party that speaks elsewhere (rebels, police, residents)."""
        if first == 0:
            return False
        that = complementizer_words(self.pack)
        return any(f in that for f in self.pack.forms(self.doc.words[first - 1].norm))

    def _said_by(self, mention: Mention) -> bool:
        """Whether a lone person comes right after an inverted verb of saying, after the comma
        that closes what was said (``attribution.inverted``: "23 döda, säger en läkare på
        sjukhuset till SVT"): the person is its subject and speaks, and a cue after them ("på
        sjukhuset") tells where they work. Without the comma ("police said a man was killed")
        the person is what was said."""
        inverted = self.pack.words("attribution", "inverted")
        for n in (1, 2):
            i = mention.i - n
            if i < 0 or "," not in self.doc.gaps[i]:
                continue
            if " ".join(w.norm for w in self.doc.words[i : mention.i]) in inverted:
                return True
        return False

    def _speaks(self, k: int) -> bool:
        """Whether an attribution verb follows right at word ``k`` ("a witness said")."""
        return k < len(self.doc.words) and "attr:after" in cats_at(self.marks, k)

    def _breakdown(self, mention: Mention, head: Head, drafts: list[Draft]) -> bool:
        """A bare count of the dead or hurt right before its word that breaks down a total of
        casualties before it ("civilian casualties totalled 1,783, with 573 killed"; pack
        ``segments.breakdown``): its noun is the total's."""
        if head.measure not in ("killed", "injured") or head.i != mention.j or mention.i == 0:
            return False
        opener = self.pack.raw.get("segments", {}).get("breakdown", [])
        if self.doc.words[mention.i - 1].norm not in opener:
            return False
        here = self.doc.sentence[mention.i]
        last = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        return (
            last is not None
            and last.measure == "killed_or_injured"
            and self.doc.sentence[last.mention.i] == here
        )

    def _count_between(self, lo: int, hi: int) -> bool:
        """Whether a mention starts in ``[lo, hi)`` that is no year nor span of time ("civilian
        casualties in the first three months totalled 1,783": the months count nothing)."""
        words = self.doc.words
        for k in self._starts[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]:
            if _year_word(words[k]):
                continue  # a year counts nothing ("tués depuis 2013 s'élève à 174")
            end = self._mention_end.get(k, k + 1)
            if end < len(words) and words[end].norm in self._time_units:
                continue
            return True
        return False

    def _counted_or_cued(self, lo: int, hi: int) -> bool:
        """Whether a number or a casualty cue of the sentence starts in ``[lo, hi)``."""
        cues = self._sentence_cues.get(self.doc.sentence[lo], [])
        return self._mention_between(lo, hi) or any(lo <= c.i < hi for c in cues)

    def _mention_between(self, lo: int, hi: int) -> bool:
        """Whether a mention starts at a word in ``[lo, hi)``."""
        at = bisect_left(self._starts, lo)
        return at < len(self._starts) and self._starts[at] < hi

    def _elided_who(self, mention: Mention, drafts: list[Draft]) -> str | None:
        """An elided noun is carried over: "8 soldiers died and about 20 [soldiers] more".

        Drafts are in text order, so the walk back stops at the first earlier sentence: the cost
        is the sentence's drafts, not the document's."""
        sentence = self.doc.sentence
        here = sentence[mention.i]
        for draft in reversed(drafts):
            there = sentence[draft.mention.i]
            if there < here:
                return None
            if draft.kind == "casualty" and there == here:
                # a part listed inside a figure ("five killed, including two children, and 12
                # wounded"): the bare count after the list is of the figure's group, not the part's
                return draft.container.who if draft.container is not None else draft.who
        return None

    _ELIDED_MEASURES = frozenset({"killed", "injured", "missing", "killed_or_injured"})

    def _bare_before_its_verb(self, mention: Mention, head: Head) -> bool:
        """A bare count right before its casualty word that opens the next clause after "and"
        or a comma: its noun is elided, the one counted before ("tre soldater dödades och elva
        skadades", "drei Soldaten wurden getötet und elf verletzt": eleven soldiers). Bodies
        and the displaced are no such repeat ("and 40 bodies were found")."""
        if head.measure not in self._ELIDED_MEASURES or head.i != mention.j or mention.i == 0:
            return False
        if mention.source not in ("digit", "word", "vague"):
            return False
        words, gaps = self.doc.words, self.doc.gaps
        # a qualifier opens the count: "killed and at least 3,101 injured" (not the "de" that
        # may open a range: "35 civils tués et de 37 blessés" stays as written)
        first = self._qualifier_start(mention)
        if "qual:range_start" in cats_at(self.marks, first):
            first = mention.i
        if first == 0:
            return False
        before = first - 1
        if gaps[first].strip() == ",":
            return True
        for phrase in _besides_phrases(self.pack.lang):
            # "29 niños murieron, además de 48 heridos": "in addition to" joins like "and"
            start = first - len(phrase)
            if (
                start > 0
                and tuple(w.norm for w in words[start:first]) == phrase
                and not any(gaps[t].strip() for t in range(start + 1, first + 1))
                and self.doc.sentence[start - 1] == self.doc.sentence[mention.i]
            ):
                return True
        conjunction = words[before].norm
        # "and" written onto the count is split off it: "قتلوا و9 فقدوا" (and nine missing)
        joined = conjunction == self.pack.joined_conjunction and not gaps[first].strip()
        return (joined or conjunction in self.pack.conjunctions) and not gaps[before].strip()

    def _day_before_month(self, month: int) -> bool:
        """ "20 October", "20 de octubre": the month's day is already written before it, so a
        number after it counts ("On 20 October 7 people were killed")."""
        words = self.doc.words
        k = month - 1
        if k > 0 and words[k].text.casefold() in self.pack.of_words:
            k -= 1  # "20 de octubre"
        return k >= 0 and words[k].is_digit and len(words[k].norm) <= 2

    _DAY_JOIN = 3  # short words between two days of one month ("au", "et le", "auf den")

    def _day_before_day(self, mention: Mention) -> bool:
        """A day joined by a few short words to another day that a month follows: "du 3 au 4
        mars", "del 3 al 4 de marzo", "les 3 et 4 mars", "mellan den 3 och 4 mars", "vom 3. auf
        den 4. März": the first number is a day of the same date. The words between are one of
        the pack's ``dates.day_joins``, with no clause break."""
        doc, i, j = self.doc, mention.i, mention.j
        if mention.source != "digit" or j - i != 1 or not (1 <= (mention.low or 0) <= 31):
            return False
        n = len(doc.words)
        t = j
        while t < n and t - j < self._DAY_JOIN and not doc.words[t].is_digit:
            if any(ch in ",;:()" for ch in doc.gaps[t]):
                return False
            t += 1
        if t == j or t >= n or not doc.words[t].is_digit or len(doc.words[t].text) > 2:
            return False
        joined = " ".join(doc.words[k].norm for k in range(j, t))
        joins = self._day_joins
        if joined not in joins:
            return False  # "killed 5 on 3 March": a count, then the date
        month = t + 1
        if month < n and doc.words[month].norm in self.pack.of_words:
            month += 1
        return month < n and "date:months" in cats_at(self.marks, month)

    def _day_after_day(self, mention: Mention) -> bool:
        """The second day of a range written month first: "March 3 and 5", "March 3 to 5",
        "between March 3 and 5": a day joined by the pack's ``dates.day_joins`` to a day right
        after a month name is a day of the same date, no count."""
        doc, i, j = self.doc, mention.i, mention.j
        if mention.source != "digit" or j - i != 1 or not (1 <= (mention.low or 0) <= 31):
            return False
        if len(doc.words[i].text) > 2 or (j < len(doc.words) and self.marks.opens(j, "who:")):
            return False  # "on March 3 and 5 others were hurt": a count of people
        t = i - 1
        while t >= 0 and i - t <= self._DAY_JOIN and not doc.words[t].is_digit:
            if any(ch in ",;:()" for ch in doc.gaps[t + 1]):
                return False
            t -= 1
        if t < 1 or t == i - 1 or not doc.words[t].is_digit or len(doc.words[t].text) > 2:
            return False
        joined = " ".join(doc.words[k].norm for k in range(t + 1, i))
        joins = self._day_joins
        return joined in joins and "date:months" in cats_at(self.marks, t - 1)

    def _day_after_day_from(self, mention: Mention) -> bool:
        """The second day of a range opened by a contracted article that only a day takes
        (pack ``dates.day_from``: "du", "del"): "dans la nuit du 3 au 4", "del 3 al 4": a
        month need not follow, as a count is never written "du 3 au 4" ("de 3 à 4 morts")."""
        doc, i, j = self.doc, mention.i, mention.j
        if mention.source != "digit" or j - i != 1 or not (1 <= (mention.low or 0) <= 31):
            return False
        if i < 3 or len(doc.words[i].text) > 2 or doc.words[i - 2].norm == doc.words[i].norm:
            return False
        first = doc.words[i - 2]
        if not (first.is_digit and len(first.text) <= 2 and first.norm.isdigit()):
            return False
        if not 1 <= int(first.norm) < (mention.low or 0):
            return False
        if any(ch in ",;:()" for k in range(i - 2, i + 1) for ch in doc.gaps[k]):
            return False
        if j < len(doc.words) and (self.marks.opens(j, "who:") or self.marks.opens(j, "measure:")):
            return False  # "du 3 au 4 blessés"? a count of people after all
        froms = self.pack.words("dates", "day_from")
        return doc.words[i - 1].norm in self._day_joins and doc.words[i - 3].norm in froms

    def _rate(self, mention: Mention) -> bool:
        """A number joined by a rate word (``distractors.rate_per``: "per", "pro", "pour", "por
        cada") to another number, on either side: "12 per 100,000 people" counts no one, it
        says how often (dist13)."""
        doc, i, j = self.doc, mention.i, mention.j
        rates = self._rate_words
        if not rates or mention.source != "digit":
            return False
        words, n = doc.words, len(doc.words)
        for size in (1, 2):  # the rate word after the number, then a number
            phrase = " ".join(w.norm for w in words[j : j + size])
            if j + size < n and phrase in rates and words[j + size].is_digit:
                return not any(ch in ",;:()" for k in range(j, j + size + 1) for ch in doc.gaps[k])
        for size in (1, 2):  # a number, then the rate word, then this number
            k = i - size
            phrase = " ".join(w.norm for w in words[max(0, k) : i])
            if k >= 1 and phrase in rates and words[k - 1].is_digit:
                return not any(ch in ",;:()" for t in range(k, i + 1) for ch in doc.gaps[t])
        return False

    @cached_property
    def _rate_words(self) -> frozenset[str]:
        """The pack's ``distractors.rate_per``, normalised once per document."""
        return self.pack.words("distractors", "rate_per")

    def _is_date_or_time(self, mention: Mention) -> bool:
        """Whether ``mention`` is a date, time, age or code, not a count; asked for most
        mentions twice (as a modifier, then when read), so remembered per reading of it."""
        memo = self._date_memo
        if memo is None:
            return self._date_or_time(mention)
        key = (
            mention.i,
            mention.j,
            mention.value,
            mention.low,
            mention.high,
            mention.qualifier,
            mention.source,
            mention.percent,
            mention.ordinal,
            mention.decimal,
        )
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._date_or_time(mention)
        return found

    def _date_or_time(self, mention: Mention) -> bool:
        doc, i, j = self.doc, mention.i, mention.j
        if correlative(doc, mention, self.marks, self.pack):
            return True  # "both deaths and injuries": a pair joined, not a count
        if ratio_predicate(doc, mention, self.pack, self._copulas):
            return True  # "one in three of those killed was a child": a share, not a count
        if mention.source not in ("digit", "word"):
            return False
        n = len(doc.words)
        if mention.source == "digit" and (
            numeric_date_or_code(doc, mention)
            or digit_run(doc, mention)
            or caliber_or_dimension(doc, mention)
            or hyphenated_name(doc, mention)
            or compound_modifier(doc, mention)
            or size_compound(doc, mention, self.pack)
            or list_number(doc, mention)
            or year_before_event(doc, mention, self.pack)
            or year_with_short_end(doc, mention)
        ):
            return True  # "12/30/2001", "9/11", "2019-07-14", "COVID-19", "F-16", "2008-09"
        if proportion(doc, mention, self.marks, self.pack):
            return True  # "1 in 3 children": a ratio
        if j < n and "date:months" in cats_at(self.marks, j):
            return True
        if (  # "29 de agosto", "the 3rd of May"
            j + 1 < n
            and doc.words[j].norm in self.pack.of_words
            and "date:months" in cats_at(self.marks, j + 1)
        ):
            return True
        if (
            mention.source == "digit"
            and j + 1 < len(doc.words)
            and doc.words[j].text.casefold() in self.pack.of_words
            and "date:months" in cats_at(self.marks, j + 1)
        ):
            return True  # the day of "17 de marzo"
        if (  # "March 17"; not "en février, 6.884 civils" (a clause break after the month)
            i > 0
            and "date:months" in cats_at(self.marks, i - 1)
            and mention.source == "digit"
            and mention.low is not None
            and 1 <= mention.low <= 31  # "In March 40 civilians were killed": no day
            and not any(ch in ",;:" for ch in doc.gaps[i])
            and not self._day_before_month(i - 1)
        ):
            return True
        if (  # "19 رجب 1446", "5 Ramadan 1445": four digits after a day and its month are
            # the year, also of a calendar whose years are no plain years
            mention.source == "digit"
            and j - i == 1
            and i > 1
            and len(doc.words[i].text) == 4
            and "date:months" in cats_at(self.marks, i - 1)
            and doc.words[i - 2].is_digit
            and len(doc.words[i - 2].text) <= 2
            and not any(ch in ",;:" for ch in doc.gaps[i] + doc.gaps[i - 1])
        ):
            return True
        if self._day_after_weekday(mention):
            return True  # "el sábado 14 murieron 3", "lördagen den 14": the day of a date
        if self._day_before_day(mention):
            return True  # "du 3 au 4 mars", "del 3 al 4 de marzo", "den 3 och 4 mars"
        if self._day_after_day(mention):
            return True  # "March 3 and 5", "March 3 to 5"
        if self._day_after_day_from(mention):
            return True  # "dans la nuit du 3 au 4", "en la noche del 3 al 4"
        if self._rate(mention):
            return True  # "12 per 100,000 people", "8 pro 100.000 Einwohner": a rate
        if mention.plain_year and any(  # "March 17, 2017", "October 27th, 2023": a date's year
            "date:months" in cats_at(self.marks, k) for k in range(max(0, i - 3), i)
        ):
            return True
        gap_after = doc.gaps[j] if j < len(doc.gaps) else ""
        if mention.source == "digit" and self._clock_or_list(mention):
            return True
        if (
            mention.source == "digit"
            and gap_after.startswith((":", "h"))
            and j < len(doc.words)
            and doc.words[j].is_digit
        ):
            return True
        if j < len(doc.words) and "date:time_markers" in cats_at(self.marks, j):
            return True
        before = self._ending_at(i)
        opening = self._qualifier_start(mention)
        if (
            opening < i
            # "abrite quelque 3 millions", "a town of about 3,000": an estimate of a whole, not
            # "estimated at more than 50 dead", where the qualifier bounds a toll
            and "qual:about" in cats_at(self.marks, opening)
            and "dis:before" in self._ending_at(opening)
            and not any(cat == "mod:rise" for cat, _, _ in self.marks.ending("mod", opening))
        ):
            before.add("dis:before")  # "qui compte près de 60 000", "abrite quelque 3 millions"
        if "dis:before" in before and any(
            cat == "mod:rise" for cat, _, _ in self.marks.ending("mod", i)
        ):
            before.discard("dis:before")  # "the toll stands at 35", "remained at 13": a toll
        if "dis:before" in before and self._toll_again(i):
            before.discard("dis:before")  # "put the toll at 31 dead, and at 35 a week later"
        if "dis:before" in before and self._framed_before(i):
            before.discard("dis:before")  # "Bei den Toten handelt es sich um vier Männer"
        if "date:time_markers" in before and self._time_closed_before(i, j):
            before.discard("date:time_markers")  # "um 9 Uhr zwei Passanten": the time is done
        if before & {"dis:before", "date:time_markers"} and not any(
            ch in ",;:()" for ch in doc.gaps[i]
        ):
            return True  # not "in the past 48 hours, 30 people were killed"
        if mention.plain_year and "dis:year_before" in before:
            return True
        if mention.plain_year and self._year_before_verb_and_count(mention):
            return True
        return self._is_age(mention) or self._age_of_noun(mention)

    def _framed_before(self, i: int) -> bool:
        """Whether the word before word ``i`` (one of ``distractors.before``, "um") closes a
        phrase of ``distractors.before_frames`` ("handelt es sich um": they are): it opens
        whom the count names, no time or distance (arde15)."""
        frames = self.pack.words("distractors", "before_frames")
        words = self.doc.words
        for frame in frames:
            parts = frame.split()
            lo = i - len(parts)
            if lo >= 0 and [w.norm for w in words[lo:i]] == parts:
                return True
        return False

    def _toll_again(self, i: int) -> bool:
        """Whether the word before word ``i`` ends a toll's rise phrase given earlier in the
        sentence ("put the toll at 31 dead on Monday, and at 35 on Friday", "put the number
        of dead at 12, then at 19") and a join (pack ``[second_toll] joins``) or a comma stands
        before it: a second toll the source gave, no time or place; why: the phrase's last
        word alone ("at") is also a distractor's."""
        doc = self.doc
        if i < 2:
            return False
        k = i - 1
        joins = self.pack.words("second_toll", "joins")
        if doc.words[k - 1].norm not in joins and "," not in doc.gaps[k]:
            return False
        sentence = doc.sentence[i]
        for t in range(k - 1, 0, -1):
            if doc.sentence[t] != sentence:
                return False
            if (
                doc.words[t - 1].norm == doc.words[k].norm
                and any(cat == "mod:rise" for cat, _, _ in self.marks.ending("mod", t))
                and self._number_at(t)
            ):
                return True
        return False

    def _number_at(self, t: int) -> bool:
        """Whether a number starts at word ``t``."""
        return t in self._mention_starts

    def _year_before_verb_and_count(self, mention: Mention) -> bool:
        """A year right before a casualty verb whose own count follows it ("Vid dådet 2019
        dödades 51 personer", "beim Anschlag 2016 starben 12 Menschen"): the verb's subject is
        the count after it, so the year is none."""
        doc, j = self.doc, mention.j
        if j >= len(doc.words) or doc.gaps[j].strip():
            return False
        ends = [end for cat, end in cats_at(self.marks, j).items() if cat.startswith("measure:")]
        if not ends:
            return False
        end = max(ends)
        for k in range(end, min(end + 3, len(doc.words))):
            if doc.gaps[k].strip():
                return False
            if k in self._mention_starts:
                return True
            if not any(c in _BEFORE_A_COUNT for c in cats_at(self.marks, k)):
                return False  # only "minst", "ytterligare" between the verb and its count
        return False

    def _clock_or_list(self, mention: Mention) -> bool:
        """The minutes of a clock time ("12:10"), a reference mark ("[5]") or a list number at
        the start of a line ("3. ", "3) ") are not counts."""
        doc, i, j = self.doc, mention.i, mention.j
        before = doc.gaps[i]
        after = doc.gaps[j] if j < len(doc.gaps) else ""
        if i > 0 and before in (":", "h", "H") and doc.words[i - 1].is_digit:
            return True
        if i > 0 and before == "." and self._dotted_clock(i):
            return True  # "klockan 10.16", "um 10.16 Uhr": hours and minutes
        if after == "." and j < len(doc.words) and self._dotted_clock(j):
            return True  # the hour of "gegen 14.30 Uhr"
        if before.rstrip(" ").endswith("[") and after.lstrip(" ").startswith("]"):
            return True
        line_start = i == 0 or "\n" in before
        if (
            before == "."
            and doc.words[i - 1].is_digit
            and (i == 1 or "\n" in doc.gaps[i - 1])
            and after[:1] in (" ", ".")
        ):
            return True  # a section number at a line start: "5.2 Of them ..."
        if (
            line_start
            and after == "."
            and j < len(doc.words)
            and doc.words[j].is_digit
            and (j + 1 >= len(doc.gaps) or doc.gaps[j + 1][:1] in (" ", "."))
        ):
            return True  # its chapter: the "5" of "5.2"
        return line_start and after[:1] in (".", ")") and after[1:2] in (" ", "\t")

    def _day_after_weekday(self, mention: Mention) -> bool:
        """A day of the month right after a weekday ("Saturday 14", "samedi 14", "lördagen den
        14", "السبت 14"), unless a person noun follows it ("on Saturday 14 people died") or a
        comma sets it off ("early Sunday, 26 bodies")."""
        doc, i, j = self.doc, mention.i, mention.j
        if mention.source != "digit" or not 1 <= mention.value <= 31 or i == 0:
            return False
        k = i - 1
        if k > 0 and doc.words[k].norm in self.pack.raw.get("dates", {}).get("day_articles", []):
            k -= 1  # "lördagen den 14", "Samstag, dem 14."
        if "date:weekdays" not in cats_at(self.marks, k) or any(ch in ",;:" for ch in doc.gaps[i]):
            return False  # not "early Sunday, 26 bodies were recovered"
        if j in self._numeral_starts:
            return True  # "on Saturday 14 three people died": the count follows the day
        if j < len(doc.words) and self._person_noun(j):
            return False  # "on Saturday 14 people died"
        head = read_head(doc, mention, self.marks, self.pack)
        if head.others and j < len(doc.words) and doc.words[j].norm in self._others_words():
            return False  # "el martes 4 cuerpos y el miércoles 3 más": three more, no date
        if head.who is None and head.measure is None:
            return True
        # what it counts follows ("el sábado 14 murieron", "on Sunday 26 bodies were found"):
        # a date only when another count follows within the clause ("murieron 3 personas"),
        # not a subset after a comma ("dejó el sábado 14 muertos, entre ellos dos menores")
        for k in range(j, min(len(doc.words), j + 4)):
            if k > j and any(ch in ",;:" for ch in doc.gaps[k]):
                return False
            if k in self._numeral_starts:
                # "مساء الأحد 19 قتيلاً و60 جريحاً", "am Sonntag 19 Tote und 60 Verletzte": a
                # noun of harm right after the number, then "and" and the next toll
                return not (head.measure and head.i == j and self._joined_at(k))
        return False

    def _joined_at(self, k: int) -> bool:
        """Whether the word at ``k`` follows "and" (or carries it, Arabic "و60")."""
        joined = self.pack.joined_conjunction
        before = self.doc.words[k - 1].norm if k > 0 else ""
        return (
            before in self.pack.conjunctions
            or bool(joined and before == joined)
            or bool(joined and self.doc.words[k].norm.startswith(joined))
        )

    @cached_property
    def _age_opener_starts(self) -> frozenset[int]:
        """Where an age phrase may open ("in his twenties", "um die 30"), found once per
        document."""
        openers = age_openers(self.pack.lang)
        return frozenset(self.doc.where(openers))

    def _age_of_noun(self, mention: Mention) -> bool:
        """An age after its person noun: "un joven de 17 años", "une femme de 40 ans", "ein
        Mann um die 30", "a man in his 40s"."""
        i = mention.i
        openers = self._age_opener_starts
        for o in range(i, max(0, i - _AGE_OPENER_WORDS), -1):
            if o not in openers:
                continue
            end = age_phrase_end(self.doc, o, self.marks, self.pack)
            if end is not None and end >= mention.j:
                return True
        if mention.source not in ("digit", "word") or i < 2 or mention.value > 120:
            return False
        if self.doc.words[i - 1].norm not in self.pack.of_words or not self._person_noun(i - 2):
            return False
        head = read_head(self.doc, mention, self.marks, self.pack)
        if head.distractor:
            return True
        # "a man of 35 was killed": a bare number after a lone victim's noun is their age,
        # and so it is before the verb when an article makes the noun one ("a man of 35 died",
        # "una mujer de 30 murió")
        if "one:nouns" not in cats_at(self.marks, i - 2):
            return False
        if head.who is None and head.measure is None and head.quantity is None:
            return True
        # "una mujer de 30 murió", and a possessive as well: "su hermana de 9 murió"
        one = i > 2 and (
            self.doc.words[i - 3].norm in self.pack.singular
            or "one:determiners" in cats_at(self.marks, i - 3)
        )
        after = cats_at(self.marks, mention.j) if mention.j < len(self.doc.words) else set()
        noun = any(c.startswith(("who:", "qty:")) for c in after)
        return one and head.quantity is None and head.measure is not None and not noun

    def _dotted_clock(self, i: int) -> bool:
        """Whether word ``i`` is the minutes of a time written with a dot ("10.16") that a time
        word opens or closes ("klockan 10.16", "10.16 Uhr"), or with a zero-padded hour
        ("vid 05.30")."""
        words = self.doc.words
        hour, minutes = words[i - 1], words[i]
        if not (hour.is_digit and minutes.is_digit and len(minutes.text) == 2):
            return False
        if int(hour.text) > 24 or int(minutes.text) > 59:
            return False
        if len(hour.text) == 2 and hour.text[0] == "0":
            return True  # "vid 05.30": a zero-padded hour is a clock's
        if self.pack.raw.get("numbers", {}).get("dotted_times", False):
            return True  # "Uppdaterad 14.05": no number of the language is written so
        after = i + 1 < len(words) and "date:time_markers" in cats_at(self.marks, i + 1)
        return after or "date:time_markers" in self._ending_at(i - 1)

    def _is_age(self, mention: Mention) -> bool:
        """An age set off after a name: "Sam Example, 23, was charged", "Sam Example (35)",
        "the victim was Sam Example Jr., 23." (a sentence may end on it)."""
        doc, i, j = self.doc, mention.i, mention.j
        if mention.source != "digit" or mention.value > 120 or i == 0 or j >= len(doc.gaps):
            return False
        adverbs = self.pack.raw.get("distractors", {}).get("age_adverbs", [])
        if i > 1 and doc.words[i - 1].norm in adverbs and not doc.gaps[i].strip():
            i -= 1  # "Sam Example, then 18, was killed"
        elif (
            i > 1
            and doc.words[i - 1].norm in self.pack.of_words
            and not doc.gaps[i].strip()
            and doc.gaps[i - 1].strip() == ","
        ):
            i -= 1  # "Luis Muestra, de 29, fue asesinado": the age with its "of" word
        before, after = doc.gaps[i].strip(), doc.gaps[j].strip()
        named = doc.words[i - 1].text[:1].isupper()
        if before.endswith("(") and after[:1] == ")" and self._person_noun(i - 1):
            return True  # "his son (8)", "والدته (60)": an age after a person
        closed = after[:1] in (",", ")") or after == "." or (not after and j == len(doc.words))
        # "a taxi driver, 45; a nurse, 29": a list of single people closes each age with ";",
        # not "civilians, 12; soldiers, 4" (a tally by group)
        closed = closed or (
            after[:1] == ";" and (named or "one:nouns" in cats_at(self.marks, i - 1))
        )
        # "a man, 35, was killed": set off after a lone victim's noun, as after a name
        # and after any person noun ("the gunman, 22, killed 3 people")
        named = (
            named
            or self._person_noun(i - 1)
            or doc.words[i - 1].norm in self.pack.age_persons
            or self._noun_after_article(i - 1)
        )
        return (
            (named and ((before in (",", ".,") and closed) or (before == "(" and after[:1] == ")")))
            or self._age_list(mention)
            or (closed and not before and self._age_predicate(mention))
        )

    def _noun_after_article(self, k: int) -> bool:
        """A lower-case word right after a singular article (``distractors.age_articles``) and no
        casualty word: one person or thing, so a number set off after it by commas is an age
        ("the intruder, 24, was pronounced dead"), never a count of it."""
        doc = self.doc
        # up to two lower-case words may stand between the article and its noun ("the prime
        # minister, 71, visited"; "the former deputy mayor, 58,") (dist13)
        for first in range(k, max(0, k - _AGE_NOUN_WORDS), -1):
            word = doc.words[first]
            if (
                doc.gaps[first].strip()
                or not (word.text.isalpha() and word.text.islower())
                or self.marks.opens(first, "measure:")
            ):
                return False
            if first >= 1 and doc.words[first - 1].norm in self.pack.age_articles:
                return True
        return False

    def _age_predicate(self, mention: Mention) -> bool:
        """A bare number after a singular copula whose subject is one person: "the victim was
        25.", "the man who died was 25." (``distractors.age_copulas``, ``relatives``): an age,
        never a toll ("the toll was 25": no person; "the people who died were 25": plural)."""
        doc, i = self.doc, mention.i
        raw = self.pack.raw.get("distractors", {})
        if self._age_when(mention):
            return True
        if i < 2 or doc.words[i - 1].norm not in raw.get("age_copulas", []):
            return False
        sentence = doc.sentence[i]
        relatives = raw.get("age_relatives", [])
        for k in range(i - 2, max(-1, i - 2 - _AGE_SUBJECT_WORDS), -1):
            if doc.sentence[k] != sentence or doc.gaps[k + 1].strip():
                return False
            if (k == i - 2 or doc.words[k + 1].norm in relatives) and "one:nouns" in cats_at(
                self.marks, k
            ):
                return True
        return False

    def _age_when(self, mention: Mention) -> bool:
        """A bare number after a copula in a clause of time ("When Sam Example was only 3, his
        father was shot", ``distractors.age_whens``, ``age_copula_adverbs``): how old someone
        was then, never a toll; the caller has seen the number close its clause."""
        doc, k = self.doc, mention.i - 1
        whens = self.pack.words("distractors", "age_whens")
        if not whens or k < 2 or doc.gaps[mention.i].strip():
            return False
        if doc.words[k].norm in self.pack.words("distractors", "age_copula_adverbs"):
            k -= 1  # "was only 3"
        if doc.words[k].norm not in self.pack.words("distractors", "age_copulas"):
            return False
        sentence = doc.sentence[k]
        for t in range(k - 1, max(-1, k - 1 - _AGE_SUBJECT_WORDS), -1):
            if doc.sentence[t] != sentence or doc.gaps[t + 1].strip():
                return False
            if doc.words[t].norm in whens:
                # "when the toll was 25,": a toll's figure, no age
                return not any(
                    c.startswith(("measure:", "head:"))
                    for u in range(t + 1, k)
                    for c in cats_at(self.marks, u)
                )
        return False

    def _size_of_attackers(self, mention: Mention) -> bool:
        """A count set off by commas right after a noun of attackers is how many they were:
        "Los atacantes, unos 200, quemaron 50 casas", "Les assaillants, environ 200, ont
        incendié" (dist10); it took the killing verb later in the sentence."""
        doc, i, j = self.doc, self._qualifier_start(mention), mention.j
        if i < 1 or j >= len(doc.words) or doc.gaps[i].strip() != "," or doc.gaps[j].strip() != ",":
            return False
        return any(
            c == "who:assailants" and end == i
            for p in range(max(0, i - 3), i)
            for c, end in cats_at(self.marks, p).items()
        )

    def _part_owns_cue(self, mention: Mention, cue: Cue) -> bool:
        """Whether a part counted between a number and the cue it reaches across segments
        owns that cue: "some 300 workers, 12 of whom were injured, were evacuated", "a militia
        of 5,000 fighters said 12 of its members had been killed" (dist10). The part and the cue
        stand in one clause, no punctuation between; "100 people, 40 of them children, were
        killed" sets the part off, and the whole keeps the verb."""
        if cue.i < mention.j:
            return False
        words, marks = self.doc.words, self.marks
        possessives = set(self.pack.raw.get("numbers", {}).get("possessives", []))
        mentions = self._all_mentions
        at = bisect_left(mentions, mention.j, key=lambda m: m.i)
        for part in mentions[at:]:
            if part.i >= cue.i:
                break
            if part.j > cue.i:
                continue
            k = part.j
            partitive = k < len(words) and "who:partitive" in cats_at(marks, k)
            owned = (
                k + 1 < len(words)
                and words[k].norm in self.pack.of_words
                and words[k + 1].norm in possessives
            )
            if (partitive or owned) and not self.doc.punct_between(part.j - 1, cue.i).strip():
                return True
        return False

    def _age_list(self, mention: Mention) -> bool:
        """A list of bare numbers set off by commas after a person noun, one age each: "the
        brothers, 14 and 16, were shot dead", "Die Opfer, 19, 23 und 31, starben" (dist10).
        A single number so set off is an age already (:meth:`_is_age`); in a list each number
        was read as a count of its own."""
        words, gaps = self.doc.words, self.doc.gaps
        if mention.source != "digit" or mention.j != mention.i + 1:
            return False
        links = self.pack.connectors

        def age(k: int) -> bool:
            return (
                0 <= k < len(words)
                and words[k].is_digit
                and words[k].text.isdigit()
                and int(words[k].text) <= 120
            )

        if not age(mention.i):
            return False
        first = last = mention.i
        while True:
            if gaps[first].strip() == "," and age(first - 1):
                first -= 1
            elif (
                not gaps[first].strip()
                and first > 1
                and words[first - 1].norm in links
                and age(first - 2)
            ):
                first -= 2
            else:
                break
        while last + 1 < len(words):
            if gaps[last + 1].strip() == "," and age(last + 1):
                last += 1
            elif (
                last + 2 < len(words)
                and not gaps[last + 1].strip()
                and words[last + 1].norm in links
                and age(last + 2)
            ):
                last += 2
            else:
                break
        if first == last or first < 1 or gaps[first].strip() != ",":
            return False
        after = gaps[last + 1].strip() if last + 1 < len(gaps) else "."
        noun = self._person_noun(first - 1) or any(
            c.startswith("measure:") for c in cats_at(self.marks, first - 1)
        )  # "the victims, 19 and 23, were shot dead"
        return after[:1] in (",", ")", ".") and noun

    def _time_closed_before(self, i: int, j: int) -> bool:
        """Whether the time word right before word ``i`` closes a time of its own ("um 9 Uhr",
        "gegen 14.30 Uhr") and a person noun follows the number ("zwei Passanten"): the number
        counts them, it is no minute of that time."""
        words = self.doc.words
        starts = [
            start for cat, start, _ in self.marks.ending("date", i) if cat == "date:time_markers"
        ]
        return (
            bool(starts)
            and min(starts) > 0
            and words[min(starts) - 1].is_digit
            and j < len(words)
            and self._person_noun(j)
        )

    def _ending_at(self, i: int) -> set[str]:
        """Date and distractor categories of the phrases (of up to four words) that end right
        before word ``i``."""
        return {
            cat
            for family in ("dis", "date")
            for cat, start, _ in self.marks.ending(family, i)
            if start >= i - 4
        }

    def _hypothetical(self, mention: Mention) -> bool:
        """A hypothetical marker earlier in the mention's sentence ("could have killed 40"),
        with no semicolon between: a semicolon closes the conditional ("call 112 if you see
        the wounded; 4 people were hurt")."""
        first = self._sentence_start[self.doc.sentence[mention.i]]
        at = bisect_left(self._hypotheticals, first)
        while at < len(self._hypotheticals) and self._hypotheticals[at] < mention.i:
            if ";" not in self.doc.punct_between(self._hypotheticals[at], mention.i):
                return True
            at += 1
        return False

    def _cue_after_aside(self, head: Head, cue: Cue, cues: list[Cue]) -> Cue | None:
        """The verb after an aside set off by commas right after the counted noun, when the
        cue chosen lies inside the aside ("six people, relatives of those killed, were
        injured"): the aside describes them, the verb after it says what befell them."""
        gaps, words = self.doc.gaps, self.doc.words
        if head.j >= len(words) or gaps[head.j].strip() != "," or cue.i < head.j:
            return None
        reach = min(len(words), head.j + _ASIDE_REACH)
        close = next((t for t in range(head.j + 1, reach) if gaps[t].strip()), None)
        if close is None or gaps[close].strip() != ",":
            return None
        k = close
        while k < len(words) and k - close < 3 and self._auxiliary(k):
            k += 1
        if cue.i >= close:
            # the verb right after the aside chosen already, not the count's own for the
            # persons named in the aside ("two victims, a man and a girl, were wounded"): own
            return cue if cue.i == k and self._persons_aside(head.j, close) else None
        return next((c for c in cues if c.i == k), None)

    def _persons_aside(self, lo: int, hi: int) -> bool:
        """Whether the words in ``[lo, hi)`` hold a person noun and no casualty word (an aside
        naming who the counted were: "a man and a teenage girl", "both men in their 20s")."""
        return any(self.marks.opens(t, "who:") for t in range(lo, hi)) and not any(
            self.marks.opens(t, "measure:") for t in range(lo, hi)
        )

    def _cue_after_relative(self, head: Head, cue: Cue | None, cues: list[Cue]) -> Cue | None:
        """The main verb after a relative clause set off by commas that follows the counted
        noun (and its short complement), when the cue chosen lies inside that clause or is not
        the count's own: "eight members of one family, who had fled from the 4 houses, died",
        "16 civiles, algunos de los cuales habían regresado tras 2 años, fallecieron". The
        clause says more of the people counted; a verb in it (or a subordinator or a number)
        never outweighs the verb after its closing comma, which says what befell them."""
        opening = self._aside_opening(head.j)
        if opening is None:
            return None
        close = self._aside_close(opening)
        if close is None or self.doc.gaps[close].strip() != ",":
            return None
        if cue is not None and close <= cue.i < close + _VERB_AFTER_ASIDE:
            return cue  # the verb after the clause is chosen already: it is the count's own
        after = next((c for c in cues if close <= c.i < close + _VERB_AFTER_ASIDE), None)
        if after is None or self.doc.punct_between(close, after.i).strip():
            return None
        if self._mention_between(close, after.i) or not self._verb_words(close, after.i):
            return None
        return after

    def _verb_words(self, lo: int, hi: int) -> bool:
        """Whether the words in ``[lo, hi)`` before a cue are of its verb: auxiliaries and
        adverbs of the pack, the last one of any kind after one ("were reported killed")."""
        aux = self._plural_aux | self._one_aux
        words = self.doc.words
        return all(
            words[t].norm in aux
            or "fn:word" in cats_at(self.marks, t)
            or (t == hi - 1 and t > lo and words[lo].norm in aux)
            for t in range(lo, hi)
        )

    def _part_with_its_own_verb(self, mention: Mention, head: Head, cue: Cue, own: bool) -> bool:
        """A part opening a relative or subset aside with a verb of its own ("15 villagers,
        several of whom had returned after 2 years, were killed", "40 habitants, dont plusieurs
        avaient regagné le village, ont été blessés", "16 civila, av vilka flera hade återvänt,
        dödades"): the part is the subject of the aside's verb, not of the verb after the
        aside's closing comma, so that verb counts it in no claim of its own."""
        gaps, words = self.doc.gaps, self.doc.words
        end = max(mention.j, head.j)
        if cue.i < end or end >= len(words):
            return False
        opening = next(
            (
                t
                for t in range(mention.i, max(-1, mention.i - _RELATIVE_OPENER_WORDS), -1)
                if self._punct_at(t)
            ),
            None,
        )
        if opening is None or gaps[opening].strip() != ",":
            return False
        relative = self._relative_words()
        if not (
            any(words[t].norm in relative for t in range(opening, end))
            or any(self._partitive_at(t) for t in range(opening, end))
        ):
            return False
        reach = min(len(words), end + _RELATIVE_ASIDE_REACH)
        close = next((t for t in range(end, reach) if self._punct_at(t)), None)
        if close is None or close == end or gaps[close].strip() != ",":
            return False
        if cue.i < close and own:
            return False  # the aside's own verb: "several of whom were killed"
        # the part's own auxiliary right after it, or closing the aside (a verb-final clause);
        # a copula before or after a noun names the part's category ("12 of whom were children")
        first, last = words[end].norm, words[close - 1].norm
        if first in self._plural_aux and first not in self._copulas:
            return True
        return (
            last in self._plural_aux
            and close - 2 > end
            and not (last in self._copulas and self._person_noun(close - 2))
        )

    def _past_relative(self, head: Head, cue: Cue) -> bool:
        """A cue of another clause beyond a relative clause set off by commas after the counted
        noun, with another count between ("drei Brüder, die den Angriff überlebten, sagten, 10
        seien getötet worden"): the verb right after the clause, not a cue, is the count's."""
        opening = self._aside_opening(head.j)
        if opening is None or cue.i <= opening:
            return False
        close = self._aside_close(opening)
        return close is not None and cue.i >= close and self._mention_between(close, cue.i)

    def _aside_close(self, opening: int) -> int | None:
        """Where the relative clause opening at ``opening`` ends: the next clause or bracket
        punctuation within ``_RELATIVE_ASIDE_REACH`` words; None past that."""
        reach = min(len(self.doc.words), opening + _RELATIVE_ASIDE_REACH)
        return next((t for t in range(opening + 1, reach) if self._punct_at(t)), None)

    def _aside_opening(self, end: int) -> int | None:
        """The first word of a relative clause after a comma that follows a counted noun ending
        at ``end`` or its complement of a few words ("of one family", "einer Familie"): a
        relative pronoun (``segments.relative``) within its first words. None without one."""
        words = self.doc.words
        opening = self._list_opening(end)
        if opening is None or any(
            end <= c.i < opening for c in self._sentence_cues.get(self.doc.sentence[end - 1], [])
        ):
            return None
        relative = self._relative_words()
        limit = min(len(words), opening + _RELATIVE_OPENER_WORDS)
        for t in range(opening, limit):
            if t > opening and self._punct_at(t):
                return None
            if words[t].norm in relative:
                return opening
        return None

    def _partitive_at(self, t: int) -> bool:
        """Whether a subset or partitive marker starts at word ``t`` ("of whom", "dont")."""
        cats = cats_at(self.marks, t)
        return "who:subset" in cats or "who:partitive" in cats

    def _punct_at(self, t: int) -> bool:
        """Whether clause or bracket punctuation stands before word ``t`` (an apostrophe, as in
        "d'exil", or a hyphen is none)."""
        return not _CLAUSE_OR_BRACKET.isdisjoint(self.doc.gaps[t])

    def _bodies_of(self, mention: Mention, cues: list[Cue]) -> Cue | None:
        """A noun of bodies right before the count's "of" ("the bodies of 12 victims", "les
        corps de 12 victimes"): the count is of bodies, whatever verb follows it."""
        k = mention.i - 1
        if k < 1 or self.doc.words[k].norm not in self.pack.of_words:
            return None
        return next((c for c in cues if c.j == k and c.measure == "bodies_recovered"), None)

    def _harmed_present(self, mention: Mention, head: Head) -> bool:
        """People counted as present (pack ``distractors.harmable``: mourners, attendees) whom
        a casualty verb counts itself, right before the number ("killed more than 130
        mourners") or right after the noun ("60 mourners were killed"): victims, where "5,000
        mourners attended the funeral of 9 victims" stays a crowd (en16)."""
        harmable = self.pack.words("distractors", "harmable")
        if not harmable or head.j < 1 or self.doc.words[head.j - 1].norm not in harmable:
            return False
        if self.marks.ending("measure", self._qualifier_start(mention)):
            return True  # the verb right before the number
        aux, words, k = self.pack.words("singular_victims", "aux"), self.doc.words, head.j
        while k < len(words) and words[k].norm in aux | {"were", "are", "have"}:
            k += 1
        return k < len(words) and k - head.j <= 2 and self.marks.opens(k, "measure:")

    def _earlier_event(self, mention: Mention) -> bool:
        """A figure of an earlier event a superlative compares with by its year alone ("the
        deadliest attack since 2007, when 28 people were killed"): after the superlative, a
        year right after a word of ``comparison_since`` when the pack lists them, then a
        relative word before the figure. An earlier event told as an event of its own ("since
        a car bombing in 2019 that killed 46 people") keeps its figure, a claim of that event."""
        first = self._sentence_start[self.doc.sentence[mention.i]]
        at = bisect_left(self._superlatives, first)
        if at == len(self._superlatives) or self._superlatives[at] >= mention.i:
            return False
        words, back = self.doc.words, self.pack.comparison_back
        year = next(
            (k for k in range(self._superlatives[at] + 1, mention.i) if _year_word(words[k])),
            None,
        )
        if year is None or not any(w.norm in back for w in words[year + 1 : mention.i]):
            return False
        since = self.pack.words("distractors", "comparison_since")
        return not since or words[year - 1].norm in since

    def _interviewed(self, mention: Mention) -> bool:
        """A verb of interviewing right before the count ("interviewed 61 victims"): what it
        counts are people who spoke, whatever noun follows."""
        near = self.marks.within("qty:people_interviewed", mention.i - 3, mention.i)
        return any(self.segs[k] == self.segs[mention.i] for k in near)

    def _interview_cue(self, mention: Mention) -> bool:
        own = self.segs[mention.i]
        near = self.marks.within("qty:people_interviewed", mention.i - 4, mention.j + 4)
        return any(self.segs[k] == own for k in near)

    def _found_nearby(self, mention: Mention, head: Head, cue: Cue | None = None) -> bool:
        own = self.segs[mention.i]
        end = max(mention.j, head.j)
        if cue is not None and cue.j > end and self.segs[cue.i] == own:
            # a participle at the end of the clause, after its cue: "tot im Keller gefunden"
            for k in self.marks.within("mod:found", cue.j, cue.j + _FOUND_AFTER_CUE):
                if self.segs[k] == own and not self._mention_between(cue.j, k + 1):
                    return True
        if cue is not None and self._found_before_cue(cue, mention.i):
            return True  # "hallan sin vida a cuatro personas": a cue longer than the window
        if (
            head.measure == "killed"
            and (cue is None or cue.i < end)
            and self._recovered_in_bracket(end)
        ):
            return True  # "Zwölf Tote seien aus dem Haus geborgen worden"
        # "the team found no civilian casualties": what a search found none of keeps its own
        # measure, a zero after its finding verb is no count of bodies
        lo = mention.i if mention.source == "zero" else mention.i - 3
        for category in ("mod:found", "mod:grave"):
            near = self.marks.within(category, lo, end + 4)
            if any(
                self.segs[k] == own
                and not self._finds_another(k, end)
                and not self._finds_that(k, mention.i)
                and not self._finds_clause(k, mention, head, cue)
                for k in near
            ):
                return True
        sentence = self.doc.sentence
        return any(
            sentence[k] == sentence[mention.i] for k in self.marks.within("mod:grave", end, end + 8)
        )

    def _recovered_in_bracket(self, end: int) -> bool:
        """The dead counted before a passive auxiliary at word ``end`` whose participle of
        recovery closes the clause, with no count between ("Zwölf Tote seien aus dem Haus
        geborgen worden", "Mehrere Tote wurden aus dem Schlamm geborgen"): bodies recovered
        (pack ``measure_modifiers.recovered_closing``) (p17de)."""
        words = self.doc.words
        if end >= len(words) or words[end].norm not in self._plural_aux | self._one_aux:
            return False
        own, sentence = self.segs[end], self.doc.sentence[end]
        for k in self.marks.within("mod:recovered_closing", end + 1, end + _BRACKET_WORDS):
            if self.segs[k] == own and self.doc.sentence[k] == sentence:
                return not self._mention_between(end + 1, k)
        return False

    def _finders(self, head: Head, cue: Cue | None) -> bool:
        """People counted before a finding verb and the bodies it finds ("a score of men exhume
        bodies", "20 Helfer bargen Leichen") are the finders; "20 people were found dead" has
        no bodies noun after its verb."""
        if cue is None or not head.who or head.measure or cue.i <= head.j:
            return False
        if cue.measure != "bodies_recovered":
            return False
        found = self.marks.within("mod:found", head.j, cue.i)
        return any(self.segs[k] == self.segs[head.i] for k in found)

    def _carers(self, head: Head, cue: Cue | None) -> bool:
        """People counted before a verb of care and the hurt it is done to ("50 paramedics
        treated the wounded", "Zehn Ärzte versorgten die Verletzten", "Más de 50 socorristas
        atendieron a los heridos") are the carers; "one child being treated for injuries" has no
        article before the hurt noun: that child is hurt."""
        if cue is None or cue.measure != "injured" or not head.who or head.measure:
            return False
        if cue.i <= head.j:
            return False
        for k in self.marks.within("mod:care", head.j, cue.i + 1):
            end = self.marks.cats[k]["mod:care"]
            # the hurt right after the verb and its article ("the (seriously) wounded")
            hurt = any(
                "measure:injured" in cats_at(self.marks, t)
                for t in range(end, min(end + 2, len(self.doc.words)))
            )
            if hurt and self.segs[k] == self.segs[head.i]:
                return True
        return False

    def _searchers(self, head: Head, cue: Cue | None) -> bool:
        """People counted before a verb of searching and the missing, dead or bodies it looks
        for ("200 volunteers joined the search for the missing", "60 soldiers searched for the
        bodies") are the searchers (pack ``measure_modifiers.search``)."""
        if cue is None or head.measure or head.quantity or cue.i <= head.j:
            return False
        for k in self.marks.within("mod:search", head.j, cue.i + 1):
            end = self.marks.cats[k]["mod:search"]
            # the cue right after the phrase, or a word of it ("recherches" in "recherches
            # des disparus" is also a cue of the missing)
            if k <= cue.i <= end + 1 and self.segs[k] == self.segs[head.i]:
                return True
        return False

    def _finds_that(self, k: int, first: int) -> bool:
        """A finding verb at ``k`` that opens a clause with the pack's "that", perhaps after one
        particle ("a study found that 12 people were killed", "fanden heraus, dass"), before a
        count starting at ``first``: a finding is reported, and the clause's verb is the measure."""
        stop = self.marks.cats[k].get("mod:found", k + 1)
        if first <= stop:
            return False
        that = complementizer_words(self.pack)
        return any(
            any(f in that for f in self.pack.forms(self.doc.words[t].norm))
            for t in range(stop, min(stop + 2, first))
        )

    def _finds_clause(self, k: int, mention: Mention, head: Head, cue: Cue | None) -> bool:
        """A finding verb at ``k`` before a count that opens a finite clause of its own without
        "that": an auxiliary right after the counted noun, then the verb of dying ("the inquiry
        found six civilians had died", "researchers found four farmers were killed"; p18enrep).
        What was found is that they were killed; "found five men dead" and "found 5 people who
        had been killed" keep the bodies found."""
        if cue is None or cue.measure != "killed" or k >= mention.i or cue.i < head.j:
            return False
        words = self.doc.words
        if head.j >= len(words) or words[head.j].norm not in self._plural_aux | self._one_aux:
            return False
        own = self.segs[k]
        return self.segs[head.j] == own and self.segs[cue.i] == own

    def _finds_another(self, k: int, end: int) -> bool:
        """A finding verb at ``k`` after a count ending at ``end`` with a number of its own right
        after it ("12 rescuers recovered 8 bodies"): the count found, it was not found."""
        if k < end:
            return False
        stop = self.marks.cats[k].get("mod:found", k + 1)
        return self._mention_between(stop, stop + 2) or self._object_between(end, k)

    def _object_between(self, end: int, k: int) -> bool:
        """A number of its own set off after the count and before the finding verb at ``k``
        ("rose to 35, with the bodies of two children retrieved"): the verb's object, so the
        count ending at ``end`` was not what was found ("of them" keeps a part in its count)."""
        at = bisect_left(self._starts, end)
        if at >= len(self._starts) or self._starts[at] >= k:
            return False
        other = self._starts[at]
        if "," not in self.doc.punct_between(end - 1, other):
            return False
        return not any(
            "who:partitive" in cats_at(self.marks, t) or "who:subset" in cats_at(self.marks, t)
            for t in range(end, k)
        )

    def _negated(self, mention: Mention, cue: Cue | None) -> bool:
        """A negation right before the cue ("were not killed") or the number ("denied that
        40 ...", "it is not true that 40 ...") negates the statement."""
        if mention.source == "zero":
            return False
        sentence = self.doc.sentence[mention.i]
        # a negation inside the qualifier ("ما لا يقل عن", "pas moins de") bounds the number
        first = self._qualifier_start(mention)
        windows = [(max(0, mention.i - 4), first)]
        if cue is not None and cue.i > mention.i:
            windows.append((max(mention.j, cue.i - 3), cue.i))
        return any(
            self.doc.sentence[k] == sentence
            and not self._clause_break(k, mention.i)
            # a negation word that opens a casualty phrase ("sin vida", lifeless) negates nothing
            and not self.marks.opens(k, "measure:")
            for lo, hi in windows
            for k in self._negations(lo, hi)
        )

    def _negations(self, lo: int, hi: int) -> list[int]:
        """Negation words in ``[lo, hi)``, but not one inside an affirming phrase: "لا يزال"
        (still: "does not cease"), "nicht nur", "not only" say that something is so, and "did
        not deny", "n'exclut pas" (a double negation) that it may be."""
        affirming = [
            (a, cats_at(self.marks, a)["neg:affirmative"])
            for a in self.marks.within("neg:affirmative", max(0, lo - _AFFIRMING_WORDS), hi)
        ]
        return [
            k
            for k in self.marks.within("neg:words", lo, hi)
            if not any(a <= k < end for a, end in affirming) and not self._inside_actor_name(k)
        ]

    def _inside_actor_name(self, k: int) -> bool:
        """Whether word ``k`` lies inside an actor's name ("Ärzte ohne Grenzen", "Reportrar utan
        gränser", "مراسلون بلا حدود"): its negation word negates nothing."""
        return any(
            cat.startswith("actor:") and end > k
            for t in range(max(0, k - 3), k)
            for cat, end in cats_at(self.marks, t).items()
        )

    def _natural_death(self, cue: Cue) -> bool:
        """A death of natural causes right beside its verb ("starben eines natürlichen Todes",
        "sont morts de causes naturelles", "dog av naturliga orsaker") is no casualty."""
        if cue.measure != "killed":
            return False
        sentence = self.doc.sentence[cue.i]
        before = self.marks.within("neg:natural", max(0, cue.i - 4), cue.i)
        after = self.marks.within("neg:natural", cue.j, cue.j + 3)
        return any(
            self.doc.sentence[k] == sentence
            and not any(
                ch in ",;:()" for ch in self.doc.punct_between(min(k, cue.i), max(k, cue.i))
            )
            for k in [*before, *after]
        )

    def _died_naturally(self, mention: Mention) -> bool:
        """A count told by its own clause that its people died of natural causes (pack
        ``negation.natural``), with no other number and no punctuation between ("von den 200
        Leichen seien 24 wohl eines natürlichen Todes gestorben", "15 of them died of natural
        causes"): a part that inherits the measure of a whole is still no casualty (dist9)."""
        sentence = self.doc.sentence[mention.i]
        return any(
            self.doc.sentence[k] == sentence
            and not self._mention_between(mention.j, k)
            and not any(ch in ",;:()" for ch in self.doc.punct_between(mention.j, k))
            for k in self.marks.within("neg:natural", mention.j, mention.j + _NATURAL_REACH)
        )

    def _clause_break(self, k: int, i: int) -> bool:
        """Punctuation between a negation at ``k`` and the number at ``i`` ends its reach:
        "Ärzte ohne Grenzen (MSF) said 14 ..." negates nothing."""
        return k < i and any(ch in ",;:()" for ch in self.doc.punct_between(k, i))

    # -- from draft to claim -----------------------------------------------------------------

    def _claim(self, draft: Draft, attributions: dict[int, Attribution], context: Context) -> Claim:
        doc, mention = self.doc, draft.mention
        first = mention.i
        qualifier_start = self._qualifier_start(mention)
        first = min(first, qualifier_start)
        last = max(mention.j, draft.head.j)
        if (
            draft.cue is not None
            and draft.own_segment
            and abs(draft.cue.i - last) <= 6
            and abs(draft.cue.j - first) <= 8
            # a quote stays in its sentence (a lead's toll opens the next one)
            and doc.sentence[draft.cue.i] == doc.sentence[mention.i]
        ):
            first = min(first, draft.cue.i)
            last = max(last, draft.cue.j)
        start, end = doc.char_span(first, last)
        sentence = doc.sentence[mention.i]
        attribution = attributions.get(sentence, self._voice).at(mention.i)
        # a part stated in the sentence after its figure ("... 40 were killed in X on Monday.
        # Among them were 12 children") is of the figure's event: its place, time and source
        at = mention.i
        container = draft.container
        if container is not None and doc.sentence[container.mention.i] != sentence:
            at = container.mention.i
            if attribution.speaker is None:
                attribution = attributions.get(doc.sentence[at], self._voice).at(at)
        who_text = None
        if draft.head.who and not draft.head.measure and draft.head.j > draft.head.i:
            hs, he = doc.char_span(draft.head.i, draft.head.j)
            who_text = doc.text[hs:he]
        located = context.place_for(at)
        place, place_confidence = located if located else (None, None)
        period = context.period_for(at)
        confidence = self._confidence(draft)
        return Claim(
            kind=draft.kind,  # type: ignore[arg-type]
            measure=draft.measure,
            who=draft.who
            if draft.kind == "casualty" or draft.measure == "people_interviewed"
            else None,  # type: ignore[arg-type]
            who_text=who_text,
            low=mention.low,
            high=mention.high,
            qualifier=mention.qualifier,  # type: ignore[arg-type]
            start=start,
            end=end,
            quote=doc.text[start:end],
            speaker=attribution.speaker,
            attribution_chain=list(attribution.chain),
            perpetrator=context.perpetrator_for(at),
            weapon=context.weapon_for(at),
            place=place.id if place else None,
            place_name=place.name if place else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            place_confidence=place_confidence,
            period_start=period.start if period else None,
            period_end=period.end if period else None,
            confidence=confidence,
            negated=draft.negated,
            lang=self.pack.lang,
        )

    def _earlier_toll(self, mention: Mention, drafts: list[Draft]) -> Draft | None:
        """The toll a bare figure after "contre", "up from", "frente a", "مقابل" is an earlier
        count of: the casualty figure just before it in the sentence."""
        opened = [
            i
            for c, i, _ in self.marks.ending("qual", mention.i)
            if c in ("qual:previous", "qual:compared")  # ", far more than the 21 reported"
        ]
        if not opened:  # "up from an initial 31": the earlier figure past a filler
            at = self._from_before(mention, "qual:previous")
            opened = [] if at is None else [at]
        if not opened or not any(ch in ",،" for ch in self.doc.gaps[min(opened)]):
            return None  # an aside after a comma; "une attaque contre 3 bases" is no toll
        previous = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if previous is None or previous.mention.j > mention.i:
            return None
        if self.doc.sentence[previous.mention.i] != self.doc.sentence[mention.i]:
            return None
        return previous

    def _versus_toll(self, mention: Mention, drafts: list[Draft]) -> Draft | None:
        """The toll a counted group after a comma and "مقابل", "contre", "versus" is set
        against: the casualty figure just before it in the sentence, whose verb or noun the
        group shares rather than one of a later clause."""
        start = self._qualifier_start(mention)  # past "أكثر من", "more than"
        ends = (start, mention.i) if start < mention.i else (mention.i,)
        at = next(
            (
                i
                for end in ends
                for c, i, _ in self.marks.ending("qual", end)
                if c == "qual:previous"
            ),
            None,
        )
        if at is None:
            return None
        previous = next((d for d in reversed(drafts) if d.kind == "casualty"), None)
        if previous is None or previous.mention.j > mention.i:
            return None
        if not any(ch in ",،" for ch in self.doc.gaps[at]) and at - previous.head.j > 1:
            return None  # "14 جنديا مقابل 30": right after the counted group, or after a comma
        if self.doc.sentence[previous.mention.i] != self.doc.sentence[mention.i]:
            return None
        return previous

    def _whole_after(self, mention: Mention) -> Head | None:
        """The head of a counted whole a bare count is a part of: "Quatorze des 42 morts",
        "fourteen of the 42 dead", "catorce de los 42 muertos" count dead as the whole does."""
        words, n = self.doc.words, len(self.doc.words)
        k, of = mention.j, False
        while (
            k < min(n, mention.j + 3)
            and not self.doc.gaps[k].strip()
            and (
                words[k].norm in self.pack.of_words
                or "one:determiners" in cats_at(self.marks, k)
                or "fn:word" in cats_at(self.marks, k)
            )
        ):
            of = of or words[k].norm in self.pack.of_words
            k += 1
        if not of or k >= n or k not in self._mention_starts or self.doc.gaps[k].strip():
            return None
        whole = self._all_mentions[bisect_left(self._starts, k)]
        head = read_head(self.doc, whole, self.marks, self.pack)
        if head.measure is None or head.distractor or head.quantity:
            return None
        return Head(head.i, head.j, who=head.who, measure=head.measure)

    def _body_noun_after(self, head: Head) -> bool:
        """A body noun right after the word of the dead that heads the count ("tio döda
        kroppar", "ten dead bodies"): the count is of bodies seen or found, not of deaths told
        (CONVENTIONS: bodies lying in a place are ``bodies_recovered``)."""
        k = head.j
        if k >= len(self.doc.words) or self.doc.gaps[k].strip():
            return False
        return "measure:bodies_recovered" in cats_at(self.marks, k)

    def _body_noun_before(self, mention: Mention) -> bool:
        """A body noun right before the count, or before "of" and it, is what the count is of:
        "جثامين 12 شهيدا" (the bodies of 12 martyrs), "the bodies of 12 dead"."""
        k = self._qualifier_start(mention) - 1
        if (
            k >= 0
            and self.doc.words[k].norm in self.pack.of_words
            and not self.doc.gaps[k + 1].strip()
        ):
            k -= 1
        if k < 0 or self.doc.gaps[k + 1].strip():
            return False
        return any(
            c == "measure:bodies_recovered" and j == k + 1
            for c, _, j in self.marks.ending("measure", k + 1)
        )

    def _death_noun_before(self, mention: Mention) -> Cue | None:
        """A noun of death, then "of", right before a count of the wounded: "le décès de quatre
        blessés", "the death of two wounded people" say those wounded died. A toll ("un bilan
        de 4 blessés") is no death."""
        of_words, k = self.pack.of_words, self._qualifier_start(mention)
        if (
            self.pack.raw.get("numbers", {}).get("construct_of")
            and not self.doc.gaps[k].strip()
            and self._of_wounds_after_count(mention)
        ):
            # "وفاة خمسة جرحى متأثرين بجروحهم": the noun of death governs the count with no
            # "of" between, and the wounds they died of follow
            death = self._death_noun_ending(k)
            if death is not None:
                return death
        if not (k < mention.i and self.doc.words[k].norm in of_words):
            k -= 1  # "de" may be read as the start of a range ("de quatre à six") too
        if k < 1 or self.doc.words[k].norm not in of_words:
            return None
        if self.doc.gaps[k + 1].strip() or self.doc.gaps[k].strip():
            return None
        return self._death_noun_ending(k)

    def _of_wounds_after_count(self, mention: Mention) -> bool:
        """Whether an "of their wounds" phrase (pack ``of_wounds``) follows the count within a
        few words of its sentence ("خمسة جرحى متأثرين بجروحهم")."""
        sentence = self.doc.sentence[mention.i]
        for k in range(mention.j, min(mention.j + _WOUNDS_REACH, len(self.doc.words))):
            if self.doc.sentence[k] != sentence:
                return False
            if "one:of_wounds" in cats_at(self.marks, k):
                return True
        return False

    def _death_noun_ending(self, k: int) -> Cue | None:
        """The killing word that ends right before word ``k``, unless it names a toll."""
        for cat, i, j in self.marks.ending("measure", k):
            if cat == "measure:killed" and "mod:toll" not in cats_at(self.marks, i):
                return Cue(i, j, "killed")
        return None

    def _opens_on_part(self, mention: Mention) -> bool:
        """Whether a sentence opens on "among them" ("Parmi elles", "Darunter", "وبينهم") with
        nothing but function words between it and the count."""
        first = self._qualifier_start(mention)
        opening = self._past_section_number(self._sentence_start[self.doc.sentence[mention.i]])
        for cat in ("who:subset", "who:partitive"):  # only whether one does: order is no matter
            at = self.marks.positions(cat)
            for i in at[bisect_left(at, opening) : bisect_right(at, first)]:
                if self._part_opens(cat, i, opening, first):
                    return True
        return False

    def _part_opens(self, cat: str, i: int, opening: int, first: int) -> bool:
        """Whether the "among them" phrase of ``cat`` at ``i`` opens its sentence (which starts
        at ``opening``) with nothing but function words or a verb of being before the count at
        ``first``."""
        words = self.doc.words
        if any(words[t].norm not in self.pack.conjunctions for t in range(opening, i)):
            return False
        span_end = max(j for c, k, j in self.marks[i] if c == cat)
        rest = [
            words[t].norm
            for t in range(span_end, first)
            if "fn:word" not in cats_at(self.marks, t)
            and words[t].norm not in self.pack.function_words
        ]
        every = " ".join(words[t].norm for t in range(span_end, first))
        return not rest or " ".join(rest) in self._among_verbs or every in self._among_verbs

    def _next_part_in_list(self, mention: Mention, head: Head, drafts: list[Draft]) -> Draft | None:
        """The next part of a list of parts with no verb of its own, after a part read from
        the figure before: "Of them, 29 were men, 8 women and 5 children" (8 women and 5
        children of the same measure)."""
        if not drafts:
            return None
        previous = drafts[-1]
        m = previous.mention
        if (
            previous.kind != "casualty"
            or previous.cue is not None
            or previous.who in (None, "people")
            or m.source not in ("digit", "word")
            or mention.source not in ("digit", "word")
            or self.doc.sentence[m.i] != self.doc.sentence[mention.i]
        ):
            return None
        end = max(m.j, previous.head.j)
        words = self.doc.words
        between = [t for t in range(end, mention.i) if words[t].norm not in self.pack.conjunctions]
        if len(between) > 1 or any(t in self._mention_starts for t in between):
            return None  # at most an adjective of the part before ("29 adult men, 8 women")
        if "," not in self.doc.gaps[mention.i] and words[mention.i - 1].norm not in (
            self.pack.conjunctions
        ):
            return None
        return Draft(mention, head, "casualty", previous.measure, head.who, None, False)

    def _past_section_number(self, k: int) -> int:
        """The first word after the section or paragraph number a report's line opens with
        ("5.2", "45.", "Rn. 62", "párr. 31."), or ``k`` itself."""
        words, gaps = self.doc.words, self.doc.gaps
        t = k
        if (
            t + 1 < len(words)
            and words[t + 1].is_digit
            and not words[t].is_digit
            and "." in gaps[t + 1]
        ):
            t += 1  # "Rn. 62": the reference word before the number
        while t < len(words) and words[t].is_digit and t - k < 3:
            t += 1
        if t == k or t >= len(words) or self.doc.sentence[t] != self.doc.sentence[k]:
            return k
        return t if gaps[t].strip() in ("", ".") else k

    def _qualifier_start(self, mention: Mention) -> int:
        for cat, i, _ in self.marks.ending("qual", mention.i):
            if i >= mention.i - 5 and cat not in ("qual:gap", "qual:range_join"):
                return i
        return mention.i

    def _confidence(self, draft: Draft) -> float:
        if draft.kind == "quantity":
            return 0.7
        score = 0.55
        if draft.cue is not None and draft.own_segment:
            score += 0.2
        if draft.head.who or draft.head.measure:
            score += 0.15
        if draft.mention.qualifier == "vague":
            score -= 0.1
        if draft.head.partitive or draft.head.others:
            score -= 0.1
        return round(max(0.05, min(0.95, score)), 2)
