"""Places read from text that names them for something else: a dateline for several cities or
without a dash, a newspaper or street named after a city, a compass noun, the hospital the
wounded were taken to, a word that looks like a country's adjective; and the target of an attack
named with "on"/"auf"/"contra"/"mot". Every sentence is written for the test, in each language where the
class exists.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.claim import Claim

IDLIB = "geonames:169389"
KHARKIV = "geonames:706483"
KHERSON = "geonames:706448"
ODESA = "geonames:698740"
ODESA_REGION = "iso3166-2:UA-51"  # the region (harmledger.regions)
ORIKHIV = "geonames:698428"  # under 15,000 people: it needs a cue
RAFAH = "geonames:281102"
JABALIA = "geonames:281129"
ALEPPO = "geonames:170063"
DAMASCUS = "geonames:170654"
ZAPORIZHZHIA = "geonames:687700"
SAGAING = "iso3166-2:MM-01"  # the region (harmledger.regions), not its town


def _claim(text: str, lang: str, figure: int | None = None) -> Claim:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    if figure is not None:
        claims = [c for c in claims if figure in (c.low, c.high)]
    assert claims, text
    return claims[0]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "BEIRUT/AMMAN (Reuters) - Nine people were killed in an airstrike on Idlib.", IDLIB),
        ("en", "KYIV (AP) Five people were killed overnight, officials said.", None),
        (
            "de",
            "BEIRUT/AMMAN (dpa) - Bei einem Luftangriff auf Idlib wurden 9 Menschen getötet.",
            IDLIB,
        ),
        (
            "de",
            "KIEW (dpa) Mindestens 6 Menschen sind getötet worden, teilte die Regierung mit.",
            None,
        ),
        (
            "fr",
            "BEYROUTH/AMMAN (AFP) - Neuf personnes ont été tuées dans une frappe sur Idleb.",
            IDLIB,
        ),
        ("fr", "KIEV (AFP) Au moins 5 personnes ont été tuées, selon les autorités.", None),
        ("es", "BEIRUT/AMMÁN (EFE) - Nueve personas murieron en un bombardeo en Idlib.", IDLIB),
        ("es", "KIEV (EFE) Al menos 5 personas murieron, según las autoridades.", None),
        ("sv", "STOCKHOLM (TT) Minst 9 personer dödades i en flygattack mot Charkiv.", KHARKIV),
        ("sv", "KIEV (TT) Minst 5 personer dödades, uppger myndigheterna.", None),
        ("ar", "بيروت/عمان (رويترز) - قتل 9 أشخاص في غارة على إدلب.", IDLIB),
        ("en", "Kyiv, 12 March (Ukrinform). Five people were killed overnight.", None),
        ("fr", "Gaza, 3 déc. (AFP) - Cinq personnes ont été tuées dans la nuit.", None),
        ("es", "Kiev, 12 mar. (EFE). Cinco personas murieron durante la noche.", None),
        ("de", "Kiew, 12. März (dpa). Fünf Menschen wurden in der Nacht getötet.", None),
        ("sv", "Publicerad 12:30 · Stockholm\n\nFem personer dödades under natten.", None),
        ("ar", "كييف، 12 مارس (رويترز). قتل خمسة أشخاص الليلة الماضية.", None),
    ],
)
def test_a_dateline_for_several_cities_or_without_a_dash_is_no_place(
    lang: str, text: str, place: str | None
) -> None:
    assert _claim(text, lang).place == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Kyiv Independent reported that 6 civilians were killed in the shelling."),
        ("de", "Laut Kyiv Independent wurden 6 Zivilisten getötet."),
        ("sv", "Enligt Kyiv Independent dödades 6 civila."),
        ("fr", "Selon La Tribune de Genève, 3 personnes ont été blessées."),
        ("fr", "Selon Le Journal de Montréal, 2 personnes ont été tuées."),
        ("es", "Según El Comercio de Lima, 4 personas murieron."),
        ("es", "Según el Diario de Sevilla, 2 personas murieron."),
    ],
)
def test_a_newspaper_named_after_a_city_is_no_place(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Two people were killed in a Russian strike on Orikhiv.", ORIKHIV),
        (
            "en",
            "According to the Kyiv Independent, 2 people were killed in a strike on Odesa.",
            ODESA,
        ),
        ("de", "Bei dem Angriff auf Orichiw starben 2 Menschen.", ORIKHIV),
        ("fr", "La frappe contre Orikhiv a fait 2 morts.", ORIKHIV),
        ("es", "El ataque contra Orikhiv dejó 2 muertos.", ORIKHIV),
        ("sv", "Attacken mot Orikhiv dödade 2 personer.", ORIKHIV),
    ],
)
def test_the_target_of_an_attack_is_the_place(lang: str, text: str, place: str) -> None:
    assert _claim(text, lang).place == place


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Die Zeitung meldet 4 Tote im Osten der Ukraine.", None),
        ("de", "Im Norden des Landes wurden 5 Soldaten getötet.", None),
        (
            "de",
            "Charkiw wurde erneut beschossen. Im Osten der Stadt wurden 3 Menschen getötet.",
            KHARKIV,
        ),
        ("sv", "I Norden dödades 3 personer i trafiken förra månaden.", None),
        ("ar", "ذكرت القناة أن 6 أشخاص قتلوا شمال البلاد.", None),
        ("ar", "قتل 6 أشخاص شمال حلب.", ALEPPO),
        ("en", "Three soldiers were killed in the east of the country.", None),
        ("fr", "Trois soldats ont été tués dans l'est du pays.", None),
        ("es", "Tres soldados murieron en el este del país.", None),
    ],
)
def test_a_compass_noun_is_a_direction_not_a_village(
    lang: str, text: str, place: str | None
) -> None:
    assert _claim(text, lang).place == place


@pytest.mark.parametrize(
    ("lang", "text", "figure", "place"),
    [
        (
            "en",
            "The bodies of 11 people killed in the strike on Jabalia were brought to al-Shifa "
            "hospital in Gaza City.",
            11,
            JABALIA,
        ),
        # named alone, the hospital's town is the nearest the report comes to the harm
        ("en", "Three wounded people were taken to a hospital in Zaporizhzhia.", 3, ZAPORIZHZHIA),
        (
            "de",
            "Bei dem Angriff auf Orichiw starben 2 Menschen; die Verletzten wurden in ein "
            "Krankenhaus in Saporischschja gebracht.",
            2,
            ORIKHIV,
        ),
        (
            "sv",
            "Attacken mot Rafah dödade 7 personer, och de skadade fördes till sjukhuset i "
            "Khan Younis.",
            7,
            RAFAH,
        ),
        ("ar", "قتل 4 أشخاص في غارة على رفح، ونقل الجرحى إلى مستشفى في خان يونس.", 4, RAFAH),
        (
            "fr",
            "La frappe sur Rafah a fait 5 morts; les blessés ont été transportés vers un hôpital "
            "de Khan Younès.",
            5,
            RAFAH,
        ),
        (
            "es",
            "El ataque contra Rafah dejó 7 muertos; los heridos fueron trasladados al hospital "
            "de Jan Yunis.",
            7,
            RAFAH,
        ),
    ],
)
def test_the_hospital_the_wounded_were_taken_to_is_not_where_harm_happened(
    lang: str, text: str, figure: int, place: str | None
) -> None:
    assert _claim(text, lang, figure).place == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A missile hit a hospital in Kherson, killing 4 people."),
        ("de", "Eine Rakete traf ein Krankenhaus in Cherson, 4 Menschen wurden getötet."),
        ("sv", "En robot träffade ett sjukhus i Cherson och 4 personer dödades."),
    ],
)
def test_a_hospital_that_was_hit_is_where_harm_happened(lang: str, text: str) -> None:
    assert _claim(text, lang).place == KHERSON


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Four children were killed in Kherson."),
        ("en", "An independent monitor said 4 people were killed in Kherson."),
        ("fr", "Quatre personnes ont été tuées à Kherson, deux autres sont sorties indemnes."),
        ("es", "La policía indicó que 4 personas murieron en Kherson."),
        ("de", "Indessen wurden 4 Menschen in Cherson getötet."),
        ("sv", "Polisen indikerar att 4 personer dödades i Cherson."),
    ],
)
def test_a_word_that_starts_like_a_country_names_no_country(lang: str, text: str) -> None:
    """'children' is no Chilean, 'independent' no Indian: a report that names no country keeps
    its town, which a wrongly named country far away would make a homonym."""
    assert _claim(text, lang).place == KHERSON


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Three people were killed on Kyiv Street.", None),
        ("en", "Three people were killed on Kyiv Street in Odesa.", ODESA),
        ("fr", "Trois personnes ont été tuées rue de Kiev.", None),
        ("fr", "Trois personnes ont été tuées rue de Kiev, à Odessa.", ODESA),
        ("es", "Tres personas murieron en la calle Kiev.", None),
        ("es", "Tres personas murieron en la avenida de Kiev, en Odesa.", ODESA),
        ("ar", "قتل 3 أشخاص في شارع حلب.", None),
        ("ar", "قتل 3 أشخاص في شارع حلب في دمشق.", DAMASCUS),
        ("de", "Drei Menschen wurden in der Kiewer Straße in Odessa getötet.", ODESA),
        ("sv", "Tre personer dödades på Kievgatan i Odessa.", ODESA),
    ],
)
def test_a_street_named_after_a_city_is_not_that_city(
    lang: str, text: str, place: str | None
) -> None:
    assert _claim(text, lang).place == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Airstrikes on the village of Bokpyin in Sagaing region killed 9 civilians."),
        (
            "de",
            "Bei Luftangriffen auf das Dorf Bokpyin in der Region Sagaing wurden 9 Zivilisten "
            "getötet.",
        ),
        (
            "fr",
            "Des frappes aériennes sur le village de Bokpyin, dans la région de Sagaing, ont tué "
            "9 civils.",
        ),
        (
            "es",
            "Los bombardeos contra la aldea de Bokpyin, en la región de Sagaing, mataron a 9 civiles.",
        ),
        ("sv", "Flyganfall mot byn Bokpyin i regionen Sagaing dödade 9 civila."),
    ],
)
def test_a_village_far_from_the_region_its_sentence_names_is_a_homonym(
    lang: str, text: str
) -> None:
    """The gazetteer's Bokpyin lies 1,200 km from Sagaing: the village meant is another one of
    that name, and the region says where the harm happened."""
    assert _claim(text, lang).place == SAGAING


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The embassy in Nairobi said 29 people were killed in the hotel attack."),
        ("sv", "Ambassaden i Nairobi uppger att 29 personer dödades i attacken mot hotellet."),
        (
            "de",
            "Die Botschaft in Nairobi teilte mit, 29 Menschen seien bei dem Angriff getötet worden.",
        ),
        (
            "fr",
            "L'ambassade à Nairobi a indiqué que 29 personnes avaient été tuées dans l'attaque.",
        ),
        ("es", "La embajada en Nairobi informó de que 29 personas murieron en el ataque."),
        ("ar", "قالت السفارة في نيروبي إن 29 شخصا قتلوا في الهجوم."),
        ("de", "Laut der Nachrichtenagentur Saba wurden 24 Menschen getötet."),
        ("sv", "Enligt nyhetsbyrån Saba dödades 24 personer."),
        ("fr", "Selon l'agence de presse Saba, 24 personnes ont été tuées."),
        ("es", "Según la agencia de noticias Saba, 24 personas murieron."),
    ],
)
def test_an_embassys_seat_or_a_news_agencys_name_is_no_place(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Speaking from Geneva, a UN spokesman said 9 people were killed overnight."),
        (
            "fr",
            "S'exprimant depuis Genève, un porte-parole a indiqué que 9 personnes avaient été tuées.",
        ),
        ("es", "Hablando desde Ginebra, el portavoz dijo que 9 personas murieron."),
        ("de", "Der Sprecher, zugeschaltet aus Genf, sagte, 9 Menschen seien getötet worden."),
        ("sv", "Talespersonen, som talade från Genève, sa att 9 personer dödades."),
        ("ar", "قال المتحدث متحدثا من جنيف إن 9 أشخاص قتلوا."),
    ],
)
def test_where_a_speaker_spoke_from_is_no_place(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


def test_a_speaker_in_the_city_still_gives_the_harms_place() -> None:
    """Only "speaking from" marks where someone spoke: a city named after the figure stays."""
    claim = _claim(
        "Speaking from Kharkiv, the governor said 5 people were killed in Kupiansk.", "en"
    )
    assert claim.place_name == "Kupyansk"


def test_a_german_noun_after_auf_is_no_target() -> None:
    """German writes every noun with a capital: only an attack noun before "auf" makes the
    name after it a target ("auf dem Boden" names no Swedish town)."""
    assert (
        _claim("Zwei Menschen lagen auf dem Boden, 3 Menschen wurden getötet.", "de", 3).place
        is None
    )


ODESA_REGION_TEXTS = [
    (
        "de",
        "Ein Paar wurde in der Stadt Kostjantyniwka getötet. In der Region Odessa wurden 21 "
        "Menschen verletzt.",
    ),
    (
        "en",
        "A couple was killed in the town of Kostiantynivka. In the Odesa region, 21 people were "
        "wounded.",
    ),
    (
        "fr",
        "Un couple a été tué dans la ville de Kostiantynivka. Dans la région d'Odessa, 21 "
        "personnes ont été blessées.",
    ),
    ("sv", "Ett par dödades i staden Kostiantynivka. I Odessaregionen skadades 21 personer."),
    ("ar", "قتل زوجان في مدينة كوستيانتينيفكا. وفي منطقة أوديسا أصيب 21 شخصا."),
    (
        "es",
        "Una pareja murió en la ciudad de Kostiantinivka. En la región de Odesa, 21 personas resultaron heridas.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ODESA_REGION_TEXTS)
def test_a_region_in_the_sentence_beats_a_town_far_outside_it_named_before(
    lang: str, text: str
) -> None:
    claim = _claim(text, lang, 21)
    assert claim.place == ODESA_REGION and claim.place_confidence == 0.3


def test_a_town_inside_the_region_named_before_stays() -> None:
    text = "A strike hit the town of Chornomorsk. In the Odesa region, 21 people were wounded."
    assert _claim(text, "en", 21).place_confidence == 0.6  # Chornomorsk, 20 km from Odesa


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A London-based monitor said 5 people were killed."),
        ("en", "The Moscow-backed authorities said 5 people were killed."),
        ("en", "The government in Damascus said 5 soldiers were killed."),
        ("en", "The Damascus government said 5 soldiers were killed."),
        ("es", "Rusia, aliada del Gobierno de Damasco, bombardeó la zona; 5 civiles murieron."),
        ("fr", "Le régime de Damas a annoncé que 5 soldats avaient été tués."),
        ("de", "Die Regierung in Damaskus teilte mit, 5 Soldaten seien getötet worden."),
        ("sv", "Regimen i Damaskus uppger att 5 soldater dödades."),
        ("ar", "قالت حكومة دمشق إن 5 جنود قتلوا."),
    ],
)
def test_a_capital_standing_for_its_government_or_a_base_is_no_place(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Five people were killed in Kyiv-held territory near Kherson.", KHERSON),
        (
            "fr",
            "Le gouvernement de Kiev a annoncé que 5 personnes ont été tuées à Kharkiv.",
            KHARKIV,
        ),
        ("es", "El Gobierno de Kiev dijo que 5 personas murieron en Járkov.", KHARKIV),
        (
            "de",
            "Die Regierung in Kiew teilte mit, in Charkiw seien 5 Menschen getötet worden.",
            KHARKIV,
        ),
    ],
)
def test_the_place_beside_a_government_or_a_side_is_kept(lang: str, text: str, place: str) -> None:
    assert _claim(text, lang).place == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "By Jane Example in Kyiv\n\nFive people were killed overnight."),
        ("en", "Our correspondent in Kyiv reports that 5 people were killed."),
        ("fr", "De notre correspondant à Kiev\n\nCinq personnes ont été tuées."),
        ("de", "Von unserem Korrespondenten in Kiew\n\nFünf Menschen wurden getötet."),
        ("es", "Nuestro corresponsal en Kiev informa de que 5 personas murieron."),
        ("sv", "Vår korrespondent i Kiev rapporterar att 5 personer dödades."),
        ("ar", "قال مراسلنا في كييف إن 5 أشخاص قتلوا."),
    ],
)
def test_a_correspondents_place_is_no_place(lang: str, text: str) -> None:
    assert _claim(text, lang).place is None
