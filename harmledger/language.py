"""Language detection with lingua, restricted to the languages harmledger is configured for.

Restricting the candidate set makes lingua faster and far more accurate on short texts; below
the confidence floor we say ``und`` (undetermined) rather than guess.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

DEFAULT_LANGUAGES: tuple[str, ...] = (
    "ar",
    "de",
    "en",
    "es",
    "fa",
    "fr",
    "he",
    "ru",
    "sv",
    "tr",
    "uk",
)
UNDETERMINED = "und"
DEFAULT_CONFIDENCE_FLOOR = 0.5
_SAMPLE_CHARS = 20_000


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


def detect_language(
    text: str,
    languages: tuple[str, ...] = DEFAULT_LANGUAGES,
    floor: float = DEFAULT_CONFIDENCE_FLOOR,
) -> tuple[str, float]:
    """Return ``(iso639-1 code, confidence)`` for ``text``, or ``("und", confidence)``.

    Only the first 20,000 characters are looked at: enough for any language, bounded for huge
    inputs.
    """
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED, 0.0
    values = _detector(tuple(sorted(set(languages)))).compute_language_confidence_values(sample)
    if not values:
        return UNDETERMINED, 0.0
    best = values[0]
    confidence = round(float(best.value), 4)
    if confidence < floor:
        return UNDETERMINED, confidence
    return best.language.iso_code_639_1.name.lower(), confidence
