"""One victim and the relatives killed with them: "a mother and her three children", "he was
killed along with his wife and their four sons", "a farmer died with his son".

Such a sentence states a total nobody wrote as a number: the victim, plus each relative named
alone, plus each counted group of relatives. Read only as its parts ("three children", "a
mother") the report's toll would be its largest part, never the family. So the group becomes
one more claim of the whole group (``people``), beside its parts, which stay.

The construction, in every language with a pack section ``[companions]``: a link ("and",
"along with", "together with") right after the victim, a possessive of one owner ("his", "her";
not "their": the owners' number is unknown), then relatives joined by "and" — a counted group
("two sons") or one relative noun ("wife"), a later one opened by any possessive ("his wife and
their five children"). The victim is a lone victim read in the same sentence ("a mother", "a
farmer was killed") or the one a casualty verb right before the link speaks of ("was killed
along with"), or the person such a verb governs right before the link ("killed a farmer along
with his wife", "tötete einen Bauern zusammen mit ..."; a name, or one set off by commas, may
follow the noun, another spelling of it in brackets inside: "a poet and novelist Sam (Samuel)
Example alongside her son"). Relatives named only in the plural ("his wife and their children",
"her relatives": the pack's ``plural_relatives``) state no total in numbers, but a plural means
at least two: such a group is ``plural``, the fewest it can mean (the victim, each relative named
alone, two for each plural), which the engine keeps as a plural with no figure (``uncounted``,
:mod:`.uncounted`), never a casualty count; a monitor codes such a report as that many when it
gives no figure (Airwars' methodology). Inside a sentence that already counts the dead
("nine were killed, among them a mother and her two daughters") the group is a part of that count
and is not read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lexicon import Marks
from harmledger.extract.losses import loss_verb
from harmledger.extract.numbers import Mention
from harmledger.extract.reading import Cue, Head, cats_at
from harmledger.extract.singular import before_age, matches_stem, object_of
from harmledger.extract.text import Doc
from harmledger.folding import normalize

MEASURES = ("killed", "injured")
_NAME_WORDS = 6  # words of a name between a victim noun and the link
_HYPHENS = ("-", "\u2010", "\u2011")
_QUOTES = " '\"\u2018\u2019\u201c\u201d"
_ASIDE_WORDS = 5  # words of an aside after a name, its comma before it: ", a militia commander,"
_NAMED_WORDS = 9  # words of a noun phrase up to its naming word: "a commander in the X unit named"
_NOUN_WORDS = 4  # words of an indefinite victim noun phrase: "einen älteren Bauern", "a poet
# and novelist"
COUNTED_SOURCES = ("digit", "word")
_OLDEST = 120  # an age, not a count
PLURAL = 2  # the fewest relatives a plural with no figure can mean ("their children")


class DraftLike(Protocol):
    """The parts of an engine draft this reading uses."""

    mention: Mention
    head: Head
    kind: str
    measure: str
    who: str | None
    cue: Cue | None
    negated: bool


@dataclass(frozen=True)
class Companions:
    """A victim and relatives at words ``[i, j)``: ``total`` people hurt by ``measure``."""

    i: int
    j: int
    total: int
    measure: str
    cue: Cue | None
    lone: DraftLike | None = None  # the lone victim read as the group's first member
    fighter: bool = False  # the victim is a fighter: ``total`` counts the relatives alone
    plural: bool = False  # relatives named in the plural: ``total`` is the fewest they mean


def _folded(words: Sequence[str]) -> list[str]:
    return [normalize(w) for w in words]


_Settings = tuple[
    list[tuple[str, ...]],  # links, longest first
    list[tuple[str, ...]],  # count links (no possessive after them), longest first
    frozenset[str],  # owners: possessives of one
    frozenset[str],  # possessives
    frozenset[str],  # joiners ("and")
    list[str],  # relatives
    frozenset[str],  # age words
    frozenset[str],  # function words
    tuple[str, ...],  # age endings
    frozenset[str],  # personal pronouns that may head a family list
    frozenset[str],  # owner articles
    frozenset[str],  # modifiers of a relative
    frozenset[str],  # animals
    frozenset[str],  # relatives named in the plural
    frozenset[str],  # naming words before a name ("named", "called")
]
_SETTINGS: dict[int, tuple[LanguagePack, _Settings]] = {}


def _settings(pack: LanguagePack) -> _Settings:
    """The pack's companion words, normalised once per pack (not per document)."""
    kept = _SETTINGS.get(id(pack))
    if kept is not None and kept[0] is pack:
        return kept[1]
    cfg = pack.raw.get("companions", {})
    owners = frozenset(_folded(cfg.get("possessives_of_one", [])))
    settings: _Settings = (
        sorted(
            (tuple(_folded(link.split())) for link in cfg.get("links", [])), key=len, reverse=True
        ),
        sorted(
            (tuple(_folded(link.split())) for link in cfg.get("count_links", [])),
            key=len,
            reverse=True,
        ),
        owners,
        owners | frozenset(_folded(cfg.get("possessives_of_many", []))),
        frozenset(_folded(cfg.get("and", []))),
        _folded(cfg.get("relatives", [])),
        frozenset(_folded(cfg.get("age_words", []))),
        frozenset(_folded(pack.raw.get("function_words", {}).get("words", []))),
        tuple(_folded(cfg.get("age_endings", []))),
        frozenset(_folded(cfg.get("pronouns", []))),
        frozenset(_folded(cfg.get("owner_articles", []))),
        frozenset(_folded(cfg.get("modifiers", []))),
        frozenset(_folded(cfg.get("animals", []))),
        frozenset(_folded(cfg.get("plural_relatives", []))),
        frozenset(_folded(cfg.get("naming", []))),
    )
    _SETTINGS[id(pack)] = (pack, settings)
    return settings


