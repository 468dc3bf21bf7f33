"""Speaker classes at the cue, one sentence of our own per language: a cue right after a cue
("según informó el ministerio": the second cue names the speaker, the first verb is no part of
it), and official figures with no one named ("nach offiziellen Angaben", "selon un bilan
officiel"): the figures' own source is the speaker."""

import pytest

from harmledger.extract.engine import extract_claims

CUE_AFTER_CUE = {  # the first cue opens onto a second one; the speaker follows the second
    "en": (
        "Twelve civilians were killed, according to what the health ministry said.",
        "health ministry",
    ),
    "es": ("Doce civiles murieron, según informó el ministerio de Salud.", "ministerio de Salud"),
    "fr": (
        "Douze civils ont été tués, selon ce qu'a indiqué le ministère de la Santé.",
        "ministère de la Santé",
    ),
    "de": ("Laut Angaben der Polizei wurden zwölf Zivilisten getötet.", "Polizei"),
    "sv": ("Tolv civila dödades, enligt vad polisen uppger.", "polisen"),
    "ar": ("قتل 12 مدنيا في القصف، حسبما أفادت وزارة الصحة.", "وزارة الصحة"),
}
OFFICIAL_FIGURES = {  # no one named: the official figures are the source
    "en": ("At least 12 civilians were killed, according to official figures.", "official"),
    "de": (
        "Bei dem Angriff wurden nach offiziellen Angaben mindestens zwölf Zivilisten getötet.",
        "offiziellen Angaben",
    ),
    "fr": ("Au moins douze civils ont été tués, selon un bilan officiel.", "bilan officiel"),
    "es": ("Al menos doce civiles murieron, según cifras oficiales.", "cifras oficiales"),
    "sv": ("Minst tolv civila dödades, enligt officiella uppgifter.", "officiella uppgifter"),
    "ar": ("قتل 12 مدنيا في القصف بحسب أرقام رسمية.", "أرقام رسمية"),
}


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize("lang", sorted(CUE_AFTER_CUE))
def test_a_cue_right_after_a_cue_leaves_the_speaker_to_the_second(lang: str) -> None:
    text, speaker = CUE_AFTER_CUE[lang]
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]
    assert claims[0].attribution_chain == []  # "Angaben der Polizei" is no outer source


@pytest.mark.parametrize("lang", sorted(OFFICIAL_FIGURES))
def test_official_figures_name_their_source(lang: str) -> None:
    text, speaker = OFFICIAL_FIGURES[lang]
    assert _speakers(text, lang) == [speaker]


def test_german_official_figures_also_before_zufolge_and_compounded() -> None:
    assert _speakers("Zwölf Zivilisten wurden nach Behördenangaben getötet.", "de") == [
        "Behördenangaben"
    ]
    assert _speakers("Amtlichen Angaben zufolge wurden zwölf Zivilisten getötet.", "de") == [
        "Amtlichen Angaben"
    ]


def test_a_noun_inside_the_cue_wins_over_a_capitalised_word_after_it() -> None:
    text = "Mindestens zwölf Menschen starben nach offiziellen Angaben bis Sonntagmittag."
    assert _speakers(text, "de") == ["offiziellen Angaben"]


ADJECTIVE_BEFORE_NOUN = {  # a source with its adjectives before the noun, before its verb
    "en": ("Local officials said twelve people were killed.", "Local officials"),
    "de": ("Örtliche Behörden meldeten zwölf Tote.", "Örtliche Behörden"),
    "sv": ("Lokala källor uppger att tolv personer dödades.", "Lokala källor"),
}


@pytest.mark.parametrize("lang", sorted(ADJECTIVE_BEFORE_NOUN))
def test_a_source_with_its_adjectives_before_the_noun(lang: str) -> None:
    text, speaker = ADJECTIVE_BEFORE_NOUN[lang]
    assert _speakers(text, lang) == [speaker]


