"""Place mentions in one document, each with the evidence that it is where something happened.

A gazetteer name is a place mention only when nothing around it makes it something else: an
organisation, publisher, channel or alliance ("Agence France Presse", "قناة الجزيرة", "Daily
Sabah", "Northern Alliance"), a person (a title before it, or a capitalised given name right
before it), a dateline or byline (the
reporter's location: "PARIS —", "KABUL (Reuters) -", "Name, Cairo" ending a line), or a line that
teases another story ("SEE ALSO", "Read more"). The words before it then say how sure we are that
it is where things happened: a locative or settlement noun ("in", "near", "the village of",
"في", "بحلب") makes a *point*; a region noun ("X province", "ريف إدلب") a *region*; nothing, a
*bare* mention. Small places (villages, towns under 15,000 people) need a point or region cue
to count on their own, their names are often ordinary words; bare, they count only where they
agree with the document's main place (``needs_agreement``: the town beside the city the report
is about), as does a name beside a facility noun ("Al Quds hospital" is not Jerusalem).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lazy import cached_property
from harmledger.extract.lexicon import Marks
from harmledger.extract.place_cues import PlaceCues, place_cues
from harmledger.extract.places import Gazetteer, Place, known_region, regional
from harmledger.extract.text import Doc, Word
from harmledger.extract.transliterated import after_settlement, arabic_skeleton, near_by_skeleton
from harmledger.folding import normalize_words
from harmledger.gazetteer import loose_name as gazetteer_loose

SKIP_MARKS = (
    "fn:word",
    "who:",
    "measure:",
    "qty:",
    "qual:",
    "attr:",
    "date:",
    "neg:",
    "dis:",
    "actor:",
)
# the same without the units a count may measure: their stems ("day*", "cent*", "mile*") also
# start capitalised names inside a sentence ("Dayton", "Central African Republic")
_SKIP_INSIDE = tuple(m for m in SKIP_MARKS if m != "dis:")


def _skipped(doc: Doc, marks: Marks, k: int) -> bool:
    """Whether a word that starts a name is a word of the language instead: a phrase of
    :data:`SKIP_MARKS` opens at it, a unit's stem only at the start of a sentence."""
    inside = k > 0 and doc.sentence[k - 1] == doc.sentence[k] and doc.words[k].text[:1].isupper()
    return marks.opens(k, _SKIP_INSIDE if inside else SKIP_MARKS)


TOWN_POPULATION = 15_000  # smaller places need a locative, settlement or region cue
SHORT_NAME = 6  # a one-word name shorter than this needs a cue unless the place is big
SHORT_NAME_POPULATION = 100_000
_VENUE_REACH = 8  # words from a venue word ("briefing") to the place it was held in
_BYLINE_WORDS = 10  # a byline line is shorter than this
# further cities of a dateline written for several ("BEIRUT/AMMAN (Reuters) -")
_MORE_CITIES = r"(?:\s*/\s*[^\W\d_][^\s/(),]*)*"
_DATELINE = re.compile(
    _MORE_CITIES
    + r"\s*(?:,\s*[^\W\d_][^\n,()—–:-]{0,30}?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:—|–|--?|:)(?!\d)"
)
# a wire dateline in capitals needs no dash after its agency ("STOCKHOLM (TT) Minst fem ...")
# a dateline whose date may hold digits and dots and whose agency closes with a full stop
# ("Kyiv, 12 March (Ukrinform).", "Gaza, 3 déc. (AFP) -")
_DATED_DATELINE = re.compile(
    _MORE_CITIES + r"(?:[,،]\s*[^\n,،()—–:]{1,30}?)?\s*\([^)\n]{1,40}\)\s*(?:[.—–:]|--?)(?!\d)"
)
_BYLINE_GAP = re.compile(r"[,·|•]")  # "Name, Cairo", "Publicerad 12:30 · Stockholm"
_CAPITALS_DATELINE = re.compile(
    _MORE_CITIES + r"\s*(?:,\s*[^\W\d_][^\n,()—–:-]{0,30}?)?\s*\([^)\n]{1,40}\)"
)
_ARABIC_IN = ("ب", "وب", "فب")  # "بحلب": in Aleppo
_NAME_ARTICLES = frozenset({"al", "el"})  # the Arabic article in a Latin-script name


