"""Places of claims (place10): a territory is not its same-named city ("the Gaza Strip",
"la bande de Gaza", "Gazastreifen", "قطاع غزة" is the Strip, region-level; "Gaza City" is the
city), a city is not its same-named region ("Kyiv" / "the Kyiv region"), and a place name inside
an organisation's, outlet's or facility's name, or an ethnic group, militia or nationality, is
no evidence of where harm happened, nor is a capital that accuses or is accused (its
government). Labels were written before the place code was read; every
sentence is written for the test (invented figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.claim import Claim

ALEPPO = "geonames:170063"
ALEPPO_REGION = "iso3166-2:SY-HL"
CHILPANCINGO = "geonames:3530870"
DONETSK = "geonames:709717"
DONETSK_REGION = "iso3166-2:UA-14"
GAZA_CITY = "geonames:281133"
GAZA_STRIP = "iso3166-2:PS-GZ"
GONDAR = "geonames:336014"
GUERRERO_REGION = "iso3166-2:MX-GRO"
HOMS = "geonames:169577"
IDLIB = "geonames:169389"
IDLIB_REGION = "iso3166-2:SY-ID"
IZIUM = "geonames:707292"
JENIN = "geonames:283506"
KHARKIV_REGION = "iso3166-2:UA-63"
KYIV = "geonames:703448"
KYIV_REGION = "iso3166-2:UA-32"
ODESA = "geonames:698740"
WEST_BANK = "iso3166-2:PS-WE"

KHARKIV = "geonames:706483"
KHAN_SHEIKHOUN = "geonames:168325"
KHARTOUM = "geonames:379252"


def _claim(text: str, lang: str) -> Claim:
    claims = [c for c in extract_claims(text, lang, dt.date(2023, 10, 30)) if c.is_casualty]
    assert claims, text
    return claims[0]


TERRITORY_OR_CITY = [
    (
        "en",
        "Israeli strikes killed 42 people across the Gaza Strip on Tuesday, the health ministry said.",
        GAZA_STRIP,
    ),
    (
        "en",
        "At least 18 people were killed in Gaza City when a school sheltering families was hit.",
        GAZA_CITY,
    ),
    ("en", "Airstrikes on the Gaza Strip killed 27 Palestinians overnight.", GAZA_STRIP),
    (
        "en",
        "Shelling killed 5 civilians in the Donetsk region on Sunday, the governor said.",
        DONETSK_REGION,
    ),
    ("en", "A missile strike on a market in the city of Donetsk killed 7 people.", DONETSK),
    ("en", "Russian drones killed 3 people in the Kyiv region overnight.", KYIV_REGION),
    ("en", "Four people were killed when debris fell on a house in Kyiv.", KYIV),
    ("en", "In the Kharkiv region, shelling killed 4 villagers.", KHARKIV_REGION),
    ("en", "Fighting in Idlib province killed 12 civilians this week.", IDLIB_REGION),
    ("en", "An airstrike on a market in Idlib city killed 9 people.", IDLIB),
    (
        "fr",
        "Des frappes israéliennes ont tué 35 personnes dans la bande de Gaza mardi.",
        GAZA_STRIP,
    ),
    (
        "fr",
        "Au moins 12 personnes ont été tuées dans la ville de Gaza lors d'une frappe sur une école.",
        GAZA_CITY,
    ),
    (
        "fr",
        "Les bombardements sur l'ensemble de la bande de Gaza ont fait 40 morts en 24 heures.",
        GAZA_STRIP,
    ),
    (
        "fr",
        "Un bombardement a tué 6 civils dans la région de Donetsk, selon le gouverneur.",
        DONETSK_REGION,
    ),
    ("fr", "Une frappe de missile sur un marché de Donetsk a tué 4 personnes.", DONETSK),
    (
        "fr",
        "Des drones russes ont tué 3 personnes dans la région de Kiev pendant la nuit.",
        KYIV_REGION,
    ),
    ("fr", "Quatre personnes ont été tuées à Kiev par la chute de débris.", KYIV),
    ("fr", "Dans l'oblast de Kharkiv, les bombardements ont tué 5 villageois.", KHARKIV_REGION),
    ("fr", "Les combats dans la province d'Idleb ont tué 11 civils cette semaine.", IDLIB_REGION),
    ("fr", "Une frappe aérienne sur un marché de la ville d'Alep a tué 8 personnes.", ALEPPO),
    (
        "es",
        "Los ataques israelíes mataron a 33 personas en la Franja de Gaza el martes.",
        GAZA_STRIP,
    ),
    (
        "es",
        "Al menos 14 personas murieron en la ciudad de Gaza en un ataque contra una escuela.",
        GAZA_CITY,
    ),
    ("es", "Los bombardeos en toda la Franja de Gaza dejaron 41 muertos en un día.", GAZA_STRIP),
    (
        "es",
        "Un bombardeo mató a 6 civiles en la región de Donetsk, según el gobernador.",
        DONETSK_REGION,
    ),
    (
        "es",
        "Un misil lanzado contra la ciudad de Donetsk mató a 4 personas en un mercado.",
        DONETSK,
    ),
    ("es", "Drones rusos mataron a 3 personas en la región de Kiev durante la noche.", KYIV_REGION),
    ("es", "Cuatro personas murieron en Kiev por la caída de restos de un dron.", KYIV),
    ("es", "En la provincia de Idlib, los bombardeos mataron a 10 civiles.", IDLIB_REGION),
    ("es", "Un ataque en la provincia de Alepo mató a 7 personas.", ALEPPO_REGION),
    ("es", "Un ataque aéreo contra un mercado de la ciudad de Alepo mató a 8 personas.", ALEPPO),
    ("de", "Israelische Angriffe töteten am Dienstag im Gazastreifen 36 Menschen.", GAZA_STRIP),
    (
        "de",
        "In der Stadt Gaza wurden bei einem Angriff auf eine Schule mindestens 13 Menschen getötet.",
        GAZA_CITY,
    ),
    (
        "de",
        "Bei Luftangriffen auf den Gazastreifen wurden über Nacht 25 Palästinenser getötet.",
        GAZA_STRIP,
    ),
    (
        "de",
        "Beim Beschuss im Gebiet Donezk wurden 6 Zivilisten getötet, sagte der Gouverneur.",
        DONETSK_REGION,
    ),
    ("de", "Ein Raketenangriff auf die Stadt Donezk tötete 4 Menschen auf einem Markt.", DONETSK),
    ("de", "Russische Drohnen töteten in der Nacht 3 Menschen im Gebiet Kiew.", KYIV_REGION),
    ("de", "In Kiew wurden 4 Menschen durch herabfallende Trümmer getötet.", KYIV),
    ("de", "In der Region Charkiw wurden 5 Dorfbewohner durch Beschuss getötet.", KHARKIV_REGION),
    (
        "de",
        "Bei Kämpfen in der Provinz Idlib wurden diese Woche 12 Zivilisten getötet.",
        IDLIB_REGION,
    ),
    (
        "de",
        "Bei einem Luftangriff auf einen Markt in der Stadt Idlib wurden 9 Menschen getötet.",
        IDLIB,
    ),
    ("sv", "Israeliska attacker dödade 34 personer i Gazaremsan på tisdagen.", GAZA_STRIP),
    ("sv", "Minst 12 personer dödades i Gaza stad när en skola träffades.", GAZA_CITY),
    ("sv", "Flyganfall mot Gazaremsan dödade 26 palestinier under natten.", GAZA_STRIP),
    (
        "sv",
        "Beskjutning dödade 6 civila i Donetskregionen i söndags, uppger guvernören.",
        DONETSK_REGION,
    ),
    ("sv", "En robotattack mot staden Donetsk dödade 4 personer på en marknad.", DONETSK),
    ("sv", "Ryska drönare dödade 3 personer i Kievregionen under natten.", KYIV_REGION),
    ("sv", "Fyra personer dödades i Kiev när vrakdelar föll ned över ett hus.", KYIV),
    ("sv", "I Charkivregionen dödades 5 bybor av beskjutning.", KHARKIV_REGION),
    ("sv", "Strider i provinsen Idlib dödade 12 civila den här veckan.", IDLIB_REGION),
    ("sv", "Ett flyganfall mot en marknad i staden Idlib dödade 9 personer.", IDLIB),
    ("ar", "قتلت الغارات الإسرائيلية 32 شخصا في قطاع غزة يوم الثلاثاء.", GAZA_STRIP),
    ("ar", "قتل 14 شخصا على الأقل في مدينة غزة في قصف على مدرسة.", GAZA_CITY),
    ("ar", "استشهد 28 فلسطينيا في غارات على مناطق متفرقة من قطاع غزة.", GAZA_STRIP),
    ("ar", "قتل 6 مدنيين في قصف على مقاطعة دونيتسك، بحسب الحاكم.", DONETSK_REGION),
    ("ar", "قتل 4 أشخاص في قصف صاروخي على سوق في مدينة دونيتسك.", DONETSK),
    ("ar", "قتل 3 أشخاص في هجوم بطائرات مسيرة على منطقة كييف ليلا.", KYIV_REGION),
    ("ar", "قتل 4 أشخاص في كييف جراء سقوط حطام على منزل.", KYIV),
    ("ar", "قتل 12 مدنيا في قصف على ريف إدلب.", IDLIB_REGION),
    ("ar", "قتل 10 مدنيين في محافظة إدلب هذا الأسبوع.", IDLIB_REGION),
    ("ar", "قتل 9 أشخاص في غارة على سوق في مدينة إدلب.", IDLIB),
    ("en", "Israeli forces killed 3 Palestinians in the occupied West Bank on Monday.", WEST_BANK),
    ("en", "Two more people were killed in a raid on Jenin in the West Bank.", JENIN),
    ("fr", "Trois Palestiniens ont été tués en Cisjordanie occupée lundi.", WEST_BANK),
    ("fr", "Deux personnes ont été tuées lors d'un raid à Jénine, en Cisjordanie.", JENIN),
    ("es", "Tres palestinos murieron en Cisjordania el lunes.", WEST_BANK),
    pytest.param(
        "es",
        "Dos personas murieron en una incursión en Yenín, en Cisjordania.",
        JENIN,
        marks=pytest.mark.xfail(
            strict=True, reason="the gazetteer lacks the Spanish spelling Yenín"
        ),
    ),
    ("de", "Im Westjordanland wurden am Montag 3 Palästinenser getötet.", WEST_BANK),
    ("de", "Bei einer Razzia in Dschenin im Westjordanland wurden 2 Menschen getötet.", JENIN),
    ("sv", "Tre palestinier dödades på Västbanken i måndags.", WEST_BANK),
    ("sv", "Två personer dödades vid en räd i Jenin på Västbanken.", JENIN),
    ("ar", "استشهد 3 فلسطينيين في الضفة الغربية يوم الاثنين.", WEST_BANK),
    ("ar", "استشهد 2 من الشبان في اقتحام مدينة جنين في الضفة الغربية.", JENIN),
    (
        "es",
        "Nueve personas murieron en un tiroteo en Guerrero, informó la fiscalía.",
        GUERRERO_REGION,
    ),
    (
        "es",
        "Nueve personas murieron en un tiroteo en una fiesta en el estado de Guerrero.",
        GUERRERO_REGION,
    ),
    ("es", "El gobernador de Guerrero dijo que 5 policías murieron en Chilpancingo.", CHILPANCINGO),
    ("es", "Juan Guerrero dijo que 4 personas murieron en el ataque.", None),
    ("en", "Gunmen killed 9 people at a party in Guerrero, prosecutors said.", GUERRERO_REGION),
]


@pytest.mark.parametrize(("lang", "text", "place"), TERRITORY_OR_CITY)
def test_a_territory_or_region_is_not_its_city(lang: str, text: str, place: str) -> None:
    assert _claim(text, lang).place == place


NAMES_NOT_PLACES = [
    (
        "en",
        "The Kharkiv Human Rights Group said 14 civilians were killed in the shelling of Izium.",
        IZIUM,
    ),
    ("en", "The Kharkiv Human Rights Group said 14 civilians were killed last month.", None),
    ("en", "Amhara militia fighters killed 20 villagers, witnesses said.", None),
    ("en", "Kurdish fighters said 8 civilians were killed in the attack.", None),
    ("en", "Druze villagers said 11 people were killed when gunmen stormed the village.", None),
    ("en", "Doctors at Al-Quds hospital said 9 patients were killed.", None),
    ("en", "According to Baghdad Today, 5 people were killed in a car bomb.", None),
    ("en", "The Kyiv Independent reported that 7 people were killed in Odesa.", ODESA),
    ("en", "A rocket hit a cafe on Damascus Street in Homs, killing 4 people.", HOMS),
    ("en", "Fano fighters killed 15 soldiers near Gondar, a local official said.", GONDAR),
    (
        "fr",
        "Le Groupe des droits de l'homme de Kharkiv a indiqué que 14 civils avaient été tués le mois dernier.",
        None,
    ),
    ("fr", "Des miliciens amhara ont tué 20 villageois, selon des témoins.", None),
    (
        "fr",
        "Des combattants kurdes ont affirmé que 8 civils avaient été tués dans l'attaque.",
        None,
    ),
    ("fr", "Des villageois druzes ont indiqué que 11 personnes avaient été tuées.", None),
    ("fr", "Les médecins de l'hôpital Al-Quds ont indiqué que 9 patients avaient été tués.", None),
    (
        "fr",
        "Selon le site Baghdad Today, 5 personnes ont été tuées dans l'explosion d'une voiture piégée.",
        None,
    ),
    (
        "fr",
        "Le journal Kyiv Independent a rapporté que 7 personnes avaient été tuées à Odessa.",
        ODESA,
    ),
    ("fr", "Une roquette a frappé un café de la rue de Damas à Homs, tuant 4 personnes.", HOMS),
    (
        "fr",
        "Des combattants Fano ont tué 15 soldats près de Gondar, selon un responsable local.",
        GONDAR,
    ),
    ("fr", "Des combattants houthis ont déclaré que 6 personnes avaient été tuées.", None),
    (
        "es",
        "El Grupo de Derechos Humanos de Járkov afirmó que 14 civiles murieron el mes pasado.",
        None,
    ),
    ("es", "Milicianos amhara mataron a 20 aldeanos, según testigos.", None),
    ("es", "Combatientes kurdos afirmaron que 8 civiles murieron en el ataque.", None),
    (
        "es",
        "Aldeanos drusos dijeron que 11 personas murieron cuando hombres armados asaltaron la aldea.",
        None,
    ),
    ("es", "Los médicos del hospital Al Quds dijeron que 9 pacientes murieron.", None),
    (
        "es",
        "Según el sitio Baghdad Today, 5 personas murieron en la explosión de un coche bomba.",
        None,
    ),
    ("es", "El diario Kyiv Independent informó que 7 personas murieron en Odesa.", ODESA),
    ("es", "Un cohete alcanzó un café de la calle Damasco en Homs y mató a 4 personas.", HOMS),
    (
        "es",
        "Combatientes de Fano mataron a 15 soldados cerca de Gondar, según un funcionario local.",
        GONDAR,
    ),
    ("es", "Los hutíes afirmaron que 6 personas murieron en un bombardeo.", None),
    (
        "de",
        "Die Charkiwer Menschenrechtsgruppe teilte mit, im vergangenen Monat seien 14 Zivilisten getötet worden.",
        None,
    ),
    ("de", "Amhara-Milizen töteten nach Angaben von Zeugen 20 Dorfbewohner.", None),
    ("de", "Kurdische Kämpfer sagten, bei dem Angriff seien 8 Zivilisten getötet worden.", None),
    ("de", "Drusische Dorfbewohner berichteten, 11 Menschen seien getötet worden.", None),
    ("de", "Ärzte des Al-Quds-Krankenhauses sagten, 9 Patienten seien getötet worden.", None),
    ("de", "Laut der Website Baghdad Today wurden bei einer Autobombe 5 Menschen getötet.", None),
    (
        "de",
        "Die Zeitung Kyiv Independent berichtete, in Odessa seien 7 Menschen getötet worden.",
        ODESA,
    ),
    ("de", "Eine Rakete traf ein Café in der Damaskusstraße in Homs und tötete 4 Menschen.", HOMS),
    ("de", "Fano-Kämpfer töteten nahe Gondar 15 Soldaten, sagte ein örtlicher Beamter.", GONDAR),
    ("de", "Die Huthi erklärten, bei einem Angriff seien 6 Menschen getötet worden.", None),
    ("sv", "Charkivs människorättsgrupp uppger att 14 civila dödades förra månaden.", None),
    ("sv", "Amharamilis dödade 20 bybor, enligt vittnen.", None),
    ("sv", "Kurdiska stridande uppger att 8 civila dödades i attacken.", None),
    ("sv", "Drusiska bybor uppger att 11 personer dödades när beväpnade män stormade byn.", None),
    ("sv", "Läkare vid al-Quds-sjukhuset uppger att 9 patienter dödades.", None),
    ("sv", "Enligt nyhetssajten Baghdad Today dödades 5 personer av en bilbomb.", None),
    ("sv", "Tidningen Kyiv Independent rapporterar att 7 personer dödades i Odessa.", ODESA),
    ("sv", "En raket träffade ett kafé på Damaskusgatan i Homs och dödade 4 personer.", HOMS),
    ("sv", "Fanokrigare dödade 15 soldater nära Gondar, uppger en lokal tjänsteman.", GONDAR),
    ("sv", "Huthirebellerna uppger att 6 personer dödades i ett flyganfall.", None),
    ("ar", "قالت مجموعة خاركيف لحقوق الإنسان إن 14 مدنيا قتلوا الشهر الماضي.", None),
    pytest.param(
        "ar",
        "قتل مسلحو ميليشيا الأمهرة 20 قرويا بحسب شهود.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="no claim: verb-first clause with the killers as subject is not read",
        ),
    ),
    ("ar", "قال مقاتلون أكراد إن 8 مدنيين قتلوا في الهجوم.", None),
    ("ar", "قال قرويون دروز إن 11 شخصا قتلوا عندما اقتحم مسلحون القرية.", None),
    ("ar", "قال أطباء في مستشفى القدس إن 9 مرضى قتلوا.", None),
    ("ar", "بحسب موقع بغداد اليوم، قتل 5 أشخاص بانفجار سيارة مفخخة.", None),
    ("ar", "ذكرت صحيفة كييف إندبندنت أن 7 أشخاص قتلوا في أوديسا.", ODESA),
    ("ar", "سقط صاروخ على مقهى في شارع دمشق في حمص ما أدى إلى مقتل 4 أشخاص.", HOMS),
    pytest.param(
        "ar",
        "قتل مقاتلو فانو 15 جنديا قرب غوندار بحسب مسؤول محلي.",
        GONDAR,
        marks=pytest.mark.xfail(
            strict=True, reason="the gazetteer lacks this Arabic spelling of Gondar"
        ),
    ),
    ("ar", "قال الحوثيون إن 6 أشخاص قتلوا في غارة.", None),
]


@pytest.mark.parametrize(("lang", "text", "place"), NAMES_NOT_PLACES)
def test_names_of_groups_and_outlets_are_no_places(lang: str, text: str, place: str | None) -> None:
    assert _claim(text, lang).place == place


def test_the_strip_holds_its_governorates_and_they_do_not_lose_their_towns() -> None:
    """A territory holds every town of its first-level code; it is no rival to the governorates
    that share the code, so a town stays in its governorate too."""
    from harmledger import gazetteer, regions

    strip, rafah_region = regions.region(GAZA_STRIP), regions.region("iso3166-2:PS-RFH")
    assert strip is not None and strip.territory and rafah_region is not None
    rafah = gazetteer.record("geonames:281102")
    assert rafah is not None
    where = (rafah.country, rafah.admin1, rafah.latitude, rafah.longitude)
    assert regions.holds(strip, *where) and regions.holds(rafah_region, *where)
    west_bank = regions.region(WEST_BANK)
    assert west_bank is not None and not regions.holds(west_bank, *where)


def test_linking_reads_a_governorate_inside_the_strip() -> None:
    from harmledger.link.incidents.places import place_info, relation

    def info(place_id: str):  # a region's point is read from the table
        return place_info(place_id, None, None, None)

    assert relation(info(GAZA_STRIP), info("iso3166-2:PS-RFH")) == "contains"
    assert relation(info(GAZA_STRIP), info(WEST_BANK)) == "far"


def test_a_region_in_the_sentence_wins_over_an_earlier_place_it_does_not_hold() -> None:
    text = (
        "Strikes killed 30 people in Gaza City on Monday, the health ministry said. "
        "In the West Bank, 4 Palestinians were killed in raids."
    )
    claims = [c for c in extract_claims(text, "en", dt.date(2023, 10, 30)) if c.is_casualty]
    places = {c.low: c.place for c in claims}
    assert places == {30: GAZA_CITY, 4: WEST_BANK}


# a capital accused, blamed or condemned, or one that accuses, is its government
GOVERNMENTS = [
    ("en", "Rebels accused Damascus of the attack, which killed 40 civilians.", None),
    ("en", "Officials blamed Moscow for the strike that killed 12 people in Kharkiv.", KHARKIV),
    ("en", "Washington accused Tehran of arming the group after 9 soldiers were killed.", None),
    ("en", "Residents accused Khartoum of bombing the market, killing 23 people.", None),
    (
        "en",
        "The opposition accused Damascus of a gas attack that killed 70 people in Khan Sheikhoun.",
        KHAN_SHEIKHOUN,
    ),
    ("en", "Kyiv blamed Moscow for the shelling that killed 5 people.", None),
    ("en", "The monitor accused Baghdad of ignoring the deaths of 14 protesters.", None),
    ("en", "Activists condemned Damascus after 31 people were killed.", None),
    ("en", "Human rights groups accused Naypyidaw of an airstrike that killed 17 villagers.", None),
    ("en", "The ministry blamed Kabul for the raid in which 8 people died.", None),
    ("fr", "Les rebelles ont accusé Damas de l'attaque, qui a tué 40 civils.", None),
    ("fr", "Les autorités accusent Moscou de la frappe qui a tué 12 personnes à Kharkiv.", KHARKIV),
    ("fr", "Washington accuse Téhéran d'avoir armé le groupe après la mort de 9 soldats.", None),
    ("fr", "Des habitants accusent Khartoum d'avoir bombardé le marché, tuant 23 personnes.", None),
    (
        "fr",
        "L'opposition accuse Damas d'une attaque chimique qui a tué 70 personnes à Khan Cheikhoun.",
        None,
    ),
    ("fr", "Kiev accuse Moscou des bombardements qui ont tué 5 personnes.", None),
    ("fr", "L'ONG accuse Bagdad d'ignorer la mort de 14 manifestants.", None),
    pytest.param(
        "fr",
        "Des militants ont condamné Damas après la mort de 31 personnes.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="fr: the accused capital after 'accuser'/'condamner' is left a place (on incidents_dev it cost a link: the report's only other place is not read)",
        ),
    ),
    ("fr", "Les ONG accusent Naypyidaw d'une frappe qui a tué 17 villageois.", None),
    pytest.param(
        "fr",
        "Le ministère accusant Kaboul du raid, 8 personnes ont été tuées.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="fr: the accused capital after 'accuser'/'condamner' is left a place (on incidents_dev it cost a link: the report's only other place is not read)",
        ),
    ),
    ("es", "Los rebeldes acusaron a Damasco del ataque, que mató a 40 civiles.", None),
    ("es", "Las autoridades acusan a Moscú del ataque que mató a 12 personas en Járkov.", KHARKIV),
    ("es", "Washington acusó a Teherán de armar al grupo tras la muerte de 9 soldados.", None),
    ("es", "Los vecinos acusan a Jartum de bombardear el mercado y matar a 23 personas.", None),
    ("es", "La oposición acusó a Damasco de un ataque químico que mató a 70 personas.", None),
    ("es", "Kiev culpó a Moscú del bombardeo que mató a 5 personas.", None),
    ("es", "La ONG acusó a Bagdad de ignorar la muerte de 14 manifestantes.", None),
    ("es", "Los activistas condenaron a Damasco tras la muerte de 31 personas.", None),
    ("es", "Las ONG acusan a Naypyidaw de un bombardeo que mató a 17 aldeanos.", None),
    (
        "es",
        "El ministerio responsabilizó a Kabul de la incursión en la que murieron 8 personas.",
        None,
    ),
    (
        "de",
        "Die Rebellen beschuldigten Damaskus des Angriffs, bei dem 40 Zivilisten getötet wurden.",
        None,
    ),
    (
        "de",
        "Die Behörden machten Moskau für den Angriff verantwortlich, bei dem in Charkiw 12 Menschen getötet wurden.",
        KHARKIV,
    ),
    (
        "de",
        "Washington warf Teheran vor, die Gruppe bewaffnet zu haben, nachdem 9 Soldaten getötet worden waren.",
        None,
    ),
    (
        "de",
        "Anwohner beschuldigen Khartum, den Markt bombardiert und 23 Menschen getötet zu haben.",
        None,
    ),
    (
        "de",
        "Die Opposition beschuldigt Damaskus eines Giftgasangriffs, bei dem 70 Menschen getötet wurden.",
        None,
    ),
    ("de", "Kiew beschuldigte Moskau des Beschusses, bei dem 5 Menschen getötet wurden.", None),
    ("de", "Die Organisation warf Bagdad vor, den Tod von 14 Demonstranten zu ignorieren.", None),
    ("de", "Aktivisten verurteilten Damaskus, nachdem 31 Menschen getötet worden waren.", None),
    (
        "de",
        "Menschenrechtler beschuldigen Naypyidaw eines Luftangriffs, bei dem 17 Dorfbewohner getötet wurden.",
        None,
    ),
    ("de", "Das Ministerium beschuldigte Kabul der Razzia, bei der 8 Menschen starben.", None),
    ("sv", "Rebellerna anklagade Damaskus för attacken, som dödade 40 civila.", None),
    ("sv", "Myndigheterna anklagar Moskva för attacken som dödade 12 personer i Charkiv.", KHARKIV),
    (
        "sv",
        "Washington anklagade Teheran för att ha beväpnat gruppen sedan 9 soldater dödats.",
        None,
    ),
    ("sv", "Invånare anklagar Khartoum för att ha bombat marknaden och dödat 23 personer.", None),
    ("sv", "Oppositionen anklagar Damaskus för en gasattack som dödade 70 personer.", None),
    ("sv", "Kiev anklagade Moskva för beskjutningen som dödade 5 personer.", None),
    ("sv", "Organisationen anklagade Bagdad för att ignorera att 14 demonstranter dödats.", None),
    ("sv", "Aktivister fördömde Damaskus sedan 31 personer dödats.", None),
    ("sv", "Människorättsgrupper anklagar Naypyidaw för ett flyganfall som dödade 17 bybor.", None),
    ("sv", "Ministeriet beskyllde Kabul för räden där 8 personer dog.", None),
    pytest.param(
        "ar",
        "اتهم المعارضون دمشق بتنفيذ الهجوم الذي قتل 40 مدنيا.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="ar: verb-first, the accused capital stands after the subject ('اتهمت المعارضة دمشق ب...'), not beside the verb",
        ),
    ),
    ("ar", "اتهمت السلطات موسكو بالضربة التي قتلت 12 شخصا في خاركيف.", KHARKIV),
    pytest.param(
        "ar",
        "اتهمت واشنطن طهران بتسليح الجماعة بعد مقتل 9 جنود.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="ar: verb-first, the accused capital stands after the subject ('اتهمت المعارضة دمشق ب...'), not beside the verb",
        ),
    ),
    ("ar", "اتهم سكان الخرطوم الجيش بقصف السوق ما أدى إلى مقتل 23 شخصا.", KHARTOUM),
    pytest.param(
        "ar",
        "اتهمت المعارضة دمشق بهجوم كيميائي قتل 70 شخصا.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="ar: verb-first, the accused capital stands after the subject ('اتهمت المعارضة دمشق ب...'), not beside the verb",
        ),
    ),
    ("ar", "حملت كييف موسكو مسؤولية القصف الذي قتل 5 أشخاص.", None),
    pytest.param(
        "ar",
        "اتهمت المنظمة بغداد بتجاهل مقتل 14 متظاهرا.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="ar: verb-first, the accused capital stands after the subject ('اتهمت المعارضة دمشق ب...'), not beside the verb",
        ),
    ),
    pytest.param(
        "ar",
        "أدان ناشطون دمشق بعد مقتل 31 شخصا.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="ar: verb-first, the accused capital stands after the subject ('اتهمت المعارضة دمشق ب...'), not beside the verb",
        ),
    ),
    ("ar", "اتهمت منظمات حقوقية نايبيداو بشن غارة قتلت 17 قرويا.", None),
    ("ar", "حملت الوزارة كابل مسؤولية المداهمة التي قتل فيها 8 أشخاص.", None),
]


@pytest.mark.parametrize(("lang", "text", "place"), GOVERNMENTS)
def test_a_capital_that_accuses_or_is_accused_is_its_government(
    lang: str, text: str, place: str | None
) -> None:
    assert _claim(text, lang).place == place
