"""French war and violence reporting, labelled by hand before running the extractor: casualty
constructions (perdre la vie, périr, succomber à ses blessures, bilan qui s'alourdit, vague
quantities, ranges, roles, passive agents, speakers) beside numbers that are no casualty figure
(ages, dates, times, munitions, vehicles, families, arrests, unit sizes, populations,
percentages, money). Every sentence is our own; names and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Expected = tuple[str, str, int | None, int | None, str]

CASES: list[object] = [
    (
        "Au moins 12 civils ont été tués dimanche dans un bombardement sur le marché.",
        [("killed", "civilians", 12, None, "at_least")],
    ),
    (
        "Trois personnes ont perdu la vie et huit autres ont été blessées dans l'explosion.",
        [("killed", "people", 3, 3, "exact"), ("injured", "people", 8, 8, "exact")],
    ),
    (
        "Le bilan s'est alourdi à 47 morts, selon le ministère de la Santé.",
        [("killed", "people", 47, 47, "exact")],
    ),
    (
        "Un homme de 40 ans a été tué par balle vers 14h30 dans le quartier nord.",
        [("killed", "men", 1, 1, "exact")],
    ),
    (
        "Une femme âgée de 34 ans a succombé à ses blessures à l'hôpital.",
        [("killed", "women", 1, 1, "exact")],
    ),
    ("Près de 200 familles ont été déplacées par les combats de la semaine dernière.", []),
    (
        "La police a procédé à 12 interpellations après les affrontements qui ont fait deux morts.",
        [("killed", "people", 2, 2, "exact")],
    ),
    (
        "Trois roquettes sont tombées sur la ville le 7 octobre, blessant deux enfants.",
        [("injured", "children", 2, 2, "exact")],
    ),
    (
        "Une vingtaine de véhicules ont été incendiés et cinq policiers ont été blessés.",
        [("injured", "other", 5, 5, "exact")],
    ),
    ("Des dizaines de milliers de manifestants ont défilé samedi dans la capitale.", []),
    (
        "Au moins une vingtaine de personnes ont péri dans l'incendie du camp.",
        [("killed", "people", 20, None, "at_least")],
    ),
    (
        "Une dizaine de soldats ont été tués lors de l'embuscade.",
        [("killed", "combatants", 10, 10, "about")],
    ),
    (
        "Quatre journalistes sont portés disparus depuis l'attaque du convoi.",
        [("missing", "other", 4, 4, "exact")],
    ),
    (
        "Selon un bilan de l'AFP, 31 personnes ont été tuées par des hommes armés.",
        [("killed", "people", 31, 31, "exact")],
    ),
    (
        "Plus de 1 500 personnes ont été tuées depuis le début du conflit, a annoncé le ministère.",
        [("killed", "people", 1501, None, "more_than")],
    ),
    (
        "Le bilan provisoire fait état de six morts et d'une quinzaine de blessés.",
        [("killed", "people", 6, 6, "exact"), ("injured", "people", 15, 15, "about")],
    ),
    (
        "Entre 30 et 40 migrants sont portés disparus après le naufrage.",
        [("missing", "people", 30, 40, "range")],
    ),
    (
        "L'attaque a coûté la vie à 14 enfants, a indiqué l'Unicef.",
        [("killed", "children", 14, 14, "exact")],
    ),
    (
        "Neuf militaires ont été tués et 21 autres blessés dans l'attaque contre leur base.",
        [("killed", "combatants", 9, 9, "exact"), ("injured", "combatants", 21, 21, "exact")],
    ),
    ("Le village, qui compte environ 5 000 habitants, a été bombardé pendant deux heures.", []),
    ("La 3e brigade, forte de 2 000 hommes, a repris le contrôle de la ville.", []),
    ("Environ 60 % des maisons ont été détruites, selon les Nations unies.", []),
    ("Les dégâts sont estimés à 3 millions d'euros par les autorités locales.", []),
    ("Sept survivants ont été retrouvés vivants sous les décombres.", []),
    (
        "Au total, 23 corps ont été retirés des décombres.",
        [("bodies_recovered", "people", 23, 23, "exact")],
    ),
    (
        "Des centaines de personnes ont fui leurs maisons.",
        [("displaced", "people", 200, None, "vague")],
    ),
    (
        "Un policier a été tué et deux autres ont été blessés lors d'une fusillade.",
        [("killed", "other", 1, 1, "exact"), ("injured", "other", 2, 2, "exact")],
    ),
    (
        "La frappe a tué au moins 17 Palestiniens, dont cinq femmes et quatre enfants, selon la "
        "Défense civile.",
        [
            ("killed", "people", 17, None, "at_least"),
            ("killed", "women", 5, 5, "exact"),
            ("killed", "children", 4, 4, "exact"),
        ],
    ),
    ("Le suspect, âgé de 25 ans, a été interpellé à 22 heures.", []),
    ("Quelque 4 000 soldats ont été déployés dans la région depuis le 1er mars.", []),
    (
        "L'explosion a fait 12 morts et plus de 50 blessés.",
        [("killed", "people", 12, 12, "exact"), ("injured", "people", 51, None, "more_than")],
    ),
    (
        "Deux secouristes ont péri lorsque leur ambulance a été touchée par un obus.",
        [("killed", "other", 2, 2, "exact")],
    ),
    (
        "Cinq personnes ont été tuées le 12 mai 2023 à 6 heures du matin.",
        [("killed", "people", 5, 5, "exact")],
    ),
    (
        "Mardi, 150 personnes ont été hospitalisées après l'attaque au gaz.",
        [("injured", "people", 150, 150, "exact")],
    ),
    ("La ville de 300 000 habitants est privée d'électricité depuis trois jours.", []),
    (
        "Au moins 80 personnes ont été arrêtées et 11 policiers blessés.",
        [("injured", "other", 11, 11, "exact")],
    ),
    (
        "Les combats ont fait plus de 300 000 déplacés.",
        [("displaced", "people", 300001, None, "more_than")],
    ),
    (
        "Le ministère de l'Intérieur a fait état de 4 morts parmi les forces de l'ordre.",
        [("killed", "other", 4, 4, "exact")],
    ),
    (
        "Ils étaient une cinquantaine à bord de l'embarcation ; 19 sont morts noyés.",
        [("killed", "people", 19, 19, "exact")],
    ),
    (
        "Une trentaine de personnes ont été blessées, dont sept enfants.",
        [("injured", "people", 30, 30, "about"), ("injured", "children", 7, 7, "exact")],
    ),
    (
        "Deux obus de mortier ont frappé l'école, tuant six élèves.",
        [("killed", "children", 6, 6, "exact")],
    ),
    (
        "L'armée affirme avoir abattu 40 jihadistes lors de l'opération.",
        [("killed", "combatants", 40, 40, "exact")],
    ),
    ("Au moins 2 000 maisons ont été détruites et 35 000 personnes vivent dans le camp.", []),
    (
        "Le bilan officiel est passé de 18 à 25 morts.",
        [("killed", "people", 18, 18, "exact"), ("killed", "people", 25, 25, "exact")],
    ),
    (
        "Les secours ont évacué 40 blessés vers l'hôpital de la ville.",
        [("injured", "people", 40, 40, "exact")],
    ),
    (
        "Une centaine de manifestants ont été blessés par des tirs de gaz lacrymogène, d'après "
        "les organisateurs.",
        [("injured", "people", 100, 100, "about")],
    ),
    (
        "Quatorze soldats ont été tués par l'explosion d'un engin piégé à 20 km de la ville.",
        [("killed", "combatants", 14, 14, "exact")],
    ),
    (
        "Selon l'OCHA, plus de 12 000 personnes ont été déplacées en une semaine.",
        [("displaced", "people", 12001, None, "more_than")],
    ),
    (
        "Trente-deux personnes sont mortes et 120 ont été blessées.",
        [("killed", "people", 32, 32, "exact"), ("injured", "people", 120, 120, "exact")],
    ),
    (
        "Le conflit, qui dure depuis 2011, a fait plus de 500 000 morts.",
        [("killed", "people", 500001, None, "more_than")],
    ),
    ("Deux cent cinquante détenus ont été libérés lundi par les rebelles.", []),
    (
        "Un garçon de 12 ans a été grièvement blessé par une balle perdue.",
        [("injured", "children", 1, 1, "exact")],
    ),
    ("Aucun civil n'a été blessé, a assuré l'armée.", [("injured", "civilians", 0, 0, "exact")]),
    (
        "Le 14 juillet, vers 23 h, un camion a foncé sur la foule, faisant 86 morts et 458 blessés.",
        [("killed", "people", 86, 86, "exact"), ("injured", "people", 458, 458, "exact")],
    ),
    (
        "Des milliers de personnes ont été tuées au cours des trois dernières années.",
        [("killed", "people", 2000, None, "vague")],
    ),
    (
        "L'attentat, revendiqué par l'État islamique, a fait 3 morts selon la police.",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "Il y a deux ans, 13 soldats avaient été tués dans la même région.",
        [("killed", "combatants", 13, 13, "exact")],
    ),
    (
        "Deux adolescents de 15 et 17 ans ont été blessés par des éclats d'obus.",
        [("injured", "children", 2, 2, "exact")],
    ),
    (
        "Les trois otages ont été exécutés par leurs ravisseurs.",
        [("killed", "other", 3, 3, "exact")],
    ),
    ("Les rebelles disposent de quelque 500 combattants et de 30 pick-up armés.", []),
    ("Le taux de participation a atteint 45 % malgré les menaces.", []),
    (
        "Un deuxième bilan, communiqué jeudi, fait état de 9 tués et 27 blessés.",
        [("killed", "people", 9, 9, "exact"), ("injured", "people", 27, 27, "exact")],
    ),
    (
        "Plusieurs dizaines de civils ont été blessés dans les frappes.",
        [("injured", "civilians", 24, None, "vague")],
    ),
    (
        "Six membres d'une même famille, dont quatre enfants, ont été tués dans la frappe.",
        [("killed", "people", 6, 6, "exact"), ("killed", "children", 4, 4, "exact")],
    ),
    ("L'opération a mobilisé 1 200 gendarmes et 15 hélicoptères.", []),
    (
        "Deux personnes ont été tuées et une troisième blessée, a déclaré un porte-parole.",
        [("killed", "people", 2, 2, "exact"), ("injured", "people", 1, 1, "exact")],
    ),
]

SPEAKERS: list[tuple[str, str]] = [
    ("Le bilan s'est alourdi à 47 morts, selon le ministère de la Santé.", "ministère de la Santé"),
    ("Selon un bilan de l'AFP, 31 personnes ont été tuées par des hommes armés.", "AFP"),
    ("L'attaque a coûté la vie à 14 enfants, a indiqué l'Unicef.", "Unicef"),
    ("L'armée affirme avoir abattu 40 jihadistes lors de l'opération.", "armée"),
]


def _claims(text: str) -> list[Expected]:
    return sorted(
        (c.measure, c.who, c.low, c.high, c.qualifier)  # type: ignore[misc]
        for c in extract_claims(text, "fr")
        if c.is_casualty
    )


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_reporting_is_read_as_labelled(text: str, expected: list[Expected]) -> None:
    assert _claims(text) == sorted(expected)


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_french_speakers(text: str, speaker: str) -> None:
    speakers = {c.speaker for c in extract_claims(text, "fr") if c.is_casualty}
    assert speakers and all(s and speaker in s for s in speakers)
