"""Who said it: a source with an adverb before its verb, a team that recovered the bodies it
counts, and accent-folded words that only look like a cue. Sentences are our own."""

import pytest

from harmledger.extract.engine import extract_claims

ADVERB = {
    "en": ("Radio Alpha later reported that six civilians were killed.", "Radio Alpha"),
    "fr": ("Radio Alpha a également annoncé que six civils ont été tués.", "Radio Alpha"),
    "es": ("Radio Alfa también informó que seis civiles murieron.", "Radio Alfa"),
    "de": ("Radio Alpha berichtete später, dass sechs Zivilisten getötet wurden.", "Radio Alpha"),
    "sv": ("Radio Alfa rapporterade senare att sex civila dödades.", "Radio Alfa"),
    "ar": ("وقالت إذاعة ألفا لاحقا إن ستة مدنيين قتلوا.", "إذاعة ألفا"),
}
RECOVERED = {
    "en": (
        "Rescue workers at the scene recovered twelve bodies from the rubble.",
        "Rescue workers",
    ),
    "fr": ("Les secouristes sur place ont récupéré douze corps dans les décombres.", "secouristes"),
    "es": ("Los rescatistas en el lugar recuperaron doce cuerpos de los escombros.", "rescatistas"),
    "de": ("Helfer bargen zwölf Leichen aus den Trümmern.", "Helfer"),
    "sv": (
        "Räddningsarbetare på platsen bärgade tolv kroppar ur rasmassorna.",
        "Räddningsarbetare",
    ),
    "ar": ("وانتشلت فرق الإنقاذ في الموقع 12 جثة من تحت الأنقاض.", "فرق الإنقاذ"),
}


def _speakers(text: str, lang: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.measure, c.low, c.speaker) for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize("lang", sorted(ADVERB))
def test_an_adverb_between_source_and_verb_keeps_the_source(lang: str) -> None:
    text, speaker = ADVERB[lang]
    assert _speakers(text, lang) == [("killed", 6, speaker)]


@pytest.mark.parametrize("lang", sorted(RECOVERED))
def test_the_team_that_recovered_the_bodies_is_the_source_of_the_count(lang: str) -> None:
    text, speaker = RECOVERED[lang]
    assert _speakers(text, lang) == [("bodies_recovered", 12, speaker)]


def test_a_noun_use_of_a_cue_does_not_reach_back_to_a_name() -> None:
    text = "Seven civilians died in the Northern Alliance offensive despite reports of a truce."
    assert _speakers(text, "en") == [("killed", 7, None)]


def test_swedish_so_is_not_said() -> None:
    # "så" folds to "sa" (said); only the word as written is a cue
    assert _speakers("Under de så kallade striderna dödades tusentals civila.", "sv") == [
        ("killed", 2000, None)
    ]
    assert _speakers("Tusentals civila dödades, sa IS.", "sv") == [("killed", 2000, "IS")]
