"""Classes seen in long incident-centred reports in Arabic and German (monitoring-group monthly
reports, UN and rights-group statements, background pieces about one strike), on sentences of
our own, labelled before running (branch p18rep). Each class is checked in the languages where
the construction exists.

- a count of massacres is no count of victims ("وثقت الشبكة 48 مجزرة", "12 massacres");
- people who live in a place are there, alive ("In dem Lager leben rund 80.000 Vertriebene"),
  while "kamen ums Leben" (died) stays a death;
- Arabic verbs of killing and fleeing that were missing: "اغتالتهم" (assassinated them), the dual
  "أودتا بحياة" (the two took the lives of), "لجأ" (took refuge) of a counted crowd;
- what was said opens after the speaker: "وقالت وزارة الصحة أنها سجلت" is the ministry's word,
  "أنها سجلت" is no part of its name, nor is an actor after "إن";
- "بحسب التقرير" (according to the report) speaks for the source that issued it;
- German reporting verbs: "gab bekannt" (announced), "nennt die Zahl", "verzeichnete",
  "betonte:", and a perfect with its object inside ("Das Rote Kreuz hatte von 50 Toten
  berichtet": the Red Cross speaks, not "Toten");
- Arabic "إنهم"/"أنهم" (that they) open what was said, and "عنهم" (of them) names no one;
- monitors and agencies such reports cite (SNHR, Human Rights Watch, dpa, OCHA) are one actor in
  every language, so that "الشبكة السورية لحقوق الإنسان" is the Syrian Network for Human Rights.
"""

from __future__ import annotations

import pytest

from harmledger.evaluation.matching import same_speaker
from harmledger.extract import extract_claims
from tests.extract.gold_claims import assert_claims_are_gold, gold_cases

K, HURT, FLED = "killed", "injured", "displaced"

