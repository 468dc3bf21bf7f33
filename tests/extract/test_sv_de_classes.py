"""Classes of construction in Swedish and German reporting (issue #12), with the shared ones in
every language they apply to. Sentences are our own; names and places are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, int | None, int | None]


def _readings(text: str, lang: str) -> list[Reading]:
    return sorted((c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Tio personer dödades av soldater."),
        ("sv", "Tio personer har dödats av polisen i staden."),
        ("de", "Zehn Menschen wurden getötet von Soldaten der Armee."),
        ("en", "Ten people were killed by soldiers."),
        ("fr", "Dix personnes ont été tuées par des soldats."),
        ("es", "Diez personas fueron asesinadas por soldados."),
    ],
)
def test_a_passive_agent_is_not_the_object_of_the_verb(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 10, 10)]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Ett sextiotal personer skadades.", ("injured", 60, 60)),
        ("Ett sjuttiotal människor dödades.", ("killed", 70, 70)),
        ("Ett femtontal personer omkom.", ("killed", 15, 15)),
        ("Minst ett åttiotal civila dödades.", ("killed", 80, None)),
        ("Ett tvåhundratal personer har flytt.", ("displaced", 200, 200)),
    ],
)
def test_swedish_a_number_word_with_tal_is_about_that_number(text: str, reading: Reading) -> None:
    assert _readings(text, "sv") == [reading]


def test_swedish_tal_after_no_number_or_below_ten_is_no_count() -> None:
    assert _readings("Ett antal personer dödades.", "sv") == []


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("sv", "Tre män sköts till döds i natt.", ("killed", 3, 3)),
        ("sv", "Sex personer brändes ihjäl i bilen.", ("killed", 6, 6)),
        ("sv", "Fyra personer misshandlades till döds.", ("killed", 4, 4)),
        ("sv", "Tjugo migranter drunknade när båten kantrade.", ("killed", 20, 20)),
        ("sv", "Tre soldater har stupit i striderna.", ("killed", 3, 3)),
        ("sv", "Tio personer dödsskjuts varje år i staden.", ("killed", 10, 10)),
        ("sv", "Attacken kostade minst 20 personer livet.", ("killed", 20, None)),
        ("de", "Drei Menschen wurden erstochen.", ("killed", 3, 3)),
        ("de", "Zwei Männer wurden erschlagen.", ("killed", 2, 2)),
        ("de", "20 Migranten sind ertrunken.", ("killed", 20, 20)),
        ("de", "Der Luftangriff tötet 13 Menschen.", ("killed", 13, 13)),
        ("de", "Vier Menschen wurden gelyncht.", ("killed", 4, 4)),
    ],
)
def test_killing_verbs_by_their_means_and_tense(lang: str, text: str, reading: Reading) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("sv", "Tre personer skottskadades i centrum.", ("injured", 3, 3)),
        ("sv", "Fyra personer fick brännskador.", ("injured", 4, 4)),
        ("sv", "Två personer knivskadades.", ("injured", 2, 2)),
        ("de", "Sechs Menschen wurden angeschossen.", ("injured", 6, 6)),
        ("de", "Es gab 14 Schwerstverletzte.", ("injured", 14, 14)),
        ("de", "Vier Menschen schweben in Lebensgefahr.", ("injured", 4, 4)),
    ],
)
def test_injury_words_by_their_means(lang: str, text: str, reading: Reading) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("sv", "Inte färre än 30 människor dödades.", ("killed", 30, None)),
        ("sv", "Långt över 100 personer har dödats.", ("killed", 101, None)),
        ("sv", "Nära 50 personer dödades.", ("killed", 50, 50)),
        ("sv", "Ett halvt dussin personer skadades.", ("injured", 6, 6)),
        ("sv", "Ettusen personer dödades.", ("killed", 1000, 1000)),
        ("de", "Weit mehr als 100 Menschen wurden getötet.", ("killed", 101, None)),
        ("de", "Abertausende sind auf der Flucht.", ("displaced", 2000, None)),
        ("de", "Ein halbes Dutzend Menschen wurde verletzt.", ("injured", 6, 6)),
    ],
)
def test_qualifiers_and_quantity_words(lang: str, text: str, reading: Reading) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Tre israeler och fem libaneser dödades."),
        ("sv", "Tre skolbarn och fem demonstranter dödades."),
        ("de", "Drei Israelis und fünf Libanesen wurden getötet."),
        ("de", "Drei Passanten und fünf Insassen wurden getötet."),
        ("en", "Three Israelis and five Lebanese were killed."),
    ],
)
def test_counted_peoples_joined_by_and_share_the_verb(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 3, 3), ("killed", 5, 5)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Minst 30,035 personer har dödats."),
        ("de", "Mindestens 30,035 Menschen wurden getötet."),
        ("fr", "Au moins 30,035 personnes ont été tuées."),
        ("es", "Al menos 30,035 personas murieron."),
        ("en", "At least 30,035 people were killed."),
    ],
)
def test_a_decimal_comma_before_three_digits_groups_thousands(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("killed", 30035, None)]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("sv", "Omkring 2,5 miljoner människor har flytt.", ("displaced", 2500000, 2500000)),
        ("de", "Rund 1,5 Millionen Menschen sind geflohen.", ("displaced", 1500000, 1500000)),
    ],
)
def test_a_decimal_comma_with_fewer_digits_stays_a_decimal(
    lang: str, text: str, reading: Reading
) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Minst 40 personer dödades i attacken. Bland dem fanns tolv barn."),
        ("sv", "Minst 40 personer dödades i attacken. Bland dem tolv barn."),
        ("de", "Mindestens 40 Menschen wurden getötet. Unter ihnen waren zwölf Kinder."),
        ("de", "Mindestens 40 Menschen wurden getötet. Darunter sind zwölf Kinder."),
        ("en", "At least 40 people were killed. Among them were 12 children."),
        ("fr", "Au moins 40 personnes ont été tuées. Parmi elles figurent douze enfants."),
        ("es", "Al menos 40 personas murieron. Entre ellas había doce niños."),
    ],
)
def test_a_sentence_opened_by_a_subset_marker_goes_on_with_the_figure_before(
    lang: str, text: str
) -> None:
    assert _readings(text, lang) == [("killed", 12, 12), ("killed", 40, None)]


def test_swedish_toll_noun_written_with_one_s() -> None:
    assert _readings("Dödsiffran har stigit till 45.", "sv") == [("killed", 45, 45)]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("sv", "Sju personer behandlas för skador.", ("injured", 7, 7)),
        ("sv", "Två personer är i kritiskt tillstånd.", ("injured", 2, 2)),
        ("sv", "Ett tiotal personer har fått lättare skador.", ("injured", 10, 10)),
        ("sv", "Två personer har fått sjukhusvård.", ("injured", 2, 2)),
        ("de", "Zwölf Menschen mussten ärztlich versorgt werden.", ("injured", 12, 12)),
        ("de", "Zwei Menschen sind in kritischem Zustand.", ("injured", 2, 2)),
        ("en", "Two people are in critical condition.", ("injured", 2, 2)),
    ],
)
def test_the_hurt_named_by_their_state_or_care(lang: str, text: str, reading: Reading) -> None:
    assert _readings(text, lang) == [reading]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Över 100 000 människor demonstrerade mot dödandet."),
        ("sv", "Explosionen orsakade stora skador på 20 hus."),
    ],
)
def test_the_killing_as_a_noun_and_damage_to_things_count_nobody(lang: str, text: str) -> None:
    assert _readings(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Döda: 45, skadade: 120."),
        ("de", "Tote: 45, Verletzte: 120."),
        ("en", "Dead: 45, injured: 120."),
        ("fr", "Morts : 45, blessés : 120."),
        ("es", "Muertos: 45, heridos: 120."),
        ("ar", "القتلى: 45، الجرحى: 120."),
    ],
)
def test_a_label_names_the_figure_after_its_colon(lang: str, text: str) -> None:
    assert _readings(text, lang) == [("injured", 120, 120), ("killed", 45, 45)]


@pytest.mark.parametrize(
    ("lang", "text", "reading"),
    [
        ("de", "Die Zahl der Toten wird auf 45 geschätzt.", ("killed", 45, 45)),
        ("sv", "Antalet döda uppskattas till 45.", ("killed", 45, 45)),
        ("sv", "C:a 40 personer dödades.", ("killed", 40, 40)),
        (
            "sv",
            "Ett tjugotal personer befaras ligga under rasmassorna.",
            ("bodies_recovered", 20, 20),
        ),
        (
            "sv",
            "Minst 30 000 har tagit sin tillflykt till grannländerna.",
            ("displaced", 30000, None),
        ),
    ],
)
def test_tolls_put_at_a_figure_and_other_swedish_phrasings(
    lang: str, text: str, reading: Reading
) -> None:
    assert _readings(text, lang) == [reading]


def test_a_part_in_the_next_sentence_takes_its_figures_place_and_weapon() -> None:
    text = (
        "Mindestens 40 Menschen wurden bei einem Luftangriff in Aleppo getötet. "
        "Unter ihnen waren zwölf Kinder."
    )
    claims = [c for c in extract_claims(text, "de") if c.is_casualty]
    assert [(c.low, c.place_name, c.weapon) for c in claims] == [
        (40, "Aleppo", "airstrike"),
        (12, "Aleppo", "airstrike"),
    ]