@dataclass(frozen=True)
class PlaceMention:
    """A place named at word ``k`` (``size`` words), with its evidence."""

    k: int
    size: int
    place: Place
    evidence: str  # point | nearby | region | bare
    teaser: int | None = None  # first word of the teaser line it stands in, if any
    # a bare small place (no cue) or a place next to a facility noun ("X hospital"): it counts
    # only where it agrees with the document's main place (see ``context``)
    needs_agreement: bool = False


def _raw_hits(
    doc: Doc, pack: LanguagePack, marks: Marks, gazetteer: Gazetteer
) -> list[tuple[int, int, Place, str]]:
    """(position, word count, place, matched first form) of the longest gazetteer names."""
    first, norms, n = gazetteer.sizes, doc.norms, len(doc.words)
    arabic = pack.lang == "ar"
    longest = min(gazetteer.longest, 4)
    cache, lang = gazetteer.start_forms, pack.lang
    local: dict[int, tuple[str, ...]] = {}  # forms a word has only where it stands
    if arabic:  # proclitics: "وفي الرقة", "بالرقة"
        starts = []
        for k, w in enumerate(doc.words):
            key = (lang, w.norm)
            forms = cache.get(key)
            if forms is None:
                forms = cache[key] = tuple(f for f in pack.forms(w.norm) if f in first)
            if forms and not w.is_digit:
                starts.append(k)
    else:  # a place name is capitalised; a local transliteration may need respelling
        cues = place_cues(lang)
        respell, suffixes = cues.respell, cues.suffixes
        starts = []
        words = doc.words
        for k in doc.capitalised:
            w = words[k]
            if w.is_digit:
                continue
            if w.norm not in first and (region := _region_forms(w.norm, norms, k, cues, first)):
                local[k] = region
                starts.append(k)
                continue
            if w.norm not in first and (respell or suffixes):
                key = (lang, w.norm)
                if key not in cache:
                    variants = _variants(w.norm, respell, suffixes)
                    cache[key] = tuple(f for f in variants if f in first)
                if not cache[key]:
                    continue
            elif w.norm not in first:
                continue
            starts.append(k)
    found: list[tuple[int, int, Place, str]] = []
    k = 0
    for start in starts:
        if start < k:
            continue  # inside the previous place name
        k = start
        if _skipped(doc, marks, k):
            continue
        if k in local:
            forms = local[k]
        else:
            forms = cache[(lang, norms[k])] if arabic or norms[k] not in first else (norms[k],)
        lengths = 0
        for form in forms:
            lengths |= first[form]
        hit = None
        for size in range(min(longest, n - k), 0, -1):  # the longest name first
            if not lengths >> size & 1:
                continue
            rest = norms[k + 1 : k + size]
            for form in forms:
                if first[form] >> size & 1:
                    place = gazetteer.get(" ".join((form, *rest)))
                    if place is not None:
                        hit = (k, size, place, form)
                        break
            if hit:
                break
        if hit:
            found.append(hit)
            k += hit[1]
    return found


LOOSE_LONGEST = 3  # words in a name looked up loosely


def _loose_hits(
    reader: _Reader,
    gazetteer: Gazetteer,
    taken: set[int],
    countries: Callable[[], frozenset[str]],
) -> list[tuple[int, int, Place, str]]:
    """Names the gazetteer spells otherwise, looked up by their loose form
    (:func:`~harmledger.gazetteer.loose_name`, after the language's own letters for sounds are
    respelled): "Tyr", "Raqa", "Djénine", "Chan Junis", "خاركيف". Only towns of
    :data:`~harmledger.gazetteer.LOOSE_POPULATION` or more in a country the document names are
    read so (a loose form alone matches too much: "Syrien" is a Belgian town's); Arabic, whose
    loose forms are bare consonants, only right after a settlement noun ("مدينة خاركيف"). Only
    a word with a place cue before it is tried (the caller keeps no bare loose hit)."""
    loose = gazetteer.table.loose
    if not loose:
        return []
    doc, pack, marks, cues = reader.doc, reader.pack, reader.marks, reader.cues
    words, arabic = doc.words, reader.arabic
    found: list[tuple[int, int, Place, str]] = []
    n = len(words)
    end = 0  # the end of the last loose hit
    # a name is capitalised, but Arabic has no capitals
    for k in range(n) if arabic else doc.capitalised:
        w = words[k]
        if k < end or w.is_digit:
            continue
        if k in taken and not _name_goes_on(words, taken, k):
            continue  # a word read exactly is read loosely only as the start of a longer name
        if _skipped(doc, marks, k):
            continue
        if arabic:
            cued = (
                k > 0
                and doc.sentence[k - 1] == doc.sentence[k]
                and after_settlement(reader.forms(k - 1), cues)
            )
        else:
            cued = _evidence(reader, k, 1, w.norm) is not None
        if not cued:
            continue
        hit = None
        for form in pack.forms(w.norm) if arabic else (w.norm,):
            for size in range(min(LOOSE_LONGEST, n - k), 0, -1):
                span = range(k, k + size)
                if k in taken and (size < 2 or k + size - 1 in taken):
                    continue  # a word read exactly is read loosely only as part of a longer name
                if not _plain_run(doc, k, k + size):
                    continue
                names = (form, *(words[j].norm for j in span[1:]))
                row = _loose_row(gazetteer, names, cues.loose, countries)
                if row is not None:
                    hit = (k, size, gazetteer.row_place(row), form)
                    break
            if hit:
                break
        if hit:
            found.append(hit)
            end = k + hit[1]
    return found


