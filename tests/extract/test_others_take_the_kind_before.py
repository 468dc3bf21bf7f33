"""'N others' with a casualty noun or verb after a lone victim or a count are of the kind counted
before them ("a soldier was killed and three others wounded": three soldiers), in every language.
Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, str | None, int | None]]:
    return sorted((c.measure, c.who, c.low) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("en", "A soldier was killed and three others were wounded.", "combatants"),
        ("fr", "Un soldat a été tué et trois autres blessés.", "combatants"),
        ("fr", "Deux civils ont été tués et trois autres blessés.", "civilians"),
        ("de", "Ein Soldat wurde getötet, drei weitere wurden verletzt.", "combatants"),
        ("sv", "En civil dödades och tre andra skadades.", "civilians"),
        ("ar", "قتل مدني وأصيب ثلاثة آخرون في القصف.", "civilians"),
        ("ar", "أعلن الجيش مقتل جنديين وإصابة ثلاثة آخرين بجروح.", "combatants"),
        ("ar", "قتل خمسة أطفال وأصيب ثلاثة آخرون بجروح.", "children"),
        ("es", "Un soldado murió y otros tres resultaron heridos.", "combatants"),
    ],
)
def test_others_are_of_the_kind_counted_before(lang: str, text: str, who: str) -> None:
    readings = _readings(text, lang)
    assert [r for r in readings if r[0] == "injured"] == [("injured", who, 3)], readings
