"""Round 17 (p17de): classes of error seen in real German wire reports (a probe of 60 excerpts
labelled before any run), written again as sentences of our own, labelled before running.

- a quantifier opening a sentence ("Einige der Toten", "Manche der Verletzten") is capitalised
  only because it comes first: no name, so no lone victim;
- a word of time opening a verb-second sentence ("Damals meldete die Polizei", "Zudem meldeten
  die Behörden") is no speaker: the subject after the verb is;
- the dead before a passive auxiliary whose participle of recovery closes the clause ("Zwölf Tote
  seien aus dem Haus geborgen worden") are bodies recovered, as "wurden 30 Tote geborgen" is;
- a person in the genitive after counted victims owns them ("drei Kinder eines Lehrers
  getötet"): no victim of their own;
- a source named after "Aus" opening a sentence before "hieß es" speaks; "nach israelischen
  Angaben" names Israel (the Ukrainian form is left: it cost a checking-half speaker);
- gendarmes are police; burned alive is dead; "einer der Toten" with a verb of no harm is
  one of the dead.
Classes seen in the probe and left are the strict xfails of ``LEFT``.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import assert_claims_are_gold, gold_cases

QUANTIFIER_OPENS = [
    (
        "q1",
        "In dem Graben fanden Forensiker 31 Leichen. Einige der Toten trugen noch Fesseln an den "
        "Händen.",
        "de",
        [("bodies_recovered", 31, 31, None)],
    ),
    (
        "q2",
        "Ärzte behandelten die Opfer des Anschlags die ganze Nacht. Manche der Verletzten wurden "
        "in die Hauptstadt geflogen.",
        "de",
        [],
    ),
    ("q3", "Alle Toten seien Händler gewesen, hieß es aus dem Rathaus.", "de", []),
    (
        "q4",
        "Die Rettungskräfte bargen 26 Leichen aus dem Fluss. Wenige der Toten konnten bislang "
        "identifiziert werden.",
        "de",
        [("bodies_recovered", 26, 26, None)],
    ),
    ("q5", "Sämtliche Verletzte wurden in das Bezirkskrankenhaus gebracht.", "de", []),
    (
        "q6",
        "Bei dem Anschlag auf den Busbahnhof wurden 40 Menschen verletzt. Manche der Verletzten "
        "wurden in die Hauptstadt geflogen, sagte ein Arzt.",
        "de",
        [("injured", 40, 40, None)],
    ),
    (
        "q7",
        "Police found 31 bodies in the trench. Some of the dead still had their hands tied.",
        "en",
        [("bodies_recovered", 31, 31, None)],
    ),
]

RECOVERED_IN_BRACKET = [
    (
        "r1",
        "Zwölf Tote seien aus dem eingestürzten Wohnblock geborgen worden, sagte ein "
        "Feuerwehrsprecher.",
        "de",
        [("bodies_recovered", 12, 12, None)],
    ),
    (
        "r2",
        "Mehrere Tote wurden nach dem Erdrutsch aus dem Schlamm des Flussbetts geborgen.",
        "de",
        [("bodies_recovered", 3, None, None)],
    ),
    (
        "r3",
        "Nach dem Raketeneinschlag wurden bis zum Abend 23 Tote aus den Trümmern geborgen.",
        "de",
        [("bodies_recovered", 23, 23, None)],
    ),
    (
        "r4",
        "Neun Tote sind am Dienstag in einem ausgetrockneten Brunnen am Dorfrand entdeckt worden.",
        "de",
        [("bodies_recovered", 9, 9, None)],
    ),
    (
        "r6",
        "Dutzende Tote wurden in einem Massengrab am Stadtrand beerdigt.",
        "de",
        [("bodies_recovered", 24, None, None)],
    ),
]

GUARDS = [
    # a burial of the dead the count reports is no recovery; the identified dead stay as read
    (
        "k1",
        "Die zwölf Toten wurden am Freitag in ihrem Dorf beerdigt.",
        "de",
        [("killed", 12, 12, None)],
    ),
    (
        "k2",
        "30 Menschen wurden bei dem Beben getötet und später aus den Trümmern geborgen.",
        "de",
        [("killed", 30, 30, None)],
    ),
    # an owner set off by no link: one more victim beside the count
    (
        "k3",
        "Drei Soldaten und ein Polizist wurden bei dem Hinterhalt getötet.",
        "de",
        [("killed", 3, 3, "combatants"), ("killed", 1, 1, None)],
    ),
    (
        "k4",
        "Five soldiers and a policeman were killed in the ambush.",
        "en",
        [("killed", 5, 5, None), ("killed", 1, 1, None)],
    ),
]

# a gendarme is of the police; burned alive is dead
NOUNS_AND_VERBS = [
    (
        "v1",
        "Unter den Opfern seien 40 Zivilisten und 9 Gendarmen, teilte die Regierung mit.",
        "de",
        [("killed", 40, 40, "civilians"), ("killed", 9, 9, "other")],
    ),
    (
        "v2",
        "Zwei Gendarmen wurden bei dem Hinterhalt an der Grenze verletzt.",
        "de",
        [("injured", 2, 2, "other")],
    ),
    (
        "v3",
        "Neun Dorfbewohner wurden von den Angreifern bei lebendigem Leib verbrannt.",
        "de",
        [("killed", 9, 9, None)],
    ),
    (
        "v4",
        "Die Soldaten hätten zwölf Gefangene lebendig verbrannt, sagte ein Zeuge.",
        "de",
        [("killed", 12, 12, None)],
    ),
    ("v5", "Nine villagers were burned alive by the soldiers.", "en", [("killed", 9, 9, None)]),
]

# seen in the probe and left: strict xfails
LEFT = [
    # two lone persons told by their ages, joined by "und", after a death verb
    (
        "x1",
        "Im Gebiet Cherson starben eine 58 Jahre alte Frau und ein 63-jähriger Mann.",
        "de",
        [("killed", 2, 2, None)],
    ),
    # a lone child told by age as a part of the hurt
    (
        "x2",
        "Bei dem Beschuss wurden sieben Menschen verletzt, darunter ein zwölf Jahre alter Junge.",
        "de",
        [("injured", 7, 7, None), ("injured", 1, 1, "children")],
    ),
    # one of the badly hurt, told by a long participle phrase, has died
    (
        "x3",
        "Mindestens einer der in die Hauptstadt geflogenen Schwerverletzten ist inzwischen "
        "gestorben.",
        "de",
        [("killed", 1, None, None)],
    ),
    # an elided noun and verb in a list of earlier attacks
    (
        "x4",
        "Im Mai wurden bei einem Angriff auf eine Schule 12 Zivilisten getötet, im Juni bei einem "
        "Angriff auf einen Markt 30.",
        "de",
        [("killed", 12, 12, None), ("killed", 30, 30, None)],
    ),
    # "one of the dead" describing a picture counts nobody new
    (
        "x5",
        "Auf den Bildern sind verkohlte Körper zu sehen; einer der Toten hält ein Kind im Arm.",
        "de",
        [],
    ),
    # a lone child who survived badly hurt
    (
        "x6",
        "Einzig ein Kind der Familie, ein zehnjähriges Mädchen, überlebte schwer verletzt.",
        "de",
        [("injured", 1, 1, "children")],
    ),
]

PARTITIVE_GUARDS = [
    (
        "p1",
        "Bei dem Angriff wurden fünf Menschen verletzt. Einer der Verletzten starb später im "
        "Krankenhaus.",
        "de",
        [("injured", 5, 5, None), ("killed", 1, 1, None)],
    ),
    (
        "p2",
        "Einer starb, zwei wurden bei dem Unfall verletzt.",
        "de",
        [("killed", 1, 1, None), ("injured", 2, 2, None)],
    ),
]

GENITIVE_OWNERS = [
    (
        "g1",
        "Bei dem Luftangriff auf das Viertel wurden drei Kinder eines Lehrers getötet.",
        "de",
        [("killed", 3, 3, "children")],
    ),
    (
        "g2",
        "Vier Söhne einer Witwe kamen bei dem Beschuss der Siedlung ums Leben.",
        "de",
        [("killed", 4, 4, None)],
    ),
    (
        "g3",
        "Nach Angaben der Behörde wurden neun Kinder einer Ärztin bei dem Angriff getötet, der "
        "Vater wurde schwer verletzt.",
        "de",
        [("killed", 9, 9, "children"), ("injured", 1, 1, None)],
    ),
    (
        "g4",
        "Three children of a teacher were killed when a missile struck their school.",
        "en",
        [("killed", 3, 3, "children")],
    ),
    (
        "g5",
        "Trois enfants d'un enseignant ont été tués dans la frappe.",
        "fr",
        [("killed", 3, 3, "children")],
    ),
]

GAPS: dict[str, str] = {
    "x1": "two lone persons told by age and joined by 'und' after their verb count one",
    "x2": "a lone child told by age after 'darunter' is no part of the hurt",
    "x3": "one of the hurt, told with a long participle phrase, is not read as dead",
    "x4": "an elided noun and verb after a comma ('im Juni ... 30') is not read",
    "x6": "a lone child who survived hurt ('überlebte schwer verletzt') is not read",
}


@pytest.mark.parametrize(
    ("text", "lang", "gold"),
    gold_cases(
        QUANTIFIER_OPENS
        + RECOVERED_IN_BRACKET
        + GENITIVE_OWNERS
        + GUARDS
        + NOUNS_AND_VERBS
        + LEFT
        + PARTITIVE_GUARDS,
        GAPS,
    ),
)
def test_claims(text: str, lang: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# (id, text, lang, (measure, low), a word the speaker must hold)
SPEAKERS = [
    ("s1", "Damals meldete die Polizei 120 Tote in der Provinz.", "de", ("killed", 120), "polizei"),
    (
        "s2",
        "Zudem meldeten die Behörden zwölf Verletzte in der Nachbarstadt.",
        "de",
        ("injured", 12),
        "behörden",
    ),
    (
        "s3",
        "Inzwischen bestätigte das Gesundheitsministerium 31 Tote.",
        "de",
        ("killed", 31),
        "gesundheitsministerium",
    ),
    (
        "s4",
        "Damals fanden die Ermittler 64 Leichen in einem verlassenen Stollen.",
        "de",
        ("bodies_recovered", 64),
        "ermittler",
    ),
    (
        "s5",
        "Gestern meldete das Rote Kreuz 19 Verletzte nach dem Beschuss.",
        "de",
        ("injured", 19),
        "kreuz",
    ),
    (
        "s6",
        "Bislang zählte die Stadtverwaltung 48 Tote und 150 Verletzte.",
        "de",
        ("killed", 48),
        "stadtverwaltung",
    ),
]

SPEAKERS += [
    # Swedish sets its verb second too
    (
        "s7",
        "Dessutom rapporterade myndigheterna fem skadade i grannbyn.",
        "sv",
        ("injured", 5),
        "myndigheterna",
    ),
    ("s8", "Tidigare meddelade polisen tolv döda i staden.", "sv", ("killed", 12), "polisen"),
]

# "nach ukrainischen Angaben": the side whose figures they are speaks, as its name would
SPEAKERS += [
    (
        "n1",
        "Bei dem Beschuss des Bahnhofs sind nach ukrainischen Angaben neun Menschen getötet worden.",
        "de",
        ("killed", 9),
        "ukrain",
    ),
    (
        "n2",
        "Nach russischen Angaben wurden in Belgorod drei Zivilisten verletzt.",
        "de",
        ("injured", 3),
        "russ",
    ),
    (
        "n3",
        "Bei dem Überfall waren nach israelischen Angaben etwa 300 Menschen getötet worden.",
        "de",
        ("killed", 300),
        "israel",
    ),
]

# a sentence opening with its source after "Aus", before "hieß es": the source is the noun
# after "Aus"; an adverb of place opening a verb-second sentence is none
SPEAKERS += [
    (
        "a1",
        "Aus dem Bezirkskrankenhaus in der Stadt Kundus im Norden hieß es, 17 Menschen seien "
        "gestorben.",
        "de",
        ("killed", 17),
        "krankenhaus",
    ),
    (
        "a2",
        "Aus dem Krankenhaus der Provinzhauptstadt hieß es am Abend, 23 Verletzte würden "
        "behandelt.",
        "de",
        ("injured", 23),
        "krankenhaus",
    ),
    (
        "a3",
        "Aus Sicherheitskreisen hieß es, acht Soldaten seien getötet worden.",
        "de",
        ("killed", 8),
        "sicherheitskreise",
    ),
]

SPEAKER_GAPS: dict[str, str] = {
    "n1": "'nach ukrainischen Angaben' as the Ukrainian side: tried, it cost a speaker on a "
    "checking half (multilingual_more check de .815 -> .796), left out",
}


def test_adverb_of_place_is_no_speaker() -> None:
    claims = [
        c
        for c in extract_claims("Andernorts heißt es, 40 Menschen seien getötet worden.", "de")
        if c.is_casualty
    ]
    assert [(c.measure, c.low) for c in claims] == [("killed", 40)]
    assert claims[0].speaker is None or "andernorts" not in claims[0].speaker.casefold()


@pytest.mark.parametrize(
    ("text", "lang", "target", "word"),
    gold_cases([(n, t, lang, tgt, w) for n, t, lang, tgt, w in SPEAKERS], SPEAKER_GAPS),
)
def test_speakers(text: str, lang: str, target: tuple[str, int], word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    hits = [c for c in claims if (c.measure, c.low) == target]
    assert hits, [(c.measure, c.low) for c in claims]
    assert any(c.speaker and word in c.speaker.casefold() for c in hits), [c.speaker for c in hits]
