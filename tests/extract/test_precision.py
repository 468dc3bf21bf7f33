"""Numbers that are not casualties, measures of subsets, vague words and ranges, and protected
roles, in every language (issue 12's precision classes). All sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, int | None, int | None]


def _casualties(text: str, lang: str) -> list[Reading]:
    return [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]


def _check(cases: list[tuple[str, str, list[Reading]]]) -> None:
    wrong = [
        (lang, text, got, expected)
        for lang, text, expected in cases
        if (got := _casualties(text, lang)) != expected
    ]
    assert wrong == []


K3 = [("killed", 3, 3)]

# -- numbers that are not casualties ---------------------------------------------------------

CLOCK_AND_MARKS = [
    ("en", "At 10:16 a shell killed 3 people [4].", K3),
    ("fr", "À 10:16, un obus a tué 3 personnes [4].", K3),
    ("es", "A las 10:16 un obús mató a 3 personas [4].", K3),
    ("de", "Um 10:16 tötete eine Granate 3 Menschen [4].", K3),
    ("sv", "Klockan 10:16 dödade en granat 3 personer [4].", K3),
    ("ar", "في 10:16 قتلت قذيفة 3 أشخاص [4].", K3),
]

WRITTEN_DATES = [
    ("en", "On March 3, 2019 the strike killed at least 40 people.", [("killed", 40, None)]),
    ("fr", "Le 3 mars 2019 la frappe a tué au moins 40 personnes.", [("killed", 40, None)]),
    ("es", "El 3 de marzo de 2019 el ataque mató al menos a 40 personas.", [("killed", 40, None)]),
    ("de", "Am 3. März 2019 tötete der Angriff mindestens 40 Menschen.", [("killed", 40, None)]),
    ("sv", "Den 3 mars 2019 dödade attacken minst 40 personer.", [("killed", 40, None)]),
    ("ar", "قتل ثلاثة أشخاص يوم الاثنين وأصيب خمسة آخرون يوم الأحد.", [*K3, ("injured", 5, 5)]),
]

LIST_NUMBERS = [
    ("en", "Findings:\n1. Fighting continued.\n2. The strike killed 3 villagers.", K3),
    ("fr", "Constats :\n1. Les combats ont continué.\n2. La frappe a tué 3 villageois.", K3),
    ("es", "Hallazgos:\n1. Siguieron los combates.\n2. El ataque mató a 3 vecinos.", K3),
    ("de", "Befunde:\n1) Die Kämpfe gingen weiter.\n2) Der Angriff tötete 3 Dorfbewohner.", K3),
    ("sv", "Iakttagelser:\n1) Striderna fortsatte.\n2) Attacken dödade 3 bybor.", K3),
    ("ar", "النتائج:\n1) استمر القتال.\n2) قتل القصف 3 أشخاص.", K3),
]

LISTED_AGES = [
    ("en", "Three boys, aged 4, 9 and 12, were killed.", K3),
    ("fr", "Trois garçons, âgés de 4, 9 et 12 ans, ont été tués.", K3),
    ("es", "Murieron tres niños, de 4, 9 y 12 años.", K3),
    ("de", "Drei Jungen im Alter von 4, 9 und 12 Jahren wurden getötet.", K3),
    ("sv", "Tre pojkar i åldrarna 4, 9 och 12 år dödades.", K3),
    ("ar", "قتل ثلاثة أطفال تتراوح أعمارهم 4 و9 و12 عاما.", K3),
]

BLASTS_AND_SHOTS = [
    ("en", "Two explosions shook the port and 12 shots were heard; 3 people were killed.", K3),
    (
        "fr",
        "Deux explosions ont secoué le port et 12 coups de feu ont retenti ; 3 personnes ont été tuées.",
        K3,
    ),
    (
        "es",
        "Dos explosiones sacudieron el puerto y se oyeron 12 disparos; 3 personas murieron.",
        K3,
    ),
    (
        "de",
        "Zwei Explosionen erschütterten den Hafen, 12 Schüsse fielen; 3 Menschen wurden getötet.",
        K3,
    ),
    ("sv", "Två explosioner skakade hamnen och 12 skott hördes; 3 personer dödades.", K3),
    ("ar", "هزت ثلاثة انفجارات الميناء وسمعت 12 طلقة، وقتل 3 أشخاص.", K3),
]

SURVIVORS_AND_MOURNERS = [
    (
        "en",
        "Investigators met 40 survivors; thousands of mourners attended the burial of 3 people killed in the raid.",
        K3,
    ),
    (
        "fr",
        "Les enquêteurs ont rencontré 40 survivants ; 3 personnes ont été tuées dans le raid.",
        K3,
    ),
    (
        "es",
        "Los investigadores hablaron con 40 supervivientes; 3 personas murieron en el ataque.",
        K3,
    ),
    (
        "de",
        "Die Ermittler sprachen mit 40 Überlebenden; 3 Menschen wurden bei dem Angriff getötet.",
        K3,
    ),
    ("sv", "Utredarna träffade 40 överlevande; 3 personer dödades i attacken.", K3),
    ("ar", "التقى المحققون 40 من الناجين، وقتل 3 أشخاص في الهجوم.", K3),
]

PEOPLE_PRESENT = [
    ("en", "About 3,000 people still live in the town, where the shelling killed 3 people.", K3),
    (
        "fr",
        "Environ 3 000 personnes vivent encore dans la ville, où les tirs ont tué 3 personnes.",
        K3,
    ),
    (
        "es",
        "Unas 3.000 personas viven todavía en la ciudad, donde el bombardeo mató a 3 personas.",
        K3,
    ),
    ("de", "Etwa 3.000 Menschen wohnen noch in der Stadt, wo der Beschuss 3 Menschen tötete.", K3),
    ("sv", "Omkring 3 000 personer bor kvar i staden, där beskjutningen dödade 3 personer.", K3),
    ("ar", "ما زال نحو 3000 شخص يعيشون في البلدة، حيث قتل القصف 3 أشخاص.", K3),
]

CAMPS = [
    ("en", "Gunmen attacked two displacement camps and killed 3 people.", K3),
    ("fr", "Des hommes armés ont attaqué deux camps de déplacés et tué 3 personnes.", K3),
    ("es", "Hombres armados atacaron dos campos de desplazados y mataron a 3 personas.", K3),
    ("de", "Bewaffnete griffen zwei Flüchtlingslager an und töteten 3 Menschen.", K3),
    ("sv", "Beväpnade män angrep två flyktingläger och dödade 3 personer.", K3),
    ("ar", "هاجم مسلحون مخيمين للنازحين وقتلوا 3 أشخاص.", K3),
]

ABDUCTED = [
    ("en", "More than 200 villagers were abducted and 3 were killed.", K3),
    ("fr", "Plus de 200 villageois ont été enlevés et 3 ont été tués.", K3),
    ("es", "Más de 200 aldeanos fueron secuestrados y 3 murieron.", K3),
    ("de", "Mehr als 200 Dorfbewohner wurden verschleppt und 3 getötet.", K3),
    ("sv", "Fler än 200 bybor kidnappades och 3 dödades.", K3),
    ("ar", "قتل 3 أشخاص وتم اختطاف أكثر من 200 مختطف.", K3),
]

AGENTS_AND_SPEAKERS = [
    (
        "en",
        "Two gunmen shot dead 3 civilians. Two doctors told reporters that 4 people died.",
        [*K3, ("killed", 4, 4)],
    ),
    ("en", "Between 17 and 26 civilians were reported killed.", [("killed", 17, 26)]),
    ("fr", "Deux médecins ont déclaré que 3 personnes sont mortes.", K3),
    ("es", "Dos médicos dijeron que 3 personas murieron.", K3),
    ("de", "Zwei Bewaffnete erschossen drei Zivilisten.", K3),
    ("sv", "Två läkare sa att 3 personer dog.", K3),
    ("ar", "قتل 3 أشخاص من أسرة واحدة.", K3),
]

MOURNERS = [
    ("en", "Thousands attended the funeral of the dead; 3 people were killed.", K3),
    (
        "fr",
        "Des milliers de personnes ont assisté aux funérailles des morts ; 3 personnes ont été tuées.",
        K3,
    ),
    ("es", "Miles asistieron al funeral de los muertos; 3 personas murieron.", K3),
    ("de", "Tausende kamen zur Beerdigung der Toten; 3 Menschen wurden getötet.", K3),
    ("sv", "Tusentals deltog i begravningen av de döda; 3 personer dödades.", K3),
    ("ar", "شارك الآلاف في تشييع جثامين 3 أشخاص قتلوا في القصف.", K3),
]

OTHER_CLAUSE = [
    ("en", "Hospitals admitted 300 patients with symptoms; 3 people died.", K3),
    (
        "fr",
        "Les hôpitaux ont accueilli 300 patients présentant des symptômes ; 3 personnes sont mortes.",
        K3,
    ),
    ("es", "Los hospitales recibieron a 300 pacientes con síntomas; 3 personas murieron.", K3),
    ("de", "Die Kliniken nahmen 300 Patienten mit Symptomen auf; 3 Menschen starben.", K3),
    ("sv", "Sjukhusen tog emot 300 patienter med symtom; 3 personer dog.", K3),
    ("ar", "استقبلت المستشفيات 300 مريض يعانون من أعراض؛ وتوفي 3 أشخاص.", K3),
]


@pytest.mark.parametrize(
    "cases",
    [
        MOURNERS,
        OTHER_CLAUSE,
        CLOCK_AND_MARKS,
        WRITTEN_DATES,
        LIST_NUMBERS,
        LISTED_AGES,
        BLASTS_AND_SHOTS,
        SURVIVORS_AND_MOURNERS,
        PEOPLE_PRESENT,
        CAMPS,
        ABDUCTED,
        AGENTS_AND_SPEAKERS,
    ],
    ids=[
        "mourners",
        "other-clause",
        "clock-marks",
        "written-dates-weekdays",
        "list-numbers",
        "listed-ages",
        "blasts-shots",
        "survivors-mourners",
        "people-present",
        "camps",
        "abducted",
        "agents-speakers",
    ],
)
def test_numbers_that_are_not_casualties(cases: list[tuple[str, str, list[Reading]]]) -> None:
    _check(cases)


def test_abductions_are_a_quantity_of_their_own() -> None:
    claims = extract_claims("More than 200 villagers were abducted.", "en")
    assert [(c.kind, c.measure, c.low) for c in claims] == [("quantity", "abducted", 201)]


# -- measures and roles ----------------------------------------------------------------------

SUBSETS = [
    (
        "en",
        "The shelling killed 20 people, including 6 children and two women, while 41 others were wounded.",
        [("killed", 20, 20), ("killed", 6, 6), ("killed", 2, 2), ("injured", 41, 41)],
    ),
    (
        "fr",
        "Le bombardement a tué 20 personnes, dont 6 enfants et deux femmes, tandis que 41 autres ont été blessées.",
        [("killed", 20, 20), ("killed", 6, 6), ("killed", 2, 2), ("injured", 41, 41)],
    ),
    (
        "es",
        "El bombardeo mató a 20 personas, entre ellas 6 niños y dos mujeres, mientras que otras 41 resultaron heridas.",
        [("killed", 20, 20), ("killed", 6, 6), ("killed", 2, 2), ("injured", 41, 41)],
    ),
    (
        "de",
        "Bei dem Angriff wurden 20 Menschen getötet, darunter 6 Kinder und zwei Frauen, und 41 Menschen verletzt.",
        [("killed", 20, 20), ("killed", 6, 6), ("killed", 2, 2), ("injured", 41, 41)],
    ),
    (
        "sv",
        "Sju personer dödades, bland dem två barn och en kvinna, och 20 skadades.",
        [("killed", 7, 7), ("killed", 2, 2), ("killed", 1, 1), ("injured", 20, 20)],
    ),
    (
        "ar",
        "قتل خمسة مدنيين، بينهم طفلان، وأصيب 12 آخرون.",
        [("killed", 5, 5), ("killed", 2, 2), ("injured", 12, 12)],
    ),
]

COUNTED_APART = [
    (
        "ar",
        "قالت الشرطة إن ستة أشخاص قتلوا وأصيب تسعة آخرون في الانفجار.",
        [("killed", 6, 6), ("injured", 9, 9)],
    ),
    ("ar", "قتل وأصيب 20 شخصا في الانفجار.", [("killed_or_injured", 20, 20)]),
    ("ar", "أدى القصف إلى سقوط عشرات القتلى والجرحى.", [("killed_or_injured", 20, None)]),
    ("en", "Dozens of dead and wounded were taken to hospital.", [("killed_or_injured", 24, None)]),
    (
        "fr",
        "Des dizaines de morts et de blessés ont été transportés à l'hôpital.",
        [("killed_or_injured", 24, None)],
    ),
    (
        "es",
        "Decenas de muertos y heridos fueron trasladados al hospital.",
        [("killed_or_injured", 24, None)],
    ),
    (
        "de",
        "Dutzende Tote und Verletzte wurden ins Krankenhaus gebracht.",
        [("killed_or_injured", 24, None)],
    ),
    ("sv", "Dussintals döda och skadade fördes till sjukhus.", [("killed_or_injured", 24, None)]),
]


@pytest.mark.parametrize("cases", [SUBSETS, COUNTED_APART], ids=["subsets", "apart"])
def test_measures_of_groups(cases: list[tuple[str, str, list[Reading]]]) -> None:
    _check(cases)


NEGATIONS = [
    ("en", "It is not true that no civilians were killed.", []),
    ("en", "No civilians were killed.", [("killed", 0, 0)]),
    ("fr", "Il n'est pas vrai qu'aucun civil ait été tué.", []),
    ("fr", "Aucun civil n'a été tué.", [("killed", 0, 0)]),
    ("es", "No es cierto que ningún civil haya muerto.", []),
    ("es", "Ningún civil murió.", [("killed", 0, 0)]),
    ("de", "Es ist nicht wahr, dass keine Menschen gestorben sind.", []),
    ("de", "Keine Menschen wurden verletzt.", [("injured", 0, 0)]),
    ("sv", "Det stämmer inte att inga civila dödades.", []),
    ("ar", "قتل 105 مدنيين وفقد 36 آخرون.", [("killed", 105, 105), ("missing", 36, 36)]),
]


def test_double_negation_and_missing() -> None:
    _check(NEGATIONS)


# -- vague words and ranges ------------------------------------------------------------------

VAGUE_AND_RANGES = [
    (
        "en",
        "Several hundred people were wounded and a few dozen killed.",
        [("injured", 200, None), ("killed", 24, None)],
    ),
    ("fr", "Quelques centaines de personnes ont été blessées.", [("injured", 200, None)]),
    ("es", "Varios cientos de personas resultaron heridas.", [("injured", 200, None)]),
    (
        "de",
        "Ein paar Dutzend Menschen wurden getötet, mehrere hundert verletzt.",
        [("killed", 24, None), ("injured", 200, None)],
    ),
    ("sv", "Flera hundra människor har skadats.", [("injured", 200, None)]),
    ("ar", "أصيب عدة مئات من الأشخاص.", [("injured", 200, None)]),
    (
        "en",
        "The death toll rose on Friday from 90 to 170.",
        [("killed", 90, 90), ("killed", 170, 170)],
    ),
    ("fr", "Le bilan est passé de 12 à 19 morts.", [("killed", 12, 12), ("killed", 19, 19)]),
    ("es", "La cifra de muertos pasó de 12 a 19.", [("killed", 12, 12), ("killed", 19, 19)]),
    ("de", "Die Zahl der Toten stieg von 12 auf 19.", [("killed", 12, 12), ("killed", 19, 19)]),
    ("sv", "Dödstalet steg från 12 till 19.", [("killed", 12, 12), ("killed", 19, 19)]),
    ("ar", "ارتفعت حصيلة القتلى من 12 إلى 19.", [("killed", 12, 12), ("killed", 19, 19)]),
    ("fr", "Les frappes ont fait d'au moins 12 personnes à 40 morts.", [("killed", 12, 40)]),
    ("es", "Murieron de 5 personas a 9 en el ataque.", [("killed", 5, 9)]),
    ("en", "Between 40 and 60 people were killed.", [("killed", 40, 60)]),
    ("ar", "وبلغ عدد القتلى 24.620 شخصا.", [("killed", 24620, 24620)]),
]


def test_vague_words_and_ranges() -> None:
    _check(VAGUE_AND_RANGES)


def test_a_decimal_is_still_a_decimal_in_arabic() -> None:
    assert _casualties("ارتفعت النسبة إلى 2.5 في المئة وقتل 3 أشخاص.", "ar") == K3


# -- categories ------------------------------------------------------------------------------

PROTECTED = [
    ("en", "Two paramedics and a doctor were killed when the ambulance was hit."),
    ("fr", "Deux secouristes et un médecin ont été tués quand l'ambulance a été touchée."),
    ("es", "Dos paramédicos y un médico murieron cuando la ambulancia fue alcanzada."),
    ("de", "Zwei Sanitäter und ein Arzt wurden getötet, als der Krankenwagen getroffen wurde."),
    ("sv", "Två sjukvårdare och en läkare dödades när ambulansen träffades."),
    ("ar", "قتل ثلاثة صحفيين ومسعفين في القصف."),
]


@pytest.mark.parametrize(("lang", "text"), PROTECTED, ids=[c[0] for c in PROTECTED])
def test_protected_roles_read_other_and_count_once(lang: str, text: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert {c.who for c in claims} == {"other"}
    assert sum(c.low or 0 for c in claims) == 3  # nobody counted twice
