"""Where adjectives follow their noun (French, Spanish), a speaker noun with a lower-case
adjective or demonym after it is still the speaker ("les rebelles tigréens font état de", "las
autoridades ucranianas informaron"). Sentences of our own; English and German put the
adjective first and need no rule."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("fr", "Les rebelles tigréens font état de 56 morts.", "rebelles tigréens"),
    ("fr", "Les autorités ukrainiennes ont fait état de 3 morts.", "autorités ukrainiennes"),
    ("fr", "Les secouristes syriens ont annoncé 3 morts.", "secouristes syriens"),
    ("fr", "Les médias locaux ont indiqué que 3 personnes ont été tuées.", "médias locaux"),
    ("es", "Las autoridades ucranianas informaron de 3 muertos.", "autoridades ucranianas"),
    ("en", "Ukrainian authorities reported 3 dead.", "Ukrainian authorities"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), CASES)
def test_a_speaker_noun_keeps_its_adjective(lang: str, text: str, speaker: str) -> None:
    assert [c.speaker for c in extract_claims(text, lang) if c.is_casualty] == [speaker]


def test_the_subject_of_a_killing_verb_is_no_speaker() -> None:
    text = "Les combattants syriens ont tué 3 civils, a indiqué la police."
    assert [c.speaker for c in extract_claims(text, "fr") if c.is_casualty] == ["police"]
