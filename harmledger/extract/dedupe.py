"""One claim per distinct statement: the same figure repeated (headline, lead, quote) is merged.

Two casualty claims are repeats when measure and range agree (or one says "at least N" and the
other plain "N") and their ``who`` agree, a generic noun ("people", "Menschen", "Tote") being
compatible with any category; different who-categories ("14 children", "14 family members")
stay apart, and so do counts listed side by side ("a doctor and a nurse") and counts of two
different places ("four killed in Aleppo ... in Homs, four killed"). The kept claim is
the most specific reading ("at least N" over "N", a category over "people") at its first
occurrence, since a lead states the figure first; when only a repeat names who says so, that
speaker is carried over. One or two victims named by different nouns ("a child ... a woman",
"two people ... two children and a fighter") or as "another" are different people, not a
repeat: reports list small incidents one by one. A vague figure ("dozens") given by two
different sources is two statements, and so is the same figure, or "at least N" and plain
"N", from two different named sources (a source's own figure is its statement); a headline,
or a source referred back to by a group noun ("die Angaben", "the group"), is no other source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from harmledger import gazetteer, regions
from harmledger.extract.claim import Claim
from harmledger.extract.dateline import publisher_voice
from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.text import normalize


def _generic(claim: Claim, pack: LanguagePack) -> bool:
    if claim.who != "people" or not claim.who_text:
        return claim.who == "people"
    first = normalize(claim.who_text.split()[0]) if claim.who_text.split() else ""
    cats = pack.lexicon.categories(first)
    return "who:generic" in cats or any(c.startswith("measure:") for c in cats)


def _same_figure(a: Claim, b: Claim) -> bool:
    if a.measure != b.measure:
        return False
    if (a.low, a.high) == (b.low, b.high):
        return True
    pair = {a.qualifier, b.qualifier}
    return pair == {"exact", "at_least"} and a.low == b.low


def _compatible(a: Claim, b: Claim, pack: LanguagePack) -> bool:
    return (
        a.who == b.who
        or _generic(a, pack)
        or _generic(b, pack)
        # a category carried over to a count without a noun of its own ("11 civilians were
        # killed and five wounded"): inferred, so a restatement that names people by a noun of
        # no category ("five villagers were wounded") may repeat it
        or (not a.who_text and b.who == "people")
        or (not b.who_text and a.who == "people")
    )


_FEW = 2  # one or two victims: the counts of a list of separate small incidents


def _noun(claim: Claim, pack: LanguagePack) -> str:
    """The head noun of a claim's who, without the dual ending that marks only its case
    ("شخصان" and "شخصين" are one noun)."""
    words = (claim.who_text or "").split()
    if not words:
        return ""
    noun = normalize(words[-1])
    for suffix in pack.raw.get("numbers", {}).get("dual_suffixes", []):
        if noun.endswith(suffix) and len(noun) > len(suffix) + 1:
            return noun[: -len(suffix)]
    return noun


def _other_people(a: Claim, b: Claim, pack: LanguagePack) -> bool:
    """Single or dual victims under different nouns, or one of them "another", are not the same
    people: "a child was killed ... a woman was killed", "one died ... another died"."""
    if a.high is None or a.high > _FEW or a.qualifier != "exact" or b.qualifier != "exact":
        return False
    first, second = _noun(a, pack), _noun(b, pack)
    if not first or not second:
        return False
    if "who:others" in pack.lexicon.categories(first) | pack.lexicon.categories(second):
        return True
    return first != second


_LISTED_GAP = 6  # characters: ", ", " and ", " y ", " och "


def _listed(a: Claim, b: Claim, text: str, pack: LanguagePack) -> bool:
    """Two counts side by side ("a doctor and a nurse", "2 children, 2 women") are a list of
    different people, never a repeat: a repeat is stated apart from its first statement (a
    headline above its lead is no list)."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if not 0 <= second.start - first.end <= _LISTED_GAP:
        return False
    between = text[first.end : second.start]
    words = between.replace(",", " ").split()
    return "\n" not in between and (
        (not words and "," in between)
        or (len(words) == 1 and words[0].lower() in pack.conjunctions)
    )


def _apart(a: Claim, b: Claim) -> bool:
    """Two statements of the same figure about different places are two events: a restatement
    is about the place its first statement named, when it names one ("Gaza" and "Gaza City"
    may be one place)."""
    if not (a.place_name and b.place_name):
        return False
    one, two = _town_name(a).casefold(), _town_name(b).casefold()
    return one not in two and two not in one


