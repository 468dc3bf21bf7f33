"""Speakers named once and referred to later, one passage of our own per language: a definite
noun ("the organisation", "el Observatorio", "organisationen") names the earlier source whose
name holds that noun, even when another source spoke in between."""

import pytest

from harmledger.extract.engine import extract_claims


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


SAME_NOUN_NAMED_BEFORE = {  # source A, then source B, then "the <noun of A>": A speaks
    "en": (
        "The Example Rights Organisation said 20 people were killed. The Sample Media Centre "
        "reported 30 dead.\n\nThe organisation said 12 children were among the dead.",
        "Example Rights Organisation",
    ),
    "es": (
        "El Observatorio de Ejemplo dijo que 20 personas murieron. El Centro de Medios Muestra "
        "informó de 30 muertos.\n\nEl Observatorio dijo que 12 niños estaban entre los muertos.",
        "Observatorio de Ejemplo",
    ),
    "fr": (
        "L'Observatoire Exemple a indiqué que 20 personnes ont été tuées. Le Centre Médiatique "
        "Modèle a fait état de 30 morts.\n\nSelon l'Observatoire, 12 enfants ont été tués.",
        "Observatoire Exemple",
    ),
    "de": (
        "Die Beobachtungsstelle Beispiel meldete 20 Tote. Das Medienzentrum Muster meldete 30 "
        "Tote.\n\nDie Beobachtungsstelle sagte, zwölf Kinder seien getötet worden.",
        "Beobachtungsstelle Beispiel",
    ),
    "sv": (
        "Människorättsorganisationen Exempelvakten uppger att 20 personer dödades. Mediecentret "
        "Mönster rapporterar 30 döda.\n\nTolv barn dödades, uppger organisationen.",
        "Människorättsorganisationen Exempelvakten",
    ),
    "ar": (
        "وقالت منظمة المثال لحقوق الإنسان إن 20 شخصا قتلوا. وقال مركز النموذج الإعلامي إن 30 "
        "شخصا قتلوا.\n\nوقالت المنظمة إن 12 طفلا قتلوا.",
        "منظمة المثال لحقوق الإنسان",
    ),
}


@pytest.mark.parametrize("lang", sorted(SAME_NOUN_NAMED_BEFORE))
def test_a_definite_noun_names_the_earlier_source_that_holds_it(lang: str) -> None:
    text, speaker = SAME_NOUN_NAMED_BEFORE[lang]
    first, between, *_, last = _speakers(text, lang)
    assert first is not None and speaker in first  # an article may open it as written
    assert between != first
    assert last == first


def test_with_no_earlier_source_holding_the_noun_the_last_one_speaks() -> None:
    text = (
        "The Example Centre said 20 people were killed.\n\n"
        "The organisation said 12 children were among the dead."
    )
    assert _speakers(text, "en")[-1] == "Example Centre"


TOLL_FROM_SOURCE = {  # "according to a new toll from X": X speaks, not the toll
    "en": (
        "Twelve people were killed, according to a new toll from the health ministry.",
        "health ministry",
    ),
    "es": (
        "Doce personas murieron, según un nuevo balance del ministerio de Salud.",
        "ministerio de Salud",
    ),
    "fr": (
        "Douze personnes ont été tuées, selon un nouveau bilan du ministère de la Santé.",
        "ministère de la Santé",
    ),
    "de": (
        "Zwölf Menschen wurden laut einer neuen Bilanz des Gesundheitsministeriums getötet.",
        "Gesundheitsministeriums",
    ),
    "sv": (
        "Tolv personer dödades, enligt en ny sammanställning från hälsoministeriet.",
        "hälsoministeriet",
    ),
    "ar": ("قتل 12 شخصا حسب حصيلة جديدة لوزارة الصحة.", "وزارة الصحة"),
}


@pytest.mark.parametrize("lang", sorted(TOLL_FROM_SOURCE))
def test_the_source_of_a_toll_speaks_not_the_toll(lang: str) -> None:
    text, speaker = TOLL_FROM_SOURCE[lang]
    assert _speakers(text, lang) == [speaker]


def test_an_arabic_statement_issued_by_a_source_is_that_source() -> None:
    assert _speakers("قتل 12 شخصا وفقا لبيان صادر عن الجيش.", "ar") == ["الجيش"]
    assert _speakers("وقال بيان صادر عن الجيش إن 12 شخصا قتلوا.", "ar") == ["الجيش"]


def test_an_arabic_toll_that_names_no_source_is_no_speaker() -> None:
    text = "قتل 12 شخصا وفق حصيلة أولية مرشحة للارتفاع."
    assert _speakers(text, "ar") == [None]


