"""German incident-report and Spanish news sentences, written before reading the rules (branch
dees3): verb-final clauses, "ums Leben kommen", "erlag seinen Verletzungen", tolls that rise,
"Dutzende", "se cobró la vida de", "resultaron heridos", "una decena", and numbers that are no
casualties (ages, dates, times, rockets, houses, arrests, survivors, populations, unit sizes).
Sentences are our own; names and places are invented or generic.

Each case: text, expected casualty claims as (measure, who, low, high, qualifier) where a `who`
of None is not checked (roles such as police or journalists), and a word the speaker must contain
(None: not checked; "" : no speaker).
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Expected = tuple[str, str | None, int | None, int | None, str]


def _check(text: str, lang: str, expected: list[Expected], speaker: str | None) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    got = sorted((c.measure, c.low, c.high, c.qualifier) for c in claims)
    assert got == sorted((m, lo, hi, q) for m, _, lo, hi, q in expected), got
    for measure, who, low, high, qualifier in expected:
        if who is not None:
            whos = [
                c.who
                for c in claims
                if (c.measure, c.low, c.high, c.qualifier) == (measure, low, high, qualifier)
            ]
            assert who in whos, (measure, low, whos)
    if speaker is not None:
        for claim in claims:
            if speaker:
                assert claim.speaker and speaker.lower() in claim.speaker.lower(), claim.speaker
            else:
                assert claim.speaker is None, claim.speaker


GERMAN: list[tuple[str, list[Expected], str | None]] = [
    (
        "Bei einem Brand in einem Wohnhaus im Osten der Stadt kamen in der Nacht zum Sonntag "
        "drei Menschen ums Leben.",
        [("killed", "people", 3, 3, "exact")],
        "",
    ),
    (
        "Die Polizei teilte mit, dass bei der Explosion gegen 14.30 Uhr zwei Passanten schwer "
        "verletzt wurden.",
        [("injured", "people", 2, 2, "exact")],
        "Polizei",
    ),
    (
        "Bei dem Anschlag auf einen Markt, bei dem mindestens 12 Menschen ums Leben kamen, "
        "wurden rund 40 weitere verletzt.",
        [("killed", "people", 12, None, "at_least"), ("injured", "people", 40, 40, "about")],
        "",
    ),
    (
        "Der 34-Jährige erlag am Dienstag im Krankenhaus seinen Verletzungen.",
        [("killed", None, 1, 1, "exact")],
        None,
    ),
    (
        "Die Zahl der Toten stieg nach Angaben des Gesundheitsministeriums auf 57.",
        [("killed", "people", 57, 57, "exact")],
        "Gesundheitsministerium",
    ),
    (
        "Der Angriff forderte mindestens 23 Todesopfer, darunter sieben Kinder.",
        [("killed", "people", 23, None, "at_least"), ("killed", "children", 7, 7, "exact")],
        "",
    ),
    (
        "Dutzende Zivilisten wurden bei den Kämpfen am Stadtrand verwundet.",
        [("injured", "civilians", 24, None, "vague")],
        "",
    ),
    (
        "Ein paar Dutzend Menschen wurden verletzt, als drei Raketen in einem Wohnviertel "
        "einschlugen.",
        [("injured", "people", 24, None, "vague")],
        "",
    ),
    (
        "Nach dem Bombardement werden noch mehrere hundert Menschen vermisst.",
        [("missing", "people", 200, None, "vague")],
        "",
    ),
    (
        "Rettungskräfte haben bis Freitagabend 14 Leichen aus den Trümmern geborgen.",
        [("bodies_recovered", "people", 14, 14, "exact")],
        "",
    ),
    (
        "Laut dem Roten Halbmond wurden knapp 200 Menschen verletzt.",
        [("injured", "people", 200, 200, "about")],
        "Halbmond",
    ),
    (
        "Mehr als 1.500 Menschen sind seit Beginn der Offensive gestorben, teilte die UNO mit.",
        [("killed", "people", 1501, None, "more_than")],
        "UNO",
    ),
    (
        "Bei dem Luftangriff auf das Dorf starben am 3. März vier Frauen und zwei Kinder.",
        [("killed", "women", 4, 4, "exact"), ("killed", "children", 2, 2, "exact")],
        "",
    ),
    (
        "Zwischen 30 und 40 Soldaten wurden bei dem Überfall auf den Stützpunkt getötet.",
        [("killed", "combatants", 30, 40, "range")],
        "",
    ),
    (
        "Zwei Journalisten wurden verletzt, ein Sanitäter wurde getötet.",
        [("injured", None, 2, 2, "exact"), ("killed", None, 1, 1, "exact")],
        "",
    ),
    (
        "Die Polizei nahm nach den Ausschreitungen 45 Personen fest; zwölf Beamte wurden leicht "
        "verletzt.",
        [("injured", None, 12, 12, "exact")],
        None,
    ),
    (
        "In dem Gebiet leben etwa 20.000 Menschen, von denen rund 3.000 geflohen sind.",
        [("displaced", "people", 3000, 3000, "about")],
        "",
    ),
    (
        "Nach dem Einsturz des Gebäudes werden bis zu 60 Menschen vermisst.",
        [("missing", "people", None, 60, "up_to")],
        "",
    ),
    (
        "Bei Gefechten in der Provinz wurden nach Armeeangaben 15 Aufständische getötet und vier "
        "Soldaten verwundet.",
        [("killed", "combatants", 15, 15, "exact"), ("injured", "combatants", 4, 4, "exact")],
        "Armee",
    ),
    (
        "Etwa 50 Menschen wurden mit Verletzungen in umliegende Krankenhäuser gebracht.",
        [("injured", "people", 50, 50, "about")],
        "",
    ),
    (
        "Die Zahl der Verletzten liegt inzwischen bei über 80.",
        [("injured", "people", 81, None, "more_than")],
        "",
    ),
    ("Elf Menschen überlebten den Angriff unverletzt.", [], ""),
    ("Am Montag gegen 6 Uhr griffen rund 300 Kämpfer die Stadt an.", [], ""),
    (
        "Seit Jahresbeginn wurden in der Region 1.200 Menschen getötet, wie aus einem Bericht "
        "der Vereinten Nationen hervorgeht.",
        [("killed", "people", 1200, 1200, "exact")],
        "Vereinten Nationen",
    ),
    (
        "Bei dem Bombenanschlag vor einer Moschee kamen am Freitag mindestens 17 Gläubige ums "
        "Leben, mehr als 50 wurden verletzt.",
        [("killed", "people", 17, None, "at_least"), ("injured", "people", 51, None, "more_than")],
        "",
    ),
    (
        "Im Süden des Landes wurden bei Luftangriffen zehn Menschen getötet.",
        [("killed", "people", 10, 10, "exact")],
        "",
    ),
    (
        "Unter den Getöteten befinden sich nach Angaben der Organisation Reporter ohne Grenzen "
        "drei Journalisten.",
        [("killed", None, 3, 3, "exact")],
        "Reporter",
    ),
    (
        "Vier Menschen starben noch am Unfallort, sechs weitere wurden mit schweren Verletzungen "
        "ins Krankenhaus gebracht.",
        [("killed", "people", 4, 4, "exact"), ("injured", "people", 6, 6, "exact")],
        "",
    ),
    (
        "Rund 2.000 Bewohner mussten aus ihren Häusern fliehen.",
        [("displaced", "people", 2000, 2000, "about")],
        "",
    ),
    (
        "Tausende Menschen sind vor den Kämpfen auf der Flucht.",
        [("displaced", "people", 2000, None, "vague")],
        "",
    ),
    (
        "Die Behörden sprachen von acht Toten und 25 Verletzten.",
        [("killed", "people", 8, 8, "exact"), ("injured", "people", 25, 25, "exact")],
        "Behörden",
    ),
    (
        "Ein 19-jähriger Mann wurde durch einen Messerstich lebensgefährlich verletzt.",
        [("injured", None, 1, 1, "exact")],
        "",
    ),
    (
        "Insgesamt wurden 37 Leichen in dem Massengrab am Ortsrand gefunden.",
        [("bodies_recovered", "people", 37, 37, "exact")],
        "",
    ),
    (
        "Wie ein Sprecher der Feuerwehr mitteilte, wurden 200 Häuser zerstört und 13 Menschen "
        "getötet.",
        [("killed", "people", 13, 13, "exact")],
        "Feuerwehr",
    ),
    (
        "Die Zahl der Todesopfer ist auf mindestens 31 gestiegen, wie die Behörden am Mittwoch "
        "mitteilten.",
        [("killed", "people", 31, None, "at_least")],
        "Behörden",
    ),
    (
        "Zwei weitere Schwerverletzte erlagen in der Nacht ihren Verletzungen.",
        [("killed", "people", 2, 2, "exact")],
        "",
    ),
    (
        "Bei dem Angriff wurden mehr als ein Dutzend Kinder verletzt.",
        [("injured", "children", 13, None, "more_than")],
        "",
    ),
    (
        "Drei Menschen werden seit dem Angriff vermisst, zwei Leichen wurden bereits geborgen.",
        [("missing", "people", 3, 3, "exact"), ("bodies_recovered", "people", 2, 2, "exact")],
        "",
    ),
]

SPANISH: list[tuple[str, list[Expected], str | None]] = [
    (
        "El ataque se cobró la vida de al menos 15 personas, entre ellas cuatro niños.",
        [("killed", "people", 15, None, "at_least"), ("killed", "children", 4, 4, "exact")],
        "",
    ),
    (
        "Seis civiles perdieron la vida en el bombardeo del mercado, según fuentes locales.",
        [("killed", "civilians", 6, 6, "exact")],
        "fuentes locales",
    ),
    (
        "Tres agentes de policía fallecieron y otros cinco resultaron heridos en la emboscada.",
        [("killed", None, 3, 3, "exact"), ("injured", None, 5, 5, "exact")],
        "",
    ),
    (
        "Una decena de personas resultaron heridas por la explosión.",
        [("injured", "people", 10, 10, "about")],
        "",
    ),
    (
        "Una veintena de soldados murieron en los combates.",
        [("killed", "combatants", 20, 20, "about")],
        "",
    ),
    (
        "Cerca de un centenar de personas huyeron del pueblo.",
        [("displaced", "people", 100, 100, "about")],
        "",
    ),
    (
        "La cifra de muertos asciende a 43, informó el Ministerio de Salud.",
        [("killed", "people", 43, 43, "exact")],
        "Ministerio de Salud",
    ),
    (
        "Un joven de 19 años murió tras recibir varios disparos el 5 de mayo.",
        [("killed", None, 1, 1, "exact")],
        "",
    ),
    (
        "A las 10:30 un coche bomba estalló frente a la comisaría y mató a 8 personas.",
        [("killed", "people", 8, 8, "exact")],
        "",
    ),
    (
        "Al menos 30 personas siguen desaparecidas tras el ataque.",
        [("missing", "people", 30, None, "at_least")],
        "",
    ),
    (
        "Más de 200 heridos fueron trasladados a hospitales de la capital.",
        [("injured", "people", 201, None, "more_than")],
        "",
    ),
    (
        "Según la Cruz Roja, unas 5.000 personas han sido desplazadas por la violencia.",
        [("displaced", "people", 5000, 5000, "about")],
        "Cruz Roja",
    ),
    (
        "Entre 10 y 12 milicianos murieron en el enfrentamiento con el ejército.",
        [("killed", "combatants", 10, 12, "range")],
        "",
    ),
    ("La policía detuvo a 23 sospechosos tras los disturbios del sábado.", [], ""),
    (
        "Decenas de manifestantes resultaron heridos por balas de goma.",
        [("injured", "people", 24, None, "vague")],
        "",
    ),
    (
        "Cientos de personas murieron en la masacre, según testigos.",
        [("killed", "people", 200, None, "vague")],
        "testigos",
    ),
    (
        "El tiroteo dejó dos muertos y siete heridos.",
        [("killed", "people", 2, 2, "exact"), ("injured", "people", 7, 7, "exact")],
        "",
    ),
    (
        "Dos periodistas murieron y un médico resultó herido en el ataque a la ambulancia.",
        [("killed", None, 2, 2, "exact"), ("injured", None, 1, 1, "exact")],
        "",
    ),
    ("Hasta 40 personas podrían estar atrapadas bajo los escombros.", [], ""),
    (
        "Las autoridades confirmaron la muerte de 11 mujeres y 3 menores.",
        [("killed", "women", 11, 11, "exact"), ("killed", "children", 3, 3, "exact")],
        "autoridades",
    ),
    (
        "Once personas murieron y más de una docena resultaron heridas.",
        [("killed", "people", 11, 11, "exact"), ("injured", "people", 13, None, "more_than")],
        "",
    ),
    (
        "El balance provisional es de 27 fallecidos.",
        [("killed", "people", 27, 27, "exact")],
        "",
    ),
    (
        "Casi 60 personas murieron en los ataques del fin de semana.",
        [("killed", "people", 60, 60, "about")],
        "",
    ),
    ("La ciudad, de unos 40.000 habitantes, fue bombardeada durante tres días.", [], ""),
    (
        "Los rescatistas recuperaron los cuerpos de 9 personas.",
        [("bodies_recovered", "people", 9, 9, "exact")],
        None,
    ),
    (
        "El Observatorio informó de que 14 combatientes y 5 civiles murieron en los bombardeos.",
        [("killed", "combatants", 14, 14, "exact"), ("killed", "civilians", 5, 5, "exact")],
        "Observatorio",
    ),
    (
        "Miles de personas huyeron de sus hogares.",
        [("displaced", "people", 2000, None, "vague")],
        "",
    ),
    (
        "Al menos tres personas murieron y otras 20 resultaron heridas cuando un misil impactó "
        "en un edificio de viviendas.",
        [("killed", "people", 3, None, "at_least"), ("injured", "people", 20, 20, "exact")],
        "",
    ),
    (
        "En el norte del país, los ataques dejaron 18 muertos.",
        [("killed", "people", 18, 18, "exact")],
        "",
    ),
    ("El hospital atendió a 35 heridos.", [("injured", "people", 35, 35, "exact")], ""),
    (
        "Un policía murió y dos resultaron heridos en un ataque con granadas contra una patrulla "
        "de cinco agentes.",
        [("killed", None, 1, 1, "exact"), ("injured", None, 2, 2, "exact")],
        "",
    ),
    (
        "Murieron 7 personas, entre ellas un bebé de seis meses.",
        [("killed", "people", 7, 7, "exact"), ("killed", "children", 1, 1, "exact")],
        "",
    ),
    (
        "Fallecieron cuatro personas, entre ellas dos mujeres, según informó la Fiscalía.",
        [("killed", "people", 4, 4, "exact"), ("killed", "women", 2, 2, "exact")],
        "Fiscalía",
    ),
    (
        "Los enfrentamientos dejaron una treintena de heridos, según un comunicado del ejército.",
        [("injured", "people", 30, 30, "about")],
        "ejército",
    ),
    (
        "El número de fallecidos ha subido a 64, de acuerdo con la Defensa Civil.",
        [("killed", "people", 64, 64, "exact")],
        "Defensa Civil",
    ),
    (
        "Varios heridos fueron atendidos en el lugar por los servicios de emergencia.",
        [("injured", "people", 3, None, "vague")],
        "",
    ),
    (
        "Un centenar de personas murieron en la ofensiva, entre ellas 12 niños.",
        [("killed", "people", 100, 100, "about"), ("killed", "children", 12, 12, "exact")],
        "",
    ),
    (
        "Cinco personas resultaron heridas de gravedad, entre ellas dos niños de 5 y 7 años.",
        [("injured", "people", 5, 5, "exact"), ("injured", "children", 2, 2, "exact")],
        "",
    ),
]


@pytest.mark.parametrize(("text", "expected", "speaker"), GERMAN)
def test_german_reports(text: str, expected: list[Expected], speaker: str | None) -> None:
    _check(text, "de", expected, speaker)


@pytest.mark.parametrize(("text", "expected", "speaker"), SPANISH)
def test_spanish_reports(text: str, expected: list[Expected], speaker: str | None) -> None:
    _check(text, "es", expected, speaker)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bei einem Brand im Osten der Stadt kamen drei Menschen ums Leben."),
        ("de", "Im Norden des Landes wurden drei Menschen getötet."),
        ("en", "In the North, three people were killed."),
        ("en", "In the West, three people were killed."),
        ("es", "Tres personas murieron en el Norte."),
        ("fr", "Trois personnes ont été tuées dans le Nord-Est."),
        ("fr", "Trois personnes ont été tuées dans le Nord du pays."),
        ("sv", "Tre personer dödades i Norden."),
        ("sv", "Tre personer dödades i Nord."),
        ("ar", "قتل ثلاثة أشخاص في جنوب البلاد."),
        ("ar", "قتل ثلاثة أشخاص في شمال البلاد."),
    ],
)
def test_compass_words_are_no_places(lang: str, text: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert claims and all(c.place is None for c in claims), [c.place_name for c in claims]


def test_a_compass_word_after_a_settlement_noun_is_the_town() -> None:
    claims = extract_claims("In der Stadt Osten wurden drei Menschen getötet.", "de")
    assert [c.place_name for c in claims if c.is_casualty] == ["Osten"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Nach Angaben von Ärzte ohne Grenzen wurden 12 Menschen getötet."),
        ("de", "Laut Reporter ohne Grenzen wurden 12 Journalisten getötet."),
        ("sv", "Enligt Läkare utan gränser dödades 12 personer."),
        ("sv", "Enligt Reportrar utan gränser dödades 12 journalister."),
        ("ar", "قالت منظمة مراسلون بلا حدود إن 12 صحفيا قتلوا."),
        ("es", "Según Médicos Sin Fronteras, 12 personas murieron."),
        ("fr", "Selon Reporters sans frontières, 12 journalistes ont été tués."),
        ("en", "According to Doctors Without Borders, 12 people were killed."),
    ],
)
def test_a_negation_word_inside_an_organisations_name_negates_nothing(lang: str, text: str) -> None:
    assert [(c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty] == [
        ("killed", 12)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Polizeiangaben wurden drei Menschen getötet.", "Polizeiangaben"),
        ("Drei Menschen wurden nach Armeeangaben getötet.", "Armeeangaben"),
        ("Drei Menschen wurden getötet, wie die Behörden mitteilten.", "Behörden"),
        ("Drei Menschen wurden getötet, wie der Gouverneur angab.", "Gouverneur"),
        (
            "Wie aus einem Bericht der Vereinten Nationen hervorgeht, starben drei Menschen.",
            "Vereinten Nationen",
        ),
        ("Nach einer Mitteilung der Polizei wurden drei Menschen getötet.", "Polizei"),
        ("Drei Menschen wurden getötet, wie die Feuerwehr mitgeteilt hatte.", "Feuerwehr"),
        (
            "Es seien drei Menschen getötet worden, hieß es aus Sicherheitskreisen.",
            "Sicherheitskreisen",
        ),
        ("Drei Menschen wurden getötet, hieß es in einer Mitteilung der Polizei.", "Polizei"),
        ("Drei Menschen wurden getötet, so die Polizei.", "Polizei"),
        ("Drei Menschen wurden getötet, so ein Sprecher der Feuerwehr.", "Feuerwehr"),
        ("Nach ersten Erkenntnissen der Polizei wurden drei Menschen getötet.", "Polizei"),
    ],
)
def test_german_source_cues(text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, "de") if c.is_casualty]
    assert [(c.measure, c.low) for c in claims] == [("killed", 3)]
    assert claims[0].speaker and speaker in claims[0].speaker, claims[0].speaker


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("de", "Dabei wurden um 9.15 Uhr zwei Passanten verletzt.", 2),
        ("de", "Zwei Passanten wurden gegen 14.30 Uhr verletzt.", 2),
        ("de", "Gegen 9 Uhr wurden zwei Menschen verletzt.", 2),
        ("de", "Dabei wurden gegen 9 Uhr 2 Passanten verletzt.", 2),
        ("sv", "Två personer skadades klockan 10.16 i morse.", 2),
    ],
)
def test_clock_times_beside_a_count(lang: str, text: str, low: int) -> None:
    assert [c.low for c in extract_claims(text, lang) if c.is_casualty] == [low]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Zwei weitere Schwerverletzte erlagen in der Nacht ihren Verletzungen."),
        ("de", "Zwei Verletzte starben im Krankenhaus."),
        ("es", "Dos heridos murieron en el hospital."),
        ("en", "Two more wounded died overnight."),
        ("fr", "Deux blessés sont morts à l'hôpital."),
        ("sv", "Två skadade avled på sjukhuset."),
    ],
)
def test_wounded_counted_with_a_death_verb_are_dead(lang: str, text: str) -> None:
    assert [(c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty] == [
        ("killed", 2)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bei dem Anschlag gab es 30 Verletzte, drei Menschen starben."),
        ("es", "El ataque dejó 30 heridos; tres personas murieron."),
    ],
)
def test_wounded_beside_another_clause_of_dead_stay_injured(lang: str, text: str) -> None:
    readings = sorted((c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty)
    assert readings == [("injured", 30), ("killed", 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Dos policías resultaron heridos en un ataque contra una patrulla de cinco agentes.",
        ),
        (
            "de",
            "Zwei Polizisten wurden bei einem Angriff auf eine Streife von fünf Beamten verletzt.",
        ),
        ("en", "Two officers were injured in an attack on a patrol of five officers."),
        (
            "fr",
            "Deux policiers ont été blessés dans une attaque contre une patrouille de cinq agents.",
        ),
        ("sv", "Två poliser skadades i en attack mot en patrull på fem poliser."),
        ("ar", "أصيب شرطيان في هجوم على دورية من خمسة عناصر."),
    ],
)
def test_the_size_of_a_patrol_is_no_casualty_count(lang: str, text: str) -> None:
    assert [(c.measure, c.low) for c in extract_claims(text, lang) if c.is_casualty] == [
        ("injured", 2)
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Murieron tres personas, según un comunicado del ejército.", "ejército"),
        ("Murieron tres personas, según el gobierno.", "gobierno"),
        ("Murieron tres personas, según los bomberos.", "bomberos"),
    ],
)
def test_spanish_institutions_as_sources(text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, "es") if c.is_casualty]
    assert [(c.measure, c.low, c.speaker) for c in claims] == [("killed", 3, speaker)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Rund zwei Drittel der Opfer waren Zivilisten."),
        ("de", "Drei Viertel der Getöteten waren Frauen."),
        ("en", "About two thirds of the victims were civilians."),
        ("en", "Three quarters of the dead were women."),
        ("es", "Dos tercios de las víctimas eran civiles."),
        ("es", "Unas tres cuartas partes de los muertos eran mujeres."),
        ("fr", "Les deux tiers des victimes étaient des civils."),
        ("sv", "Två tredjedelar av de dödade var civila."),
        ("ar", "ثلثا الضحايا من المدنيين."),
    ],
)
def test_a_fraction_of_the_victims_is_no_count(lang: str, text: str) -> None:
    assert [c for c in extract_claims(text, lang) if c.is_casualty] == []


def test_german_um_die_before_a_number_is_about() -> None:
    claims = [
        c for c in extract_claims("Um die 30 Menschen wurden getötet.", "de") if c.is_casualty
    ]
    assert [(c.low, c.high, c.qualifier) for c in claims] == [(30, 30, "about")]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("es", "Dos centenares de personas resultaron heridas.", (200, 200, "about")),
        ("es", "Tres decenas de soldados murieron.", (30, 30, "about")),
        ("es", "Una quincena de personas resultaron heridas.", (15, 15, "about")),
        ("es", "Más de dos centenares de personas murieron.", (201, None, "more_than")),
        ("fr", "Deux centaines de personnes ont été blessées.", (200, 200, "about")),
        ("sv", "Två hundratal personer skadades.", (200, 200, "about")),
    ],
)
def test_a_small_number_of_round_collectives_is_about_their_product(
    lang: str, text: str, reading: tuple[int, int | None, str]
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [(c.low, c.high, c.qualifier) for c in claims] == [reading]


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("In der 80.000-Einwohner-Stadt wurden fünf Menschen getötet.", 5),
        ("Ein 20-Mann-Trupp griff an, fünf Soldaten starben.", 5),
    ],
)
def test_a_number_inside_a_hyphenated_compound_counts_no_victims(text: str, low: int) -> None:
    assert [c.low for c in extract_claims(text, "de") if c.is_casualty] == [low]


def test_spanish_displacement_of_a_count_is_displaced() -> None:
    text = "Los combates han provocado el desplazamiento de más de 10.000 personas."
    claims = [c for c in extract_claims(text, "es") if c.is_casualty]
    assert [(c.measure, c.low, c.qualifier) for c in claims] == [("displaced", 10001, "more_than")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Las autoridades elevaron a 22 el número de muertos.", "autoridades"),
        ("El ministerio elevó a 22 el número de muertos.", "ministerio"),
        ("El ataque elevó a 22 el número de muertos.", None),
    ],
)
def test_spanish_a_source_raising_the_toll(text: str, speaker: str | None) -> None:
    claims = [c for c in extract_claims(text, "es") if c.is_casualty]
    assert [(c.measure, c.low, c.speaker) for c in claims] == [("killed", 22, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei bestätigte den Tod von drei Menschen.",
        "Die Ermordung von drei Zivilisten löste Proteste aus.",
    ],
)
def test_german_death_of_a_count_is_no_agent(text: str) -> None:
    claims = [c for c in extract_claims(text, "de") if c.is_casualty]
    assert [(c.measure, c.low) for c in claims] == [("killed", 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Mehr als 50 Rettungskräfte kümmerten sich um die Verletzten."),
        ("de", "Zehn Sanitäter versorgten die Verletzten."),
        ("es", "Más de 50 socorristas atendieron a los heridos."),
        ("en", "More than 50 paramedics treated the wounded."),
        ("fr", "Plus de 50 secouristes ont soigné les blessés."),
        ("sv", "Ett femtiotal ambulanspersonal tog hand om de skadade."),
    ],
)
def test_carers_counted_before_the_hurt_they_treat_are_no_casualties(lang: str, text: str) -> None:
    assert [c for c in extract_claims(text, lang) if c.is_casualty] == []


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("en", "Ten people were treated for injuries.", 10),
        ("de", "Zwei Sanitäter wurden verletzt.", 2),
        ("es", "El hospital atendió a 35 heridos.", 35),
    ],
)
def test_treated_and_hurt_carers_stay_injured(lang: str, text: str, low: int) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [(c.measure, c.low) for c in claims] == [("injured", low)]
