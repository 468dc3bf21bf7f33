"""Who a document cites, and which side a speaker is: read with the extractor's own packs.

A monitor's assessment or a news report usually names several sources ("Two sources, X and Y,
reported ...", "according to Z"), while the figures themselves sit in sentences that name no
one. Corroboration counts those cited origins, not only the speaker of each figure. A speaker's
side ("the coalition said ...") is found with the same actor aliases the extractor uses for
perpetrators, so a belligerent's own statement can be told from one about its enemy.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from harmledger.claims.origins import normalise_origin
from harmledger.extract.attribution import attribute
from harmledger.extract.language_pack import (
    LanguagePack,
    actor_names,
    available_languages,
    load_pack,
)
from harmledger.extract.text import normalize, tokenize

_NOT_A_NAME = ("fn:word", "attr:pronouns", "attr:connectors", "date:")
_MIN_NAME_CHARS = 2
SECOND = " #2"  # the second origin an unnamed plural source stands for


@lru_cache(maxsize=1)
def _plural_words() -> dict[str, frozenset[str]]:
    data = tomllib.loads(
        (resources.files("harmledger.assess") / "plural_sources.toml").read_text("utf-8")
    )
    return {lang: frozenset(normalize(w) for w in words) for lang, words in data["words"].items()}


def _plural(lang: str, name: str) -> bool:
    """Whether a cited name is an unnamed plural source ("local sources", "fuentes locales",
    "شهود عيان"): its head noun may come first or last, so any of its words counts."""
    words = _plural_words().get(lang, frozenset())
    return any(normalize(word) in words for word in name.split())


def _names_in(pack: LanguagePack, name: str) -> list[str]:
    """A speaker string split at its conjunctions ("X and Y" is two sources), cleaned. A role
    in brackets after one name ("Ana Example (spokesman for the army and navy)") stays with it,
    as the extractor writes it, so the cited origin is the claim's own."""
    role = re.search(r"\s*\([^()]*\)$", name)
    bare = name[: role.start()] if role else name
    words = [re.escape(w) for w in sorted(pack.conjunctions | {"alongside"}, key=len, reverse=True)]
    pattern = rf"\s+(?:{'|'.join(words)})\s+|\s*[,/&]\s*" if words else r"\s*[,/&]\s*"
    parts = [part.strip() for part in re.split(pattern, bare) if part and part.strip()]
    return [parts[0] + role.group(0)] if role and len(parts) == 1 else parts


def _is_name(pack: LanguagePack, name: str) -> bool:
    """Whether a speaker string names someone: not only function words, pronouns or dates."""
    if len(name) < _MIN_NAME_CHARS:
        return False
    doc = tokenize(name, pack.lang, pack.number_pattern)
    if not doc.words:
        return False
    marks = pack.lexicon.annotate([w.norm for w in doc.words])
    covered = [False] * len(doc.words)
    for k in range(len(doc.words)):
        for cat, end in marks.cats[k].items():
            if cat.startswith(_NOT_A_NAME):
                for j in range(k, min(end, len(doc.words))):
                    covered[j] = True
    return not all(covered[k] or doc.words[k].is_digit for k in range(len(doc.words)))


@lru_cache(maxsize=4096)
def cited_origins(text_sha256: str, text: str, lang: str) -> frozenset[str]:
    """Every source a document names as saying or reporting something, normalised.

    An unnamed plural source ("sources", "witnesses") is two origins: the name and the name
    with :data:`SECOND`.

    Cached by the text's hash: regrading an incident re-reads its documents often.
    """
    del text_sha256  # the cache key; the text itself decides
    if lang not in available_languages() or not text.strip():
        return frozenset()
    pack = load_pack(lang)
    doc = tokenize(text, lang, pack.number_pattern)
    marks = pack.lexicon.annotate([w.norm for w in doc.words])
    found: set[str] = set()
    for attribution in attribute(doc, pack, marks).values():
        for raw in {attribution.speaker, *attribution.chain}:
            for name in _names_in(pack, raw or ""):
                if _is_name(pack, name):
                    found.add(normalise_origin(name))
                    if _plural(lang, name):
                        found.add(normalise_origin(name) + SECOND)
    return frozenset(found)


@lru_cache(maxsize=4096)
def speaker_sides(speaker: str) -> frozenset[str]:
    """Belligerents a speaker's name refers to in any language ("the coalition" → the coalition)."""
    belligerents = {k for k, v in actor_names().items() if v.get("belligerent")}
    sides: set[str] = set()
    for lang in available_languages():
        pack = load_pack(lang)
        doc = tokenize(speaker, lang, pack.number_pattern)
        marks = pack.lexicon.annotate([w.norm for w in doc.words])
        for k in range(len(doc.words)):
            sides.update(cat[6:] for cat in marks.cats[k] if cat.startswith("actor:"))
    return frozenset(sides & belligerents)


@lru_cache(maxsize=1)
def _actor_aliases() -> dict[str, dict[str, str]]:
    """Per language, each actor alias (as the pack tokenizes it) and the actor it names."""
    aliases: dict[str, dict[str, str]] = {}
    for lang in available_languages():
        pack = load_pack(lang)
        named = aliases.setdefault(lang, {})
        for actor, record in actor_names().items():
            for alias in [actor.replace("_", " "), str(record.get("name", ""))]:
                named[_words(pack, lang, alias)] = actor
        for actor, written in pack.raw.get("actors", {}).items():
            for alias in written if isinstance(written, list) else []:
                named.setdefault(_words(pack, lang, str(alias)), actor)
    return aliases


def _words(pack: LanguagePack, lang: str, text: str) -> str:
    return " ".join(w.norm for w in tokenize(text, lang, pack.number_pattern).words)


@lru_cache(maxsize=4096)
def actor_named(name: str) -> str | None:
    """The actor id a speaker or origin is the whole name of, in any language ("the US-led
    coalition" → ``us_led_coalition``), leading function words aside; None when it names a
    person or anything more ("a spokesman for the coalition" is not the coalition)."""
    for lang, named in _actor_aliases().items():
        pack = load_pack(lang)
        doc = tokenize(name, lang, pack.number_pattern)
        words = [w.norm for w in doc.words]
        marks = pack.lexicon.annotate(words)
        start = 0
        while start < len(words) - 1 and "fn:word" in marks.cats[start]:
            start += 1
        found = named.get(" ".join(words[start:]))
        if found is not None:
            return found
    return None