ROLE_WITH_COMPLEMENT = {  # a role says whose voice it is with what it is the role of
    "en": [
        (
            "Twelve people were killed, said the head of a hospital in the city.",
            "head of a hospital in the city",
        ),
        (
            "The head of a hospital in Example City said 12 people were killed.",
            "head of a hospital in Example City",
        ),
    ],
    "es": [
        (
            "Doce personas murieron, dijo el director de un hospital de la ciudad.",
            "director de un hospital de la ciudad",
        ),
        (
            "El director de un hospital de Ciudad Ejemplo dijo que 12 personas murieron.",
            "director de un hospital de Ciudad Ejemplo",
        ),
    ],
    "fr": [
        (
            "Douze personnes ont été tuées, a indiqué le directeur d'un hôpital de la ville.",
            "directeur d'un hôpital de la ville",
        ),
        (
            "Le directeur d'un hôpital de Ville-Exemple a indiqué que 12 personnes ont été tuées.",
            "directeur d'un hôpital de Ville-Exemple",
        ),
    ],
    "de": [
        (
            "Zwölf Menschen wurden getötet, sagte der Leiter eines Krankenhauses in der Stadt.",
            "Leiter eines Krankenhauses in der Stadt",
        ),
        (
            "Der Leiter eines Krankenhauses in Beispielstadt sagte, zwölf Menschen seien getötet worden.",
            "Leiter eines Krankenhauses in Beispielstadt",
        ),
    ],
    "sv": [
        (
            "Tolv personer dödades, säger chefen för ett sjukhus i staden.",
            "chefen för ett sjukhus i staden",
        ),
        (
            "Chefen för ett sjukhus i Exempelstad säger att tolv personer dödades.",
            "Chefen för ett sjukhus i Exempelstad",
        ),
    ],
}


@pytest.mark.parametrize("lang", sorted(ROLE_WITH_COMPLEMENT))
def test_a_role_is_read_with_what_it_is_the_role_of(lang: str) -> None:
    for text, speaker in ROLE_WITH_COMPLEMENT[lang]:
        assert _speakers(text, lang) == [speaker], text


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Twelve people were killed, said the minister in a statement.", "minister"),
        ("es", "Doce personas murieron, dijo el ministro en su cuenta de Twitter.", "ministro"),
        (
            "fr",
            "Douze personnes ont été tuées, a indiqué le ministre dans un communiqué.",
            "ministre",
        ),
    ],
)
def test_where_a_role_spoke_is_no_part_of_the_role(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


GENERIC_PERSON = {  # a definite noun for any person in office takes up the person named last
    "en": (
        "Police chief Ana Example said the attack was planned. The official said 12 people were killed.",
        "Ana Example",
    ),
    "es": (
        "El jefe de la policía, Ana Ejemplo, dijo que el ataque fue planeado. El funcionario detalló que murieron 12 personas.",
        "Ana Ejemplo",
    ),
    "fr": (
        "Le chef de la police, Ana Exemple, a dit que l'attaque était planifiée. Le responsable a précisé que 12 personnes ont été tuées.",
        "Ana Exemple",
    ),
    "de": (
        "Polizeichef Ana Beispiel sagte, der Angriff sei geplant gewesen. Der Beamte sagte, zwölf Menschen seien getötet worden.",
        "Ana Beispiel",
    ),
    "sv": (
        "Polischefen Ana Exempel sade att attacken var planerad. Tjänstemannen uppger att tolv personer dödades.",
        "Ana Exempel",
    ),
    "ar": ("وقال قائد الشرطة إن الهجوم كان مخططا. وقال المسؤول إن 12 شخصا قتلوا.", "قائد الشرطة"),
}


@pytest.mark.parametrize("lang", sorted(GENERIC_PERSON))
def test_the_official_is_the_person_named_before(lang: str) -> None:
    text, person = GENERIC_PERSON[lang]
    (speaker,) = _speakers(text, lang)
    assert speaker is not None and person in speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Twelve people were killed, an official said.", "official"),
        ("es", "Doce personas murieron, dijo un funcionario.", "funcionario"),
        ("fr", "Douze personnes ont été tuées, a indiqué un responsable.", "responsable"),
    ],
)
def test_an_official_with_no_one_named_before_is_itself(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


QUOTED_NAME_BEFORE_VERB = {  # a source written in quote marks before its verb
    "en": ('The "Example Committees" said 12 people were killed.', "Example Committees"),
    "es": ('Los "Comités de Ejemplo" dijeron que 12 personas murieron.', "Comités de Ejemplo"),
    "fr": (
        "Les « Comités de résistance d'Exemple » ont déclaré que 12 personnes ont été tuées.",
        "Comités de résistance d'Exemple",
    ),
    "de": ('Die "Beobachtungsstelle Beispiel" meldete zwölf Tote.', "Beobachtungsstelle Beispiel"),
    "sv": ('Organisationen "Exempelvakten" uppger att tolv personer dödades.', "Exempelvakten"),
}


@pytest.mark.parametrize("lang", sorted(QUOTED_NAME_BEFORE_VERB))
def test_a_quoted_name_before_its_verb_is_the_speaker(lang: str) -> None:
    text, speaker = QUOTED_NAME_BEFORE_VERB[lang]
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", '"Twelve people were killed" said the mayor.', "mayor"),
        ("fr", "« Douze personnes ont été tuées » a déclaré le maire.", "maire"),
    ],
)
def test_quoted_words_that_were_said_are_no_speaker(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وكانت اللجنة المستقلة لحقوق الإنسان قد أعلنت أن 12 مدنيا قتلوا.",
            "اللجنة المستقلة لحقوق الإنسان",
        ),
        ("وكان الإعلام العسكري قد تحدث عن مقتل 12 مدنيا.", "الإعلام العسكري"),
        ("وكان الهجوم قد أسفر عن مقتل 12 مدنيا.", None),  # no reporting verb: no speaker
        (  # the feminine auxiliary after a first sentence: each frame is tried in turn
            "ووقع هجوم في المدينة. وكانت اللجنة المستقلة قد أعلنت أن 12 مدنيا قتلوا.",
            "اللجنة المستقلة",
        ),
    ],
)
def test_an_arabic_pluperfect_speaker_stands_between_auxiliary_and_particle(
    text: str, speaker: str | None
) -> None:
    assert _speakers(text, "ar") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tolv personer dödades, enligt människorättsorganisationen Exempelvakten.",
            "människorättsorganisationen Exempelvakten",
        ),
        (
            "Tolv personer dödades, uppger hjälporganisationen Exempelhjälp.",
            "hjälporganisationen Exempelhjälp",
        ),
    ],
)
def test_a_swedish_compound_organisation_noun_opens_its_name(text: str, speaker: str) -> None:
    assert _speakers(text, "sv") == [speaker]


