"""p17sv: classes seen in real Swedish news (the p17 probe's explore half), on sentences of our
own, labelled before the extractor ran on them. Language-neutral classes carry guards in other
languages."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
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
        "Pojken fördes till sjukhuset i Umeå men hans liv gick ej att rädda.",
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
        "En man hittades skadad vid busshållplatsen. Mannen kördes till sjukhuset, men hans liv kunde inte räddas.",
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
        "Vid krocken har sex personer skadats och en har mist livet.",
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
        "Enligt polisen skadades 23 personer i olyckan, varav elva har lagts in på sjukhus.",
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

GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(ROWS, GAPS))
def test_p17sv_swedish_news(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)


# text-TV and easy-read copy wrap a sentence over short lines: a line break inside a sentence
# (no stop before it, a lower-case word after it) joins its words as a space would
WRAPPED: list[tuple[str, str, str, tuple[str, int, str]]] = [
    (
        "wrapped_sv1",
        "sv",
        "Enligt regionala\nmyndigheter skadades 19 personer\ni hamnstaden.",
        ("injured", 19, "myndigheter"),
    ),
    (
        "wrapped_sv2",
        "sv",
        "Elva personer har dödats\ni en attack mot en marknad, uppger\nen talesperson för polisen.",
        ("killed", 11, "talesperson"),
    ),
    (
        "wrapped_sv3",
        "sv",
        "Ytterligare 14 personer skadades när\nbyggnaden rasade, uppger Anna Exempel,\nborgmästare i staden.",
        ("injured", 14, "Anna Exempel"),
    ),
    (
        "wrapped_en",
        "en",
        "Eleven people were killed in\nthe attack, a police spokesman\ntold reporters.",
        ("killed", 11, "police spokesman"),
    ),
    (
        "wrapped_de",
        "de",
        "Bei dem Angriff wurden elf Menschen\ngetötet, sagte ein Sprecher der Polizei.",
        ("killed", 11, "Polizei"),
    ),
]
WRAPPED_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "want"), gold_cases(WRAPPED, WRAPPED_GAPS))
def test_p17sv_wrapped_lines(lang: str, text: str, want: tuple[str, int, str]) -> None:
    measure, low, speaker = want
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    found = [c for c in claims if (c.measure, c.low) == (measure, low)]
    assert len(claims) == 1 and found, claims
    assert speaker in (found[0].speaker or ""), found[0].speaker
    assert found[0].quote in text


# a quotation opened by a dash and closed by its speaker after several sentences ("– Först
# dödades två. Den tredje dog senare, säger X."): the speaker speaks for the whole paragraph
DASHED: list[tuple[str, str, str, list[tuple[str, int, str | None]]]] = [
    (
        "dash_quote_sv1",
        "sv",
        "– Först dödades två soldater. Den tredje dog senare, säger polisbefälet Anna Exempel.",
        [("killed", 2, "Anna Exempel")],
    ),
    (
        "dash_quote_sv2",
        "sv",
        "Branden spred sig snabbt.\n\n– Fyra personer skadades. Det var fruktansvärt att se, säger räddningsledaren Per Exempel.",
        [("injured", 4, "Per Exempel")],
    ),
    (
        "dash_quote_sv3",
        "sv",
        "– Sju människor har dödats i byn. Vi vet inte vem som sköt. Alla är rädda, berättar Karl Exempel.",
        [("killed", 7, "Karl Exempel")],
    ),
    (
        "title_priest_sv",
        "sv",
        "Sju människor har dödats i byn, säger prästen Karl Exempel.",
        [("killed", 7, "Karl Exempel")],
    ),
    (
        "dash_quote_own_speaker_guard",
        "sv",
        "– Enligt sjukhuset har sex personer dödats. Vi väntar på mer besked, säger borgmästaren Eva Exempel.",
        [("killed", 6, "sjukhuset")],
    ),
    (
        "wrapped_before_quote_sv",
        "sv",
        'Strider i provinsen\nEn myndighetsföreträdare säger att\n"37 rebeller" har dödats.',
        [("killed", 37, "myndighetsföreträdare")],
    ),
    (
        "wrapped_before_number_sv",
        "sv",
        "Olycka på motorvägen\nAmbulansförbundet uppger att\n12 personer har skadats.",
        [("injured", 12, "Ambulansförbundet")],
    ),
    (
        "wrapped_before_number_sv2",
        "sv",
        "Oroligheter i huvudstaden\nEnligt polisen har två personer dödats och\n35 skadats i upploppen.",
        [("killed", 2, "polisen"), ("injured", 35, "polisen")],
    ),
]
DASHED_GAPS = {
    "title_priest_sv": "a priest's title before a name is no speaker (a lone victim noun)",
}


@pytest.mark.parametrize(("lang", "text", "want"), gold_cases(DASHED, DASHED_GAPS))
def test_p17sv_dash_quotes(lang: str, text: str, want: list[tuple[str, int, str | None]]) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert sorted((c.measure, c.low) for c in claims) == sorted((m, n) for m, n, _ in want)
    for measure, low, speaker in want:
        c = next(c for c in claims if (c.measure, c.low) == (measure, low))
        assert speaker in (c.speaker or ""), c.speaker


# classes seen in the probe's explore half and left, as strict xfails with their reasons
LEFT: list[tuple[str, str, str, Gold]] = [
    (
        "left_two_lone_men",
        "sv",
        "Mannen avled under natten. Tidigare under dagen sköts en man ihjäl i en förort.",
        [(K, 1, 1, "men"), (K, 1, 1, "men")],
    ),
    (
        "left_vague_headline",
        "sv",
        "Kraftiga explosioner – flera döda\nFyra personer har dödats i attacken, uppger polisen.",
        [(K, 4, 4, None)],
    ),
    (
        "left_headline_more_than",
        "sv",
        "200 000 dödade i kriget\nFler än 200 000 människor har dödats sedan kriget började.",
        [(K, 200001, None, None)],
    ),
    (
        "left_far_subject",
        "sv",
        "Den man i 30-årsåldern som hittades skadad på en parkering i centrala Malmö under natten avled senare.",
        [(K, 1, 1, "men")],
    ),
    (
        "left_present_apposition",
        "sv",
        "Det första offret, en man som städar kontor, träffas av flera hugg och avlider på trottoaren.",
        [(K, 1, 1, "men")],
    ),
    (
        "left_subset_nationality",
        "sv",
        "Gruppen säger att antalet döda är sex, varav minst en utlänning.",
        [(K, 6, 6, None), (K, 1, None, None)],
    ),
]
LEFT_GAPS = {
    "left_two_lone_men": "two lone men dead in one report merge as a repeat (dedupe: same noun)",
    "left_vague_headline": "'flera döda' in a headline that holds more than the figure stays a claim",
    "left_headline_more_than": "a headline's bare figure and the lead's 'fler än' of it stay two",
    "left_far_subject": "a subject with a long relative clause does not reach its verb 'avled'",
    "left_present_apposition": "a present-tense death after an apposition finds no subject",
    "left_subset_nationality": "'varav minst en utlänning' after a toll is no count",
}


@pytest.mark.parametrize(("lang", "text", "gold"), gold_cases(LEFT, LEFT_GAPS))
def test_p17sv_left(lang: str, text: str, gold: Gold) -> None:
    assert_claims_are_gold(text, lang, gold)


def test_p17sv_sign_off_is_no_speaker_over_a_said_that() -> None:
    """'(TT)' closing a paragraph credits only figures no one is cited for: a figure the
    group 'says' is the group's."""
    text = "Gruppen, som brukar slå till mot marknader, tar på sig attacken men säger att antalet döda är åtta. (TT)"
    claims = [c for c in extract_claims(text, "sv") if c.is_casualty]
    assert [c.speaker for c in claims] == ["Gruppen"]


test_p17sv_sign_off_is_no_speaker_over_a_said_that = pytest.mark.xfail(
    strict=True, reason="a subject with a relative aside before 'men säger att' loses to '(TT)'"
)(test_p17sv_sign_off_is_no_speaker_over_a_said_that)
