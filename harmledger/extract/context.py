"""Circumstances of a claim: alleged perpetrator, weapon, place and period.

Each is found once per document (actor and weapon aliases from the pack, places from the
gazetteer, periods from :mod:`periods`) and given to a claim by proximity: the nearest mention
in the claim's sentence, else the latest one before it in the document (news writes the place
and the attacker once, early).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from harmledger.extract.language_pack import LanguagePack, actor_names
from harmledger.extract.lexicon import Marks
from harmledger.extract.periods import Period, find_periods
from harmledger.extract.places import Gazetteer, Place, with_user_file
from harmledger.extract.text import Doc

_PLACE_SKIP = (
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


class Context:
    """Lazily computed circumstances of one document."""

    def __init__(
        self,
        doc: Doc,
        pack: LanguagePack,
        marks: Marks,
        published: dt.date | None,
        gazetteer_file: Path | None,
    ) -> None:
        self.doc = doc
        self.pack = pack
        self.marks = marks
        self.published = published
        self.gazetteer_file = gazetteer_file

    @cached_property
    def _actors(self) -> list[tuple[int, str]]:
        names = actor_names()
        return [
            (k, cat[6:])
            for cat, k, _ in self.marks.family("actor")
            if names.get(cat[6:], {}).get("belligerent", False)
        ]

    @cached_property
    def _weapons(self) -> list[tuple[int, str]]:
        return [(k, cat[7:]) for cat, k, _ in self.marks.family("weapon")]

    @cached_property
    def _gazetteer(self) -> Gazetteer:
        return with_user_file(self.gazetteer_file)

    @cached_property
    def _places(self) -> list[tuple[int, Place]]:
        gazetteer = self._gazetteer
        first, names = gazetteer.sizes, gazetteer.names
        norms = [w.norm for w in self.doc.words]
        n = len(norms)
        arabic = self.pack.lang == "ar"
        longest = min(gazetteer.longest, 4)
        cache, lang, forms_of = gazetteer.start_forms, self.pack.lang, self.pack.forms
        if arabic:  # proclitics: "وفي الرقة", "بالرقة"
            starts = []
            for k, w in enumerate(self.doc.words):
                key = (lang, w.norm)
                forms = cache.get(key)
                if forms is None:
                    forms = cache[key] = tuple(f for f in forms_of(w.norm) if f in first)
                if forms and not w.is_digit:
                    starts.append(k)
        else:  # a place name is capitalised
            starts = [
                k
                for k, w in enumerate(self.doc.words)
                if w.text[:1].isupper() and not w.is_digit and w.norm in first
            ]
        found: list[tuple[int, Place]] = []
        k = 0
        for start in starts:
            if start < k:
                continue  # inside the previous place name
            k = start
            if any(c.startswith(_PLACE_SKIP) for c, _, _ in self.marks[k]):
                continue
            forms = cache[(lang, norms[k])] if arabic else (norms[k],)
            limit = min(longest, n - k)
            lengths = 0
            for form in forms:
                lengths |= first[form]
            hit = None
            for size in range(limit, 0, -1):  # the longest name first
                if not lengths >> size & 1:
                    continue
                rest = tuple(norms[k + 1 : k + size])
                for form in forms:
                    row = names.get((form, *rest)) if first[form] >> size & 1 else None
                    if row is not None:
                        hit = (size, Place(*row))
                        break
                if hit:
                    break
            if hit:
                found.append((k, hit[1]))
                k += hit[0]
        return found

    @cached_property
    def _periods(self) -> list[Period]:
        return find_periods(self.doc, self.pack, self.marks, self.published)

    def _nearest(self, items: Sequence[tuple[int, object]], position: int) -> object | None:
        """The item nearest ``position`` in its sentence (the first of equals), else the last
        one before it. ``items`` are in text order, so each sentence's items are a slice."""
        if not items:
            return None
        sentence = self.doc.sentence
        ks = [k for k, _ in items]
        first = bisect_left(ks, bisect_left(sentence, sentence[position]))
        end = bisect_left(ks, bisect_right(sentence, sentence[position]))
        if first < end:
            best = min(range(first, end), key=lambda t: abs(ks[t] - position))
            return items[best][1]
        before = bisect_left(ks, position) - 1
        return items[before][1] if before >= 0 else None

    def perpetrator_for(self, position: int) -> str | None:
        """Stable actor id of the alleged perpetrator nearest the claim."""
        value = self._nearest(self._actors, position)
        return str(value) if value else None

    def weapon_for(self, position: int) -> str | None:
        """Stable weapon id nearest the claim."""
        value = self._nearest(self._weapons, position)
        return str(value) if value else None

    def place_for(self, position: int) -> Place | None:
        """The gazetteer place nearest the claim."""
        value = self._nearest(self._places, position)
        return value if isinstance(value, Place) else None

    def period_for(self, position: int) -> Period | None:
        """The period in the claim's sentence, if any (periods do not carry across sentences)."""
        sentence = self.doc.sentence[position]
        same = [p for p in self._periods if self.doc.sentence[p.i] == sentence]
        if not same:
            return None
        return min(same, key=lambda p: abs(p.i - position))