def _town_name(claim: Claim) -> str:
    """The claim's place name; a region's is its seat's (the town a restatement may name)."""
    region = regions.region(claim.place)
    seat = gazetteer.record(region.seat) if region is not None else None
    return seat.name if seat is not None else str(claim.place_name)


def _voiced_apart(a: Claim, b: Claim) -> bool:
    """A vague figure ("dozens", "des centaines") that two different sources give is two
    statements: the word names no number that would make them one ("dozens were hurt, a witness
    said ... two killed and dozens hurt, a doctor said")."""
    if a.qualifier != "vague" or b.qualifier != "vague" or not (a.speaker and b.speaker):
        return False
    one, two = a.speaker.casefold(), b.speaker.casefold()
    return one not in two and two not in one


_NAME_WORD = 4  # letters: shorter words of a source's name are articles and prepositions


def _name_words(speaker: str) -> set[str]:
    words = {w.strip("().,;:'\"«»“”‘’") for w in speaker.casefold().split()}
    return {w for w in words if len(w) >= _NAME_WORD}


def _referred_back(speaker: str, pack: LanguagePack) -> bool:
    """Whether ``speaker`` is a group noun that refers back to a source named before ("the
    group", "neusten Angaben zufolge"): it names no source of its own."""
    words = [normalize(w) for w in speaker.split()]
    return bool(words) and words[-1] in pack.words("attribution", "anaphors")


def _other_sources(a: Claim, b: Claim, pack: LanguagePack) -> bool:
    """Whether both claims name who says so and the two are different sources. Names that share
    a word are one source: "OSDH" and "the Syrian Observatory (OSDH)", "شهود" and "الشهود"
    (an article or a conjunction glued on), a ministry and its minister or spokesman ("Ministerio
    de Salud", "ministro de Salud, Juan Pérez")."""
    if not (a.speaker and b.speaker):
        return False
    if _referred_back(a.speaker, pack) or _referred_back(b.speaker, pack):
        return False
    one, two = a.speaker.casefold(), b.speaker.casefold()
    if _inside(one, two) or _inside(two, one):
        return False
    first, second = _name_words(a.speaker), _name_words(b.speaker)
    return not any(x in y or y in x for x in first for y in second)


def _inside(short: str, long: str) -> bool:
    """Whether one name is inside the other: as letters when the short one is a word of its
    own length ("Ministerium" in "Gesundheitsministerium"), as whole words when it is an
    acronym of a few letters ("UN" is in "die UN", not in "Gesundheitsministerium")."""
    if len(short) >= _NAME_WORD:
        return short in long
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


def _two_sources(a: Claim, b: Claim, text: str, pack: LanguagePack) -> bool:
    """Whether the pair is two statements from two different named sources: "at least N" and
    plain "N" (each source's own bound), or the same figure where the later sentence says its
    source counted too ("the ministry said 14 were killed ... the UN also counted 14 dead").
    The same figure under two speakers without such a word stays one statement: speakers read
    from another sentence are often wrong, and a definite count ("the two soldiers") refers
    back. From one source, or restated by a headline, it is one statement."""
    if _heading(a, text) or _heading(b, text) or not _other_sources(a, b, pack):
        return False
    if {a.qualifier, b.qualifier} == {"exact", "at_least"}:
        return True
    first, second = (a, b) if a.start <= b.start else (b, a)
    one, two = _sentence(first, text), _sentence(second, text)
    if one == two or _definite(second, text, pack):
        return False
    return _counted_again(second, text, two, pack)


def _definite(claim: Claim, text: str, pack: LanguagePack) -> bool:
    """Whether the count has a definite article ("The two soldiers were killed"): it refers
    back to the count told before, one statement (pack ``attribution.determiners``)."""
    before = re.findall(r"\w+", text[max(0, claim.start - 20) : claim.start])
    first = re.findall(r"\w+", claim.quote)[:1]
    words = [normalize(w) for w in (before[-1:] + first)]
    return any(w in pack.words("attribution", "determiners") for w in words)


_STOPS = (". ", "! ", "? ", "\n")


