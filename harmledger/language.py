"""Language detection with lingua over a fixed, offline candidate set, plus Kurdish by its letters.

The candidates are the six languages with an extraction pack *and* the languages whose reporting
of this field a user is likely to ingest, above all the close neighbours of the six: Danish and
Norwegian (else read as Swedish), Italian and Portuguese (else Spanish), Dutch (else German),
Urdu (else Persian or Arabic), Russian, Ukrainian, Turkish, Persian, Hebrew, Swahili, Somali. A
document in one of them is stored with its true language and kept, and extraction says it is not
supported instead of reading it with the wrong pack. lingua has no Kurdish model, so Kurdish is
recognised first by the letters its two written forms use and their neighbours do not: Sorani
(Arabic script) ڵ ڕ ێ ۆ ە, which Arabic, Persian and Urdu lack; Kurmanji (Latin script) ê î û,
which French and Portuguese also have, so Kurmanji also needs its own small words (û "and", ji
"from", jî "also", xwe "self", bû/bûn "was/were", ...).

More candidates spread lingua's confidence over related languages, so the top language is taken
when its confidence is at least ``floor`` *or* it leads the runner-up clearly (``margin`` times,
and at least ``DEFAULT_MIN_LEAD``); otherwise the answer is ``und`` (undetermined) rather than a
guess.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

DEFAULT_LANGUAGES: tuple[str, ...] = (
    "ar",
    "da",
    "de",
    "en",
    "es",
    "fa",
    "fr",
    "he",
    "it",
    "ku",
    "nb",
    "nl",
    "pt",
    "ru",
    "so",
    "sv",
    "sw",
    "tr",
    "uk",
    "ur",
)
UNDETERMINED = "und"
KURDISH = "ku"
DEFAULT_CONFIDENCE_FLOOR = 0.5
DEFAULT_MARGIN = 1.5
DEFAULT_MIN_LEAD = 0.2
_SAMPLE_CHARS = 20_000
# Letters of written Kurdish that Arabic, Persian and Urdu (Sorani) or Turkish (Kurmanji) lack.
_SORANI = re.compile(r"[ڵڕێۆە]")
_KURMANJI = re.compile(r"[êîûÊÎÛ]")
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF]+")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ]+")
_KURMANJI_WORDS = frozenset(
    {"û", "ji", "jî", "xwe", "wî", "wê", "yên", "bû", "bûn", "hat", "hatin", "kir", "kirin", "dibe"}
)
_KURDISH_WORD_SHARE = 0.15
_KURDISH_MIN_WORDS = 3
_KURMANJI_MIN_SMALL_WORDS = 2


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]) -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = []
    for code in languages:
        try:
            chosen.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError) as error:
            from harmledger.errors import ConfigError

            raise ConfigError(f"unknown language code {code!r} in the detection set") from error
    if len(chosen) < 2:
        from harmledger.errors import ConfigError

        raise ConfigError("language detection needs at least two candidate languages")
    return LanguageDetectorBuilder.from_languages(*chosen).build()


def _kurdish(sample: str) -> float:
    """Confidence that ``sample`` is Kurdish: the share of its words (in the script it is mostly
    written in) that carry a Kurdish letter, scaled so that twice the threshold is 1.0; 0.0 below
    the threshold, with fewer than three such words, or (Latin script) without Kurmanji's small
    words."""
    arabic = _ARABIC_WORD.findall(sample)
    latin = _LATIN_WORD.findall(sample)
    if len(arabic) > len(latin):
        words, letters = arabic, _SORANI
    else:
        small = sum(1 for w in latin if w.lower() in _KURMANJI_WORDS)
        if small < _KURMANJI_MIN_SMALL_WORDS:
            return 0.0
        words, letters = latin, _KURMANJI
    marked = sum(1 for w in words if letters.search(w))
    if marked < _KURDISH_MIN_WORDS or marked < _KURDISH_WORD_SHARE * len(words):
        return 0.0
    return round(min(1.0, marked / len(words) / (2 * _KURDISH_WORD_SHARE)), 4)


def detect_language(
    text: str,
    languages: tuple[str, ...] = DEFAULT_LANGUAGES,
    floor: float = DEFAULT_CONFIDENCE_FLOOR,
    margin: float = DEFAULT_MARGIN,
) -> tuple[str, float]:
    """Return ``(iso639-1 code, confidence)`` for ``text``, or ``("und", confidence)``.

    Only the first 20,000 characters are looked at: enough for any language, bounded for huge
    inputs.
    """
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED, 0.0
    if KURDISH in languages:
        kurdish = _kurdish(sample)
        if kurdish >= floor:
            return KURDISH, kurdish
        languages = tuple(code for code in languages if code != KURDISH)
    values = _detector(tuple(sorted(set(languages)))).compute_language_confidence_values(sample)
    if not values:
        return UNDETERMINED, 0.0
    best = values[0]
    confidence = round(float(best.value), 4)
    runner_up = float(values[1].value) if len(values) > 1 else 0.0
    clear_lead = confidence >= DEFAULT_MIN_LEAD and confidence >= margin * runner_up
    if confidence < floor and not clear_lead:
        return UNDETERMINED, confidence
    return best.language.iso_code_639_1.name.lower(), confidence
