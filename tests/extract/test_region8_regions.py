"""Places at region level: a claim whose harm is placed in a first-level region (province,
governorate, oblast, state, "south Lebanon") gets that region as its place -- an ISO 3166-2
code, a representative point, the level "region" and the country -- not a same-named town and
not the town of an earlier sentence; a town named inside its region stays the town; an
organisation or person named after a region is no place.

Every sentence is written for the test (invented figures); the expected place of each was
written down before the extractor was run on it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.claim import Claim
from harmledger.folding import normalize_words

REPORTED = dt.date(2024, 3, 12)


def _claim(text: str, lang: str, figure: int) -> Claim:
    claims = [c for c in extract_claims(text, lang, REPORTED) if c.is_casualty]
    picked = [c for c in claims if c.low == figure]
    assert picked, (text, [(c.low, c.place) for c in claims])
    return picked[0]


# (language, text, the figure of the claim, its expected ISO 3166-2 region)
REGION = [
    ("en", "Gunmen killed 6 people in Sinaloa on Sunday, state prosecutors said.", 6, "MX-SIN"),
    ("en", "Six people were shot dead in the Mexican state of Guerrero.", 6, "MX-GRO"),
    ("en", "Russian shelling killed 4 civilians in Kharkiv Oblast overnight.", 4, "UA-63"),
    ("en", "Two civilians were killed in the Donetsk region on Tuesday.", 2, "UA-14"),
    ("en", "Aid workers said 40 civilians had been killed in Tigray since May.", 40, "ET-TI"),
    ("en", "An Israeli strike killed 3 people in southern Lebanon.", 3, "LB-JA"),
    ("en", "A drone strike killed 3 people in south Lebanon on Friday.", 3, "LB-JA"),
    ("en", "Eleven civilians died in an air strike in Helmand province.", 11, "AF-HEL"),
    ("en", "Insurgents killed 17 farmers in Borno State, the governor said.", 17, "NG-BO"),
    ("en", "Fighting in North Darfur has killed 25 civilians this week.", 25, "SD-DN"),
    ("en", "Bandits killed 9 villagers in Zamfara state on Saturday.", 9, "NG-ZA"),
    ("en", "A roadside bomb killed 5 soldiers in Nineveh province.", 5, "IQ-NI"),
    ("en", "Shelling killed 8 civilians in Rakhine State, residents said.", 8, "MM-16"),
    ("en", "Air raids killed 14 people in Hodeidah governorate.", 14, "YE-HU"),
    ("en", "Missiles killed 7 people in the Zaporizhzhia region on Monday.", 7, "UA-23"),
    ("fr", "Les combats ont fait 40 morts civils dans la région du Tigré.", 40, "ET-TI"),
    ("fr", "Une frappe israélienne a tué 3 personnes dans le sud du Liban.", 3, "LB-JA"),
    ("fr", "Des bombardements ont tué 4 civils dans l'oblast de Kharkiv.", 4, "UA-63"),
    ("fr", "Deux civils ont été tués dans la région de Donetsk mardi.", 2, "UA-14"),
    ("fr", "Une frappe aérienne a tué 11 civils dans la province du Helmand.", 11, "AF-HEL"),
    ("fr", "Des jihadistes ont tué 17 paysans dans l'État de Borno.", 17, "NG-BO"),
    ("fr", "Des frappes ont tué 6 civils dans le gouvernorat de Deir ez-Zor.", 6, "SY-DY"),
    ("fr", "Une attaque a fait 12 morts dans la région de Mopti, au centre du Mali.", 12, "ML-5"),
    ("es", "Un ataque armado dejó 6 muertos en el estado de Sinaloa.", 6, "MX-SIN"),
    ("es", "Los combates han causado 40 muertos civiles en la región de Tigray.", 40, "ET-TI"),
    ("es", "Un enfrentamiento dejó 9 muertos en el departamento del Cauca.", 9, "CO-CAU"),
    ("es", "Hombres armados asesinaron a 6 personas en el estado de Guerrero.", 6, "MX-GRO"),
    ("es", "Un ataque israelí mató a 3 personas en el sur del Líbano.", 3, "LB-JA"),
    ("es", "Los bombardeos mataron a 2 civiles en el óblast de Donetsk.", 2, "UA-14"),
    ("es", "Un ataque con drones mató a 4 civiles en la región de Járkov.", 4, "UA-63"),
    ("es", "La violencia dejó 8 muertos en Michoacán durante el fin de semana.", 8, "MX-MIC"),
    ("de", "Bei Kämpfen in der Region Tigray wurden 40 Zivilisten getötet.", 40, "ET-TI"),
    ("de", "Russischer Beschuss tötete 4 Zivilisten in der Oblast Charkiw.", 4, "UA-63"),
    ("de", "Im Gebiet Donezk wurden am Dienstag 2 Zivilisten getötet.", 2, "UA-14"),
    ("de", "Bewaffnete erschossen 6 Menschen im Bundesstaat Sinaloa.", 6, "MX-SIN"),
    ("de", "Ein Luftangriff in der Provinz Helmand tötete 11 Zivilisten.", 11, "AF-HEL"),
    ("de", "Ein israelischer Angriff tötete 3 Menschen im Südlibanon.", 3, "LB-JA"),
    ("de", "Islamisten töteten 17 Bauern im Bundesstaat Borno.", 17, "NG-BO"),
    ("sv", "Fyra civila dödades i beskjutning i Charkiv oblast.", 4, "UA-63"),
    ("sv", "Två civila dödades i Donetskregionen på tisdagen.", 2, "UA-14"),
    ("sv", "Fem personer dödades i ett flyganfall i norra Gaza.", 5, "PS-NGZ"),
    ("sv", "Minst 40 civila har dödats i regionen Tigray.", 40, "ET-TI"),
    ("sv", "Tre personer dödades i en israelisk attack i södra Libanon.", 3, "LB-JA"),
    ("sv", "Sex personer sköts ihjäl i delstaten Sinaloa.", 6, "MX-SIN"),
    ("sv", "Elva civila dödades i ett flyganfall i provinsen Helmand.", 11, "AF-HEL"),
    ("sv", "Tre personer skadades i en skottlossning i Skåne län.", 3, "SE-M"),
    ("ar", "قتل 7 مدنيين في قصف على محافظة حلب.", 7, "SY-HL"),
    ("ar", "قتل 6 مدنيين في غارات على محافظة دير الزور.", 6, "SY-DY"),
    ("ar", "قتل 14 شخصا في غارات على محافظة الحديدة غربي اليمن.", 14, "YE-HU"),
    ("ar", "قتل 3 أشخاص في غارة إسرائيلية على جنوب لبنان.", 3, "LB-JA"),
    ("ar", "قتل 5 جنود بانفجار عبوة ناسفة في محافظة نينوى.", 5, "IQ-NI"),
    ("ar", "قتل 25 مدنيا في ولاية شمال دارفور.", 25, "SD-DN"),
    ("ar", "قتل 5 أشخاص في قصف على محافظة شمال غزة.", 5, "PS-NGZ"),
    ("ar", "قتل 4 مدنيين في قصف روسي على مقاطعة خاركيف.", 4, "UA-63"),
]


@pytest.mark.parametrize(("lang", "text", "figure", "region"), REGION)
def test_harm_placed_in_a_region_is_the_region(
    lang: str, text: str, figure: int, region: str
) -> None:
    claim = _claim(text, lang, figure)
    assert claim.place == f"iso3166-2:{region}"
    assert claim.place_level == "region"
    assert claim.place_country == region.split("-")[0]
    assert claim.latitude is not None and claim.longitude is not None


# a region named in a later sentence is that sentence's place, not the earlier sentence's town
LATER_SENTENCE = [
    (
        "en",
        "Shelling killed 5 people in Kupiansk on Monday. On Tuesday a missile killed 3 "
        "civilians in the Zaporizhzhia region.",
        3,
        "UA-23",
    ),
    (
        "fr",
        "Une frappe a tué 5 personnes à Kupiansk lundi. Mardi, un missile a tué 3 civils "
        "dans la région de Zaporijjia.",
        3,
        "UA-23",
    ),
    (
        "es",
        "Un ataque dejó 5 muertos en Culiacán el lunes. El martes, otro ataque dejó 4 "
        "muertos en el estado de Guerrero.",
        4,
        "MX-GRO",
    ),
    (
        "de",
        "Ein Angriff tötete am Montag 5 Menschen in Kupjansk. Am Dienstag wurden in der "
        "Oblast Saporischschja 3 Zivilisten getötet.",
        3,
        "UA-23",
    ),
    (
        "sv",
        "Fem personer dödades i Kupjansk på måndagen. På tisdagen dödades tre civila i "
        "Zaporizjzjaregionen.",
        3,
        "UA-23",
    ),
    (
        "ar",
        "قتل 5 أشخاص في قصف على مدينة سراقب. وقتل 3 مدنيين آخرين في محافظة دير الزور.",
        3,
        "SY-DY",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "region"), LATER_SENTENCE)
def test_a_region_sentence_does_not_inherit_the_earlier_town(
    lang: str, text: str, figure: int, region: str
) -> None:
    claim = _claim(text, lang, figure)
    assert claim.place == f"iso3166-2:{region}"


# (language, text, figure, acceptable names of the town)
TOWN_IN_REGION = [
    (
        "en",
        "Shelling killed 4 civilians in Kupiansk, in Kharkiv Oblast.",
        4,
        {"kupiansk", "kupyansk"},
    ),
    ("en", "Gunmen killed 6 people in Culiacán, Sinaloa, on Sunday.", 6, {"culiacan"}),
    (
        "fr",
        "Une frappe a tué 4 civils à Kupiansk, dans l'oblast de Kharkiv.",
        4,
        {"kupiansk", "kupyansk"},
    ),
    ("es", "Un ataque dejó 6 muertos en Culiacán, en el estado de Sinaloa.", 6, {"culiacan"}),
    (
        "de",
        "In Kupjansk im Gebiet Charkiw wurden 4 Zivilisten getötet.",
        4,
        {"kupiansk", "kupyansk", "kupjansk"},
    ),
    (
        "sv",
        "Fyra civila dödades i Kupjansk i Charkiv oblast.",
        4,
        {"kupiansk", "kupyansk", "kupjansk"},
    ),
    ("ar", "قتل 4 مدنيين في قصف على مدينة سراقب في محافظة إدلب.", 4, {"saraqib", "سراقب"}),
]


@pytest.mark.parametrize(("lang", "text", "figure", "names"), TOWN_IN_REGION)
def test_a_town_inside_a_named_region_stays_the_town(
    lang: str, text: str, figure: int, names: set[str]
) -> None:
    claim = _claim(text, lang, figure)
    assert claim.place is not None and claim.place.startswith("geonames:"), claim.place
    assert " ".join(normalize_words(claim.place_name or "")) in names, claim.place_name


# an organisation or person named after a region is no place
NAMED_AFTER_A_REGION = [
    ("en", "The Sinaloa Cartel said 5 of its gunmen were killed.", 5),
    ("en", "The Tigray Defence Forces said 12 of their fighters were killed.", 12),
    ("es", "El Cártel de Sinaloa dijo que 5 de sus pistoleros murieron.", 5),
    ("fr", "Les Forces de défense du Tigré ont affirmé que 12 combattants avaient été tués.", 12),
    ("de", "Das Sinaloa-Kartell teilte mit, 5 seiner Bewaffneten seien getötet worden.", 5),
]


@pytest.mark.parametrize(("lang", "text", "figure"), NAMED_AFTER_A_REGION)
def test_an_organisation_named_after_a_region_is_no_place(
    lang: str, text: str, figure: int
) -> None:
    assert _claim(text, lang, figure).place is None


def test_two_towns_of_one_region_stay_apart_and_the_region_holds_both() -> None:
    """Linking: a region is compatible with a town inside it, but two towns of one region are
    two places (checked in tests/link; here only that the region's country is known)."""
    claim = _claim("Missiles killed 7 people in the Zaporizhzhia region on Monday.", "en", 7)
    assert claim.place_country == "UA"
