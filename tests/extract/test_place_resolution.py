"""Place resolution against the document: a facility named after a city, the town beside the
city a report is about, and a distant homonym of the place meant.

Every sentence here is written for the test, in all six languages, with a control that keeps
the rule from passing by simply dropping names.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.claim import Claim
from harmledger.extract.language_pack import load_pack
from harmledger.extract.place_countries import named_countries
from harmledger.extract.text import tokenize
from harmledger.extract.transliterated import arabic_skeleton, latin_skeleton

ALEPPO = "geonames:170063"
KUNDUZ = "geonames:1135689"
BUCHA = "geonames:711350"  # about 42,000 people, 25 km from Kyiv
PARAIPABA = "geonames:3393091"  # a Brazilian town GeoNames also calls "Tigre"
DEIR_AL_BALAH = "geonames:281141"


def _claim(text: str, lang: str) -> Claim:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert claims, text
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Airstrikes hit Aleppo on Wednesday. The Al Quds hospital was destroyed and 14 people were killed.",
        ),
        ("ar", "قصفت الطائرات مدينة حلب يوم الأربعاء. ودمر مستشفى القدس وقتل 14 شخصا."),
        (
            "fr",
            "Des frappes ont touché Alep mercredi. L'hôpital Al-Quds a été détruit et 14 personnes ont été tuées.",
        ),
        (
            "es",
            "Los bombardeos alcanzaron Alepo el miércoles. El hospital Al Quds fue destruido y murieron 14 personas.",
        ),
        (
            "de",
            "Luftangriffe trafen Aleppo am Mittwoch. Das Krankenhaus Al-Quds wurde zerstört, 14 Menschen wurden getötet.",
        ),
        (
            "sv",
            "Flygangrepp träffade Aleppo i onsdags. Sjukhuset al-Quds förstördes och 14 människor dödades.",
        ),
    ],
)
def test_a_facility_named_after_a_city_is_not_that_city(lang: str, text: str) -> None:
    """ "Al Quds" names the hospital, not Jerusalem: the report's own city is the place."""
    assert _claim(text, lang).place == ALEPPO


def test_a_facility_named_after_a_city_alone_gives_no_place() -> None:
    assert (
        _claim("The Al Quds hospital was destroyed and 14 people were killed.", "en").place is None
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Airstrikes hit Kunduz on Saturday. The Kunduz hospital was destroyed and 14 people were killed.",
        ),
        (
            "fr",
            "Des frappes ont touché Kunduz samedi. L'hôpital de Kunduz a été détruit et 14 personnes ont été tuées.",
        ),
    ],
)
def test_a_facility_named_after_the_reports_own_city_keeps_it(lang: str, text: str) -> None:
    assert _claim(text, lang).place == KUNDUZ


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Russian troops withdrew from the area around Kyiv last week. Bucha buried 280 bodies in a mass grave.",
        ),
        ("ar", "انسحبت القوات الروسية من محيط كييف. وعثر على 280 جثة في بلدة بوتشا."),
        ("ar", "انسحبت القوات الروسية من محيط كييف. وعثر على 280 جثة في بلدة بوشا."),
        (
            "fr",
            "Les troupes russes se sont retirées de la région de Kiev. Boutcha a enterré 280 corps dans une fosse commune.",
        ),
        (
            "es",
            "Las tropas rusas se retiraron de los alrededores de Kiev. Bucha enterró 280 cuerpos en una fosa común.",
        ),
        (
            "de",
            "Die russischen Truppen zogen sich aus der Gegend um Kiew zurück. Butschas Bürgermeister sagt, 280 Leichen seien begraben worden.",
        ),
        (
            "sv",
            "De ryska trupperna drog sig tillbaka från området runt Kiev. Butjas borgmästare säger att 280 kroppar har begravts.",
        ),
    ],
)
def test_a_town_beside_the_reports_city_is_the_town(lang: str, text: str) -> None:
    """A town named without a cue, in its local spelling, counts where it lies near the city
    the report is about; the city does not swallow it."""
    assert _claim(text, lang).place == BUCHA


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Bucha buried 280 bodies in a mass grave."),
        ("sv", "Butjas borgmästare säger att 280 kroppar har begravts."),
    ],
)
def test_a_town_without_a_cue_or_a_city_beside_it_is_not_taken(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 30 civilians were killed in Tigre, in northern Ethiopia."),
        ("ar", "قالت مصادر محلية في سوريا إن 12 مدنيا قتلوا في تشوما."),
        ("fr", "Au moins 30 civils ont été tués à Tigre, dans le nord de l'Éthiopie."),
        ("es", "Al menos 30 civiles murieron en Tigré, en el norte de Etiopía."),
        (
            "de",
            "Die Rebellen halten vor allem im Norden des Jemens große Gebiete. 12 Zivilisten wurden getötet.",
        ),
        ("sv", "Minst 30 civila dödades i Tigre i norra Etiopien."),
    ],
)
def test_a_distant_homonym_is_no_place(lang: str, text: str) -> None:
    """A small place in a country the report never names, far from the ones it names, is
    another place of the same name (a town in Brazil, Zambia or Germany)."""
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "At least 30 people were killed in Tigre, in northern Brazil."),
        ("es", "Al menos 30 personas murieron en Tigre, en el norte de Brasil."),
    ],
)
def test_a_place_in_a_country_the_report_names_stays(lang: str, text: str) -> None:
    assert _claim(text, lang).place == PARAIPABA


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Syrian jets struck the town.", "SY"),
        ("ar", "قصفت الطائرات السورية البلدة.", "SY"),
        ("fr", "Les avions syriens ont frappé la ville.", "SY"),
        ("es", "Los aviones sirios atacaron la ciudad.", "SY"),
        ("de", "Im Norden des Jemens wird gekämpft.", "YE"),
        ("sv", "Ukrainska styrkor tog tillbaka staden.", "UA"),
    ],
)
def test_countries_are_named_by_name_or_adjective(lang: str, text: str, code: str) -> None:
    pack = load_pack(lang)
    doc = tokenize(text, lang, pack.number_pattern, pack.verbatim)
    assert code in named_countries(doc, pack)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [("بوتشا", "bucha"), ("بوشا", "bucha"), ("ايربين", "irpin"), ("هوستوميل", "hostomel")],
)
def test_arabic_and_latin_spellings_share_a_consonant_skeleton(arabic: str, latin: str) -> None:
    assert arabic_skeleton(arabic) == latin_skeleton(latin)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two civilians were killed in Deir Al Balah on Monday."),
        ("fr", "Deux civils ont été tués à Deir Al Balah lundi."),
        ("es", "Dos civiles murieron en Deir Al Balah el lunes."),
        ("de", "Zwei Zivilisten wurden am Montag in Deir Al Balah getötet."),
        ("sv", "Två civila dödades i Deir Al Balah i måndags."),
    ],
)
def test_the_arabic_article_is_al_or_el_in_latin_script(lang: str, text: str) -> None:
    """GeoNames writes "Deir el-Balah"; reports write "al" as often as "el"."""
    assert _claim(text, lang).place == DEIR_AL_BALAH
