"""Speaker classes of the spk6 branch, on passages written for the purpose (no text from any
evaluation set), in the six languages: each passage with the speaker the labelling conventions
give to each of its casualty claims, None where the text attributes the figure to no one.

An expected speaker is compared as the evaluation compares speakers (``same_speaker``: the same
actor, acronym or a shared content word). Classes: a generic pronoun is no speaker (Swedish and
German "man", French "on", Spanish "se"); a pronoun pointing back to the source
named before ("according to them", "selon eux", "según ellos", "ihren Angaben zufolge",
"enligt dem", "وفقا لهم"); two sources in one sentence, each for its own figure ("while",
"tandis que", "mientras que", "während", "medan", "في حين"); nested sources ("sources told X",
"des sources citées par X", "källor till X"); an agency credited at the end of a paragraph
("(AFP)", "— Reuters"); a name beginning with an Arabic article in Latin script ("Al Jazeera",
"Al Arabiya", "El Watan"); an organisation with its abbreviation in parentheses; the speaker of
a headline figure ("Polisen: tre döda"); aid workers and rebels named in any language; and
figures no one is cited for.
"""

import pytest

from harmledger.evaluation.matching import same_speaker
from harmledger.extract.engine import extract_claims


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


PASSAGES = [
    # --- generic pronouns are no speaker ---
    ("sv", "Man räknar med att minst 30 personer har dödats i skredet.", [None]),
    ("sv", "Man befarar att ett tjugotal människor saknas efter branden.", [None]),
    ("sv", "I staden uppger man att 12 civila skadades under natten.", [None]),
    ("de", "Man geht davon aus, dass mindestens 25 Menschen getötet wurden.", [None]),
    ("de", "Man rechnet mit mehr als 40 Toten nach dem Erdbeben.", [None]),
    ("fr", "On compte au moins 18 morts dans le village après le bombardement.", [None]),
    ("fr", "On estime à une centaine le nombre de blessés.", [None]),
    ("fr", "On dénombrait vendredi 7 civils tués dans la frappe.", [None]),
    ("es", "Se calcula que al menos 50 personas murieron en el ataque.", [None]),
    ("es", "Se estima que unas 200 personas resultaron heridas.", [None]),
    ("en", "One can only estimate that around 60 people were killed.", [None]),
    ("ar", "ويقدر عدد القتلى بنحو 40 شخصا.", [None]),
    # --- a pronoun pointing back to the source named before ---
    (
        "sv",
        "Räddningstjänsten var på plats under natten. Enligt dem omkom fyra personer i branden.",
        ["Räddningstjänsten"],
    ),
    (
        "sv",
        "Lokala läkare har behandlat de drabbade. Enligt dem har minst 45 personer skadats.",
        ["läkare"],
    ),
    (
        "fr",
        "Les secouristes sont arrivés sur place dans la nuit. Selon eux, 11 personnes ont été tuées.",
        ["secouristes"],
    ),
    (
        "fr",
        "Des habitants ont fui vers le nord. D'après eux, au moins 9 civils ont péri.",
        ["habitants"],
    ),
    (
        "en",
        "Rescue workers reached the village on Sunday. According to them, 13 people were killed.",
        ["Rescue workers"],
    ),
    (
        "en",
        "Local doctors have treated the wounded for days. According to them, at least 70 people were injured.",
        ["doctors"],
    ),
    (
        "de",
        "Die Rettungskräfte waren die ganze Nacht im Einsatz. Ihren Angaben zufolge starben 16 Menschen.",
        ["Rettungskräfte"],
    ),
    (
        "de",
        "Die örtlichen Behörden sprachen von einer Katastrophe. Nach ihren Angaben wurden 22 Menschen verletzt.",
        ["Behörden"],
    ),
    (
        "es",
        "Los socorristas trabajaron toda la noche. Según ellos, 19 personas murieron.",
        ["socorristas"],
    ),
    (
        "es",
        "Los médicos del hospital atendieron a decenas de pacientes. De acuerdo con ellos, 8 niños resultaron heridos.",
        ["médicos"],
    ),
    (
        "ar",
        "وصل المسعفون إلى المكان بعد ساعات. ووفقا لهم، قتل 15 شخصا في القصف.",
        ["المسعفون"],
    ),
    (
        "ar",
        "تحدث الأطباء عن وضع صعب في المستشفى. وبحسبهم، أصيب 30 شخصا بجروح.",
        ["الأطباء"],
    ),
    # --- two sources in one sentence, each for its own figure ---
    (
        "sv",
        "Enligt polisen dödades tre personer, medan sjukhuset uppger att elva personer skadades.",
        ["polisen", "sjukhuset"],
    ),
    (
        "sv",
        "Armén säger att 14 militanter dödades, medan lokala källor uppger att sex civila omkom.",
        ["Armén", "källor"],
    ),
    (
        "en",
        "According to the army, 20 militants were killed, while local residents said 9 civilians died.",
        ["army", "residents"],
    ),
    (
        "en",
        "The ministry said 31 people were killed, while the Red Cross put the number of wounded at 80.",
        ["ministry", "Red Cross"],
    ),
    (
        "fr",
        "Selon l'armée, 12 combattants ont été tués, tandis que des habitants affirment que 5 civils sont morts.",
        ["armée", "habitants"],
    ),
    (
        "fr",
        "Le ministère a fait état de 40 morts, alors que Médecins du Monde évoque 65 blessés.",
        ["ministère", "Médecins du Monde"],
    ),
    (
        "es",
        "Según la policía, 6 personas murieron, mientras que los bomberos informaron de 14 heridos.",
        ["policía", "bomberos"],
    ),
    (
        "es",
        "El ejército afirmó que 25 insurgentes murieron, mientras que los vecinos dijeron que 4 civiles fallecieron.",
        ["ejército", "vecinos"],
    ),
    (
        "de",
        "Nach Angaben der Polizei wurden 5 Menschen getötet, während laut dem Krankenhaus 17 Menschen verletzt wurden.",
        ["Polizei", "Krankenhaus"],
    ),
    (
        "de",
        "Die Armee meldete 30 getötete Kämpfer, während Anwohner berichteten, dass 7 Zivilisten starben.",
        ["Armee", "Anwohner"],
    ),
    (
        "ar",
        "وقالت وزارة الصحة إن 20 شخصا قتلوا، في حين أفاد الدفاع المدني بأن 9 أشخاص ما زالوا مفقودين.",
        ["وزارة الصحة", "الدفاع المدني"],
    ),
    # --- nested sources ---
    (
        "en",
        "Two security sources told CNN that at least 12 people were killed in the raid.",
        ["security sources told CNN"],
    ),
    (
        "en",
        "At least 8 civilians died in the strike, sources told Reuters.",
        ["sources told Reuters"],
    ),
    (
        "fr",
        "Au moins 14 personnes ont été tuées, selon des sources citées par l'AFP.",
        ["sources citées par l'AFP"],
    ),
    (
        "fr",
        "Des sources médicales citées par l'agence Anadolu ont fait état de 23 blessés.",
        ["sources médicales citées par Anadolu"],
    ),
    (
        "sv",
        "Minst 17 personer dödades, säger källor till nyhetsbyrån Reuters.",
        ["källor till Reuters"],
    ),
    (
        "sv",
        "Källor till CNN uppger att 40 personer har skadats.",
        ["källor till CNN"],
    ),
    (
        "es",
        "Fuentes de seguridad dijeron a la agencia EFE que 11 personas murieron.",
        ["fuentes de seguridad a EFE"],
    ),
    (
        "de",
        "Sicherheitskreise sagten der Nachrichtenagentur dpa, mindestens 9 Menschen seien getötet worden.",
        ["Sicherheitskreise dpa"],
    ),
    (
        "ar",
        "وقالت مصادر طبية لقناة الجزيرة إن 8 أشخاص قتلوا في الغارة.",
        ["مصادر طبية للجزيرة"],
    ),
    # --- an agency credited at the end of a paragraph ---
    (
        "en",
        "At least 14 people were killed in the blast on Monday. (AFP)",
        ["AFP"],
    ),
    (
        "en",
        "Twelve people were killed and 30 wounded in the shelling overnight. — Reuters",
        ["Reuters", "Reuters"],
    ),
    (
        "fr",
        "Au moins 16 personnes ont péri dans les inondations. (AFP)",
        ["AFP"],
    ),
    (
        "es",
        "Al menos 21 personas murieron en el derrumbe de la mina. (EFE)",
        ["EFE"],
    ),
    (
        "de",
        "Mindestens 10 Menschen kamen bei dem Unglück ums Leben. (dpa)",
        ["dpa"],
    ),
    (
        "en",
        "The ministry said 9 people were killed in the attack. (AFP)",
        ["ministry"],
    ),
    # --- a name beginning with an Arabic article in Latin script ---
    (
        "es",
        "Al Jazeera informó que al menos 25 personas murieron en el bombardeo.",
        ["Al Jazeera"],
    ),
    (
        "en",
        "Al Arabiya reported that 18 people were killed in the clashes.",
        ["Al Arabiya"],
    ),
    (
        "fr",
        "El Watan rapporte que 7 personnes ont été blessées dans l'explosion.",
        ["El Watan"],
    ),
    (
        "en",
        "At least 30 people were injured, Al Jazeera reported.",
        ["Al Jazeera"],
    ),
    (
        "de",
        "Wie Al Arabiya berichtete, wurden 12 Menschen getötet.",
        ["Al Arabiya"],
    ),
    (
        "sv",
        "Enligt Al Jazeera dödades minst 20 personer i attacken.",
        ["Al Jazeera"],
    ),
    (
        "fr",
        "Selon Al-Jazira, 35 personnes ont été tuées.",
        ["Al-Jazira"],
    ),
    # --- organisations with an abbreviation in parentheses ---
    (
        "en",
        "The Coastal Rights Network (CRN) said 27 civilians had been killed since March.",
        ["Coastal Rights Network"],
    ),
    (
        "fr",
        "Le Bureau de coordination des affaires humanitaires (OCHA) indique que 3 000 personnes ont été déplacées.",
        ["OCHA"],
    ),
    (
        "es",
        "La Cruz Roja Internacional (CICR) informó de 15 muertos.",
        ["CICR|Cruz Roja"],
    ),
    (
        "de",
        "Das Internationale Komitee vom Roten Kreuz (IKRK) meldete 40 Verletzte.",
        ["IKRK|Roten Kreuz"],
    ),
    (
        "sv",
        "Internationella rödakorskommittén (ICRC) uppger att 60 personer har skadats.",
        ["ICRC"],
    ),
    (
        "en",
        "According to the Office for the Coordination of Humanitarian Affairs (OCHA), 12,000 people have fled.",
        ["OCHA"],
    ),
    # --- the speaker of a headline figure ---
    (
        "en",
        "Strike on market kills 22, rescuers say\n\nThe strike hit the market at noon on Friday.",
        ["rescuers"],
    ),
    (
        "fr",
        "Frappe sur un marché : 22 morts, selon les secours\n\nLa frappe a touché le marché vendredi.",
        ["secours"],
    ),
    (
        "es",
        "Un bombardeo deja 22 muertos, según los rescatistas\n\nEl ataque alcanzó el mercado el viernes.",
        ["rescatistas"],
    ),
    (
        "de",
        "Angriff auf Markt: 22 Tote laut Rettungskräften\n\nDer Angriff traf den Markt am Freitag.",
        ["Rettungskräften"],
    ),
    (
        "sv",
        "Räddningstjänsten: 22 döda i attacken mot marknaden\n\nAttacken inträffade på fredagen.",
        ["Räddningstjänsten"],
    ),
    (
        "en",
        "Floods kill 14 in northern province\n\nHeavy rain caused the river to burst its banks.",
        [None],
    ),
    (
        "ar",
        "الدفاع المدني: مقتل 22 شخصا في قصف سوق\n\nوقع القصف ظهر الجمعة.",
        ["الدفاع المدني"],
    ),
    # --- plain sources and no source, for reference ---
    ("en", "Fourteen people were killed in the strike on Tuesday.", [None]),
    ("fr", "Quatorze personnes ont été tuées mardi dans la frappe.", [None]),
    ("es", "Catorce personas murieron el martes en el ataque.", [None]),
    ("de", "Vierzehn Menschen wurden am Dienstag bei dem Angriff getötet.", [None]),
    ("sv", "Fjorton personer dödades i attacken på tisdagen.", [None]),
    ("ar", "قتل 14 شخصا في الغارة يوم الثلاثاء.", [None]),
    ("sv", "Polisen uppger att två personer omkom i olyckan.", ["Polisen"]),
    ("de", "Laut der Feuerwehr wurden sechs Menschen verletzt.", ["Feuerwehr"]),
    ("es", "La Defensa Civil informó que 9 personas resultaron heridas.", ["Defensa Civil"]),
    ("fr", "Onze personnes ont été blessées, a indiqué la préfecture.", ["préfecture"]),
    ("ar", "أفاد مصدر أمني بمقتل 5 جنود في الهجوم.", ["مصدر أمني"]),
    ("en", "The governor told reporters that 17 people had died.", ["governor"]),
    # --- a source named earlier, then a figure stated as fact in a later paragraph ---
    (
        "en",
        "The mayor praised the rescue teams on Sunday.\n\nAt least 9 people were killed in the collapse.",
        [None],
    ),
    (
        "sv",
        "Borgmästaren tackade räddningspersonalen.\n\nMinst nio personer omkom i raset.",
        [None],
    ),
    # --- more credits at the end of a paragraph, and what they do not reach ---
    (
        "en",
        "Nine people died in the fire. Three others were hurt. (AFP)",
        ["AFP", "AFP"],
    ),
    (
        "en",
        "Five people died in the storm.\n\nRoads were closed overnight. (AFP)",
        [None],
    ),
    (
        "es",
        "Siete personas murieron en el incendio. Otras dos resultaron heridas. (EFE)",
        ["EFE", "EFE"],
    ),
    (
        "sv",
        "Sex personer omkom i branden. Ytterligare två skadades. (TT)",
        ["TT", "TT"],
    ),
    ("fr", "Douze personnes ont été tuées dans l'attaque. — Reuters", ["Reuters"]),
    # --- a source opening a line before a colon ---
    ("sv", "Polisen: tre döda i olyckan", ["Polisen"]),
    ("de", "Polizei: Drei Tote bei Unfall auf der Autobahn", ["Polizei"]),
    ("en", "Police: three dead in highway crash", ["Police"]),
    ("es", "Defensa Civil: 12 muertos por las lluvias", ["Defensa Civil"]),
    ("fr", "Bilan : 30 morts dans les inondations", [None]),
    ("en", "Update: 30 people killed in floods", [None]),
    # --- more generic pronouns and pronouns pointing back ---
    ("sv", "I byn uppger man att fem personer har dödats.", [None]),
    ("fr", "On parle de 30 morts dans la région.", [None]),
    (
        "sv",
        "Polisen uppger att en person dog i olyckan. Enligt dem skadades också tre personer.",
        ["Polisen", "Polisen"],
    ),
    (
        "de",
        "Die Polizei sprach von einem schweren Unglück. Ihren Angaben zufolge wurden 4 Menschen verletzt.",
        ["Polizei"],
    ),
    (
        "ar",
        "وقالت الشرطة إن 3 أشخاص قتلوا. وبحسبها، أصيب 7 آخرون.",
        ["الشرطة", "الشرطة"],
    ),
    # --- more pairs of sources set against each other ---
    (
        "en",
        "Reuters reported 12 deaths, while the ministry said 20 people were killed.",
        ["Reuters", "ministry"],
    ),
    (
        "fr",
        "Selon la police, 4 personnes sont mortes, tandis que les pompiers font état de 9 blessés.",
        ["police", "pompiers"],
    ),
    # --- aid workers and rebels as sources ---
    ("fr", "Les rebelles font état de 12 morts dans le village.", ["rebels"]),
    ("es", "Los rebeldes informaron de 10 muertos.", ["rebels"]),
    ("en", "Aid workers said 14 people were wounded.", ["travailleurs humanitaires"]),
    (
        "fr",
        "Un des travailleurs humanitaires a précisé que 3 enfants ont été blessés.",
        ["aid worker"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PASSAGES)
def test_speaker(lang: str, text: str, expected: list[str | None]) -> None:
    got = _speakers(text, lang)
    assert len(got) == len(expected), (got, expected)
    for want, have in zip(expected, got, strict=True):
        ok = (
            have is None
            if want is None
            else any(same_speaker(have, alt) for alt in want.split("|"))
        )
        assert ok, (want, have, got)
