"""Harm stated in the plural with no figure: "others were injured", "a number of civilians were
killed", "killing and wounding others", "there were martyrs and wounded".

The labelling conventions make no claim of these: an unquantified word is not a count. But a
plural says that at least two were hurt, and a monitor codes such a report as two when it gives
no figure (Airwars' methodology, the practice incident figures follow). So a document whose
claims state no figure of a measure keeps its plurals of that measure as claims of their own kind,
``uncounted`` (low 2, open): never a casualty claim, so no tally or score counts them; only a
report's lead figure reads one, when nothing firmer is stated
(:mod:`harmledger.assess.report_totals`). The words are pack data (``[uncounted]``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from harmledger.extract.language_pack import LanguagePack
from harmledger.extract.lexicon import Marks
from harmledger.extract.reading import Cue
from harmledger.extract.text import Doc, normalize

MEASURES = ("killed", "injured")
PLURAL = 2  # the fewest a plural can mean
REACH_AFTER = (
    5  # words from "a number of" / "others" to the harm it has ("others were also injured")
)
REACH_BEFORE = 3  # words from the harm to the plural it governs ("injuring a number of")
_NEGATIONS = frozenset(("neg:words", "neg:zero"))
_NEGATION_REACH = 3  # "no other injuries", "did not report any deaths"
_LONGEST = 8  # words in the longest quantifier phrase ("an unspecified number of")
_COUNTED_BEFORE = 2  # words from a number to the plural it counts ("two other people")


@dataclass(frozen=True)
class Plural:
    """Harm of ``measure`` stated in the plural with no figure, at words ``[i, j)``; ``low`` is
    two, or the pack's ``large_low`` for a large plural ("a large number of"). ``quantified``:
    said with a plural quantifier ("a number of", "others"), not a plural noun alone
    ("injuries", "martyrs"), which is as often a generic word ("joined the martyrs") or one
    person's ("injuries sustained in the strike") as a count of people."""

    i: int
    j: int
    measure: str
    low: int = PLURAL
    quantified: bool = False


def _measures(cue: Cue) -> tuple[str, ...]:
    if cue.measure in MEASURES:
        return (cue.measure,)
    return MEASURES if cue.combined else ()  # "killed and wounded"; "casualties" is neither


def _negated(marks: Marks, i: int) -> bool:
    for k in range(max(0, i - _NEGATION_REACH), i):  # a loop: no generator per plural
        if not _NEGATIONS.isdisjoint(marks.cats[k]):
            return True
    return False


_CLITIC = 3  # letters a head noun may carry before it ("بمستشفى": at the hospital)
_JOINERS = ("-", "\u2010", "\u2011")


def _in_name(doc: Doc, i: int, j: int, heads: list[str]) -> bool:
    """Whether the harm noun at words ``[i, j)`` is a word of a place's name: right after a noun
    that heads one (a hospital, a school, a brigade, a square: the pack's ``name_heads``, with a
    clitic before it), or joined by a hyphen to the word after it ("Märtyrer-Krankenhaus")."""
    if j < len(doc.words) and doc.gaps[j] in _JOINERS:
        return True
    if not i or doc.sentence[i - 1] != doc.sentence[i] or doc.gaps[i].strip():
        return False
    word = doc.words[i - 1].norm
    return any(word.endswith(h) and len(word) - len(h) <= _CLITIC for h in heads)


_Lists = tuple[list[tuple[str, ...]], frozenset[str], list[str]]
_LISTS: dict[int, tuple[LanguagePack, _Lists]] = {}


def _lists(pack: LanguagePack) -> _Lists:
    """The pack's ``uncounted`` phrases a plural may not follow, possessives and name heads,
    normalised once per pack (not once per document)."""
    kept = _LISTS.get(id(pack))
    if kept is not None and kept[0] is pack:
        return kept[1]
    data = pack.raw["uncounted"]
    lists: _Lists = (
        [tuple(normalize(phrase).split()) for phrase in data.get("not_after", [])],
        frozenset(normalize(word) for word in data.get("possessives", [])),
        [normalize(word) for word in data.get("name_heads", [])],
    )
    _LISTS[id(pack)] = (pack, lists)
    return lists


