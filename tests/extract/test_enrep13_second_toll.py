"""A second toll after the first one's verb ("put the toll at 31 dead on Monday, and at 35 on
Friday"), written and labelled by the labeller of branch enrep13 before running the extractor on
them. Conventions: superseded tolls are still claims, one per figure. Names, places and figures
are invented."""

from __future__ import annotations

import pytest

from tests.extract.incident_reports import Reading, readings

# (lang, text, readings that must be there)
TOLLS: list[tuple[str, str, list[Reading]]] = [
    (
        "en",
        "The health office put the toll at 31 dead on Monday, and at 35 on Friday.",
        [("killed", "people", 31, 31, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "en",
        "Officials first put the number of dead at 12, then at 19.",
        [("killed", "people", 12, 12, "exact"), ("killed", "people", 19, 19, "exact")],
    ),
    (
        "en",
        "Rescuers put the death toll at 8 on Tuesday and at 11 a day later.",
        [("killed", "people", 8, 8, "exact"), ("killed", "people", 11, 11, "exact")],
    ),
    (
        "fr",
        "La direction de la santé a chiffré le bilan à 31 morts lundi, puis à 35 vendredi.",
        [("killed", "people", 31, 31, "exact"), ("killed", "people", 35, 35, "exact")],
    ),
    (
        "es",
        "Las autoridades cifraron el balance en 12 muertos el lunes y en 19 el martes.",
        [("killed", "people", 12, 12, "exact"), ("killed", "people", 19, 19, "exact")],
    ),
    (
        "de",
        "Die Behörden bezifferten die Zahl der Toten am Montag auf 12 und am Dienstag auf 19.",
        [("killed", "people", 12, 12, "exact"), ("killed", "people", 19, 19, "exact")],
    ),
    (
        "sv",
        "Myndigheterna angav dödssiffran till 12 på måndagen och till 19 på tisdagen.",
        [("killed", "people", 12, 12, "exact"), ("killed", "people", 19, 19, "exact")],
    ),
    (
        "ar",
        "قدرت السلطات الحصيلة بـ12 قتيلا يوم الاثنين ثم بـ19 يوم الثلاثاء.",
        [("killed", "people", 12, 12, "exact"), ("killed", "people", 19, 19, "exact")],
    ),
]

# sentences the extractor does not read so: (lang, text) -> reason
GAPS: dict[tuple[str, str], str] = {
    (
        "de",
        "Die Behörden bezifferten die Zahl der Toten am Montag auf 12 und am Dienstag auf 19.",
    ): "a verb of putting a toll before its figures ('bezifferten ... auf 12 und ... auf 19') "
    "gives its toll to the first figure only: the second is no claim",
    ("ar", "قدرت السلطات الحصيلة بـ12 قتيلا يوم الاثنين ثم بـ19 يوم الثلاثاء."): "a second "
    "toll after 'ثم' with the preposition written on ('ثم بـ19') is no claim",
}


@pytest.mark.parametrize(
    ("lang", "text", "must"),
    [
        pytest.param(
            lang,
            text,
            must,
            id=f"{lang}-{i}",
            marks=(
                [pytest.mark.xfail(strict=True, reason=GAPS[(lang, text)])]
                if (lang, text) in GAPS
                else []
            ),
        )
        for i, (lang, text, must) in enumerate(TOLLS)
    ],
)
def test_second_toll_is_read(lang: str, text: str, must: list[Reading]) -> None:
    found = readings(text, lang)
    for reading in must:
        assert reading in found, (reading, sorted(found, key=str))
