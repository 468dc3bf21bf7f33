"""Place cues per language (``packs/<lang>/places.toml``), normalised once.

Words around a gazetteer name say whether it is a place at all (an organisation, publisher,
channel, alliance, person or named facility is not) and whether it is where something happened
(a locative or settlement noun before it) or only a region around it. A facility noun beside a
name ("X hospital") makes it a facility's name, a place only where it agrees with the document.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from harmledger.folding import normalize_words

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class PlaceCues:
    """One language's place cues as normalised word tuples."""

    not_before: frozenset[Phrase]
    not_after: frozenset[str]
    inside: frozenset[str]
    names: frozenset[str]
    # compass words ("Osten", "norte", "Nord"): a direction, no place unless a settlement noun
    # stands right before them ("der Stadt Osten")
    compass: frozenset[str]
    locative: frozenset[Phrase]
    nearby: frozenset[Phrase]
    venue: frozenset[Phrase]
    facility: frozenset[str]
    # words that send the wounded to a facility ("taken to", "ins", "till", "إلى"): a place
    # named with that facility is where they were treated, not where harm happened
    destination: frozenset[Phrase]
    settlement: frozenset[str]
    region: frozenset[str]
    fillers: frozenset[str]
    teaser: tuple[Phrase, ...]
    # openings of a byline line ("By", "Von unserem Korrespondenten"): its place is the reporter's
    byline: tuple[Phrase, ...]
    longest_before: int
    # words after a comma that open a clause of another event ("..., medics said, as talks
    # stalled in X"): a point after them is not where the figure before them happened
    other_clause: frozenset[str] = frozenset()
    # spelling rules (from, to) that turn this language's transliteration of a name into the
    # gazetteer's ("Butja" -> "bucha"), tried only for capitalised words it does not know
    respell: tuple[tuple[str, str], ...] = ()
    # this language's letters for sounds the gazetteer's (English) transliteration writes
    # otherwise (German "dsch" -> "j", "ch" -> "kh"; Spanish "j" -> "kh"), applied in one pass
    # before a name is looked up loosely (see ``place_mentions._loose_hits``)
    loose: tuple[tuple[str, str], ...] = ()
    # endings a name may take in running text (Swedish and German genitive "Butjas", "Kiews")
    suffixes: tuple[str, ...] = ()
    # endings that make a name an adjective before a region noun ("Kiewer Gebiet": the region
    # of Kyiv), tried only there
    region_adjective: tuple[str, ...] = ()
    # region nouns a name is compounded with ("Kievregionen", "Idlibprovinsen": the region)
    region_compounds: tuple[str, ...] = ()

    @cached_property
    def context_words(self) -> frozenset[str]:
        """Single words that may stand right before a place without being part of its name
        (built once per language: it is asked for each capitalised word near a place)."""
        singles = {p[0] for p in self.locative | self.nearby if len(p) == 1}
        return frozenset(singles | self.settlement | self.region | self.fillers)


def _phrases(values: list[str]) -> frozenset[Phrase]:
    return frozenset(tuple(w) for w in map(normalize_words, values) if w)


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(" ".join(w) for w in map(normalize_words, values) if w)


@cache
def place_cues(lang: str) -> PlaceCues:
    """The cues of ``lang`` (empty when the pack has no ``places.toml``)."""
    path = resources.files("harmledger.extract") / "packs" / lang / "places.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    not_place, evidence = data.get("not_place", {}), data.get("evidence", {})
    not_before = _phrases(not_place.get("before", []))
    locative = _phrases(evidence.get("locative", []))
    nearby = _phrases(evidence.get("nearby", []))
    return PlaceCues(
        not_before=not_before,
        not_after=_words(not_place.get("after", [])),
        inside=_words(not_place.get("inside", [])),
        names=_words(not_place.get("names", [])),
        compass=_words(not_place.get("compass", [])),
        locative=locative,
        nearby=nearby,
        venue=_phrases(not_place.get("venue", [])),
        facility=_words(not_place.get("facility", [])),
        destination=_phrases(not_place.get("destination", [])),
        settlement=_words(evidence.get("settlement", [])),
        region=_words(evidence.get("region", [])),
        fillers=_words(evidence.get("fillers", [])),
        teaser=tuple(sorted(_phrases(data.get("lines", {}).get("teaser", [])), key=len)),
        byline=tuple(sorted(_phrases(data.get("lines", {}).get("byline", [])), key=len)),
        longest_before=max((len(p) for p in not_before | locative | nearby), default=1),
        other_clause=_words(evidence.get("other_clause", [])),
        respell=tuple((str(a), str(b)) for a, b in data.get("respell", {}).get("pairs", [])),
        loose=tuple((str(a), str(b)) for a, b in data.get("respell", {}).get("loose", [])),
        suffixes=tuple(str(x) for x in data.get("respell", {}).get("suffixes", [])),
        region_adjective=tuple(str(x) for x in data.get("respell", {}).get("region_adjective", [])),
        region_compounds=tuple(
            sorted(
                (
                    " ".join(normalize_words(str(x)))
                    for x in data.get("respell", {}).get("region_compounds", [])
                ),
                key=len,
                reverse=True,
            )
        ),
    )
