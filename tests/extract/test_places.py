"""Places: names that are not places, datelines, teaser lines, villages and locative evidence.

Every sentence here is written for the test; each class of behaviour is checked in all six
languages, and each "not a place" case is paired with the same name used as a place, so a
test cannot pass because the gazetteer simply lacks the name.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.claim import Claim

KUNDUZ = "geonames:1135689"
KAMYSHIN = "geonames:553287"
ALEPPO = "geonames:170063"
PARIS = "geonames:2988507"
MAKARIV = "geonames:702337"  # a small town of about 9,600 people
BORODIANKA = "geonames:711635"  # under 15,000 people
ATARIB = "geonames:174030"  # GeoNames gives no population


def _claim(text: str, lang: str) -> Claim:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert claims, text
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Agence France Presse reported that 12 civilians were killed."),
        ("en", "The Northern Alliance said 7 fighters were killed."),
        ("en", "Mr Kamyshin said 5 people were killed."),
        ("en", "Dmitry Kamyshin told reporters that 5 people were killed."),
        ("en", "The Washington Post reported that 8 civilians were killed."),
        ("en", "Officials at the White House said 8 civilians were killed."),
        ("ar", "قالت قناة الجزيرة إن 12 مدنيا قتلوا."),
        ("ar", "قال السيد كاميشين إن 5 مدنيين قتلوا."),
        ("fr", "Selon l'Observatoire, 9 civils ont été tués."),
        ("fr", "Selon Agence France Presse, 9 civils ont été tués."),
        ("fr", "Selon le maire Kamyshin, 9 civils ont été tués."),
        ("es", "Según el alcalde Kamyshin, 6 civiles murieron."),
        ("es", "Según la agencia Agence France Presse, 6 civiles murieron."),
        ("de", "Laut Agence France Presse wurden 11 Zivilisten getötet."),
        ("de", "Laut Bürgermeister Kamyshin wurden 11 Zivilisten getötet."),
        ("sv", "Enligt Daily Sabah dödades 4 civila."),
        ("sv", "Enligt borgmästaren Kamyshin dödades 4 civila."),
    ],
)
def test_organisations_publishers_and_persons_are_not_places(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five civilians were killed in Kamyshin."),
        ("ar", "قتل خمسة مدنيين في كاميشين."),
        ("fr", "Cinq civils ont été tués à Kamyshin."),
        ("es", "Cinco civiles murieron en Kamyshin."),
        ("de", "In Kamyshin wurden fünf Zivilisten getötet."),
        ("sv", "Fem civila dödades i Kamyshin."),
    ],
)
def test_the_same_name_after_a_locative_is_a_place(lang: str, text: str) -> None:
    claim = _claim(text, lang)
    assert claim.place == KAMYSHIN
    assert claim.place_confidence is not None and claim.place_confidence >= 0.9


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "PARIS (Reuters) - At least 10 people were killed in Kunduz on Monday."),
        ("en", "Paris:\nAt least 10 people were killed in Kunduz on Monday."),
        ("ar", "باريس - قتل 10 أشخاص على الأقل في قندوز يوم الاثنين."),
        ("fr", "PARIS (AFP) - Au moins 10 personnes ont été tuées à Kunduz lundi."),
        ("es", "PARÍS (EFE) - Al menos 10 personas murieron en Kunduz el lunes."),
        ("de", "PARIS - Mindestens 10 Menschen wurden am Montag in Kundus getötet."),
        ("sv", "PARIS – Minst 10 personer dödades i Kunduz i måndags."),
    ],
)
def test_a_dateline_is_the_reporters_place_not_the_incidents(lang: str, text: str) -> None:
    assert _claim(text, lang).place == KUNDUZ


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "PARIS — Twelve civilians were killed, officials said."),
        ("ar", "باريس - قتل 12 مدنيا بحسب مسؤولين."),
        ("fr", "PARIS — Douze civils ont été tués, selon des responsables."),
        ("es", "PARÍS — Doce civiles murieron, según funcionarios."),
        ("de", "PARIS — Zwölf Zivilisten wurden getötet, sagten Beamte."),
        ("sv", "PARIS — Tolv civila dödades, enligt tjänstemän."),
    ],
)
def test_a_dateline_alone_gives_no_place(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Twelve civilians were killed on Monday.\nSEE ALSO: Residents flee Paris"),
        ("ar", "قتل 12 مدنيا يوم الاثنين.\nاقرأ أيضا: سكان باريس يفرون"),
        ("fr", "Douze civils ont été tués lundi.\nLire aussi : les habitants fuient Paris"),
        ("es", "Doce civiles murieron el lunes.\nLea también: vecinos huyen de París"),
        (
            "de",
            "Zwölf Zivilisten wurden am Montag getötet.\nLesen Sie auch: Bewohner fliehen aus Paris",
        ),
        ("sv", "Tolv civila dödades i måndags.\nLäs också: Invånare flyr från Paris"),
    ],
)
def test_teaser_lines_name_no_place_of_this_story(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Three civilians were killed in the village of Makariv.", MAKARIV),
        ("en", "Three civilians were killed in al-Atarib.", ATARIB),
        ("ar", "قتل ثلاثة مدنيين في بلدة الأتارب.", ATARIB),
        ("fr", "Trois civils ont été tués dans le village de Makariv.", MAKARIV),
        ("es", "Tres civiles murieron en la localidad de Borodianka.", BORODIANKA),
        ("de", "Im Dorf Borodjanka wurden drei Zivilisten getötet.", BORODIANKA),
        ("sv", "Tre civila dödades i byn Makariv.", MAKARIV),
    ],
)
def test_villages_and_small_towns_are_found_with_a_cue(lang: str, text: str, place: str) -> None:
    claim = _claim(text, lang)
    assert claim.place == place
    assert claim.place_confidence is not None and claim.place_confidence >= 0.9


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Makariv officials said three civilians were killed."),
        ("fr", "Selon des responsables, Makariv compte trois civils tués."),
        ("de", "Borodjanka meldete drei getötete Zivilisten."),
    ],
)
def test_a_small_place_without_a_cue_is_not_taken(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Officials in Paris said on Monday that 9 people were killed in Aleppo.",
        ),
        ("ar", "قال مسؤولون في باريس إن 9 أشخاص قتلوا في حلب."),
        ("fr", "Des responsables à Paris ont indiqué que 9 personnes ont été tuées à Alep."),
        ("es", "Funcionarios en París dijeron que 9 personas murieron en Alepo."),
        ("de", "Beamte in Paris sagten, in Aleppo seien 9 Menschen getötet worden."),
        ("sv", "Tjänstemän i Paris sade att 9 personer dödades i Aleppo."),
    ],
)
def test_the_place_nearest_the_harm_wins(lang: str, text: str) -> None:
    assert _claim(text, lang).place == ALEPPO


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Strikes hit Aleppo again. Paris condemned it. 9 people were killed."),
        ("fr", "Les frappes ont repris à Alep. Paris a condamné. 9 personnes ont été tuées."),
    ],
)
def test_a_far_bare_mention_yields_to_the_documents_main_place(lang: str, text: str) -> None:
    claim = _claim(text, lang)
    assert claim.place == ALEPPO
    assert claim.place_confidence is not None and claim.place_confidence < 0.9


def test_confidence_is_higher_with_a_locative_cue_than_without() -> None:
    cued = _claim("Nine people were killed in Aleppo.", "en")
    bare = _claim("Aleppo suffered again; nine people were killed, the council said.", "en")
    assert cued.place == bare.place == ALEPPO
    assert cued.place_confidence is not None and bare.place_confidence is not None
    assert cued.place_confidence > bare.place_confidence


@pytest.mark.parametrize(
    ("lang", "text", "publisher"),
    [
        ("en", "Kunduz Voice reports 6 people were killed.", "Kunduz Voice"),
        ("ar", "أفاد قندوز نت بمقتل 6 أشخاص.", "قندوز نت"),
        ("fr", "Kunduz Matinal rapporte que 6 personnes ont été tuées.", "Kunduz Matinal"),
        ("es", "El Kunduz Informa dice que 6 personas murieron.", "Kunduz Informa (EFE)"),
        ("de", "Der Kunduz Kurier meldet, 6 Menschen seien getötet worden.", "Kunduz Kurier"),
        ("sv", "Kunduz Nytt rapporterar att 6 personer dödades.", "Kunduz Nytt"),
    ],
)
def test_the_documents_own_publisher_is_not_a_place(lang: str, text: str, publisher: str) -> None:
    claims = [c for c in extract_claims(text, lang, publisher=publisher) if c.is_casualty]
    assert claims and claims[0].place is None
    unnamed = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert unnamed and unnamed[0].place == KUNDUZ  # the publisher's name is what removed it


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five civilians were killed in Aleppo.\nSEE ALSO: Nine killed in Kunduz blast"),
        ("ar", "قتل خمسة مدنيين في حلب.\nاقرأ أيضا: مقتل تسعة في انفجار بقندوز"),
        ("fr", "Cinq civils ont été tués à Alep.\nLire aussi : neuf morts à Kunduz"),
        ("es", "Cinco civiles murieron en Alepo.\nLea también: nueve muertos en Kunduz"),
        ("de", "In Aleppo wurden fünf Zivilisten getötet.\nLesen Sie auch: Neun Tote in Kundus"),
        ("sv", "Fem civila dödades i Aleppo.\nLäs också: Nio döda i Kunduz"),
    ],
)
def test_a_teasers_figure_keeps_the_teasers_place_and_lends_it_to_nobody(
    lang: str, text: str
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    story = [c for c in claims if c.low == 5]
    teaser = [c for c in claims if c.low == 9]
    assert story and story[0].place == ALEPPO
    assert teaser and teaser[0].place == KUNDUZ


DOUMA = "geonames:170592"  # a town near Damascus
DAMASCUS_NAMES = {"Damascus", "Dimashq"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In the town of Douma near Damascus, forty civilians were killed."),
        ("ar", "في مدينة دوما قرب دمشق قتل 40 مدنيا."),
        ("fr", "Dans la ville de Douma, près de Damas, quarante civils ont été tués."),
        ("es", "En la ciudad de Duma, cerca de Damasco, murieron cuarenta civiles."),
        ("de", "In der Stadt Douma nahe Damaskus wurden vierzig Zivilisten getötet."),
        ("sv", "I staden Douma nära Damaskus dödades fyrtio civila."),
        ("en", "Forty civilians were killed in the town of Douma near Damascus."),
    ],
)
def test_a_town_near_a_city_is_the_town_not_the_city(lang: str, text: str) -> None:
    """ "Near X" makes X a reference point: the town named with a point cue is the place."""
    claim = _claim(text, lang)
    assert claim.place == DOUMA
    assert claim.place_confidence is not None and claim.place_confidence >= 0.9


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Forty civilians were killed near Damascus."),
        ("ar", "قتل 40 مدنيا قرب دمشق."),
        ("fr", "Quarante civils ont été tués près de Damas."),
        ("es", "Cuarenta civiles murieron cerca de Damasco."),
        ("de", "Vierzig Zivilisten wurden nahe Damaskus getötet."),
        ("sv", "Fyrtio civila dödades nära Damaskus."),
    ],
)
def test_a_place_only_near_which_harm_happened_is_kept_with_less_confidence(
    lang: str, text: str
) -> None:
    claim = _claim(text, lang)
    assert claim.place_name in DAMASCUS_NAMES
    assert claim.place_confidence is not None and 0.7 < claim.place_confidence < 0.9


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The mayor of Douma told a press conference in Damascus that 40 civilians were killed.",
        ),
        ("ar", "قال رئيس بلدية دوما في مؤتمر صحفي في دمشق إن 40 مدنيا قتلوا."),
        (
            "fr",
            "Le maire de Douma a déclaré lors d'une conférence de presse à Damas que 40 civils "
            "ont été tués.",
        ),
        (
            "es",
            "El alcalde de Duma dijo en una rueda de prensa en Damasco que murieron 40 civiles.",
        ),
        (
            "de",
            "Der Bürgermeister von Douma sagte auf einer Pressekonferenz in Damaskus, 40 "
            "Zivilisten seien getötet worden.",
        ),
        (
            "sv",
            "Borgmästaren i Douma sade på en presskonferens i Damaskus att 40 civila dödades.",
        ),
    ],
)
def test_where_someone_spoke_is_not_where_harm_happened(lang: str, text: str) -> None:
    assert _claim(text, lang).place_name not in DAMASCUS_NAMES


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fyrtio civila dödades i Butja.", "Bucha"),
        ("Fyrtio civila dödades i staden Tjernihiv.", "Chernihiv"),
    ],
)
def test_a_swedish_transliteration_finds_the_gazetteers_name(text: str, place: str) -> None:
    """Swedish writes "tj" and "sj" for the "ch" and "sh" of the gazetteer's spelling; capitalised
    Swedish words that are no names ("Tjugo", "Sjukhuset") stay words."""
    assert _claim(text, "sv").place_name == place
    assert _claim("Tjugo civila dödades i Aleppo.", "sv").place == ALEPPO


MOSUL = "geonames:99072"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two people were killed in Victoria near Mosul."),
        ("ar", "قتل شخصان في فكتوريا قرب الموصل."),
        ("es", "Dos personas murieron en Victoria, al sur de Mosul."),
        ("fr", "Deux personnes ont été tuées à Victoria, au sud de Mossoul."),
        ("de", "Zwei Menschen wurden in Victoria südlich von Mossul getötet."),
        ("sv", "Två personer dödades i Victoria söder om Mosul."),
        # the point after the reference, set off as what it is part of
        ("en", "Two people were killed near Mosul, the capital of Victoria."),
        ("ar", "قتل شخصان قرب الموصل عاصمة فكتوريا."),
        ("es", "Dos personas murieron cerca de Mosul, la capital de Victoria."),
        ("fr", "Deux personnes ont été tuées près de Mossoul, la capitale de Victoria."),
        ("de", "Zwei Menschen wurden nahe Mossul, der Hauptstadt von Victoria, getötet."),
        ("sv", "Två personer dödades nära Mosul, huvudstaden i Victoria."),
    ],
)
def test_a_point_far_from_the_reference_that_places_it_is_another_place_of_that_name(
    lang: str, text: str
) -> None:
    """'Victoria' is read as a city on another continent; the reference right after it says
    the harm happened near Mosul, which then stands for the place."""
    assert _claim(text, lang).place == MOSUL


def test_a_point_near_the_reference_that_places_it_stays() -> None:
    claim = _claim("Two people were killed in Tal Afar, west of Mosul.", "en")
    assert claim.place not in (None, MOSUL) and claim.place_confidence == 0.95