PRONOUN_BEFORE_VERB = {  # "..., they said": the pronoun takes up the source named before
    # (de and sv put the pronoun after the verb, es and ar leave it unwritten: other paths)
    "en": (
        "Airstrikes killed 11 civilians, villagers said.\n\nThe attacks also wounded 12 people, they said.",
        "villagers",
    ),
    "fr": (
        "Douze personnes ont été tuées, selon les habitants.\n\nLes frappes ont aussi fait douze blessés, ils ont dit.",
        "habitants",
    ),
}


@pytest.mark.parametrize("lang", sorted(PRONOUN_BEFORE_VERB))
def test_a_pronoun_right_before_its_verb_is_the_source_named_before(lang: str) -> None:
    text, speaker = PRONOUN_BEFORE_VERB[lang]
    assert _speakers(text, lang) == [speaker, speaker]


def test_a_pronoun_with_no_one_named_before_names_no_one() -> None:
    assert _speakers("Twelve people died, he said.", "en") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tolv personer dödades, säger invånarna.", "invånarna"),
        ("Enligt läkarna dödades tolv personer.", "läkarna"),
        ("Tolv personer dödades, uppger källorna.", "källorna"),
    ],
)
def test_a_swedish_definite_plural_source_noun_speaks(text: str, speaker: str) -> None:
    assert _speakers(text, "sv") == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [  # a person named in full, then by surname (bare or after a title): the same person
        (
            "en",
            "UN spokesman Ana Example said the situation was dire. Twelve people were killed, "
            "Mr Example said.",
            "Ana Example (UN spokesman)",
        ),
        (
            "fr",
            "Le porte-parole de l'ONU Ana Exemple a déclaré que la situation était grave. Douze "
            "personnes ont été tuées, a ajouté Exemple.",
            "porte-parole de l'ONU Ana Exemple",
        ),
        (
            "es",
            "El portavoz de la ONU Ana Ejemplo dijo que la situación era grave. Doce personas "
            "murieron, añadió Ejemplo.",
            "portavoz de la ONU Ana Ejemplo",
        ),
        (
            "de",
            "UN-Sprecher Ana Beispiel sagte, die Lage sei ernst. Zwölf Menschen wurden getötet, "
            "sagte Beispiel.",
            "UN-Sprecher Ana Beispiel",
        ),
        (
            "sv",
            "FN:s talesperson Ana Exempel säger att läget är allvarligt. Tolv personer dödades, "
            "säger Exempel.",
            "Ana Exempel (talesperson)",
        ),
    ],
)
def test_a_surname_names_the_person_named_before_in_full(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(text, lang) == [speaker]
