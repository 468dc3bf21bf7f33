"""Lone victims and counts described after the number (branch ages4): "others" before the
number ("otros tres resultaron heridos") take the kind of the count before. Sentences are our
own; names invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


def _claims(text: str, lang: str) -> list[tuple[str, str | None, int | None]]:
    return sorted((c.measure, c.who, c.low) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Dos soldados murieron y otros tres resultaron heridos.",
            [("injured", "combatants", 3), ("killed", "combatants", 2)],
        ),
        (
            "es",
            "Dos soldados murieron, otros 21 heridos.",
            [("injured", "combatants", 21), ("killed", "combatants", 2)],
        ),
        (
            "es",
            "Un soldado murió y otros tres resultaron heridos.",
            [("injured", "combatants", 3), ("killed", "combatants", 1)],
        ),
        (
            "es",
            "Dos soldados murieron y otros tres civiles resultaron heridos.",
            [("injured", "civilians", 3), ("killed", "combatants", 2)],
        ),
        (
            "de",
            "Zwei Soldaten wurden getötet und weitere 21 verletzt.",
            [("injured", "combatants", 21), ("killed", "combatants", 2)],
        ),
        (
            "sv",
            "Två soldater dödades och ytterligare tre skadades.",
            [("injured", "combatants", 3), ("killed", "combatants", 2)],
        ),
        (
            "sv",
            "En soldat dödades och ytterligare tre skadades.",
            [("injured", "combatants", 3), ("killed", "combatants", 1)],
        ),
    ],
)
def test_others_before_the_number_take_the_kind_before(
    lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("fr", "On compte 4 morts parmi les forces de l'ordre.", "other"),
        ("fr", "On compte 12 blessés parmi les civils.", "civilians"),
        ("en", "There were four dead among the security forces.", "combatants"),
        ("en", "Three injured among the civilians were taken to hospital.", "civilians"),
        ("es", "Hubo cuatro muertos entre las fuerzas de seguridad.", "combatants"),
        ("es", "Hay seis heridos entre los niños.", "children"),
        ("de", "Es gab vier Tote unter den Sicherheitskräften.", "combatants"),
        ("de", "Es gab zwei Verletzte unter den Kindern.", "children"),
        ("sv", "Det blev fyra döda bland säkerhetsstyrkorna.", "combatants"),
        ("sv", "Det blev fyra döda bland de civila.", "civilians"),
        ("ar", "سقط 4 قتلى في صفوف قوات الأمن.", "combatants"),
        ("ar", "سقط 4 قتلى في صفوف المدنيين.", "civilians"),
    ],
)
def test_a_category_after_among_says_whom_the_count_counts(lang: str, text: str, who: str) -> None:
    assert [c[1] for c in _claims(text, lang)] == [who]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "There were four dead among the ruins."),
        ("es", "Hubo cuatro muertos entre los escombros."),
        ("fr", "On compte quatre morts parmi les décombres."),
        ("de", "Es gab vier Tote unter den Trümmern."),
    ],
)
def test_among_a_thing_is_no_category(lang: str, text: str) -> None:
    assert [c[1] for c in _claims(text, lang)] == ["people"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A man in his twenties was killed in the blast.", [("killed", "men", 1)]),
        ("en", "A woman in her late 60s died in hospital.", [("killed", "women", 1)]),
        ("en", "A woman in her 40s was injured.", [("injured", "women", 1)]),
        ("es", "Un hombre de unos 30 años murió en el ataque.", [("killed", "men", 1)]),
        ("es", "Una mujer de unos 40 años resultó herida.", [("injured", "women", 1)]),
        ("de", "Ein Mann um die 30 wurde getötet.", [("killed", "men", 1)]),
        ("de", "Ein Mann im Alter von 30 Jahren wurde getötet.", [("killed", "men", 1)]),
        ("de", "Eine Frau Mitte 40 wurde schwer verletzt.", [("injured", "women", 1)]),
        ("fr", "L'homme, âgé de 45 ans, a été tué.", [("killed", "men", 1)]),
        ("fr", "Une femme d'une quarantaine d'années a été blessée.", [("injured", "women", 1)]),
        ("sv", "En man i 30-årsåldern dödades i skottlossningen.", [("killed", "men", 1)]),
        ("sv", "En kvinna i tjugoårsåldern skadades.", [("injured", "women", 1)]),
        ("ar", "قتل رجل في الثلاثينات من عمره.", [("killed", "men", 1)]),
    ],
)
def test_an_age_phrase_after_a_lone_victim_keeps_its_verb(
    lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A man in his twenties was arrested after 3 people were killed."),
        ("es", "Un hombre de unos 30 años fue detenido; tres personas murieron."),
        ("de", "Ein Mann um die 30 wurde festgenommen, drei Menschen starben."),
        ("fr", "L'homme, âgé de 45 ans, a déclaré que trois personnes avaient été tuées."),
        ("sv", "En man i 30-årsåldern greps sedan tre personer dödats."),
    ],
)
def test_an_age_of_someone_not_harmed_is_no_count(lang: str, text: str) -> None:
    assert _claims(text, lang) == [("killed", "people", 3)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "On compte des dizaines de morts parmi les femmes, les enfants et les aînés."),
        ("en", "There were dozens of dead among the women and the children."),
        ("es", "Hubo decenas de muertos entre las mujeres y los niños."),
    ],
)
def test_a_list_of_categories_after_among_is_no_one_category(lang: str, text: str) -> None:
    assert [c[1] for c in _claims(text, lang)] == ["people"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Hubo un tercer herido.", [("injured", "people", 1)]),
        ("es", "El ataque dejó un tercer muerto.", [("killed", "people", 1)]),
        ("es", "Un tercer hombre murió en el hospital.", [("killed", "men", 1)]),
        ("fr", "L'attaque a fait un troisième mort.", [("killed", "people", 1)]),
        ("fr", "Une troisième personne a été blessée.", [("injured", "people", 1)]),
        ("de", "Der Angriff forderte einen dritten Toten.", [("killed", "people", 1)]),
        ("de", "Ein dritter Mann wurde verletzt.", [("injured", "men", 1)]),
        ("sv", "En tredje man skadades.", [("injured", "men", 1)]),
        ("en", "A third man died.", [("killed", "men", 1)]),
        ("ar", "وأصيب شخص ثالث بجروح.", [("injured", "people", 1)]),
    ],
)
def test_an_ordinal_victim_is_one_more(
    lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "On the third day, 4 people were killed.", [("killed", "people", 4)]),
        ("en", "For the third time, 5 people were killed.", [("killed", "people", 5)]),
        ("en", "A third of the victims were children.", []),
        ("fr", "Un tiers des victimes étaient des enfants.", []),
        ("es", "Un tercio de los muertos eran niños.", []),
        ("es", "Por tercera vez, murieron 5 personas.", [("killed", "people", 5)]),
        ("de", "Zum dritten Mal wurden 5 Menschen getötet.", [("killed", "people", 5)]),
        ("sv", "För tredje gången dödades 5 personer.", [("killed", "people", 5)]),
    ],
)
def test_ordinal_decoys_count_no_one_more(
    lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "measure"),
    [
        (
            "de",
            "Der 56-jährige Fahrer und seine 48-jährige Frau wurden schwer verletzt.",
            "injured",
        ),
        ("de", "Ein 56-jähriger Fahrer und seine Frau wurden schwer verletzt.", "injured"),
        ("de", "Der zwölfjährige Junge und seine Mutter wurden getötet.", "killed"),
        ("en", "The 56-year-old driver and his wife were seriously injured.", "injured"),
        ("sv", "Den 56-årige föraren och hans fru skadades allvarligt.", "injured"),
        ("fr", "Le conducteur de 56 ans et sa femme ont été blessés.", "injured"),
        ("es", "El conductor de 56 años y su esposa resultaron heridos.", "injured"),
    ],
)
def test_an_age_before_a_victim_and_his_kin_keeps_the_pair(
    lang: str, text: str, measure: str
) -> None:
    claims = _claims(text, lang)
    assert (measure, "people", 2) in claims
    assert not any(low in (12, 48, 56) for _, _, low in claims)