def _name_goes_on(words: list[Word], taken: set[int], k: int) -> bool:
    """Whether a name may go on past word ``k``: the next word is read as no other name and it or
    the one after holds a capital ("Khan Cheikhoun", "Abasan al-Kabira", "Deir el Balah")."""
    if k + 1 >= len(words) or k + 1 in taken:
        return False
    for w in words[k + 1 : k + 3]:  # (loops: asked for every size of a capitalised word)
        if not w.text.islower():
            for ch in w.text:
                if ch.isupper():
                    return True
    return False


def _plain_run(doc: Doc, k: int, end: int) -> bool:
    """Words ``k .. end-1`` lie in word ``k``'s sentence and none is a number (a loop: asked
    for every size of every cued capitalised word)."""
    sentence = doc.sentence[k]
    for j in range(k, end):  # noqa: SIM110 (a loop on purpose, see above)
        if doc.sentence[j] != sentence or doc.words[j].is_digit:
            return False
    return True


def _loose_row(
    gazetteer: Gazetteer,
    names: tuple[str, ...],
    rules: tuple[tuple[str, str], ...],
    countries: Callable[[], frozenset[str]],
) -> int | None:
    """The row of a place in the document's ``countries`` (read only when needed) that a
    name's loose form names, as written or respelled by ``rules``."""
    table = gazetteer.table
    for key in _loose_keys(names, rules):
        rows = table.loose.get(key)
        if rows:
            named = countries()
            for row in rows:
                if table.countries[row] in named:
                    return row
    return None


@lru_cache(maxsize=65536)
def _loose_keys(names: tuple[str, ...], rules: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The loose forms of a name: as written, and with this language's letters respelled."""
    plain = gazetteer_loose(" ".join(names))
    if not rules:
        return (plain,)
    pattern = _rules_pattern(rules)
    table = dict(rules)
    respelled = gazetteer_loose(
        " ".join(pattern.sub(lambda m: table[m.group(0)], w) for w in names)
    )
    return (plain,) if respelled == plain else (plain, respelled)


@lru_cache(maxsize=16)
def _rules_pattern(rules: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(a) for a, _ in sorted(rules, key=lambda r: -len(r[0]))))


def _region_forms(
    word: str, norms: list[str], k: int, cues: PlaceCues, first: dict[str, int]
) -> tuple[str, ...]:
    """Gazetteer forms of a name written as part of a region's name: an adjective before a
    region noun ("Kiewer Gebiet", "des Kiewer Gebiets") or a compound with one
    ("Kievregionen", "Idlibprovinsen"). Empty when the word is neither."""
    bases = []
    following = norms[k + 1] if k + 1 < len(norms) else ""
    if following in cues.region:
        bases += [word[: -len(end)] for end in cues.region_adjective if word.endswith(end)]
    if cues.region_compounds and word.endswith(cues.region_compounds):  # (most words: none)
        bases += [word[: -len(end)] for end in cues.region_compounds if word.endswith(end)]
    if not bases:
        return ()
    forms: list[str] = []
    for base in (b.rstrip("-") for b in bases):
        if len(base) < 4:
            continue
        for form in (base, *_variants(base, cues.respell, ())):
            if form in first and form not in forms:
                forms.append(form)
    return tuple(forms)


