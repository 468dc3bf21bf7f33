"""Classes of construction from unseen reporting (issue #12), English and Arabic first, with the
shared ones in all six languages. Sentences are our own; names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Not less than 12 people were killed in the raid on Exampleville."),
        ("es", "No menos de 12 personas murieron en el ataque contra Ejemplo."),
        ("fr", "Pas moins de 12 personnes ont été tuées dans l'attaque d'Exemple."),
        ("de", "Nicht weniger als 12 Menschen wurden bei dem Angriff getötet."),
        ("sv", "Inte mindre än 12 personer dödades i attacken mot Exempelby."),
        ("ar", "قتل ما لا يقل عن 12 شخصا في الهجوم على القرية."),
    ],
)
def test_a_negation_inside_an_at_least_qualifier_negates_nothing(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 12, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The police did not confirm that 12 people were killed."),
        ("ar", "لم تؤكد الشرطة مقتل 12 شخصا في الهجوم."),
    ],
)
def test_a_negation_before_the_qualifier_still_negates(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("A man was shot in Exampletown on Sunday. He was taken to hospital.", [("injured", 1, 1)]),
        ("Woman shot outside a bar in Exampletown", [("injured", 1, 1)]),
        ("A man was shot on Sunday. He died at the hospital.", [("killed", 1, 1)]),
        ("Police said he shot once at the car.", []),
        ("Sami saw his cousin shot by the militants.", []),
    ],
)
def test_a_lone_victim_shot_is_hurt_unless_the_document_reports_a_death(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


def test_an_explicit_zero_of_others_does_not_hide_the_lone_victim() -> None:
    text = "A woman was injured in the shooting. No one else was hurt."
    assert _readings(text, "en") == [("injured", 0, 0), ("injured", 1, 1)]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("A 19-year-old man is hospitalized after a shooting.", [("injured", 1, 1)]),
        ("Some 40,000 residents remain in the besieged town.", []),
        ("A suspect with two handguns and 12 rounds was arrested.", []),
    ],
)
def test_people_staying_weapons_and_hospitalized_are_read_as_such(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        (
            "قال مسؤول إن القصف أودى بحياة 4 مدنيين وأصاب 18 آخرين.",
            [("injured", 18, 18), ("killed", 4, 4)],
        ),
        ("قتل واصيب 15 شخصا بانفجار سيارة مفخخة في السوق.", [("killed_or_injured", 15, 15)]),
        ("قتل 15 شخصا بانفجار سيارة مفخخة في السوق.", [("killed", 15, 15)]),
    ],
)
def test_arabic_active_wounding_verbs_and_a_cause_after_the_noun(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "ar") == readings


def test_a_person_noun_before_a_counted_thing_still_counts_the_thing_in_english() -> None:
    assert _readings("Four fighter jets bombed the village.", "en") == []


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("ذكرت الشرطة أن مدنيا قتل اليوم واصيب 10 آخرون.", [("injured", 10, 10), ("killed", 1, 1)]),
        ("أدى القصف إلى مقتل مدني في القرية.", [("killed", 1, 1)]),
        ("قتل شخص وأصيب آخر في القصف.", [("injured", 1, 1), ("killed", 1, 1)]),
        ("دعت منظمات المجتمع المدني إلى التحقيق في القصف.", []),
    ],
)
def test_arabic_lone_civilians_persons_and_another(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "ar") == readings


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        ("ar", "أعلنت الوزارة مقتل 31 مدنيا -قالت إن بينهم 22 طفلا- في القصف.", 31),
        ("en", "The ministry announced that 31 civilians - it said most were children - died.", 31),
    ],
)
def test_an_aside_after_a_count_does_not_make_the_count_a_speaker(
    lang: str, text: str, low: int
) -> None:
    assert ("killed", low, low) in _readings(text, lang)


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # the one who suffered them is one hurt (gvdb14), never three
        ("He suffered three gunshot wounds and was taken to hospital.", [("injured", 1, 1)]),
        ("She had two stab wounds.", []),
    ],
)
def test_wounds_counted_on_one_body_are_no_victims(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("ar", "قتل شاب جراء قصف قرب مدرسة تؤوي مئات النازحين.", [("killed", 1, 1)]),
        ("en", "A shell hit a school sheltering hundreds of displaced.", []),
    ],
)
def test_displaced_people_sheltered_somewhere_are_no_count(
    lang: str, text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, lang) == readings


def test_arabic_between_killed_and_wounded_is_one_combined_figure() -> None:
    text = "أعلنت اللجنة أن أكثر من 40 ألف مدني سقطوا ما بين قتيل وجريح منذ بداية العام."
    assert _readings(text, "ar") == [("killed_or_injured", 40001, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Several armed men stormed the shop and shot dead the owner."),
        ("en", "Three gunmen entered the house on Monday and killed a man."),
        ("ar", "اقتحم ثلاثة مسلحين المتجر وقتلوا صاحبه."),
    ],
)
def test_men_who_do_something_and_then_kill_someone_are_the_killers(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, 1)]


def test_victims_of_two_joined_clauses_are_still_victims() -> None:
    text = "Five soldiers were wounded and two civilians were killed."
    assert _readings(text, "en") == [("injured", 5, 5), ("killed", 2, 2)]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("The fate of 14 more residents remains unknown.", [("missing", 14, 14)]),
        ("The whereabouts of 12 villagers remain unknown.", [("missing", 12, 12)]),
        ("The cause of the fire that killed 3 people remains unknown.", [("killed", 3, 3)]),
        ("The remains of 4 people were found.", [("bodies_recovered", 4, 4)]),
    ],
)
def test_people_whose_fate_is_unknown_are_missing_and_unknown_remains_no_bodies(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("At least a further 12 civilians were wounded.", [("injured", 12, None)]),
        ("More than another 20 people were wounded.", [("injured", 21, None)]),
    ],
)
def test_a_qualifier_reaches_past_a_further(
    text: str, readings: list[tuple[str, int, int | None]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("The victim was transported to the hospital for treatment.", [("injured", 1, 1)]),
        ("One more man was critically wounded.", [("injured", 1, 1)]),
        ("A man was taken to hospital. He died there.", [("killed", 1, 1)]),
        ("The woman was in hospital when the strike hit.", []),
    ],
)
def test_a_lone_victim_taken_to_hospital_is_hurt_unless_someone_died(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The man killed by the police had 20 gunshot wounds, including six in the back."),
        ("en", "The strike hit 12 houses, including 3 in the old town; 5 people were killed."),
        ("es", "El ataque alcanzó 12 casas, incluidas 3 en el casco antiguo; 5 personas murieron."),
        (
            "fr",
            "La frappe a touché 12 maisons, dont 3 dans la vieille ville; 5 personnes sont mortes.",
        ),
        ("de", "Der Angriff traf 12 Häuser, darunter 3 in der Altstadt; 5 Menschen starben."),
        ("sv", "Attacken träffade 12 hus, varav 3 i gamla stan; 5 personer dödades."),
        ("ar", "أصاب القصف 12 منزلا، بينها 3 في البلدة القديمة، وقتل 5 أشخاص."),
    ],
)
def test_a_part_of_a_count_of_things_is_no_count_of_victims(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert all(low not in (3, 6) for _, low, _ in readings)
    assert readings in ([("killed", 1, 1)], [("killed", 5, 5)])


@pytest.mark.parametrize(
    ("lang", "text", "readings"),
    [
        ("en", "A man was shot dead on Sunday. Police named him as Sam Example, 32.", 1),
        ("en", "Police said Sam Example Jr., 49, killed his neighbour.", None),
        ("es", "Un hombre murió el domingo. La policía lo identificó como Sam Ejemplo, 32.", 1),
        ("fr", "Un homme a été tué dimanche. La police l'a identifié comme Sam Exemple, 32.", 1),
        ("de", "Ein Mann wurde am Sonntag getötet. Die Polizei nannte ihn Sam Beispiel, 32.", 1),
        ("sv", "En man dödades i söndags. Polisen identifierade honom som Sam Exempel, 32.", 1),
    ],
)
def test_an_age_set_off_after_a_name_may_end_its_sentence(
    lang: str, text: str, readings: int | None
) -> None:
    killed = [low for measure, low, _ in _readings(text, lang) if measure == "killed"]
    assert 32 not in killed and 49 not in killed
    if readings is not None:
        assert killed == [readings]


@pytest.mark.parametrize(
    "text",
    [
        "A mother of three was killed in the shooting on Main Street.",
        "The victim, a father of two, was shot and killed on Sunday.",
        "He turned 21 shortly before he was killed.",
        "A second victim was found four blocks away and died at the hospital.",
        "Two men were shot dead in the 1300 block of Example Street.",
    ],
)
def test_children_of_a_parent_ages_and_street_blocks_are_no_victims(text: str) -> None:
    assert all(low in (1, 2) for _, low, _ in _readings(text, "en"))
    assert ("killed", 3, 3) not in _readings(text, "en")


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        (
            "Two men have been charged with murder after a teenager was killed on Friday.",
            [("killed", 1, 1)],
        ),
        ("Three suspects, including two teenagers, were charged with murder.", []),
        ("Sam and Tom were both charged with first-degree murder.", []),
        ("Police arrested four men accused of killing 2 guards.", [("killed", 2, 2)]),
        ("Two men were charged after 5 people were killed in the attack.", [("killed", 5, 5)]),
    ],
)
def test_people_charged_with_a_killing_are_suspects(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Sam Example is wanted for attempted homicide after a shooting.", []),
        ("Homicide detectives are investigating the case in Exampletown.", []),
        ("It was the first homicide of the year in Exampletown.", [("killed", 1, None)]),
    ],
)
def test_an_attempted_homicide_or_a_homicide_unit_is_no_death(
    text: str, readings: list[tuple[str, int, int | None]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("The jury cleared two officers who fatally shot a local young man.", [("killed", 1, 1)]),
        ("Two men who were fatally shot a week ago were buried.", [("killed", 2, 2)]),
        ("Two men were fatally shot a few blocks away.", [("killed", 2, 2)]),
    ],
)
def test_a_counted_subject_of_a_relative_killing_clause_did_the_killing(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Amanda Example, a 24-year-old white female, died on Sunday."),
        ("en", "Sam Example, a local man, was killed on Sunday."),
        ("es", "Sam Ejemplo, un hombre del barrio, murió el domingo."),
        ("fr", "Sam Exemple, un homme du quartier, est mort dimanche."),
        ("de", "Sam Beispiel, ein Mann aus Berlin, starb am Sonntag."),
        ("sv", "Sam Exempel, en man från Malmö, dog i söndags."),
    ],
)
def test_a_lone_victim_in_an_aside_before_the_verb(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, 1)]


def test_an_aside_without_an_article_names_no_lone_victim() -> None:
    assert _readings("Sam Example, then mayor, spoke on Sunday.", "en") == []


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Police are investigating an apparent murder-suicide at a home.", [("killed", 2, None)]),
        ("Detectives made an arrest in a double homicide last week.", [("killed", 2, None)]),
        ("Two men were killed in a double homicide on Main Street.", [("killed", 2, 2)]),
        ("Both teenagers were brought to a hospital, where they died.", [("killed", 2, 2)]),
        ("Sam Example was subsequently shot and killed.", [("killed", 1, 1)]),
    ],
)
def test_events_of_more_than_one_death_and_both(
    text: str, readings: list[tuple[str, int, int | None]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("Five people were trapped in the rubble and died.", [("killed", 5, 5)]),
        ("Ten people remain trapped under the rubble.", []),
        ("Ten people remain trapped under the rubble, and two others died.", [("killed", 2, 2)]),
        ("Gunmen killed a village head in Exampleville on Monday.", [("killed", 1, 1)]),
        ("Militants shot dead a well-known local teacher.", [("killed", 1, 1)]),
        ("The shelling killed a village and its people.", []),
    ],
)
def test_people_trapped_who_then_died_and_victims_with_modifiers(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        (
            "Several other medical structures were attacked, and five rescue workers were killed.",
            [("killed", 5, 5)],
        ),
        ("Two people were killed and three other houses were destroyed.", [("killed", 2, 2)]),
        ("Three medical staff and two medics were killed.", [("killed", 2, 2), ("killed", 3, 3)]),
    ],
)
def test_other_things_are_not_other_victims(
    text: str, readings: list[tuple[str, int, int]]
) -> None:
    assert _readings(text, "en") == readings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ten people were injured on Monday. The president spoke on Friday. They evacuated 300 more people from the airport.",
        ),
        (
            "es",
            "Diez personas resultaron heridas el lunes. El presidente habló el viernes. Evacuaron a otras 300 personas del aeropuerto.",
        ),
        (
            "fr",
            "Dix personnes ont été blessées lundi. Le président a parlé vendredi. Ils ont évacué 300 autres personnes de l'aéroport.",
        ),
        (
            "de",
            "Zehn Menschen wurden am Montag verletzt. Der Präsident sprach am Freitag. Sie brachten 300 weitere Menschen vom Flughafen weg.",
        ),
        (
            "sv",
            "Tio personer skadades i måndags. Presidenten talade i fredags. De evakuerade ytterligare 300 personer från flygplatsen.",
        ),
        (
            "ar",
            "أصيب عشرة أشخاص يوم الاثنين. وتحدث الرئيس يوم الجمعة. وتم إجلاء 300 شخص آخرين من المطار.",
        ),
    ],
)
def test_more_people_paragraphs_after_a_toll_inherit_no_measure(lang: str, text: str) -> None:
    readings = _readings(text, lang)
    assert ("injured", 10, 10) in readings
    assert ("injured", 300, 300) not in readings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five people, aged 20 to 45, were killed."),
        ("es", "Cinco personas, de 20 a 45 años, murieron."),
        ("fr", "Cinq personnes, âgées de 20 à 45 ans, ont été tuées."),
        ("de", "Fünf Menschen im Alter von 20 bis 45 Jahren wurden getötet."),
        ("sv", "Fem personer i åldern 20 till 45 år dödades."),
        ("ar", "قتل خمسة أشخاص تتراوح أعمارهم بين 20 و45 عاما."),
        ("en", "The council voted 12 to 3 to condemn the killing of 5 civilians."),
        ("en", "By a vote of 10 to 2, the council condemned the attack that killed 5 civilians."),
    ],
)
def test_numbers_joined_by_to_after_a_distractor_word_are_all_distractors(
    lang: str, text: str
) -> None:
    assert [(m, low) for m, low, _ in _readings(text, lang)] == [("killed", 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five people were killed in 3 strikes, including 2 children."),
        ("es", "Cinco personas murieron en 3 ataques, entre ellas 2 niños."),
        ("fr", "Cinq personnes ont été tuées dans 3 frappes, dont 2 enfants."),
        ("de", "Fünf Menschen wurden bei 3 Angriffen getötet, darunter 2 Kinder."),
        ("sv", "Fem personer dödades i 3 attacker, varav 2 barn."),
        ("ar", "قتل 5 أشخاص في 3 غارات بينهم طفلان."),
    ],
)
def test_a_part_after_things_counted_belongs_to_the_casualty_count_before(
    lang: str, text: str
) -> None:
    assert _readings(text, lang) == [("killed", 2, 2), ("killed", 5, 5)]