# --- a count of massacres is a count of events, not of victims ----------------------------
MASSACRES = [
    (
        "M1",
        "ar",
        "وثقت المنظمة 48 مجزرة في الشهر الماضي راح ضحيتها 300 مدني.",
        [(K, 300, 300, "civilians")],
    ),
    (
        "M2",
        "ar",
        "ارتكبت القوات 17 مجزرة في حلب وحدها، وقتلت فيها 90 شخصا.",
        [(K, 90, 90, "people")],
    ),
    ("M3", "ar", "سجل التقرير 3 مجازر في درعا و12 مجزرة أخرى في ريف دمشق.", []),
    (
        "M4",
        "ar",
        "ارتكبت الطائرات مجزرتين في ريف حماة، أودتا بحياة 22 شخصا.",
        [(K, 22, 22, "people")],
    ),
    (
        "M5",
        "fr",
        "Le réseau a recensé 12 massacres ayant fait 140 morts au cours du mois.",
        [(K, 140, 140, "people")],
    ),
    ("M6", "fr", "Depuis janvier, l'organisation a documenté 31 tueries dans la province.", []),
    # guards: a massacre with no number before it stays a cue; other languages read it already
    ("M7", "ar", "ارتكبت الطائرات مجزرة راح ضحيتها 14 مدنيا.", [(K, 14, 14, "civilians")]),
    ("M8", "de", "Die Gruppe zählte im Mai 14 Massaker mit 230 Toten.", [(K, 230, 230, "people")]),
    (
        "M9",
        "en",
        "The network documented 12 massacres that killed 140 people.",
        [(K, 140, 140, "people")],
    ),
]
MASSACRE_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(MASSACRES, MASSACRE_GAPS))
def test_a_count_of_massacres_is_no_toll(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- people who live in a place are alive and there -----------------------------------------
LIVING = [
    ("L1", "de", "In dem Lager leben rund 80.000 Vertriebene.", []),
    ("L2", "de", "Im Stadion lebten zuletzt etwa 1.500 Flüchtlinge.", []),
    ("L3", "de", "Mehr als 300 Vertriebene leben inzwischen in drei Schulen der Stadt.", []),
    # guards: "ums Leben" is a death, with the verb before or after the count
    ("L4", "de", "Bei dem Angriff kamen 50 Menschen ums Leben.", [(K, 50, 50, "people")]),
    (
        "L5",
        "de",
        "50 Menschen kamen ums Leben, 20 wurden verletzt.",
        [(K, 50, 50, "people"), (HURT, 20, 20, "people")],
    ),
    ("L6", "de", "Dabei verloren 12 Menschen ihr Leben.", [(K, 12, 12, "people")]),
]
LIVING_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(LIVING, LIVING_GAPS))
def test_people_living_somewhere_are_no_toll(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- Arabic verbs of killing and of fleeing --------------------------------------------------
VERBS = [
    ("V1", "ar", "6 أطفال اغتالتهم غارات الطائرات قرب المدرسة.", [(K, 6, 6, "children")]),
    ("V2", "ar", "اغتالت القوات 3 صحفيين في المدينة.", [(K, 3, 3, "other")]),
    (
        "V3",
        "ar",
        "نفذت الطائرات غارتين على السوق، أودتا بحياة 22 شخصا.",
        [(K, 22, 22, "people")],
    ),
    (
        "V4",
        "ar",
        "لجأ أكثر من 300,000 شخص إلى البلدة منذ نيسان.",
        [(FLED, 300001, None, "people")],
    ),
    ("V5", "ar", "ولجأ نحو 5 آلاف مدني إلى الجبال هربا من القصف.", [(FLED, 5000, 5000, None)]),
    # guard: forces that resort to shelling are no crowd in flight
    (
        "V6",
        "ar",
        "لجأت القوات إلى القصف المدفعي وقتلت 7 مدنيين.",
        [(K, 7, 7, "civilians")],
    ),
]
VERB_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(VERBS, VERB_GAPS))
def test_arabic_verbs_of_killing_and_fleeing(lang: str, text: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# --- the speaker's own words, exactly ---------------------------------------------------------
SPEAKERS = [
    # what was said opens after the speaker: "أنها", "إن" are no part of a name
    ("S1", "ar", "وقالت وزارة الصحة أنها سجلت 12 قتيلا في المدينة.", K, 12, "وزارة الصحة"),
    ("S2", "ar", "وأعلنت الأمم المتحدة أنها وثقت مقتل 43 مدنيا.", K, 43, "الأمم المتحدة"),
    ("S3", "ar", "وقالت الشبكة إن قوات النظام قتلت 120 شخصا.", K, 120, "الشبكة"),
    # guard: read so already
    ("S4", "ar", "وأكد المكتب أن قوات الدعم السريع قتلت 9 مدنيين.", K, 9, "المكتب"),
    # "according to the report": the source that issued it
    (
        "S5",
        "ar",
        "وثقت الشبكة السورية لحقوق الإنسان، ضمن تقرير نشرته مساء الأحد، مقتل 250 مدنيا. وبحسب "
        "التقرير فإن قوات النظام قتلت 95 شخصا.",
        K,
        95,
        "الشبكة السورية لحقوق الإنسان",
    ),
    (
        "S6",
        "ar",
        "نشر المرصد السوري تقريره الشهري عن حلب. وأشار التقرير إلى أن القصف قتل 41 مدنيا.",
        K,
        41,
        "المرصد السوري",
    ),
    # German: "gab bekannt" (announced) before what was said
    (
        "S7",
        "de",
        "Der Gouverneur, Oleg Muster, gab bekannt, dass die Zahl der Toten inzwischen auf acht "
        "gestiegen sei.",
        K,
        8,
        "Oleg Muster (Gouverneur)",
    ),
    ("S8", "de", "Die Polizei gab bekannt, dass sieben Menschen getötet wurden.", K, 7, "Polizei"),
    (
        "S9",
        "de",
        "Die Regionalverwaltung gab am Abend bekannt, dass 14 Zivilisten verletzt wurden.",
        HURT,
        14,
        "Regionalverwaltung",
    ),
    # German: a perfect with its object inside; the noun of the count is not the speaker
    (
        "S10",
        "de",
        "Das Rote Kreuz hatte zunächst von rund 50 Toten berichtet.",
        K,
        50,
        "Rote Kreuz",
    ),
    ("S11", "de", "Die Nachbarn hatten von zwölf Toten berichtet.", K, 12, "Nachbarn"),
    (
        "S12",
        "de",
        "Das Krankenhaus hat am Morgen von 19 Verletzten berichtet.",
        HURT,
        19,
        "Krankenhaus",
    ),
]
SPEAKER_GAPS = {
    "S5": "'التقرير' (the report) as a pronoun for the last speaker breaks reports whose own "
    "speaker is the report (test_spk10 39): left as a name, read without its source",
    "S6": "'التقرير' (the report) as a pronoun for the last speaker breaks reports whose own "
    "speaker is the report (test_spk10 39): left as a name",
    "S10": "a perfect frame 'hatte ... von N berichtet' breaks 'Wie die X berichtet,' "
    "(test_spkg15 111): no speaker is read (no longer the casualty noun)",
}


def _speaker_cases() -> list:
    out = []
    for name, lang, text, measure, low, speaker in SPEAKERS:
        reason = SPEAKER_GAPS.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(lang, text, measure, low, speaker, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("lang", "text", "measure", "low", "speaker"), _speaker_cases())
def test_the_speaker_is_read_exactly(
    lang: str, text: str, measure: str, low: int, speaker: str
) -> None:
    claims = [
        c
        for c in extract_claims(text, lang)
        if c.is_casualty and c.measure == measure and c.low == low
    ]
    assert claims, f"no {measure} claim of {low}"
    assert claims[0].speaker == speaker, (speaker, claims[0].speaker)


# --- monitors and agencies a long report cites are one speaker in every language -------------
ACTORS = [
    (
        "A1",
        "ar",
        "وثقت الشبكة السورية لحقوق الإنسان مقتل 300 مدني في أيلول.",
        K,
        300,
        "Syrian Network for Human Rights",
    ),
    (
        "A2",
        "de",
        "Das Syrische Netzwerk für Menschenrechte zählte im Oktober 40 Tote.",
        K,
        40,
        "Syrian Network for Human Rights",
    ),
    (
        "A3",
        "ar",
        "قالت منظمة هيومن رايتس ووتش إن 12 مدنيا قتلوا في الغارة على السوق.",
        K,
        12,
        "Human Rights Watch",
    ),
    # guards: an acronym matches the name by its initials already
    ("A4", "de", "Nach Angaben von HRW wurden 38 Menschen getötet.", K, 38, "Human Rights Watch"),
    (
        "A5",
        "ar",
        "وأكدت وكالة الأنباء الألمانية مقتل 11 امرأة في القصف.",
        K,
        11,
        "Deutsche Presse-Agentur",
    ),
    (
        "A6",
        "ar",
        "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن 31 مدنيا قتلوا في المخيم.",
        K,
        31,
        "OCHA",
    ),
    (
        "A7",
        "de",
        "Das UN-Nothilfebüro Ocha meldete am Montag 17 Verletzte.",
        HURT,
        17,
        "UN Office for the Coordination of Humanitarian Affairs",
    ),
]
ACTOR_GAPS: dict[str, str] = {}


def _actor_cases() -> list:
    out = []
    for name, lang, text, measure, low, speaker in ACTORS:
        reason = ACTOR_GAPS.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(lang, text, measure, low, speaker, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("lang", "text", "measure", "low", "speaker"), _actor_cases())
def test_a_monitor_is_one_speaker_in_every_language(
    lang: str, text: str, measure: str, low: int, speaker: str
) -> None:
    claims = [
        c
        for c in extract_claims(text, lang)
        if c.is_casualty and c.measure == measure and c.low == low
    ]
    assert claims, f"no {measure} claim of {low}"
    assert same_speaker(claims[0].speaker, speaker), (speaker, claims[0].speaker)


# --- more verbs and pronouns of telling ------------------------------------------------------
TELLING = [
    # Arabic: "إنهم" (that they) opens what was said; "عنهم" (of them) names no one
    ("T1", "ar", "وقالت الصحيفة إنهم قتلوا 14 مدنيا في القرية.", K, 14, "الصحيفة"),
    ("T2", "ar", "وأكد الشهود أنهم رأوا 9 جثث في الشارع.", "bodies_recovered", 9, "الشهود"),
    (
        "T3",
        "ar",
        "وقالت عنهم إنهم صبروا طويلا. وقالت إنه خلال أسبوع قتل 23 طفلا.",
        K,
        23,
        None,
    ),
    # German: "nennt die Zahl", "verzeichnete", "betonte:" speak for what follows
    (
        "T4",
        "de",
        "Die Hilfsorganisation Beispielhilfe nennt die Zahl von mindestens 80 getöteten Zivilisten.",
        K,
        80,
        "Hilfsorganisation Beispielhilfe",
    ),
    ("T5", "de", "Die UN-Mission verzeichnete im Mai 61 getötete Zivilisten.", K, 61, "UN-Mission"),
    (
        "T6",
        "de",
        'Die Sprecherin betonte: "Es wurden Hunderte Zivilisten getötet."',
        K,
        200,
        "Sprecherin",
    ),
]
TELLING_GAPS: dict[str, str] = {}


def _telling_cases() -> list:
    out = []
    for name, lang, text, measure, low, speaker in TELLING:
        reason = TELLING_GAPS.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(lang, text, measure, low, speaker, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("lang", "text", "measure", "low", "speaker"), _telling_cases())
def test_verbs_and_pronouns_of_telling(
    lang: str, text: str, measure: str, low: int, speaker: str | None
) -> None:
    claims = [
        c
        for c in extract_claims(text, lang)
        if c.is_casualty and c.measure == measure and c.low == low
    ]
    assert claims, f"no {measure} claim of {low}"
    assert claims[0].speaker == speaker, (speaker, claims[0].speaker)
