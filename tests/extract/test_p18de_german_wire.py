"""Round 18 (p18de): classes of error seen in real German wire copy (a probe of 60 excerpts from
45 sites, labelled before any run), written again as sentences of our own.

- a count whose noun stands after an extended attribute ("zwei mit Benzin gefüllte Lastwagen",
  "drei mit Raketen bestückte Hubschrauber") counts that noun: vehicles are no victims, and
  "zwei in der Nähe spielende Kinder" are children;
- a phrase of time made of a part of a period and its genitive or month ("Ende der Woche",
  "Anfang des Monats", "Mitte Mai") opening a verb-second sentence is no speaker: the subject
  after the verb is;
- compounds of "-angehörige" name whom they belong to: "Militärangehörige",
  "Armeeangehörige" are soldiers, "Polizeiangehörige" police; "Mitarbeitende" are staff as
  "Mitarbeiter" are.
Classes seen in the probe and left are the strict xfails of ``GAPS``.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import assert_claims_are_gold, gold_cases

EXTENDED_ATTRIBUTE = [
    (
        "a1",
        "Acht Menschen wurden verletzt, als zwei mit Benzin gefüllte Lastwagen auf dem "
        "Marktplatz explodierten.",
        "de",
        [("injured", 8, 8, "people")],
    ),
    (
        "a2",
        "Elf Soldaten starben, nachdem drei mit Raketen bestückte Hubschrauber den Stützpunkt "
        "angegriffen hatten.",
        "de",
        [("killed", 11, 11, "combatants")],
    ),
    (
        "a3",
        "Sechs Passanten wurden getötet, als vier von Milizionären gesteuerte Geländewagen in "
        "die Menge fuhren.",
        "de",
        [("killed", 6, 6, None)],
    ),
    (
        "a4",
        "Bei dem Angriff wurden zwei in der Nähe spielende Kinder getötet.",
        "de",
        [("killed", 2, 2, "children")],
    ),
    (
        "a5",
        "Zwölf Menschen wurden verletzt, als fünf aus dem Norden abgefeuerte Granaten in "
        "Wohnhäuser einschlugen.",
        "de",
        [("injured", 12, 12, "people")],
    ),
    (
        "a6",
        "Nio personer skadades när två med sprängämnen lastade bilar exploderade vid marknaden.",
        "sv",
        [("injured", 9, 9, "people")],
    ),
]

PERSON_COMPOUNDS = [
    (
        "c1",
        "Mindestens 16 Militärangehörige wurden bei dem Überfall getötet.",
        "de",
        [("killed", 16, None, "combatants")],
    ),
    ("c2", "Zwölf Armeeangehörige wurden verletzt.", "de", [("injured", 12, 12, "combatants")]),
    ("c3", "Bei dem Angriff starben 7 Mitarbeitende der Klinik.", "de", [("killed", 7, 7, None)]),
    (
        "c4",
        "Drei Bundeswehrangehörige seien leicht verletzt worden, sagte ein Sprecher.",
        "de",
        [("injured", 3, 3, "combatants")],
    ),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "lang", "gold"),
    gold_cases([*EXTENDED_ATTRIBUTE, *PERSON_COMPOUNDS], GAPS),
)
def test_claims(text: str, lang: str, gold: list) -> None:
    assert_claims_are_gold(text, lang, gold)


# (id, text, lang, (measure, low), a word the speaker must hold)
SPEAKERS = [
    (
        "s1",
        "Ende der Woche teilte das Innenministerium mit, dass bei dem Angriff 17 Menschen "
        "getötet worden seien.",
        "de",
        ("killed", 17),
        "innenministerium",
    ),
    (
        "s2",
        "Anfang des Monats meldete die Polizei 9 Tote in dem Viertel.",
        "de",
        ("killed", 9),
        "polizei",
    ),
    (
        "s3",
        "Mitte Mai bestätigte die Armee den Tod von 12 Soldaten.",
        "de",
        ("killed", 12),
        "armee",
    ),
    (
        "s4",
        "Ende vergangenen Jahres zählte die Organisation 230 Vermisste in der Region.",
        "de",
        ("missing", 230),
        "organisation",
    ),
    (
        "s5",
        "Ende der Woche meldete die Polizei 9 Tote in dem Viertel.",
        "de",
        ("killed", 9),
        "polizei",
    ),
]

# a perfect or pluperfect of reporting with adverbs or whom it was told inside its bracket
# ("hatte zuvor mitgeteilt", "hatte der Agentur X bestätigt"): the subject by the auxiliary speaks
SPEAKERS += [
    (
        "p1",
        "Die Rebellen hatten der Nachrichtenagentur dpa am Abend bestätigt, dass 14 ihrer "
        "Kämpfer gefallen seien.",
        "de",
        ("killed", 14),
        "rebellen",
    ),
    (
        "p2",
        "Vertreter der Provinzregierung hatten zunächst mitgeteilt, mindestens 23 Menschen seien "
        "verletzt worden.",
        "de",
        ("injured", 23),
        "provinzregierung",
    ),
    (
        "p3",
        "Ein Arzt sprach von vielen Verletzten. Die Klinikleitung hatte zuvor mitgeteilt, dass "
        "elf Patienten gestorben seien.",
        "de",
        ("killed", 11),
        "klinikleitung",
    ),
    (
        "p4",
        "Vorher hatte das Rote Kreuz erklärt, dabei seien 8 Helfer verletzt worden.",
        "de",
        ("injured", 8),
        "rote kreuz",
    ),
    (
        "p5",
        "Das Innenministerium hat inzwischen angegeben, dass 19 Polizisten getötet wurden.",
        "de",
        ("killed", 19),
        "innenministerium",
    ),
]

SPEAKER_GAPS: dict[str, str] = {
    "p1": (
        "pluperfect of reporting with an adverb or addressee in its bracket loses its "
        "subject; tried as bare perfect frames, it lost 'wie X mitgeteilt hatte'"
    ),
    "p2": (
        "pluperfect of reporting with an adverb or addressee in its bracket loses its "
        "subject; tried as bare perfect frames, it lost 'wie X mitgeteilt hatte'"
    ),
    "p3": (
        "pluperfect of reporting with an adverb or addressee in its bracket loses its "
        "subject; tried as bare perfect frames, it lost 'wie X mitgeteilt hatte'"
    ),
    "p4": (
        "pluperfect of reporting with an adverb or addressee in its bracket loses its "
        "subject; tried as bare perfect frames, it lost 'wie X mitgeteilt hatte'"
    ),
    "p5": (
        "pluperfect of reporting with an adverb or addressee in its bracket loses its "
        "subject; tried as bare perfect frames, it lost 'wie X mitgeteilt hatte'"
    ),
}


@pytest.mark.parametrize(
    ("text", "lang", "target", "word"),
    gold_cases([(n, t, lang, tgt, w) for n, t, lang, tgt, w in SPEAKERS], SPEAKER_GAPS),
)
def test_speakers(text: str, lang: str, target: tuple[str, int], word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    hits = [c for c in claims if (c.measure, c.low) == target]
    assert hits, [(c.measure, c.low) for c in claims]
    assert any(c.speaker and word in c.speaker.casefold() for c in hits), [c.speaker for c in hits]