class _Reader:
    def __init__(
        self,
        doc: Doc,
        pack: LanguagePack,
        marks: Marks,
        drafts: Sequence[DraftLike],
        cues: Sequence[Cue],
    ) -> None:
        self.doc = doc
        self.pack = pack
        self.marks = marks
        (
            self.links,
            self.count_links,
            self.owners,
            self.possessives,
            self.joiners,
            self.relatives,
            self.age_words,
            self.function_words,
            self.age_endings,
            self.pronouns,
            # "and the couple's toddler": an article, one owner noun and a possessive 's
            self.owner_articles,
            # "her teenage daughter", "his pregnant wife": a word that describes the relative
            self.modifiers,
            # "... and their dog": an animal in the list, counted as no one
            self.animals,
            # "... and their children": at least two, a plural with no figure
            self.plural_relatives,
            # "a commander in the X unit named Sam Example": the name the phrase closes with
            self.naming,
        ) = _settings(pack)
        self.plural = False
        hurt = [
            d for d in drafts if d.kind == "casualty" and d.measure in MEASURES and not d.negated
        ]
        self.counted_at = {
            d.mention.i: d
            for d in hurt
            if d.mention.source in COUNTED_SOURCES
            and d.mention.low is not None
            and d.mention.low == d.mention.high
            and d.who != "combatants"
        }
        self.lone = [d for d in hurt if d.mention.source == "singular"]
        self.counts = [d for d in hurt if d.mention.source not in ("singular", "zero")]
        self.cues = [c for c in cues if c.measure in MEASURES]
        self.cue_at = {c.i: c for c in reversed(self.cues)}  # the first cue starting at a word

    def _link_before(self, p: int) -> int | None:
        """Start of a link word group ending right before word ``p``; ``p`` itself after a
        comma that follows a full name opening its sentence ("Sam Example, his wife and their
        three children were killed": :meth:`_comma_link`)."""
        if self._comma_link(p):
            return p
        norms = self.doc.norms
        for link in self.links:
            start = p - len(link)
            # the link's last word first: most words end none (no slice, no scan of gaps)
            if start < 0 or norms[p - 1] != link[-1] or tuple(norms[start:p]) != link:
                continue
            if not any(self.doc.gaps[k].strip() for k in range(start + 1, p + 1)):
                return start
        return None

    def _comma_link(self, p: int) -> bool:
        """A comma right before word ``p`` ends a name of at least two capitalised words that
        opens the sentence ("Sam Example, his wife ..."), or a name right after a casualty verb
        ("killed Sam Example, his wife ..."): the victim the possessive belongs to.
        One capitalised word ("Later, his wife ...") or a phrase with a function word ("In
        Rafah, his wife ...", "According to X, his wife ...") is no such name."""
        doc = self.doc
        if p < 1 or doc.gaps[p].strip() != "," or doc.sentence[p - 1] != doc.sentence[p]:
            return False
        noun = "one:nouns" in cats_at(self.marks, p - 1)
        if noun or doc.words[p - 1].norm in self.pronouns:
            # "Han, hans fru och deras tre barn", "dödade honom, hans fru och ...", "Läkaren,
            # hans fru och ...", "A man, his wife and their five children were killed": a
            # pronoun or a lone victim's noun phrase opening its sentence or right after the
            # verb is the victim, as a name is
            return (
                p < 2
                or doc.sentence[p - 2] != doc.sentence[p]
                or any(c.j == p - 1 and doc.sentence[c.i] == doc.sentence[p] for c in self.cues)
                or (noun and self._opens_phrase(p - 1))
            )
        if p < 2:
            return False
        start = p - 1
        while (
            start > 0
            and doc.sentence[start - 1] == doc.sentence[p]
            and not doc.gaps[start].strip()
            and doc.words[start - 1].text[:1].isupper()
        ):
            start -= 1
        if p - start > _NAME_WORDS:
            return False
        # right after the verb, or after one word between ("mató a Sam Example, su esposa")
        after_cue = any(
            start - 1 <= c.j <= start and doc.sentence[c.i] == doc.sentence[p] for c in self.cues
        )
        # the name opens its sentence, or follows the opening phrase a comma closes ("On
        # Monday, October 30th, Sam Example, his wife ..."): a name alone before the possessive
        opens = (
            start == 0
            or doc.sentence[start - 1] != doc.sentence[p]
            or doc.gaps[start].strip() == ","
        )
        if not after_cue and (p - start < 2 or not opens):
            return False
        return all(
            w.text[:1].isupper() and w.norm not in self.function_words for w in doc.words[start:p]
        )

    def _relatives(self, p: int) -> tuple[int, int, str | None, Cue | None] | None:
        """(people, end, measure, cue) of the relatives after the possessive at ``p``; the
        counts read are kept in ``self.own``."""
        words, n = self.doc.words, len(self.doc.words)
        sentence = self.doc.sentence[p]
        k, people, measure, cue = p + 1, 0, None, None
        self.own: set[int] = set()
        self.plural = False
        while k < n and self.doc.sentence[k] == sentence:
            k = self._after_age(self._after_modifier(k))
            counted = self.counted_at.get(k)
            if counted is not None:
                people += counted.mention.low or 0
                self.own.add(k)
                measure, cue = counted.measure, counted.cue
                k = max(counted.mention.j, counted.head.j)
            elif matches_stem(words[k].norm, self.relatives):
                people += 1
                k = self._after_name(k + 1)
            elif people and words[k].norm in self.animals:
                k += 1  # "her daughter and their dog": the people only
            elif words[k].norm in self.plural_relatives:
                people += PLURAL  # "his wife and their children": at least two of them
                self.plural = True
                k += 1
            else:
                return None  # "his wife and other things": no total
            if k < n and words[k].norm in self.joiners and not self.doc.gaps[k].strip():
                k += 1
                if k < n and words[k].norm in self.possessives:
                    k += 1
                elif self._noun_owner(k):
                    k += 3
                continue
            if k < n and self.doc.gaps[k].strip() == "," and self.doc.sentence[k] == sentence:
                # a list set off by commas: "his girlfriend, her daughter, the couple's toddler"
                if words[k].norm in self.possessives:
                    k += 1
                    continue
                if self._noun_owner(k):
                    k += 3
                    continue
            return (people, k, measure, cue) if people else None
        return None

    def _after_modifier(self, k: int) -> int:
        """The relative noun after one describing word ("her teenage daughter", "his pregnant
        wife"), or ``k``: the word is skipped only when a relative noun follows it."""
        words = self.doc.words
        if (
            k + 1 < len(words)
            and words[k].norm in self.modifiers
            and not self.doc.gaps[k + 1].strip()
            and matches_stem(words[k + 1].norm, self.relatives)
        ):
            return k + 1
        return k

    def _noun_owner(self, k: int) -> bool:
        """An owner named by a noun at ``k`` ("the couple's toddler", "the family's baby"): an
        owner article, one word, then a possessive 's; it opens a relative as "their" does."""
        words, gaps = self.doc.words, self.doc.gaps
        return (
            k + 2 < len(words)
            and words[k].norm in self.owner_articles
            and words[k + 2].norm == "s"
            and gaps[k + 2] in ("'", "\u2019")
        )

    def _after_name(self, k: int) -> int:
        """The word after a name that follows a relative noun with nothing between ("his wife
        Samar and ...", "seine Frau Mona und ...", "su esposa Mona y ..."), or ``k``: the name
        is the relative's, no one more."""
        words, n = self.doc.words, len(self.doc.words)
        sentence = self.doc.sentence[k - 1]
        j = k
        while (
            j < n
            and j - k < _NAME_WORDS
            and self.doc.sentence[j] == sentence
            and not self.doc.gaps[j].strip()
            and words[j].text[:1].isupper()
            and words[j].norm not in self.joiners
            and not words[j].is_digit
        ):
            j += 1
        return j

    def _after_age(self, k: int) -> int:
        """The word after an age that stands before a relative noun ("his 12-year-old son",
        "seinem zwölfjährigen Sohn", "sin tolvårige son"), or ``k`` when there is none."""
        words, n = self.doc.words, len(self.doc.words)
        j = k
        if j < n and self.age_endings and words[j].norm.endswith(self.age_endings):
            j += 1
        elif j + 1 < n and (words[j].is_digit or words[j].norm in self.pack.number_words):
            t = j + 1
            while t < n and words[t].norm in self.age_words and not self.doc.gaps[t].strip(" -"):
                t += 1
            if t > j + 1:
                j = t
            elif t < n and self.age_endings and words[t].norm.endswith(self.age_endings):
                j = t + 1  # "12-jährigen"
        if j < n and j > k and matches_stem(words[j].norm, self.relatives):
            return j
        return k

    def _victim(
        self, link: int, measure: str | None
    ) -> tuple[int, str, Cue | None, DraftLike | None] | None:
        """(start, measure, cue, lone victim) of the one victim the possessive before ``link``
        belongs to."""
        sentence = self.doc.sentence[link]
        if any(
            self.doc.sentence[d.mention.i] == sentence
            and d.mention.i not in self.own
            and measure in (None, d.measure)
            for d in self.counts
        ):
            return None  # a part of a count the sentence states ("were among five killed")
        for d in self.lone:
            right_before = d.mention.j == link or (d.cue is not None and d.cue.j == link)
            if right_before and measure in (None, d.measure):
                return d.mention.i, d.measure, d.cue, d
        if measure is None and self.counts:
            # only lone people named, in a document that counts: like a lone victim, part of
            # that count (see harmledger.extract.singular)
            return None
        for c in self.cues:
            if c.j == link and measure in (None, c.measure):
                return c.i, c.measure, c, None
            if (  # "killed him, his wife and ...": the verb's pronoun object
                c.j == link - 1
                and self.doc.words[link - 1].norm in self.pronouns
                and measure in (None, c.measure)
            ):
                return c.i, c.measure, c, None
        return self._object_before(link, measure) or self._named_before(link, measure)

    def _object_before(
        self, link: int, measure: str | None
    ) -> tuple[int, str, Cue | None, DraftLike | None] | None:
        """The one person a casualty verb of the sentence governs right before the link, a name
        or a name set off by commas aside: "killed a farmer along with his wife", "tötete einen
        Bauern zusammen mit seiner Frau", "killed a poet, Sam Example, alongside her son"."""
        sentence = self.doc.sentence[link]
        for c in self.cues:
            if c.j >= link or self.doc.sentence[c.i] != sentence:
                continue
            if measure not in (None, c.measure):
                continue
            span = object_of(self.doc, c, self.marks, self.pack)
            end = span[1] if span is not None else None
            if end is not None and self._name_and_aside(end, link):
                end = link  # "killed Sam Example, a teacher, along with ..."
            if end is None or not self._name_between(end, link):
                # a capitalised noun read as a name ("eine Dichterin und Autorin, Name,")
                end = self._indefinite_noun(c.j, link)
            if end is not None and self._name_between(end, link):
                lone = next(
                    (d for d in self.lone if c.j <= d.mention.i < end and d.measure == c.measure),
                    None,
                )  # read as a lone victim too: one of the group, not a count beside it
                return c.i, c.measure, c, lone
        return None

    def _indefinite_noun(self, k: int, link: int) -> int | None:
        """End of an indefinite noun phrase starting at word ``k`` ("einen Bauern", "a un
        agricultor", "en bonde", "a poet"), of plain words before ``link``; None if there is
        none: the article says one person, whatever the noun."""
        words, gaps = self.doc.words, self.doc.gaps
        indefinite = False
        while k < link and (
            words[k].norm in self.pack.singular or "one:determiners" in cats_at(self.marks, k)
        ):
            indefinite = indefinite or words[k].norm in self.pack.singular
            k += 1
        if not indefinite or k >= link:
            return None
        for t in range(k, min(link, k + _NOUN_WORDS)):
            if gaps[t].strip() or words[t].is_digit or self.marks.opens(t, ("measure:", "qty:")):
                return None
            if self._name_between(t + 1, link):
                return t + 1
        return self._named_after(k, link)

    def _name_between(self, end: int, link: int) -> bool:
        """Words ``[end, link)`` are nothing, a name ("a poet Sam Example"), or a name set off
        by commas ("a woman, Sam Example,"): what stands between a victim noun and the link."""
        if end == link:
            return True
        gaps = self.doc.gaps
        if link - end > _NAME_WORDS or not all(self._name_word(k) for k in range(end, link)):
            return False
        # another spelling in brackets inside the name: "Sam (Samuel) Example"; a hyphen
        # inside it: "Sam al-Example", "Sam Al-Example"
        inner = [gaps[k].strip() for k in range(end + 1, link)]
        if any(g not in ("(", ")", *_HYPHENS) for g in inner if g) or inner.count("(") > 1:
            return False
        # a comma may close the name before the link ("killed Sam Example, his wife ...")
        return (gaps[end].strip(), gaps[link].strip()) in (("", ""), (",", ","), ("", ","))

    def _name_word(self, k: int) -> bool:
        """Whether word ``k`` may stand in a name: capitalised, or a lower-case particle joined
        by a hyphen to a capitalised word ("al-Example", "el-Sample")."""
        words, gaps = self.doc.words, self.doc.gaps
        if words[k].text[:1].isupper():
            return True
        return (
            k + 1 < len(words)
            and words[k].text.isalpha()
            and gaps[k + 1] in _HYPHENS
            and words[k + 1].text[:1].isupper()
        )

    def _name_and_aside(self, end: int, link: int) -> bool:
        """Words ``[end, link)`` are the rest of a name and an aside set off by commas that
        opens with an article and says who the person is ("killed Sam Example, a teacher,
        together with ...", "killed Sam Example, a militia commander, along with ..."): plain
        words, no number, the aside at most ``_ASIDE_WORDS`` long."""
        words, gaps = self.doc.words, self.doc.gaps
        if gaps[link].strip() != ",":
            return False
        comma = next((k for k in range(end, link) if gaps[k].strip() not in ("", *_HYPHENS)), None)
        if comma is None or gaps[comma].strip() != "," or link - comma > _ASIDE_WORDS:
            return False
        if not all(self._name_word(k) for k in range(end, comma)):
            return False
        if any(gaps[k].strip() not in ("", *_HYPHENS) for k in range(end + 1, comma)):
            return False
        if words[comma].norm not in self.pack.singular:
            return False
        return not any(
            gaps[k].strip() or words[k].is_digit or self.marks.opens(k, ("measure:", "qty:"))
            for k in range(comma + 1, link)
        )

    def _named_after(self, k: int, link: int) -> int | None:
        """End of a noun phrase from word ``k`` that closes with a naming word and the name
        right before ``link`` ("a company commander in the Storm unit named Sam Example"; the
        pack's ``companions.naming``): plain words, no number, at most ``_NAMED_WORDS``."""
        words, gaps = self.doc.words, self.doc.gaps
        for t in range(k, min(link, k + _NAMED_WORDS)):
            # quotes and a possessive's apostrophe may stand inside: "the X’s “Y” unit"
            if t > k and gaps[t].strip(_QUOTES):
                return None
            if words[t].is_digit or self.marks.opens(t, ("measure:", "qty:")):
                return None
            if words[t].norm in self.naming and t + 1 < link and self._name_between(t + 1, link):
                return t + 1
        return None

    def _named_before(
        self, link: int, measure: str | None
    ) -> tuple[int, str, Cue | None, DraftLike | None] | None:
        """A person noun or a name right before the link, auxiliaries aside ("ein Bauer wurde
        zusammen mit ...", "en mamma och hennes ..."), when a casualty verb of the sentence
        tells what happened to them all."""
        sentence = self.doc.sentence[link]
        k = link - 1
        while k >= 0 and link - k <= 3 and "one:aux" in cats_at(self.marks, k):
            k -= 1
        if k < 0 or self.doc.sentence[k] != sentence:
            return None
        k = self._before_age(k)
        if any(c.startswith(("weapon:", "dis:", "qty:")) for c in cats_at(self.marks, k)):
            return None  # "dem Anschlag mit 6 Toten": an attack or a thing, no one person (dist13)
        if not self._opens_phrase(k, after_comma=self.doc.gaps[link].strip() == ","):
            return None
        cues = [c for c in self.cues if self.doc.sentence[c.i] == sentence and c.i > k]
        cue = next((c for c in cues if measure in (None, c.measure)), None)
        if cue is None:
            return None
        return k, cue.measure, cue, None

    def _before_age(self, k: int) -> int:
        """The noun before an age that follows it ("a man of 35", "un hombre de 35 años", "a
        man, 35,"), or ``k``: the age is no member of the group."""
        doc = self.doc
        word = doc.words[k]
        if word.text.isdigit() and len(word.text) <= 3 and int(word.text) <= _OLDEST and k > 0:
            before = doc.gaps[k].strip()
            if before == "," and doc.gaps[k + 1].strip() == ",":
                return k - 1
        return before_age(doc, k, self.marks, self.pack)

    def _opens_phrase(self, k: int, *, after_comma: bool = False) -> bool:
        """Word ``k`` ends a person noun phrase that opens its clause: "a mother", "Sam
        Example" at the start of a sentence; not a name inside a list ("her father Sam").
        ``after_comma``: a comma links the phrase to the possessive ("Sam Example, his wife
        ..."), and an opening phrase a comma closes may stand before it ("On Monday, Sam
        Example, his wife ...")."""
        words, sentence = self.doc.words, self.doc.sentence[k]
        start = k
        if "one:nouns" not in cats_at(self.marks, k) and not matches_stem(
            words[k].norm, self.relatives
        ):
            while (
                start > 0
                and self.doc.sentence[start - 1] == sentence
                and words[start - 1].text[:1].isupper()
                and not self.doc.gaps[start].strip()
            ):
                start -= 1
            if not words[k].text[:1].isupper():
                return False
        start = self._age_before(start)
        before = start - 1
        if before < 0 or self.doc.sentence[before] != sentence:
            return True
        if after_comma and self.doc.gaps[start].strip() == ",":
            return True
        return "one:determiners" in cats_at(self.marks, before) and not self.doc.gaps[start].strip()

    def _age_before(self, start: int) -> int:
        """The first word of an age right before a noun ("der 56-jährige Fahrer", "the
        56-year-old driver", "den 56-årige föraren"), or ``start`` when there is none."""
        words, gaps = self.doc.words, self.doc.gaps
        t = start - 1
        if t < 0 or gaps[start].strip():
            return start
        if self.age_endings and words[t].norm.endswith(self.age_endings):
            if t > 0 and gaps[t].strip() in ("-", "‐", "‑") and words[t - 1].is_digit:
                return t - 1  # "56-jährige"
            return t  # "zwölfjährige"
        u = t
        while u > 0 and words[u].norm in self.age_words and gaps[u].strip() in ("-", "‐", "‑"):
            u -= 1
        return u if u < t and words[u].is_digit and len(words[u].text) <= 3 else start

    def _own_verb(self, end: int) -> Cue | None:
        """The casualty verb right after the relatives ending at ``end``, auxiliaries aside
        ("and her husband was injured"): what befell them."""
        n, sentence = len(self.doc.words), self.doc.sentence[end - 1]
        for k in range(end, min(n, end + 4)):
            if self.doc.gaps[k].strip() or self.doc.sentence[k] != sentence:
                return None
            cue = self.cue_at.get(k)
            if cue is not None or "one:aux" not in cats_at(self.marks, k):
                return cue
        return None

    def _other_fate(self, end: int) -> bool:
        """A verb right after the relatives ending at ``end``, auxiliaries aside, tells another
        fate ("and his son was arrested", "och hans son greps", "and her husband survived"):
        the relatives are no part of the hurt."""
        n, sentence = len(self.doc.words), self.doc.sentence[end - 1]
        for k in range(end, min(n, end + 4)):
            if self.doc.gaps[k].strip() or self.doc.sentence[k] != sentence:
                return False
            cats = cats_at(self.marks, k)
            if "dis:held" in cats or "dis:present" in cats:
                return True
            if "one:aux" not in cats:
                return False
        return False

    def _couple(self, link: int, measure: str | None, *, group: bool = False) -> DraftLike | None:
        """The couple or group counted right before the link ("a husband and wife", "un
        matrimonio", "ein Ehepaar", "ett gift par": two; "three children and their father",
        "two brothers and their uncle": ``group``, only before "their"), the owners of "their"
        relatives, in a sentence that counts nobody else for the measure; fighters are counted
        apart."""
        sentence = self.doc.sentence[link]
        pair = next(
            (
                d
                for d in self.counts
                # the count's noun may run on over the link ("children and their father")
                if (
                    max(d.mention.j, d.head.j) == link
                    or (group and d.mention.j <= link <= d.head.j)
                )
                and d.mention.low == d.mention.high
                and ((d.mention.low or 0) >= 2 if group else d.mention.low == 2)
                and d.who != "combatants"
                and d.mention.i not in self.own
                and measure in (None, d.measure)
            ),
            None,
        )
        if pair is None or any(
            self.doc.sentence[d.mention.i] == sentence
            and d is not pair
            and d.mention.i not in self.own
            and d.measure == pair.measure
            for d in self.counts
        ):
            return None
        return pair

    def _subject_fighter(self, cue_start: int) -> bool:
        """Whether the subject of the casualty verb right before the link is named a fighter in
        an aside set off by commas after the name that opens the sentence ("Sam Example, a
        senior commander, was killed along with ..."): a combatant noun between the first comma
        of the sentence and the verb."""
        doc = self.doc
        first = doc.sentence_starts[doc.sentence[cue_start]]
        comma = next((k for k in range(first + 1, cue_start) if doc.gaps[k].strip() == ","), None)
        if (
            comma is None
            or not all(  # a name, not "On Monday," or "In Rafah,"
                w.text[:1].isupper() and w.norm not in self.function_words
                for w in doc.words[first:comma]
            )
        ):
            return False
        return any("who:combatants" in cats_at(self.marks, k) for k in range(comma, cue_start))

    def _fighter(self, start: int, link: int) -> bool:
        """Whether the one victim before ``link`` is named a fighter ("a commander", "a militant
        commander named Sam Example"): a combatant noun between the victim's start and the link."""
        return any(
            "who:combatants" in cats_at(self.marks, k) for k in range(start, min(link, start + 12))
        )

    def _counted_after_link(
        self, p: int
    ) -> tuple[int, tuple[int, int, str | None, Cue | None]] | None:
        """(link, relatives) of a counted group right after a link that takes no possessive
        ("killed along with 9 members of his family", "tué avec huit membres de sa famille",
        "zusammen mit sieben Angehörigen getötet"): the group and the one the link follows."""
        counted = self.counted_at.get(p)
        if counted is None or (counted.who == "other" and not counted.head.kin):
            return None  # "along with 3 journalists"; relatives are the victim's family
        for link in self.count_links:
            start = p - len(link)
            if start < 1 or any(self.doc.gaps[k].strip() for k in range(start + 1, p + 1)):
                continue
            if tuple(w.norm for w in self.doc.words[start:p]) == link:
                self.own = {p}
                self.plural = False
                end = max(counted.mention.j, counted.head.j)
                people = counted.mention.low or 0
                return start, (people, end, counted.measure, counted.cue)
        return None

    def _lost(self, p: int) -> Companions | None:
        """The relatives a verb of losing right before the possessive at ``p`` takes as its
        object ("förlorade sin make och två söner": three dead), when a relative named alone
        is among them; its subject lost them and is none of them (losses.py)."""
        cue = next((c for c in self.cues if c.j == p and c.measure == "killed"), None)
        if cue is None or not loss_verb(self.doc, self.pack, cue):
            return None
        after = self._relatives(p)
        if after is None:
            return None
        people, end, _, _ = after
        counted = sum(self.counted_at[k].mention.low or 0 for k in self.own)
        if people <= counted or people < 2:
            # "förlorade sina fyra barn": the count is the whole; "miste sin son": one lone
            # victim, which a document may count elsewhere
            return None
        return Companions(cue.i, end, people, "killed", cue, plural=self.plural)

    def read(self) -> list[Companions]:
        found: list[Companions] = []
        # a group stands only where a count or a possessive does: the rest are not visited
        starts = sorted({*self.counted_at, *self.doc.where(self.possessives)})
        words = self.doc.words
        for p in starts:
            word = words[p]
            if found and p < found[-1].j:
                continue  # "seiner Frau und ihren vier Kindern": one group, not a second
            # a counted group after a link: only where a count stands (most words hold none)
            counted = (
                self._counted_after_link(p)
                if p in self.counted_at and word.norm not in self.possessives
                else None
            )
            if counted is not None:
                link, relatives = counted
                word_of_one = True
            else:
                if word.norm not in self.possessives:
                    continue
                before = self._link_before(p)
                if before is None:
                    lost = self._lost(p)
                    if lost is not None:
                        found.append(lost)
                    continue
                after = self._relatives(p)
                if after is None:
                    continue
                link, relatives = before, after
                word_of_one = word.norm in self.owners
            people, end, measure, cue = relatives
            if link > 0 and words[link - 1].norm in self.pack.words("numbers", "collective"):
                continue  # "eine Familie mit fünf Mitgliedern": the family is the five, no one more
            # a group owns "their" relatives ("three children and their father"); a couple owns
            # any ("a husband and wife and their three children")
            their = counted is None and word.norm not in self.owners
            couple = self._couple(link, measure, group=their)
            if couple is not None:
                owners, start = couple.mention.low or 2, couple.mention.i
                measure, victim_cue = couple.measure, couple.cue
                lone: DraftLike | None = couple
            elif word_of_one:
                victim = self._victim(link, measure)
                if victim is None:
                    continue
                owners = 1
                start, measure, victim_cue, lone = victim
            else:
                continue  # "their": how many own them is unknown
            verb = self._own_verb(end)
            if verb is None and self._other_fate(end):
                continue  # "a man was killed and his son was arrested"
            if verb is not None and verb.measure != measure:
                continue  # "a woman died and her husband was injured": two clauses
            if owners == 1 and (
                self._fighter(start, link)
                or (
                    lone is None
                    and start == link_cue_start(victim_cue, link)
                    and self._subject_fighter(start)
                )
            ):
                # "a commander was killed along with his wife and five children": the fighter
                # is counted apart (combatants), the family he was killed with is six
                found.append(
                    Companions(
                        start, end, people, measure, cue or victim_cue, lone, True, self.plural
                    )
                )
                continue
            total = owners + people
            found.append(
                Companions(start, end, total, measure, cue or victim_cue, lone, plural=self.plural)
            )
        return found


def link_cue_start(cue: Cue | None, link: int) -> int | None:
    """Start of a casualty verb that ends right at the link ("was killed | along with"), or
    None."""
    return cue.i if cue is not None and cue.j == link else None


def companions(
    doc: Doc, pack: LanguagePack, marks: Marks, drafts: Sequence[DraftLike], cues: Sequence[Cue]
) -> list[Companions]:
    """Every victim-and-relatives group of the document, in text order."""
    if "companions" not in pack.raw:
        return []
    return _Reader(doc, pack, marks, drafts, cues).read()
