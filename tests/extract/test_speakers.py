"""Speakers and attribution chains: role nouns after modifiers, passive "quoted by" chains,
dates and speech content never taken for the speaker, the same role named alike in every
language, and actor-qualified aircraft as perpetrators. Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.evaluation.matching import same_speaker
from harmledger.extract import extract_claims


def _casualties(text: str, lang: str) -> list:
    return [c for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Nine villagers were killed, according to local sources.", "local sources"),
        (
            "en",
            "Nine villagers were killed, according to a report by Example Watch.",
            "Example Watch",
        ),
        ("es", "Murieron nueve aldeanos, informaron fuentes oficiales.", "fuentes oficiales"),
        ("fr", "Neuf villageois ont été tués, selon des sources médicales.", "sources médicales"),
        (
            "de",
            "Nach Angaben eines Zivilschutzvertreters wurden neun Dorfbewohner getötet.",
            "Zivilschutzvertreters",
        ),
        (
            "de",
            "Nach neuen Angaben der Beispielhilfe wurden neun Menschen getötet.",
            "Beispielhilfe",
        ),
        ("sv", "Nio bybor dödades, enligt uppgifter från lokala källor.", "lokala källor"),
        ("ar", "قتل تسعة مدنيين، بحسب مصادر محلية.", "مصادر محلية"),
    ],
)
def test_speaker_after_articles_and_modifiers(lang: str, text: str, speaker: str) -> None:
    assert [c.speaker for c in _casualties(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "chain"),
    [
        (
            "en",
            "According to rescue workers quoted by Radio Example, 40 civilians were killed.",
            ["Radio Example", "rescue workers"],
        ),
        (
            "es",
            "Según testigos citados por Radio Ejemplo, murieron 40 civiles.",
            ["Radio Ejemplo", "testigos"],
        ),
        (
            "fr",
            "Selon des témoins cités par Radio Exemple, 40 civils ont été tués.",
            ["Radio Exemple", "témoins"],
        ),
        (
            "de",
            "Laut Augenzeugen, zitiert von Radio Beispiel, wurden 40 Zivilisten getötet.",
            ["Radio Beispiel", "Augenzeugen"],
        ),
        (
            "sv",
            "Enligt vittnen, citerade av Radio Exempel, dödades 40 civila.",
            ["Radio Exempel", "vittnen"],
        ),
    ],
)
def test_quoted_by_puts_the_relay_first(lang: str, text: str, chain: list[str]) -> None:
    (claim,) = _casualties(text, lang)
    assert claim.attribution_chain == chain
    assert claim.speaker == chain[-1]


def test_citing_at_sentence_start_takes_the_named_report_as_relay() -> None:
    text = (
        "Radio Example said 30 bodies were recovered. "
        "Citing local workers, the report states that 12 civilians were killed."
    )
    claims = _casualties(text, "en")
    assert claims[-1].attribution_chain == ["Radio Example", "local workers"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Twelve people were killed, said on Thursday the health ministry.",
            "health ministry",
        ),
        ("es", "Murieron doce personas, informó el jueves el ministerio.", "ministerio"),
        ("fr", "Douze personnes ont été tuées, a indiqué jeudi le ministère.", "ministère"),
        ("de", "Zwölf Menschen wurden getötet, teilte am Donnerstag die Polizei mit.", "Polizei"),
        ("sv", "Tolv personer dödades, uppgav på torsdagen polisen.", "polisen"),
    ],
)
def test_a_date_after_the_verb_is_never_the_speaker(lang: str, text: str, speaker: str) -> None:
    assert [c.speaker for c in _casualties(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The civil defence said other Example strikes killed at least 20 people.",
            "civil defence",
        ),
        ("es", "La defensa civil dijo que otros ataques mataron a 20 personas.", "defensa civil"),
        (
            "fr",
            "La défense civile a déclaré que d'autres frappes ont tué 20 personnes.",
            "défense civile",
        ),
        (
            "de",
            "Der Zivilschutz sagte, weitere Angriffe hätten 20 Menschen getötet.",
            "Zivilschutz",
        ),
        ("sv", "Räddningstjänsten sade att andra anfall dödade 20 personer.", "Räddningstjänsten"),
        ("ar", "قال الدفاع المدني إن غارات أخرى قتلت 20 شخصا.", "الدفاع المدني"),
    ],
)
def test_the_speaker_before_the_verb_wins_over_the_speech(
    lang: str, text: str, speaker: str
) -> None:
    assert [c.speaker for c in _casualties(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Doctors Without Borders (MSF) reported that 14 civilians were killed."),
        ("fr", "Médecins sans frontières (MSF) rapporte que 14 civils ont été tués."),
        ("es", "Médicos Sin Fronteras (MSF) informó que 14 civiles murieron."),
        ("de", "Ärzte ohne Grenzen (MSF) berichtete, 14 Zivilisten seien getötet worden."),
        ("sv", "Läkare utan gränser (MSF) rapporterade att 14 civila dödades."),
    ],
)
def test_a_parenthesised_acronym_before_the_verb_is_the_speaker(lang: str, text: str) -> None:
    assert [c.speaker for c in _casualties(text, lang)] == ["MSF"]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "One resident said 20 people were killed.", 20),
        ("en", "A witness said 20 people were killed.", 20),
        ("es", "Un testigo dijo que murieron 20 personas.", 20),
        ("fr", "Un témoin a déclaré que 20 personnes ont été tuées.", 20),
        ("de", "Ein Augenzeuge sagte, 20 Menschen seien getötet worden.", 20),
        ("sv", "Ett vittne sade att 20 personer dödades.", 20),
    ],
)
def test_a_single_speaker_is_not_a_victim(lang: str, text: str, count: int) -> None:
    assert [c.low for c in _casualties(text, lang)] == [count]


@pytest.mark.parametrize(
    ("written", "english"),
    [
        ("مصدر أمني", "a security source"),
        ("شهود", "witnesses"),
        ("fuentes oficiales", "official sources"),
        ("testigos", "witnesses"),
        ("sources médicales", "medical sources"),
        ("défense civile", "civil defence teams"),
        ("Augenzeugen", "eyewitnesses"),
        ("Rettungskräften", "rescue services"),
        ("vittnen", "witnesses"),
        ("polisen", "police"),
        ("وكالة فرانس برس", "AFP"),
        ("وكالة الأنباء الفلسطينية وفا", "WAFA"),
        ("Ärzte ohne Grenzen", "Doctors Without Borders"),
        ("Médicos Sin Fronteras", "MSF"),
        ("Médecins sans frontières", "MSF"),
        ("Läkare utan gränser", "MSF"),
        ("رويترز", "Reuters"),
        ("أسوشيتد برس", "Associated Press"),
        ("Palästinensischen Roten Halbmond", "Palestinian Red Crescent"),
        ("الهلال الأحمر الفلسطيني", "Red Crescent"),
        ("Media Luna Roja", "Croissant-Rouge"),
        ("fiscales", "state prosecutors"),
        ("amerikanska militären", "US military"),
        ("HCDH", "OHCHR"),
        ("ACNUDH", "OHCHR"),
    ],
)
def test_the_same_speaker_role_is_one_actor_in_every_language(written: str, english: str) -> None:
    assert same_speaker(written, english)
    assert not same_speaker(written, "Example Television")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Coalition jets bombed the market, killing 12 civilians."),
        ("fr", "Les avions de la coalition ont bombardé le marché, tuant 12 civils."),
        ("es", "Aviones de la coalición bombardearon el mercado y mataron a 12 civiles."),
        ("de", "Kampfjets der Koalition bombardierten den Markt und töteten 12 Zivilisten."),
        ("sv", "Koalitionens plan bombade marknaden och dödade 12 civila."),
        ("ar", "قصفت طائرات التحالف السوق وقتل 12 مدنيا."),
        ("ar", "قتل 12 مدنيا في غارة جوية للتحالف الدولي على السوق."),
    ],
)
def test_coalition_aircraft_name_the_perpetrator(lang: str, text: str) -> None:
    assert [c.perpetrator for c in _casualties(text, lang)] == ["us_led_coalition"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Ana Example, head of the Example Relief Office, said 35 people were killed.",
            "Ana Example",
        ),
        (
            "es",
            "Ana Ejemplo, jefa de la Oficina de Socorro, ha declarado que murieron 35 personas.",
            "Ana Ejemplo",
        ),
        (
            "fr",
            "Ana Exemple, porte-parole du Bureau de secours, a déclaré que 35 personnes ont "
            "été tuées.",
            "Ana Exemple",
        ),
        (
            "de",
            "Ana Beispiel, Sprecherin des Hilfsbüros, sagte, 35 Menschen seien getötet worden.",
            "Ana Beispiel",
        ),
        (
            "sv",
            "Ana Exempel, talesperson för hjälpkontoret, sade att 35 personer dödades.",
            "Ana Exempel",
        ),
    ],
)
def test_the_name_before_a_role_apposition_is_the_speaker(
    lang: str, text: str, speaker: str
) -> None:
    # the role goes with the name, in brackets, so that the voice is known
    [claim] = _casualties(text, lang)
    name, _, role = (claim.speaker or "").partition(" (")
    assert name == speaker and role.endswith(")") and role[:-1] in text


def test_a_comma_clause_that_is_not_a_role_gives_no_speaker() -> None:
    text = "20 Verletzte, darunter zwei Kinder, würden behandelt, teilte die Polizei mit."
    assert "Kinder" not in {c.speaker for c in _casualties(text, "de")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "According to several villagers, 40 people were killed."),
        ("es", "Según varios vecinos, murieron 40 personas."),
        ("fr", "Selon plusieurs habitants, 40 personnes ont été tuées."),
        ("de", "Laut mehreren Anwohnern wurden 40 Menschen getötet."),
        ("sv", "Enligt flera bybor dödades 40 personer."),
        ("ar", "وفقا لعدة سكان، قتل 40 شخصا."),
    ],
)
def test_people_counted_right_after_according_to_are_speakers(lang: str, text: str) -> None:
    assert [(c.low, c.high) for c in _casualties(text, lang)] == [(40, 40)]


def test_sources_counted_after_reported_by_are_speakers() -> None:
    text = "One man was killed in the strike. His death was reported by over ten sources."
    assert [(c.low, c.high) for c in _casualties(text, "en")] == [(1, 1)]


SIDE_BY_SIDE = {
    "en": (
        "The Norbury Observatory said 14 civilians were killed in the strike on the market; the Eastern Front said it was reviewing the reports.",
        "Norbury Observatory",
    ),
    "fr": (
        "L'Observatoire de Norbury a déclaré que 14 civils ont été tués dans la frappe sur le marché ; le Front de l'Est a déclaré qu'il examinait les rapports.",
        "Observatoire de Norbury",
    ),
    "es": (
        "El Observatorio de Norbury dijo que 14 civiles murieron en el ataque contra el mercado; el Frente del Este dijo que estaba revisando los informes.",
        "Observatorio de Norbury",
    ),
    "de": (
        "Die Beobachtungsstelle Norbury sagte, 14 Zivilisten seien bei dem Angriff auf den Markt getötet worden; die Ostfront sagte, sie prüfe die Berichte.",
        "Beobachtungsstelle Norbury",
    ),
    "sv": (
        "Observatoriet i Norbury sade att 14 civila dödades i attacken mot marknaden; Östfronten sade att den granskade rapporterna.",
        "Observatoriet i Norbury",
    ),
    "ar": (
        "قال مرصد نوربري إن 14 مدنياً قتلوا في الغارة على السوق؛ وقالت الجبهة الشرقية إنها تراجع التقارير.",
        "مرصد نوربري",
    ),
}


@pytest.mark.parametrize("lang", sorted(SIDE_BY_SIDE))
def test_a_speaker_past_a_semicolon_does_not_pass_the_figure_on(lang: str) -> None:
    text, speaker = SIDE_BY_SIDE[lang]
    (claim,) = [c for c in extract_claims(text, lang, dt.date(2024, 3, 5)) if c.is_casualty]
    assert speaker in (claim.speaker or "")
    assert claim.attribution_chain == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Example Watch said 40 civilians were killed.\n\n"
            "Another 12 people were wounded, the rebel group said.",
            "Example Watch",
        ),
        (
            "en",
            "Example Watch said 40 civilians were killed.\n\nBoth groups said 12 people were wounded.",
            "Example Watch",
        ),
        (
            "fr",
            "Selon Exemple Veille, 40 civils ont été tués.\n\n"
            "12 personnes ont été blessées, a indiqué le groupe rebelle.",
            "Exemple Veille",
        ),
        (
            "es",
            "Según Ejemplo Vigía, murieron 40 civiles.\n\n"
            "El grupo rebelde dijo que 12 personas resultaron heridas.",
            "Ejemplo Vigía",
        ),
        (
            "de",
            "Laut Beispielwacht wurden 40 Zivilisten getötet.\n\n"
            "Die bewaffnete Gruppe sagte, 12 Menschen seien verletzt worden.",
            "Beispielwacht",
        ),
        (
            "sv",
            "Enligt Exempelvakt dödades 40 civila.\n\n12 människor skadades, uppger gruppen.",
            "Exempelvakt",
        ),
        (
            "ar",
            "قالت منظمة المثال إن 40 مدنيا قتلوا.\n\nوقالت المنظمة إن 12 شخصا أصيبوا.",
            "منظمة المثال",
        ),
    ],
)
def test_a_definite_group_noun_refers_back_to_the_named_source(
    lang: str, text: str, speaker: str
) -> None:
    claims = _casualties(text, lang)
    assert [c.low for c in claims] == [40, 12]
    assert [c.speaker for c in claims] == [speaker, speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "12 people were wounded, the Example Group said.", "Example Group"),
        ("es", "El grupo Ejemplo Vigía dijo que 12 personas resultaron heridas.", "Ejemplo Vigía"),
        (
            "de",
            "Die Gruppe Beispielwacht sagte, 12 Menschen seien verletzt worden.",
            "Gruppe Beispielwacht",
        ),
    ],
)
def test_a_group_noun_with_its_own_name_is_not_a_back_reference(
    lang: str, text: str, speaker: str
) -> None:
    assert [c.speaker for c in _casualties(text, lang)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("قتل 12 مدنيا في غارة جوية، وفقا لمصادر طبية.", "مصادر طبية"),
        ('واستشهد 12 مدنيا في قصف مدفعي، وفق وكالة "فرانس برس".', "وكالة فرانس برس"),
        (
            'وقالت وكالة الأنباء الفلسطينية "وفا" إن 12 مواطنا استشهدوا.',
            "وكالة الأنباء الفلسطينية وفا",
        ),
        ("ووفقا لموقع «المثال»، فإن القصف أودى بحياة 12 مدنيا.", "موقع المثال"),
    ],
)
def test_an_arabic_speaker_runs_to_its_quoted_name_without_its_preposition(
    text: str, speaker: str
) -> None:
    """Arabic has no capitals to end a name: the speaker noun's modifiers and a quoted name
    follow it, and the preposition "ل" of "وفقا ل" is not part of it."""
    assert [c.speaker for c in _casualties(text, "ar")] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "de",
            "Zwölf Zivilisten wurden getötet, wie Max Beispiel auf Telegram mitteilte.",
            "Max Beispiel",
        ),
        ("en", "Twelve civilians were killed, Max Example later wrote on Telegram.", "Max Example"),
        ("fr", "Douze civils ont été tués, a indiqué Max Exemple sur Telegram.", "Max Exemple"),
        ("es", "Doce civiles murieron, informó Max Ejemplo en Telegram.", "Max Ejemplo"),
        ("sv", "Tolv civila dödades, skriver Max Exempel på Telegram.", "Max Exempel"),
        ("ar", "وقال ماكس مثال عبر تلغرام إن 12 مدنيا قتلوا.", "ماكس مثال"),
    ],
)
def test_the_channel_a_source_speaks_on_is_not_the_source(
    lang: str, text: str, speaker: str
) -> None:
    assert [c.speaker for c in _casualties(text, lang)] == [speaker]
