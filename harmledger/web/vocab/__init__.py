"""What users read instead of ids: one vocabulary file per language (``en.toml``, ``ar.toml``).

Every id the library stores (a measure such as ``killed_or_injured``, a grade, a voice, a
belligerent such as ``us_led_coalition``, a victim category) and every string of the interface
has a label in each vocabulary. The pages never print an id: they ask :meth:`Vocabulary.label`.
English sentences the library writes (grading reasons, linking reasons, linkage evidence) are
translated as phrases, with ``{n}`` standing for a number or a name inside them.

Adding a language is adding a file here: its ``[meta]`` gives its name and writing direction,
and a key it lacks falls back to English (the tests require every key in every file).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

DEFAULT = "en"
_PLACEHOLDER = re.compile(r"\\\{(\w+)\\\}")


def _read(code: str) -> dict[str, dict[str, str]]:
    text = (resources.files("harmledger.web.vocab") / f"{code}.toml").read_text("utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """The language codes that have a vocabulary file, English first."""
    found = sorted(
        entry.name.removesuffix(".toml")
        for entry in resources.files("harmledger.web.vocab").iterdir()
        if entry.name.endswith(".toml")
    )
    return (DEFAULT, *[code for code in found if code != DEFAULT])


@dataclass(frozen=True)
class Vocabulary:
    """One language's labels; ``fallback`` (English) answers for a key this one lacks."""

    code: str
    entries: dict[str, dict[str, str]]
    fallback: Vocabulary | None = None
    _phrases: list[tuple[re.Pattern[str], str]] = field(default_factory=list, repr=False)

    @property
    def name(self) -> str:
        return self.entries["meta"]["name"]

    @property
    def dir(self) -> str:
        return self.entries["meta"].get("dir", "ltr")

    def lookup(self, section: str, key: str) -> str | None:
        found = self.entries.get(section, {}).get(key)
        if found is None and self.fallback is not None:
            return self.fallback.lookup(section, key)
        return found

    def ui(self, name: str, /, **values: Any) -> str:
        """An interface string; ``{field}``s are filled from ``values``."""
        text = self.lookup("ui", name)
        if text is None:
            raise KeyError(f"no interface string {name!r} in the {self.code} vocabulary")
        return text.format(**values) if values else text

    def label(self, section: str, value: Any) -> str:
        """The label of an id (``label("grades", "fair")`` → "Fair"), or of an actor's name
        in any language; an id of no vocabulary is shown as words ("some_party" → "some
        party"), never as an id; None is "unknown"."""
        if value is None or value == "":
            return self.ui("unknown")
        found = self.lookup(section, str(value))
        if found is None and section == "actors":
            found = self._actor(str(value))
        if found is not None:
            return found
        return str(value).replace("_", " ")

    def _actor(self, name: str) -> str | None:
        """An origin or speaker stored as written ("the us-led coalition") that is the whole
        name of a known actor gets that actor's label, in this language."""
        from harmledger.assess.citations import actor_named  # the extractor's packs: lazily

        actor = actor_named(name)
        return self.lookup("actors", actor) if actor else None

    def definition(self, grade: str | None) -> str:
        """What a grade means, as the methodology defines it."""
        return self.lookup("grade_definitions", grade or "ungraded") or ""

    def phrase(self, text: str) -> str:
        """A sentence the library wrote in English, in this language when the vocabulary has
        it (``{n}`` in a phrase's key matches a number or name and is carried over)."""
        exact = self.entries.get("phrases", {}).get(text)
        if exact is not None:
            return exact
        for pattern, translation in self._patterns():
            match = pattern.fullmatch(text)
            if match:
                return translation.format(**match.groupdict())
        return text

    def _patterns(self) -> list[tuple[re.Pattern[str], str]]:
        if not self._phrases:
            for key, translation in self.entries.get("phrases", {}).items():
                if "{" in key:
                    regex = _PLACEHOLDER.sub(r"(?P<\1>.+?)", re.escape(key))
                    self._phrases.append((re.compile(regex), translation))
        return self._phrases

    def date(self, iso: str | None) -> str:
        """``2017-06-06`` as "6 June 2017" (or the language's own form); ``2017-06`` as
        "June 2017"; anything else as given."""
        if not iso:
            return self.ui("undated")
        match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", str(iso)[:10])
        if not match:
            return str(iso)
        year, month, day = match.groups()
        name = self.label("months", str(int(month)))
        if day is None:
            return self.ui("month_year", month=name, year=year)
        return self.ui("day_month_year", day=int(day), month=name, year=year)

    def period(self, start: str | None, end: str | None) -> str:
        if not start and not end:
            return self.ui("undated")
        if not end or end == start:
            return self.date(start)
        return self.ui("period_range", start=self.date(start), end=self.date(end))

    def number(self, value: int | float | None) -> str:
        return "?" if value is None else f"{value:,}"

    def range(self, low: int | None, high: int | None) -> str:
        """A min–max figure: "104", "30–35", "1,601 or more", "up to 40"."""
        if low is not None and high is not None:
            if low == high:
                return self.number(low)
            # isolated left to right, so that a right-to-left page does not show "35–30"
            return f"\u2066{low:,}–{high:,}\u2069" if self.dir == "rtl" else f"{low:,}–{high:,}"
        if low is not None:
            return self.ui("at_least_n", n=self.number(low))
        if high is not None:
            return self.ui("up_to_n", n=self.number(high))
        return self.ui("unknown")

    def isolate(self, text: str) -> str:
        """``text`` (a name in any script, inside a sentence of this language) isolated, so
        that "Ar Raqqah, Syria" does not take the date after it into its left-to-right run."""
        return f"\u2068{text}\u2069"

    def join(self, items: list[str]) -> str:
        return self.ui("list_separator").join(items)


@cache
def vocabulary(code: str) -> Vocabulary:
    """The vocabulary of ``code`` (English for a language without a file)."""
    if code not in languages():
        code = DEFAULT
    english = None if code == DEFAULT else vocabulary(DEFAULT)
    return Vocabulary(code, _read(code), english)


def choose(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The language of a page: ``?lang=``, then the remembered choice (cookie), then the
    browser's preferences (``Accept-Language``, by weight), else English."""
    offered = languages()
    for chosen in (query, cookie):
        if chosen and chosen in offered:
            return chosen
    preferences: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        code = tag.strip().split("-")[0].lower()
        if code in offered and weight > 0:
            preferences.append((-weight, index, code))
    return min(preferences)[2] if preferences else DEFAULT


__all__ = ["DEFAULT", "Vocabulary", "choose", "languages", "vocabulary"]
