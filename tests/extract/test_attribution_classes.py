"""Speaker attribution by class, one sentence per language where the class applies: the verb
with no subject written (pro-drop), a date between a source and its verb, a back reference
("Det uppger polisen"), role nouns, a role with its name, a role joined to a name, a quotation of
several sentences, two sources set against each other, a source noun with no one named before
it, institution names with lower-case middles and bracketed short names. Sentences are our own.
"""

import pytest

from harmledger.extract.engine import extract_claims

PRO_DROP = {  # the verb before "that" has no subject: it speaks for the last speaker
    "es": (
        "Según el gobernador, el ataque fue grave.\n\nAñadió que doce personas murieron.",
        "gobernador",
    ),
    "ar": ("وقال المحافظ إن الهجوم كان عنيفا.\n\nوأوضح أن 12 شخصا قتلوا.", "المحافظ"),
}
DATE_BEFORE_VERB = {
    "en": ("The health ministry on Sunday said 40 people were killed.", "health ministry"),
    "es": ("El ministerio el domingo dijo que 40 personas murieron.", "ministerio"),
}
BACK_REFERENCE = {  # the speaker of the second sentence speaks for the first
    "sv": ("Tolv personer dödades i attacken. Det uppger polisen.", "polisen"),
    "de": (
        "Zwölf Menschen wurden bei dem Angriff getötet. Dies berichtete die Polizei.",
        "Polizei",
    ),
    "es": ("Doce personas murieron en el ataque. Así lo informó la policía.", "policía"),
    "fr": (
        "Douze personnes ont été tuées dans l'attaque. C'est ce qu'a indiqué la police.",
        "police",
    ),
}
ROLE = {
    "en": ("Twelve people were killed, the mayor said.", "mayor"),
    "fr": ("Douze personnes ont été tuées, a indiqué le maire.", "maire"),
    "es": ("Doce personas murieron, dijo el alcalde.", "alcalde"),
    "de": ("Zwölf Menschen wurden getötet, sagte der Bürgermeister.", "Bürgermeister"),
    "sv": ("Tolv personer dödades, uppger borgmästaren.", "borgmästaren"),
}
ROLE_WITH_NAME = {
    "en": (
        "Twelve people were killed, said the health minister, Ana Example.",
        "health minister, Ana Example",
    ),
    "fr": (
        "Douze personnes ont été tuées, a déclaré le ministre de la Santé, Ana Exemple.",
        "ministre de la Santé, Ana Exemple",
    ),
    "es": (
        "Doce personas murieron, informó el ministro de Salud, Ana Ejemplo.",
        "ministro de Salud, Ana Ejemplo",
    ),
    "de": (
        "Zwölf Menschen wurden getötet, sagte der Minister, Ana Beispiel.",
        "Minister, Ana Beispiel",
    ),
    "sv": ("Tolv personer dödades, uppger ministern, Ana Exempel.", "ministern, Ana Exempel"),
}
ROLE_JOINED_TO_NAME = {
    "en": (
        "Twelve people were killed, the coordinator for Examplestan said.",
        "coordinator for Examplestan",
    ),
    "es": (
        "Doce personas murieron, el coordinador para Ejemplia dijo.",
        "coordinador para Ejemplia",
    ),
    "fr": (
        "Douze personnes ont été tuées, le coordinateur pour Exemplie a déclaré.",
        "coordinateur pour Exemplie",
    ),
    "de": (
        "Zwölf Menschen wurden getötet, der Koordinator für Beispielland sagte.",
        "Koordinator für Beispielland",
    ),
}
QUOTATION = {  # the speaker after the closing quote mark speaks for every sentence inside it
    "en": (
        "Nine people died, according to a district official.\n\n"
        "“Four women were killed. Six villagers were wounded,” he said.",
        "district official",
    ),
    "ar": (
        "قتل تسعة أشخاص بحسب مسؤول محلي.\n\n“قتلت أربع نساء. وأصيب ستة قرويين”، قال المسؤول.",
        None,  # the second paragraph names its own speaker
    ),
}
CONTRAST = {
    "en": (
        "According to the ministry, 11 people were killed, but according to villagers as many as 40 died.",
        ("ministry", "villagers"),
    ),
    "fr": (
        "Selon le ministère, 11 personnes ont été tuées, mais selon des villageois jusqu'à 40 sont mortes.",
        ("ministère", "villageois"),
    ),
    "es": (
        "Según el ministerio, 11 personas murieron, pero según los vecinos hasta 40 murieron.",
        ("ministerio", "vecinos"),
    ),
    "de": (
        "Laut dem Ministerium wurden 11 Menschen getötet, aber laut Anwohnern starben bis zu 40.",
        ("Ministerium", "Anwohnern"),
    ),
    "sv": (
        "Enligt ministeriet dödades 11 personer, men enligt invånare dog upp till 40.",
        ("ministeriet", "invånare"),
    ),
    "ar": ("وبحسب الوزارة قتل 11 شخصا، بينما قال سكان إن 40 شخصا قتلوا.", ("الوزارة", "سكان")),
}
NAMES_ITSELF = {  # a source noun that usually refers back, with no one named before it
    "en": ("The ministry said 20 people were killed.", "ministry"),
    "es": ("El Observatorio dijo que 20 personas murieron.", "El Observatorio"),
    "fr": ("L'organisation a indiqué que 20 personnes sont mortes.", "organisation"),
    "de": ("Die Organisation teilte mit, 20 Menschen seien getötet worden.", "Organisation"),
    "sv": ("Organisationen uppger att 20 personer dödades.", "Organisationen"),
    "ar": ("وقال المرصد إن 20 شخصا قتلوا.", "المرصد"),
}
INSTITUTION = {
    "fr": (
        "Selon le Bureau de coordination des affaires humanitaires de l’ONU, 12 personnes sont mortes.",
        "Bureau de coordination des affaires humanitaires de l’ONU",
    ),
    "es": (
        "Según la Fiscalía general del Estado, 12 personas murieron.",
        "Fiscalía general del Estado",
    ),
    "en": (
        "According to the Office of the High Commissioner for Human Rights, 12 people died.",
        "Office of the High Commissioner for Human Rights",
    ),
}
BRACKETED = {
    "en": (
        "According to the Example Relief Office (ERO), 12 people died.",
        "Example Relief Office (ERO)",
    ),
    "fr": ("Selon le Bureau Exemple (BE), 12 personnes sont mortes.", "Bureau Exemple (BE)"),
    "es": (
        "Según la Oficina de Ayuda Ejemplo (OAE), 12 personas murieron.",
        "Oficina de Ayuda Ejemplo (OAE)",
    ),
    "de": ("Laut dem Beispiel Hilfsbüro (BHB) starben 12 Menschen.", "Beispiel Hilfsbüro (BHB)"),
    "sv": ("Enligt Exempel Hjälpkontoret (EHK) dog 12 personer.", "Exempel Hjälpkontoret (EHK)"),
}


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