ROLE_REPEATED = {  # a bare definite role noun repeats the role of the person named before
    "en": (
        "Defence Minister Ana Example said there had been an attack.\n\nThree civilians were killed, the minister said.",
        "Defence Minister Ana Example",
    ),
    "es": (
        "El ministro de Defensa, Ana Ejemplo, dijo que hubo un ataque.\n\nEl ataque dejó tres civiles muertos, según el ministro.",
        "Ana Ejemplo (ministro de Defensa)",
    ),
    "fr": (
        "Le ministre de la Défense, Ana Exemple, a indiqué qu'il y avait eu une attaque.\n\nTrois civils ont été tués, a ajouté le ministre.",
        "Ana Exemple (ministre de la Défense)",
    ),
    "de": (
        "Verteidigungsminister Ana Beispiel sagte, es habe einen Angriff gegeben.\n\nDrei Zivilisten seien getötet worden, sagte der Minister.",
        "Verteidigungsminister Ana Beispiel",
    ),
    "sv": (
        "Försvarsminister Ana Exempel säger att det skett en attack.\n\nTre civila dödades, uppger ministern.",
        "Försvarsminister Ana Exempel",
    ),
}


@pytest.mark.parametrize("lang", sorted(ROLE_REPEATED))
def test_the_role_noun_names_the_person_named_before_with_it(lang: str) -> None:
    text, speaker = ROLE_REPEATED[lang]
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # another role, an indefinite noun, or an office whose name only begins like the role
        "Defence Minister Ana Example said there had been an attack.\n\nThree civilians were killed, the mayor said.",
        "Defence Minister Ana Example said there had been an attack.\n\nThree civilians were killed, a minister said.",
        "The Ministry of Foreign Affairs said there had been an attack.\n\nThree civilians were killed, the minister said.",
    ],
)
def test_a_role_noun_names_no_one_else(text: str) -> None:
    assert _speakers(text, "en") not in (
        ["Defence Minister Ana Example"],
        ["Ministry of Foreign Affairs"],
    )


TOLD_TO = {  # the speaker is who told, not the outlet told
    "en": ("A local doctor told Reuters that 12 people were killed in the strike.", "doctor"),
    "fr": (
        "Un médecin a déclaré à l'AFP que 12 personnes avaient été tuées.",
        "Un médecin",
    ),
    "es": ("Un médico dijo a EFE que 12 personas murieron en el ataque.", "médico"),
    "de": (
        "Ein örtlicher Arzt sagte der Nachrichtenagentur dpa, zwölf Menschen seien getötet worden.",
        "Arzt",
    ),
    "sv": ("En lokal läkare säger till TT att tolv personer dödades.", "läkare"),
    "ar": ("وقال طبيب محلي لوكالة الأناضول إن 12 شخصا قتلوا في الغارة.", "طبيب"),
}


@pytest.mark.parametrize("lang", sorted(TOLD_TO))
def test_whom_the_speaker_told_is_not_the_speaker(lang: str) -> None:
    text, speaker = TOLD_TO[lang]
    assert _speakers(text, lang) == [speaker]


def test_an_arabic_name_stops_before_the_outlet_it_spoke_to() -> None:
    text = "وقال الناطق باسم الوزارة يوسف المثال لوكالة الأنباء الألمانية إن 30 مدنيا قتلوا."
    assert _speakers(text, "ar") == ["الناطق باسم الوزارة يوسف المثال"]
    # a name of its own with the preposition inside it is kept whole
    text = "قتل 12 شخصا وفقا للمرصد السوري لحقوق الإنسان."
    assert _speakers(text, "ar") == ["المرصد السوري لحقوق الإنسان"]


