"""French wire reporting (branch p18fr): classes found in real French news of the p18 probe
(AFP copy on African, Belgian, Swiss, Canadian and Maghreb sites), written again as our own
sentences, labelled before the extractor ran on them; guards in other languages where the
class exists there."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import Gold, assert_claims_are_gold, gold_cases

# A. a count of attacks, ambushes or assaults right after the verb of harm counts events, not
# victims ("tués lors de trois attentats")
ATTACKS: list[tuple[str, str, str, Gold]] = [
    (
        "A1",
        "fr",
        "Mardi, 41 passants ont péri lors de deux attentats au marché central.",
        [("killed", 41, 41, None)],
    ),
    (
        "A2",
        "fr",
        "Au moins 17 gendarmes ont été tués et 9 autres blessés dans les trois embuscades.",
        [("killed", 17, None, None), ("injured", 9, 9, None)],
    ),
    (
        "A3",
        "fr",
        "Six villageois ont trouvé la mort au cours de quatre assauts nocturnes.",
        [("killed", 6, 6, None)],
    ),
    (
        "A4",
        "es",
        "El lunes, 33 vecinos murieron en dos atentados contra la estación.",
        [("killed", 33, 33, None)],
    ),
    (
        "A5",
        "de",
        "Am Montag starben 33 Anwohner bei zwei Anschlägen auf den Bahnhof.",
        [("killed", 33, 33, None)],
    ),
    (
        "A6",
        "en",
        "On Monday 14 guards were killed in two ambushes near the border.",
        [("killed", 14, 14, None)],
    ),
]

ATTACKS_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(ATTACKS, ATTACKS_GAPS))
def test_attack_counts_are_no_victims(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)


# B. who speaks: (name, lang, text, the figure, a word the speaker must hold)
SPEAKERS: list[tuple[str, str, str, int, str]] = [
    # B1-B3: a day and a date between "a-t-on appris" and "auprès de"
    (
        "B1",
        "fr",
        "Onze éleveurs ont été tués samedi, a-t-on appris lundi 4 mars auprès de notables locaux.",
        11,
        "notables",
    ),
    (
        "B2",
        "fr",
        "Quatre douaniers ont été blessés, a-t-on appris jeudi auprès de la préfecture.",
        4,
        "préfecture",
    ),
    (
        "B3",
        "en",
        "Nine herders were killed, said on 4 March the head of the district council.",
        9,
        "council",
    ),
    # B4-B6: a name, then a head ("chef") or council member set off by commas, a bracket
    # closing the role
    (
        "B4",
        "fr",
        "Marc Dupuis, chef de la police régionale (nord), a annoncé que trois agents sont morts.",
        3,
        "Dupuis",
    ),
    (
        "B5",
        "fr",
        "Sami Karam, un membre du conseil provincial, a indiqué que 12 personnes avaient péri.",
        12,
        "Karam",
    ),
    (
        "B6",
        "en",
        "Lena Berg, head of the regional police (north), said three officers died.",
        3,
        "Berg",
    ),
    # B7-B10: who gave the toll, after "selon un premier bilan fourni par"
    (
        "B7",
        "fr",
        "L'éboulement a fait 26 blessés dimanche, selon un premier bilan fourni par la mairie.",
        26,
        "mairie",
    ),
    (
        "B8",
        "fr",
        "Selon un bilan établi par le Croissant-Rouge, 16 réfugiés sont morts noyés.",
        16,
        "Croissant",
    ),
    (
        "B9",
        "es",
        "El choque dejó 31 heridos, según un primer balance facilitado por la alcaldía.",
        31,
        "alcaldía",
    ),
    (
        "B10",
        "en",
        "The blast wounded 31 people, according to a first toll provided by the district hospital.",
        31,
        "hospital",
    ),
    # B11-B13: a second source's own turn between the auxiliary and the verb
    (
        "B11",
        "fr",
        "Nadia Benali a de son côté indiqué que 9 mineurs avaient péri.",
        9,
        "Benali",
    ),
    (
        "B12",
        "fr",
        "Paul Ekambi, un membre du conseil régional, a pour sa part affirmé que 13 pêcheurs sont morts.",
        13,
        "Ekambi",
    ),
    (
        "B13",
        "fr",
        "Le préfet a de son côté annoncé que 6 passagers avaient été blessés.",
        6,
        "préfet",
    ),
]


# C. the place after "le bilan de l'attaque de" before a cue is where it happened, no speaker
PLACES: list[tuple[str, str, str, int, str | None]] = [
    (
        "C1",
        "fr",
        "Le bilan de l'attaque de Dori fait état de neuf morts, selon la gendarmerie.",
        9,
        "gendarmerie",
    ),
    ("C2", "fr", "Le bilan de la frappe de Marioupol fait état de 14 blessés.", 14, None),
    (
        "C3",
        "fr",
        "Le bilan de l'explosion de Beyrouth fait état de 27 morts, selon la Croix-Rouge.",
        27,
        "Croix",
    ),
    # guard: a source's own noun before "de" still speaks
    (
        "C4",
        "fr",
        "Le porte-parole de l'hôpital de Dori a fait état de neuf morts.",
        9,
        "porte-parole",
    ),
]


@pytest.mark.parametrize(("lang", "text", "low", "word"), gold_cases(PLACES, {}))
def test_place_of_event_is_no_speaker(lang: str, text: str, low: int, word: str | None) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty and c.low == low]
    assert claims, text
    for c in claims:
        assert (c.speaker is None) if word is None else (c.speaker and word in c.speaker), c.speaker


SPEAKERS_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "low", "word"), gold_cases(SPEAKERS, SPEAKERS_GAPS))
def test_speaker(lang: str, text: str, low: int, word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty and c.low == low]
    assert claims, text
    assert all(c.speaker and word in c.speaker for c in claims), [c.speaker for c in claims]
