"""A town named in a report on a country is that country's town, not a bigger namesake abroad.

GeoNames keeps one place per name in the index (the most populous); the others are kept as
homonyms. A report that names the country the town is in gets that country's town; a big city
keeps its name whatever other countries the report names.
"""

from __future__ import annotations

import pytest

from harmledger import gazetteer
from harmledger.extract import extract_claims


def _countries(text: str, lang: str) -> list[str]:
    claims = extract_claims(text, lang)
    assert claims, text
    found = []
    for claim in claims:
        record = gazetteer.record(claim.place)
        found.append(record.country if record else "")
    return found


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "Shelling of Tokmak in southern Ukraine killed two civilians on Monday.", "UA"),
        ("de", "In Tokmak in der Ukraine wurden bei einem Angriff drei Zivilisten getötet.", "UA"),
        ("fr", "À Tokmak, en Ukraine, une frappe a tué quatre civils selon la mairie.", "UA"),
        ("es", "Un ataque en Ras al-Ain, en el norte de Siria, mató a siete civiles.", "SY"),
        ("sv", "Ett flyganfall i Ras al-Ain i norra Syrien dödade sju civila i går.", "SY"),
        ("en", "A car bomb in Ras al-Ain, a Syrian border town, killed nine people.", "SY"),
        ("fr", "Une frappe à Asadabad, dans l'est de l'Afghanistan, a tué cinq civils.", "AF"),
        ("ar", "قتل خمسة مدنيين في قصف على العزيزية جنوب بغداد في العراق.", "IQ"),
    ],
)
def test_town_in_the_country_the_report_names(lang: str, text: str, country: str) -> None:
    assert set(_countries(text, lang)) == {country}


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        # a capital stays itself although the report names another country with a village of
        # that name
        ("en", "US officials said a blast in Kabul killed ten people on Friday.", "AF"),
        ("sv", "Enligt amerikanska tjänstemän dödades tio personer i Kabul.", "AF"),
    ],
)
def test_a_big_city_keeps_its_name(lang: str, text: str, country: str) -> None:
    assert set(_countries(text, lang)) == {country}


def test_without_a_named_country_the_most_populous_place_stands() -> None:
    table = gazetteer.table()
    row = table.index["tokmak"]
    assert table.countries[row] != "UA"  # Kyrgyzstan's Tokmok is bigger: the index keeps it
    assert any(table.countries[r] == "UA" for r in table.homonyms["tokmak"])