def _respelled(word: str, rules: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The word with every respelling rule applied, if that changes it."""
    changed = word
    for written, gazetteer_form in rules:
        changed = changed.replace(written, gazetteer_form)
    return (changed,) if changed != word else ()


def _variants(
    word: str, rules: tuple[tuple[str, str], ...], suffixes: tuple[str, ...]
) -> tuple[str, ...]:
    """Forms of an unknown capitalised word that may be a gazetteer name: respelled, and with a
    name ending ("Butjas" -> "butja" -> "bucha") taken off, the plain forms first."""
    bases = [word] + [
        word[: -len(end)] for end in suffixes if word.endswith(end) and len(word) - len(end) >= 4
    ]
    forms: list[str] = []
    for base in bases:
        for form in (base, *_respelled(base, rules)):
            if form != word and form not in forms:
                forms.append(form)
    return tuple(forms)


@lru_cache(maxsize=64)
def _last_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words the phrases of a cue set end with (a set is a language's, built once)."""
    return frozenset(phrase[-1] for phrase in phrases)


class _Reader:
    """The words around one document's hits."""

    def __init__(self, doc: Doc, pack: LanguagePack, marks: Marks, cues: PlaceCues) -> None:
        self.doc, self.pack, self.marks, self.cues = doc, pack, marks, cues
        self.arabic = pack.lang == "ar"
        self.norms = doc.norms

    def line_start(self, k: int) -> bool:
        return k == 0 or "\n" in self.doc.gaps[k]

    def line_end(self, j: int) -> bool:
        """Word ``j`` ends its line (only punctuation after it)."""
        return j + 1 >= len(self.doc.words) or "\n" in self.doc.gaps[j + 1]

    def line_of(self, k: int) -> int:
        """The first word of word ``k``'s line."""
        starts = self._line_starts
        return starts[bisect_right(starts, k) - 1]

    def line_last(self, k: int) -> int:
        """The last word of word ``k``'s line."""
        starts = self._line_starts
        at = bisect_right(starts, k)
        return starts[at] - 1 if at < len(starts) else len(self.doc.words) - 1

    @cached_property
    def _line_starts(self) -> list[int]:
        """The first word of every line, found once per document: a line is not walked back
        per place name."""
        gaps = self.doc.gaps[1 : len(self.doc.words)]
        return [0, *(k for k, gap in enumerate(gaps, 1) if "\n" in gap)]

    def forms(self, k: int) -> tuple[str, ...]:
        return self.pack.forms(self.norms[k]) if self.arabic else (self.norms[k],)

    def ends_with(self, k: int, phrases: frozenset[tuple[str, ...]], longest: int) -> bool:
        """A phrase of ``phrases`` ends at word ``k`` (inside its sentence)."""
        if k < 0:
            return False
        if self.arabic:
            if _last_words(phrases).isdisjoint(self.forms(k)):
                return False  # most words end no phrase of the set
        elif self.norms[k] not in _last_words(phrases):
            return False  # (a word's only form is itself: no tuple made to ask)
        sentence = self.doc.sentence[k]
        for size in range(1, longest + 1):
            i = k - size + 1
            if i < 0 or self.doc.sentence[i] != sentence:
                break
            if size == 1:
                if any((form,) in phrases for form in self.forms(k)):
                    return True
            elif tuple(self.norms[i : k + 1]) in phrases:
                return True
        return False

    def _opens_with(self, start: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """Whether one of ``phrases`` opens at word ``start`` (its first word compared first:
        asked per place name, most lines open none)."""
        norms = self.norms
        first = norms[start]
        for phrase in phrases:
            if phrase[0] == first and tuple(norms[start : start + len(phrase)]) == phrase:
                return True
        return False

    def is_teaser_line(self, k: int) -> bool:
        return self._opens_with(self.line_of(k), self.cues.teaser)

    def is_byline(self, k: int) -> bool:
        """Word ``k`` stands in a short line without figures that opens with a byline word ("By
        Jane Example in Kyiv", "Von unserem Korrespondenten in Kiew"): the reporter's place."""
        start = self.line_of(k)
        if not self._opens_with(start, self.cues.byline):
            return False  # the opening first: a one-line article is not walked per place name
        end = self.line_last(k)
        words = self.doc.words
        return end - start < _BYLINE_WORDS and not any(w.is_digit for w in words[start : end + 1])

    def adjacent(self, i: int) -> bool:
        """Words ``i`` and ``i + 1`` are separated by spaces only (same line)."""
        gap = self.doc.gaps[i + 1]
        return not gap.strip() and "\n" not in gap


def _proper_name_part(r: _Reader, after: int, place: Place) -> bool:
    """A capitalised unknown word right after a smaller town's name: the name is the start of a
    longer name the gazetteer lacks ("Khan Cheikhoun" is not the town of Haan)."""
    word = r.doc.words[after]
    if not 0 <= place.population < SHORT_NAME_POPULATION or word.is_digit:
        return False
    if word.norm in _NAME_ARTICLES and after + 1 < len(r.doc.words):  # "Omar al-Qasimi"
        joined = not r.doc.gaps[after + 1].strip(" -") and r.doc.gaps[after + 1].strip()
        return bool(joined) and r.doc.words[after + 1].text[:1].isupper()
    return word.text[:1].isupper() and word.norm not in r.cues.context_words


def _not_a_place(
    r: _Reader, k: int, size: int, key: str, place: Place, genitive: bool = False
) -> bool:
    """The name is part of an organisation's, publisher's or person's name. A name in the
    genitive ("Butschas Bürgermeister") owns the capitalised noun after it: no longer name."""
    cues, doc, end = r.cues, r.doc, k + size
    if key in cues.names or not cues.inside.isdisjoint(key.split(" ")):
        return True
    if key in cues.compass and not (k > 0 and r.norms[k - 1] in cues.settlement):
        return True  # "im Osten der Stadt": a direction; "in der Stadt Osten": the town
    if size == 1 and (key in cues.context_words or (key,) in cues.locative):
        return True  # a cue word itself ("غرب" west, "Central"), not the village it names
    if r.ends_with(k - 1, cues.not_before, cues.longest_before):
        return True
    if (
        end < len(doc.words)
        and (r.adjacent(end - 1) or doc.gaps[end] == "-")  # "Kyiv Post", "London-based"
        and not cues.not_after.isdisjoint(r.forms(end))
    ):
        return True
    if r.arabic:
        return False
    if _speaking_governments(r, k, end):
        return True
    if (
        not genitive
        and end < len(doc.words)
        and r.adjacent(end - 1)
        and _proper_name_part(r, end, place)
    ):
        return True
    if k == 0 or not r.adjacent(k - 1):
        return False
    before = doc.words[k - 1]
    # a capitalised word right before the name that is no context or function word: the name
    # is the end of a longer proper name ("Dmitry Kamyshin", "Mando Central")
    return (
        before.text[:1].isupper()
        and not before.is_digit
        and before.norm not in cues.context_words
        and (before.norm,) not in cues.locative
        and not r.marks.opens(k - 1, SKIP_MARKS)
    )


_SPEAKERS_LIST = 6  # words of a list of capitals that speak ("Washington, Londres et Paris")
_SAYING = frozenset(("attr:after", "attr:before"))


def _speaking_governments(r: _Reader, k: int, end: int) -> bool:
    """Capitals that speak for their governments: a name, or a list of names joined by commas
    and conjunctions, right after a verb of saying ("estiment Washington, Londres et Paris") or
    opening its clause right before one ("Moscou affirme", "Kyiv and London said"): no place
    where the harm was. A name run on by another capitalised word ("Kunduz Today reports",
    "Butschas Bürgermeister sagt") is a longer name, not a list."""
    doc, words = r.doc, r.doc.words
    lo = k
    while lo > 0 and k - lo < _SPEAKERS_LIST and _joins_list(r, lo - 1, lo):
        lo -= 1
    for c, _, _ in r.marks.ending("attr", lo):
        if c in _SAYING:
            return not doc.gaps[lo].strip()  # the verb right before the list
    hi = end
    while hi < len(words) and hi - end < _SPEAKERS_LIST and _joins_list(r, hi, hi):
        hi += 1
    opens = lo == 0 or doc.sentence[lo - 1] != doc.sentence[lo] or doc.gaps[lo].strip() == ","
    return (
        opens
        and hi < len(words)
        and not doc.gaps[hi].strip()
        and not _SAYING.isdisjoint(r.marks.cats[hi])
    )


def _joins_list(r: _Reader, t: int, gap: int) -> bool:
    """Whether word ``t`` joins a list of names at the gap ``gap`` (between it and the list):
    a conjunction, or a capitalised name set off by a comma or a conjunction."""
    words, gaps = r.doc.words, r.doc.gaps
    if gaps[gap].strip() not in ("", ","):
        return False
    if words[t].norm in r.pack.conjunctions:
        return True
    if not words[t].text[:1].isupper():
        return False
    beside = gap if gap == t + 1 else t - 1  # the list's word next to ``t``
    return gaps[gap].strip() == "," or words[beside].norm in r.pack.conjunctions


def _beside_facility(r: _Reader, k: int, size: int) -> bool:
    """A facility noun right before or after the name ("Al Quds hospital", "مستشفى القدس",
    "hôpital Al-Qods"): the facility may be named after a city it is not in."""
    facility, doc, end = r.cues.facility, r.doc, k + size
    if not facility:
        return False
    # "Al-Quds-Krankenhaus", "al-Quds-sjukhuset": a compound written with a hyphen
    joined = end < len(doc.words) and (r.adjacent(end - 1) or doc.gaps[end] == "-")
    if joined and not facility.isdisjoint(r.forms(end)):
        return True
    # right before only ("l'hôpital de X" is a hospital in X), over an article of the name
    # the gazetteer does not hold ("hôpital Al-Quds" names "Quds")
    i = k - 1
    if i > 0 and r.norms[i] in _NAME_ARTICLES and not r.doc.gaps[i + 1].strip(" -"):
        i -= 1
    return i >= 0 and r.adjacent(i) and not facility.isdisjoint(r.forms(i))


def _destination(r: _Reader, k: int) -> bool:
    """The name says where a facility the wounded were taken to stands ("were brought to
    al-Shifa hospital in X", "in ein Krankenhaus in X gebracht", "fördes till sjukhuset i X",
    "نقلوا إلى مستشفى الشفاء في X"): a facility noun a few words before it, the last of them a
    locative or "of", and a destination cue right before the facility (over fillers and the
    facility's own capitalised name)."""
    cues, sentence = r.cues, r.doc.sentence[k]
    if not cues.destination or k < 3 or r.doc.sentence[k - 1] != sentence:
        return False
    joiners = cues.fillers | {p[0] for p in cues.locative if len(p) == 1}
    if not joiners.intersection(r.forms(k - 1)):
        return False
    for f in range(k - 2, max(-1, k - 5), -1):
        if r.doc.sentence[f] != sentence or r.doc.words[f].is_digit:
            return False
        if not cues.facility.intersection(r.forms(f)):
            continue
        i = f - 1
        while i >= max(0, f - 3) and r.doc.sentence[i] == sentence:
            if r.ends_with(i, cues.destination, 3):
                return True
            word = r.doc.words[i]
            if not (cues.fillers.intersection(r.forms(i)) or word.text[:1].isupper()):
                break
            i -= 1
        return False
    return False


def _venue(r: _Reader, k: int) -> bool:
    """The name closes a phrase that says where someone spoke ("said at a briefing at the Example
    Centre, Capital X", "en una rueda de prensa en X"): a venue word a few words before it, with
    no figure, casualty word or speech cue between."""
    sentence = r.doc.sentence[k]
    for i in range(k - 1, max(-1, k - 1 - _VENUE_REACH), -1):
        if r.doc.sentence[i] != sentence or r.doc.words[i].is_digit:
            return False
        if r.ends_with(i, r.cues.venue, 3):
            return True
        if r.marks.opens(i, ("measure:", "attr:before", "attr:after")):
            return False
    return False


def _heads_dateline(r: _Reader, k: int) -> bool:
    """Word ``k`` opens its line, or follows only other cities of a dateline written for
    several, in capitals and joined by slashes ("BEIRUT/AMMAN")."""
    start = r.line_of(k)
    return all(r.doc.words[i].text.isupper() and "/" in r.doc.gaps[i + 1] for i in range(start, k))


def _reporters_place(r: _Reader, k: int, size: int) -> bool:
    """A dateline ("KABUL (Reuters) -", "Paris :") or a byline ending a short line."""
    doc = r.doc
    end = doc.words[k + size - 1].end
    if _heads_dateline(r, k):
        if _DATELINE.match(doc.text, end) or _DATED_DATELINE.match(doc.text, end):
            return True
        name = doc.text[doc.words[k].start : end]
        if name.isupper() and len(name) > 2 and _CAPITALS_DATELINE.match(doc.text, end):
            return True
    if r.line_end(k + size - 1) and k > 0 and _BYLINE_GAP.search(doc.gaps[k]):
        start = r.line_of(k)
        return k + size - start <= 8 and not r.ends_with(k - 1, r.cues.locative, 3)
    return r.is_byline(k)


def _evidence(r: _Reader, k: int, size: int, form: str) -> str | None:
    """``point``, ``region`` or None (bare), from the words before and after the name."""
    cues, doc = r.cues, r.doc
    if r.arabic and form != r.norms[k] and r.norms[k].startswith(_ARABIC_IN):
        stripped = r.norms[k][1:] if r.norms[k][0] == "ب" else r.norms[k][2:]
        if form == stripped or stripped.endswith(form):
            return "point"
    i, sentence, skipped = k - 1, doc.sentence[k], 0
    after = k + size
    following = r.forms(after) if after < len(doc.words) and doc.sentence[after] == sentence else ()
    if not cues.region.isdisjoint(following) or (
        size == 1 and form != r.norms[k] and r.norms[k].endswith(cues.region_compounds or ("\0",))
    ):
        return "region"  # "in the Kyiv region", "in Idlib province": the region, not its city
    while i >= 0 and doc.sentence[i] == sentence and skipped < 3:
        forms = r.forms(i)
        if not cues.settlement.isdisjoint(forms):
            return "point"
        if not cues.region.isdisjoint(forms):
            return "region"
        if r.ends_with(i, cues.nearby, 3):
            return "nearby"
        if r.ends_with(i, cues.locative, 3):
            return "point"
        if cues.fillers.isdisjoint(forms):
            break
        i, skipped = i - 1, skipped + 1
    return "point" if not cues.settlement.isdisjoint(following) else None


def publisher_names(publisher: str | None) -> tuple[tuple[str, ...], ...]:
    """The normalised names in a stored source ("Daily Example (AFP)", "X via Y", "X / Y")."""
    if not publisher:
        return ()
    parts = re.split(r"[()/,;]|\bvia\b", publisher)
    return tuple(tuple(w) for w in map(normalize_words, parts) if w)


def _inside_publisher(r: _Reader, k: int, names: tuple[tuple[str, ...], ...]) -> bool:
    """Word ``k`` is inside an occurrence of the publisher's name in the text."""
    for name in names:
        for offset, word in enumerate(name):
            start = k - offset
            if (
                word == r.norms[k]
                and start >= 0
                and tuple(r.norms[start : start + len(name)]) == name
            ):
                return True
    return False


def find_place_mentions(
    doc: Doc,
    pack: LanguagePack,
    marks: Marks,
    gazetteer: Gazetteer,
    publisher: tuple[tuple[str, ...], ...] = (),
    countries: Callable[[], frozenset[str]] = frozenset,
) -> list[PlaceMention]:
    """The document's place mentions, in text order (see the module docstring); ``publisher``
    holds the normalised names of the document's own source, whose place names are not places;
    a name whose most populous place lies outside the ``countries`` the document names (a
    function: they are read only when a name has namesakes) is the place of that name inside
    one of them, where the gazetteer has one."""
    cues = place_cues(pack.lang)
    reader = _Reader(doc, pack, marks, cues)
    mentions: list[PlaceMention] = []
    weak_keys: list[str] = []
    other_names: set[str] = set()  # names the report also uses inside a person's or body's name
    hits = _raw_hits(doc, pack, marks, gazetteer)
    taken = {k + i for k, size, _, _ in hits for i in range(size)}
    loose_hits = _loose_hits(reader, gazetteer, taken, countries)
    loosely = {k for k, _, _, _ in loose_hits}
    if loose_hits:  # a longer name read loosely wins over the word it holds ("Chan Junis")
        inside = {k + i for k, size, _, _ in loose_hits for i in range(size)}
        hits = sorted([h for h in hits if h[0] not in inside] + loose_hits)
    if led := _lowercase_led_regions(doc, gazetteer, reader.arabic):
        inside = {k + i for k, size, _, _ in led for i in range(size)}
        hits = sorted([h for h in hits if h[0] not in inside] + led)
    for k, size, place, form in hits:
        key = " ".join((form, *reader.norms[k + 1 : k + size]))
        if gazetteer.has_namesakes(key, place):
            place = gazetteer.in_countries(key, place, countries())
        genitive = size == 1 and form != reader.norms[k] and reader.norms[k].endswith(cues.suffixes)
        if _not_a_place(reader, k, size, key, place, genitive):
            other_names.add(key)
            continue
        if _reporters_place(reader, k, size):
            continue
        facility = _beside_facility(reader, k, size)
        if cues.venue and _venue(reader, k):
            continue
        if publisher and _inside_publisher(reader, k, publisher):
            continue
        evidence = _evidence(reader, k, size, form) or "bare"
        if evidence == "region":  # "Kharkiv Oblast", "estado de Guerrero": that region's seat
            place = regional(key, place)
        elif evidence != "nearby" and known_region(key):
            evidence = "region"  # "in Tigray": a region is never a point, a town beside it wins
        if _destination(reader, k):  # where the wounded were treated: near the harm at best
            evidence = "bare"
        if k in loosely and evidence == "bare":
            continue  # a name spelled otherwise is a place only where a cue says so
        weak = evidence == "bare" and _needs_cue(place, size, key)
        teaser = reader.line_of(k) if reader.is_teaser_line(k) else None
        mentions.append(PlaceMention(k, size, place, evidence, teaser, weak or facility))
        weak_keys.append(key if weak else "")
    # a bare small place whose name the report also writes as part of a person's name ("Omar
    # Haddad", "Omar al-Qasimi") is that name: it gets no benefit of the doubt
    return [m for m, key in zip(mentions, weak_keys, strict=True) if key not in other_names]


def _lowercase_led_regions(
    doc: Doc, gazetteer: Gazetteer, arabic: bool
) -> list[tuple[int, int, Place, str]]:
    """Regions named by a lower-case compass word before a country ("southern Lebanon", "le
    sud du Liban", "södra Libanon", "norra Gaza"): a name starts with a capital, so these are
    looked up from the capitalised word back (Arabic has no capitals: read as any name)."""
    if arabic:
        return []
    found: list[tuple[int, int, Place, str]] = []
    norms, sentence = doc.norms, doc.sentence
    last_words = gazetteer.extra_last_words
    for k in doc.capitalised:
        if norms[k] not in last_words:
            continue  # ends no name of two words or more: nothing to look back for
        for back in (3, 2, 1):
            start = k - back
            if start < 0 or sentence[start] != sentence[k]:
                continue
            key = " ".join(norms[start : k + 1])
            place = gazetteer.extra.get(key)
            if place is not None and known_region(key):
                found.append((start, back + 1, place, norms[start]))
                break
    return found


def teaser_line(doc: Doc, lang: str, k: int) -> int | None:
    """The first word of the teaser line word ``k`` stands in ("Read more: ..."), if it does."""
    start = k
    while start > 0 and "\n" not in doc.gaps[start]:
        start -= 1
    words = doc.words
    for phrase in place_cues(lang).teaser:
        if all(start + i < len(words) and words[start + i].norm == w for i, w in enumerate(phrase)):
            return start
    return None


def _needs_cue(place: Place, size: int, key: str) -> bool:
    if place.population < 0:  # the user's own gazetteer
        return False
    if place.population < TOWN_POPULATION:
        return True
    return size == 1 and len(key) < SHORT_NAME and place.population < SHORT_NAME_POPULATION


def transliterated_mentions(
    doc: Doc,
    pack: LanguagePack,
    marks: Marks,
    gazetteer: Gazetteer,
    main: Place,
    found: list[PlaceMention],
) -> list[PlaceMention]:
    """Mentions of towns near ``main`` that the gazetteer does not spell in this script: an
    unknown word after a settlement noun whose consonants match a nearby place's name
    (:mod:`~harmledger.extract.transliterated`), then every word of the document with that
    stem, each with the evidence of its own cues."""
    cues = place_cues(pack.lang)
    reader = _Reader(doc, pack, marks, cues)
    taken = {m.k + i for m in found for i in range(m.size)}
    resolved: dict[str, Place] = {}
    for k in range(1, len(doc.words)):
        if k in taken or doc.words[k].is_digit or doc.sentence[k - 1] != doc.sentence[k]:
            continue
        if not after_settlement(reader.forms(k - 1), cues):
            continue
        if _skipped(doc, marks, k):
            continue
        for form in reader.forms(k):
            if form in resolved or form in gazetteer.sizes:
                break
            place = near_by_skeleton(gazetteer, arabic_skeleton(form), main)
            if place is not None:
                resolved[form] = place
                break
    if not resolved:
        return []
    mentions = []
    for k in range(len(doc.words)):
        if k in taken or doc.words[k].is_digit:
            continue
        for form in reader.forms(k):
            if form in resolved:
                evidence = _evidence(reader, k, 1, form) or "bare"
                mentions.append(PlaceMention(k, 1, resolved[form], evidence))
                break
    return mentions
