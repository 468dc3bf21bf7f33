"""Victims joined by "and", each counted alone: "a man and a woman were killed", "un hombre y
una mujer murieron", "a doctor and a nurse died", "killed a man and a woman".

Each member is read on its own ("a man": one, "two men": two), so without this reading the
report's toll would be its largest member, never the pair the sentence states. The group becomes
one more claim of everyone it names (their category if they share one, else ``people``).
Lone members of a part category (children, women) stay beside the total, as a lone mother stays
beside her family's (:mod:`.companions`); the others are only the total's parts. Only lone
members make a group: counted groups ("three women and seven men", "two paramedics and a
doctor") are parts a report counts apart, each a claim of its own; their sum is everyone the
verb befell all the same, so such a group is ``counted`` and the engine keeps its sum as a
plural with a figure (``uncounted``, never a casualty count), which incident figures read only
where no count of the whole group is stated (:mod:`harmledger.assess.report_totals`).

The construction, in every language: lone victims (an indefinite article and a person noun, or
a lone victim the engine read) joined by the pack's conjunctions (commas inside a list), each
under the same cue; a member with no reading of its own is an indefinite article
(``numbers.singular``) and a person noun up to ``_MODIFIERS`` words later, or in Arabic a bare
indefinite noun after a prefixed "و". Possessives ("and his wife") belong to :mod:`.companions`.
Not read inside a sentence that already counts that measure in numbers ("five were killed, among
them a man and a woman": the pair is part of the five), nor after a subset marker, nor where a
member is a fighter (fighters and civilians are counted apart); and, as a lone victim is (see
:mod:`.singular`), the engine keeps a group only in a document that counts that measure nowhere
in numbers (elsewhere the pair is most often among that count).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from harmledger.extract.companions import DraftLike
from harmledger.extract.language_pack import LanguagePack, load_pack
from harmledger.extract.lexicon import Marks
from harmledger.extract.numbers import parse_number_text
from harmledger.extract.reading import OTHER_CATS, Cue, cats_at
from harmledger.extract.singular import age_phrase_end, matches_stem
from harmledger.extract.text import Doc
from harmledger.folding import normalize

MEASURES = ("killed", "injured")
_MODIFIERS = 2  # plain words between an article and its noun: "a young Example woman"
_AGED_MODIFIERS = 4  # the same with an age hyphenated before the noun: "a 28-year-old woman"
_SUBSET_REACH = 4  # words back from a group to a subset marker ("including a man and ...")
_COUNTED = ("digit", "word", "singular")
_NAME_WORDS = 4  # words of one person's name
# a person noun that is a name's title ("paramedic Sami Khoury", "el voluntario Nabil Aoun")
_ROLE_CATS = frozenset(("one:nouns", "who:protected", "who:people"))
_AFFILIATION_WORDS = 5  # capitalised words of an employer after a name: "the Al-Amal Clinic"
_LISTED_NAME_WORDS = 6  # words of one name in a list after its verb ("Abdul Rahman Abdul Karim X")
_ASIDE_WORDS = 3  # words in brackets after a listed name: "(34)", "(34 ans)", "(Hiba)"
_OPENING = 2  # words between a casualty word and its list: "deaths of", "mató a"
# after a list, a noun of its phrase ("killed A and B fighters") or the verb of a clause the last
# name opens ("killed A and B was hurt", "the death of A and B said")
_NOT_AFTER = (
    "who:",
    "qty:",
    "dis:units",
    "measure:",
    "one:aux",
    "one:plural_aux",
    "one:nouns",
    "one:harmed",
    "attr:after",
    "attr:before",
)
_NOT_PERSON = ("who:others", "who:subset", "who:partitive", "who:generic")


@dataclass(frozen=True)
class Group:
    """Victims joined by "and" at words ``[i, j)``: ``total`` people hurt by ``measure``."""

    i: int
    j: int
    total: int
    measure: str
    who: str
    cue: Cue | None
    members: tuple[DraftLike, ...]
    roll: bool = False  # named one by one after a roll's opener ("the victims were named as")
    # counted groups only ("two women and three children were injured"): parts a report counts
    # apart, whose sum the engine keeps as a plural with a figure, never a casualty count
    counted: bool = False
    # a bare lone noun no draft stands for ("أصيب طفل وامرأتان"): its position and category
    lone: tuple[int, str] | None = None


def _end(d: DraftLike) -> int:
    return max(d.mention.j, d.head.j)


def _person_noun(marks: Marks, k: int) -> str | None:
    """The who category of a person noun at ``k`` ("people" for a lone-victim noun), or None."""
    cats = cats_at(marks, k)
    if any(c in cats for c in _NOT_PERSON):
        return None
    for cat in cats:
        if cat.startswith("who:"):
            return "other" if cat in OTHER_CATS else cat[4:]
    return "people" if "one:nouns" in cats else None


_PackWords = tuple[bool, frozenset[str], frozenset[str], frozenset[tuple[str, ...]]]
_PACK_WORDS: dict[int, tuple[LanguagePack, _PackWords]] = {}


def _pack_words(pack: LanguagePack) -> _PackWords:
    """Whether a bare noun is indefinite, the kin nouns written with a suffix, the articles of
    one and the identity phrases: read from the pack once per pack, not once per document."""
    kept = _PACK_WORDS.get(id(pack))
    if kept is not None and kept[0] is pack:
        return kept[1]
    settings = pack.raw.get("singular_victims", {})
    words: _PackWords = (
        bool(settings.get("bare_indefinite", False)),
        frozenset(normalize(w) for w in settings.get("kin_suffixed", [])),
        frozenset(pack.singular - set(pack.raw.get("numbers", {}).get("one", []))),
        frozenset(
            tuple(t if t in pack.verbatim else normalize(t) for t in phrase.split())
            for phrase in settings.get("identity", [])
        ),
    )
    _PACK_WORDS[id(pack)] = (pack, words)
    return words


class _Reader:
    def __init__(
        self,
        doc: Doc,
        pack: LanguagePack,
        marks: Marks,
        drafts: Sequence[DraftLike],
        cues: Sequence[Cue] = (),
    ) -> None:
        self.doc, self.pack, self.marks = doc, pack, marks
        # where each cue ends, by measure: a verb right before a bare lone noun whose count's
        # draft took a later cue ("أصيب طفل وامرأتان بجروح": hurt ... with wounds)
        self.cue_ends = {(c.j, c.measure): c for c in cues}
        self.hurt = [
            d
            for d in drafts
            if d.kind == "casualty"
            and d.measure in MEASURES
            and not d.negated
            and d.mention.source in _COUNTED
            and d.mention.low is not None
            and d.mention.low == d.mention.high
        ]
        self.at = {d.mention.i: d for d in self.hurt}
        # sentences counting a measure in numbers: a pair there is part of that count
        self.counting = [
            d
            for d in drafts
            if d.kind == "casualty"
            and not d.negated
            and d.mention.source in ("digit", "word", "vague")
        ]
        self.bare, self.kin, self.articles, self.identity = _pack_words(pack)

    def _joiner(self, k: int) -> tuple[int, bool] | None:
        """(next member's first word, closed by a conjunction) after a member ending at ``k``."""
        words, n = self.doc.words, len(self.doc.words)
        if k >= n or self.doc.sentence[k] != self.doc.sentence[k - 1]:
            return None
        gap = self.doc.gaps[k].strip()
        joined = self.pack.joined_conjunction
        if self.bare and joined and words[k].norm.startswith(joined) and not gap:
            return k, True  # "رجل وامرأة": "and" written onto the next member
        if words[k].norm in self.pack.conjunctions and gap in ("", ","):
            k, closed = k + 1, True
        elif gap == ",":
            closed = False
        else:
            return None
        # a preposition marking the object ("y a una mujer"): a determiner that is no article
        while (
            k < n
            and "one:determiners" in cats_at(self.marks, k)
            and words[k].norm not in self.pack.singular
            and k not in self.at
            and len(words[k].norm) <= 2
        ):
            k += 1
        opened = k < n and (not self.doc.gaps[k].strip() or (not closed and gap == ","))
        return (k, closed) if opened else None

    def _member(self, k: int, measure: str, cue: Cue | None) -> tuple[int, int, str] | None:
        """(people, end, who) of the member starting at ``k``."""
        draft = self.at.get(k)
        if draft is not None:
            if draft.measure != measure or (draft.cue is not None and draft.cue != cue):
                return None
            return draft.mention.low or 0, _end(draft), draft.who or "people"
        words, n = self.doc.words, len(self.doc.words)
        if self.bare:  # a bare noun is indefinite without its article ("امرأة"; not "المرأة")
            who = _person_noun(self.marks, k)
            definite = words[k].norm.startswith(("ال", "وال"))
            if who is None and words[k].norm.removeprefix(self.pack.joined_conjunction) in self.kin:
                return 1, k + 1, "people"  # "رجل وزوجته": his wife, one more
            return (1, k + 1, who) if who is not None and not definite else None
        if words[k].norm not in self.articles and not (
            # "en kvinna", "ein Mann": the word for one is the article ("one of" is a part)
            words[k].norm in self.pack.singular
            and k + 1 < n
            and words[k + 1].norm not in self.pack.of_words
        ):
            return None
        for t in range(k + 1, min(n, k + 2 + _MODIFIERS)):
            if self.doc.gaps[t].strip(" -\u2010") or words[t].is_digit:
                return None
            who = _person_noun(self.marks, t)
            if who is not None:
                return 1, t + 1, who
        return None

    def _listed_before(self, i: int) -> tuple[int, list[str]]:
        """(first word, who of each) of lone members listed with commas before word ``i``:
        "a man, a woman and a teenager" (the first ones share no cue of their own)."""
        whos: list[str] = []
        sentence = self.doc.sentence[i]
        while i > 1 and self.doc.gaps[i].strip() == "," and self.doc.sentence[i - 1] == sentence:
            who = None if self.bare else _person_noun(self.marks, i - 1)
            start = next(
                (
                    t
                    for t in range(i - 2, max(-1, i - 3 - _MODIFIERS), -1)
                    if self.doc.words[t].norm in self.articles
                ),
                None,
            )
            if (
                who is None
                or start is None
                or start in self.at
                or self.doc.sentence[start] != sentence
            ):
                break
            if any(self.doc.gaps[t].strip(" -\u2010") for t in range(start + 1, i)):
                break
            whos.insert(0, who)
            i = start
        return i, whos

    def _joined_before(self, i: int) -> tuple[int, str] | None:
        """(first word, who) of a lone member joined by a conjunction right before the member
        starting at word ``i`` ("a man and a woman"), with no gap but spaces between."""
        words, sentence = self.doc.words, self.doc.sentence[i]
        if words[i].norm not in self.articles:  # the member's noun: back to its article
            i = next(
                (
                    t
                    for t in range(i - 1, max(-1, i - 2 - _AGED_MODIFIERS), -1)
                    if words[t].norm in self.articles
                ),
                i,
            )
        k = i - 1
        if k < 2 or words[k].norm not in self.pack.conjunctions or self.doc.gaps[i].strip():
            return None
        if self.doc.gaps[k].strip() or (k - 1) in self.at:
            return None
        who = None if self.bare else _person_noun(self.marks, k - 1)
        if who is None:
            return None
        start = next(
            (
                t
                for t in range(k - 2, max(-1, k - 3 - _AGED_MODIFIERS), -1)
                if words[t].norm in self.articles
            ),
            None,
        )
        if start is None or start in self.at or self.doc.sentence[start] != sentence:
            return None
        if any(self.doc.gaps[t].strip(" -\u2010") for t in range(start + 1, k)):
            return None
        return start, who

    def _identity(self, cue: Cue | None, i: int) -> bool:
        """The cue is a subject a copula joins to the list starting at word ``i`` ("the dead
        are two women and a man", "les morts sont ...", "de döda är ..."): the list is who
        they all are, counted members too."""
        if cue is None or cue.j >= i or self.doc.sentence[cue.i] != self.doc.sentence[i]:
            return False
        between = tuple(w.norm for w in self.doc.words[cue.j : i])
        if between not in self.identity or any(
            self.doc.gaps[k].strip() for k in range(cue.j, i + 1)
        ):
            return False
        # not "of the dead were ...", "av de döda var ...": a part of the dead
        sentence, k = self.doc.sentence[cue.i], cue.i - 2  # the word before is its article
        while k >= 0 and self.doc.sentence[k] == sentence:
            if self.doc.words[k].norm in self.pack.of_words:
                return False
            k -= 1
        return True

    def _after_subset(self, i: int) -> bool:
        sentence = self.doc.sentence[i]
        return any(
            self.doc.sentence[k] == sentence
            for k in self.marks.within("who:subset", max(0, i - _SUBSET_REACH), i)
        )

    def groups(self) -> list[Group]:
        found: list[Group] = []
        taken: set[int] = set()
        for first in self.hurt:
            if first.mention.i in taken or first.who == "combatants":
                continue
            measure, cue = first.measure, first.cue
            total, end, whos = first.mention.low or 0, _end(first), [first.who or "people"]
            members, closed = [first], False
            # counted groups ("three women and seven men", "two paramedics and a doctor") are
            # parts a report counts apart: only lone members make one group, or a lone member
            # first and counted ones after it ("a policeman and two civilians were wounded":
            # the sentence's subject is all three)
            lone = first.mention.source == "singular"
            led = lone
            while not closed:
                end = age_phrase_end(self.doc, end, self.marks, self.pack) or end  # "in his 30s"
                joined = self._joiner(end)
                if joined is None:
                    break
                start, closed = joined
                member = self._member(start, measure, cue)
                if member is None:
                    break
                people, end, who = member
                total, whos = total + people, [*whos, who]
                if start in self.at:
                    members.append(self.at[start])
                lone = lone and (
                    start not in self.at or self.at[start].mention.source == "singular"
                )
            before = None
            if not closed and len(members) == 1 and first.mention.source == "singular":
                # "a man and a woman were taken to a hospital": a lone member joined before the
                # last one, which alone had the harmed phrase as its own (singular._plural_member)
                before = self._joined_before(first.mention.i)
                closed = before is not None
            if not closed:
                continue
            counted = not (lone or led or self._identity(cue, first.mention.i))
            begin, listed = self._listed_before(first.mention.i if before is None else before[0])
            if before is not None:
                listed = [*listed, before[1]]
            whos = [*listed, *whos]
            total += len(listed)
            if len(whos) < 2 or "combatants" in whos:
                continue
            if cue is not None and not (cue.j <= begin or cue.i >= end):
                continue
            sentence = self.doc.sentence[first.mention.i]
            counted_apart = any(
                d.measure == measure
                and self.doc.sentence[d.mention.i] == sentence
                and all(d is not m for m in members)
                for d in self.counting
            )
            if counted_apart or self._after_subset(begin):
                continue
            taken.update(d.mention.i for d in members)
            who = whos[0] if len(set(whos)) == 1 else "people"
            found.append(
                Group(begin, end, total, measure, who, cue, tuple(members), counted=counted)
            )
        found += self._bare_then_counted(taken)
        return found

    def _bare_then_counted(self, taken: set[int]) -> list[Group]:
        """Where a bare noun is indefinite (Arabic), a lone person noun right after the verb
        and a count joined to it by a prefixed "و" ("أصيب شرطي ومدنيان", a policeman and two
        civilians were wounded): the lone one and the count are one group, as "a policeman and
        two civilians" is; no draft stands for the lone noun, so it is read here. The count may
        follow its noun, the owner written onto it ("قتل رجل وأطفاله الثلاثة", a man and his
        three children): the group then opens at that noun."""
        joined = self.pack.joined_conjunction
        if not (self.bare and joined):
            return []
        words, gaps, found = self.doc.words, self.doc.gaps, []
        for d in self.counting:  # a dual noun is read as a "vague" count of two
            k, cue = d.mention.i, d.cue
            if k in taken or k < 1 or cue is None or d.measure not in MEASURES:
                continue
            if (
                k >= 2
                and not words[k].norm.startswith(joined)
                and words[k - 1].norm.startswith(joined)
                and not gaps[k].strip()
                and d.who is not None
                and (
                    _person_noun(self.marks, k - 1) == d.who
                    or (d.who == "children" and owned_children(self.doc, k - 1, self.pack))
                )
            ):
                k -= 1  # "وأطفاله الثلاثة": the noun before its numeral
            if d.mention.low is None or d.mention.low != d.mention.high:
                continue
            if not words[k].norm.startswith(joined) or gaps[k].strip():
                continue
            if cue.j != k - 1:
                cue = self.cue_ends.get((k - 1, d.measure))
                if cue is None:
                    continue
            who = _person_noun(self.marks, k - 1)
            if who is None or who == "combatants" or d.who == "combatants":
                continue
            if words[k - 1].norm.startswith("ال") or gaps[k - 1].strip():
                continue
            sentence = self.doc.sentence[k]
            if any(
                e is not d and e.measure == d.measure and self.doc.sentence[e.mention.i] == sentence
                for e in self.counting
            ):
                continue  # the sentence counts that measure apart
            total = 1 + (d.mention.low or 0)
            group_who = who if who == d.who else "people"
            found.append(
                Group(k - 1, _end(d), total, d.measure, group_who, cue, (d,), lone=(k - 1, who))
            )
        return found


def owned_children(doc: Doc, k: int, pack: LanguagePack) -> bool:
    """Whether word ``k`` is a person's children with the owner written onto the noun, "و"
    before it or not (``who.owned_kin``: "وأطفالهما", "أبناؤها"): a group a numeral after it
    counts."""
    owned = pack.words("who", "owned_kin")
    if not owned or k < 0 or k >= len(doc.words):
        return False
    norm, joined = doc.words[k].norm, pack.joined_conjunction
    return norm in owned or (
        bool(joined) and norm.startswith(joined) and norm[len(joined) :] in owned
    )


def _acronym(text: str) -> bool:
    """An organisation's initials: "PRCS", "UNRWA" (two letters or more, all capitals)."""
    return len(text) >= 2 and text.isalpha() and text.isupper()


def _is_name(doc: Doc, marks: Marks, k: int) -> bool:
    word = doc.words[k]
    return word.text[:1].isupper() and not word.is_digit and not cats_at(marks, k)


class _Names:
    """Names joined by "and" before a plural verb: "Sam Example and Kim Sample were killed",
    "Sam Example, 34, and Kim Sample, 29, died" (each name a person; ages set off aside); or
    listed right after the casualty word that governs them: "killed Sam Example, Kim Sample and
    Lee Model", "the deaths of A, B and C", "mató a A y B", "tötete A, seine Frau B (29) und
    ihren Sohn C (6)" (a relative noun before a name, an age or another spelling in brackets)."""

    def __init__(self, doc: Doc, pack: LanguagePack, marks: Marks) -> None:
        self.doc, self.pack, self.marks = doc, pack, marks
        settings = pack.raw.get("singular_victims", {})
        self.aux = {normalize(w) for w in settings.get("plural_aux", [])}
        kin = pack.raw.get("companions", {})
        self.possessives = {
            normalize(w)
            for w in [*kin.get("possessives_of_one", []), *kin.get("possessives_of_many", [])]
        }
        self.relatives = [normalize(w) for w in kin.get("relatives", [])]
        self.openers = {
            normalize(w) for w in pack.raw.get("attribution", {}).get("complementizers", [])
        }
        self.affiliation = {normalize(w) for w in settings.get("affiliation", [])}

    def _name_before(self, k: int) -> int | None:
        """First word of a name of at most ``_NAME_WORDS`` ending at word ``k`` (inclusive)."""
        if not _is_name(self.doc, self.marks, k):
            return None
        start = k
        while (
            start > 0
            and k - start < _NAME_WORDS - 1
            and self.doc.gaps[start].strip() in ("", "-")
            and self.doc.sentence[start - 1] == self.doc.sentence[k]
            and (_is_name(self.doc, self.marks, start - 1) or self._hyphened(start))
        ):
            start -= 1
        return start

    def _hyphened(self, k: int) -> bool:
        """A capitalised word joined by a hyphen to the name word ``k``: a part of the name
        whatever else the word means ("Al-Kurdi", "Abu-Salem")."""
        return self.doc.gaps[k] == "-" and self.doc.words[k - 1].text[:1].isupper()

    def _aside_before(self, k: int) -> int:
        """Word ``k`` or, past an age set off by commas (", 34,", ", de 34 años,"), the word
        before the aside."""
        words, gaps = self.doc.words, self.doc.gaps
        if k + 1 >= len(gaps) or gaps[k + 1].strip() != ",":
            return k
        for t in range(k, max(0, k - 3), -1):
            if gaps[t].strip() == ",":
                aside = range(t, k + 1)
                ages = [u for u in aside if words[u].is_digit and len(words[u].text) <= 3]
                plain = all(
                    u in ages
                    or words[u].norm in self.pack.of_words
                    or "dis:units" in cats_at(self.marks, u)
                    for u in aside
                )
                return t - 1 if len(ages) == 1 and plain else k
            if gaps[t].strip():
                break
        return k

    def _listed(self, k: int) -> bool:
        """Whether a name (with its age aside) ends at word ``k``: one more of a list."""
        return self._name_before(self._aside_before(k)) is not None

    def _opens_clause(self, start: int) -> bool:
        """The names open their clause: at a sentence start, after punctuation, "that", or a
        speech verb ("police said Sam Example and ...")."""
        if start == 0 or self.doc.sentence[start - 1] != self.doc.sentence[start]:
            return True
        before = start - 1
        speech = self.marks.opens(before, "attr:")
        speech = speech or any(
            c.startswith("attr:") for c, _, _ in self.marks.ending("attr", before + 1)
        )
        opener = self.doc.words[before].norm in self.openers
        return bool(self.doc.gaps[start].strip()) or opener or speech

    def group(self, cue: Cue) -> Group | None:
        doc, k = self.doc, cue.i - 1
        if not self.aux or cue.measure not in MEASURES or cue.combined:
            return None
        while k >= 0 and doc.words[k].norm in self.aux and not doc.gaps[k + 1].strip():
            k -= 1
        if k < 0 or doc.sentence[k] != doc.sentence[cue.i] or doc.gaps[k + 1].strip(" ,"):
            return None
        names, closed = 0, False
        start: int | None = None
        k = self._affiliation_before(k)
        while k >= 0:
            k = self._aside_before(k)
            start = self._name_before(k)
            if start is None:
                return None
            start = self._titled(start)
            names += 1
            if start == 0 or doc.sentence[start - 1] != doc.sentence[k]:
                break
            before = doc.words[start - 1]
            if not closed and before.norm in self.pack.conjunctions and not doc.gaps[start].strip():
                closed, k = True, start - 2
            elif closed and doc.gaps[start].strip() == "," and self._listed(start - 1):
                k = start - 1
            else:
                break
            if k < 0 or doc.sentence[k] != doc.sentence[cue.i]:
                return None
        if start is None or names < 2 or not closed or not self._opens_clause(start):
            return None
        return Group(start, cue.i, names, cue.measure, "people", cue, ())

    def _titled(self, start: int) -> int:
        """The first word of a name's title: a person noun right before it ("paramedic Sami
        Khoury", "volunteer Nabil Aoun"), perhaps after an article ("the journalist Rami
        Saleh", "el voluntario ..."); ``start`` where there is none. The noun is the named
        person's role, not another person."""
        doc, marks, t = self.doc, self.marks, start - 1
        if t < 0 or doc.gaps[start].strip() or doc.sentence[t] != doc.sentence[start]:
            return start
        if _ROLE_CATS.isdisjoint(cats_at(marks, t)):
            return start
        a = t - 1
        if a >= 0 and not doc.gaps[t].strip() and _acronym(doc.words[a].text):
            t, a = a, a - 1  # the employer's acronym before the role: "PRCS volunteer"
        article = (
            a >= 0
            and not doc.gaps[t].strip()
            and doc.sentence[a] == doc.sentence[t]
            and "one:determiners" in cats_at(marks, a)
            and doc.words[a].norm not in self.pack.words("identified", "of")
            and doc.words[a].norm not in self.possessives
        )
        return a if article else t

    def _affiliation_before(self, k: int) -> int:
        """Word ``k`` or, past an employer after the last name ("... from the Al-Amal Clinic",
        "... of the Red Crescent": pack ``singular_victims.affiliation``, perhaps an article,
        then capitalised words), the word before it."""
        doc, words = self.doc, self.doc.words
        if not self.affiliation:
            return k
        t = k
        while t >= 0 and k - t < _AFFILIATION_WORDS and words[t].text[:1].isupper():
            if words[t].is_digit or doc.gaps[t].strip(" -"):
                break
            t -= 1
        if t == k or t < 1 or doc.sentence[t] != doc.sentence[k]:
            return k
        if "one:determiners" in cats_at(self.marks, t) and not doc.gaps[t + 1].strip():
            t -= 1
        if words[t].norm not in self.affiliation or doc.gaps[t + 1].strip() or doc.gaps[t].strip():
            return k
        return t - 1

    def _relative_at(self, k: int) -> bool:
        """A possessive and a relative noun at ``k`` ("his wife", "sa femme", "ihren Sohn")."""
        words, n = self.doc.words, len(self.doc.words)
        return (
            k + 1 < n
            and words[k].norm in self.possessives
            and not self.doc.gaps[k + 1].strip()
            and matches_stem(words[k + 1].norm, self.relatives)
        )

    def _listed_member(self, k: int) -> int | None:
        """End of one listed person starting at ``k``: a name, a relative noun before it, its
        age or another spelling in brackets or its age set off by commas after it."""
        doc, n = self.doc, len(self.doc.words)
        sentence = doc.sentence[k]
        if self._relative_at(k):
            k += 2
        t = k
        while (
            t < n
            and t - k < _LISTED_NAME_WORDS
            and doc.sentence[t] == sentence
            and (t == k or doc.gaps[t].strip() in ("", "-"))
            and _is_name(doc, self.marks, t)
        ):
            t += 1
        if t == k or t >= n or doc.sentence[t] != sentence:
            return t if t > k else None
        if doc.gaps[t].strip() == "(":  # "Sam Example (34)", "(34 ans)", "(Kim)"
            close = next(
                (
                    u
                    for u in range(t + 1, min(n + 1, t + 1 + _ASIDE_WORDS))
                    if ")" in doc.gaps[u] and (u == n or doc.sentence[u] == sentence)
                ),
                None,
            )
            if close is None or "(" in "".join(doc.gaps[t + 1 : close]):
                return None
            return close
        word = doc.words[t]
        if doc.gaps[t].strip() == "," and word.is_digit and len(word.text) <= 3:
            closing = doc.gaps[t + 1].strip() or "."
            if closing and closing[0] in ",.;":
                return t + 1  # "Sam Example, 34, and ..."
        return t

    def _object_marker(self, k: int) -> bool:
        """A short determiner that is no article before an object: Spanish "a" ("mató a A")."""
        word = self.doc.words[k].norm
        return (
            "one:determiners" in cats_at(self.marks, k)
            and word not in self.pack.singular
            and word not in self.possessives
            and len(word) <= 2
            and not self.doc.gaps[k].strip()
        )

    def listed_after(self, cue: Cue) -> Group | None:
        """Names listed right after the casualty word ``cue`` (see the class docstring)."""
        doc, n = self.doc, len(self.doc.words)
        if cue.measure not in MEASURES or cue.combined or cue.j >= n or doc.gaps[cue.j].strip():
            return None
        sentence, k = doc.sentence[cue.i], cue.j
        while (
            k < n
            and k - cue.j < _OPENING
            and not doc.gaps[k].strip()
            and (doc.words[k].norm in self.pack.of_words or self._object_marker(k))
        ):
            k += 1
        # a day between the verb and its object: "tötete am Dienstag A, B und C"
        day = next((e for c, e in cats_at(self.marks, k).items() if c.startswith("date:")), k)
        if k == cue.j and k < day <= k + _OPENING and not doc.punct_between(k, day).strip():
            k = day
        if k >= n or doc.sentence[k] != sentence or doc.gaps[k].strip():
            return None
        names, closed = 0, False
        while True:
            end = self._listed_member(k)
            if end is None:
                return None
            names += 1
            if closed or end >= n or doc.sentence[end] != sentence:
                break
            gap = doc.gaps[end].replace(")", "").strip()
            if doc.words[end].norm in self.pack.conjunctions and gap in ("", ","):
                closed, k = True, end + 1
                if k < n and self._object_marker(k):
                    k += 1  # "mató a A y a B"
                if k >= n or doc.sentence[k] != sentence or doc.gaps[k].strip():
                    return None
            elif gap == ",":
                k = end
            else:
                break
        if names < 2 or not closed:
            return None
        if end < n and "'" in doc.gaps[end].replace("\u2019", "'"):
            return None  # "and Kim Sample's neighbour Lee Model": the name goes on
        if (
            end < n
            and doc.sentence[end] == sentence
            and not doc.gaps[end].strip()
            and self.marks.opens(end, _NOT_AFTER)
        ):
            return None  # "killed Sam Example and Kim Sample fighters"
        return Group(cue.i, end, names, cue.measure, "people", cue, ())


_ROLL_GAPS = ("", ":", "-", "–", "—", ",")  # between a roll's opener and its first victim
_SEPARATORS = (",", ";")  # between the victims of a roll (a line break too)
_KIN_WORDS = 2  # lower-case words between a possessive and a name: "his teenage daughter Lama"
_AGE_WORDS = 2  # words after an age set off by commas: "52 ans", "de 52 años"
_OLDEST = 120  # a number after a possessive above this is no count of relatives
_ROLL_NAME_WORDS = 8  # words of one name in a roll ("Majed Abu Mustafa Abu al-Atta")
_PARTICLE = 3  # letters of a lower-case particle inside a name ("al-", "el-")
_TAIL = 6  # words between a roll's opener and the colon or dash its roll follows


class _Roll(_Names):
    """Victims named one by one after a phrase that opens a roll of the dead or the wounded
    (``[named_roll] killed`` / ``injured``): "those killed were named as A, B, his wife C and their
    three children", "among the dead: A; his daughter B (7); and his nephew C", "les victimes
    sont ...", "die Toten wurden als ... identifiziert". Each name counts one (a relative noun
    before it, an age or another spelling after it), an unnamed relative in the singular ("his
    wife") one, a counted group of relatives ("their three children") its number, an indefinite
    person noun ("a neighbour, Hassan Zaki") one. Without the opener a list of names is
    anyone's (officials who spoke, people arrested, survivors) and counts nothing here."""

    def __init__(self, doc: Doc, pack: LanguagePack, marks: Marks) -> None:
        super().__init__(doc, pack, marks)
        _, _, self.ages, self.prefixes = _roll_settings(pack.lang)

    def groups(self, openings: Sequence[tuple[int, int, str]]) -> list[Group]:
        """Every roll of ``doc`` with at least two victims after the ``openings`` (words
        ``[i, k)`` of an opener of a roll of ``measure``)."""
        found: list[Group] = []
        end = -1
        for i, k, measure in openings:
            if i < end:
                continue
            group = self._roll(i, k, measure) or self._after_tail(i, k, measure)
            if group is not None:
                found.append(group)
                end = group.j
        return found

    def _after_tail(self, i: int, k: int, measure: str) -> Group | None:
        """The roll after a colon or a dash a few words past the opener: "the list of those
        killed in the strike – A, B and C", "the names of eight of those killed: A, B"."""
        doc, n = self.doc, len(self.doc.words)
        for t in range(k + 1, min(n, k + _TAIL + 1)):
            gap = doc.gaps[t].strip()
            if not self._next(t, doc.sentence[k]) or gap not in ("", ":", "–", "—"):
                return None
            if gap:
                return self._roll(i, t, measure)
        return None

    def _next(self, k: int, sentence: int) -> bool:
        """Word ``k`` goes on the roll: in its sentence, or on the next line."""
        doc = self.doc
        return k < len(doc.words) and (doc.sentence[k] == sentence or "\n" in doc.gaps[k])

    def _roll(self, i: int, k: int, measure: str) -> Group | None:
        doc = self.doc
        sentence = doc.sentence[k - 1]
        if not self._next(k, sentence) or doc.gaps[k].strip() not in _ROLL_GAPS:
            return None
        total, members, end = 0, 0, k
        restated = 0  # names after a counted group that name its members: "his two sons, A and B"
        while True:
            member = self._member(k)
            if member is None:
                break
            counted = doc.words[k].norm in self.possessives and member[1] > 1
            end, count = member
            named = not counted and doc.words[k].norm not in self.possessives
            if named and restated:
                restated, count = restated - 1, 0
            else:
                restated = count if counted else 0
            total, members = total + count, members + 1
            if not self._next(end, doc.sentence[end - 1]):
                break
            gap = doc.gaps[end].replace(")", "").strip()
            if doc.words[end].norm in self.pack.conjunctions and gap in ("", *_SEPARATORS):
                k = end + 1
                if counted:
                    restated = 0  # "their three children and A": one more
            elif gap in _SEPARATORS or (not gap and "\n" in doc.gaps[end]):
                k = end
                if doc.words[k].norm in self.pack.conjunctions:
                    k += 1  # "; and his nephew"
            else:
                break
            if not self._next(k, doc.sentence[end - 1]):
                break
        if members < 2:
            return None
        return Group(i, end, total, measure, "people", None, (), roll=True)

    def _member(self, k: int) -> tuple[int, int] | None:
        """(end, count) of one victim of a roll at word ``k`` (see the class docstring)."""
        doc, n = self.doc, len(self.doc.words)
        if k >= n:
            return None
        word = doc.words[k].norm
        if word in self.possessives or word in self.pack.singular:
            return self._kin(k + 1, possessive=word in self.possessives)
        return self._named(k)

    def _kin(self, k: int, *, possessive: bool) -> tuple[int, int] | None:
        """A relative or a person noun after a possessive or an article: counted ("their three
        children"), named ("his wife Samira", "a neighbour, Hassan Zaki") or alone ("his
        wife")."""
        doc, n = self.doc, len(self.doc.words)
        if k >= n or doc.gaps[k].strip():
            return None
        if possessive and (count := _count_at(doc, k, self.pack)) is not None:
            t = k + 1
            while t < n and t - k <= _KIN_WORDS and _plain(doc, t) and not doc.gaps[t].strip():
                t += 1
            return (t, count) if t > k + 1 else None
        t = k
        while t < n and t - k < _KIN_WORDS and not doc.gaps[t].strip() and self._kin_word(t, k):
            t += 1
        if t == k:
            return None
        if t < n and doc.gaps[t].strip() in ("", ",") and _is_name(doc, self.marks, t):
            named = self._named(t)
            if named is not None:
                return named
        relative = any(matches_stem(doc.words[u].norm, self.relatives) for u in range(k, t))
        return (t, 1) if relative or not possessive else None

    def _kin_word(self, t: int, k: int) -> bool:
        """A relative noun or its modifier: lower-case, or the noun right after the possessive
        or article written with a capital ("seine Frau", "ihre Kinder", "ein Nachbar")."""
        return _plain(self.doc, t) or (t == k and not self.doc.words[t].is_digit)

    def _named(self, k: int) -> tuple[int, int] | None:
        """A name and its asides: "Sam Example (34)", "Sam Example, 34", "Sam, de 34 años",
        "42-year-old Sam Example", a particle inside it ("Sam al-Example")."""
        doc, n = self.doc, len(self.doc.words)
        k = self._age_before(k)
        t = k
        while t < n and t - k < _ROLL_NAME_WORDS and (t == k or doc.gaps[t].strip() in ("", "-")):
            if _is_name(doc, self.marks, t):
                t += 1
            elif (
                t > k
                and t + 1 < n
                and len(doc.words[t].text) <= _PARTICLE
                and doc.words[t].text.islower()
                and doc.gaps[t + 1] == "-"
                and _is_name(doc, self.marks, t + 1)
            ):
                t += 2  # "al-Example"
            else:
                break
        if t == k:
            return None
        if t < n and doc.gaps[t].strip() == "(":  # "Sam Example (34)", "(34 ans)", "(Kim)"
            close = next(
                (u for u in range(t + 1, min(n + 1, t + 1 + _ASIDE_WORDS)) if ")" in doc.gaps[u]),
                None,
            )
            if close is not None and "(" not in "".join(doc.gaps[t + 1 : close]):
                t = close
        return self._age_after(t), 1

    def _age_before(self, k: int) -> int:
        """Past an age before a name: "42 year old", "74-year-old" (the pack's age words)."""
        doc, n = self.doc, len(self.doc.words)
        if k >= n or not doc.words[k].is_digit or len(doc.words[k].text) > 3:
            return k
        t = k + 1
        while t < n and doc.gaps[t].strip() in ("", "-") and doc.words[t].norm in self.ages:
            t += 1
        return t if t > k + 1 else k

    def _age_after(self, t: int) -> int:
        """Past an age set off by a comma after a name: ", 52 ans", ", de 52 años", ", 47"."""
        doc, n = self.doc, len(self.doc.words)
        if t >= n or doc.gaps[t].strip() != ",":
            return t
        u = t + 1 if doc.words[t].norm in self.pack.of_words else t
        if u >= n or not doc.words[u].is_digit or len(doc.words[u].text) > 3:
            return t
        u += 1
        while u < n and u - t <= _AGE_WORDS and not doc.gaps[u].strip():
            if doc.words[u].norm not in self.ages:
                break
            u += 1
        closing = doc.gaps[u].strip()[:1] if u < n else "."
        if closing in (",", ";", ".", "") or "\n" in (doc.gaps[u] if u < n else ""):
            return u
        return t


class _UncasedRoll(_Roll):
    """A roll in a script without capitals (Arabic: "والشهداء هم: A، وزوجته B، وابنها C"), where
    a name is not told from other words: each item of the roll, opened by a list comma or by
    the prefixed "و" (``[named_roll] item_prefixes``), counts one, up to the sentence's end or
    an item too long to be one person (the list has turned into prose)."""

    def _counted_item(self, t: int) -> bool:
        """Whether the item at word ``t`` opens with a count ("ومن بين القتلى ثلاثة أطفال
        وامرأة"): counted groups, no roll of persons one by one (arde15)."""
        word = self.doc.words[t]
        if word.is_digit or parse_number_text(word.text, self.pack) is not None:
            return True
        # a dual ("طفلان") counts its group; a possessed one ("وطفلاهما نادية وكريم") names them
        owned = tuple(
            normalize(w) for w in self.pack.raw.get("numbers", {}).get("dual_possessive", [])
        )
        return self.marks.opens(t, "vague:") and not (owned and word.norm.endswith(owned))

    def _opens_item(self, t: int) -> bool:
        gap, word = self.doc.gaps[t], self.doc.words[t].text
        if any(c in gap for c in _LIST_PUNCT):
            return True
        return any(word.startswith(p) and len(word) > len(p) + 2 for p in self.prefixes)

    def _roll(self, i: int, k: int, measure: str) -> Group | None:
        doc, n = self.doc, len(self.doc.words)
        if not self._next(k, doc.sentence[k - 1]) or doc.gaps[k].strip() not in _ROLL_GAPS:
            return None
        items, start, t = 0, k, k + 1
        starts = [k]
        while True:
            ends = t >= n or not self._next(t, doc.sentence[t - 1])
            if ends or self._opens_item(t):
                if t - start > _ITEM_WORDS:
                    t = start
                    break
                items += 1
                if ends:
                    break
                start = t
                starts.append(t)
            t += 1
        if items < 2 or any(self._counted_item(s) for s in starts[:items]):
            return None
        return Group(i, t, items, measure, "people", None, (), roll=True)


_LIST_PUNCT = ("،", "؛", ",", ";", "\n")
_ITEM_WORDS = 6  # words of one victim of a roll without capitals: a name, a kin word, an age


_Openers = dict[str, list[tuple[tuple[str, ...], str]]]
# openers by first word, their first two words, age words, item prefixes
_RollSettings = tuple[_Openers, frozenset[tuple[str, str]], frozenset[str], tuple[str, ...]]


@cache
def _roll_settings(lang: str) -> _RollSettings:
    """The pack's roll openers by first word (longest first), the first words, age words and
    item prefixes, normalised once per language (not per document)."""
    pack = load_pack(lang)
    roll = pack.raw.get("named_roll", {})
    openers: _Openers = {}
    for measure in MEASURES:
        for phrase in roll.get(measure, []):
            words = tuple(_as_word(w, pack) for w in phrase.split())
            openers.setdefault(words[0], []).append((words, measure))
    for phrases in openers.values():
        phrases.sort(key=lambda p: -len(p[0]))
    settings: _RollSettings = (
        openers,
        frozenset((p[0], p[1] if len(p) > 1 else "") for ps in openers.values() for p, _ in ps),
        frozenset(_as_word(w, pack) for w in kin_age_words(pack)),
        tuple(roll.get("item_prefixes", [])),
    )
    return settings


def _roll_openings(doc: Doc, pack: LanguagePack) -> list[tuple[int, int, str]]:
    """(first word, word after, measure) of each roll opener in ``doc``, the longest at a word:
    found through the document's index of words, so that most documents, which have none,
    build no roll reader."""
    if "named_roll" not in pack.raw:
        return []
    openers, pairs, _, _ = _roll_settings(pack.lang)
    norms, n = doc.norms, len(doc.words)
    found = []
    for i in doc.where(frozenset(openers)):
        second = norms[i + 1] if i + 1 < n else ""
        if (norms[i], second) not in pairs and (norms[i], "") not in pairs:
            continue
        for words, measure in openers[norms[i]]:
            if tuple(norms[i : i + len(words)]) == words:
                found.append((i, i + len(words), measure))
                break
    return found


def _as_word(word: str, pack: LanguagePack) -> str:
    """A pack's word as the tokenizer writes it (``text.verbatim`` words kept as written)."""
    return word if word in pack.verbatim else normalize(word)


def kin_age_words(pack: LanguagePack) -> list[str]:
    """Words after an age: the pack's ``[companions] age_words`` and ``[named_roll] age_words``."""
    return [
        *pack.raw.get("companions", {}).get("age_words", []),
        *pack.raw.get("named_roll", {}).get("age_words", []),
    ]


def _plain(doc: Doc, k: int) -> bool:
    """A lower-case word: a relative noun or its modifier, not a name or a number."""
    word = doc.words[k]
    return not word.is_digit and word.text[:1].islower()


def _count_at(doc: Doc, k: int, pack: LanguagePack) -> int | None:
    """The count of relatives a number at word ``k`` states ("three", "3"), if it is one."""
    word = doc.words[k]
    if not word.is_digit and not word.text[:1].islower():
        return None
    value = parse_number_text(word.text, pack)
    return value if value is not None and 1 < value <= _OLDEST else None


def coordinated(
    doc: Doc,
    pack: LanguagePack,
    marks: Marks,
    drafts: Sequence[DraftLike],
    cues: Sequence[Cue] = (),
) -> list[Group]:
    """Groups of victims joined by "and" in ``doc`` (see the module docstring)."""
    found = _Reader(doc, pack, marks, drafts, cues).groups()
    if pack.raw.get("attribution", {}).get("uncased", False):
        if openings := _roll_openings(doc, pack):
            found += _UncasedRoll(doc, pack, marks).groups(openings)
    else:
        names = _Names(doc, pack, marks)
        found += [g for cue in cues if (g := names.group(cue)) is not None]
        found += [g for cue in cues if (g := names.listed_after(cue)) is not None]
        if openings := _roll_openings(doc, pack):
            found += _Roll(doc, pack, marks).groups(openings)
    return found
