"""Speaker phrases: the words next to an attribution cue that name who speaks.

:mod:`harmledger.extract.attribution` finds the cues and decides which sentence each speaker
speaks for; this module reads the phrase itself. After a cue ("according to X", "dijo el
ministro"): an actor alias, a speaker noun with its name (a script without capitals reads to
punctuation, ``attribution.uncased``), a run of capitalised words with connectors inside ("Ministry
of Health", "Droits de l'Homme"), a lower-case middle closed by a capital ("Bureau de coordination
des affaires humanitaires de l'ONU"), a bracketed short name, and a name set off after a role
("the health minister, Ana Example"), past a channel ("dijo en Twitter Ana Ejemplo"), a lower-case
title opening the name ("informó el general Ana Ejemplo"). Before a cue ("X said"): the same
run read leftwards, past a date ("the ministry on Sunday said"), a role joined by a connector
("the coordinator for X said"), a name before an appositive role, or a role noun a few words
back. A complementizer right after a
cue (``attribution.complementizers``: "that", "que", "إن") opens what was said, not its speaker.
A named speaker keeps the role the text introduces them with (:func:`speaker_role`: "Army
spokesman Ana Example", "Ana Example, head of Central Command," give "Ana Example (Army
spokesman)"), so that whose voice it is stays known; a lower-case institution noun before a
capitalised name heads it ("le ministère de la Défense").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks, opens_with
from harmledger.extract.numbers import parse_number_text
from harmledger.extract.text import Doc, initialism_stop, normalize

_MAX_NP = 8
_SUBJECT_REACH = 6  # words between a source noun and its verb ("teams working on the ground")
NOT_CUES = (
    "attr:nouns",
    "attr:pronouns",
    "attr:connectors",
    "attr:adverbs",
    "attr:exact",
    "attr:anaphors",
    "attr:roles",
    "attr:peoples",
)
_ROLE_REACH = 4
_ADVERB_WORDS = 4  # words of one adverb phrase between a source and its verb ("de son côté")
_DATE_REACH = 3  # date words between a source and its verb ("the ministry on Sunday said")
_APPOSITIVE = 12
# an aside or relative clause on a source, told at length ("A hospital doctor, who asked not
# to be named as staff there may not talk to the press, said"; p17en)
_LONG_ASIDE = 24
_LOWER_NAME = 8  # lower-case words inside an institution's name before its capitalised end
_MAX_NAME = 4  # words of a person's name
_ROLE_WORDS = 8  # words of a role before a name ("El portavoz del Ministerio de Defensa")


def word_cats(marks: Marks, k: int) -> dict[str, int]:
    """The lexicon categories of word ``k`` (with the end of each)."""
    return marks.cats[k]


def _span_of(marks: Marks, k: int, prefix: str) -> int | None:
    ends = [j for c, _, j in marks[k] if c.startswith(prefix)]
    return max(ends) if ends else None


def capitalised(doc: Doc, k: int) -> bool:
    """Whether word ``k`` is written with a capital or in capitals (an acronym)."""
    text = doc.words[k].text
    return text[:1].isupper() or (text.isupper() and len(text) > 1)


_BREAKS = frozenset('.,;:!?؟،\n()"«»“”')


def is_break(doc: Doc, k: int) -> bool:
    """Whether punctuation stands before word ``k``; the full stops of an initialism ("the
    U.N. said", "U.S. officials") join the words of one name."""
    gap = doc.gaps[k]
    if gap == " ":
        return False  # most gaps: asked of every word a speaker phrase is read over
    return not _BREAKS.isdisjoint(gap) and not initialism_stop(doc, k)


@cache
def _impersonal_words(lang: str) -> frozenset[str]:
    words = load_pack(lang).raw.get("attribution", {}).get("impersonal", [])
    return frozenset(normalize(w) for w in words)


def _impersonal(doc: Doc, span: tuple[int, int] | None, pack: LanguagePack) -> bool:
    """Whether a speaker phrase is a generic pronoun alone (``attribution.impersonal``: Swedish
    and German "man", French "on", English "one"): "Man räknar med att 30 dog", "On estime à
    une centaine": no one is named, so the phrase is no speaker."""
    if span is None or span[1] - span[0] != 1:
        return False
    return doc.words[span[0]].norm in _impersonal_words(pack.lang)


def np_after(
    doc: Doc, k: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The speaker phrase after a cue ending at word ``k`` ("according to X"), if any; none
    for a generic pronoun ("uppger man")."""
    span = _np_after(doc, k, pack, marks, sentence)
    if span is not None:
        span = _past_extended_attribute(doc, k, span, pack, marks, sentence)
    if span is not None and _counted_subject(doc, span, pack, marks, sentence):
        return None  # "the imam said 8 villagers were killed": what was said, not who (p18en)
    return None if _impersonal(doc, span, pack) else span


_COUNTED_REACH = 4  # words from a counted phrase to the verb of harm it is the subject of


def _counted_subject(
    doc: Doc, span: tuple[int, int], pack: LanguagePack, marks: Marks, sentence: int
) -> bool:
    """Whether a phrase after a cue opens on a number (digits, a number word, a vague or
    qualifying word) and a word of harm follows it within a few words of its sentence: the
    counted victims of what was said ("said 8 villagers were killed"), no speaker."""
    first = span[0]
    if not (
        doc.words[first].is_digit
        or any(c.startswith(("vague:", "qual:")) for c in marks.cats[first])
        or parse_number_text(doc.words[first].text, pack) is not None
    ):
        return False
    end = min(len(doc.words), span[1] + _COUNTED_REACH)
    return any(
        doc.sentence[t] == sentence and marks.opens(t, "measure:") for t in range(span[1], end)
    )


def _past_extended_attribute(
    doc: Doc, k: int, span: tuple[int, int], pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int]:
    """The source after an attribute that names an agent (``attribution.extended_agents``: "nach
    Angaben des von der Hamas kontrollierten Gesundheitsministeriums", "enligt det av Hamas
    kontrollerade hälsoministeriet"): the agent ``span`` read after the cue controls the source,
    the noun after its participle speaks. ``span`` itself when no such attribute is there."""
    agents = pack.words("attribution", "extended_agents")
    if not agents:
        return span
    before = span[0] - 1
    while before > k and span[0] - before <= 2 and doc.norms[before] in pack.function_words:
        if doc.norms[before] in agents:
            break
        before -= 1  # "von der Hamas": the article after the preposition
    participle = span[1]
    if (
        before < k
        or doc.norms[before] not in agents
        or participle >= len(doc.words)
        or doc.sentence[participle] != sentence
        or is_break(doc, participle)
    ):
        return span
    word = doc.words[participle]
    if not (word.text.isalpha() and word.text.islower()) or word.norm in pack.function_words:
        return span
    if is_cue(marks, participle):
        return span
    source = _np_after(doc, participle + 1, pack, marks, sentence)
    if source is None or source[0] != participle + 1:
        return span
    if not names_itself(marks, source) and any(
        doc.words[t].is_digit or any(c.startswith(_NOT_AGENT_CATS) for c in word_cats(marks, t))
        for t in range(*source)
    ):
        return span  # "nach Angaben von Ärzten starben Dutzende": a count, not a source
    return source


# what the noun after an attribute's participle is not when it is no known source noun: a count
# or the harm counted ("starben Dutzende Menschen")
_NOT_AGENT_CATS = ("vague:", "measure:", "unc:", "who:", "date:", "qual:")


def np_before(
    doc: Doc, k: int, pack: LanguagePack, marks: Marks, sentence: int, comma: bool = False
) -> tuple[int, int] | None:
    """The speaker phrase before a cue starting at word ``k`` ("X said"), if any; none for a
    generic pronoun ("Man räknar med", "On estime"). With ``comma``, the phrase before a comma
    at ``k`` ("The governor, who said"), not an aside between commas."""
    span = _np_before(doc, k, pack, marks, sentence, comma)
    if span is not None:
        span = _past_bare_aside(doc, span, pack, marks, sentence) or span
    if span is not None and _complement_of_event(doc, span[0], pack, marks, sentence):
        return None
    return None if _impersonal(doc, span, pack) else span


def _complement_of_event(
    doc: Doc, start: int, pack: LanguagePack, marks: Marks, sentence: int
) -> bool:
    """The phrase read before a cue starts right after "de" that follows a lower-case word of
    an event or a toll ("Le bilan de l'attaque de Kismayo fait état de six morts"): the name
    is where the event was, not who speaks (p18fr)."""
    of = start - 1
    if of < 1 or doc.sentence[of] != sentence or doc.gaps[start].strip():
        return False
    if doc.words[of].norm not in pack.words("attribution", "role_of"):
        return False
    head = of - 1
    if doc.gaps[of].strip() or capitalised(doc, head) or doc.words[head].is_digit:
        return False
    cats = word_cats(marks, head)
    if any(c.startswith(("actor:", "attr:", "who:")) for c in cats):
        return False
    # a counted event ("l'attaque", "la frappe") or a toll ("le bilan de Kismayo")
    return any(c.startswith(("qty:", "measure:")) or c == "mod:toll" for c in cats)


_BARE_ASIDE = 8  # words of an aside with no commas between its source noun and its outlet


def _past_bare_aside(
    doc: Doc, span: tuple[int, int], pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The source noun before an aside with no commas that ends in the phrase read before a
    cue: "a humanitarian official who was not authorised to speak to the media said", "des
    sources locales jointes par RFI parlent de": the official and the sources speak, not the
    media or the outlet (``[bare_asides] openers``: words that open such an aside). None
    when there is no such aside."""
    openers = pack.words("bare_asides", "openers")
    if not openers:
        return None
    for t in range(span[0] - 1, max(0, span[0] - _BARE_ASIDE) - 1, -1):
        if doc.sentence[t] != sentence or doc.gaps[t + 1].strip():
            return None
        if doc.words[t].norm in openers:
            return _source_noun_before(doc, t, marks, sentence)
    return None


_AFTER_REACH = 7  # words from a cue to its source: "released late on Friday by the ministry"


def _date_number(doc: Doc, k: int, marks: Marks) -> bool:
    """Word ``k`` is a day of the month before its month ("7 août") or a year after one
    ("August 2023"): a number of the date, not of the speaker."""
    if k < 0 or k >= len(doc.words) or not doc.words[k].text.isdigit():
        return False
    value = int(doc.words[k].text)
    if 1 <= value <= 31 and k + 1 < len(doc.words):
        return "date:months" in word_cats(marks, k + 1)
    return 1900 <= value <= 2100 and k > 0 and "date:months" in word_cats(marks, k - 1)


def _np_after(
    doc: Doc, k: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The speaker phrase after a cue ending at word ``k`` ("according to X"), if any."""
    n = len(doc.words)
    skipped = 0
    document = False  # the word passed last is the document the figures are in ("حسب حصيلة")
    complementizers = complementizer_words(pack)
    first = k
    while k < n and doc.sentence[k] == sentence and skipped < 4 and k - first < _AFTER_REACH:
        cats = word_cats(marks, k)
        if any(c.startswith("date:") for c in cats) or _date_number(doc, k, marks):
            # a date's words count as one ("released late on Friday by the ministry"); a day
            # of the month or a year beside its month is the date's ("a-t-on appris jeudi
            # 19 mars auprès de", "said on 7 August 2023 the ministry"; p18fr)
            skipped += k == first or not (
                any(c.startswith("date:") for c in word_cats(marks, k - 1))
                or _date_number(doc, k - 1, marks)
            )
            k += 1
            continue
        norm = doc.words[k].norm
        if (
            k > first
            and norm in pack.words("attribution", "day_parts")
            and any(c.startswith("date:") for c in word_cats(marks, k - 1))
        ):
            k += 1  # "a indiqué vendredi soir le ministère": the part of the day is the date's
            continue
        if any(f in complementizers for f in pack.forms(norm)) or norm in pack.words(
            "attribution", "content_openers"
        ):
            # "قالت إن ...", "dijo que ...", "reveals how ...": what was said starts, not its
            # speaker
            return None
        channel = None if _uncased(pack) else _channel_end(doc, k, marks, sentence)
        if channel is not None:
            k = channel  # "dijo en Twitter Ana Ejemplo": where it was said, not who said it
            skipped += 1
            continue
        if "attr:nouns" in cats and norm not in pack.function_words:
            break  # "selon un bilan officiel", "según cifras oficiales": a source noun, no article
        if "fn:word" in cats or "attr:connectors" in cats or _article(pack, norm):
            named = norm not in pack.function_words and not _article(pack, norm)
            if capitalised(doc, k) and named:
                break
            # the last word passed is the document's own ("حصيلة أولية"), not "by" ("صادر عن")
            document = norm not in pack.function_words and _article(pack, norm)
            k += 1
            skipped += 1
            continue
        break
    if k >= n or doc.sentence[k] != sentence or is_cue(marks, k):
        # "según informó el ministerio", "laut Angaben der Polizei": the next cue reads the speaker
        return None
    end = _span_of(marks, k, "actor:") or _span_of(marks, k, "attr:nouns")
    start = k
    uncased = _uncased(pack)
    if (
        end is not None
        and not uncased
        and end < n
        and doc.sentence[end] == sentence
        and not is_break(doc, end)
        and not capitalised(doc, k)
        and (noun := _span_of(marks, end, "attr:nouns")) is not None
    ):
        end = noun  # "uppger det ryska försvarsministeriet": the adjective's noun is the source
    if end is not None and not uncased and _span_of(marks, k, "actor:") == end:
        end = _owned_noun(doc, end, marks, sentence)  # "FN:s migrationsorgan IOM"
    # a role may be a known speaker too ("talesperson"): what it is of still says whose voice
    # it is ("en talesperson för polisen")
    role = end is not None and (
        _span_of(marks, k, "actor:") is None or "attr:roles" in word_cats(marks, k)
    )
    if end is None:
        end = _role_ahead(doc, k, marks, sentence, pack)
        role = end is not None
    elif uncased:
        end = _uncased_name(doc, end, marks, sentence, start, pack)
        return start, _uncased_name_after_role(doc, start, end, marks, sentence, pack)
    if end is None and "attr:roles" in word_cats(marks, k) and not uncased:
        end, role = k + 1, True  # "informó el general Ana Ejemplo", "said the general of ..."
    if end is None:
        if uncased and document:
            return None  # "وفق حصيلة أولية مرشحة للارتفاع": a toll that names no source
        if uncased:
            end = k
            while end < n and end - k < 4 and doc.sentence[end] == sentence:
                cats = word_cats(marks, end)
                if end > k and (
                    is_break(doc, end)
                    or "fn:word" in cats
                    or "attr:adverbs" in cats
                    or _addressee(doc, end, pack)
                    or any(f in complementizers for f in pack.forms(doc.words[end].norm))
                ):
                    break
                if doc.words[end].is_digit or any(c.startswith(_NAME_STOP) for c in cats):
                    break  # a count, a measure or a date is what was said, not who said it
                end += 1
            return (start, end) if end > start else None
        if not capitalised(doc, k) or doc.words[k].is_digit:
            return None
        end = k + 1
    while end < n and end - start < _MAX_NP and (not is_break(doc, end) or _dotted(doc, end)):
        cats = word_cats(marks, end)
        actor = _span_of(marks, end, "actor:") if capitalised(doc, end) else None
        if actor is not None and actor - end > 1 and not is_break(doc, end + 1):
            end = actor  # a name only its first word capitalises: "Syriska observatoriet för …"
        elif (capitalised(doc, end) and not doc.words[end].is_digit) or _agency_word(
            doc, end, pack
        ):
            end += 1  # a name, or an agency its press writes in lower case ("dpa", "epd")
        elif (
            doc.words[end].is_digit
            and doc.gaps[end] == " "
            and capitalised(doc, end - 1)
            and (end + 1 >= n or doc.sentence[end + 1] != sentence or is_break(doc, end + 1))
        ):
            end += 1  # a name that ends in a number: "France 24", "Channel 12"
            break
        elif "attr:connectors" in cats and end + 1 < n and capitalised(doc, end + 1):
            end += 2
        elif (
            "attr:connectors" in cats
            and end + 2 < n
            and "attr:connectors" in word_cats(marks, end + 1)
            and not is_break(doc, end + 1)
            and capitalised(doc, end + 2)
            and not is_break(doc, end + 2)
        ):
            end += 3  # "ministre de la Santé", "Ministerio de la Salud"
        elif "attr:connectors" in cats and capitalised(doc, end - 1):
            closing = _lower_name(doc, end, marks, sentence)
            if closing is None:
                break
            end = closing + 1  # the capitalised word that closes the name belongs to it
        else:
            break
    if not uncased:
        end = _described_after(doc, start, end, pack, marks, sentence)
    if role:
        end = role_complement(doc, end, pack, marks, sentence)
        end = _name_after_role(doc, end, marks, sentence)
    # "sagte die Polizei der AFP", "sagte ein Arzt der Zeitung": whom the speaker told ends it
    end = next((t for t in range(start + 1, end) if _told_outlet(doc, t, pack)), end)
    if (
        end < n
        and doc.sentence[end] == sentence
        and doc.gaps[end].strip() == "("
        and end + 1 < n
        and doc.gaps[end + 1].strip().startswith(")")
        and capitalised(doc, end)
    ):
        end += 1  # "the Example Office (EO)": the short name is part of the speaker
    return start, end


def _owned_noun(doc: Doc, end: int, marks: Marks, sentence: int) -> int:
    """End of the source noun an actor in the genitive owns, right after it: "FN:s
    migrationsorgan", "Rysslands försvarsministerium" (the office speaks, not the whole actor;
    a name after it is read on). Else ``end``."""
    n = len(doc.words)
    t = end
    if t < n and doc.words[t].norm == "s" and doc.gaps[t] == ":":
        t += 1  # an abbreviation's genitive is written after a colon: "FN:s"
    elif not doc.words[end - 1].norm.endswith("s"):
        return end
    if t >= n or doc.sentence[t] != sentence or doc.gaps[t] != " ":
        return end
    noun = _span_of(marks, t, "attr:nouns")
    return noun if noun is not None else end


def name_heads(pack: LanguagePack) -> frozenset[str]:
    """First words of institutions' names written on in lower case (``attribution.name_heads``)."""
    return _name_heads(pack.lang)


@cache
def _name_heads(lang: str) -> frozenset[str]:
    words = load_pack(lang).raw.get("attribution", {}).get("name_heads", [])
    return frozenset(normalize(w) for w in words)


def _closes(doc: Doc, k: int, sentence: int) -> bool:
    """Whether the speaker phrase may end before word ``k``: punctuation or the sentence's end."""
    return k >= len(doc.words) or doc.sentence[k] != sentence or is_break(doc, k)


def _described_after(
    doc: Doc, start: int, end: int, pack: LanguagePack, marks: Marks, sentence: int
) -> int:
    """End of a source phrase ``[start, end)`` read on past the lower-case words French and
    Spanish write after a noun, where they close the phrase: adjectives after a source noun
    ("les autorités ukrainiennes", "l'agence officielle Sana", a name may follow them), or the
    lower-case rest of an institution's name whose first word alone is capitalised
    (``attribution.name_heads``: "l'Organisation mondiale de la santé", "le Programme
    alimentaire mondial"). Else ``end``."""
    n = len(doc.words)
    if end == start + 1 and capitalised(doc, start) and doc.words[start].norm in name_heads(pack):
        t = end
        addressees = {normalize(w) for w in pack.raw.get("attribution", {}).get("addressee", [])}
        while t < n and t - end < _LOWER_NAME and not _closes(doc, t, sentence):
            cats = word_cats(marks, t)
            word = doc.words[t]
            if word.norm in addressees:
                break  # "a indiqué l'Organisation mondiale de la santé à l'AFP"
            if capitalised(doc, t) or word.is_digit or not word.text.isalpha() or is_cue(marks, t):
                return end
            linking = "attr:connectors" in cats or word.norm in pack.articles  # "de la santé"
            if not linking and any(c.startswith(_NAME_STOP) for c in cats):
                return end
            t += 1
        joint = "attr:connectors" in word_cats(marks, t - 1) or doc.words[t - 1].norm in (
            pack.articles
        )
        closed = _closes(doc, t, sentence) or doc.words[t].norm in addressees
        return t if t > end and closed and not joint else end
    if capitalised(doc, start) or _span_of(marks, start, "attr:nouns") != end:
        return end
    for t in range(end + 1, min(n, end + _ADJECTIVES) + 1):
        if not _described_noun(doc, end, t, marks):
            break
        if _closes(doc, t, sentence):
            return t
        if capitalised(doc, t) and not doc.words[t].is_digit and not is_cue(marks, t):
            name = t  # "l'agence officielle Sana": the name after the adjective
            while name < n and not _closes(doc, name, sentence) and capitalised(doc, name):
                name += 1
            return name if _closes(doc, name, sentence) else end
    return end


def _dotted(doc: Doc, k: int) -> bool:
    """Whether word ``k`` goes on an abbreviation written in capitals with full stops inside
    ("EE.UU.", "FF.AA."), or a name after an abbreviated title ("said Dr. Ana Example", "Gen.
    Ana Example"): the full stop before it is no break."""
    if k == 0 or doc.sentence[k] != doc.sentence[k - 1]:
        return False
    if doc.gaps[k] == ".":
        return doc.words[k - 1].text.isupper() and doc.words[k].text.isupper()
    return (
        doc.gaps[k] == ". "
        and _TITLE_ABBREVIATION.match(doc.words[k - 1].text) is not None
        and capitalised(doc, k)
    )


# titles written short with a full stop before a name ("Dr. Ana Example", "Gen. Ana Example",
# French "M. Example", "Mgr. Example"; p17fr)
_TITLE_ABBREVIATION = re.compile(
    r"^(?:Dr|Mr|Mrs|Ms|Gen|Brig|Col|Lt|Sgt|Maj|Capt|Prof|Sr|Sra|Gral|M|MM|Mme|Mlle|Mgr|Pr)$"
)


def _channel_end(doc: Doc, k: int, marks: Marks, sentence: int) -> int | None:
    """End of a channel phrase at word ``k`` after a cue: a preposition or article and then a
    channel (``attribution.adverbs``: "en Twitter", "sur Telegram", "a través de la red social
    Twitter"), up to a few words, where the speaker follows. None when no channel is there, or
    a speaker noun stands before it ("el ministro en su cuenta de Twitter")."""
    n = len(doc.words)
    for t in range(k, min(n, k + _CHANNEL)):
        if doc.sentence[t] != sentence or (t > k and is_break(doc, t)):
            return None
        if "attr:adverbs" in word_cats(marks, t) and t > k:
            end = _span_of(marks, t, "attr:adverbs") or t + 1
            return end if capitalised(doc, t) or not doc.words[t].text.islower() else None
        if capitalised(doc, t) or doc.words[t].is_digit or is_cue(marks, t):
            return None
        if marks.opens(t, ("attr:nouns", "attr:roles", "actor:")):
            return None  # "el ministro en su cuenta de Twitter": the speaker comes first
    return None


_CHANNEL = 7  # words of a channel phrase: "a través de la red social Twitter"


def _told_outlet(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether word ``k`` is an article of the dative (``attribution.dative_articles``) before
    a news agency (``attribution.agencies``) or a medium's noun (``attribution.media``): "sagte
    die Polizei der AFP", "bestätigte ein Sprecher der Nachrichtenagentur dpa" is what was told
    to the outlet, which a genitive name ("Ministerium der Verteidigung") is not."""
    datives = pack.words("attribution", "dative_articles")
    if k + 1 >= len(doc.words) or doc.words[k].norm not in datives:
        return False
    after = doc.words[k + 1]
    if after.text in pack.raw.get("attribution", {}).get("agencies", []):
        return True
    return any(after.norm.endswith(noun) for noun in pack.words("attribution", "media"))


def _article(pack: LanguagePack, norm: str) -> bool:
    """Whether a word is one of ``attribution.articles`` (an article, or the document between a
    cue and its source: "a new toll from", "un nouveau bilan du"), also with a preposition
    written onto it ("وفقا لبيان صادر عن الجيش": li- + "بيان")."""
    if norm in pack.articles:
        return True
    return any(
        norm.startswith(written) and left + norm[len(written) :] in pack.articles
        for written, left in _prepositions(pack)
    )


def _agency_word(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether word ``k`` is a news agency as its press writes it (``attribution.agencies``)."""
    return doc.words[k].text in pack.raw.get("attribution", {}).get("agencies", [])


def _lower_name(doc: Doc, k: int, marks: Marks, sentence: int) -> int | None:
    """End of the lower-case middle of an institution's name, from the connector at ``k`` to the
    capitalised word that closes it: "Bureau de coordination des affaires humanitaires de l'ONU",
    "Fiscalía General del Estado" (only the first word is capitalised in many languages)."""
    t = k
    while t < len(doc.words) and t - k < _LOWER_NAME and doc.sentence[t] == sentence:
        if t > k and is_break(doc, t):
            return None
        word = doc.words[t]
        if capitalised(doc, t) and not word.is_digit:
            return t if "attr:connectors" in word_cats(marks, t - 1) else None
        cats = word_cats(marks, t)
        if "attr:connectors" not in cats and (
            word.is_digit
            or is_cue(marks, t)
            or "fn:word" in cats
            or any(c.startswith(_NAME_STOP) for c in cats)
        ):
            return None
        t += 1
    return None


def _lower_name_left(doc: Doc, start: int, pack: LanguagePack, marks: Marks, sentence: int) -> int:
    """Start of an institution's name whose lower-case middle lies left of its capitalised end
    ("Bureau de coordination des affaires humanitaires de l'ONU a indiqué"), read leftwards as
    :func:`_lower_name` reads rightwards: lower-case words with a connector among them, back to
    a capitalised word that opens the sentence or follows an article. Else ``start``."""
    connected = False
    t = start - 1
    while t >= 0 and start - t <= _LOWER_NAME and doc.sentence[t] == sentence:
        if is_break(doc, t + 1):
            return start
        word = doc.words[t]
        cats = word_cats(marks, t)
        if "attr:connectors" in cats and not capitalised(doc, t):
            connected = True  # "de", "des" (whatever else the packs read in them)
            t -= 1
            continue
        if word.is_digit or is_cue(marks, t) or any(c.startswith(_NAME_STOP) for c in cats):
            return start
        if capitalised(doc, t):
            opener = extend_left(doc, t, marks, sentence)
            before = doc.words[opener - 1].norm if opener > 0 else ""
            opens = opens_sentence(doc, opener) or before in pack.articles | determiner_words(pack)
            return opener if connected and opens and t < start - 1 else start
        t -= 1
    return start


def _name_after_role(doc: Doc, end: int, marks: Marks, sentence: int) -> int:
    """End of a role's speaker with the name set off after it: "the health minister, Ana Example,
    said" reads "health minister, Ana Example" (the name says who, the role what). The name is two
    or more capitalised words between commas or closing the sentence."""
    n = len(doc.words)
    if end >= n or doc.sentence[end] != sentence or doc.gaps[end].strip() not in (",", ".,"):
        return end
    t = end
    while t < n and doc.sentence[t] == sentence and t - end < 4:
        if not capitalised(doc, t) or doc.words[t].is_digit or is_cue(marks, t):
            break
        if marks.opens(t, ("actor:", "attr:nouns")):
            return end  # another source, not this one's name
        t += 1
        if t < n and is_break(doc, t):
            break
    closed = t >= n or doc.sentence[t] != sentence or doc.gaps[t].strip() in (",", ".", ";")
    return t if t - end >= 2 and closed else end


QUOTES = '"«»“”„'
_QUOTE_MARKS = frozenset(QUOTES)
_APPOSITION_MARKS = frozenset(",;:()")  # what sets off a role or a name beside a speaker
_NAME_STOP = ("measure:", "qual:", "vague:", "date:", "neg:", "mod:", "weapon:", "dis:")
# things a count may count (hospitals, cities, houses) that go on with a name when no count
# stands before them: "مدير مستشفى الأمل" (hospital director), "محافظ المدينة" (city governor)
_NAME_UNITS = frozenset({"dis:units"})


def _uncased_name(
    doc: Doc, end: int, marks: Marks, sentence: int, start: int, pack: LanguagePack
) -> int:
    """End of a speaker noun's name in a script without capitals: the words after the noun up to
    punctuation, a function word or a cue, and a quoted name ("وكالة الأنباء "وفا"", "موقع
    "المثال"", "مصادر طبية فلسطينية")."""
    n = len(doc.words)
    quoted = False
    that = complementizer_words(pack) | pack.words("attribution", "documents")
    while end < n and end - start < _MAX_NP and doc.sentence[end] == sentence:
        gap = doc.gaps[end]
        quote = any(ch in QUOTES for ch in gap) and not gap.strip(QUOTES + " ")
        if quoted and quote:
            break  # the closing quote ends the name
        if is_break(doc, end) and not (quote and not quoted):
            break
        cats = word_cats(marks, end)
        if not quoted and (
            doc.words[end].is_digit
            or "fn:word" in cats
            or "attr:adverbs" in cats
            or is_cue(marks, end)
            or any(c.startswith(_NAME_STOP) and c not in _NAME_UNITS for c in cats)
            or (end > start + 1 and _addressee(doc, end, pack))
            # what was said opens ("وقالت وزارة الصحة أنها سجلت"), or the document issued
            # ("نشر المرصد تقريره"): no word of the name
            or (end > start and any(f in that for f in pack.forms(doc.words[end].norm)))
        ):
            break
        quoted = quoted or quote
        end += 1
    return end


_SET_OFF_NAME = (2, 4)  # words of a name set off by commas after a role, a title included


def _uncased_name_after_role(
    doc: Doc, start: int, end: int, marks: Marks, sentence: int, pack: LanguagePack
) -> int:
    """End of a role's speaker with the name set off after it by commas, in a script without
    capitals (``attribution.named_roles``: "وقال مدير المستشفى، سمير حداد، إن" reads "مدير
    المستشفى، سمير حداد"; "المتحدث باسم الجيش، العقيد ..."): the name says who, the role what,
    as :func:`_name_after_role` reads it where capitals mark the name. The name is two to four
    words closed by a comma, with no function word, count, date, cue or other source among
    them ("، في بيان،", "، أمس الاثنين،" are asides). Else ``end``."""
    roles = pack.words("attribution", "named_roles")
    n = len(doc.words)
    if (
        not roles
        or end >= n
        or doc.sentence[end] != sentence
        or doc.gaps[end].strip() not in ("،", ",")
        or not any(f in roles for k in range(start, end) for f in pack.forms(doc.words[k].norm))
    ):
        return end
    t = end
    while t < n and doc.sentence[t] == sentence and t - end < _SET_OFF_NAME[1]:
        cats = word_cats(marks, t)
        if (
            doc.words[t].is_digit
            or "fn:word" in cats
            or is_cue(marks, t)
            # a name's word may be a common noun too: "العمر" (the age), "حداد" (mourning)
            or any(c.startswith(_NAME_STOP) and not c.startswith("dis:") for c in cats)
            or (t > end and is_break(doc, t))
            or (
                "attr:roles" not in cats
                and any(c == "attr:nouns" or c.startswith("actor:") for c in cats)
            )
        ):
            return end
        t += 1
        if t < n and is_break(doc, t):
            break
    closed = t < n and doc.sentence[t] == sentence and doc.gaps[t].strip() in ("،", ",")
    return t if closed and t - end >= _SET_OFF_NAME[0] else end


def _addressee(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether word ``k`` opens whom the speaker spoke to, a source noun with a preposition
    written onto it (``attribution.prepositions``): "وقال طبيب لوكالة المثال إن" is the doctor's
    word to the agency, not the agency's."""
    norm = doc.words[k].norm
    for written, left in _prepositions(pack):
        if norm.startswith(written) and _known(pack, left + norm[len(written) :]):
            return True
    return False


def _role_ahead(
    doc: Doc, k: int, marks: Marks, sentence: int, pack: LanguagePack | None = None
) -> int | None:
    """End of a role noun, title or actor after a few modifiers: "local rescue workers", "a
    human rights group", "medizinisches Personal und Augenzeugen", "fuentes oficiales",
    "kommunens ordförande" (``attribution.roles``)."""
    for t in range(k + 1, min(len(doc.words), k + _ROLE_REACH)):
        if doc.sentence[t] != sentence or is_break(doc, t) or doc.words[t].is_digit:
            return None
        cats = word_cats(marks, t)
        if any(c.startswith(("measure:", "qual:", "vague:")) for c in cats) or is_cue(marks, t):
            return None
        if pack is not None and _addressee(doc, t, pack):
            return None  # "وقال طبيب لوكالة المثال": whom the speaker told, not the speaker
        if pack is not None and any(
            f in complementizer_words(pack) for f in pack.forms(doc.words[t].norm)
        ):
            return None  # "وقالت الشبكة إن قوات النظام": what was said opens, its actor not ours
        end = (
            _span_of(marks, t, "actor:")
            or _span_of(marks, t, "attr:nouns")
            or _span_of(marks, t, "attr:roles")
        )
        if end is not None:
            return end
    return None


_OWNED_WORDS = 3  # lower-case words of a body after a possessive: "Haiti's civil protection agency"
_APOSTROPHES = ("'", "\u2019")


def _possessor_before(
    doc: Doc, end: int, pack: LanguagePack, marks: Marks, sentence: int
) -> int | None:
    """The start of a name's possessive and the lower-case words after it that end right
    before a cue at ``end`` ("Israel's military said", "Ukraine's air force said"): the body of
    that country or place speaks, whether or not the lexicon knows its noun. None otherwise."""
    t = end - 1
    while t >= 0 and end - t <= _OWNED_WORDS and doc.sentence[t] == sentence:
        word = doc.words[t]
        if word.norm == "s" and any(a in doc.gaps[t] for a in _APOSTROPHES) and t < end - 1:
            owner = t - 1
            if owner < 0 or doc.sentence[owner] != sentence or not capitalised(doc, owner):
                return None
            return extend_left(doc, owner, marks, sentence)
        if (
            capitalised(doc, t)
            or word.is_digit
            or is_break(doc, t + 1)
            or word.norm in pack.function_words
            or any(c.startswith(("measure:", "date:", "num")) for c in word_cats(marks, t))
        ):
            return None
        t -= 1
    return None


def _np_before(
    doc: Doc, k: int, pack: LanguagePack, marks: Marks, sentence: int, comma: bool = False
) -> tuple[int, int] | None:
    """The speaker phrase before a cue starting at word ``k`` ("X said"), if any."""
    end = k
    adverbs = 0  # words of adverbs passed: "a de son côté indiqué" passes one adverb (p18fr)
    while end > 0 and doc.sentence[end - 1] == sentence and k - end < 2 + _DATE_REACH + adverbs:
        phrase = next(
            (
                t
                for t in range(end - 2, max(-1, end - _ADVERB_WORDS), -1)
                if word_cats(marks, t).get("attr:adverbs") == end
            ),
            None,
        )
        if phrase is not None:
            adverbs += end - phrase - 1
            end = phrase + 1  # the phrase's first word is passed below as an adverb
        cats = word_cats(marks, end - 1)
        dated = marks.opens(end - 1, "date:")
        if not (dated or "fn:word" in cats or "attr:adverbs" in cats):
            break
        if end == k and "attr:pronouns" in cats:
            break  # "..., they said": the pronoun right before the verb speaks, it is not passed
        if dated and is_break(doc, end):
            break  # "... in Nigeria on Saturday, AFP reports": the date is not the source's
        if (
            not dated
            and sum("attr:adverbs" not in word_cats(marks, t) for t in range(end, k)) - adverbs >= 2
            and not any(c.startswith("date:") for t in range(end, k) for c in word_cats(marks, t))
        ):
            # past two function words only when a date stands there ("on Sunday said"); an
            # adverb of several words counts none ("X a de son côté indiqué"; p18fr)
            break
        end -= 1
    if end <= 0 or doc.sentence[end - 1] != sentence:
        return None
    if doc.gaps[end].replace(" ", "") in (",", "),") and not comma:
        # "X, chef de la région (sud), a annoncé": a bracket may close the role (p18fr)
        return _appositive_speaker(doc, end, pack, marks, sentence)
    if (opened := _quoted_name_before(doc, end, marks, sentence)) is not None:
        return opened, end  # 'les "Comités de résistance" ont déclaré': the name in quote marks
    if (name := _name_before_modifiers(doc, end, pack, marks, sentence)) is not None:
        first = extend_left(doc, name, marks, sentence)
        if first < name and doc.words[first].norm in pack.articles:
            first += 1  # "The UN refugee agency": the article opening the sentence is no name's
        return first, end  # "the UN refugee agency said"
    noun_end = _adjectives_after_noun(doc, end, pack, marks, sentence)
    for start in range(max(0, end - _APPOSITIVE), end):  # a known name of many words
        for cat, i, j in marks[start]:
            if (j == end or (j == noun_end and cat != "attr:pronouns")) and (
                cat.startswith("actor:") or cat in ("attr:nouns", "attr:pronouns")
            ):
                first = extend_left(doc, i, marks, sentence)
                if (
                    cat != "attr:pronouns"
                    and (lead := _source_words_left(doc, first, marks, sentence)) < first
                ):
                    first = lead + 1 if doc.words[lead].norm in pack.articles else lead
                first = _lower_name_left(doc, first, pack, marks, sentence)
                while first < i and (
                    _opener(doc, first, pack) or (first > 0 and _opener_before(doc, first, pack))
                ):
                    first += 1  # "After the Health Ministry said": the preposition is no name's
                return first, end
    if (owner := _possessor_before(doc, end, pack, marks, sentence)) is not None:
        return owner, end  # "Israel's military said": the country's body that speaks
    if _acronym_before(doc, end):  # "Doctors Without Borders (MSF) reported"
        return end - 1, end
    if capitalised(doc, end - 1) and doc.words[end - 1].norm in pack.articles:
        return None  # "An estimated 50,000": an article opening the sentence names no one
    named = capitalised(doc, end - 1) or _agency_word(doc, end - 1, pack)
    if named and any(c.startswith("measure:") for c in word_cats(marks, end - 1)):
        # a verb last after its count ("hatte von rund 50 Toten berichtet"): the capitalised
        # casualty noun is what was told, not who told it
        named = False
    if (
        not named
        and end >= 2
        and "attr:anaphors" in word_cats(marks, end - 1)
        and doc.sentence[end - 2] == sentence
        and not is_break(doc, end - 1)
        and capitalised(doc, end - 2)
        and not doc.words[end - 2].is_digit
    ):
        return extend_left(doc, end - 2, marks, sentence), end  # "the UN group said"
    if (
        doc.words[end - 1].is_digit
        and end >= 2
        and doc.sentence[end - 2] == sentence
        and doc.gaps[end - 1] == " "
        and not is_break(doc, end)
        and capitalised(doc, end - 2)
        and not doc.words[end - 2].is_digit
        and not marks.opens(end - 2, "date:")
    ):
        return extend_left(doc, end - 2, marks, sentence), end  # "France 24 reported"
    if (is_break(doc, end) and not comma) or not named or doc.words[end - 1].is_digit:
        return _subject_before(doc, end, marks, sentence, pack, comma)
    start = _role_of(doc, extend_left(doc, end - 1, marks, sentence), marks, sentence)
    start = _role_before_complement(doc, start, pack, marks, sentence)
    start = _lower_name_left(doc, start, pack, marks, sentence)
    if opens_sentence(doc, start) and points_back(doc, start, pack, marks, k):
        return None  # "Dies berichtete die Polizei": the words before the verb are not a source
    if _opener(doc, start, pack) or _opener_before(doc, start, pack):
        return None  # "Despite reports", "Trotz der Berichte sagten": a phrase, not a name
    return start, end


_MODIFIERS = 2  # lower-case words between a name and its group noun ("UN refugee agency")


def _name_before_modifiers(
    doc: Doc, end: int, pack: LanguagePack, marks: Marks, sentence: int
) -> int | None:
    """Where the name ends that a group noun right before ``end`` belongs to across one or two
    lower-case words that say what the group is for ("the UN refugee agency said", "the UN
    children's agency said"): the words are part of the name, not the source alone. None when
    the word before them is no name (an article opening the sentence: "The rebel group said")."""
    if end < 3 or "attr:anaphors" not in word_cats(marks, end - 1):
        return None
    for size in range(1, _MODIFIERS + 1):
        name = end - 2 - size
        if name < 0 or doc.sentence[name] != sentence:
            return None
        words = range(name + 1, end)
        if any(is_break(doc, t) for t in words) or is_break(doc, end - 1):
            return None
        modifier = end - 1 - size
        if capitalised(doc, modifier) or doc.words[modifier].is_digit:
            return None
        if (
            capitalised(doc, name)
            and not doc.words[name].is_digit
            and doc.words[name].norm not in pack.articles
            and doc.words[name].norm not in pack.function_words
        ):
            return name
    return None


_ADJECTIVES_AFTER = 2  # adjectives after a source noun ("les rebelles tigréens ont déclaré")
# what an adjective after a source noun may also be read as: a people or an actor ("des sources
# médicales palestiniennes", "les médias israéliens"), or a noun for one person ("una fuente
# médica": "médica" is also a woman doctor, "un portavoz militar")
_ADJECTIVE_CATS = ("who:", "actor:", "one:")


def _adjectives_after_noun(
    doc: Doc, end: int, pack: LanguagePack, marks: Marks, sentence: int
) -> int:
    """Where the noun ends that the lower-case adjectives right before word ``end`` follow, in a
    language that writes adjectives after their noun (``attribution.adjectives_after``: "les
    rebelles tigréens ont déclaré", "el ejército colombiano informó"): ``end`` itself when there
    are none. A word of another lexicon category than a people or an actor (a function word, a
    cue, a count, a date) is no adjective."""
    if not pack.raw.get("attribution", {}).get("adjectives_after", False):
        return end
    k = end
    while k > 0 and end - k < _ADJECTIVES_AFTER and doc.sentence[k - 1] == sentence:
        word = doc.words[k - 1]
        if (
            capitalised(doc, k - 1)
            or not word.text.isalpha()
            or word.norm in pack.function_words
            or any(not c.startswith(_ADJECTIVE_CATS) for c in word_cats(marks, k - 1))
            or is_break(doc, k)
        ):
            break
        k -= 1
    return k if k < end else end


def _opener_before(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether only function words stand between an opener (:func:`_opener`) and word ``k``
    ("Nach dem Angriff sagte die Polizei"): the phrase at ``k`` is what the opener heads."""
    t = k - 1
    while t >= 0 and doc.sentence[t] == doc.sentence[k] and k - t <= 3:
        if doc.gaps[t + 1].strip():
            return False
        if _opener(doc, t, pack):
            return True
        if doc.words[t].norm not in pack.function_words:
            return False
        t -= 1
    return False


@cache
def _listed_phrases(lang: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The pack's ``attribution.<key>`` phrases as normalised word tuples, made once."""
    listed = load_pack(lang).raw.get("attribution", {}).get(key, [])
    return tuple(tuple(normalize(phrase).split()) for phrase in listed)


def starts_with_listed(doc: Doc, k: int, pack: LanguagePack, key: str) -> bool:
    """Whether the words from ``k`` begin with a phrase of the pack's ``attribution.<key>``
    (phrases of up to four words)."""
    return opens_with(tuple(doc.norms[k : k + 4]), _listed_phrases(pack.lang, key))


def _opener(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether word ``k`` opens its sentence with a preposition or conjunction that heads an
    adverbial phrase (``attribution.openers``: "Despite", "Trotz", "Malgré", "Pese a"), written
    with a capital only because it comes first: what follows it is no name."""
    return opens_sentence(doc, k) and starts_with_listed(doc, k, pack, "openers")


_COMPLEMENT = 6  # words of what a role is of ("head of a hospital in the city")
# what ends a role's complement: a count's words ("hospital" may be a unit counted, not these)
_COMPLEMENT_STOP = ("measure:", "vague:", "date:", "neg:", "weapon:")


def _complement_word(doc: Doc, t: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether word ``t`` may stand inside a role's complement: no number, cue, measure, date or
    word that opens what was said."""
    cats = word_cats(marks, t)
    return not (
        doc.words[t].is_digit
        or is_cue(marks, t)
        or "attr:adverbs" in cats
        or any(c.startswith(_COMPLEMENT_STOP) for c in cats)
        or any(f in complementizer_words(pack) for f in pack.forms(doc.words[t].norm))
    )


def _linking(marks: Marks, t: int) -> bool:
    cats = word_cats(marks, t)
    return "attr:connectors" in cats or "fn:word" in cats


@cache
def _role_of_words(lang: str) -> frozenset[str]:
    """The words that open what a role noun is of (``attribution.role_of``), normalised once
    per language, not once per speaker phrase."""
    words = load_pack(lang).raw.get("attribution", {}).get("role_of", [])
    return frozenset(normalize(w) for w in words)


def role_complement(doc: Doc, end: int, pack: LanguagePack, marks: Marks, sentence: int) -> int:
    """End of what a role noun after a cue is of: "said the head of a hospital in the city",
    "sagte der Leiter eines Krankenhauses", "säger chefen för ett sjukhus i staden": the role
    says whose voice it is only with its complement. The complement opens with a word of
    ``attribution.role_of`` ("of", "de", "eines", "för"), runs to punctuation, a cue, a number
    or a date, and ends on a content word."""
    n = len(doc.words)
    opening = _role_of_words(pack.lang)
    if end >= n or doc.sentence[end] != sentence or is_break(doc, end):
        return end
    if not opening & set(pack.forms(doc.words[end].norm)):
        return end  # "the minister in a statement", "el ministro en su cuenta": no complement
    last = end
    for t in range(end, min(n, end + _COMPLEMENT)):
        if doc.sentence[t] != sentence or (t > end and is_break(doc, t)):
            break
        if not _complement_word(doc, t, pack, marks):
            break
        if not _linking(marks, t):
            last = t + 1
    return last


def _role_before_complement(
    doc: Doc, start: int, pack: LanguagePack, marks: Marks, sentence: int, aside: bool = False
) -> int:
    """Start of a role noun whose complement holds the name at ``start``, read leftwards as
    :func:`role_complement` reads rightwards: "the head of a hospital in Example City said"
    is the head's word, not the city's. With ``aside``, ``start`` opens an aside set off by a
    comma after the complement ("the head of the local council, speaking by phone, said").
    Else ``start``."""
    opening = _role_of_words(pack.lang)
    for t in range(start - 1, max(0, start - _COMPLEMENT) - 1, -1):
        if (
            doc.sentence[t] != sentence
            or (is_break(doc, t + 1) and not (aside and t + 1 == start))
            or not _complement_word(doc, t, pack, marks)
        ):
            return start
        if t == 0 or not opening & set(pack.forms(doc.words[t].norm)):
            continue
        for first in range(max(0, t - _MAX_NP), t):
            for cat, i, j in marks[first]:
                if j == t and cat == "attr:nouns" and not is_break(doc, t):
                    return extend_left(doc, i, marks, sentence)
    return start


def _role_of(doc: Doc, start: int, marks: Marks, sentence: int) -> int:
    """Start of a role noun joined to the name at ``start`` by a connector: "the humanitarian
    coordinator for Example said" reads "humanitarian coordinator for Example", not "Example"."""
    joint = start - 1
    if (
        joint < 1
        or doc.sentence[joint] != sentence
        or "attr:connectors" not in word_cats(marks, joint)
    ):
        return start
    if is_break(doc, joint) or is_break(doc, start):
        return start
    for first in range(max(0, joint - _MAX_NP), joint):
        for cat, i, j in marks[first]:
            if j == joint and cat == "attr:nouns" and doc.sentence[i] == sentence:
                return extend_left(doc, i, marks, sentence)
    return start


def _subject_before(
    doc: Doc,
    end: int,
    marks: Marks,
    sentence: int,
    pack: LanguagePack | None = None,
    comma: bool = False,
) -> tuple[int, int] | None:
    """A role noun a few words before its verb, past a modifier with a function word ("rescue
    teams working on the ground recovered", "officials in the city said"), no punctuation
    between; with ``pack``, a role noun no actor alias holds keeps what it is the role of ("the
    head of the local council told", ``attribution.role_of``). Names and actors are not looked
    for this far: a noun use of the cue ("despite reports") would pick up any name before it."""
    for stop in range(end - 1, max(0, end - _SUBJECT_REACH) - 1, -1):
        if doc.sentence[stop] != sentence or (
            is_break(doc, stop + 1) and not (comma and stop + 1 == end)
        ):
            return None  # (with ``comma``, the comma at ``end`` closes the phrase)
        # before its verb a source noun takes a nationality only: other lower-case words there
        # may open a clause of their own or name no source
        described = _described_noun(doc, stop, end, marks, peoples=True)
        for start in range(max(0, stop - _MAX_NP), stop):
            for cat, i, j in marks[start]:
                if j != stop or cat != "attr:nouns":
                    continue
                if any("fn:word" in word_cats(marks, k) for k in range(stop, end)):
                    if (
                        pack is not None
                        and not marks.opens(i, "actor:")  # a known body names itself
                        and _complement_to_verb(doc, stop, end, pack, marks)
                    ):
                        return extend_left(doc, i, marks, sentence), end
                    return extend_left(doc, i, marks, sentence), stop
                if described:  # "les autorités ukrainiennes font état de": noun and nationality
                    return extend_left(doc, i, marks, sentence), end
    return None


def _complement_to_verb(doc: Doc, stop: int, end: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether words ``[stop, end)`` are what a role noun is the role of, up to its verb: opened
    by ``attribution.role_of`` ("of the local council") and holding only words a complement may
    hold (:func:`_complement_word`), no punctuation."""
    opening = _role_of_words(pack.lang)
    return (
        end - stop <= _COMPLEMENT
        and bool(opening & set(pack.forms(doc.words[stop].norm)))
        and all(
            _complement_word(doc, k, pack, marks) and not is_break(doc, k) for k in range(stop, end)
        )
    )


_ADJECTIVES = 2  # lower-case words that describe a source noun after it ("autorités ukrainiennes")
# adjectives of a people read only after a source noun, never as victims
# (``attribution.peoples``: "les autorités maliennes", "les rebelles tigréens")
_PEOPLES = "attr:peoples"


def _described_noun(doc: Doc, stop: int, end: int, marks: Marks, peoples: bool = False) -> bool:
    """Whether words ``[stop, end)`` are one or two lower-case adjectives right after a noun,
    as French and Spanish write them ("l'agence officielle", "las autoridades locales"): no
    function word, cue, number or punctuation, at most a people word ("ukrainiennes"); with
    ``peoples``, people words only (a nationality: "les autorités ukrainiennes")."""
    if not 0 < end - stop <= _ADJECTIVES:
        return False
    for k in range(stop, end):
        word = doc.words[k]
        if doc.gaps[k] != " " or word.is_digit or capitalised(doc, k) or is_cue(marks, k):
            return False
        cats = word_cats(marks, k)
        if not word.text.isalpha() or not all(c.startswith("who:") or c == _PEOPLES for c in cats):
            return False
        if peoples and not cats:
            return False
    return True


def _appositive_speaker(
    doc: Doc, end: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """The name before a role set off by commas: "Ana Example, head of the Example Office,
    said" gives "Ana Example" (the role's organisation is not the speaker; :func:`speaker_role`
    keeps it beside the name). The comma must open with a role noun: in "20 hurt, among them
    two children, the mayor said" it does not. A name set off after its role ("the army's
    spokesman, Ana Example, said") is the speaker too."""
    for t in range(end - 1, max(0, end - _LONG_ASIDE), -1):
        if doc.sentence[t] != sentence:
            return None
        gap = doc.gaps[t]
        if _APPOSITION_MARKS.isdisjoint(gap) or gap.strip() == "(":
            # a bracketed word inside the role ("chef de la province de Tillabéri (ouest),
            # a déclaré"): part of the aside, the name is further back (p18fr)
            continue
        if end - t >= _APPOSITIVE and not (
            gap.strip() == ","
            and (
                doc.words[t].norm in _asides(pack)
                or doc.words[t].norm in pack.words("attribution", "reflexives")
                or doc.words[t].text.casefold() in pack.raw.get("segments", {}).get("relative", [])
            )
        ):
            return None  # far back, only an aside or a relative clause sets off a source
        if gap.strip() == "," and _role_before(doc, t, marks):
            name = _past_title(doc, t, end, pack, marks)
            if _named(doc, (name, end), marks):
                # "the army spokesman, Colonel Ana Example, said", "le porte-parole, le colonel
                # Ana Exemple, a déclaré": a title may open the name
                return name, end
        if gap.strip() != "," or doc.words[t - 1].is_digit:
            return None
        if doc.words[t].norm in _asides(pack):
            # "a local doctor, speaking to the BBC, said", "un médecin local, joint par
            # téléphone, a affirmé": an aside on the source noun before it, or on a role with
            # its complement ("the head of the local council, speaking by phone, said")
            noun = _source_noun_before(doc, t, marks, sentence) or _named_after_noun(
                doc, t, marks, sentence
            )
            if (
                noun is None
                and (role := _role_before_complement(doc, t, pack, marks, sentence, True)) < t
            ):
                # an article opening the sentence is no part of the role ("Un responsable")
                noun = role + (doc.words[role].norm in pack.articles and role + 1 < t), t
            return noun
        if _place_described(doc, t, end, pack, marks):
            continue  # "..., living in Example, the state capital, said": back to the name
        lower = None
        if not capitalised(doc, t - 1):
            # "the ministry, which ...", "l'Observatoire syrien des droits de l'homme, une ONG":
            # a source noun, or an institution's name whose last words are lower-case
            lower = next(
                (
                    _source_modifiers(doc, extend_left(doc, i, marks, sentence), marks)
                    for i in range(max(0, t - _MAX_NP), t)
                    for cat, _, e in marks[i]
                    if e == t and (cat == "attr:nouns" or cat.startswith("actor:"))
                ),
                None,
            )
            if lower is None and (left := _lower_name_left(doc, t, pack, marks, sentence)) < t:
                lower = left
            if lower is None:
                return None
        first = t
        while first < end - 1 and doc.words[first].norm in pack.articles:
            first += 1
        cats = word_cats(marks, first)
        role = "attr:nouns" in cats or any(c.startswith("actor:") for c in cats)
        if first > t or doc.words[t].norm in pack.articles:
            # "X, a Britain-based war monitor, said": an indefinite description whose noun is
            # a source's ("monitor", "group", "agency")
            role = role or any(
                "attr:nouns" in word_cats(marks, u) or "attr:anaphors" in word_cats(marks, u)
                for u in range(first, end)
            )
        if doc.words[t].text.casefold() in pack.raw.get("segments", {}).get("relative", []):
            role = True  # "the Red Crescent, which runs the ambulances, said": the name speaks
        name = extend_left(doc, t - 1, marks, sentence) if lower is None else lower
        if not role and _described_person(doc, name, t, pack, marks):
            return name, t
        return (name, t) if role else None
    return None


@cache
def _aside_words(lang: str, words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


def _asides(pack: LanguagePack) -> frozenset[str]:
    """``attribution.asides``: words that open an aside set off by commas between a source noun
    and its verb ("speaking to", "joint par", "consultado por"), normalised once per pack."""
    return _aside_words(pack.lang, tuple(pack.raw.get("attribution", {}).get("asides", [])))


def _source_noun_before(doc: Doc, t: int, marks: Marks, sentence: int) -> tuple[int, int] | None:
    """A source noun ending right before word ``t``, or one lower-case word (an adjective after
    its noun: "médecin local", "funcionario local") before it; None when there is none."""
    for stop in (t, t - 1):
        if stop < t and (is_break(doc, stop) or capitalised(doc, stop) or doc.words[stop].is_digit):
            return None
        for i in range(max(0, stop - _MAX_NP), stop):
            if doc.sentence[i] != sentence:
                continue
            if any(
                e == stop and (c == "attr:nouns" or c.startswith("actor:")) for c, _, e in marks[i]
            ):
                return _source_modifiers(doc, extend_left(doc, i, marks, sentence), marks), t
    return None


_MODIFIERS = 3  # source nouns before a source noun ("a health ministry official")


def _source_modifiers(doc: Doc, i: int, marks: Marks) -> int:
    """Where a source noun starts with the source nouns that modify it, lower-case and right
    before it ("police officer", "health ministry official", "hospital official"): the whole
    compound names the source (p17en)."""
    for _ in range(_MODIFIERS):
        if i == 0 or doc.sentence[i - 1] != doc.sentence[i] or is_break(doc, i):
            return i
        start = next(
            (
                k
                for k in range(max(0, i - _MAX_NP), i)
                for c, _, e in marks[k]
                if e == i
                and (c == "attr:nouns" or c.startswith("actor:"))
                and not capitalised(doc, k)
            ),
            None,
        )
        if start is None:
            return i
        i = start
    return i


_NAME_AFTER_NOUN = 4  # capitalised words of a name after its source noun ("Al Masira")
_NOUN_TO_NAME = 3  # lower-case words between them ("la agencia oficial de noticias Saba")


def _named_after_noun(doc: Doc, t: int, marks: Marks, sentence: int) -> tuple[int, int] | None:
    """A name right before the comma of an aside, after a source noun and at most a few
    lower-case words ("la emisora estatal Radio Norte, en manos de los insurgentes, afirmó",
    "el diario La Voz, cercano al gobierno, publicó"): noun and name speak."""
    k = t
    while (
        k > 0
        and t - k < _NAME_AFTER_NOUN
        and doc.sentence[k - 1] == sentence
        and capitalised(doc, k - 1)
        and not doc.words[k - 1].is_digit
    ):
        k -= 1
    if k == t:
        return None
    for stop in range(k, max(0, k - _NOUN_TO_NAME - 1), -1):
        if stop < k and (
            capitalised(doc, stop) or doc.words[stop].is_digit or is_break(doc, stop + 1)
        ):
            return None
        for i in range(max(0, stop - _MAX_NP), stop):
            if doc.sentence[i] == sentence and any(
                e == stop and (c == "attr:nouns" or c.startswith("actor:")) for c, _, e in marks[i]
            ):
                return extend_left(doc, i, marks, sentence), t
    return None


_TITLE = 3  # words of a title before a name set off after a role ("le colonel", "Oberst")


def _past_title(doc: Doc, t: int, end: int, pack: LanguagePack, marks: Marks) -> int:
    """Where the name starts in a phrase ``[t, end)`` set off after a role, past an article and a
    title ("le colonel Ana Exemple", "Colonel Ana Example", "överste Ana Exempel"): the first
    word after them, when at least two capitalised words of a name follow; else ``t``."""
    k = t
    while (
        k < end
        and k - t < _TITLE
        and (doc.words[k].norm in pack.articles or "attr:roles" in word_cats(marks, k))
    ):
        k += 1
    return k if end - k >= 2 else t


def _place_described(doc: Doc, t: int, end: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether the phrase ``[t, end)`` set off by a comma is a definite description of the
    place before it, inside a longer aside ("himself from Attagara but living in Example, the
    state capital, said"): "the" and a few lower-case words, no source noun, cue or number."""
    if not pack.words("attribution", "reflexives"):
        return False  # only where a reflexive aside is read, before which it may stand
    if doc.words[t].norm not in pack.words("attribution", "determiners") or end - t > _MAX_NP:
        return False
    if doc.words[t].text.casefold() in pack.raw.get("segments", {}).get("relative", []):
        return False  # "der" opens a relative clause as well as a description
    return not any(
        doc.words[k].is_digit
        or is_cue(marks, k)
        or marks.opens(k, ("attr:nouns", "attr:roles", "attr:anaphors", "actor:", "measure:"))
        or marks.opens(k, "num")
        for k in range(t, end)
    )


def _described_person(doc: Doc, name: int, comma: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether a person's name opens the sentence and an indefinite description follows it
    after a comma ("Ana Example, a 25-year-old student, told ...", "Ana Ejemplo, una vecina del
    barrio, dijo ..."): the named person speaks, whatever noun describes them."""
    if not opens_sentence(doc, name) or comma - name < 2:
        return False
    if doc.words[comma].norm not in pack.singular and doc.words[comma].norm not in pack.words(
        "attribution", "reflexives"
    ):
        return False  # "Ana Example, a student," or "Ana Example, herself from X," (p17en)
    return all(
        capitalised(doc, k)
        and not doc.words[k].is_digit
        and not marks.opens(k, ("attr:", "actor:", "date:"))
        for k in range(name, comma)
    )


def _quoted_name_before(doc: Doc, end: int, marks: Marks, sentence: int) -> int | None:
    """Start of a name in quote marks that closes right before word ``end`` ('the "Example
    Committees" said', 'les « Comités d\'Exemple » ont déclaré'): a few words opening with a
    capital, no other punctuation, number or count's word inside ('"Twelve were killed" said
    the mayor' quotes what was said). None when no quote closes there."""
    gap = doc.gaps[end].strip()
    if not gap or any(ch not in QUOTES for ch in gap):
        return None
    for t in range(end - 1, max(-1, end - 1 - _MAX_NP), -1):
        if doc.sentence[t] != sentence or doc.words[t].is_digit:
            return None
        if marks.opens(t, ("measure:", "vague:", "neg:", "num")):
            return None
        opening = doc.gaps[t].strip()
        if opening and all(ch in QUOTES for ch in opening[-1:]):
            return t if capitalised(doc, t) else None
        if t < end - 1 and is_break(doc, t + 1):
            return None
    return None


def _acronym_before(doc: Doc, end: int) -> bool:
    """Whether word ``end - 1`` is a parenthesised acronym right before word ``end``: in
    capitals ("(MSF)"), or a short name some presses write with one capital ("(Iepaz)",
    "(Cevir)", "(BfB)") closing a capitalised name."""
    if end < 1 or doc.gaps[end].strip() != ")" or doc.gaps[end - 1].strip() != "(":
        return False
    text = doc.words[end - 1].text
    if len(text) > 1 and text.isupper():
        return True
    return (
        len(text) > 2
        and text[:1].isupper()
        and text.isalpha()
        and end >= 2
        and doc.sentence[end - 2] == doc.sentence[end - 1]
        and not doc.words[end - 2].is_digit
        # the short name opens as the name before it does ("Instituto ... (Iepaz)"), not a
        # place beside a place ("Valdeluz (Soria)")
        and capitalised(doc, (start := _name_start(doc, end - 2)))
        and doc.words[start].text[:1] == text[:1]
    )


def _name_start(doc: Doc, k: int) -> int:
    """Start of the name that ends at word ``k``: its leftmost capitalised word of more than
    three letters (no article) within a few words, with no punctuation between ("Observatorio de
    Derechos Civiles", "Centre de documentation des victimes")."""
    start = k
    for t in range(k - 1, max(-1, k - 1 - _LOWER_NAME), -1):
        if doc.sentence[t] != doc.sentence[k] or is_break(doc, t + 1) or doc.words[t].is_digit:
            break
        if capitalised(doc, t) and len(doc.words[t].text) > 3:
            start = t
    return start


def complementizer_words(pack: LanguagePack) -> frozenset[str]:
    """``attribution.complementizers`` ("that", "que", "dass", "att", "إن"), normalised (once
    per pack: asked per speaker phrase)."""
    return pack.words("attribution", "complementizers")


def is_cue(marks: Marks, k: int) -> bool:
    """Whether an attribution cue (not a noun, pronoun or connector) starts at word ``k``."""
    # a loop, not a generator: asked of most words read for a speaker
    for c in marks.cats[k]:  # noqa: SIM110
        if c.startswith("attr:") and c not in NOT_CUES:
            return True
    return False


def extend_left(doc: Doc, start: int, marks: Marks, sentence: int) -> int:
    """Start of a capitalised name that ends at word ``start``, read leftwards."""
    while start > 0 and doc.sentence[start - 1] == sentence and not is_break(doc, start):
        if is_cue(marks, start - 1):
            break  # "Según testigos": the cue is not part of the name
        if capitalised(doc, start - 1) and not doc.words[start - 1].is_digit:
            start -= 1
        elif "attr:connectors" in word_cats(marks, start - 1):
            # one or two connectors inside a name: "Ministry of Health", "Droits de l'Homme"
            joint = start - 1
            if (
                joint > 1
                and "attr:connectors" in word_cats(marks, joint - 1)
                and not is_break(doc, joint)
                and doc.sentence[joint - 1] == sentence
            ):
                joint -= 1
            if (
                joint > 0
                and doc.sentence[joint - 1] == sentence
                and capitalised(doc, joint - 1)
                and not is_cue(marks, joint - 1)
                and not is_break(doc, joint)
                and not is_break(doc, start - 1 if start - 1 > joint else joint)
            ):
                start = joint - 1
            elif (lead := _institution_before(doc, start, marks, sentence)) is not None:
                return lead  # "le ministère de la Défense": the institution noun heads the name
            else:
                break
        else:
            break
    return start


def _source_words_left(doc: Doc, start: int, marks: Marks, sentence: int) -> int:
    """Start of a source phrase whose head at ``start`` follows other source words written
    in lower case ("civil defence agency", "police spokesman", "health ministry official"): the
    words before name whose voice it is."""
    while start > 0 and doc.sentence[start - 1] == sentence and doc.gaps[start] == " ":
        lead = next(
            (
                i
                for i in range(max(0, start - _APPOSITIVE), start)
                for cat, _, j in marks[i]
                if j == start
                and (cat.startswith("actor:") or cat == "attr:nouns")
                and not any(is_break(doc, t) for t in range(i + 1, start))
            ),
            None,
        )
        if lead is None or lead < 0 or doc.sentence[lead] != sentence:
            return start
        start = extend_left(doc, lead, marks, sentence)
    return start


def _institution_before(doc: Doc, start: int, marks: Marks, sentence: int) -> int | None:
    """The start of a lower-case institution noun joined to a capitalised name by one or two
    function words ("ministère de la Défense", "ministerio de Defensa"), or None."""
    for t in (start - 2, start - 3):
        if t < 0 or doc.sentence[t] != sentence:
            return None
        if any(is_break(doc, k) for k in range(t + 1, start + 1)):
            return None
        if not all("fn:word" in word_cats(marks, k) for k in range(t + 1, start)):
            return None
        if "attr:nouns" in word_cats(marks, t) and not capitalised(doc, t):
            return t
    return None


def _is_role(marks: Marks, k: int) -> bool:
    """Whether word ``k`` is a role: a speaker noun, a title, or a spokesperson the pack knows
    only as an actor (German compounds: "Polizeisprecher", "Regierungssprecherin")."""
    cats = word_cats(marks, k)
    return "attr:nouns" in cats or "attr:roles" in cats or "actor:spokesperson" in cats


def _named(doc: Doc, span: tuple[int, int], marks: Marks, uncased: bool = False) -> bool:
    """Whether a speaker span is a name as written (capitalised words, in a script with no
    capitals any words, none of them a role noun or an actor alias): only a name needs its role
    to say whose voice it is."""
    i, j = span
    if j - i > _MAX_NAME or i >= j:
        return False
    for k in range(i, j):
        cats = word_cats(marks, k)
        if not (uncased or capitalised(doc, k)) or doc.words[k].is_digit or _is_role(marks, k):
            return False
        if any(c.startswith("actor:") for c in cats):
            return False
    return True


def _role_before(doc: Doc, i: int, marks: Marks) -> tuple[int, int] | None:
    """The role written just before a name: "Army spokesman Ana Example", "el general Ana
    Ejemplo", "Försvarsmaktens talesperson Ana Exempel", or set off by a comma from the start of
    the sentence or a cue ("The army's spokesman, Ana Example, said", "El portavoz del
    Ministerio de Defensa, Ana Ejemplo, dijo"). Capitalised words before a role word are its
    organisation; an abbreviated title may end in a full stop ("Gen. Ana Example")."""
    if i == 0:
        return None
    sentence = doc.sentence[i]
    comma = doc.gaps[i].strip() == ","
    start, found, closed = i, False, False
    for t in range(i - 1, max(-1, i - 1 - _ROLE_WORDS), -1):
        cats = word_cats(marks, t)
        if doc.sentence[t] != sentence or is_cue(marks, t):
            closed = True
            break
        gap = doc.gaps[t + 1].strip()
        if t + 1 < i and is_break(doc, t + 1):
            closed = True  # the clause opens after a comma: what stands before it is no role's
            break
        if doc.words[t].is_digit or any(c.startswith("measure:") for c in cats):
            return None
        if (t + 1 == i and not comma and gap not in ("", ".")) or (
            gap == "." and not _is_role(marks, t)
        ):
            break
        if _is_role(marks, t):
            role_cats = ("attr:nouns", "attr:roles", "actor:spokesperson")
            if max(e for c, e in cats.items() if c in role_cats) > i:
                return None  # "the UN": the noun phrase holds the name, it is no role before it
            start, found = t, True
        elif capitalised(doc, t) or comma:
            start = t  # the role's organisation ("Central Command chief"), or its words
        elif not found or ("fn:word" not in cats and "attr:connectors" not in cats):
            break
    else:
        # the role's words fill the reach: closed when they run from the sentence's start or
        # from a comma ("..., the secretary of the Example Foundation in Sweden, Ana Example,")
        closed = i - 1 - _ROLE_WORDS < 0 or is_break(doc, start)
    if not found or (comma and not (closed or start == 0)):
        return None  # a comma clause must run from the sentence's start or a cue
    return start, i


def _role_after(doc: Doc, j: int, pack: LanguagePack, marks: Marks) -> tuple[int, int] | None:
    """A role set off by a comma after a name: "Ana Example, head of the Example Office,"."""
    n = len(doc.words)
    if j >= n or doc.gaps[j].strip() not in (",", "،") or doc.sentence[j] != doc.sentence[j - 1]:
        return None
    first = j
    openers = pack.words("attribution", "appositive_openers")
    for size in (2, 1):  # "som är chef för ...", "وهو مسؤول في ...": who is, then the role
        if " ".join(normalize(w.text) for w in doc.words[j : j + size]) in openers:
            first = j + size
            break
    while first < n - 1 and doc.words[first].norm in pack.articles:
        first += 1
    cats = word_cats(marks, first)
    if not (_is_role(marks, first) or any(c.startswith("actor:") for c in cats)):
        return None
    end = j + 1
    while end < n and end - j < _APPOSITIVE and doc.sentence[end] == doc.sentence[j]:
        if is_break(doc, end) or is_cue(marks, end) or doc.words[end].is_digit:
            break
        end += 1
    return j, end


def speaker_role(doc: Doc, span: tuple[int, int], pack: LanguagePack, marks: Marks) -> str | None:
    """The role a named speaker is introduced with, as written, so that the voice is known:
    "Ana Example (Army spokesman)" speaks for the army, a bare "Ana Example" for no one known.
    The role is read after the name ("Ana Example, head of the Example Office,") or before it
    ("Army spokesman Ana Example", ``attribution.roles`` or a speaker noun), without its article
    or determiner."""
    if not _named(doc, span, marks, _uncased(pack)):
        return None  # (Arabic: "سامر الخطيب، مدير مستشفى الرحمة،", "X، وهو مسؤول في ...")
    role = _role_after(doc, span[1], pack, marks) or _role_before(doc, span[0], marks)
    if role is None:
        return None
    first, last = role
    openers = pack.words("attribution", "appositive_openers")
    for size in (2, 1):
        if (
            first + size < last
            and " ".join(normalize(w.text) for w in doc.words[first : first + size]) in openers
        ):
            first += size
            break
    while first < last - 1 and doc.words[first].norm in pack.articles | determiner_words(pack):
        first += 1
    start, end = doc.char_span(first, last)
    return " ".join(doc.text[start:end].split())


def determiner_words(pack: LanguagePack) -> frozenset[str]:
    """``attribution.determiners`` ("the", "le", "die"), normalised."""
    return pack.words("attribution", "determiners")


def speaker_text(doc: Doc, span: tuple[int, int], pack: LanguagePack, marks: Marks) -> str:
    """The speaker as written, without a leading function word, a preposition written onto it
    or quote marks."""
    first, last = span
    conjunctions = pack.conjunctions
    while (
        first < last - 1
        and (doc.words[first].norm in pack.function_words or doc.words[first].norm in conjunctions)
        and not marks.opens(first, "actor:")
    ):
        first += 1
    short = _short_name_after(doc, first, last, marks)
    start, end = doc.char_span(first, last if short is None else short + 1)
    text = doc.text[start:end]
    if short is not None:
        text += ")"
    for written, left in _prepositions(pack):
        if text.startswith(written):
            # "وفقا للمرصد" -> "المرصد", "وفقا لمصادر طبية" -> "مصادر طبية": the preposition is not
            # part of the name; one that leaves nothing only before a known speaker word
            if left or _known(pack, doc.words[first].norm[len(written) :]):
                text = left + text[len(written) :]
            break
    if text.count("(") > text.count(")"):
        text += ")"  # "Example Office (EO": the closing bracket lies past the last word
    if not _QUOTE_MARKS.isdisjoint(text):  # 'وكالة "فرانس برس"': the name, not its quote marks
        text = " ".join("".join(ch for ch in text if ch not in QUOTES).split())
    return text


_SHORT_NAME_REACH = 4  # words of a name left to read before its bracketed short name


def _short_name_after(doc: Doc, first: int, last: int, marks: Marks) -> int | None:
    """The bracketed short name that closes the name a speaker phrase ``[first, last)`` opens:
    "Oficina de Coordinación de Asuntos Humanitarios (OCHA)", "FN:s kontor för humanitära
    frågor (Ocha)". Labels name a body by its name or its short name, so the speaker keeps
    both; the rest of the name up to the bracket (a few words, no count, cue or punctuation) is
    read too. None when there is none."""
    if last <= first:
        return None
    start, end = doc.char_span(first, last)
    if "(" in doc.text[start:end]:
        return None  # "Example Office (EO": the phrase holds its short name already
    sentence = doc.sentence[last - 1]
    for k in range(last, min(len(doc.words), last + _SHORT_NAME_REACH + 1)):
        if doc.sentence[k] != sentence or doc.words[k].is_digit:
            return None
        if doc.gaps[k].strip() == "(":
            word = doc.words[k].text
            closed = k + 1 >= len(doc.words) or doc.gaps[k + 1].strip()[:1] == ")"
            # a capital tells a short name from an aside; a script without capitals
            # ("(الخميس)", a day) cannot, and keeps the name alone
            if closed and word.isalpha() and 2 <= len(word) <= 10 and word[:1].isupper():
                return k
            return None
        if is_break(doc, k) or is_cue(marks, k):
            return None
    return None


def noun_in_cue(marks: Marks, i: int, j: int) -> tuple[int, int] | None:
    """A speaker noun inside the cue ``[i, j)`` that names an unnamed source ("nach offiziellen
    Angaben", "nach Behördenangaben", an actor: "nach UN-Angaben"): it is the speaker, whatever
    name follows the cue ("... nach offiziellen Angaben bis Sonntagmittag")."""
    for k in range(i, j):
        ends = [
            e for c, _, e in marks[k] if (c == "attr:nouns" or c.startswith("actor:")) and e <= j
        ]
        if ends:
            return k, max(ends)
    return None


def names_itself(marks: Marks, span: tuple[int, int]) -> bool:
    """Whether a referring phrase holds a source noun ("the ministry", "organisationen"), so that
    with no one named before it it still says who speaks, as "he" does not."""
    return any(
        c in ("attr:nouns", "attr:anaphors") or c.startswith("actor:")
        for k in range(*span)
        for c in word_cats(marks, k)
    )


def _uncased(pack: LanguagePack) -> bool:
    """``attribution.uncased``: the script has no capitals (Arabic), so a name is read as the
    words after a speaker noun up to punctuation or a function word, not as a capitalised run."""
    return bool(pack.raw.get("attribution", {}).get("uncased", False))


def _prepositions(pack: LanguagePack) -> list[tuple[str, str]]:
    """``attribution.prepositions``: a preposition written onto the speaker's first word and what
    it leaves of it (``["لل", "ال"]``: li- + al- drops the alef), longest first."""
    pairs = pack.raw.get("attribution", {}).get("prepositions", [])
    return [(str(w), str(left)) for w, left in pairs]


def _known(pack: LanguagePack, norm: str) -> bool:
    """Whether a word is a speaker noun or an actor alias as it stands."""
    return any(c.startswith(("attr:nouns", "actor:")) for c in pack.lexicon.categories(norm))


def points_back(doc: Doc, k: int, pack: LanguagePack, marks: Marks, cue: int | None = None) -> bool:
    """Whether the sentence at word ``k`` opens with a word for the previous sentence's content
    right before a cue (``attribution.back_references``: "Det uppger AFP", "Dies berichtete die
    Agentur", "Así lo informó el ministerio"), so its speaker speaks for that sentence too."""
    words = [w.norm for w in doc.words[k : k + 4]]
    for phrase in pack.raw.get("attribution", {}).get("back_references", []):
        tokens = normalize(phrase).split()
        at = k + len(tokens)
        while at < len(doc.words) and "fn:word" in word_cats(marks, at) and at - k < 4:
            at += 1  # "Así lo informó": a clitic pronoun before the verb
        if (
            words[: len(tokens)] == tokens
            and at < len(doc.words)
            and doc.sentence[at] == doc.sentence[k]
            and is_cue(marks, at)
            and (cue is None or at == cue)
        ):
            return True
    # "Uppgifterna kommer från X", "Die Angaben stammen von X": the cue's own first words point
    # back (``attribution.back_cues``)
    for phrase in _listed_phrases(pack.lang, "back_cues"):
        end = k + len(phrase)
        if (
            tuple(doc.norms[k:end]) == phrase
            and any(is_cue(marks, t) for t in range(k, min(end, len(doc.words))))
            and (cue is None or k <= cue < end)
        ):
            return True
    return False


def reports_back(doc: Doc, k: int, pack: LanguagePack, marks: Marks) -> bool:
    """Whether the sentence at word ``k`` holds no number and a cue whose object is the
    previous sentence's content (``attribution.back_objects``: "Governor X reported on this
    development", "le maire a annoncé ce nouveau bilan"), so its speaker speaks for that sentence
    too."""
    sentence = doc.sentence[k]
    end = k
    while end < len(doc.words) and doc.sentence[end] == sentence:
        if doc.words[end].is_digit:
            return False
        end += 1
    objects = _back_objects(pack.lang)
    for at in range(k, end):
        if not is_cue(marks, at):
            continue
        for after in (at + 1, at + 2):  # right after the cue, or after its second word
            if opens_with(tuple(doc.norms[after : min(end, after + 4)]), objects):
                return True
    return False


@cache
def _back_objects(lang: str) -> tuple[tuple[str, ...], ...]:
    """The pack's ``attribution.back_objects`` as normalised word tuples, once per language."""
    listed = load_pack(lang).raw.get("attribution", {}).get("back_objects", [])
    return tuple(tuple(normalize(p).split()) for p in listed)


_COMMON_SOURCE = 3  # words of a lower-case source after "according to" ("selon le préfet")


def common_noun_after(
    doc: Doc, j: int, pack: LanguagePack, marks: Marks, sentence: int
) -> tuple[int, int] | None:
    """After a cue that is a preposition of attribution (``attribution.according``: "selon",
    "según", "according to", "enligt"), whatever noun follows is the source, also one the lexicon
    does not know ("selon le préfet", "según el forense", "enligt länsstyrelsen"): past an article,
    up to three lower-case words before punctuation, a function word, a count or a word of another
    lexicon category than a people or an actor. None in a script without capitals, and for a
    document word ("selon un bilan provisoire"). Without an article only where a definite noun
    has none (``attribution.according_bare``: Swedish "enligt länsstyrelsen")."""
    if _uncased(pack):
        return None
    n = len(doc.words)
    k = j
    while (
        k < n
        and doc.sentence[k] == sentence
        and k - j < 2
        and doc.words[k].norm in pack.articles
        and doc.words[k].norm in pack.function_words
    ):
        k += 1
    if k == j and not pack.raw.get("attribution", {}).get("according_bare", False):
        # "selon lui", "según ellos": a pronoun, not a noun after an article; "according to
        # members of the family": a noun the pack lets stand bare
        bare = _bare_source_noun(doc, k, pack)
        return None if bare is None else (k, _whose(doc, bare, pack, sentence))
    end = lower_case_run(doc, k, pack, marks, sentence, _COMMON_SOURCE, _not_a_person)
    return (k, end) if end > k else None


def _bare_source_noun(doc: Doc, k: int, pack: LanguagePack) -> int | None:
    """The end of a noun at word ``k`` the pack lets name a source with no article after a
    preposition of attribution (``attribution.according_bare_nouns``: "according to members of
    the family"), two words or one; None when there is none."""
    nouns = pack.words("attribution", "according_bare_nouns")
    if not nouns or k >= len(doc.words):
        return None
    for end in (k + 2, k + 1):
        if end <= len(doc.words) and " ".join(doc.norms[k:end]) in nouns:
            return end
    return None


def _whose(doc: Doc, end: int, pack: LanguagePack, sentence: int) -> int:
    """The end of what a bare source noun ending at ``end`` is of: "members of the family",
    "relatives of the victims" (``attribution.role_of``, an article, one lower-case noun);
    ``end`` itself when no such phrase follows."""
    last = end + 2
    if (
        last < len(doc.words)
        and doc.sentence[last] == sentence
        and doc.norms[end] in pack.words("attribution", "role_of")
        and doc.norms[end + 1] in pack.articles
        and doc.words[last].text.isalpha()
        and doc.words[last].text.islower()
        and not any(doc.gaps[t].strip() for t in range(end, last + 1))
    ):
        return last + 1
    return end


def _not_a_person(category: str) -> bool:
    return not category.startswith(_ADJECTIVE_CATS)


def lower_case_run(
    doc: Doc,
    start: int,
    pack: LanguagePack,
    marks: Marks,
    sentence: int,
    limit: int,
    stops: Callable[[str], bool],
) -> int:
    """The end of a common noun phrase naming a source from word ``start``: at most ``limit``
    lower-case words, up to a break, a capital, punctuation, a function word, an article or a
    word with a lexicon category ``stops`` holds true for."""
    n, k = len(doc.words), start
    while k < n and doc.sentence[k] == sentence and k - start < limit:
        word = doc.words[k]
        if (
            (k > start and is_break(doc, k))
            or capitalised(doc, k)
            or not word.text.isalpha()
            or word.norm in pack.function_words
            or word.norm in pack.articles
            or any(stops(c) for c in word_cats(marks, k))
        ):
            break
        k += 1
    return k


def opens_with_total(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether the sentence at word ``k`` opens with a phrase for the dead of the sentence before
    (``attribution.back_totals``: "Among the dead", "Parmi les morts", "Del total de
    fallecidos", "بين القتلى"), so the source it names speaks for that count too."""
    words = [w.norm for w in doc.words[k : k + 5]]
    for phrase in pack.raw.get("attribution", {}).get("back_totals", []):
        tokens = normalize(phrase).split()
        if words[: len(tokens)] == tokens:
            return True
    return False


def opens_sentence(doc: Doc, k: int) -> bool:
    """Whether word ``k`` opens its sentence."""
    return k == 0 or doc.sentence[k - 1] != doc.sentence[k]
