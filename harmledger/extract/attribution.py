"""Who says so: speakers and attribution chains per sentence.

Cues come from the pack: ``attribution.before`` ("according to X", "selon X", "enligt X"),
``attribution.after`` ("X said", "X zufolge"), ``report``/``citing`` for nested chains ("RT,
citing NPR"). The speaker is the noun phrase next to the cue as written: a known actor alias, a
run of capitalised words, or a role noun ("activists", "شهود"). A pronoun speaker ("he said")
resolves to the previous speaker. A sentence without a cue inherits the previous sentence's
speaker within the same paragraph, as reported speech usually runs on. An
adverb may stand between a source and its verb ("X later reported", ``attribution.adverbs``),
and a cue listed in ``attribution.exact`` counts only as written, accents included (Swedish
"sa" said, not "så" so).
A definite group noun at the cue (``attribution.anaphors`` after one of ``attribution.determiners``:
"the rebel group said", "a indiqué l'organisation", "uppger gruppen") points back to the last
named speaker, as a pronoun does, also across paragraphs; with no one named before, a phrase that
holds a source noun ("the ministry said") is the speaker itself. A news agency that the lead
names as a sentence's only source ("..., reports the agency WAFA") speaks, as a dateline does, for
every later sentence that cites no one, across paragraphs, until another source is named.

The phrase next to a cue is read by :mod:`harmledger.extract.speaker_phrases`. Here: in a
pro-drop language (``attribution.pro_drop``: Arabic, Spanish) a verb with no subject before a
complementizer ("وأوضح أن", "añadió que") speaks for the last speaker; a sentence opening with a
back reference before its cue (``attribution.back_references``: "Det uppger polisen", "Dies
berichtete ...") speaks for the sentence before it too; a quotation of several sentences closed by
its speaker gives that speaker to every sentence inside the quote marks; and two sources set
against each other by a contrast word after a comma (``attribution.contrast``: "but", "men",
"mientras") each speak for the figures on their side (:meth:`Attribution.at`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import cache, lru_cache

from harmledger.extract.carried_speech import adds_to_lead, opens_with_addition, opens_with_part
from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.numbers import parse_number_text
from harmledger.extract.speaker_phrases import (
    NOT_CUES,
    QUOTES,
    capitalised,
    common_noun_after,
    complementizer_words,
    determiner_words,
    extend_left,
    is_break,
    is_cue,
    lower_case_run,
    name_heads,
    names_itself,
    noun_in_cue,
    np_after,
    np_before,
    opens_sentence,
    opens_with_total,
    points_back,
    reports_back,
    role_complement,
    speaker_role,
    speaker_text,
    starts_with_listed,
    word_cats,
)
from harmledger.extract.text import Doc, normalize
from harmledger.extract.verb_second import adverbial_first, opener_first
from harmledger.extract.year_openers import opens_with_year

_ANAPHOR_REACH = 4  # words from a determiner to the cue: "the ethnic rebel group said"


@dataclass
class Attribution:
    """The innermost speaker of a sentence and the chain from outermost to innermost."""

    speaker: str | None = None
    chain: list[str] = field(default_factory=list)
    # two sources set against each other, each with its own figure ("X said 20 died, while Y
    # reported 30"): the word that sets them apart, and the speaker on either side of it
    contrast: tuple[int, str, str] | None = None

    def at(self, k: int) -> Attribution:
        """The attribution of the figure at word ``k``: the source on its side of a contrast."""
        if self.contrast is None:
            return self
        boundary, first, second = self.contrast
        return Attribution(first if k < boundary else second)

    def carried(self) -> Attribution:
        """What a following sentence inherits: the sentence's last speaker and chain."""
        return Attribution(self.speaker, self.chain) if self.contrast else self


def _anaphor(doc: Doc, i: int, j: int, kind: str, pack: LanguagePack, marks: Marks) -> bool:
    """Whether the source at a cue ``[i, j)`` is a definite group noun that refers back: a
    determiner, then lower-case modifiers and an anaphor noun, next to the cue ("both groups
    said", "dijo el grupo rebelde", "die bewaffnete Gruppe teilte mit"). In a pack without
    determiners the anaphor nouns are definite forms themselves ("gruppen", "المنظمة")."""
    sentence = doc.sentence[i]
    determiners = determiner_words(pack)
    n = len(doc.words)

    def plain(t: int) -> bool:
        cats = word_cats(marks, t)
        return "attr:anaphors" in cats or (
            not capitalised(doc, t) and not doc.words[t].is_digit and not is_cue(marks, t)
        )

    heads = name_heads(pack)

    def named(t: int) -> bool:
        """The anaphor noun at ``t`` opens a name written on in lower case after it
        ("l'Organisation internationale pour les migrations"): no reference back."""
        after = t + 1
        return (
            doc.words[t].norm in heads
            and capitalised(doc, t)
            and after < n
            and doc.sentence[after] == sentence
            and not is_break(doc, after)
            and plain(after)
            and not is_cue(marks, after)
        )

    if kind in ("after", "report"):
        end = i
        while end > 0 and "attr:adverbs" in word_cats(marks, end - 1) and i - end < 2:
            end -= 1
        if end == 0 or doc.sentence[end - 1] != sentence:
            return False
        if not determiners:
            return "attr:anaphors" in word_cats(marks, end - 1)
        found = False
        for t in range(end - 1, max(-1, end - 1 - _ANAPHOR_REACH), -1):
            if doc.sentence[t] != sentence or (t < end - 1 and is_break(doc, t + 1)):
                return False
            if doc.words[t].norm in determiners:
                return found
            if not plain(t) or named(t):
                return False
            found = found or "attr:anaphors" in word_cats(marks, t)
        return False
    if j >= n or doc.sentence[j] != sentence:
        return False
    if not determiners:
        after = j + 1
        return "attr:anaphors" in word_cats(marks, j) and (
            after >= n
            or is_break(doc, after)
            or "fn:word" in word_cats(marks, after)
            or doc.words[after].norm in pack.function_words
            # what was said opens right after the group noun ("وأعلنت المنظمة أنها وثقت")
            or any(f in complementizer_words(pack) for f in pack.forms(doc.words[after].norm))
        )
    if doc.words[j].norm not in determiners:
        return False
    t = j + 1
    found = False
    while t < n and t - j <= _ANAPHOR_REACH and doc.sentence[t] == sentence:
        if is_break(doc, t) or not plain(t):
            break
        if named(t):
            return False
        found = found or "attr:anaphors" in word_cats(marks, t)
        t += 1
    return found and (t >= n or doc.sentence[t] != sentence or is_break(doc, t) or plain(t))


def _anaphor_phrase(
    doc: Doc, i: int, j: int, kind: str, pack: LanguagePack, marks: Marks
) -> tuple[int, int] | None:
    """The words between the determiner and an "after" cue at ``[i, j)`` when they are a
    definite group noun with its lower-case modifiers ("the rebel group said" -> "rebel group"),
    in a pack with determiners; None otherwise."""
    if not determiner_words(pack) or not _anaphor(doc, i, j, kind, pack, marks):
        return None
    end = i
    while end > 0 and "attr:adverbs" in word_cats(marks, end - 1) and i - end < 2:
        end -= 1
    determiners = determiner_words(pack)
    for t in range(end - 1, max(-1, end - 1 - _ANAPHOR_REACH), -1):
        if doc.words[t].norm in determiners:
            words = range(t + 1, end)
            if len(words) < 2 or any(capitalised(doc, w) for w in words):
                return None  # "the group", "el Observatorio": a reference back, or a name
            if any(is_break(doc, w) for w in range(t + 1, end + 1)):
                return None  # "quoted by the state news agency, said": an aside, no subject
            return (t + 1, end)
    return None


def _own_source(marks: Marks, span: tuple[int, int]) -> bool:
    """Whether a referring phrase holds a source noun that is no group anaphor ("the ministry",
    "la police", "الوزارة"; not "the group", "the agency" or "the same source", "المصدر ذاته",
    which take up whoever spoke last)."""
    cats = [word_cats(marks, k) for k in range(*span)]
    return any("attr:nouns" in c for c in cats) and not any(
        "attr:anaphors" in c or "actor:sources" in c for c in cats
    )


def _anaphor_nouns(doc: Doc, i: int, j: int, kind: str, marks: Marks) -> list[str]:
    """The anaphor nouns next to a cue ``[i, j)`` ("dijo el Observatorio", "the group said")."""
    sentence = doc.sentence[i]
    if kind in ("after", "report"):
        near = range(max(0, i - _ANAPHOR_REACH - 2), i)
    else:
        near = range(j, min(len(doc.words), j + _ANAPHOR_REACH + 1))
    return [
        doc.words[k].norm
        for k in near
        if doc.sentence[k] == sentence and "attr:anaphors" in word_cats(marks, k)
    ]


_NOUN_STEM = 5  # letters of a referring noun that must recur in the source it names
_NOUN_REACH = 12  # distinct speakers before, most recent first, a referring noun may mean


def _same_noun(nouns: list[str], pack: LanguagePack, spoken: _Recent) -> str | None:
    """The most recent earlier speaker whose name holds the noun a referring phrase repeats: "el
    Observatorio dijo" after "el Observatorio" and then another source means the Observatorio,
    "the ministry said" after "the Health Ministry" and a UN agency means the ministry. The noun
    may be written definite (Swedish "organisationen", Arabic "المنظمة") or close a compound
    ("die Behörde" and "Gesundheitsbehörde"). None when no earlier speaker holds it."""
    cuts = range(1) if determiner_words(pack) else range(3)
    stems = {
        form[: len(form) - cut]
        for noun in nouns
        for form in pack.forms(noun)
        for cut in cuts
        # a noun with its article taken off keeps a whole short form ("اللجنة": "لجنة")
        if len(form) - cut >= _NOUN_STEM or (cut == 0 and form != noun and len(form) >= _STEM)
    }
    if not stems:
        return None
    for earlier in itertools.islice(reversed(spoken.latest), _NOUN_REACH):
        words = {form for word in _name_words(earlier) for form in pack.forms(word)}
        if any(stem in word for word in words for stem in stems):
            return earlier
    return None


_STEM = 4  # letters a role word keeps when its ending is cut ("ministern" -> "minister")
_ROLE_REACH = 12  # distinct people named before, most recent first, a bare role noun may mean


def _named_with_role(
    doc: Doc, span: tuple[int, int], pack: LanguagePack, named: _People
) -> str | None:
    """The speaker named before with the role a bare definite role noun repeats: "the minister
    said" after "Defence Minister Ana Example said", "sagte der Minister" after
    "Verteidigungsminister Ana Beispiel", "uppger ministern" after "försvarsminister Ana
    Exempel"; "el funcionario" after "el jefe de la policía, Ana Ejemplo" no (another word). The
    noun is one word after a determiner where the language writes one, else written definite
    onto the noun (its ending of up to two letters cut); it must end a word of the earlier
    speaker ("minister" ends "Verteidigungsminister", never "Ministry")."""
    first, last = span
    if not named or last - first != 1:
        return None
    determiners = determiner_words(pack)
    if determiners and (first == 0 or doc.words[first - 1].norm not in determiners):
        return None  # "a minister said": someone else
    cuts = range(1) if determiners else range(3)
    stems = {
        form[: len(form) - cut]
        for form in pack.forms(doc.words[first].norm)
        for cut in cuts
        if len(form) - cut >= _STEM
    }
    # a role noun takes up someone named lately, not anyone in a long document
    for earlier in itertools.islice(reversed(named.latest), _ROLE_REACH):
        if any(word.endswith(stem) for word in _name_words(earlier) for stem in stems):
            return earlier
    return None


