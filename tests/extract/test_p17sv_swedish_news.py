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
        "En skadad person hittades vid busshållplatsen. Mannen fördes till sjukhus, men hans liv gick inte att rädda.",
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
    # an explicit zero of a staff compound
    ("zero_staff_sv1", "sv", "Ingen polispersonal skadades vid attacken.", [(H, 0, 0, None)]),
    ("zero_staff_sv2", "sv", "Ingen vårdpersonal kom till skada.", [(H, 0, 0, None)]),
    ("zero_staff_sv3", "sv", "Ingen räddningspersonal skadades i branden.", [(H, 0, 0, None)]),
]

GAPS = {
    "hosp_died_sv1": "harmed trip to hospital before a death after 'men' stays hurt",
    "hosp_died_sv2": "harmed trip to hospital before a death after 'men' stays hurt",
    "hosp_died_sv3": "harmed trip to hospital before a death after 'men' stays hurt",
    "life_not_saved_sv1": "'hans liv gick inte att rädda' is no death phrase",
    "life_not_saved_sv2": "'hennes liv gick inte att rädda' is no death phrase",
    "life_not_saved_sv3": "'hans liv kunde inte räddas' is no death phrase",
    "wounded_adj_died_sv1": "wound adjective of a lone victim read as hurt",
    "wounded_adj_died_sv2": "wound adjective of a lone victim read as hurt",
    "wounded_adj_died_sv3": "wound adjective of a lone victim read as hurt",
    "wounded_adj_died_en": "wound adjective of a lone victim read as hurt",
    "wounded_adj_died_de": "wound adjective of a lone victim read as hurt",
    "hurt_then_dead_sv1": "hurt, then dead by a pronoun: counted twice",
    "hurt_then_dead_sv2": "hurt, then dead by a definite noun: counted twice",
    "hurt_then_dead_sv3": "hurt, then dead after a hospital trip: counted as hurt",
    "hurt_then_dead_en": "hurt, then dead by a pronoun: counted twice",
    "hurt_then_dead_de": "hurt, then dead by a pronoun: counted twice",
    "hurt_then_dead_fr": "hurt, then dead by a pronoun: counted twice",
    "one_lost_life_sv1": "'en' before 'har mist livet' is no person",
    "one_lost_life_sv2": "'en' before 'miste livet' is no person",
    "one_lost_life_sv3": "'En' before 'har mist livet' is no person",
    "arrested_sv1": "suspects after 'har gripit' take the death verb before",
    "arrested_sv2": "suspects after 'har anhållit' take the hurt verb before",
    "zero_staff_sv1": "'polispersonal' is no person noun",
    "zero_staff_sv2": "'vårdpersonal' is no person noun",
    "zero_staff_sv3": "'räddningspersonal' is no person noun",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(ROWS, GAPS))
def test_p17sv_swedish_news(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)
