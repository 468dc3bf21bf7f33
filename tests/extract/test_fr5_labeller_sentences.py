"""French reporting written by ourselves as the labeller (wire copy from the Sahel, the Middle
East and Ukraine, UN communiqués), half with casualty claims and half with only numbers that are
not claims: dates, times, ages, years, munitions, houses, deployed troops, freed hostages,
ordinals. Names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Expected = tuple[str, str, int | None, int | None, str]


def _claims(text: str) -> list[Expected]:
    return sorted(
        (c.measure, c.who or "", c.low, c.high, c.qualifier)  # type: ignore[misc]
        for c in extract_claims(text, "fr")
        if c.is_casualty
    )


CLAIMS: list = [  # (text, expected) or a pytest.param of them
    # thousands separators, coordinated measures, speakers
    (
        "Au moins 281 personnes ont été tuées et 1 729 blessées dans les frappes de la nuit, "
        "selon le ministère de la Santé.",
        [("injured", "people", 1729, 1729, "exact"), ("killed", "people", 281, None, "at_least")],
    ),
    (
        "Au total, 1.729 personnes ont été blessées depuis le début de l'offensive.",
        [("injured", "people", 1729, 1729, "exact")],
    ),
    (
        "Le conflit a fait plus de 10 000 morts civils en trois ans.",
        [("killed", "civilians", 10001, None, "more_than")],
    ),
    # approximate and vague French numerals
    (
        "Une dizaine de civils ont été tués dans le village.",
        [("killed", "civilians", 10, 10, "about")],
    ),
    ("Une vingtaine de personnes ont été blessées.", [("injured", "people", 20, 20, "about")]),
    ("Une centaine de combattants ont péri.", [("killed", "combatants", 100, 100, "about")]),
    ("Des dizaines de personnes ont été tuées.", [("killed", "people", 24, None, "vague")]),
    (
        "Plusieurs centaines de civils ont été blessés par les bombardements.",
        [("injured", "civilians", 200, None, "vague")],
    ),
    (
        "Des milliers d'habitants ont fui les combats.",
        [("displaced", "people", 2000, None, "vague")],
    ),
    (
        "Des dizaines de milliers de personnes ont été déplacées par les combats.",
        [("displaced", "people", 20000, None, "vague")],
    ),
    ("Près de 300 personnes ont été blessées.", [("injured", "people", 300, 300, "about")]),
    ("Environ 45 civils ont été tués.", [("killed", "civilians", 45, 45, "about")]),
    (
        "Plus d'une dizaine de personnes ont été tuées lors de l'assaut.",
        [("killed", "people", 11, None, "more_than")],
    ),
    ("Entre 50 et 70 villageois ont été tués.", [("killed", "people", 50, 70, "range")]),
    (
        "Selon les sources, le nombre de morts varie d'au moins 300 personnes à 1 450.",
        [("killed", "people", 300, 1450, "range")],
    ),
    # toll phrases and death verbs
    (
        "Selon un bilan provisoire, 14 personnes ont été tuées.",
        [("killed", "people", 14, 14, "exact")],
    ),
    (
        "Le bilan définitif s'établit à 37 morts et 112 blessés, a indiqué le ministère de "
        "l'Intérieur.",
        [("injured", "people", 112, 112, "exact"), ("killed", "people", 37, 37, "exact")],
    ),
    (
        "L'explosion a fait 12 morts et une cinquantaine de blessés.",
        [("injured", "people", 50, 50, "about"), ("killed", "people", 12, 12, "exact")],
    ),
    (
        "Trois enfants ont péri dans l'incendie de leur maison.",
        [("killed", "children", 3, 3, "exact")],
    ),
    (
        "Sept soldats ont trouvé la mort dans l'embuscade.",
        [("killed", "combatants", 7, 7, "exact")],
    ),
    (
        "Quatre blessés graves ont été évacués vers l'hôpital de la capitale.",
        [("injured", "people", 4, 4, "exact")],
    ),
    (
        "Six personnes sont portées disparues depuis le naufrage.",
        [("missing", "people", 6, 6, "exact")],
    ),
    (
        "Les corps de 23 migrants ont été retrouvés sur la plage.",
        [("bodies_recovered", "people", 23, 23, "exact")],
    ),
    (
        "Quinze corps ont été retrouvés dans une fosse commune.",
        [("bodies_recovered", "people", 15, 15, "exact")],
    ),
    (
        "Vingt-sept personnes ont été tuées samedi dans l'attaque d'un village du centre du pays.",
        [("killed", "people", 27, 27, "exact")],
    ),
    ("L'attaque a fait au moins 9 morts.", [("killed", "people", 9, None, "at_least")]),
    (
        "Le bilan s'est alourdi à 62 morts, a annoncé la protection civile.",
        [("killed", "people", 62, 62, "exact")],
    ),
    (
        "Le bilan provisoire est de 8 morts et 30 blessés, selon les secours.",
        [("injured", "people", 30, 30, "exact"), ("killed", "people", 8, 8, "exact")],
    ),
    (
        "Une vingtaine de soldats ont été tués ou blessés.",
        [("killed_or_injured", "combatants", 20, 20, "about")],
    ),
    # subsets, others, lone victims, zeros
    (
        "Au moins 40 personnes, dont 11 enfants, ont été tuées, a-t-on appris de source médicale.",
        [("killed", "children", 11, 11, "exact"), ("killed", "people", 40, None, "at_least")],
    ),
    (
        "Onze personnes ont été tuées par balles, dont deux femmes.",
        [("killed", "people", 11, 11, "exact"), ("killed", "women", 2, 2, "exact")],
    ),
    (
        # peacekeepers are a protected group, as in the English pack
        "Deux casques bleus ont été tués et quatre autres blessés.",
        [("injured", "other", 4, 4, "exact"), ("killed", "other", 2, 2, "exact")],
    ),
    (
        "Un enfant a été tué et sa mère grièvement blessée.",
        [("injured", "women", 1, 1, "exact"), ("killed", "children", 1, 1, "exact")],
    ),
    (
        "Une femme de 45 ans a été tuée par un obus, a indiqué le gouverneur.",
        [("killed", "women", 1, 1, "exact")],
    ),
    ("Aucun civil n'a été blessé, selon l'armée.", [("injured", "civilians", 0, 0, "exact")]),
    (
        "D'après l'OSDH, 18 combattants prorégime ont été tués dans ces affrontements.",
        [("killed", "combatants", 18, 18, "exact")],
    ),
    (
        "Le raid a tué 14 jihadistes, selon l'état-major.",
        [("killed", "combatants", 14, 14, "exact")],
    ),
    (
        "L'ONU fait état d'au moins 2 300 morts depuis le début de l'année.",
        [("killed", "people", 2300, None, "at_least")],
    ),
    (
        "Selon le HCR, plus de 150 000 personnes ont fui vers les pays voisins.",
        [("displaced", "people", 150001, None, "more_than")],
    ),
    # passages: a claim among non-claim numbers, restatement, an English quote
    (
        "DALBARA (AFP) - Au moins 26 civils ont été tués le 3 mars dans l'attaque de leur village "
        "par des hommes armés, a-t-on appris de sources locales. Les assaillants sont arrivés à "
        "moto vers 10h16. « Ils ont tiré sur tout ce qui bougeait », a raconté un habitant âgé "
        "de 52 ans.",
        [("killed", "civilians", 26, None, "at_least")],
    ),
    (
        "Une frappe a fait quatre morts et 19 blessés dans la nuit de mardi à mercredi, a indiqué "
        "le gouverneur régional. Une trentaine de drones ont été abattus par la défense aérienne.",
        [("injured", "people", 19, 19, "exact"), ("killed", "people", 4, 4, "exact")],
    ),
    (
        "Le Bureau de la coordination des affaires humanitaires indique que plus de 12 000 "
        "personnes ont été déplacées depuis le 15 janvier et que 43 écoles ont été fermées.",
        [("displaced", "people", 12001, None, "more_than")],
    ),
    (
        "Douze personnes ont été tuées lundi dans l'attaque d'un marché. Les 12 victimes étaient "
        "des commerçants, a précisé le maire.",
        [("killed", "people", 12, 12, "exact")],
    ),
    (
        "« Fifteen people were killed in the shelling », a déclaré un responsable onusien.",
        [("killed", "people", 15, 15, "exact")],
    ),
    (
        # "neutralisé" may be arrested as well as killed: no death, as the project reads it; the
        # attacker did the wounding (engine._assailants_acting, dist12)
        "Un assaillant a été neutralisé par les forces de l'ordre après avoir blessé deux "
        "passants.",
        [("injured", "people", 2, 2, "exact")],
    ),
    # an attacker killed in the attack is `other` by the conventions (the assailants category)
    ("Le tireur a été tué par la police.", [("killed", "other", 1, 1, "exact")]),
    (
        "Deux civils ont été tués et des dizaines blessés dans la frappe.",
        [("injured", "civilians", 24, None, "vague"), ("killed", "civilians", 2, 2, "exact")],
    ),
]

NO_CLAIM: list[str] = [
    "Le 3 mars, les forces armées ont lancé une offensive dans le nord.",
    "L'explosion s'est produite à 10h16, heure locale.",
    "Le suspect, âgé de 45 ans, a été interpellé dans la soirée.",
    "En 2015, le pays avait connu une vague d'attentats.",
    "Une trentaine de roquettes ont été tirées sur la ville dans la nuit.",
    "Une vingtaine de maisons ont été détruites par les flammes.",
    "Quelque 3 000 soldats ont été déployés dans la région.",
    "Les 12 otages ont été libérés dimanche.",
    "C'est la deuxième attaque contre ce camp en un mois.",
    "Vingt-sept pays ont signé la déclaration finale.",
    "Le convoi transportait 40 tonnes d'aide humanitaire.",
    "L'hôpital de district dispose de 120 lits.",
    "La ville compte environ 250 000 habitants.",
    "Plus de 500 frappes aériennes ont été menées en une semaine.",
    "Les 2 000 habitants du village vivent dans la peur.",
    "Le tribunal a condamné trois hommes à 20 ans de prison.",
    "Quatre suspects ont été arrêtés mardi.",
    "L'armée a détruit 15 véhicules et saisi des armes.",
    "Le drone s'est écrasé à 30 kilomètres de la frontière.",
    "Le gouvernement a débloqué 5 millions d'euros pour la reconstruction.",
    "Selon le ministère, 80 % des infrastructures ont été endommagées.",
    "Des centaines de manifestants se sont rassemblés devant le parlement.",
    "La résolution a été adoptée par 14 voix pour et une abstention.",
    "Le 1er bataillon a été redéployé au nord de la capitale.",
    "Une centaine de véhicules blindés ont franchi la frontière.",
    "Le rapport de 45 pages a été publié mardi.",
    "Les deux camps ont échangé 200 prisonniers.",
    "Près de 60 journalistes ont couvert le procès.",
    "Le sommet réunira 27 chefs d'État le 12 juin.",
    "La mission de l'ONU compte 13 000 casques bleus.",
    "Une quinzaine d'ambulances ont été dépêchées sur place.",
    "Il a été élu avec 52,3 % des voix.",
    "L'opération a mobilisé 800 policiers et gendarmes.",
    "Le séisme de magnitude 6,2 a frappé à 4h30 du matin.",
    "Les 150 passagers du vol sont sortis indemnes.",
    "Les enquêteurs ont découvert trois caches d'armes.",
    "La deuxième explosion a eu lieu vers 23 heures.",
    "Le jeune homme, âgé d'une vingtaine d'années, a été arrêté.",
    "Le pays a reçu 31 chars et plusieurs dizaines de missiles.",
    "Le groupe armé a libéré 17 otages, dont quatre femmes, après trois semaines de captivité.",
    "Depuis 2012, plus de 40 000 personnes vivent dans le camp.",
    "Vingt-sept ans après le génocide, le pays commémore ses morts.",
    "Trois drones ont été neutralisés par la défense aérienne.",
    "Une dizaine de terroristes ont été neutralisés lors de l'opération.",
    "L'assaillant a été neutralisé par une patrouille.",
    "Deux engins explosifs ont été neutralisés par les démineurs.",
    "Le soldat a été arrêté à un poste de contrôle.",
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_french_claims(text: str, expected: list[Expected]) -> None:
    assert _claims(text) == sorted(expected)


@pytest.mark.parametrize("text", NO_CLAIM)
def test_french_numbers_that_are_no_claims(text: str) -> None:
    assert _claims(text) == []


SPEAKERS = [
    ("Au moins 30 civils ont été tués, selon le maire de la commune.", "maire"),
    ("D'après l'OSDH, 18 combattants ont été tués.", "OSDH"),
    ("Cinq personnes ont été tuées, a indiqué le ministère de la Défense.", "ministère"),
    ("Neuf personnes ont été blessées, a-t-on appris de source médicale.", "source médicale"),
    ("Deux civils ont été tués dans un bombardement, rapporte l'AFP.", "AFP"),
    ("Six soldats ont été tués, selon un communiqué de l'armée.", "armée"),
    ("Trois civils ont été tués, a-t-on appris auprès de la police locale.", "police"),
    ("Deux soldats ont été tués, apprend-on de sources sécuritaires.", "sources sécuritaires"),
    ("Sept personnes sont mortes, a-t-on appris de source hospitalière.", "source hospitalière"),
    ("Six jihadistes ont été tués, selon l'état-major.", "état-major"),
    ("Les rebelles font état de 40 morts et une centaine de blessés.", "rebelles"),
    ("Six jihadistes ont été tués, d'après l'état-major.", "état-major"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_french_speakers(text: str, speaker: str) -> None:
    speakers = [c.speaker or "" for c in extract_claims(text, "fr") if c.is_casualty]
    assert speakers and all(speaker.lower() in s.lower() for s in speakers), speakers


def _casualties(text: str, lang: str) -> list[tuple[str, str | None, int | None, str]]:
    return [
        (c.measure, c.who, c.low, c.qualifier) for c in extract_claims(text, lang) if c.is_casualty
    ]


QUOTE_ON_ITS_OWN_LINE = {  # a pull quote on a line of its own, its sentence going on after it
    "fr": 'Ces pertes portent à\n"1 250 morts"\n, le nombre total des victimes, selon le ministère.',
    "en": 'The strikes brought the toll to\n"1,250 dead"\n, the ministry said in a statement.',
    "es": 'Los ataques elevaron el balance a\n"1.250 muertos"\n, informó el ministerio.',
}


@pytest.mark.parametrize("lang", sorted(QUOTE_ON_ITS_OWN_LINE))
def test_a_line_opening_on_a_comma_goes_on_with_the_sentence(lang: str) -> None:
    claims = [c for c in extract_claims(QUOTE_ON_ITS_OWN_LINE[lang], lang) if c.is_casualty]
    assert [(c.measure, c.low) for c in claims] == [("killed", 1250)]
    assert "minist" in (claims[0].speaker or "").lower()


VAGUE_FROM_TWO_SOURCES = {  # "dozens" from two sources about two strikes: two statements
    "fr": "Un témoin a précisé que des dizaines de personnes avaient été blessées dans cette "
    "frappe. Lors d'une autre frappe, deux personnes ont été tuées et des dizaines blessées, "
    "a indiqué un médecin.",
    "en": "A witness said dozens of people were wounded in that strike. In another strike, two "
    "people were killed and dozens wounded, a doctor said.",
    "es": "Un testigo dijo que decenas de personas resultaron heridas en ese ataque. En otro "
    "ataque, dos personas murieron y decenas resultaron heridas, dijo un médico.",
    "de": "Ein Zeuge sagte, Dutzende Menschen seien bei dem Angriff verletzt worden. Bei einem "
    "anderen Angriff wurden zwei Menschen getötet und Dutzende verletzt, sagte ein Arzt.",
}


@pytest.mark.parametrize("lang", sorted(VAGUE_FROM_TWO_SOURCES))
def test_a_vague_figure_from_two_sources_is_two_statements(lang: str) -> None:
    assert [(m, low) for m, _, low, _ in _casualties(VAGUE_FROM_TWO_SOURCES[lang], lang)] == [
        ("injured", 24),
        ("killed", 2),
        ("injured", 24),
    ]


def test_a_vague_figure_repeated_by_one_source_is_one_statement() -> None:
    text = (
        "Des dizaines de personnes ont été blessées, selon la police. La police a précisé que "
        "des dizaines de personnes avaient été blessées."
    )
    assert [(m, low) for m, _, low, _ in _casualties(text, "fr")] == [("injured", 24)]
