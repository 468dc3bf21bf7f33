"""Classes found by branch arde12 in long incident reports (Arabic, German, Spanish, with English
where the construction exists), each on invented sentences: a count joined before the next
clause's verb in a verb-first language, "von N Toten die Rede", a count after a cue's named
source, "sprach am Abend von", "habían hablado de", "nach Zählung der", a participle between a
number and its noun of harm, a day-of-month reading after a weekday where a noun of harm and the
next toll follow, Arabic "قد تصل إلى" (up to), the Arabic dual "مئتا" (200) against "ميتا"
(dead), and "N of the dead X"."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, str | None, int | None, int | None, str]


def _readings(text: str, lang: str) -> dict[Reading, list[str | None]]:
    found: dict[Reading, list[str | None]] = {}
    for c in extract_claims(text, lang):
        if c.is_casualty:
            found.setdefault((c.measure, c.who, c.low, c.high, c.qualifier), []).append(c.speaker)
    return found


def _figures(text: str, lang: str) -> set[tuple[str, int | None, int | None, str]]:
    return {(r[0], r[2], r[3], r[4]) for r in _readings(text, lang)}


# (lang, text, readings that must be there as (measure, low, high, qualifier))
READ = [
    # a count joined by "and" before the next clause's verb with a count of its own
    ("ar", "قُتل طفلان وامرأتان وأصيب ستة أشخاص في قصف على القرية.", {("killed", 2, 2, "exact")}),
    ("ar", "قتل ثلاثة أطفال وامرأتان، وأصيب خمسة آخرون بجروح.", {("killed", 2, 2, "exact")}),
    ("ar", "قتل رجلان وثلاث نساء وجرح سبعة أشخاص.", {("killed", 3, 3, "exact")}),
    # "von N Toten die Rede": no agent of a passive
    (
        "de",
        "Zuvor war von 37 Toten und rund 90 Verletzten die Rede gewesen.",
        {
            ("killed", 37, 37, "exact"),
            ("injured", 90, 90, "about"),
        },
    ),
    (
        "de",
        "Am Morgen war noch von mindestens 12 Todesopfern die Rede.",
        {
            ("killed", 12, None, "at_least"),
        },
    ),
    # a count right after the source a cue names is of the victims, not of the speakers
    (
        "de",
        "Dabei starben nach Angaben des Zivilschutzes vier Sanitäter.",
        {
            ("killed", 4, 4, "exact"),
        },
    ),
    (
        "de",
        "Getötet wurden nach Angaben der Behörden zwei Journalisten.",
        {
            ("killed", 2, 2, "exact"),
        },
    ),
    (
        "es",
        "En el ataque murieron según la Defensa Civil cuatro rescatistas.",
        {
            ("killed", 4, 4, "exact"),
        },
    ),
    # a weekday, a number, its noun of harm, "and" the next toll: no day of the month
    (
        "ar",
        "وكانت الحصيلة التي أعلنتها الوزارة مساء الأحد 19 قتيلاً و60 جريحاً.",
        {
            ("killed", 19, 19, "exact"),
            ("injured", 60, 60, "exact"),
        },
    ),
    (
        "de",
        "Die Polizei meldete am Sonntag 19 Tote und 60 Verletzte.",
        {
            ("killed", 19, 19, "exact"),
            ("injured", 60, 60, "exact"),
        },
    ),
    (
        "es",
        "La policía informó el domingo 19 muertos y 60 heridos.",
        {
            ("killed", 19, 19, "exact"),
            ("injured", 60, 60, "exact"),
        },
    ),
    (
        "en",
        "Police reported on Sunday 19 dead and 60 injured.",
        {
            ("killed", 19, 19, "exact"),
            ("injured", 60, 60, "exact"),
        },
    ),
    # "could reach": up to
    ("ar", "وقال مسؤول محلي إن الحصيلة قد تصل إلى 70 قتيلاً.", {("killed", None, 70, "up_to")}),
    # the dual "مئتا"/"مئتي" (200) spells "dead" once normalised
    ("ar", "أصيب أكثر من مئتي شخص في الانفجار.", {("injured", 201, None, "more_than")}),
    ("ar", "أصيب مئتا شخص بجروح مختلفة.", {("injured", 200, 200, "exact")}),
    ("ar", "قتل مائتا شخص في الهجوم.", {("killed", 200, 200, "exact")}),
    # "N of the dead X": the participle after its article is no verb of an agent
    ("de", "Drei der getöteten Patienten waren Kinder.", {("killed", 3, 3, "exact")}),
    ("en", "Three of the dead patients were children.", {("killed", 3, 3, "exact")}),
    ("es", "Tres de los pacientes fallecidos eran niños.", {("killed", 3, 3, "exact")}),
]


@pytest.mark.parametrize(
    ("lang", "text", "wanted"), READ, ids=[f"{r[0]}-{i}" for i, r in enumerate(READ)]
)
def test_reading(
    lang: str, text: str, wanted: set[tuple[str, int | None, int | None, str]]
) -> None:
    assert wanted <= _figures(text, lang)


# (lang, text, readings that must not be there)
NOT_READ = [
    ("ar", "قُتل طفلان وامرأتان وأصيب ستة أشخاص في قصف على القرية.", {("injured", 2, 2, "exact")}),
    ("ar", "وقال مسؤول محلي إن الحصيلة قد تصل إلى 70 قتيلاً.", {("killed", 70, 70, "exact")}),
    ("ar", "أصيب أكثر من مئتي شخص في الانفجار.", {("killed", 201, None, "more_than")}),
    ("ar", "وعثر عليه ميتاً في منزله صباح اليوم.", {("bodies_recovered", 200, 200, "exact")}),
    # a participle of a passive with its agent stays the agent: the attackers are no victims
    (
        "de",
        "Der Wachmann war von zwei Angreifern getötet worden.",
        {
            ("killed", 2, 2, "exact"),
        },
    ),
    # "on Saturday 14 dead, among them" stays as before: the verb's count, no date
    ("es", "El ataque dejó el sábado 14 muertos, entre ellos dos menores.", set()),
]


@pytest.mark.parametrize(
    ("lang", "text", "unwanted"), NOT_READ, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_READ)]
)
def test_not_reading(
    lang: str, text: str, unwanted: set[tuple[str, int | None, int | None, str]]
) -> None:
    assert not unwanted & _figures(text, lang)


# (lang, text, reading, a substring of the speaker)
SPEAKERS = [
    (
        "de",
        "Bürgermeister Oleh Marten sprach am Abend von 31 bestätigten Toten.",
        ("killed", "people", 31, 31, "exact"),
        "Marten",
    ),
    (
        "de",
        "Der Zivilschutz sprach am Nachmittag von mindestens 45 Toten.",
        ("killed", "people", 45, None, "at_least"),
        "Zivilschutz",
    ),
    (
        "de",
        "Nach Zählung der Behörden sind seit Kriegsbeginn mehr als 35.000 Menschen getötet worden.",
        ("killed", "people", 35001, None, "more_than"),
        "Behörden",
    ),
    (
        "de",
        "Dabei starben nach Angaben des Zivilschutzes vier Sanitäter.",
        ("killed", "other", 4, 4, "exact"),
        "Zivilschutz",
    ),
    (
        "es",
        "En un primer balance, las autoridades habían hablado de 12 fallecidos.",
        ("killed", "people", 12, 12, "exact"),
        "autoridades",
    ),
    (
        "es",
        "Los bomberos han hablado de 9 muertos en el incendio del mercado.",
        ("killed", "people", 9, 9, "exact"),
        "bomberos",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "reading", "speaker"),
    SPEAKERS,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(SPEAKERS)],
)
def test_speaker(lang: str, text: str, reading: Reading, speaker: str) -> None:
    speakers = _readings(text, lang)[reading]
    assert any(s is not None and speaker.lower() in s.lower() for s in speakers), speakers


# (lang, text, the reading with its category)
WHO = [
    # a participle before its noun counts the noun's category
    ("de", "Der Verband zählte seit Oktober 41 getötete Journalisten.", ("killed", "other", 41)),
    ("de", "Die Behörden meldeten 12 getötete Kinder.", ("killed", "children", 12)),
    ("de", "Es gab 20 getötete Frauen und Kinder.", ("killed", "other", 20)),
    ("en", "The union counted 41 slain journalists since October.", ("killed", "other", 41)),
    ("en", "Officials reported 12 dead children.", ("killed", "children", 12)),
    # firefighters and ambulance men in Arabic are a protected role, not men
    ("ar", "ومن بين القتلى أربعة من رجال الإطفاء.", ("killed", "other", 4)),
    ("ar", "قتل ثلاثة من رجال الإسعاف في الغارة.", ("killed", "other", 3)),
]


@pytest.mark.parametrize(
    ("lang", "text", "wanted"), WHO, ids=[f"{r[0]}-{i}" for i, r in enumerate(WHO)]
)
def test_who(lang: str, text: str, wanted: tuple[str, str, int]) -> None:
    assert {(r[0], r[1], r[2]) for r in _readings(text, lang)} >= {wanted}


def test_men_stay_men() -> None:
    assert ("killed", "men", 5, 5, "exact") in _readings("قتل خمسة رجال في القصف.", "ar")
