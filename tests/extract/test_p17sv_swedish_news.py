"""p17sv: classes seen in real Swedish news (the p17 probe's explore half), on sentences of our
own, labelled before the extractor ran on them. Language-neutral classes carry guards in other
languages."""

from __future__ import annotations

import pytest

from tests.extract.gold_claims import Gold, assert_claims_are_gold, gold_cases

K, H = "killed", "injured"

ROWS: list[tuple[str, str, str, Gold]] = [
    # one person taken to hospital "but died" there: killed, once, not hurt
    (
        "hosp_died_sv1",
        "sv",
        "Kvinnan fördes till sjukhus men avled under kvällen.",
        [(K, 1, 1, "women")],
    ),
    (
        "hosp_died_sv2",
        "sv",
        "Pojken fördes med ambulans till sjukhuset men dog där.",
        [(K, 1, 1, "children")],
    ),
    (
        "hosp_died_sv3",
        "sv",
        "En äldre man fördes till sjukhus men avled senare.",
        [(K, 1, 1, "men")],
    ),
    (
        "hosp_died_en_guard",
        "en",
        "The cyclist was taken to hospital but died on Tuesday.",
        [(K, 1, 1, None)],
    ),
    # "his life could not be saved" after a trip to hospital: dead
    (
        "life_not_saved_sv1",
        "sv",
        "Pojken fördes till sjukhus men hans liv gick inte att rädda.",
        [(K, 1, 1, "children")],
    ),
    (
        "life_not_saved_sv2",
        "sv",
        "Kvinnan kördes till lasarettet, men hennes liv gick inte att rädda.",
        [(K, 1, 1, "women")],
    ),
    (
        "life_not_saved_sv3",
        "sv",
        "Föraren fördes med helikopter till sjukhus men hans liv kunde inte räddas.",
        [(K, 1, 1, None)],
    ),
    # a lone person named by a wound adjective whose own verb is one of dying: killed, not hurt
    (
        "wounded_adj_died_sv1",
        "sv",
        "Under morgonen avled den knivskadade kvinnan.",
        [(K, 1, 1, "women")],
    ),
    (
        "wounded_adj_died_sv2",
        "sv",
        "Den skottskadade pojken dog senare på sjukhuset.",
        [(K, 1, 1, "children")],
    ),
    (
        "wounded_adj_died_sv3",
        "sv",
        "På lördagen avled den svårt skadade föraren.",
        [(K, 1, 1, None)],
    ),
    ("wounded_adj_died_en", "en", "Later that night the wounded man died.", [(K, 1, 1, "men")]),
    (
        "wounded_adj_died_de",
        "de",
        "Der verletzte Mann starb später im Krankenhaus.",
        [(K, 1, 1, "men")],
    ),
    # a killer named by a wound adjective is no victim of his own verb
    (
        "wounded_adj_killer_guard",
        "sv",
        "Den skadade mannen dödade två personer.",
        [(H, 1, 1, "men"), (K, 2, 2, None)],
    ),
    # one person hurt, then dead in a later sentence by a pronoun or a definite noun: one death
    (
        "hurt_then_dead_sv1",
        "sv",
        "En man hittades skottskadad i ett trapphus. Han avled senare under natten.",
        [(K, 1, 1, None)],
    ),
    (
        "hurt_then_dead_sv2",
        "sv",
        "En kvinna hittades knivskadad i en lägenhet. Kvinnan avled på sjukhuset.",
        [(K, 1, 1, "women")],
    ),
    (
        "hurt_then_dead_sv3",
        "sv",
        "En man hittades skadad vid busshållplatsen. Mannen fördes till sjukhus, men hans liv gick inte att rädda.",
        [(K, 1, 1, None)],
    ),
    (
        "hurt_then_dead_en",
        "en",
        "A man was seriously injured in the blast. He died later in hospital.",
        [(K, 1, 1, None)],
    ),
    (
        "hurt_then_dead_de",
        "de",
        "Ein Mann wurde schwer verletzt. Er starb später im Krankenhaus.",
        [(K, 1, 1, None)],
    ),
    (
        "hurt_then_dead_fr",
        "fr",
        "Un homme a été grièvement blessé. Il est mort plus tard à l'hôpital.",
        [(K, 1, 1, None)],
    ),
    # guards: someone else dies, or the dead are two
    (
        "hurt_other_dead_guard_sv",
        "sv",
        "En man skadades svårt i explosionen. En kvinna avled på platsen.",
        [(H, 1, 1, "men"), (K, 1, 1, "women")],
    ),
    (
        "hurt_other_dead_guard_en",
        "en",
        "A man was injured in the blast. A woman died at the scene.",
        [(H, 1, 1, "men"), (K, 1, 1, "women")],
    ),
    (
        "hurt_wife_dead_guard_sv",
        "sv",
        "En man skadades lindrigt. Hans fru avled på platsen.",
        [(H, 1, 1, "men"), (K, 1, 1, "women")],
    ),
    (
        "hurt_other_noun_dead_guard_sv",
        "sv",
        "En väktare skadades i skottlossningen. Föraren avled senare på sjukhus.",
        [(H, 1, 1, None), (K, 1, 1, None)],
    ),
    (
        "hurt_other_noun_dead_guard_en",
        "en",
        "A guard was wounded in the shooting. The driver died later in hospital.",
        [(H, 1, 1, None), (K, 1, 1, None)],
    ),
    (
        "hurt_then_dead_same_noun_en",
        "en",
        "A woman was injured in the attack. The woman died on Monday.",
        [(K, 1, 1, "women")],
    ),
    # a bare "one" dead after "and", with "mist/miste livet"
    (
        "one_lost_life_sv1",
        "sv",
        "Sex personer har skadats och en har mist livet.",
        [(H, 6, 6, None), (K, 1, 1, None)],
    ),
    (
        "one_lost_life_sv2",
        "sv",
        "I Lviv skadades 14 personer och en miste livet.",
        [(H, 14, 14, None), (K, 1, 1, None)],
    ),
    (
        "one_lost_life_sv3",
        "sv",
        "En har mist livet och tre har skadats i olyckan.",
        [(K, 1, 1, None), (H, 3, 3, None)],
    ),
    # suspects arrested after a killing are alive and held
    (
        "arrested_sv1",
        "sv",
        "En man sköts ihjäl i Rinkeby och polisen har gripit två misstänkta gärningsmän.",
        [(K, 1, 1, "men")],
    ),
    (
        "arrested_sv2",
        "sv",
        "Tre personer skadades och polisen har anhållit två misstänkta män.",
        [(H, 3, 3, None)],
    ),
    (
        "arrested_sv3",
        "sv",
        "En kvinna dödades i natt och polisen har gripit en av tre misstänkta.",
        [(K, 1, 1, "women")],
    ),
    # a part of the hurt told by its admission to hospital is no count of its own (sv14)
    (
        "part_admitted_sv1",
        "sv",
        "Enligt polisen skadades 23 personer, varav nio har lagts in på sjukhus.",
        [(H, 23, 23, None)],
    ),
    (
        "part_admitted_sv2",
        "sv",
        "Tolv personer skadades, varav fyra lades in på sjukhus.",
        [(H, 12, 12, None)],
    ),
    (
        "part_admitted_sv3",
        "sv",
        "Ett trettiotal människor skadades i explosionen, varav sex har lagts in på sjukhuset.",
        [(H, 30, 30, None)],
    ),
    (
        "part_admitted_of_them_sv",
        "sv",
        "Fyra personer skadades och två av dem har lagts in på sjukhus.",
        [(H, 4, 4, None)],
    ),
    # the whole a part is taken from, owned by someone named indefinitely: no count
    (
        "indefinite_owner_sv1",
        "sv",
        "Under natten dödades sex av en bondes åtta barn.",
        [(K, 6, 6, None)],
    ),
    (
        "indefinite_owner_sv2",
        "sv",
        "I attacken dödades fyra av en läkares sju barn.",
        [(K, 4, 4, None)],
    ),
    (
        "indefinite_owner_sv3",
        "sv",
        "Tre av en lärares fem barn omkom i branden.",
        [(K, 3, 3, None)],
    ),
    (
        "definite_owner_guard_sv",
        "sv",
        "Nio av familjens tio barn dödades.",
        [(K, 9, 9, None)],
    ),
    # an explicit zero of a staff compound
    ("zero_staff_sv1", "sv", "Ingen polispersonal skadades vid attacken.", [(H, 0, 0, None)]),
    ("zero_staff_sv2", "sv", "Ingen vårdpersonal kom till skada.", [(H, 0, 0, None)]),
    ("zero_staff_sv3", "sv", "Ingen räddningspersonal skadades i branden.", [(H, 0, 0, None)]),
]

GAPS: dict[str, str] = {
    "part_admitted_of_them_sv": "a part admitted to hospital after 'av dem' is read as a count",
    "part_admitted_sv1": "a part admitted to hospital after 'varav' is read as a count",
    "part_admitted_sv2": "a part admitted to hospital after 'varav' is read as a count",
    "part_admitted_sv3": "a part admitted to hospital after 'varav' is read as a count",
    "indefinite_owner_sv1": "the whole after 'av en <genitive>' is read as killed",
    "indefinite_owner_sv2": "the whole after 'av en <genitive>' is read as killed",
    "indefinite_owner_sv3": "the whole after 'av en <genitive>' is read as killed",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(ROWS, GAPS))
def test_p17sv_swedish_news(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)
