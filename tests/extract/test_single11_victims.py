"""Victims counted without a numeral (branch single11), in all six languages: sentences we
wrote ourselves and labelled before running the extractor; names, places and figures invented.

Real reporting often counts victims with an article ("una mujer murió"), a dual (مواطنان = 2),
a coordination ("a policeman and two civilians" = 3, "the driver and his son" = 2), or a word
like "another" / "a second" / "one of the citizens" (= 1). Traps: articles and words that do
not count victims ("a number of", "a group of", "a total of 12", "a family of five" = 5, the
killer in "a man who killed two people", "a father of three" = 1, an age).

Each case: (lang, text, expected casualty claims as (measure, low, high, who)); ``who`` None
means the category is not checked.
"""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract import extract_claims

PUBLISHED = dt.date(2024, 6, 30)

Expected = tuple[str, int | None, int | None, str | None]


def _param(lang: str, text: str, expected: list[Expected], gap: str | None = None) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(lang, text, expected, marks=marks, id=f"{lang}-{text[:40]}")


CASES = [
    # English
    _param(
        "en", "Gunmen killed a village head in the district on Monday.", [("killed", 1, 1, None)]
    ),
    _param(
        "en",
        "A policeman and two civilians were wounded in the blast.",
        [("injured", 2, 2, "civilians"), ("injured", 3, 3, None)],
    ),
    _param(
        "en",
        "The driver and his son died when the shell hit their car.",
        [("killed", 1, 1, None), ("killed", 2, 2, None)],
    ),
    _param("en", "A father of three was shot dead outside his home.", [("killed", 1, 1, "men")]),
    _param(
        "en",
        "A 12-year-old boy was killed by a stray bullet.",
        [("killed", 1, 1, "children")],
    ),
    _param(
        "en",
        "Another man was wounded in a second attack later that day.",
        [("injured", 1, 1, "men")],
    ),
    _param("en", "A second victim died in hospital on Friday.", [("killed", 1, 1, None)]),
    _param(
        "en",
        "A family of five was killed when the house collapsed.",
        [("killed", 5, 5, None)],
    ),
    _param(
        "en",
        "A man who killed two people at a market was arrested.",
        [("killed", 2, 2, "people")],
    ),
    _param("en", "One of the injured died overnight, the hospital said.", [("killed", 1, 1, None)]),
    _param(
        "en",
        "Seven people were killed, and a child was among the dead.",
        [("killed", 1, 1, "children"), ("killed", 7, 7, "people")],
    ),
    _param("en", "A number of people were hurt when the roof fell.", []),
    _param(
        "en",
        "A group of gunmen attacked the checkpoint, killing a soldier.",
        [("killed", 1, 1, "combatants")],
    ),
    _param(
        "en",
        "A crowd gathered as a total of 12 bodies were pulled from the rubble.",
        [("bodies_recovered", 12, 12, None)],
    ),
    _param(
        "en",
        "A woman and her two daughters were killed in the strike.",
        [("killed", 1, 1, "women"), ("killed", 2, 2, "children"), ("killed", 3, 3, None)],
    ),
    _param("en", "A doctor and a visitor were injured in the attack.", [("injured", 2, 2, None)]),
    _param("en", "A man had killed a woman.", [("killed", 1, 1, "women")]),
    _param("en", "The driver and his passenger died at the scene.", [("killed", 2, 2, None)]),
    _param("en", "A mother of two died in the strike.", [("killed", 1, 1, "women")]),
    _param(
        "en",
        "Five people were injured. One of the wounded died overnight.",
        [("injured", 5, 5, "people"), ("killed", 1, 1, None)],
    ),
    # French
    _param(
        "fr",
        "Un assaillant a été neutralisé par les forces de sécurité.",
        [("killed", 1, 1, "other")],
        "'neutralisé' is killed or arrested; no verb of the fr pack reads it yet",
    ),
    _param(
        "fr",
        "Une femme a été tuée et un enfant blessé dans le bombardement.",
        [("injured", 1, 1, "children"), ("killed", 1, 1, "women")],
    ),
    _param(
        "fr",
        "Un enfant et sa mère ont péri dans l'incendie de leur maison.",
        [("killed", 1, 1, "children"), ("killed", 1, 1, "women"), ("killed", 2, 2, None)],
        "the lone child before a possessive companion is dropped, not kept as a part",
    ),
    _param(
        "fr",
        "Un policier et deux civils ont été blessés lors de l'explosion.",
        [("injured", 2, 2, "civilians"), ("injured", 3, 3, None)],
    ),
    _param("fr", "Un homme de 45 ans a été abattu devant son domicile.", [("killed", 1, 1, "men")]),
    _param(
        "fr",
        "Un autre homme a succombé à ses blessures à l'hôpital.",
        [("killed", 1, 1, "men")],
    ),
    _param("fr", "Une deuxième victime est décédée dans la nuit.", [("killed", 1, 1, None)]),
    _param(
        "fr",
        "Une famille de cinq personnes a été tuée dans la frappe.",
        [("killed", 5, 5, None)],
    ),
    _param(
        "fr",
        "Un homme qui avait tué deux personnes a été arrêté.",
        [("killed", 2, 2, "people")],
    ),
    _param(
        "fr",
        "Un groupe d'hommes armés a attaqué le village, tuant un berger.",
        [("killed", 1, 1, None)],
    ),
    _param("fr", "Un certain nombre de personnes ont été blessées.", []),
    _param("fr", "Le chauffeur et son fils ont été tués sur le coup.", [("killed", 2, 2, None)]),
    _param("fr", "Un père de trois enfants a été tué par balle.", [("killed", 1, 1, "men")]),
    _param("fr", "L'un des blessés est mort dans la nuit.", [("killed", 1, 1, None)]),
    _param("fr", "Le chauffeur et son passager ont été tués.", [("killed", 2, 2, None)]),
    _param(
        "fr",
        "L'homme qui avait tué une femme a été arrêté.",
        [("killed", 1, 1, "women")],
    ),
    # Spanish
    _param("es", "Una mujer murió tras el ataque en el mercado.", [("killed", 1, 1, "women")]),
    _param("es", "El conductor y su acompañante fallecieron en el acto.", [("killed", 2, 2, None)]),
    _param("es", "Un taxista y su pasajero murieron baleados.", [("killed", 2, 2, None)]),
    _param(
        "es",
        "Un policía y dos civiles resultaron heridos en la explosión.",
        [("injured", 2, 2, "civilians"), ("injured", 3, 3, None)],
    ),
    _param("es", "Un niño de 12 años murió por una bala perdida.", [("killed", 1, 1, "children")]),
    _param("es", "Otro hombre resultó herido de gravedad.", [("injured", 1, 1, "men")]),
    _param("es", "Una segunda víctima falleció en el hospital.", [("killed", 1, 1, None)]),
    _param(
        "es",
        "Un padre de tres hijos fue asesinado a tiros frente a su casa.",
        [("killed", 1, 1, "men")],
    ),
    _param("es", "Una familia de cinco miembros murió en el incendio.", [("killed", 5, 5, None)]),
    _param("es", "Un hombre que mató a dos personas fue detenido.", [("killed", 2, 2, "people")]),
    _param("es", "Uno de los heridos murió durante la noche.", [("killed", 1, 1, None)]),
    _param("es", "Un hombre que mató a una mujer fue detenido.", [("killed", 1, 1, "women")]),
    _param(
        "es",
        "Un grupo de hombres armados asesinó a un líder comunitario.",
        [("killed", 1, 1, None)],
    ),
    _param(
        "es",
        "Un total de 12 cuerpos fueron recuperados.",
        [("bodies_recovered", 12, 12, None)],
    ),
    _param(
        "es",
        "Un soldado murió y otro resultó herido.",
        [("injured", 1, 1, "combatants"), ("killed", 1, 1, "combatants")],
    ),
    _param(
        "es",
        "Varias personas resultaron heridas y una mujer murió.",
        [("injured", 3, None, "people"), ("killed", 1, 1, "women")],
    ),
    # German
    _param("de", "Eine Ärztin und ein Besucher wurden verletzt.", [("injured", 2, 2, None)]),
    _param("de", "Ein Mann wurde bei dem Angriff getötet.", [("killed", 1, 1, "men")]),
    _param("de", "Der Fahrer und sein Beifahrer starben.", [("killed", 2, 2, None)]),
    _param(
        "de",
        "Ein weiterer Mensch erlag seinen Verletzungen im Krankenhaus.",
        [("killed", 1, 1, "people")],
    ),
    _param(
        "de",
        "Ein Polizist und zwei Zivilisten wurden verwundet.",
        [("injured", 2, 2, "civilians"), ("injured", 3, 3, None)],
    ),
    _param(
        "de",
        "Der Fahrer und sein Sohn kamen ums Leben.",
        [("killed", 2, 2, None)],
    ),
    _param(
        "de",
        "Ein zwölfjähriger Junge wurde von einer Kugel getroffen und starb.",
        [("killed", 1, 1, "children")],
    ),
    _param("de", "Ein Vater von drei Kindern wurde erschossen.", [("killed", 1, 1, "men")]),
    _param("de", "Eine fünfköpfige Familie wurde getötet.", [("killed", 5, 5, None)]),
    _param("de", "Eine Familie mit fünf Mitgliedern wurde getötet.", [("killed", 5, 5, None)]),
    _param(
        "de",
        "Ein Mann, der zwei Menschen getötet hatte, wurde festgenommen.",
        [("killed", 2, 2, "people")],
    ),
    _param("de", "Einer der Verletzten starb in der Nacht.", [("killed", 1, 1, None)]),
    _param(
        "de",
        "Eine Gruppe Bewaffneter überfiel das Dorf und tötete einen Hirten.",
        [("killed", 1, 1, None)],
    ),
    _param("de", "Eine Reihe von Menschen wurde leicht verletzt.", []),
    _param("de", "Ein Angreifer wurde von der Polizei erschossen.", [("killed", 1, 1, "other")]),
    _param(
        "de",
        "Eine Frau starb, ein Kind wurde schwer verletzt.",
        [("injured", 1, 1, "children"), ("killed", 1, 1, "women")],
    ),
    # Swedish
    _param(
        "sv",
        "Ett barn och en kvinna dödades i attacken.",
        [("killed", 1, 1, "children"), ("killed", 1, 1, "women"), ("killed", 2, 2, None)],
    ),
    _param("sv", "En man sköts ihjäl utanför sitt hem.", [("killed", 1, 1, "men")]),
    _param(
        "sv",
        "En polis och två civila skadades i explosionen.",
        [("injured", 2, 2, "civilians"), ("injured", 3, 3, None)],
    ),
    _param(
        "sv",
        "Föraren och hans son omkom i olyckan.",
        [("killed", 1, 1, None), ("killed", 2, 2, None)],
    ),
    _param("sv", "En tolvårig pojke dödades av en förlupen kula.", [("killed", 1, 1, "children")]),
    _param("sv", "Ytterligare en man avled senare på sjukhuset.", [("killed", 1, 1, "men")]),
    _param("sv", "En andra person har avlidit av sina skador.", [("killed", 1, 1, "people")]),
    _param("sv", "En familj på fem personer dödades i flyganfallet.", [("killed", 5, 5, None)]),
    _param("sv", "En man som dödat två personer har gripits.", [("killed", 2, 2, "people")]),
    _param("sv", "En av de skadade har avlidit.", [("killed", 1, 1, None)]),
    _param(
        "sv",
        "En grupp beväpnade män anföll byn och dödade en herde.",
        [("killed", 1, 1, None)],
    ),
    _param("sv", "Ett antal personer skadades lindrigt.", []),
    _param("sv", "En trebarnspappa sköts till döds.", [("killed", 1, 1, "men")]),
    _param("sv", "Föraren och hans passagerare omkom.", [("killed", 2, 2, None)]),
    _param(
        "sv",
        "En soldat dödades och en annan skadades.",
        [("injured", 1, 1, "combatants"), ("killed", 1, 1, "combatants")],
    ),
    # Arabic
    _param("ar", "استشهد مواطنان في قصف على البلدة.", [("killed", 2, 2, "people")]),
    _param("ar", "أصيب أحد المواطنين بجروح في القصف.", [("injured", 1, 1, "people")]),
    _param("ar", "إصابة مواطن برصاص الاحتلال.", [("injured", 1, 1, "people")]),
    _param(
        "ar",
        "قتل طفل وأصيبت امرأة في الغارة.",
        [("injured", 1, 1, "women"), ("killed", 1, 1, "children")],
    ),
    _param("ar", "استشهد شاب وأصيب آخر بجروح.", [("injured", 1, 1, None), ("killed", 1, 1, None)]),
    _param("ar", "قتل رجل وزوجته في القصف.", [("killed", 2, 2, None)]),
    _param(
        "ar",
        "أصيب شرطي ومدنيان في الانفجار.",
        [("injured", 2, 2, "civilians"), ("injured", 3, 3, None)],
    ),
    _param(
        "ar",
        "استشهد طفل وامرأتان في القصف.",
        # the lone child stays beside the total, as "a woman and two children" keeps the woman
        # in every other pack (coordinated.py: a part category) (arde15)
        [("killed", 1, 1, "children"), ("killed", 2, 2, "women"), ("killed", 3, 3, None)],
    ),
    _param(
        "ar",
        "استشهد طفلان وأصيب ثلاثة آخرون.",
        [("injured", 3, 3, None), ("killed", 2, 2, "children")],
    ),
    _param("ar", "اعتقلت الشرطة رجلا قتل شخصين.", [("killed", 2, 2, "people")]),
    _param("ar", "توفي أحد الجرحى متأثرا بجراحه.", [("killed", 1, 1, None)]),
    _param("ar", "أصيب عدد من المواطنين بجروح.", []),
    _param("ar", "استشهدت عائلة مكونة من خمسة أفراد.", [("killed", 5, 5, None)]),
    _param(
        "ar",
        "قتل جندي إسرائيلي وأصيب اثنان آخران.",
        [("injured", 2, 2, "combatants"), ("killed", 1, 1, "combatants")],
    ),
    _param("ar", "استشهد طفل يبلغ من العمر 12 عاما.", [("killed", 1, 1, "children")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_victims_counted_without_a_numeral(lang: str, text: str, expected: list[Expected]) -> None:
    claims = [c for c in extract_claims(text, lang, PUBLISHED) if c.is_casualty]
    got = sorted((c.measure, c.low, c.high) for c in claims)
    assert got == sorted((m, lo, hi) for m, lo, hi, _ in expected)
    for measure, low, high, who in expected:
        if who is None:
            continue
        whos = {c.who for c in claims if (c.measure, c.low, c.high) == (measure, low, high)}
        assert who in whos, (measure, low, high, whos)
