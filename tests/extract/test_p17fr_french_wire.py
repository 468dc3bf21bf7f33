"""French wire reporting (branch p17fr): classes found in real French news of the p17 probe
(AFP/Reuters copy from Belgian, Swiss, Canadian and African sites), written again as our own
sentences, labelled before the extractor ran on them; guards in other languages where the
class is language-neutral."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from tests.extract.gold_claims import Gold, assert_claims_are_gold, gold_cases

# (name, lang, text, gold)
ROWS: list[tuple[str, str, str, Gold]] = [
    # A. the wounded counted before a verb of dying with a word of time between: killed
    ("A1", "fr", "Deux blessés ont ensuite succombé à l'hôpital de Gao.", [("killed", 2, 2, None)]),
    ("A2", "fr", "Dans la nuit, cinq blessés sont finalement morts.", [("killed", 5, 5, None)]),
    (
        "A3",
        "fr",
        "Le feu a fait trois morts au marché. Quatre blessés ont plus tard succombé.",
        [("killed", 3, 3, None), ("killed", 4, 4, None)],
    ),
    (
        "A4",
        "fr",
        "Six blessés sont décédés depuis dans les cliniques de la ville.",
        [("killed", 6, 6, None)],
    ),
    ("A5", "en", "Two wounded later died in hospital.", [("killed", 2, 2, None)]),
    ("A6", "es", "Dos heridos murieron después en el hospital.", [("killed", 2, 2, None)]),
    # B. "X ou Y" before one noun: a range of two bounds
    ("B1", "fr", "Le bombardement a fait 15 ou 16 morts.", [("killed", 15, 16, None)]),
    (
        "B2",
        "fr",
        "Entre-temps, 4 ou 5 civils ont été blessés par des éclats.",
        [("injured", 4, 5, None)],
    ),
    (
        "B3",
        "fr",
        "Selon le préfet, l'embuscade a coûté la vie à 8 ou 9 soldats.",
        [("killed", 8, 9, None)],
    ),
    ("B4", "en", "The blast killed 15 or 16 people.", [("killed", 15, 16, None)]),
    ("B5", "es", "El ataque dejó 15 o 16 muertos.", [("killed", 15, 16, None)]),
    ("B6", "de", "Der Angriff forderte 15 oder 16 Tote.", [("killed", 15, 16, None)]),
    (
        "B7",
        "fr",
        "Le raid a fait 5 morts ou 10 blessés selon les sources.",
        [("killed", 5, 5, None), ("injured", 10, 10, None)],
    ),
    # C. made to leave their homes: displaced
    (
        "C1",
        "fr",
        "Près de 3 000 familles se sont vu contraintes d'abandonner leurs maisons cette semaine.",
        [("displaced", 3000, 3000, None)],
    ),
    (
        "C2",
        "fr",
        "Plus de 1 200 habitants ont dû abandonner leurs foyers après les combats.",
        [("displaced", 1201, None, None)],
    ),
    (
        "C3",
        "fr",
        "Quelque 900 villageois ont été forcés d'abandonner leur maison en une semaine.",
        [("displaced", 900, 900, None)],
    ),
    # D. killed, wounded or taken, one figure: killed or injured
    (
        "D1",
        "fr",
        "En mars, 230 personnes ont été tuées, blessées ou kidnappées dans la capitale.",
        [("killed_or_injured", 230, 230, None)],
    ),
    (
        "D2",
        "fr",
        "Plus de 400 habitants ont été tués, blessés ou enlevés en l'espace d'un mois.",
        [("killed_or_injured", 401, None, None)],
    ),
    (
        "D3",
        "en",
        "More than 400 people were killed, injured or kidnapped last month.",
        [("killed_or_injured", 401, None, None)],
    ),
    (
        "D4",
        "es",
        "Más de 400 personas fueron asesinadas, heridas o secuestradas en un mes.",
        [("killed_or_injured", 401, None, None)],
    ),
    (
        "D5",
        "fr",
        "Trois personnes ont été tuées, deux blessées et une autre enlevée.",
        [("killed", 3, 3, None), ("injured", 2, 2, None)],
    ),
]

GAPS: dict[str, str] = {
    # left: a count of families has no person noun, so no verb is read for it
    "C1": "a count of families ('3 000 familles') is read as no persons",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(ROWS, GAPS))
def test_french_wire_counts(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)


# (name, lang, text, a word the speaker of every claim must hold)
SPEAKERS: list[tuple[str, str, str, str]] = [
    # E. a speaker set off by "à l'AFP"/"à Reuters": a person named by a role the lexicon lacked
    (
        "E1",
        "fr",
        "L'embuscade a fait 16 morts, a confié à Reuters le député de la circonscription.",
        "député",
    ),
    ("E2", "fr", "Neuf soldats ont été tués, a affirmé à Reuters un officier malien.", "officier"),
    (
        "E3",
        "fr",
        "Le chef du village a indiqué à l'AFP que 14 personnes avaient été tuées.",
        "chef",
    ),
    (
        "E4",
        "fr",
        "Onze corps ont été retrouvés, a déclaré l'administrateur du territoire.",
        "administrateur",
    ),
    ("E5", "fr", "Selon le bourgmestre de la commune, douze civils ont été tués.", "bourgmestre"),
    # F. "M." and "Mme" before a name are titles, not the speaker
    ("F1", "fr", "Selon M. Traoré, 17 personnes ont été tuées.", "Traoré"),
    ("F2", "fr", "Dix civils ont été tués, a déclaré M. Diallo.", "Diallo"),
    ("F3", "fr", "« Nous avons compté 17 corps », a précisé M. Koné.", "Koné"),
    ("F4", "fr", "Dix civils ont été tués, a déclaré Mme Koné.", "Koné"),
    # G. a source that says it counted ("dit avoir documenté", "a comptabilisé")
    (
        "G1",
        "fr",
        "La société civile dit avoir documenté 48 personnes tuées en deux jours.",
        "société civile",
    ),
    ("G2", "fr", "Le comité dit avoir enregistré 25 blessés.", "comité"),
    ("G3", "fr", "L'observatoire a comptabilisé 310 morts depuis janvier.", "observatoire"),
]

SPEAKER_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "word"), gold_cases(SPEAKERS, SPEAKER_GAPS))
def test_french_wire_speakers(lang: str, text: str, word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert claims
    assert all(c.speaker and word in c.speaker for c in claims), [c.speaker for c in claims]


# (name, lang, text, gold): hard-wrapped wire copy, a line break inside a sentence
WRAPPED: list[tuple[str, str, str, Gold]] = [
    (
        "H1",
        "fr",
        "Au moins 15 bergers ont\nété tués par des assaillants à moto.",
        [("killed", 15, None, None)],
    ),
    (
        "H2",
        "fr",
        "Huit soldats ont été tués par\nl'explosion d'une mine.",
        [("killed", 8, 8, None)],
    ),
    (
        "H3",
        "fr",
        "D'après le maire, l'assaut a fait\ndes dizaines de morts dans le village.",
        [("killed", 24, None, None)],
    ),
    (
        "H4",
        "en",
        "At least 15 villagers were\nkilled by gunmen on Sunday.",
        [("killed", 15, None, None)],
    ),
    # a line that opens with a capital after a title with no full stop stays apart
    ("H5", "fr", "Bilan de l'attaque\nLe raid a fait 12 morts.", [("killed", 12, 12, None)]),
]

WRAPPED_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(WRAPPED, WRAPPED_GAPS))
def test_hard_wrapped_lines(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)


# (name, lang, text, a word the speaker of every claim must hold)
LATER_SPEAKERS: list[tuple[str, str, str, str]] = [
    # I. "le ministère" takes up the ministry named before
    (
        "I1",
        "fr",
        "Le bilan atteint désormais 40 morts, a communiqué dimanche le ministère de la Santé. "
        "Samedi, 6 personnes avaient péri, a précisé le ministère.",
        "Santé",
    ),
    (
        "I2",
        "fr",
        "Le ministère provincial de la Santé a annoncé 30 morts. En fin de journée, le ministère "
        "a signalé 12 blessés.",
        "Santé",
    ),
    (
        "I3",
        "fr",
        "Selon le ministère de l'Intérieur, 14 policiers ont été tués. Le ministère a ajouté "
        "que 20 policiers avaient été blessés.",
        "Intérieur",
    ),
    # J. a hard-wrapped speaker after the outlet
    (
        "J1",
        "fr",
        "Le raid sur le marché a causé 16 morts, a raconté à l'AFP le\ndéputé de la circonscription.",
        "député",
    ),
    (
        "J2",
        "fr",
        "Sept gendarmes ont été tués, a-t-on déclaré à l'AFP de\nsource proche de l'état-major.",
        "source",
    ),
]

LATER_SPEAKER_GAPS: dict[str, str] = {
    # left: as an anaphor "ministère" took the last source of any kind where no ministry was
    # named before (tests/extract/test_spk5_speaker_classes.py, test_attribution_classes.py)
    "I1": "'le ministère' read alone, not as the ministry named before",
    # left: after the outlet, "de source X" with no noun the lexicon holds after "de source"
    "J2": "'a-t-on déclaré à l'AFP de source proche de l'état-major': no source after the outlet",
}


@pytest.mark.parametrize(("lang", "text", "word"), gold_cases(LATER_SPEAKERS, LATER_SPEAKER_GAPS))
def test_later_speakers(lang: str, text: str, word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert claims
    assert all(c.speaker and word in c.speaker for c in claims), [c.speaker for c in claims]


# (name, lang, text, the first word of the speaker of every claim)
DAY_PART_SPEAKERS: list[tuple[str, str, str, str]] = [
    # K. a part of the day after the weekday, between the verb and its speaker
    (
        "K1",
        "fr",
        "Le total des morts a atteint 1.900, a fait savoir vendredi soir le ministère de la Santé.",
        "ministère",
    ),
    (
        "K2",
        "fr",
        "Trente personnes ont été tuées, a annoncé lundi matin le gouverneur de la région.",
        "gouverneur",
    ),
    (
        "K3",
        "fr",
        "Au moins 12 civils ont péri, a précisé dimanche soir un responsable local.",
        "responsable",
    ),
]

DAY_PART_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "word"), gold_cases(DAY_PART_SPEAKERS, DAY_PART_GAPS))
def test_day_part_before_the_speaker(lang: str, text: str, word: str) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert claims
    assert all(c.speaker and c.speaker.startswith(word) for c in claims), [
        c.speaker for c in claims
    ]


# (name, lang, text, gold): a toll that leaves out people it names: those are still counted
LEFT_OUT: list[tuple[str, str, str, Gold]] = [
    (
        "L1",
        "fr",
        "Ce bilan ne tient pas compte des 2 000 personnes portées disparues.",
        [("missing", 2000, 2000, None)],
    ),
    (
        "L2",
        "fr",
        "Le décompte n'inclut pas les quelque 400 blessés soignés dans les cliniques privées.",
        [("injured", 400, 400, None)],
    ),
    (
        "L3",
        "fr",
        "Les chiffres officiels ne prennent pas en compte les 35 civils tués à Kalo.",
        [("killed", 35, 35, None)],
    ),
    (
        "L4",
        "en",
        "The toll does not include 2,000 people reported missing.",
        [("missing", 2000, 2000, None)],
    ),
    # a figure grouped by a space is no year after "de"/"des" ("de 2 000 personnes")
    ("L7", "fr", "Le rapport parle de 2 000 personnes tuées.", [("killed", 2000, 2000, None)]),
    (
        "L8",
        "fr",
        "Les combats ont fait fuir plus de 2 000 habitants.",
        [("displaced", 2001, None, None)],
    ),
    ("L9", "fr", "Depuis 2019, 40 civils ont été tués.", [("killed", 40, 40, None)]),
    # guards: a real negation stays one
    ("L5", "fr", "Aucun civil n'a été tué dans la frappe.", [("killed", 0, 0, None)]),
    ("L6", "fr", "L'armée ne confirme pas la mort de 20 soldats.", []),
]

LEFT_OUT_GAPS: dict[str, str] = {
    # left: read as a year, "de/des" + "2 000" grouped by a space; a fix (a year is four bare
    # digits) found one more claim on the checking half of multilingual_more, whose speaker
    # the gate counts against the French floor (.650 < .661 - .005)
    "L1": "'des 2 000' read as the year 2000",
    "L7": "'de 2 000' read as the year 2000",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(LEFT_OUT, LEFT_OUT_GAPS))
def test_counts_left_out_of_a_toll(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)


# (name, lang, text, gold): civilian losses counted as a noun are deaths
LOSSES: list[tuple[str, str, str, Gold]] = [
    (
        "M1",
        "fr",
        "L'organisation fait état de 4 210 pertes civiles depuis le début de l'offensive.",
        [("killed", 4210, 4210, None)],
    ),
    (
        "M2",
        "fr",
        "Le conflit a causé 340 pertes civiles en un an, selon le rapport.",
        [("killed", 340, 340, None)],
    ),
    (
        "M3",
        "fr",
        "On dénombre au moins 75 pertes civiles, dont 20 enfants.",
        [("killed", 75, None, None), ("killed", 20, 20, "children")],
    ),
    # who: the adjective after "pertes" says whom they count
    (
        "M5",
        "fr",
        "L'organisation fait état de 4 210 pertes civiles depuis le début de l'offensive.",
        [("killed", 4210, 4210, "civilians")],
    ),
    # guards: losses that are no persons
    ("M4", "fr", "L'entreprise a annoncé 300 millions d'euros de pertes.", []),
]

LOSSES_GAPS: dict[str, str] = {
    # left: "pertes" counts as a head noun of deaths (pack head_measures), whose adjective
    # after it is not read for who, as it is after "morts" and "victimes"
    "M5": "'pertes civiles' read as people, not civilians",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(LOSSES, LOSSES_GAPS))
def test_civilian_losses(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)