def _one_speaker(cases: dict[str, tuple[str, str]], lang: str) -> None:
    text, speaker = cases[lang]
    found = _speakers(text, lang)
    assert found and set(found) == {speaker}


@pytest.mark.parametrize("lang", sorted(PRO_DROP))
def test_a_verb_with_no_subject_before_that_speaks_for_the_last_speaker(lang: str) -> None:
    _one_speaker(PRO_DROP, lang)


def test_what_follows_that_is_not_the_speaker() -> None:
    text = "أعلنت وزارة الصحة مقتل 31 مدنيا، وقالت إن بينهم 12 طفلا."
    assert _speakers(text, "ar") == ["وزارة الصحة", "وزارة الصحة"]


@pytest.mark.parametrize("lang", sorted(DATE_BEFORE_VERB))
def test_a_date_between_source_and_verb_is_skipped(lang: str) -> None:
    _one_speaker(DATE_BEFORE_VERB, lang)


def test_a_date_past_a_comma_is_not_the_sources() -> None:
    text = "Ten people were killed in Examplestan on Saturday, the agency reports."
    assert _speakers(text, "en") == ["agency"]


@pytest.mark.parametrize("lang", sorted(BACK_REFERENCE))
def test_a_back_reference_gives_the_speaker_to_the_sentence_before(lang: str) -> None:
    _one_speaker(BACK_REFERENCE, lang)


@pytest.mark.parametrize("lang", sorted(ROLE))
def test_a_role_noun_is_a_speaker(lang: str) -> None:
    _one_speaker(ROLE, lang)


@pytest.mark.parametrize("lang", sorted(ROLE_WITH_NAME))
def test_a_role_keeps_the_name_set_off_after_it(lang: str) -> None:
    _one_speaker(ROLE_WITH_NAME, lang)


@pytest.mark.parametrize("lang", sorted(ROLE_JOINED_TO_NAME))
def test_a_role_joined_to_a_name_before_the_verb_is_part_of_the_speaker(lang: str) -> None:
    _one_speaker(ROLE_JOINED_TO_NAME, lang)


def test_a_quotation_of_several_sentences_takes_its_closing_speaker() -> None:
    text, speaker = QUOTATION["en"]
    assert _speakers(text, "en") == [speaker] * 3


def test_a_quotation_inside_one_sentence_gives_nothing_to_the_one_before() -> None:
    text = "Four people were killed in the town. “Two more died in hospital,” the mayor said."
    assert _speakers(text, "en") == [None, "mayor"]


@pytest.mark.parametrize("lang", sorted(CONTRAST))
def test_two_sources_set_against_each_other_each_speak_for_their_side(lang: str) -> None:
    text, (first, second) = CONTRAST[lang]
    assert _speakers(text, lang) == [first, second]


@pytest.mark.parametrize("lang", sorted(NAMES_ITSELF))
def test_a_source_noun_with_no_one_named_before_is_the_speaker(lang: str) -> None:
    _one_speaker(NAMES_ITSELF, lang)


def test_a_pronoun_with_no_one_named_before_is_no_speaker() -> None:
    assert _speakers("He said 20 people were killed.", "en") == [None]


@pytest.mark.parametrize("lang", sorted(INSTITUTION))
def test_an_institution_name_with_a_lower_case_middle_is_read_whole(lang: str) -> None:
    _one_speaker(INSTITUTION, lang)


@pytest.mark.parametrize("lang", sorted(BRACKETED))
def test_a_short_name_in_brackets_belongs_to_the_speaker(lang: str) -> None:
    _one_speaker(BRACKETED, lang)