def plurals(
    doc: Doc, pack: LanguagePack, marks: Marks, cues: list[Cue], numbers: list[int]
) -> list[Plural]:
    """Every plural with no figure: a plural quantifier ("a number of", "others") with a harm cue
    just after it, or a harm cue with one just after it ("injuring others"), or a noun that is
    the harm in the plural ("injuries", "the wounded"), not one person's ("his injuries").
    ``numbers`` are the word positions where numbers start: none may stand between the two."""
    if not pack.raw.get("uncounted"):
        return []
    sentence = doc.sentence
    found: list[Plural] = []
    counted = set(numbers)
    data = pack.raw["uncounted"]
    not_after, possessives, heads = _lists(pack)

    def counts_something(i: int) -> bool:  # "the number of people wounded"
        before = tuple(w.norm for w in doc.words[max(0, i - 3) : i])
        return any(before[len(before) - len(p) :] == p for p in not_after if len(p) <= len(before))

    harm = {k for cue in cues for k in range(cue.i, cue.j)}

    def numbered(i: int) -> bool:  # "two people", "two other people"; not "two killed, others"
        return any(
            k in counted
            and not harm.intersection(range(k, i))
            and not doc.punct_between(k, i).strip()  # "October 14, 2023, a number of"
            for k in range(i - _COUNTED_BEFORE, i)
        )

    large = int(data.get("large_low", PLURAL))
    quantifiers = [
        (i, j, large if cat == "unc:large" else PLURAL, cat != "unc:people")
        for cat, i, j in marks.family("unc")
        if cat in ("unc:quantifiers", "unc:large", "unc:people")
        and not numbered(i)
        and not counts_something(i)
    ]
    starts = [q[0] for q in quantifiers]
    # a quantifier with a harm of its own right after it is that harm's subject, not the object
    # of a harm before it: "two were killed and a number of others were injured" injures them
    subjects = {
        i
        for cue in cues
        if _measures(cue)
        for i, j, _, _ in quantifiers[
            bisect_left(starts, cue.i - REACH_AFTER - _LONGEST) : bisect_right(starts, cue.i)
        ]
        if j <= cue.i <= j + REACH_AFTER
        and sentence[i] == sentence[cue.i]
        and not counted.intersection(range(i, cue.i))
    }
    # a harm cue between a cue and a quantifier after it is the quantifier's own verb, in
    # verb-first order too ("قتل مسعف وأصيب آخرون": a medic killed, others injured)
    harm_starts = sorted(cue.i for cue in cues if _measures(cue))
    for cue in cues:
        measures = _measures(cue)
        if not measures or _negated(marks, cue.i):
            continue
        lo = bisect_left(starts, cue.i - REACH_AFTER - _LONGEST)
        hi = bisect_right(starts, cue.j + REACH_BEFORE)
        for i, j, low, quantified in quantifiers[
            lo:hi
        ]:  # the few near the cue: linear in the document
            after = j <= cue.i <= j + REACH_AFTER and not counted.intersection(range(i, cue.i))
            before = (
                cue.j <= i <= cue.j + REACH_BEFORE
                and i not in subjects
                and bisect_left(harm_starts, cue.j) == bisect_left(harm_starts, i)
                and not counted.intersection(range(cue.j, i))
            )
            if (after or before) and sentence[i] == sentence[cue.i] and not _negated(marks, i):
                found += [
                    Plural(min(i, cue.i), max(j, cue.j), m, low, quantified) for m in measures
                ]
    names = bool(data.get("names_capitalised", False))  # not German, whose nouns all are
    for cat, i, j in marks.family("unc"):
        measure = cat.partition(":")[2]
        if measure not in MEASURES or _negated(marks, i) or counts_something(i):
            continue
        if i > 0 and doc.words[i - 1].norm in possessives:
            continue  # "his injuries" are one person's
        if names and i and sentence[i - 1] == sentence[i] and doc.words[i].text[:1].isupper():
            continue  # a name's word mid-sentence: "Martyrs Hospital"
        if _in_name(doc, i, j, heads):
            continue  # "مستشفى شهداء الأقصى", "Märtyrer-Krankenhaus": a place named after them
        found.append(Plural(i, j, measure))
    first: dict[tuple[str, int], Plural] = {}  # one per measure and sentence
    # a large plural first, then a quantified one
    for p in sorted(found, key=lambda p: (-p.low, not p.quantified, p.i, -p.j)):
        first.setdefault((p.measure, sentence[p.i]), p)
    return sorted(first.values(), key=lambda p: (p.i, p.measure))
