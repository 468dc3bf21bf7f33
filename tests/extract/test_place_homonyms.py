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


def _place_names(text: str, lang: str) -> set[str | None]:
    claims = extract_claims(text, lang)
    assert claims, text
    return {c.place_name for c in claims}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # spellings no gazetteer lists, read loosely after a place cue, in a named country
        ("fr", "Au Liban, une frappe à Tyr a tué trois civils, selon le ministère.", "Tyre"),
        ("fr", "Au Liban, un raid sur Nabatiyé a fait cinq morts.", "Nabatîyé et Tahta"),
        ("es", "Un bombardeo en Raqa, en Siria, mató a siete civiles.", "Ar Raqqah"),
        ("es", "Un misil ruso mató a cuatro civiles en Jarkiv, en Ucrania.", "Kharkiv"),
        ("de", "In Chan Junis im Gazastreifen wurden zwölf Menschen getötet.", "Khān Yūnis"),
        (
            "fr",
            "Une frappe à Djénine a tué deux civils palestiniens, selon le ministère.",
            "Janīn",
        ),
        ("sv", "I Tyr i södra Libanon dödades fyra civila i en flygattack.", "Tyre"),
        ("en", "In Afghanistan, a blast in Koundouz killed six people.", "Kunduz"),
        ("ar", "قتل ثلاثة مدنيين في قصف روسي على مدينة خاركيف في أوكرانيا.", "Kharkiv"),
    ],
)
def test_a_name_spelled_otherwise_is_found_after_a_cue(lang: str, text: str, name: str) -> None:
    assert _place_names(text, lang) == {name}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a loose form alone matches too much: a country's name, a noun, no cue, no country
        ("de", "Die Attacke im Jemen tötete drei Menschen, teilten Helfer mit."),
        ("de", "Bei dem Luftangriff in Syrien wurden fünf Zivilisten getötet."),
        ("en", "Tyr said three people were killed in the attack."),
        ("fr", "Une frappe à Tyr a tué trois civils, selon le ministère."),
    ],
)
def test_a_loose_form_needs_a_cue_and_a_named_country(lang: str, text: str) -> None:
    names = _place_names(text, lang)
    assert "Tyre" not in names and "Ataq" not in names and "Seraing" not in names
