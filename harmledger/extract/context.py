"""Circumstances of a claim: alleged perpetrator, weapon, place and period.

Each is found once per document (actor and weapon aliases from the pack, places from the
gazetteer, periods from :mod:`periods`) and given to a claim by proximity: the nearest mention
in the claim's sentence, else the latest one before it in the document (news writes the place
and the attacker once, early).
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path

from harmledger.extract.language_pack import LanguagePack, actor_names
from harmledger.extract.lexicon import Span
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
        marks: list[list[Span]],
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
        found = []
        for k in range(len(self.doc.words)):
            for cat, _, _ in self.marks[k]:
                if cat.startswith("actor:"):
                    actor = cat[6:]
                    if names.get(actor, {}).get("belligerent", False):
                        found.append((k, actor))
        return found

    @cached_property
    def _weapons(self) -> list[tuple[int, str]]:
        return [
            (k, cat[7:])
            for k in range(len(self.doc.words))
            for cat, _, _ in self.marks[k]
            if cat.startswith("weapon:")
        ]

    @cached_property
    def _gazetteer(self) -> Gazetteer:
        return with_user_file(self.gazetteer_file)

    @cached_property
    def _places(self) -> list[tuple[int, Place]]:
        gazetteer = self._gazetteer
        found: list[tuple[int, Place]] = []
        words = self.doc.words
        k = 0
        while k < len(words):
            word = words[k]
            arabic = self.pack.lang == "ar"
            if word.is_digit or not (arabic or word.text[:1].isupper()):
                k += 1
                continue
            forms_k = self.pack.forms(word.norm) if arabic else (word.norm,)
            if not any(f in gazetteer.first_words for f in forms_k):
                k += 1
                continue
            if any(c.startswith(_PLACE_SKIP) for c, _, _ in self.marks[k]):
                k += 1
                continue
            hit = None
            for size in range(min(gazetteer.longest, 4), 0, -1):
                if k + size > len(words):
                    continue
                norms = [w.norm for w in words[k : k + size]]
                forms = self.pack.forms(norms[0]) if arabic else (norms[0],)
                for form in forms:
                    place = gazetteer.lookup([form, *norms[1:]])
                    if place is not None:
                        hit = (size, place)
                        break
                if hit:
                    break
            if hit:
                found.append((k, hit[1]))
                k += hit[0]
            else:
                k += 1
        return found

    @cached_property
    def _periods(self) -> list[Period]:
        return find_periods(self.doc, self.pack, self.marks, self.published)

    def _nearest(self, items: list[tuple[int, object]], position: int) -> object | None:
        sentence = self.doc.sentence[position]
        same = [
            (abs(k - position), value) for k, value in items if self.doc.sentence[k] == sentence
        ]
        if same:
            return min(same, key=lambda pair: pair[0])[1]
        before = [value for k, value in items if k < position]
        return before[-1] if before else None

    def perpetrator_for(self, position: int) -> str | None:
        """Stable actor id of the alleged perpetrator nearest the claim."""
        value = self._nearest(self._actors, position)  # type: ignore[arg-type]
        return str(value) if value else None

    def weapon_for(self, position: int) -> str | None:
        """Stable weapon id nearest the claim."""
        value = self._nearest(self._weapons, position)  # type: ignore[arg-type]
        return str(value) if value else None

    def place_for(self, position: int) -> Place | None:
        """The gazetteer place nearest the claim."""
        value = self._nearest(self._places, position)  # type: ignore[arg-type]
        return value if isinstance(value, Place) else None

    def period_for(self, position: int) -> Period | None:
        """The period in the claim's sentence, if any (periods do not carry across sentences)."""
        sentence = self.doc.sentence[position]
        same = [p for p in self._periods if self.doc.sentence[p.i] == sentence]
        if not same:
            return None
        return min(same, key=lambda p: abs(p.i - position))
