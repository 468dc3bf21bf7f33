"""French and Spanish wire reporting read as a monitor would: tolls with their qualifiers, tolls
that rise, victims named by an article, ranges and vague words, and numbers that count no
casualty (times, ages, suspects, shells, mourners, houses). Sentences our own, in the style of
agency dispatches; labelled before the extractor was run on them."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Expected = list[tuple[str, int | None, int | None]]

SPANISH: list[tuple[str, Expected]] = [
    (
        "Al menos 23 personas murieron y otras 40 resultaron heridas en un bombardeo contra un "
        "mercado de la ciudad, informaron fuentes sanitarias.",
        [("killed", 23, None), ("injured", 40, 40)],
    ),
    (
        "El ataque se cobró la vida de 17 civiles, entre ellos cinco niños.",
        [("killed", 17, 17), ("killed", 5, 5)],
    ),
    ("La cifra de muertos ascendió a 42, según el último balance oficial.", [("killed", 42, 42)]),
    (
        "Una mujer murió y otras dos personas resultaron heridas cuando un proyectil impactó en "
        "su vivienda.",
        [("killed", 1, 1), ("injured", 2, 2)],
    ),
    ("Decenas de personas resultaron heridas por la explosión.", [("injured", 24, None)]),
    ("Cientos de civiles han muerto desde el inicio de la ofensiva.", [("killed", 200, None)]),
    (
        "Los bombardeos del domingo dejaron 12 muertos y 30 heridos.",
        [("killed", 12, 12), ("injured", 30, 30)],
    ),
    (
        "Al menos 8 personas perdieron la vida en el ataque, que tuvo lugar a las 10:30 de la "
        "mañana.",
        [("killed", 8, None)],
    ),
    (
        "El 15 de marzo, 4 milicianos murieron en un enfrentamiento con el ejército.",
        [("killed", 4, 4)],
    ),
    ("Más de 300 personas siguen desaparecidas tras los combates.", [("missing", 301, None)]),
    (
        "Tres periodistas murieron en el ataque contra el edificio de la televisión.",
        [("killed", 3, 3)],
    ),
    ("El ejército mató a dos palestinos durante una redada en el campamento.", [("killed", 2, 2)]),
    ("Un niño de 12 años murió por los disparos.", [("killed", 1, 1)]),
    (
        "Los equipos de rescate recuperaron 14 cadáveres de entre los escombros.",
        [("bodies_recovered", 14, 14)],
    ),
    (
        "El balance provisional es de 9 fallecidos y una veintena de heridos.",
        [("killed", 9, 9), ("injured", 20, 20)],
    ),
    ("Entre 30 y 40 personas murieron en la masacre.", [("killed", 30, 40)]),
    ("Dos soldados y un civil murieron en el ataque.", [("killed", 2, 2), ("killed", 1, 1)]),
    ("Casi un centenar de personas han muerto en la última semana.", [("killed", 100, 100)]),
    ("Las fuerzas de seguridad detuvieron a 15 sospechosos tras el atentado.", []),
    ("Más de 2.000 personas asistieron al funeral de las víctimas.", []),
    ("Un total de 45 proyectiles cayeron sobre la ciudad durante la noche.", []),
    (
        "Al menos 60 personas han muerto y más de 100 han resultado heridas, informó el ministerio.",
        [("killed", 60, None), ("injured", 101, None)],
    ),
    ("El hospital de la ciudad recibió a 25 heridos tras el ataque.", [("injured", 25, 25)]),
    ("Murieron 11 personas, entre ellas tres mujeres.", [("killed", 11, 11), ("killed", 3, 3)]),
    ("El número de víctimas mortales se eleva ya a 73.", [("killed", 73, 73)]),
    ("Una docena de personas resultaron heridas de diversa consideración.", [("injured", 12, 12)]),
    (
        "La ofensiva se ha cobrado ya más de 1.200 vidas, la mayoría de ellas civiles.",
        [("killed", 1201, None)],
    ),
    ("Fuentes hospitalarias elevaron a 19 el número de fallecidos.", [("killed", 19, 19)]),
    ("Seis miembros de una misma familia perdieron la vida.", [("killed", 6, 6)]),
    ("Los heridos, una treintena, fueron trasladados a centros médicos.", [("injured", 30, 30)]),
    ("El atentado, que causó 14 muertos, fue reivindicado por el grupo.", [("killed", 14, 14)]),
    ("Según la ONU, al menos 1.500 civiles han muerto desde enero.", [("killed", 1500, None)]),
    ("Ningún civil resultó herido, según el ejército.", [("injured", 0, 0)]),
    ("La violencia ha dejado más de 200 muertos en lo que va de año.", [("killed", 201, None)]),
    ("Murió un policía y otros cuatro resultaron heridos.", [("killed", 1, 1), ("injured", 4, 4)]),
    (
        "Al menos siete personas, entre ellas dos menores, murieron.",
        [("killed", 7, None), ("killed", 2, 2)],
    ),
    ("Las autoridades confirmaron la muerte de 33 personas.", [("killed", 33, 33)]),
    (
        "El bombardeo causó la muerte de nueve personas e hirió a otras 20.",
        [("killed", 9, 9), ("injured", 20, 20)],
    ),
    (
        "Fueron hallados los cuerpos de 11 personas en una fosa común.",
        [("bodies_recovered", 11, 11)],
    ),
    ("Trece personas fueron asesinadas a tiros en un bar.", [("killed", 13, 13)]),
]

FRENCH: list[tuple[str, Expected]] = [
    (
        "Au moins 23 personnes ont été tuées et 40 autres blessées dans une frappe contre un "
        "marché, selon des sources médicales.",
        [("killed", 23, None), ("injured", 40, 40)],
    ),
    ("Le bilan s'est alourdi à 42 morts, selon le ministère de la Santé.", [("killed", 42, 42)]),
    (
        "Une femme a été tuée et deux personnes blessées par un obus.",
        [("killed", 1, 1), ("injured", 2, 2)],
    ),
    ("Des dizaines de personnes ont été blessées dans l'explosion.", [("injured", 24, None)]),
    (
        "Les frappes de dimanche ont fait 12 morts et 30 blessés.",
        [("killed", 12, 12), ("injured", 30, 30)],
    ),
    (
        "Au moins huit personnes ont péri dans l'attaque, survenue vers 10h30.",
        [("killed", 8, None)],
    ),
    ("Trois journalistes ont été tués dans le bombardement.", [("killed", 3, 3)]),
    ("Les secouristes ont retiré 14 corps des décombres.", [("bodies_recovered", 14, 14)]),
    (
        "Le bilan provisoire fait état de neuf morts et d'une vingtaine de blessés.",
        [("killed", 9, 9), ("injured", 20, 20)],
    ),
    ("Entre 30 et 40 personnes ont été tuées lors du massacre.", [("killed", 30, 40)]),
    ("Deux soldats et un civil ont été tués.", [("killed", 2, 2), ("killed", 1, 1)]),
    ("Près d'une centaine de personnes sont mortes depuis une semaine.", [("killed", 100, 100)]),
    ("Plus de 2 000 personnes ont assisté aux funérailles des victimes.", []),
    ("Quinze suspects ont été arrêtés par la police.", []),
    (
        "Au moins 60 personnes ont été tuées et plus de 100 blessées, a annoncé le ministère.",
        [("killed", 60, None), ("injured", 101, None)],
    ),
    (
        "L'attaque a coûté la vie à 17 civils, dont cinq enfants.",
        [("killed", 17, 17), ("killed", 5, 5)],
    ),
    ("Un enfant de 12 ans a été tué par balle.", [("killed", 1, 1)]),
    ("Une trentaine de maisons ont été détruites.", []),
    ("Le nombre de morts est passé à 73.", [("killed", 73, 73)]),
    ("Une dizaine de personnes ont été légèrement blessées.", [("injured", 10, 10)]),
    (
        "L'offensive a déjà fait plus de 1 200 morts, en majorité des civils.",
        [("killed", 1201, None)],
    ),
    ("Des sources hospitalières ont porté à 19 le nombre de morts.", [("killed", 19, 19)]),
    ("Six membres d'une même famille ont perdu la vie.", [("killed", 6, 6)]),
    ("Les blessés, une trentaine, ont été évacués vers des hôpitaux.", [("injured", 30, 30)]),
    ("L'attentat, qui a fait 14 morts, a été revendiqué par le groupe.", [("killed", 14, 14)]),
    ("Selon l'ONU, au moins 1 500 civils ont été tués depuis janvier.", [("killed", 1500, None)]),
    ("Aucun civil n'a été blessé, selon l'armée.", [("injured", 0, 0)]),
    ("Un policier a été tué et quatre autres blessés.", [("killed", 1, 1), ("injured", 4, 4)]),
    (
        "Au moins sept personnes, dont deux mineurs, ont été tuées.",
        [("killed", 7, None), ("killed", 2, 2)],
    ),
    ("Les autorités ont confirmé la mort de 33 personnes.", [("killed", 33, 33)]),
    (
        "La frappe a tué neuf personnes et en a blessé 20 autres.",
        [("killed", 9, 9), ("injured", 20, 20)],
    ),
    (
        "Les corps de 11 personnes ont été découverts dans une fosse commune.",
        [("bodies_recovered", 11, 11)],
    ),
    ("Treize personnes ont été abattues dans un bar.", [("killed", 13, 13)]),
    ("Le bilan humain s'élève désormais à 250 tués.", [("killed", 250, 250)]),
]


def _read(text: str, lang: str) -> Expected:
    claims = [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]
    return sorted(claims, key=repr)


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_spanish_wire(text: str, expected: Expected) -> None:
    assert _read(text, "es") == sorted(expected, key=repr)


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_wire(text: str, expected: Expected) -> None:
    assert _read(text, "fr") == sorted(expected, key=repr)
