"""Speaker classes of issue 12, sentences of our own in every language: a paragraph's lead
states a toll and the next sentence names its source; the outlet a speaker told is no speaker
("told Reuters that", "dijo a Efe el portavoz"); a person named with an indefinite description
after a comma ("Ana Example, a student, told ...") is the speaker."""

import pytest

from harmledger.extract.engine import extract_claims

LEAD_THEN_SOURCE = {  # the lead's toll takes the source of the paragraph's next sentence
    "en": (
        "Twelve civilians were killed in the strike on the market. Three others were wounded, "
        "the hospital director said.",
        "director",
    ),
    "es": (
        "Doce civiles murieron en el ataque contra el mercado. Otros tres resultaron heridos, "
        "dijo el director del hospital.",
        "director",
    ),
    "fr": (
        "Douze civils ont été tués dans la frappe sur le marché. Trois autres ont été blessés, "
        "a indiqué le directeur de l’hôpital.",
        "directeur",
    ),
    "de": (
        "Bei dem Angriff auf den Markt sind zwölf Zivilisten getötet worden. Drei weitere seien "
        "verletzt worden, sagte der Leiter des Krankenhauses.",
        "Leiter",
    ),
    "sv": (
        "Tolv civila dödades i attacken mot torget. Tre andra skadades, uppger polisen.",
        "polisen",
    ),
    "ar": (
        "قتل 12 مدنيا في غارة على السوق. وقال مدير المستشفى إن ثلاثة آخرين أصيبوا.",
        "مدير",
    ),
}

NOT_A_LEAD = {  # a lead stays unattributed when the source speaks in another paragraph
    "en": "Twelve civilians were killed in the strike.\n\nThree others were wounded, the police said.",
    "es": "Doce civiles murieron en el ataque.\n\nOtros tres resultaron heridos, dijo la policía.",
    "fr": "Douze civils ont été tués dans la frappe.\n\nTrois autres ont été blessés, a indiqué la police.",
    "de": "Zwölf Zivilisten wurden getötet.\n\nDrei weitere wurden verletzt, sagte die Polizei.",
    "sv": "Tolv civila dödades i attacken.\n\nTre andra skadades, uppger polisen.",
    "ar": "قتل 12 مدنيا في الغارة.\n\nوقالت الشرطة إن ثلاثة آخرين أصيبوا.",
}

TOLD_AN_OUTLET = {  # whom the speaker told is no speaker
    "en": ("One resident told Reuters that 12 people were killed.", "One resident"),
    "es": (
        "«Hay doce muertos», dijo a Efe el portavoz del ministerio de Salud.",
        "portavoz",
    ),
    "fr": (
        "Douze personnes ont été tuées, ont indiqué mardi à l’AFP des sources hospitalières.",
        "sources",
    ),
    "de": (
        "Ein Sprecher der Polizei sagte gegenüber der Zeitung, zwölf Menschen seien getötet worden.",
        "Sprecher",
    ),
    "sv": ("Polisen sa till TT att tolv personer dödades.", "Polisen"),
    "ar": ("وقال أحد السكان لوكالة فرانس برس إن 12 شخصا قتلوا.", "أحد السكان"),
}

DESCRIBED_PERSON = {  # "Name, a <description>, told X that ...": the named person speaks
    "en": "Ana Example, a 25-year-old student, told the Daily Example that the strike killed his two brothers.",
    "es": "Ana Ejemplo, una vecina del barrio, dijo a la AFP que doce personas murieron.",
    "fr": "Ana Exemple, une habitante du quartier, a déclaré à l’AFP que douze personnes ont été tuées.",
    "de": "Ana Beispiel, eine Anwohnerin, sagte gegenüber der Zeitung, zwölf Menschen seien getötet worden.",
    "sv": "Ana Exempel, en invånare i staden, sa till TT att tolv personer dödades.",
}


def _claims(text: str, lang: str) -> list:
    return [c for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize("lang", sorted(LEAD_THEN_SOURCE))
def test_a_paragraph_lead_takes_the_source_of_its_next_sentence(lang: str) -> None:
    text, speaker = LEAD_THEN_SOURCE[lang]
    claims = _claims(text, lang)
    assert [c.low for c in claims] == [12, 3]
    assert all(c.speaker and speaker in c.speaker for c in claims)


@pytest.mark.parametrize("lang", sorted(NOT_A_LEAD))
def test_a_source_in_another_paragraph_does_not_reach_back(lang: str) -> None:
    claims = _claims(NOT_A_LEAD[lang], lang)
    assert [c.low for c in claims] == [12, 3]
    assert claims[0].speaker is None
    assert claims[1].speaker is not None


@pytest.mark.parametrize("lang", sorted(TOLD_AN_OUTLET))
def test_the_outlet_a_speaker_told_is_no_speaker(lang: str) -> None:
    text, speaker = TOLD_AN_OUTLET[lang]
    claims = _claims(text, lang)
    assert len(claims) == 1
    assert claims[0].speaker is not None and speaker in claims[0].speaker


def test_an_outlet_told_with_no_one_else_named_passes_the_words_on() -> None:
    claims = _claims("Un vecino dijo a la AFP que doce personas murieron.", "es")
    assert [c.speaker for c in claims] == ["AFP"]  # a relay, as in "X, to AFP", with X unnamed


@pytest.mark.parametrize("lang", sorted(DESCRIBED_PERSON))
def test_a_person_described_after_a_comma_speaks(lang: str) -> None:
    claims = _claims(DESCRIBED_PERSON[lang], lang)
    assert len(claims) == 1
    assert claims[0].speaker is not None and claims[0].speaker.startswith("Ana")


POSTPOSED = {  # adjectives after the source noun, before its verb (languages that write so)
    "es": ("Las fuentes médicas locales informaron de 12 muertos.", "fuentes médicas locales"),
    "fr": ("Les secouristes locaux ont fait état de 12 morts.", "secouristes locaux"),
}


@pytest.mark.parametrize("lang", sorted(POSTPOSED))
def test_a_source_noun_with_its_adjectives_after_it_speaks(lang: str) -> None:
    text, speaker = POSTPOSED[lang]
    assert [c.speaker for c in _claims(text, lang)] == [speaker]


def test_german_reported_speech_goes_on_with_the_last_speaker_in_a_new_paragraph() -> None:
    text = "Zwölf Zivilisten wurden getötet, berichteten Augenzeugen.\n\nWeitere drei Menschen seien verletzt worden."
    assert [c.speaker for c in _claims(text, "de")] == ["Augenzeugen", "Augenzeugen"]
    plain = "Zwölf Zivilisten wurden getötet, sagte die Polizei.\n\nDrei weitere Menschen wurden verletzt."
    assert [c.speaker for c in _claims(plain, "de")] == ["Polizei", None]