_TITLE_WORDS = 2  # words of a speaker given by title and surname ("Mr Example", "Dr Example")


class _Recent(list[str]):
    """Names in text order, and the distinct ones by when they were last appended (``latest``,
    the last at the end): a look back over the last few distinct names reads that dictionary
    backwards, not the whole list past its repeats (a long document repeats a few sources
    thousands of times, and a walk over every repeat made it quadratic)."""

    def __init__(self) -> None:
        super().__init__()
        self.latest: dict[str, None] = {}

    def append(self, name: str) -> None:
        super().append(name)
        self.latest.pop(name, None)
        self.latest[name] = None


class _People(_Recent):
    """People named so far with their role ("Ana Example (Army spokesman)"), in text order, and
    by surname the distinct ones named with two words or more, the one named last at the end: a
    surname is looked up, not every person named before tried (a long document names
    thousands)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_surname: dict[str, dict[str, None]] = {}

    def append(self, name: str) -> None:
        super().append(name)
        words = _name_words(name.split(" (", 1)[0])
        if len(words) >= 2:
            latest = self.by_surname.setdefault(words[-1], {})
            latest.pop(name, None)
            latest[name] = None


def _named_by_surname(doc: Doc, span: tuple[int, int], named: _People) -> str | None:
    """The person named before in full whom a short capitalised phrase names again by their
    surname, bare or after a title ("Example said", "Mr Example said" after "Army spokesman Ana
    Example"): the same person, with the role they were introduced with. The most recent such
    person; None when the surname is new or the phrase is longer."""
    first, last = span
    if not 1 <= last - first <= _TITLE_WORDS or not all(
        capitalised(doc, k) and not doc.words[k].is_digit for k in range(first, last)
    ):
        return None
    phrase = tuple(doc.words[k].norm for k in range(first, last))
    for earlier in reversed(named.by_surname.get(phrase[-1], {})):
        if _name_words(earlier.split(" (", 1)[0]) != phrase:
            return earlier
    return None


def _last_person(named: list[str], last_speaker: str | None, pack: LanguagePack) -> str | None:
    """The person named last; in a script without capitals, where a name is not told from other
    words (``attribution.uncased``), the last speaker."""
    if named:
        return named[-1]
    return last_speaker if pack.raw.get("attribution", {}).get("uncased", False) else None


def _generic_person(doc: Doc, span: tuple[int, int], pack: LanguagePack) -> bool:
    """Whether a speaker phrase is a definite noun for any person in office
    (``attribution.generic_persons``: "the official", "el funcionario", "le responsable",
    "der Beamte", "tjänstemannen", "المسؤول"), which takes up the person named last."""
    first, last = span
    determiners = determiner_words(pack)
    if last - first == 2 and doc.words[first].norm in determiners:
        first += 1  # "The official said": the determiner opens the sentence, capitalised
    if last - first != 1:
        return False
    words = pack.words("attribution", "generic_persons")
    if not words & set(pack.forms(doc.words[first].norm)):
        return False
    return not determiners or (first > 0 and doc.words[first - 1].norm in determiners)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in name.split())


def _person(doc: Doc, span: tuple[int, int], marks: Marks) -> bool:
    """Whether a speaker phrase ends in a person's name: two capitalised words, neither a
    speaker noun, role or actor ("Defence Minister Ana Example")."""
    first, last = span
    if last - first < 2:
        return False
    return all(
        capitalised(doc, k)
        and not doc.words[k].is_digit
        and not marks.opens(k, ("attr:", "actor:"))
        for k in (last - 2, last - 1)
    )


_CLAUSE_REACH = 16  # words from the word opening a clause to its verb at the end
_ARTICLE_WORDS = 2  # articles and adjectives np_after passes before a subject ("die", "ein")


def _clause_subject(
    doc: Doc, i: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The subject of a clause that ends with its cue at word ``i`` and opens, after a comma,
    with a word of ``attribution.clause_openers`` (German "wie": "..., wie ein Arzt des
    Krankenhauses in X der Zeitung sagte", "wie die Polizei am Montag in Berlin mitteilte"): in
    a clause that puts its verb last the speaker stands right after the opening word, not
    right before the verb, where a place, a date or whom it was told may stand. None for any
    other clause."""
    openers = pack.words("attribution", "clause_openers")
    if not openers:
        return None
    for k in range(i - 1, max(-1, i - 1 - _CLAUSE_REACH), -1):
        if doc.sentence[k] != sentence:
            return None
        if is_break(doc, k) or k == 0 or doc.sentence[k - 1] != sentence:
            if doc.words[k].norm not in openers:
                return None
            span = np_after(doc, k + 1, pack, marks, sentence)
            if span is None or span[0] - k > _ARTICLE_WORDS + 1 or span[1] > i:
                return None  # the subject comes right after the opener and its articles
            return span
    return None


_FRAME_REACH = 10  # words of a subject between an auxiliary and its particle


def _framed_subject(doc: Doc, i: int, pack: LanguagePack, sentence: int) -> tuple[int, int] | None:
    """The subject between an auxiliary and a particle right before a cue at word ``i``
    (``attribution.framed``: Arabic pluperfect "وكانت اللجنة المستقلة قد أعلنت", "وكان
    الإعلام العسكري قد تحدث"), where a verb-first language puts its speaker before the verb."""
    frames = pack.raw.get("attribution", {}).get("framed", [])
    if i < 2 or doc.sentence[i - 1] != sentence:
        return None
    before = set(pack.forms(doc.words[i - 1].norm))
    for auxiliary, particle in frames:
        if normalize(particle) not in before:
            continue
        for t in range(i - 2, max(-1, i - 2 - _FRAME_REACH), -1):
            if doc.sentence[t] != sentence:
                break  # not this frame's auxiliary ("كان"); the next frame may hold ("كانت")
            if normalize(auxiliary) in pack.forms(doc.words[t].norm):
                return (t + 1, i - 1) if t + 1 < i - 1 else None
    return None


@cache
def _written_articles(lang: str) -> tuple[str, ...]:
    """The pack's articles written onto a word (``text.articles``: Arabic "ال", "لل")."""
    return tuple(normalize(a) for a in load_pack(lang).raw.get("text", {}).get("articles", []))


def _verbal_noun(doc: Doc, i: int, pack: LanguagePack) -> bool:
    """Whether the cue word at ``i`` carries an article written onto it, after a conjunction
    or not ("الكشف عن اسمه", revealing his name; "والنشر"): a verb never takes the article, so
    the word is a verbal noun, and no one's reporting verb ("كشف", he revealed, is matched
    through the article). Only in a pack that writes articles onto words (Arabic); no listed
    reporting verb opens with one."""
    articles = _written_articles(pack.lang)
    if not articles:
        return False
    word = doc.words[i].norm
    stems = (word, word[1:]) if word[:1] in ("و", "ف") else (word,)
    return any(s.startswith(a) and len(s) - len(a) >= 2 for s in stems for a in articles)


def _adjective_cue(doc: Doc, i: int, j: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether a one-word cue stands between a number and the noun of harm it describes: a
    participle used as an adjective ("31 bestätigten Toten", "12 confirmed deaths"), not a verb
    whose subject speaks."""
    if j - i != 1 or i == 0 or j >= len(doc.words) or not marks.opens(j, "measure:"):
        return False
    if marks.opens(j, "mod:toll"):
        return False  # "إلى 27 بحسب حصيلة ...": a toll is the document the count is in, not harm
    word = doc.words[i - 1].text
    return word[-1:].isdigit() or parse_number_text(word, pack) is not None


def _passive_of_harm(doc: Doc, i: int, j: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether a cue at ``[i, j)`` is the participle of a passive right before a word of harm
    ("were reported killed", "have been reported missing"; pack ``attribution.passive_aux``
    before it): the counted people are its subject, not a speaker."""
    aux = pack.words("attribution", "passive_aux")
    return (
        bool(aux)
        and i > 0
        and j < len(doc.words)
        and doc.words[i - 1].norm in aux
        and not doc.gaps[j].strip()
        and marks.opens(j, "measure:")
    )


_LIVES_REACH = 4  # words from a cue to the count of lives it takes ("claims at least 9 lives")


def _takes_lives(doc: Doc, j: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether a cue ending at word ``j`` has a count of a noun that gives a measure only as
    what a number counts (pack ``head_measures``: "lives") for its object, past qualifier
    words ("Blast Claims 12 Lives", "claims at least 9 lives"): the verb takes lives, no one
    speaks."""
    n = len(doc.words)
    k = j
    while k < min(n, j + _LIVES_REACH):
        word = doc.words[k].text
        if word[-1:].isdigit() or parse_number_text(word, pack) is not None:
            return k + 1 < n and marks.opens(k + 1, "head:")
        ends = [e for c, e in word_cats(marks, k).items() if c.startswith("qual:")]
        if not ends:
            return False
        k = max(max(ends), k + 1)  # past "at least"
    return False


def _frame_participle(doc: Doc, i: int, pack: LanguagePack) -> bool:
    """Whether the cue at word ``i`` is the participle of one of ``attribution.perfect_frames``."""
    frames = pack.raw.get("attribution", {}).get("perfect_frames", [])
    return any(doc.words[i].norm == normalize(frame[0]) for frame in frames)


def _perfect_subject(
    doc: Doc, i: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The subject of a perfect whose participle is the cue at word ``i`` and whose object
    stands between auxiliary and participle (``attribution.perfect_frames``: participle,
    preposition, auxiliaries; German "Die Regierung hat später von 10 Toten gesprochen",
    "Zuvor hatte die Polizei von 5 Toten gesprochen"): the speaker is next to the auxiliary,
    not the count right before the participle."""
    frames = pack.raw.get("attribution", {}).get("perfect_frames", [])
    cue = doc.words[i].norm
    for participle, preposition, *auxiliaries in frames:
        if cue != normalize(participle):
            continue
        particle = None
        for t in range(i - 1, max(-1, i - 1 - _FRAME_REACH), -1):
            if doc.sentence[t] != sentence:
                return None
            norm = doc.words[t].norm
            if norm == normalize(preposition):
                particle = t
            elif norm in {normalize(a) for a in auxiliaries}:
                if particle is None:
                    return None
                span = np_before(doc, t, pack, marks, sentence)
                if span is None:
                    span = np_after(doc, t + 1, pack, marks, sentence)  # "hatte die Polizei"
                    if span is not None and span[1] > particle:
                        return None
                return span
    return None


_ADDRESSEE_REACH = 5  # words from a cue to whom it was said, past a date ("dijo el lunes a Efe")


def _addressee_after(doc: Doc, i: int, j: int, span: tuple[int, int], pack: LanguagePack) -> bool:
    """Whether the phrase after a cue ``[i, j)`` is whom the speaker spoke to, not the speaker:
    after a verb of telling (``attribution.told``: "told Reuters that") or past a preposition
    of address (``attribution.addressee``: "dijo a la AFP", "a déclaré à l'AFP", "sa till TT").
    The outlet passes the words on; the speaker is before the verb, after the outlet ("dijo a Efe
    el portavoz"), or unnamed."""
    told = pack.words("attribution", "told")
    cue = " ".join(doc.words[k].norm for k in range(i, j))
    if cue in told:
        return True
    addressee = pack.words("attribution", "addressee")
    reach = range(j, min(span[0], j + _ADDRESSEE_REACH))
    return any(addressee & set(pack.forms(doc.words[k].norm)) for k in reach)


def _inverted(doc: Doc, i: int, j: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether a reporting verb ``[i, j)`` (``attribution.inverted``) stands where its subject
    must follow it: after a comma closing what was said ("fyra skadades, uppger regionen") or
    after a back reference opening the sentence ("Det uppger regionen")."""
    cue = " ".join(doc.words[t].norm for t in range(i, j))
    if cue not in pack.words("attribution", "inverted"):
        return False
    return "," in doc.gaps[i] or (i > 0 and points_back(doc, i - 1, pack, marks, i))


def _after_quote(doc: Doc, i: int) -> bool:
    """Whether the cue at word ``i`` follows a quotation it closes, set off by a comma
    ("'I counted 15 bodies,' said a shopkeeper", "», a raconté un commerçant", "”, dijo un
    comerciante", "“, sagte ein Händler", "\"، قال تاجر"): the verb stands before its subject,
    so the phrase after it is who spoke, a common noun the lexicon does not know as well."""
    gap = doc.gaps[i]
    return any(q in gap for q in QUOTES) and any(c in gap for c in ",،")


_CLOSER = 3  # lower-case words of a speaker after a quotation ("a local shopkeeper")
_CLOSER_STOP = ("measure:", "qual:", "vague:", "date:", "neg:", "num", "attr:before", "attr:after")


def _quote_closer(
    doc: Doc, j: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The common noun after the verb that closes a quotation ("said a shopkeeper", "a raconté
    un commerçant", "dijo un comerciante del barrio"): past an article, definite or not, up to
    three lower-case words before punctuation, a function word, a capital or a count's word.
    The lexicon need not know the noun: in that place it can only be who spoke."""
    n = len(doc.words)
    k = j
    if k < n and doc.sentence[k] == sentence and doc.words[k].norm in pack.articles:
        k += 1
    if k == j:
        return None  # a pronoun or a name: the usual readers have it
    end = lower_case_run(doc, k, pack, marks, sentence, _CLOSER, _closes_the_speaker)
    if end == k:
        return None
    # "a souligné la cheffe de la mission": what the role is of says whose voice it is
    return k, role_complement(doc, end, pack, marks, sentence)


def _closes_the_speaker(category: str) -> bool:
    return category.startswith(_CLOSER_STOP)


def _drop_quoted(doc: Doc, i: int, entries: list[tuple[int, str, str]] | None) -> None:
    """Drop the sources found inside the quotation that the cue at word ``i`` closes: "I" of
    "I counted", "the soldiers" of "the soldiers killed" are what was said, not who said it."""
    if not entries:
        return
    sentence = doc.sentence[i]
    opened = max(doc.text.rfind(ch, 0, doc.words[i].start - len(doc.gaps[i])) for ch in _OPENING)
    if opened < 0:
        return
    inside = [
        e
        for e in entries
        if 0 <= e[0] < i
        and doc.sentence[e[0]] == sentence
        and doc.words[e[0]].start > opened
        and e[1] in ("source", "inner")
    ]
    for e in inside:
        entries.remove(e)


def _closing_noun(
    doc: Doc, j: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The common noun after an inverted reporting verb, past an owner ("uppger deras
    arbetsgivare"), when it closes the sentence or meets a preposition ("uppger kommunen till
    TT", "uppger skolan i ett mejl"): in that place a noun can only be the verb's subject."""
    k = j
    if k < len(doc.words) and doc.words[k].norm in pack.words("numbers", "possessives"):
        k += 1
    span = common_noun_after(doc, k, pack, marks, sentence)
    if span is None:
        return None
    end = span[1]
    if end >= len(doc.words) or doc.sentence[end] != sentence:
        return span
    if any(ch in ".;:!?" for ch in doc.gaps[end]) or doc.words[end].norm in pack.function_words:
        return span
    return None


def _body_noun(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether word ``k`` is a noun of bodies, a pronoun perhaps written onto it ("جثامينهم",
    "جثثهم"): what a verb of recovering recovers, never who recovers it."""
    nouns = _body_stems(pack.lang)
    return any(form.startswith(noun) for form in pack.forms(doc.words[k].norm) for noun in nouns)


@cache
def _body_stems(lang: str) -> tuple[str, ...]:
    words = load_pack(lang).raw.get("measures", {}).get("bodies_recovered", [])
    return tuple(stem for w in words if " " not in w and len(stem := normalize(w.rstrip("*"))) >= 3)


def _no_source(doc: Doc, span: tuple[int, int], pack: LanguagePack, marks: Marks) -> bool:
    """Whether the phrase at a cue names no one who gives a figure: a group that claims
    responsibility (``attribution.responsibility``: "أعلنت الحركة مسؤوليتها عن الهجوم الذي
    أسفر عن مقتل 14") or reports that name no source (``attribution.unnamed_reports``:
    "أنباء غير مؤكدة", "وفقا للتقارير"; "تقارير الأمم المتحدة" names one)."""
    claimed = pack.words("attribution", "responsibility")
    unnamed = pack.words("attribution", "unnamed_reports")
    if not (claimed or unnamed):
        return False
    if any(doc.words[k].norm in claimed for k in range(*span)):
        return True
    if not any(f in unnamed for f in pack.forms(doc.words[span[0]].norm)):
        return False
    return not any(
        c == "attr:nouns" or c.startswith("actor:")
        for k in range(span[0] + 1, span[1])
        for c in word_cats(marks, k)
    )


def _pro_drop(pack: LanguagePack) -> bool:
    """``attribution.pro_drop``: the language leaves a subject pronoun unwritten (Arabic, Spanish),
    so a reporting verb with no subject refers to the last speaker."""
    return bool(pack.raw.get("attribution", {}).get("pro_drop", False))


def _complement_follows(doc: Doc, j: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether a complementizer opens what follows a cue ending at ``j``, past adverbs, dates and
    the pack's ``attribution.complement_bridges``: "وأوضح أن ...", "añadió que ...", with no
    subject written."""
    complementizers = complementizer_words(pack)
    bridges = pack.words("attribution", "complement_bridges")
    sentence = doc.sentence[j - 1]
    for k in range(j, min(len(doc.words), j + 4)):
        if doc.sentence[k] != sentence:
            return False
        if any(f in complementizers for f in pack.forms(doc.words[k].norm)):
            return True
        cats = word_cats(marks, k)
        if doc.words[k].norm in bridges:
            continue  # "وأشار إلى أن", "وأضاف يوم السبت أن": the verb's preposition, a day noun
        if not ("attr:adverbs" in cats or any(c.startswith("date:") for c in cats)):
            return False
    return False


def _closes_sentence(doc: Doc, i: int, j: int, marks: Marks, sentence: int) -> bool:
    """Whether a cue ``[i, j)`` follows a comma and closes its sentence, past adverbs and dates
    ("«Hay 23 muertos», dijo.", "Cuatro murieron, añadió el martes."): a verb with no subject
    written after what was said."""
    if i == 0 or "," not in doc.gaps[i]:
        return False
    for k in range(j, len(doc.words)):
        if doc.sentence[k] != sentence:
            return True
        cats = word_cats(marks, k)
        if not ("attr:adverbs" in cats or any(c.startswith("date:") for c in cats)):
            return False
    return True


@dataclass(frozen=True)
class _PackWords:
    """A pack's attribution words that cues are checked against, normalised once."""

    needs_source: dict[str, frozenset[str]]
    issuers: frozenset[str]
    issued: frozenset[str]
    relays: frozenset[str]
    contrast: frozenset[str]
    contrast_phrases: dict[int, frozenset[str]]  # contrast words and phrases by word count
    pronoun_cues: frozenset[str]  # cues holding their pronoun source ("بحسبهم": according to them)


@cache
def _pack_words(lang: str) -> _PackWords:
    raw = load_pack(lang).raw.get("attribution", {})
    needs: dict[str, set[str]] = {}
    for cue, word in raw.get("needs_source", []):
        needs.setdefault(normalize(cue), set()).add(normalize(word))
    return _PackWords(
        {cue: frozenset(words) for cue, words in needs.items()},
        frozenset(normalize(w) for w in raw.get("issuers", [])),
        frozenset(normalize(w) for w in raw.get("issued", [])),
        frozenset(normalize(w) for w in raw.get("relays", [])),
        frozenset(normalize(w) for w in raw.get("contrast", [])),
        {
            size: frozenset(p for p in phrases if len(p.split()) == size)
            for phrases in [{normalize(w) for w in raw.get("contrast", [])}]
            for size in {len(p.split()) for p in phrases}
        },
        frozenset(normalize(w) for w in raw.get("pronoun_cues", [])),
    )


@cache
def _pronoun_cue_ends(lang: str) -> frozenset[str]:
    """The last words of the pack's pronoun cues of more than one word ("them" of "according
    to them"): a cue of several words ending otherwise holds no pronoun."""
    return frozenset(c.split()[-1] for c in _pack_words(lang).pronoun_cues if " " in c)


@cache
def _single_pronoun_cues(lang: str) -> bool:
    """Whether the pack lists a pronoun cue of one word (Arabic "بحسبهم")."""
    return any(" " not in c for c in _pack_words(lang).pronoun_cues)


_SOURCE_OPENING_WORDS = (
    10  # words from "Aus" to its impersonal cue ("Aus dem Krankenhaus ... hieß es")
)


def _source_opening(doc: Doc, k: int, pack: LanguagePack, marks: Marks) -> tuple[int, int] | None:
    """The source a sentence opens with, named after a preposition of origin, before an
    impersonal cue at word ``k`` ("Aus dem Krankenhaus in dem Ort X hieß es", "Aus
    Sicherheitskreisen hieß es"): the noun right after the preposition speaks, not the last
    noun before the cue (pack ``attribution.source_prepositions`` and ``impersonal_cues``, the
    pronoun that follows such a cue) (p17de)."""
    raw = pack.raw.get("attribution", {})
    prepositions, pronouns = raw.get("source_prepositions"), raw.get("impersonal_cues")
    if not prepositions or not pronouns or k + 1 >= len(doc.words):
        return None
    if doc.norms[k + 1] not in pronouns:
        return None
    start = k
    while start > 0 and k - start < _SOURCE_OPENING_WORDS and not opens_sentence(doc, start):
        start -= 1
    if not opens_sentence(doc, start) or doc.norms[start] not in prepositions:
        return None
    if any(is_break(doc, t) for t in range(start + 1, k + 1)):
        return None
    span = np_after(doc, start + 1, pack, marks, doc.sentence[k])
    return span if span is not None and span[1] <= k else None


def _pronoun_cue(doc: Doc, i: int, j: int, pack: LanguagePack) -> bool:
    """Whether a cue ``[i, j)`` holds its source as a pronoun (``attribution.pronoun_cues``:
    "بحسبهم", "وفقا لهم", according to them)."""
    cues = _pack_words(pack.lang).pronoun_cues
    if not cues:
        return False
    if j - i > 1:
        if doc.words[j - 1].norm not in _pronoun_cue_ends(pack.lang):
            return False  # most cues end in no pronoun: asked of every cue of the document
    elif not _single_pronoun_cues(pack.lang):
        return False  # "بحسبهم" is one word; English lists only cues of several
    words = [doc.words[k].norm for k in range(i, j)]
    return any(" ".join([f, *words[1:]]) in cues for f in pack.forms(words[0]))


def _relayed(
    doc: Doc, i: int, j: int, pack: LanguagePack, entries: list[tuple[int, str, str]] | None
) -> bool:
    """Whether an "according to" cue ``[i, j)`` (``attribution.relays``: "according to",
    "selon", "según", "enligt", "laut", "وفق") names who passes on the words of a source that
    speaks before it in the same clause: "hospital sources said 160 were hurt, according to
    Reuters", "uppger sjukhuskällor enligt Reuters", "وقالت مصادر طبية، وفق وكالة رويترز، إن".
    The sources are the speaker, the relay an outer source. Not across a contrast word or a
    semicolon ("X said 40, while according to Y 11 died": two sources, each for its figure)."""
    words = _pack_words(pack.lang)
    cue = " ".join(doc.words[k].norm for k in range(i, j))
    if not entries or not any(f in words.relays for f in (cue, *pack.forms(cue))):
        return False
    for at, role, _ in entries:
        if role == "outer" or not 0 <= at < i:
            continue
        between = range(at + 1, i)
        if any(";" in doc.gaps[k] or "؛" in doc.gaps[k] for k in range(at + 1, i + 1)):
            continue
        if any(any(f in words.contrast for f in pack.forms(doc.words[k].norm)) for k in between):
            continue
        if _subset_at(doc, at + 1, i, pack) is not None:
            continue  # "X said 40 died, including 12 children according to Y": Y's own subset
        return True
    return False


def _subset_at(doc: Doc, a: int, b: int, pack: LanguagePack) -> int | None:
    """The first word in ``[a, b)`` that opens a subset with a count of its own before ``b``
    (``attribution.subsets``: "including 12 children", "dont 12 enfants", "entre ellos 12
    niños"), with no punctuation from it to ``b`` (", according to Y" or a quote's closer
    speaks for the whole sentence), or None."""
    subsets = pack.words("attribution", "subsets")
    if not subsets:
        return None
    sizes = {len(p.split()) for p in subsets}
    for t in range(a, b):
        for size in sizes:
            if (
                t + size > b
                or " ".join(doc.words[k].norm for k in range(t, t + size)) not in subsets
            ):
                continue
            if any(is_break(doc, k) for k in range(t + 1, b + 1)):
                continue
            if any(
                doc.words[k].is_digit or parse_number_text(doc.words[k].text, pack) is not None
                for k in range(t + size, b)
            ):
                return t
    return None


_SOURCE_WORD_REACH = 6  # words from a cue to the preposition that names whom it passes on


def _source_word(doc: Doc, i: int, j: int, pack: LanguagePack) -> int | None:
    """For a cue ``[i, j)`` that attributes only with a preposition of source a few words after
    it (``attribution.needs_source``: Arabic "نقلت الوكالة عن مصادر", passed on from), where that
    preposition stands; -1 when it is missing, so the cue is another verb ("نقلت الجثث إلى
    المشرحة", carried to the morgue); None for any other cue."""
    needs = _pack_words(pack.lang).needs_source
    if not needs:
        return None
    cue = " ".join(doc.words[k].norm for k in range(i, j))
    wanted = next((needs[f] for f in (cue, *pack.forms(cue)) if f in needs), None)
    if wanted is None:
        return None
    sentence = doc.sentence[i]
    for k in range(j, min(len(doc.words), j + _SOURCE_WORD_REACH)):
        if doc.sentence[k] != sentence:
            break
        if wanted & set(pack.forms(doc.words[k].norm)):
            return k
    return -1


def _subject_after_verb(doc: Doc, j: int, pack: LanguagePack, sentence: int) -> bool:
    """Whether a subject pronoun stands right after the cue ending at word ``j``, the verb set
    second (``attribution.inverted_subjects``: "medgav man", "fanden sie"): the phrase before
    the verb is then an adverbial or the object, not who speaks."""
    words = pack.words("attribution", "inverted_subjects")
    return (
        bool(words)
        and j < len(doc.words)
        and doc.sentence[j] == sentence
        and not is_break(doc, j)
        and doc.words[j].norm in words
    )


def _person_pronoun_at(doc: Doc, k: int, marks: Marks, sentence: int) -> bool:
    """Whether word ``k`` of ``sentence`` is a pronoun that names no source ("han", "er")."""
    return (
        k < len(doc.words)
        and doc.sentence[k] == sentence
        and not is_break(doc, k)
        and any(c == "attr:pronouns" and e == k + 1 for c, _, e in marks[k])
    )


_SUBJECT_OPENING = 2  # words before the subject of a sentence ("Le gouverneur ...")


def _subject_before(doc: Doc, k: int, pack: LanguagePack, marks: Marks) -> tuple[int, int] | None:
    """The subject that opens the sentence before the one of word ``k``, in the same paragraph,
    when it is a source: a named person or a phrase holding a source noun ("Governor Ana Example
    spoke to reporters. Six died, he said.", "La Fiscalía publicó un comunicado. Precisó que
    ..."). What a pronoun or a verb with no subject takes up when no cue named anyone before."""
    first = k
    while first > 0 and doc.sentence[first - 1] == doc.sentence[k]:
        first -= 1
    if first == 0 or "\n" in doc.gaps[first]:
        return None  # no sentence before in this paragraph
    before = doc.sentence[first - 1]
    start = first - 1
    while start > 0 and doc.sentence[start - 1] == before:
        start -= 1
    if pack.raw.get("attribution", {}).get("uncased", False):
        # a verb opens the sentence ("وتحدث محافظ المدينة ..."): the subject is the source noun
        # right after it
        start = next(
            (
                t
                for t in range(start, min(first, start + _SUBJECT_OPENING))
                if any(c == "attr:nouns" or c.startswith("actor:") for c in word_cats(marks, t))
            ),
            start,
        )
    span = np_after(doc, start, pack, marks, before)
    if span is None or span[0] - start > _SUBJECT_OPENING:
        return None
    return span if names_itself(marks, span) or _person(doc, span, marks) else None


_RELATIVE_REACH = 4  # words from a relative pronoun to its cue: "que el sábado había cifrado"


def _relative_subject(
    doc: Doc, i: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The speaker of a cue ``i`` in a relative clause set off by a comma (``attribution.
    relatives``: "The governor, who said 12 died, ...", "El alcalde, que informó de doce
    muertos, ...", "Le maire, qui a fait état de douze morts, ..."): the phrase before the comma.
    No punctuation between the pronoun and its cue."""
    relatives = pack.words("attribution", "relatives")
    if not relatives:
        return None
    for k in range(i - 1, max(0, i - 1 - _RELATIVE_REACH), -1):
        if doc.sentence[k] != sentence or is_break(doc, k + 1):
            return None
        if doc.words[k].norm in relatives:
            if doc.gaps[k].strip() != ",":
                return None
            return np_before(doc, k, pack, marks, sentence, comma=True)
    return None


def _medium(name: str, pack: LanguagePack) -> bool:
    """Whether a speaker is a medium or agency that passes words on ("Interfax", "state TV")."""
    raw = pack.raw.get("attribution", {})
    media = pack.words("attribution", "media")
    return name in raw.get("agencies", []) or any(w in media for w in _name_words(name))


def _set_against(
    doc: Doc, pack: LanguagePack, entries: list[tuple[int, str, str]], earlier: str, at: int
) -> bool:
    """Whether a source phrase at word ``at`` that would take up ``earlier`` is set against it
    by a contrast word after a break (``attribution.contrast``) since ``earlier`` spoke in the
    same sentence: "The ministry said 13 people were killed, and the observatory said 60" names
    a second source, not the ministry again."""
    contrast = _pack_words(pack.lang).contrast
    for start, _, text in entries:
        if text != earlier or not 0 <= start < at:
            continue
        for k in range(start + 1, at):
            if is_break(doc, k) and any(f in contrast for f in pack.forms(doc.words[k].norm)):
                return True
    return False


def _person_taken_up(
    doc: Doc, span: tuple[int, int], pack: LanguagePack, last: str, spoken: _Recent
) -> str:
    """Whom "he said" takes up: the last speaker, unless that is a medium that reported a
    person's words ("..., the mayor said at a briefing, Interfax reported. Of those, 163 have
    been identified, he added."): then the last speaker before it that is no medium
    (``[speaker_pronouns] persons``: a pronoun of a person, not "it", "they")."""
    persons = pack.words("speaker_pronouns", "persons")
    if span[1] - span[0] != 1 or doc.words[span[0]].norm not in persons or not _medium(last, pack):
        return last
    for earlier in itertools.islice(reversed(spoken.latest), _NOUN_REACH):
        if not _medium(earlier, pack):
            return earlier
    return last


_CUE_PRONOUN = 4  # words of a cue that holds its pronoun ("a-t-il ajouté")


def _taken_up(
    doc: Doc,
    i: int,
    pack: LanguagePack,
    marks: Marks,
    last_speaker: str | None,
    spoken: _Recent,
) -> str | None:
    """Whom a pronoun source at cue ``i`` takes up ("according to them", "sade han"): the last
    speaker, or with none the subject of the sentence before, which is then spoken too; a
    pronoun of a person in the cue ("a-t-il ajouté") takes up a person, not a medium
    (:func:`_person_taken_up`)."""
    if last_speaker is not None:
        persons = pack.words("speaker_pronouns", "persons")
        near = range(i, min(len(doc.words), i + _CUE_PRONOUN))
        for k in near:
            if doc.words[k].norm in persons and doc.sentence[k] == doc.sentence[i]:
                return _person_taken_up(doc, (k, k + 1), pack, last_speaker, spoken)
        return last_speaker
    subject = _subject_before(doc, i, pack, marks)
    if subject is None:
        return None
    taken = speaker_text(doc, subject, pack, marks)
    spoken.append(taken)
    return taken


def attribute(doc: Doc, pack: LanguagePack, marks: Marks) -> dict[int, Attribution]:
    """Attribution per sentence id (only sentences with a speaker, own or inherited)."""
    found: dict[int, list[tuple[int, str, str]]] = {}
    last_speaker: str | None = None
    named = _People()  # people named with their role ("Ana Example (Army spokesman)")
    spoken = _Recent()  # every speaker read so far, in text order
    exact = {w.casefold() for w in pack.raw.get("attribution", {}).get("exact", [])}
    owned = frozenset(pack.raw.get("attribution", {}).get("possessives", []))
    according = pack.words("attribution", "according")
    finders = pack.words("attribution", "finders")
    last_sentence = -1
    cited: dict[int, set[str]] = {}  # per sentence, whom a "citing" cue names ("citing B")
    passive = {k for _, i, j in marks.family("attr") if _ == "attr:quoted_by" for k in range(i, j)}
    # words inside a long "after" cue ("was quoted as saying"): "quoted" is no cue of its own
    # there (p18en)
    relayed = {
        k
        for cat, i, j in marks.family("attr")
        if cat == "attr:after" and j - i >= 3
        for k in range(i + 1, j)
    }
    holding = (  # "ihren Angaben zufolge": "zufolge" is no cue of its own inside it
        {(i, j) for cat, i, j in marks.family("attr") if _pronoun_cue(doc, i, j, pack)}
        if _pack_words(pack.lang).pronoun_cues  # (most packs list none: no call per phrase)
        else set()
    )
    # where a speaker comes before an "after" cue ("X said"): looked for only where a "before"
    # cue starts at the same word
    after_cues = {i for cat, i, _ in marks.family("attr") if cat == "attr:after"}
    # the speaker phrase before a cue word, read once per word: a word that is a "before" and
    # an "after" cue ("said") is asked for it as both
    before_cue: dict[int, tuple[int, int] | None] = {}
    adverbial: set[int] = set()  # cues whose phrase before is a prepositional phrase set first

    def speaker_before(k: int) -> tuple[int, int] | None:
        if k in before_cue:
            return before_cue[k]
        span = _source_opening(doc, k, pack, marks) or np_before(
            doc, k, pack, marks, doc.sentence[k]
        )
        if adverbial_first(doc, k, span or (k - 1, k), pack, marks) or (
            span is not None and opener_first(doc, k, pack)
        ):
            # "Am frühen Morgen meldete das Rote Kreuz", "Según informó la Fiscalía": the
            # subject follows the verb
            span = None
            adverbial.add(k)
        before_cue[k] = span
        return span

    for cat, i, j in marks.family("attr"):
        if cat in NOT_CUES:
            continue
        if holding and any(a <= i and j <= b and (a, b) != (i, j) for a, b in holding):
            continue  # (most documents hold no such phrase: no generator per cue then)
        if j - i == 1 and doc.words[i].norm in exact and doc.words[i].text.casefold() not in exact:
            continue
        if cat in ("attr:before", "attr:after", "attr:report") and _verbal_noun(doc, i, pack):
            continue  # "فضل عدم الكشف عن اسمه": revealing, no one revealed anything
        if i in passive and cat != "attr:quoted_by":
            continue  # "quoted" inside "quoted by" is not a cue of its own
        if i in relayed:
            continue
        if _adjective_cue(doc, i, j, pack, marks):
            continue  # "31 bestätigten Toten": confirmed dead, no one confirming
        if _takes_lives(doc, j, pack, marks):
            continue  # "Bomb Attack Claims 12 Lives": a death, no one claiming (p18en)
        if _passive_of_harm(doc, i, j, pack, marks):
            continue  # "11 villagers have been reported killed": no one named reports (p18en)
        source_word = _source_word(doc, i, j, pack)
        if source_word == -1:
            continue  # "نقلت الجثث إلى المشرحة": carried, not passed on
        if source_word is not None and source_word > j:
            # "نقلت وكالة رويترز عن مصادر طبية": the agency passes on what the sources said
            sentence = doc.sentence[i]
            outer = np_after(doc, j, pack, marks, sentence)
            inner = np_after(doc, source_word + 1, pack, marks, sentence)
            if outer is not None:
                outer = (outer[0], min(outer[1], source_word))
                found.setdefault(sentence, []).append(
                    (outer[0], "outer", speaker_text(doc, outer, pack, marks))
                )
            if inner is not None:
                text = speaker_text(doc, inner, pack, marks)
                found.setdefault(sentence, []).append((inner[0], "inner", text))
                last_speaker, last_sentence = text, sentence
                spoken.append(text)
            continue
        sentence = doc.sentence[i]
        kind = cat[5:]
        span = None
        if kind in ("before", "citing") and _relayed(doc, i, j, pack, found.get(sentence)):
            # "hospital sources said ..., according to Reuters": Reuters passes it on
            # (ranked first, before a speaker that its own verb also marks as reporting: "X
            # uppger enligt Y", where "uppger" may report)
            relay = None if kind == "citing" else np_after(doc, j, pack, marks, sentence)
            if relay is not None:
                found.setdefault(sentence, []).append(
                    (-1, "outer", speaker_text(doc, relay, pack, marks))
                )
            continue
        if kind == "quoted_by":
            # "rescue workers quoted by NPR": NPR passes on what the rescue workers said
            outer = np_after(doc, j, pack, marks, sentence)
            if outer is not None:
                found.setdefault(sentence, []).append(
                    (outer[0], "outer", speaker_text(doc, outer, pack, marks))
                )
            span = speaker_before(i)
            if span is None:
                continue
            text = speaker_text(doc, span, pack, marks)
            found.setdefault(sentence, []).append((span[0], "inner", text))
            last_speaker, last_sentence = text, sentence
            continue
        inverted_subject = _subject_after_verb(doc, j, pack, sentence)
        if (
            kind == "before"
            and i in after_cues
            and not inverted_subject
            and speaker_before(i) is not None
        ):
            continue  # "the ministry said other strikes killed 20": the speaker comes first
        if (
            kind in ("before", "after", "report", "citing")
            and last_speaker is not None
            and _anaphor(doc, i, j, kind, pack, marks)
        ):  # "según el Observatorio", "citing the group": the source named before
            nouns = _anaphor_nouns(doc, i, j, kind, marks)
            source = _same_noun(nouns, pack, spoken) or last_speaker
            if not _set_against(doc, pack, found.get(sentence, []), source, i):
                found.setdefault(sentence, []).append((i, "source", source))
                last_sentence = sentence
                continue
            # "The ministry said 13 ..., and the observatory said 60": a second source, which
            # the phrase itself names (read below)
        if (
            kind == "after"
            and last_speaker is None
            and (phrase := _anaphor_phrase(doc, i, j, kind, pack, marks)) is not None
        ):
            # "the rebel group said", "the disaster agency said" with no one named before: the
            # group noun with its modifiers is the source, not its head alone nor no one
            text = speaker_text(doc, phrase, pack, marks)
            found.setdefault(sentence, []).append((phrase[0], "source", text))
            last_speaker, last_sentence = text, sentence
            spoken.append(text)
            continue
        if kind == "before":
            span = noun_in_cue(marks, i, j)  # "nach offiziellen Angaben": the figures' own source
        if span is None and kind in ("before", "report", "citing"):
            span = np_after(doc, j, pack, marks, sentence)
            if (
                span is not None
                and _pro_drop(pack)
                and not capitalised(doc, span[0])
                and "attr:adverbs" in word_cats(marks, span[0])
            ):
                span = None  # "وأوضح عبر حسابه": the channel it spoke on, no subject
            if span is not None and kind == "before" and _addressee_after(doc, i, j, span, pack):
                # "told Reuters that", "dijo a Efe el portavoz": whom it was told passes the
                # words on (an outer source); the speaker is before the verb or after the outlet
                outlet = span[0] + 1
                if not capitalised(doc, span[0]):
                    # "told news agency TT", "dijo a la agencia EFE": a noun for the outlet
                    # before its name, which ends the outlet
                    capitals = [t for t in range(span[0], span[1]) if capitalised(doc, t)]
                    outlet = capitals[0] if capitals else span[1]
                while outlet < span[1] and capitalised(doc, outlet):
                    outlet += 1  # the outlet's name ends where its capitals end
                found.setdefault(sentence, []).append(
                    (span[0], "outer", speaker_text(doc, (span[0], outlet), pack, marks))
                )
                span = np_after(doc, outlet, pack, marks, sentence)
                if span is None and _after_quote(doc, i):
                    # "», a déclaré à l'AFP le président de ...": past the outlet, the noun
                    # after the article is the verb's subject, known to the lexicon or not
                    span = _quote_closer(doc, outlet, pack, marks, sentence)
        if (
            span is None
            and kind == "before"
            and " ".join(doc.words[t].norm for t in range(i, j)) in according
            and not any(c.startswith("attr:") and e > j for c, _, e in marks[i])
        ):  # (a longer cue reads its own source: "enligt vad polisen uppger")
            span = common_noun_after(doc, j, pack, marks, sentence)  # "selon le préfet"
        if span is None and kind == "before" and _inverted(doc, i, j, pack, marks):
            span = _closing_noun(doc, j, pack, marks, sentence)  # ", uppger regionen."
        if span is None and kind == "before" and _after_quote(doc, i):
            span = _quote_closer(doc, j, pack, marks, sentence)  # '," said a shopkeeper'
        if span is not None and kind == "before" and _after_quote(doc, i):
            _drop_quoted(doc, i, found.get(sentence))  # not "I" of "I counted" inside the quote
        if span is None and kind == "after" and _frame_participle(doc, i, pack):
            span = _perfect_subject(doc, i, pack, marks, sentence)  # "hat von 10 Toten gesprochen"
            if span is None:
                continue  # "mit 20 Überlebenden gesprochen": who was spoken with, no source
        if span is None and kind in ("after", "report") and inverted_subject:
            # "Efter en granskning i Danmark medgav man att", "230 Leichen fanden sie": the
            # subject follows the verb set second, the phrase before it is none; a generic
            # pronoun names no one, a personal one takes up the last speaker
            if doc.words[j].norm not in pack.words("attribution", "impersonal"):
                last_speaker = _taken_up(doc, i, pack, marks, last_speaker, spoken)
                if last_speaker is not None:
                    cue = " ".join(doc.words[t].norm for t in range(i, j))
                    role = "finder" if cue in finders else "source"
                    found.setdefault(sentence, []).append((i, role, last_speaker))
                    last_sentence = sentence
            continue
        if span is None and kind in ("after", "report"):
            span = _clause_subject(doc, i, pack, marks, sentence)  # "wie die Polizei ... mitteilte"
        if span is None and kind in ("after", "report"):
            span = speaker_before(i)
        if span is None and kind == "after" and i in adverbial:
            span = np_after(doc, j, pack, marks, sentence)  # "Am Abend zählte die Polizei"
        relative = False
        if span is None and kind in ("after", "report"):
            span = _relative_subject(doc, i, pack, marks, sentence)  # "X, who said 12 died,"
            relative = span is not None
        if span is None and kind == "before":
            span = _framed_subject(doc, i, pack, sentence)  # "وكانت اللجنة قد أعلنت"
        if (
            span is None
            and kind in ("before", "after")
            and (issuer := _issuer(doc, i, j, kind, pack))
        ):
            # "according to a military statement", "بحسب بيان عسكري": the military issued it
            text = speaker_text(doc, (issuer, issuer + 1), pack, marks)
            found.setdefault(sentence, []).append((issuer, "source", text))
            last_speaker, last_sentence = text, sentence
            spoken.append(text)
            continue
        if span is None and kind == "before" and _pronoun_cue(doc, i, j, pack):
            # "وبحسبهم", "ووفقا لهم" (according to them): the last speaker, or with none the
            # subject of the sentence before ("وصل المسعفون ... ووفقا لهم، قتل 15")
            last_speaker = _taken_up(doc, i, pack, marks, last_speaker, spoken)
            if last_speaker is not None:
                found.setdefault(sentence, []).append((i, "source", last_speaker))
                last_sentence = sentence
            continue
        if span is None:
            if (
                kind == "before"
                and last_speaker is not None
                and _pro_drop(pack)
                and _complement_follows(doc, j, pack, marks)
            ):
                # "وأوضح أن ...", "añadió que ...": a verb with no subject written speaks for the
                # last speaker, in a language that drops subject pronouns
                found.setdefault(sentence, []).append((i, "source", last_speaker))
                last_sentence = sentence
            elif (
                kind == "before"
                and _pro_drop(pack)
                and _closes_sentence(doc, i, j, marks, sentence)
            ):
                # "«Hay 23 muertos», dijo.": a verb with no subject closing what was said takes
                # up the last speaker, or with none the subject of the sentence before
                last_speaker = _taken_up(doc, i, pack, marks, last_speaker, spoken)
                if last_speaker is not None:
                    found.setdefault(sentence, []).append((i, "source", last_speaker))
                    last_sentence = sentence
            elif (
                kind == "before"
                and last_speaker is not None
                and _pro_drop(pack)
                and pack.raw.get("attribution", {}).get("opening_verb_speaks", False)
                and opens_sentence(doc, i)
                and " ".join(doc.words[t].norm for t in range(i, j)) not in finders
            ):
                # "وأشارت إلى ارتفاع الحصيلة ...", "وأعلنت في بيان ... ارتفاع": a sentence that
                # opens with a reporting verb and no subject written speaks for the last speaker
                found.setdefault(sentence, []).append((i, "source", last_speaker))
                last_sentence = sentence
            elif kind == "before" and _person_pronoun_at(doc, j, marks, sentence):
                # "sade han", "schrieb er": a pronoun read as a function word takes up the last
                # speaker, or with none the subject of the sentence before
                last_speaker = _taken_up(doc, i, pack, marks, last_speaker, spoken)
                if last_speaker is not None:
                    found.setdefault(sentence, []).append((i, "source", last_speaker))
                    last_sentence = sentence
            elif (
                kind == "before"
                and last_speaker is None
                and _pro_drop(pack)
                and _complement_follows(doc, j, pack, marks)
                and (subject := _subject_before(doc, i, pack, marks)) is not None
            ):  # "La Fiscalía publicó un comunicado. Precisó que ...": its subject speaks
                last_speaker = speaker_text(doc, subject, pack, marks)
                found.setdefault(sentence, []).append((i, "source", last_speaker))
                last_sentence = sentence
                spoken.append(last_speaker)
            continue
        if kind == "citing":
            outer = speaker_before(i)
            if (
                outer is None
                and i > 0
                and doc.gaps[i].strip() == ","
                and capitalised(doc, i - 1)
                and not marks.opens(i - 1, "date:")
            ):  # "Sam Example, citing ..." names a source; "said on Tuesday, citing" does not
                outer = (extend_left(doc, i - 1, marks, sentence), i)
            if outer is not None:
                found.setdefault(sentence, []).append(
                    (outer[0], "outer", speaker_text(doc, outer, pack, marks))
                )
            elif last_speaker is not None and last_sentence != sentence and opens_sentence(doc, i):
                # "Citing local workers, the report states ...": the report named before
                found.setdefault(sentence, []).append((-1, "outer", last_speaker))
        if _no_source(doc, span, pack, marks):
            continue  # "أعلنت الحركة مسؤوليتها عن", "أنباء غير مؤكدة": no one gives the figure
        text = speaker_text(doc, span, pack, marks)
        if "attr:pronouns" in {c for c, _, e in marks[span[0]] if e == span[1]}:
            if last_speaker is not None:
                # "the ministry said": the ministry named before, "he said": the last speaker
                held = names_itself(marks, span)
                nouns = [doc.words[k].norm for k in range(*span)] if held else []
                earlier = _same_noun(nouns, pack, spoken)
                if earlier is None and not _own_source(marks, span):
                    earlier = _person_taken_up(doc, span, pack, last_speaker, spoken)
                    if _set_against(doc, pack, found.get(sentence, []), earlier, span[0]):
                        earlier = None  # "The ministry said 13 ..., and the observatory said 60"
                # "the ministry said" after "local sources said": no one named before holds
                # its noun, so the ministry speaks, not the sources
                text = earlier or text
            elif not names_itself(marks, span):
                subject = _subject_before(doc, span[0], pack, marks)
                if subject is None:
                    continue  # "he said" with no one named before: no speaker
                text = speaker_text(doc, subject, pack, marks)  # the subject before: "Ana said"
            # else "the ministry said", "organisationen uppger" with no one named before: itself
        elif (role_text := speaker_role(doc, span, pack, marks)) is not None:
            text = f"{text} ({role_text})"  # "Ana Example (Army spokesman)": whose voice it is
            named.append(text)
        elif (earlier := _named_by_surname(doc, span, named)) is not None:
            text = earlier  # "Mr Example said" after "Army spokesman Ana Example"
        elif (earlier := _named_with_role(doc, span, pack, named)) is not None:
            text = earlier  # "el ministro" after "el ministro de Defensa, Ana Ejemplo"
        elif (person := _last_person(named, last_speaker, pack)) and _generic_person(
            doc, span, pack
        ):
            text = person  # "the official said" after "Police chief Ana Example said"
        elif _person(doc, span, marks):
            named.append(text)  # "Defence Minister Ana Example": the title is in the name
        role = "outer" if kind == "report" else "inner" if kind == "citing" else "source"
        if relative:
            role = "inner"  # "The governor, who put the toll at 11, ..., the office said"
        if kind == "after" and span[0] > 0 and doc.words[span[0] - 1].norm in owned:
            role = "owned"  # "the Red Crescent said its medics recovered 16 bodies"
        elif " ".join(doc.words[t].norm for t in range(i, j)) in finders:
            if _body_noun(doc, span[0], pack):
                continue  # "انتشلت جثامينهم": their bodies were recovered, no one recovers
            role = "finder"  # "rescuers recovered 11 bodies": theirs unless a source is named
        found.setdefault(sentence, []).append((span[0], role, text))
        if kind == "citing" and not _also_according(doc, i, j, pack):
            cited.setdefault(sentence, set()).add(text)
        last_speaker, last_sentence = text, sentence
        spoken.append(text)
    result: dict[int, Attribution] = {}
    first_word = doc.sentence_starts
    if not found:
        _credited(doc, pack, found, result, first_word)
        _labelled(doc, pack, marks, found, result, first_word)
        return result
    sentences = sorted(first_word)
    background = _background_starts(doc, pack)
    previous: Attribution | None = None
    last: Attribution | None = None  # the last speaker, across paragraphs
    lead: Attribution | None = None  # a news agency the lead names as its only source
    block: Attribution | None = None  # the source of a line ending in a colon, for its block
    previous_sentence = -1
    for position, sentence in enumerate(sentences):
        entries = found.get(sentence)
        if not entries and block is not None and _in_colon_block(doc, first_word[sentence]):
            previous = last = result[sentence] = block  # "selon X :" / "- Tyr : 9 morts"
            previous_sentence = sentence
            continue
        block = None
        if entries:
            order = {"outer": 0, "source": 1, "inner": 2, "owned": 2, "finder": 1}
            if any(e[1] != "finder" for e in entries):
                # "rescuers recovered 11 bodies, according to local media": the media speak
                entries = [e for e in entries if e[1] != "finder"]
            semicolon = _semicolon_contrast(doc, entries)
            entries = _before_semicolon(doc, entries)
            entries = [e for e in entries if not _passed_on(doc, e, entries)]
            ranked = sorted(entries, key=lambda e: (order[e[1]], e[0]))
            chain = list(dict.fromkeys(t for _, _, t in ranked))
            attribution = Attribution(chain[-1], chain if len(chain) > 1 else [])
            if (
                len(chain) > 1
                and chain[-1] in cited.get(sentence, ())
                and _people_source(chain[-2], pack)
            ):
                attribution.speaker = chain[-2]  # "two aid workers, citing officials"
            attribution.contrast = _contrast(doc, entries, pack) or semicolon
            result[sentence] = attribution
            previous = attribution.carried()
            if _ends_in_colon(doc, first_word, sentence):
                block = previous
            if position < _LEAD_SENTENCES and _agency_alone(previous, pack):
                lead = previous
            if (
                previous_sentence >= 0
                and previous_sentence not in found
                and (
                    opens_with_total(doc, first_word[sentence], pack)
                    or (
                        _same_paragraph(doc, first_word, previous_sentence, sentence)
                        and reports_back(doc, first_word[sentence], pack, marks)
                    )
                    or (
                        # "Det säger WHO." on a line of its own under the line it tells of
                        # (easy-read and text-TV copy set each sentence on its line): a blank
                        # line, not a line break, ends the reach of a back reference (p18sv)
                        _same_block(doc, first_word, previous_sentence, sentence)
                        and points_back(doc, first_word[sentence], pack, marks)
                    )
                    # a paragraph of that one sentence: "...\n\nAsí lo informaron las
                    # autoridades.\n\n" points back across the break (p18es)
                    or (
                        _paragraph_of_one(doc, first_word, sentence)
                        and points_back(doc, first_word[sentence], pack, marks)
                    )
                )
            ):  # (a paragraph opening with the total gives its source across the break)
                # "... were killed. That, AFP reports.", "... died. Among the dead, the UN
                # counts 9 children": the source named after speaks for the count before
                result[previous_sentence] = previous
                whole = sentences[position - 2] if position >= 2 else -1
                if (
                    whole >= 0
                    and whole not in found
                    and whole not in result
                    and _same_block(doc, first_word, whole, previous_sentence)
                    and _same_block(doc, first_word, previous_sentence, sentence)
                    and (
                        opens_with_part(doc, first_word[previous_sentence], pack)
                        or adds_to_lead(doc, first_word, whole, previous_sentence, pack)
                    )
                    and not _background(doc, first_word[whole], pack, background)
                    and not _opens_new_event(doc, first_word[whole], pack)
                ):
                    # "87 dödades. 30 av dem var barn. Det uppger ministeriet.": the part (or
                    # the addition "Ytterligare fem skadades") told the whole count before it,
                    # so the source pointed back to speaks for that count too (p18sv)
                    result[whole] = previous
            elif (
                previous_sentence not in result
                and adds_to_lead(doc, first_word, previous_sentence, sentence, pack)
                and not _background(doc, first_word[previous_sentence], pack, background)
                and not _opens_new_event(doc, first_word[previous_sentence], pack)
            ):
                # "... were killed. Another 30 were wounded, police said": the count it adds to
                # was the same source's
                result[previous_sentence] = previous
            elif (
                position <= _LEAD_SOURCE_POSITION
                and previous_sentence >= 0
                and previous_sentence not in result
                and sentences[position - 1] == previous_sentence
                and pack.raw.get("attribution", {}).get("lead_from_next", False)
                and not _holds_number(doc, first_word, sentence, pack)
                and not _opens_new_event(doc, first_word[sentence], pack)
                and not _background(doc, first_word[previous_sentence], pack, background)
            ):
                # "قتل 18 مدنيا في غارة ... وقال مدير الدفاع المدني إن فرق الإنقاذ ...": a lead
                # with no source, then one who tells more of the event and gives no figure of
                # its own: the lead's figure was theirs (``attribution.lead_from_next``)
                result[previous_sentence] = previous
        elif (
            previous is not None
            and _same_paragraph(doc, first_word, previous_sentence, sentence)
            and not _opens_new_event(doc, first_word[sentence], pack)
            and not _background(doc, first_word[sentence], pack, background)
        ):
            result[sentence] = previous
        elif previous is not None and (
            opens_with_part(doc, first_word[sentence], pack)
            or opens_with_total(doc, first_word[sentence], pack)
            or (
                _same_block(doc, first_word, previous_sentence, sentence)
                and opens_with_addition(doc, first_word[sentence], pack)
            )
        ):
            # "Four of the dead were children", "Among the dead were 3 children" in a paragraph
            # of their own: a detail of the figure just given, by whoever gave it; so is one
            # that adds to it on the next line ("..., uppger borgmästaren.\nYtterligare runt
            # åtta personer är skadade.") (p18sv)
            result[sentence] = previous
        elif last is not None and _reported_mood(doc, first_word, sentence, pack):
            previous = result[sentence] = last  # "Weitere 90 seien verletzt worden": still theirs
        elif lead is not None and last is lead:
            previous = result[sentence] = lead  # the lead's agency tells the whole report
        else:
            previous = None
        if previous is not None:
            last = previous
        previous_sentence = sentence
    _quoted_before(doc, found, result, first_word)
    _dashed_before(doc, found, result, first_word)
    _credited(doc, pack, found, result, first_word)
    _labelled(doc, pack, marks, found, result, first_word)
    return result


_LABEL_WORDS = 5  # words of a source that opens a line before a colon ("Polisen: 3 döda")


def _labelled(
    doc: Doc,
    pack: LanguagePack,
    marks: Marks,
    found: dict[int, list[tuple[int, str, str]]],
    result: dict[int, Attribution],
    first_word: dict[int, int],
) -> None:
    """A line opened by its source and a colon, as headlines write it ("Police: three dead in
    crash", "Räddningstjänsten: 22 döda", "الدفاع المدني: مقتل 22"): the source speaks for that
    sentence when it cites no one else. The source holds a source noun or a known actor."""
    for sentence, k in first_word.items():
        if sentence in found or (k > 0 and "\n" not in doc.gaps[k]):
            continue
        for t in range(k + 1, min(len(doc.words), k + _LABEL_WORDS + 1)):
            if doc.sentence[t] != sentence or doc.words[t - 1].is_digit:
                break
            gap = doc.gaps[t]
            if ":" not in gap:
                if is_break(doc, t):
                    break
                continue
            if gap.strip() != ":":
                break
            if any(
                (c == "attr:nouns" or c.startswith("actor:")) and e <= t
                for u in range(k, t)
                for c, _, e in marks[u]
            ):
                result[sentence] = Attribution(speaker_text(doc, (k, t), pack, marks))
            break


@cache
def _agency_names(lang: str) -> frozenset[str]:
    return frozenset(load_pack(lang).raw.get("attribution", {}).get("agencies", []))


@cache
def _agency_phrases(lang: str) -> tuple[str, ...]:
    """The agency names of more than one word, looked for inside a speaker's text (the others
    are matched word by word): listed once per language, not filtered per speaker."""
    return tuple(a for a in _agency_names(lang) if " " in a)


@cache
def _agency_norms(lang: str) -> frozenset[str]:
    """The normal forms of a word written as an agency's name (folded, or as written where the
    pack keeps the word verbatim): a credit is looked for only at these words of a document
    (its index by normal form), not at every word."""
    names = _agency_names(lang)
    return names | {normalize(name) for name in names}


_CREDIT_OPEN = ("(", "—", "–", "-")
_LEAD_SENTENCES = 4  # sentences of a report's lead: title, subtitle and the first two
_LEAD_SOURCE_POSITION = 2  # the sentence after a lead (title and first sentence) that names it


def _holds_number(doc: Doc, first_word: dict[int, int], sentence: int, pack: LanguagePack) -> bool:
    """Whether ``sentence`` holds a digit or a number word (a figure of its own, maybe)."""
    k = first_word[sentence]
    while k < len(doc.words) and doc.sentence[k] == sentence:
        word = doc.words[k]
        if word.is_digit or word.norm in pack.number_words:
            return True
        k += 1
    return False


def _agency_alone(attribution: Attribution, pack: LanguagePack) -> bool:
    """Whether a sentence's only source is a news agency of the pack (``attribution.agencies``:
    "reports the agency WAFA", "وقالت وكالة الأنباء الفلسطينية وفا"), not an agency that passes
    on another's words ("told AFP", "citing hospital sources", "enligt Reuters") or one of two
    sources set against each other. An agency that the lead names so reports every figure after
    it that no one else is cited for, across paragraphs, as a dateline does; any other source
    named once speaks only for its own paragraph."""
    if attribution.chain or attribution.contrast is not None or not attribution.speaker:
        return False
    agencies = _agency_names(pack.lang)
    speaker = attribution.speaker
    words = {w.strip("\"'«»“”()„") for w in speaker.split()}
    return bool(words & agencies) or any(a in speaker for a in _agency_phrases(pack.lang))


def _credited(
    doc: Doc,
    pack: LanguagePack,
    found: dict[int, list[tuple[int, str, str]]],
    result: dict[int, Attribution],
    first_word: dict[int, int],
) -> None:
    """An agency credited at the end of a line ("... were wounded. (AFP)", "... overnight. —
    Reuters"): it speaks for the figures of that paragraph that no one else is cited for, as a
    dateline does for a whole report (a credit alone on its line credits nothing)."""
    agencies = _agency_names(pack.lang)
    n = len(doc.words)
    for k in doc.where(_agency_norms(pack.lang)):
        word = doc.words[k]
        if word.text not in agencies or "\n" in doc.gaps[k]:
            continue
        opened = doc.gaps[k].rstrip()
        if not opened.endswith(_CREDIT_OPEN) or (opened.endswith("-") and doc.gaps[k][-1] != " "):
            continue
        after = doc.gaps[k + 1] if k + 1 < n else doc.text[word.end :]
        if opened.endswith("("):
            if not after.startswith(")"):
                continue
            after = after[1:]
        if after.strip(" .") or (k + 1 < n and "\n" not in after):
            continue  # the credit closes its line
        sentence = doc.sentence[k]
        first = first_word[sentence]
        while first > 0 and "\n" not in doc.gaps[first]:
            first = first_word[doc.sentence[first - 1]]
        if first == first_word[sentence] and doc.words[first].text == word.text:
            continue
        for other in range(doc.sentence[first], sentence + 1):
            if other in first_word and other not in found and other not in result:
                result[other] = Attribution(word.text)


_OPENING = '“«„"”'  # ” opens a quotation too in Swedish and Finnish (p18sv)


def _quoted_before(
    doc: Doc,
    found: dict[int, list[tuple[int, str, str]]],
    result: dict[int, Attribution],
    first_word: dict[int, int],
) -> None:
    """A quotation of several sentences closed by its speaker ("“Four were killed. Six were
    wounded,” he said."): the speaker speaks for every sentence inside the quote marks, back to
    where they open in the same paragraph, that has no speaker of its own."""
    # each sentence's last word: a later word of a sentence overwrites an earlier one
    last_word = dict(zip(doc.sentence, range(len(doc.sentence)), strict=True))
    order = sorted(first_word)
    place = {sentence: n for n, sentence in enumerate(order)}
    for sentence, entries in found.items():
        cue = min((e[0] for e in entries if e[0] >= 0), default=None)
        if cue is None:
            continue
        begin = doc.words[first_word[sentence]].start
        head = doc.text[begin : doc.words[cue].start]
        if sum(head.count(quote) for quote in QUOTES) % 2 == 0:
            continue  # no quotation left open before this sentence
        opened = max(doc.text.rfind(ch, 0, begin) for ch in _OPENING)
        if opened < 0 or "\n" in doc.text[opened:begin]:
            continue
        for other in reversed(order[: place[sentence]]):
            if doc.words[last_word[other]].start < opened:
                break  # before the quote opened
            if other not in found:
                result[other] = result[sentence].carried()


_DASHES = ("– ", "— ", "- ")  # a quotation's dash at its paragraph's start
_DASH_VERB_WORDS = 2  # words between the quote's closing comma and its speaker ("säger")


def _dashed_before(
    doc: Doc,
    found: dict[int, list[tuple[int, str, str]]],
    result: dict[int, Attribution],
    first_word: dict[int, int],
) -> None:
    """A quotation opened by a dash at its paragraph's start, as the Swedish, Norwegian and
    Danish press write speech ("– Först dödades två soldater. Den tredje dog senare, säger
    X."), closed by its speaker after a comma in its last sentence: the speaker speaks for
    every sentence of the paragraph before, that has no speaker of its own."""
    text = doc.text
    order = sorted(first_word)
    place = {sentence: n for n, sentence in enumerate(order)}
    for sentence, entries in found.items():
        if sentence not in result or place.get(sentence, 0) == 0:
            continue
        cue = min((e[0] for e in entries if e[0] >= 0), default=None)
        if cue is None:
            continue
        begin = doc.words[first_word[sentence]].start
        head = text[begin : doc.words[cue].start]
        comma = head.rfind(",")  # ", säger X": the speaker right after the quote's comma
        if comma < 0 or len(head[comma + 1 :].split()) > _DASH_VERB_WORDS:
            continue
        paragraph = text.rfind("\n", 0, begin) + 1
        if not text[paragraph:begin].lstrip(" \t").startswith(_DASHES):
            continue
        for other in reversed(order[: place[sentence]]):
            if doc.words[first_word[other]].start < paragraph:
                break
            if other not in found:
                result[other] = result[sentence].carried()


def _contrast(
    doc: Doc, entries: list[tuple[int, str, str]], pack: LanguagePack
) -> tuple[int, str, str] | None:
    """Two plain sources with a contrast word between them (``attribution.contrast``: "while",
    "men", "mientras", "بينما"): each speaks for its own side ("Enligt X har 11 dödats, men
    enligt Y kan 40 ha dött"). With no such word, the sentence has one speaker as before."""
    if any(k < 0 for k, _, _ in entries):
        return None
    # "según" is a source and a citing cue; "X meldete" a source and a report: one place, one
    # source (a reporting verb on either side of the contrast word passes on no one's words)
    sources = sorted({(k, t) for k, _, t in entries})
    if len(sources) != 2:
        return None
    (a, first), (b, second) = sources
    if first == second:
        return None
    if (subset := _subset_at(doc, a + 1, b, pack)) is not None:
        return subset, first, second  # "X said 40 died, including 12 children according to Y"
    phrases = _pack_words(pack.lang).contrast_phrases
    for t in range(a + 1, b):
        if not is_break(doc, t):
            continue
        if any(f in phrases.get(1, ()) for f in pack.forms(doc.words[t].norm)):
            return t, first, second
        for size, held in phrases.items():  # "في حين", "alors que"
            if size > 1 and t + size <= b:
                words = [doc.words[k].norm for k in range(t, t + size)]
                heads = pack.forms(words[0])
                if any(" ".join([h, *words[1:]]) in held for h in heads):
                    return t, first, second
    return None


_ISSUER_REACH = 4  # words from a cue to a statement named by its issuer ("according to a new
# military statement")


def _issuer(doc: Doc, i: int, j: int, kind: str, pack: LanguagePack) -> int | None:
    """The adjective that names who issued a statement next to a cue, when no one else is named
    (``attribution.issued``: "statement", "communiqué", "بيان"; ``attribution.issuers``:
    "military", "militaire", "عسكري"): "according to a military statement", "selon un
    communiqué militaire", "A military statement said". The adjective stands right before or
    after the statement's noun, in the clause next to the cue. None when there is none."""
    words_of = _pack_words(pack.lang)
    issuers, issued = words_of.issuers, words_of.issued
    if not issuers or not issued:
        return None
    prepositions = _prepositions(pack.lang)
    sentence = doc.sentence[i]
    if kind == "before":
        near = range(j, min(len(doc.words), j + _ISSUER_REACH + 1))
    else:
        near = range(i - 1, max(-1, i - 2 - _ISSUER_REACH), -1)
    words = [t for t in near if doc.sentence[t] == sentence]
    for a, b in itertools.pairwise(sorted(words)):
        if b != a + 1 or is_break(doc, b):
            continue
        for noun, adjective in ((a, b), (b, a)):
            norm = doc.words[noun].norm
            held = norm in issued or (
                bool(prepositions)
                and any(
                    norm.startswith(w) and left + norm[len(w) :] in issued
                    for w, left in prepositions
                )
            )
            if held and doc.words[adjective].norm in issuers:
                return adjective
    return None


@cache
def _prepositions(lang: str) -> tuple[tuple[str, ...], ...]:
    """The pack's ``attribution.prepositions`` (a preposition written onto a word and what is
    left of it), as tuples once per language, not once per pair of words."""
    return tuple(
        tuple(p) for p in load_pack(lang).raw.get("attribution", {}).get("prepositions", [])
    )


def _passed_on(doc: Doc, entry: tuple[int, str, str], entries: list[tuple[int, str, str]]) -> bool:
    """Whether a source's own people ("the Red Crescent said its medics recovered 16 bodies")
    only pass on the figure of the source named before them in the same clause."""
    at, role, _ = entry
    return role == "owned" and any(
        0 <= e[0] < at
        and e[1] != "owned"
        and not any(ch in doc.gaps[k] for k in range(e[0] + 1, at + 1) for ch in ",;:")
        for e in entries
    )


def _semicolon_contrast(
    doc: Doc, entries: list[tuple[int, str, str]]
) -> tuple[int, str, str] | None:
    """ "X reported that ten were injured; Y said 16 were wounded": two sources, each opening
    its own side of a semicolon, each speaks for the figures on its side (a source that is
    also the report's outer voice, "X reported that", is the same source)."""
    named = sorted({(k, t) for k, role, t in entries if k >= 0 and role in ("source", "outer")})
    if len(named) != 2 or any(role == "outer" and (k, t) not in named for k, role, t in entries):
        return None
    (a, first), (b, second) = named
    if first == second:
        return None
    for t in range(a + 1, b + 1):
        if ";" in doc.gaps[t] or "؛" in doc.gaps[t]:
            return t, first, second
    return None


def _before_semicolon(doc: Doc, entries: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """ "X said 14 were killed; Y said it was reviewing": a speaker past a semicolon that follows
    another speaker starts a statement of its own, and does not pass X's words on."""
    sources = sorted(e[0] for e in entries if e[1] == "source" and e[0] >= 0)
    for first, later in itertools.pairwise(sources):
        if any(";" in doc.gaps[k] or "؛" in doc.gaps[k] for k in range(first + 1, later + 1)):
            return [e for e in entries if e[0] < later]
    return entries


_LIST_MARKS = "-–—•*·"


def _in_colon_block(doc: Doc, k: int) -> bool:
    """Whether the sentence at word ``k`` opens the paragraph after a line ending in a colon
    ("..., selon la protection civile :" / "« Nous avons perdu 21 personnes »"), or an item of
    the list that such a line opens ("- Tyr : 9 morts" / "- Nabatiyé : 4 morts"): the line's
    source speaks for it, as its words announce what follows."""
    gap = doc.gaps[k]
    if "\n" not in gap:
        return False
    before, _, after = gap.partition("\n")
    mark = after.strip()[:1]
    return ":" in before or (mark != "" and mark in _LIST_MARKS)


def _ends_in_colon(doc: Doc, first_word: dict[int, int], sentence: int) -> bool:
    """Whether the sentence that opens at ``first_word[sentence]`` ends in a colon before a line
    break: the gap after its last word holds ":" and then a new line."""
    k = first_word[sentence]
    while k < len(doc.words) and doc.sentence[k] == sentence:
        k += 1
    if k >= len(doc.words):
        return False
    before, newline, _ = doc.gaps[k].partition("\n")
    return bool(newline) and ":" in before


def _reported_mood(doc: Doc, first_word: dict[int, int], sentence: int, pack: LanguagePack) -> bool:
    """Whether a sentence with no cue is in the mood of reported speech
    (``attribution.reported_mood``: German "seien", "habe", "sei"): it goes on with the words of
    the last speaker, also in a new paragraph ("... berichteten Augenzeugen. / Weitere 90 seien
    verletzt worden.")."""
    words = pack.words("attribution", "reported_mood")
    if not words:
        return False
    k = first_word[sentence]
    while k < len(doc.words) and doc.sentence[k] == sentence:
        if doc.words[k].norm in words:
            return True
        k += 1
    return False


def _opens_new_event(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether the sentence at word ``k`` opens with a phrase for another event
    (``attribution.new_events``: "In a separate attack", "Bei einem weiteren Angriff", "Dans une
    autre attaque", "En otro ataque", "I en annan attack", "وفي حادث آخر"): the source of the
    sentence before told of its own event, not of this one."""
    return starts_with_listed(doc, k, pack, "new_events")


def _also_according(doc: Doc, i: int, j: int, pack: LanguagePack) -> bool:
    """Whether the citing cue ``[i, j)`` is also a plain "according to" cue ("según", "selon"),
    which names the figure's own source rather than one that a teller passes on."""
    cue = " ".join(doc.words[t].norm for t in range(i, j))
    return cue in pack.words("attribution", "before")


@cache
def _media_nouns(lang: str) -> tuple[str, ...]:
    """The pack's ``attribution.media`` nouns (radio, newspaper, agency ...), normalised."""
    return tuple(normalize(w) for w in load_pack(lang).raw.get("attribution", {}).get("media", []))


def _people_source(text: str, pack: LanguagePack) -> bool:
    """Whether a teller who cites another ("A, citing B") is a person or people ("two aid
    workers", "the mayor", "zwei Helfer"): no news agency of the pack, no medium noun
    (``attribution.media``, matched at a word's end for compounds: "Tageszeitung",
    "nyhetsbyrån"), and a lower-case head as common nouns have ("aid workers"; "Radio
    Example" or "Al Example" is a medium or organisation's name). Such a teller
    is the speaker the labeller writes; a medium passes its source's words on. A capitalised
    or uncased head counts when it is one of the pack's source nouns ("Helfer", "مسعفون")."""
    words = [w.strip("\"'«»“”()„,") for w in text.split()]
    if not words or set(words) & _agency_names(pack.lang):
        return False
    media = _media_nouns(pack.lang)
    if any(normalize(w).endswith(m) for w in words for m in media):
        return False
    head = words[-1]
    if head.lower() != head.upper() and head == head.lower():
        return True
    nouns = pack.raw.get("attribution", {}).get("nouns", [])
    return any(fnmatchcase(normalize(head), normalize(n)) for n in nouns if " " not in n)


@cache
def _background_phrases(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The pack's ``attribution.background`` phrases as word tuples, split as the text is,
    indexed by their first word (a sentence is then read once, not once per phrase)."""
    raw = load_pack(lang).raw.get("attribution", {}).get("background", [])
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in raw:
        tokens = tuple(re.findall(r"\w+", normalize(phrase)))
        if tokens:
            by_first.setdefault(tokens[0], []).append(tokens)
    return {first: tuple(listed) for first, listed in by_first.items()}


def _background_starts(doc: Doc, pack: LanguagePack) -> dict[int, list[int]]:
    """Sentence id -> the words a background phrase (wholly inside the sentence) starts at, in
    order: found once per document from the phrases' first words, not by reading every
    sentence :func:`_background` is asked about."""
    phrases = _background_phrases(pack.lang)
    found: dict[int, list[int]] = {}
    if not phrases:
        return found
    norms, sentence = doc.norms, doc.sentence
    n = len(norms)
    for p in doc.where(phrases.keys()):
        for tokens in phrases[norms[p]]:
            q = p + len(tokens)
            if q > n or (q > p + 1 and norms[p + 1] != tokens[1]):
                continue  # the second word first: "the" and "in" open most sentences' phrases
            if sentence[q - 1] == sentence[p] and tuple(norms[p:q]) == tokens:
                found.setdefault(sentence[p], []).append(p)
                break
    return found


def _background(doc: Doc, k: int, pack: LanguagePack, starts: dict[int, list[int]]) -> bool:
    """Whether the sentence at word ``k`` gives a background figure: one of another period or a
    cumulative toll (``attribution.background``: "since the war began", "so far this year",
    "last month", "seit Kriegsbeginn", "depuis le début de la guerre", "en lo que va del año",
    "hittills i år", "منذ بدء الحرب"). The source of the sentence before told of its own event;
    labellers leave such a figure without a speaker unless its sentence names one. So is a
    sentence that opens with a year ("In March 2021, ...": :mod:`year_openers`)."""
    if opens_with_year(doc, k, pack):
        return True
    return any(t >= k for t in starts.get(doc.sentence[k], ()))  # (``starts``: see above)


def _paragraph_of_one(doc: Doc, first_word: dict[int, int], sentence: int) -> bool:
    """Whether a sentence is a whole paragraph: a line break before it and after it (or the
    end of the text)."""
    if "\n" not in doc.gaps[first_word[sentence]]:
        return False
    after = first_word.get(sentence + 1)
    return after is None or "\n" in doc.gaps[after]


def _same_block(doc: Doc, first_word: dict[int, int], a: int, b: int) -> bool:
    """Whether sentence ``b`` follows ``a`` with no blank line between (a line break may)."""
    if a < 0:
        return False
    return doc.gaps[first_word[b]].count("\n") <= 1


def _same_paragraph(doc: Doc, first_word: dict[int, int], a: int, b: int) -> bool:
    if a < 0:
        return False
    return "\n" not in doc.gaps[first_word[b]]
