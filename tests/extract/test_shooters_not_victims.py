"""A counted subject that opened fire and then killed or hurt others did the harm: it is no
count of victims, also when an aside stands between it and its verb (a participle phrase, a
relative clause, a place it came on). The victims keep their count. Sentences our own, labelled
before the extractor was run on them."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    (
        "en",
        "Two men riding a motorbike opened fire on the crowd and killed four people.",
        [("killed", 4, 4)],
    ),
    (
        "en",
        "Three gunmen wearing masks opened fire at the wedding, killing six guests.",
        [("killed", 6, 6)],
    ),
    (
        "en",
        "Two men who had followed the bus opened fire and killed three passengers.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "Deux hommes ont ouvert le feu sur la foule et ont tué quatre personnes.",
        [("killed", 4, 4)],
    ),
    (
        "fr",
        "Deux hommes circulant à moto ont ouvert le feu sur un café, tuant trois clients.",
        [("killed", 3, 3)],
    ),
    (
        "fr",
        "Trois individus, qui étaient cagoulés, ont ouvert le feu sur les fidèles et ont tué cinq personnes.",
        [("killed", 5, 5)],
    ),
    (
        "es",
        "Dos hombres que viajaban en moto abrieron fuego contra la multitud y mataron a cuatro personas.",
        [("killed", 4, 4)],
    ),
    (
        "es",
        "Tres individuos encapuchados abrieron fuego contra los clientes del bar y mataron a cinco.",
        [("killed", 5, 5)],
    ),
    (
        "es",
        "Dos hombres, que llegaron en una camioneta, abrieron fuego contra la fiesta y mataron a seis jóvenes.",
        [("killed", 6, 6)],
    ),
    (
        "de",
        "Zwei Männer auf einem Motorrad eröffneten das Feuer auf die Menge und töteten vier Menschen.",
        [("killed", 4, 4)],
    ),
    (
        "de",
        "Drei Männer, die maskiert waren, eröffneten das Feuer und töteten fünf Gäste.",
        [("killed", 5, 5)],
    ),
    (
        "de",
        "Zwei Männer haben das Feuer auf ein Café eröffnet und drei Gäste getötet.",
        [("killed", 3, 3)],
    ),
    (
        "sv",
        "Två män på en motorcykel öppnade eld mot folkmassan och dödade fyra personer.",
        [("killed", 4, 4)],
    ),
    (
        "sv",
        "Tre maskerade män öppnade eld mot gästerna och dödade fem personer.",
        [("killed", 5, 5)],
    ),
    ("sv", "Två män, som kom i en bil, öppnade eld och dödade tre personer.", [("killed", 3, 3)]),
    # the victims of others' fire keep their count
    ("en", "Two men were shot dead when soldiers opened fire.", [("killed", 2, 2)]),
    ("fr", "Deux hommes ont été tués quand des soldats ont ouvert le feu.", [("killed", 2, 2)]),
    ("es", "Dos hombres murieron cuando los soldados abrieron fuego.", [("killed", 2, 2)]),
    ("de", "Zwei Männer wurden getötet, als Soldaten das Feuer eröffneten.", [("killed", 2, 2)]),
    ("sv", "Två män dödades när soldater öppnade eld.", [("killed", 2, 2)]),
    # shooters who are then killed themselves, and shooters named as the object of the killing
    ("en", "A man who opened fire on officers was shot dead by police.", [("killed", 1, 1)]),
    (
        "fr",
        "Deux hommes qui avaient ouvert le feu sur des policiers ont été abattus.",
        [("killed", 2, 2)],
    ),
    (
        "es",
        "Dos hombres que abrieron fuego contra los agentes murieron en el tiroteo.",
        [("killed", 2, 2)],
    ),
    (
        "de",
        "Zwei Männer, die das Feuer eröffnet hatten, wurden von der Polizei erschossen.",
        [("killed", 2, 2)],
    ),
    ("sv", "Två män som öppnade eld mot polisen sköts ihjäl.", [("killed", 2, 2)]),
    (
        "es",
        "Los soldados mataron a cuatro hombres que habían abierto fuego contra el mercado.",
        [("killed", 4, 4)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_shooters_are_no_victims(
    lang: str, text: str, expected: list[tuple[str, int, int]]
) -> None:
    claims = [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]
    assert sorted(claims) == sorted(expected)
