"""Classes of construction that unseen Spanish, French, Swedish and German reporting uses
(issue 12): lone number words, "a large number", a figure after a date and a comma, lone victims
with an age or joined by "and", age nouns, category adjectives after a casualty noun, people
buried under rubble, phone numbers, team sizes (English rows where the mechanism is shared).
Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _readings(text: str, lang: str) -> list[tuple[str, int | None, int | None]]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("es", "Más de mil personas murieron en la inundación.", ("killed", 1001, None)),
        ("es", "Cien personas resultaron heridas.", ("injured", 100, 100)),
        ("fr", "L'explosion a fait plus de cent blessés.", ("injured", 101, None)),
        ("fr", "Mille personnes sont mortes dans le séisme.", ("killed", 1000, 1000)),
        ("de", "Mehr als hundert Menschen starben bei dem Angriff.", ("killed", 101, None)),
        ("sv", "Det höjer dödssiffran till över hundra.", ("killed", 101, None)),
    ],
)
def test_a_lone_hundred_or_thousand_is_a_number(lang: str, text: str, reading: tuple) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("es", "Murieron 160 mil personas.", ("killed", 160000, 160000)),
        ("fr", "Deux cents personnes ont été tuées.", ("killed", 200, 200)),
        ("de", "Zweihundert Menschen wurden getötet.", ("killed", 200, 200)),
        ("sv", "Tre tusen personer dog.", ("killed", 3000, 3000)),
    ],
)
def test_a_multiplier_inside_a_number_still_multiplies(
    lang: str, text: str, reading: tuple
) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("es", "Ocho murieron y un gran número de vecinos resultaron heridos.", ("killed", 8, 8)),
        ("fr", "Huit personnes sont mortes et un grand nombre ont été blessées.", ("killed", 8, 8)),
        ("de", "Acht Menschen wurden getötet und eine große Zahl verletzt.", ("killed", 8, 8)),
        ("sv", "Åtta personer dödades och ett stort antal skadades.", ("killed", 8, 8)),
    ],
)
def test_a_large_number_is_no_count_of_one(lang: str, text: str, reading: tuple) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Since March 3, 40 people have died in the region."),
        ("es", "Desde el 3 de marzo, 40 personas han muerto en la región."),
        ("fr", "Depuis le 3 mars, 40 personnes sont mortes dans la région."),
        ("de", "Seit dem 3. März, so die Behörden, sind 40 Menschen gestorben."),
        ("sv", "Sedan den 3 mars har 40 personer dött i regionen."),
    ],
)
def test_a_figure_after_a_date_and_a_comma_is_no_day(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 40, 40)]


def test_the_year_after_a_written_date_is_still_a_year() -> None:
    text = "On March 17, 2017 at least 105 people were killed."
    assert _readings(text, "en") == [("killed", 105, None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A man aged 55 was killed by the drone."),
        ("es", "Un hombre de 55 años fue asesinado en su casa."),
        ("fr", "Un homme de 55 ans a été tué par un drone."),
        ("de", "Ein 55-jähriger Mann wurde bei dem Angriff getötet."),
        ("sv", "En 55-årig man dödades i attacken."),
    ],
)
def test_an_age_inside_the_noun_phrase_keeps_a_lone_victim(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text", "measure"),
    [
        ("de", "Bei dem Angriff starb ein 55-Jähriger.", "killed"),
        ("de", "Eine 30-Jährige wurde schwer verletzt.", "injured"),
        ("sv", "En 55-åring dödades i attacken.", "killed"),
    ],
)
def test_an_age_noun_is_one_person_not_its_age(lang: str, text: str, measure: str) -> None:
    assert _readings(text, lang) == [(measure, 1, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A doctor and a nurse were killed in the strike."),
        ("es", "Un médico y una enfermera murieron en el bombardeo."),
        ("fr", "Un médecin et une infirmière ont été tués dans la frappe."),
        ("de", "Eine Ärztin und ein Besucher wurden bei dem Angriff getötet."),
        ("sv", "En läkare och en besökare dödades i attacken."),
    ],
)
def test_lone_victims_joined_by_and_are_two(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 2, 2)]  # one group of two (coordinated.py)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Seven dead\nSeven people died in the shelling of the market."),
        ("sv", "Sju döda\nSju personer dog i beskjutningen av marknaden."),
    ],
)
def test_a_headline_above_its_lead_is_still_one_claim(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 7, 7)]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("es", "El ataque dejó 30 víctimas civiles en el mercado.", "civilians"),
        ("es", "Hubo 12 muertos civiles en la aldea.", "civilians"),
        (
            "fr",
            "Le bombardement aurait fait des dizaines de victimes civiles dans le village.",
            "civilians",
        ),
        ("fr", "Le raid a fait 20 morts civils.", "civilians"),
    ],
)
def test_a_category_adjective_after_a_casualty_noun_gives_who(
    lang: str, text: str, who: str
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [c.who for c in claims] == [who]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("es", "Al menos seis personas perecieron en el ataque.", ("killed", 6, None)),
        ("es", "El gas hirió a más de 120 personas.", ("injured", 121, None)),
        ("es", "Los pistoleros ejecutaron a cuatro hombres en la plaza.", ("killed", 4, 4)),
        ("es", "En la ciudad se perpetraron tres homicidios.", ("killed", 3, 3)),
        ("fr", "Un assaillant a été abattu par les gendarmes.", ("killed", 1, 1)),
        ("de", "Drei Menschen erlagen ihren Verletzungen.", ("killed", 3, 3)),
        ("sv", "Gärningsmannen sköt ihjäl fem personer.", ("killed", 5, 5)),
    ],
)
def test_killing_and_wounding_verbs(lang: str, text: str, reading: tuple) -> None:
    assert _readings(text, lang) == [reading]


def test_died_and_were_wounded_before_one_count_is_killed_or_injured() -> None:
    text = "En el bombardeo del mercado murieron y resultaron heridas varias personas."
    assert _readings(text, "es") == [("killed_or_injured", 3, None)]


def test_killed_and_wounded_with_e_before_a_bare_figure() -> None:
    text = "El bombardeo mató al menos a 37 personas e hirió a más de 212, según los médicos."
    assert _readings(text, "es") == [("injured", 213, None), ("killed", 37, None)]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("fr", "Neuf civils, dont trois supplétifs de la milice, ont été tués.", ("killed", 3, 3)),
        ("es", "Un agresor fue abatido por la policía.", ("killed", 1, 1)),
    ],
)
def test_auxiliaries_and_attackers_are_people_who_can_be_counted(
    lang: str, text: str, reading: tuple
) -> None:
    assert reading in _readings(text, lang)


def test_people_buried_under_rubble_are_trapped_not_bodies() -> None:
    text = "Mehrere Personen wurden unter den Trümmern begraben."
    assert _readings(text, "de") == []
    found = "Fünf Leichen wurden unter den Trümmern geborgen."
    assert _readings(found, "de") == [("bodies_recovered", 5, 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Los vecinos llamaron a la línea de emergencias 911 y la policía halló dos cuerpos.",
        ),
        ("de", "Anwohner wählten den Notruf 112, die Polizei fand zwei Leichen."),
        ("sv", "Grannar ringde larmnumret 112 och polisen hittade två döda."),
        ("fr", "Les voisins ont appelé le numéro 17 et la police a retrouvé deux corps."),
    ],
)
def test_an_emergency_phone_number_is_no_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("bodies_recovered", 2, 2)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Una mujer y sus dos hijos murieron en el incendio."),
        ("fr", "Une femme et ses deux enfants ont été tués dans l'incendie."),
        ("de", "Eine Frau und ihre zwei Kinder wurden bei dem Brand getötet."),
        ("sv", "En kvinna och hennes två barn dödades i branden."),
        ("en", "A woman and her two children were killed in the fire."),
    ],
)
def test_a_lone_victim_and_her_children(lang: str, text: str) -> None:
    # the woman, her children, and the family's total (harmledger.extract.companions)
    assert _readings(text, lang) == [("killed", 1, 1), ("killed", 2, 2), ("killed", 3, 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Un equipo de 12 rescatistas buscó a los heridos."),
        ("fr", "Une équipe de 12 secouristes a soigné les blessés."),
        ("de", "Ein Team von 12 Rettern suchte nach Verletzten."),
        ("sv", "Ett team på 12 räddningsarbetare letade efter skadade."),
    ],
)
def test_a_team_size_is_no_count(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("de", "Fast 200 Menschen verloren ihr Leben.", ("killed", 200, 200)),
        ("de", "Etwa 2000 Menschen mussten fliehen.", ("displaced", 2000, 2000)),
        ("sv", "Nästan 60 personer fick sätta livet till.", ("killed", 60, 60)),
    ],
)
def test_life_and_flight_idioms(lang: str, text: str, reading: tuple) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("en", "Eight people were killed, three of them children.", ("killed", "children", 3)),
        ("es", "Murieron ocho personas, tres de ellas niños.", ("killed", "children", 3)),
        ("sv", "Åtta personer dödades, tre av dem barn.", ("killed", "children", 3)),
        (
            "de",
            "Acht Menschen wurden verletzt, zwei von ihnen starben später.",
            ("killed", "people", 2),
        ),
    ],
)
def test_a_part_with_a_category_or_its_own_measure_is_a_claim(
    lang: str, text: str, part: tuple
) -> None:
    claims = [(c.measure, c.who, c.low) for c in extract_claims(text, lang) if c.is_casualty]
    assert part in claims


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("de", "Bei dem Angriff in Beispielstadt kam ein Kind ums Leben.", ("killed", 1, 1)),
        ("sv", "En man i 30-årsåldern dödades i skottlossningen.", ("killed", 1, 1)),
        ("es", "Una niña de 8 años murió en el ataque.", ("killed", 1, 1)),
        ("fr", "Une fillette de 8 ans est morte dans la frappe.", ("killed", 1, 1)),
    ],
)
def test_a_lone_victim_with_an_age_range_or_idiom(lang: str, text: str, reading: tuple) -> None:
    assert _readings(text, lang) == [reading]