@lru_cache(maxsize=4)
def _stop_positions(text: str) -> tuple[list[int], ...]:
    """Where each of :data:`_STOPS` stands in ``text``, in order, found once per text: a search
    from each claim for a stop the text lacks ("? ") read the whole text per claim pair, which
    grew with the square of a long document's length. (The stops cannot overlap themselves, so
    these are all their occurrences.)"""
    return tuple([m.start() for m in re.finditer(re.escape(stop), text)] for stop in _STOPS)


def _sentence(claim: Claim, text: str) -> tuple[int, int]:
    """The span of the sentence around ``claim`` in ``text``: from after the last stop that
    ends before the claim to the first that starts at or after its end (as ``rfind`` and
    ``find`` would give them)."""
    start, end = -1, len(text)
    for stop, at in zip(_STOPS, _stop_positions(text), strict=True):
        before = bisect_right(at, claim.start - len(stop))
        if before:
            start = max(start, at[before - 1])
        after = bisect_left(at, claim.end)
        if after < len(at):
            end = min(end, at[after])
    return start + 1, end


def _counted_again(claim: Claim, text: str, sentence: tuple[int, int], pack: LanguagePack) -> bool:
    """Whether the sentence of the later claim names its source and says, before the figure,
    that it counted too ("the UN also counted 14 dead", "Die UN zählten ebenfalls", "FN räknade
    också"; pack ``attribution.also``)."""
    before = text[sentence[0] : claim.start]
    if not claim.speaker or str(claim.speaker).casefold() not in before.casefold():
        return False  # the source named in the sentence, before its figure
    words = {normalize(w) for w in re.findall(r"\w+", before)}
    return bool(words & pack.words("attribution", "also"))


def _rank(claim: Claim, pack: LanguagePack) -> tuple[int, int, int, int]:
    return (
        1 if claim.qualifier == "at_least" else 0,
        0 if _generic(claim, pack) else 1,
        -claim.start,
        1 if claim.speaker else 0,
    )


def _fuller(other: Claim, best: Claim) -> bool:
    """Whether the repeat names the kept claim's speaker more fully, every word of it and more:
    a heading's "FN" in the lead's "FN:s flyktingorgan UNHCR". The lead says who exactly."""
    if not (best.speaker and other.speaker):
        return False
    short = re.findall(r"\w+", normalize(best.speaker))
    full = re.findall(r"\w+", normalize(other.speaker))
    return len(full) > len(short) and all(word in full for word in short)


def _named_over_voice(other: Claim, best: Claim, voice: str | None) -> bool:
    """Whether the kept claim speaks only in the dateline's voice ("KIJEV (TT-AFP)" over an
    uncited heading) while the repeat names its source ("uppger ukrainska myndigheter"): the
    agency carries the figure, the source it names gives it."""
    return bool(voice) and best.speaker == voice and bool(other.speaker) and other.speaker != voice


_HEADING_CHARS = 120  # a heading line: short, and no sentence stop at its end
_HEADING_MIN = 3  # a figure of three or more: one or two dead and two bodies may be others
_GENERIC = ("people", "other", None)  # no category that names the same few twice


def _heading(claim: Claim, text: str) -> bool:
    """Whether ``claim`` stands in a heading line ("458 tote Menschen")."""
    if not text:
        return False
    start = text.rfind("\n", 0, claim.start) + 1
    end = text.find("\n", claim.end)
    line = text[start : len(text) if end < 0 else end].strip()
    return bool(line) and len(line) <= _HEADING_CHARS and line[-1] not in ".!?:;"


def _dead_then_found(claims: list[Claim], text: str) -> list[Claim]:
    """A heading's dead ("458 tote Menschen") that the body restates only as bodies found
    ("458 Leichen fanden sie") are those bodies: one statement, kept at its specific reading.
    Where the body also says they were killed, the heading repeats that (merged as usual)."""

    def figure(c: Claim) -> tuple[int | None, int | None]:
        return (c.low, c.high)

    casualties = [c for c in claims if c.is_casualty and c.qualifier == "exact"]
    headed = [c for c in casualties if c.measure == "killed" and _heading(c, text)]
    dropped = {
        id(c)
        for c in headed
        if any(
            d.measure == "bodies_recovered"
            and figure(d) == figure(c)
            and d.start > c.end
            # one or two may be others, unless both name the same category ("two children")
            and ((c.low or 0) >= _HEADING_MIN or (c.who == d.who and c.who not in _GENERIC))
            for d in casualties
        )
        and not any(
            d.measure == "killed" and figure(d) == figure(c) and not _heading(d, text)
            for d in casualties
        )
    }
    return [c for c in claims if id(c) not in dropped] if dropped else claims