GROUP_NOUN_AFTER_ACCORDING_TO = {  # "según"/"selon" also cite: the group noun still refers back
    "es": (
        "Según el Observatorio Sirio de Derechos Humanos, el ataque fue grave.\n\nLos ataques dejaron 29 muertos, según la organización.",
        "Observatorio Sirio de Derechos Humanos",
    ),
    "fr": (
        "Selon l'Observatoire syrien des droits de l'homme, l'attaque était grave.\n\nLes frappes ont fait 29 morts, selon l'organisation.",
        "Observatoire syrien des droits de l'homme",
    ),
    "en": (
        "According to the Syrian Observatory for Human Rights, the attack was severe.\n\nThe strikes killed 29 people, according to the group.",
        "Syrian Observatory for Human Rights",
    ),
    "ar": (
        "وبحسب المرصد السوري لحقوق الإنسان كان الهجوم عنيفا.\n\nوقتل 29 شخصا بحسب المنظمة.",
        "المرصد السوري لحقوق الإنسان",
    ),
}


@pytest.mark.parametrize("lang", sorted(GROUP_NOUN_AFTER_ACCORDING_TO))
def test_a_group_noun_after_a_citing_cue_is_the_source_named_before(lang: str) -> None:
    text, speaker = GROUP_NOUN_AFTER_ACCORDING_TO[lang]
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]
    assert claims[0].attribution_chain == []


LOWER_MIDDLE_BEFORE_VERB = {  # an institution's name with a lower-case middle, before its verb
    "fr": (
        "Le Bureau de coordination des affaires humanitaires de l'ONU a indiqué que 12 civils ont été tués.",
        "Bureau de coordination des affaires humanitaires de l'ONU",
    ),
    "es": (
        "La Oficina de coordinación de asuntos humanitarios de la ONU informó que 12 civiles murieron.",
        "Oficina de coordinación de asuntos humanitarios de la ONU",
    ),
    "de": (
        "Das Büro der Vereinten Nationen für humanitäre Angelegenheiten teilte mit, zwölf Zivilisten seien getötet worden.",
        "Büro der Vereinten Nationen für humanitäre Angelegenheiten",
    ),
    "en": (
        "The Office for the Coordination of Humanitarian Affairs said 12 civilians were killed.",
        "Office for the Coordination of Humanitarian Affairs",
    ),
}


@pytest.mark.parametrize("lang", sorted(LOWER_MIDDLE_BEFORE_VERB))
def test_a_name_with_a_lower_case_middle_is_read_whole_before_its_verb(lang: str) -> None:
    text, speaker = LOWER_MIDDLE_BEFORE_VERB[lang]
    assert _speakers(text, lang) == [speaker]


def test_a_long_known_name_before_its_verb_is_read_whole() -> None:
    text = "Le Haut-commissariat des Nations unies aux Droits de l'Homme rapporte que 977 civils ont été tués."
    assert _speakers(text, "fr") == ["Haut-commissariat des Nations unies aux Droits de l'Homme"]