_SEVERAL = 3  # "several" as the conventions read it: three or more


def _crosshead(claim: Claim, text: str) -> bool:
    """Whether ``claim`` is all of its line: a crosshead ("Flera döda") between paragraphs, not
    a headline that tells more ("Mehrere Verletzte bei Raketenangriffen am Freitag")."""
    start = text.rfind("\n", 0, claim.start) + 1
    end = text.find("\n", claim.end)
    line = text[start : len(text) if end < 0 else end].strip()
    return _heading(claim, text) and line == text[claim.start : claim.end].strip()


def _several_then_counted(claims: list[Claim], text: str) -> list[Claim]:
    """A crosshead of "several" harmed ("Flera döda", "Several dead") above a body that counts
    them ("Minst elva personer har dödats") announces that figure: one statement, kept at the
    body's count. A headline that tells more, or a body that counts fewer, stays."""
    several = [
        c
        for c in claims
        if c.is_casualty
        and c.qualifier == "vague"
        and c.low == _SEVERAL
        and c.high is None
        and _crosshead(c, text)
    ]
    if not several:
        return claims
    dropped = {
        id(c)
        for c in several
        if any(
            d.is_casualty
            and d.measure == c.measure
            and d.qualifier != "vague"
            and (d.low or 0) >= _SEVERAL
            and d.start > c.end
            and not _heading(d, text)
            for d in claims
        )
    }
    return [c for c in claims if id(c) not in dropped] if dropped else claims


def _heading_of_bound(claims: list[Claim], text: str) -> list[Claim]:
    """A heading's plain figure ("400,000 Displaced") that the body gives as its upper bound
    ("up to 400,000 people") is that bound told short: one statement, kept at the body's
    reading (p17en)."""
    headed = [
        c
        for c in claims
        if c.is_casualty and c.qualifier == "exact" and c.low is not None and _heading(c, text)
    ]
    if not headed:
        return claims
    bounds = {
        (c.measure, c.high)
        for c in claims
        if c.is_casualty and c.qualifier == "up_to" and not _heading(c, text)
    }
    dropped = {id(c) for c in headed if (c.measure, c.low) in bounds}
    return [c for c in claims if id(c) not in dropped] if dropped else claims


def merge_repeats(claims: list[Claim], pack: LanguagePack, text: str = "") -> list[Claim]:
    """Merge repeated casualty claims; quantities and negated claims pass through. ``text``
    is the document the claims' offsets point into."""
    claims = _several_then_counted(_dead_then_found(claims, text), text)
    if text:
        claims = _heading_of_bound(claims, text)
    voice = publisher_voice(text, pack) if text else None
    kept: list[Claim] = []
    # kept casualty claims per (measure, low), in order: a repeat always shares both (see
    # _same_figure), so each claim is compared with its few look-alikes, not every kept claim
    by_figure: dict[tuple[str, int | None], list[int]] = {}
    for claim in claims:
        if not claim.is_casualty:
            kept.append(claim)
            continue
        alike = by_figure.setdefault((claim.measure, claim.low), [])
        match = next(
            (
                i
                for i in alike
                if _same_figure(kept[i], claim)
                and _compatible(kept[i], claim, pack)
                and not _listed(kept[i], claim, text, pack)
                and not _apart(kept[i], claim)
                and not _voiced_apart(kept[i], claim)
                and not _two_sources(kept[i], claim, text, pack)
                and not _other_people(kept[i], claim, pack)
            ),
            None,
        )
        if match is None:
            alike.append(len(kept))
            kept.append(claim)
            continue
        best, other = (
            (claim, kept[match])
            if _rank(claim, pack) > _rank(kept[match], pack)
            else (kept[match], claim)
        )
        if (
            (best.speaker is None and other.speaker is not None)
            or _fuller(other, best)
            or _named_over_voice(other, best, voice)
        ):
            # the repeat names who says so: the statement is attributed
            best = best.model_copy(
                update={
                    "speaker": other.speaker,
                    "attribution_chain": list(other.attribution_chain),
                }
            )
        kept[match] = best
    return sorted(kept, key=lambda c: c.start)