def test_a_place_before_a_comma_stays_out_of_the_name() -> None:
    text = "Douze personnes sont mortes dans le nord de la Syrie, a indiqué l'ONU."
    assert _speakers(text, "fr") == ["ONU"]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "At least 319 people were killed in April, the UN group said.", "UN group"),
        (
            "de",
            "Mindestens 319 Menschen wurden im April getötet, sagte die UN-Gruppe.",
            "UN-Gruppe",
        ),
    ],
)
def test_a_group_noun_with_a_name_before_it_names_itself(
    lang: str, text: str, speaker: str
) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [  # plural and perfect forms of reporting verbs, verbs of estimating and of accusing
        ("en", "Officials estimate 40 people were killed.", "Officials"),
        (
            "en",
            "Fighting went on, with the Example Office reporting 200 more deaths.",
            "Example Office",
        ),
        ("en", "The Example Ministry accused the army of killing 13 people.", "Example Ministry"),
        ("fr", "Les autorités rapportent 12 morts.", "autorités"),
        ("fr", "Les Exemplaires estiment à 700 le nombre de soldats tués.", "Exemplaires"),
        (
            "fr",
            "Le ministère de la Santé a accusé l'armée d'avoir tué 13 personnes.",
            "ministère de la Santé",
        ),
        ("es", "Las autoridades informan de 12 muertos.", "autoridades"),
        (
            "es",
            "El Ministerio Ejemplo acusó al ejército de matar a 13 personas.",
            "Ministerio Ejemplo",
        ),
        ("de", "Die Behörden schätzen, dass 40 Menschen getötet wurden.", "Behörden"),
        ("sv", "Myndigheterna uppskattade att 40 personer dödades.", "Myndigheterna"),
    ],
)
def test_reporting_estimating_and_accusing_verbs_name_their_subject(
    lang: str, text: str, speaker: str
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [  # a hospital or clinic speaks for the dead it received, in every language
        ("en", "Airstrikes killed 12 people, the hospital said.", "hospital"),
        ("es", "Doce personas murieron, según el hospital.", "hospital"),
        ("fr", "Douze personnes ont été tuées, selon l'hôpital.", "hôpital"),
        ("de", "Zwölf Menschen wurden getötet, teilte das Krankenhaus mit.", "Krankenhaus"),
        ("sv", "Tolv personer dödades, uppger sjukhuset.", "sjukhuset"),
        ("ar", "قتل 12 شخصا، بحسب مستشفى المدينة.", "مستشفى المدينة"),  # the city's hospital
    ],
)
def test_a_hospital_is_a_speaker(lang: str, text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [  # where it was said stands between the verb and its speaker: not part of the name
        ("es", "«Doce personas murieron», dijo en Twitter Ana Ejemplo.", "Ana Ejemplo"),
        (
            "fr",
            "« Douze personnes ont été tuées », a déclaré sur Telegram Ana Exemple.",
            "Ana Exemple",
        ),
        # a speaker noun before the channel is the speaker
        (
            "es",
            "Doce personas murieron, según subrayó el ministro en su cuenta de Twitter.",
            "ministro",
        ),
    ],
)
def test_a_channel_after_the_verb_is_not_the_speaker(lang: str, text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [  # a lower-case title after the verb opens the speaker's name
        ("en", "Twelve people were killed, said the colonel Ana Example.", "colonel Ana Example"),
        ("es", "Doce personas murieron, informó el general Ana Ejemplo.", "general Ana Ejemplo"),
        (
            "fr",
            "Douze personnes ont été tuées, a indiqué le colonel Ana Exemple.",
            "colonel Ana Exemple",
        ),
        ("sv", "Tolv personer dödades, uppger generalen Ana Exempel.", "generalen Ana Exempel"),
        (
            "de",
            "Zwölf Menschen wurden getötet, sagte der General Ana Beispiel.",
            "General Ana Beispiel",
        ),
    ],
)
def test_a_title_after_the_verb_opens_the_speaker(lang: str, text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # German verb-final reporting verbs in a "wie" clause, and "den Angaben zufolge"
        ("Wie das Beispielamt einräumte, starben zehn Zivilisten.", "Beispielamt"),
        ("Der Angriff tötete zehn Zivilisten, wie eine Untersuchung ergab.", "Untersuchung"),
        ("Die Behörden meldeten 30 Tote. Den Angaben zufolge starben 12 Kinder.", "Behörden"),
    ],
)
def test_german_subordinate_verbs_and_den_angaben(text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, "de") if c.is_casualty]
    assert claims[-1].speaker == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [  # a reporting verb before its subject, after what was said
        (
            "es",
            "Diez civiles murieron, reconoció el Pentágono tras una investigación.",
            "Pentágono",
        ),
        ("es", "Diez civiles murieron, admitió el Ministerio de Defensa.", "Ministerio de Defensa"),
        (
            "fr",
            "« Dix civils ont été tués », a écrit le ministère de la Santé.",
            "ministère de la Santé",
        ),
        (
            "fr",
            "Dix civils ont été tués, souligne le ministère de la Santé.",
            "ministère de la Santé",
        ),
    ],
)
def test_a_reporting_verb_before_its_subject(lang: str, text: str, speaker: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.speaker for c in claims] == [speaker]
