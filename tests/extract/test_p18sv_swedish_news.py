"""p18sv: classes seen in real Swedish news (the p18 probe's explore half: text-TV pages,
easy-read news, TT copy), on sentences of our own, labelled before the extractor ran on them.
Language-neutral classes carry guards in other languages."""

from __future__ import annotations

import pytest

from harmledger.evaluation.matching import same_speaker
from harmledger.extract import extract_claims
from tests.extract.gold_claims import gold_cases

# (name, lang, text, [(measure, low, high, fragment of the speaker or None)])
Want = list[tuple[str, int | None, int | None, str | None]]


def _check(text: str, lang: str, want: Want) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert sorted((c.measure, c.low, c.high) for c in claims) == sorted(
        (m, lo, hi) for m, lo, hi, _ in want
    ), claims
    for m, lo, hi, speaker in want:
        found = [c for c in claims if (c.measure, c.low, c.high) == (m, lo, hi)]
        if speaker is None:
            assert all(c.speaker is None for c in found), found
        else:
            assert any(speaker in (c.speaker or "") for c in found), found
        assert all(c.quote in text for c in found)


# a sentence wrapped over short lines keeps going past a line that opens with a capital (a
# place, a name) when the line before it already continued the sentence: text-TV and
# easy-read copy wrap at a fixed width, so "mot\nCharkiv" is no sentence end
WRAPPED: list[tuple[str, str, str, Want]] = [
    (
        "wrap_capital_sv1",
        "sv",
        "Fyra personer dödades när en\ngranat slog ned i ett bostadsområde i\nSjöby, uppger\nkommunens räddningschef.",
        [("killed", 4, 4, "räddningschef")],
    ),
    (
        "wrap_capital_sv2",
        "sv",
        "Minst nio människor skadades i\nnattens anfall mot den östra staden\nKramatorsk, meddelar den regionala\nförvaltningen.",
        [("injured", 9, None, "förvaltningen")],
    ),
    (
        "wrap_capital_sv3",
        "sv",
        "Sex civila dödades när flera\ngranater träffade en marknad i byn\nAl-Nur, enligt lokala källor.",
        [("killed", 6, 6, "lokala källor")],
    ),
    (
        "wrap_capital_en",
        "en",
        "Nine people were killed when shells\nhit a crowded market in the town of\nSan Pedro, local officials said.",
        [("killed", 9, 9, "local officials")],
    ),
    (
        "wrap_capital_de",
        "de",
        "Bei dem Angriff wurden acht Menschen\ngetötet, als Raketen den Stadtteil\nNordhafen trafen, teilte die Polizei mit.",
        [("killed", 8, 8, "Polizei")],
    ),
    # a headline line is no continuation: its break stays, the sentence below has its own source
    (
        "wrap_headline_guard_sv",
        "sv",
        "Flera döda i attacker mot Sjöby\nMinst tre personer dödades i natt, uppger polisen.",
        [("killed", 3, None, "polisen")],
    ),
]
WRAPPED_GAPS: dict[str, str] = {
    "wrap_capital_de": "German writes every noun with a capital: no wrap_before_capitals in the de pack",
}


@pytest.mark.parametrize(("lang", "text", "want"), gold_cases(WRAPPED, WRAPPED_GAPS))
def test_p18sv_wrapped_capital(lang: str, text: str, want: Want) -> None:
    _check(text, lang, want)


# "Det uppger X" after a part of the dead ("30 av dem var barn") or an addition ("Ytterligare
# fem skadades"): the source speaks for the total in the sentence before that too
BACK: list[tuple[str, str, str, Want]] = [
    (
        "back_partitive_sv1",
        "sv",
        "Sammanlagt 87 människor dödades i anfallen. 30 av dem var barn. Det uppger hälsoministeriet.",
        [("killed", 87, 87, "hälsoministeriet"), ("killed", 30, 30, "hälsoministeriet")],
    ),
    (
        "back_partitive_sv2",
        "sv",
        "Totalt 52 personer skadades i explosionen.\nNio av dem är allvarligt skadade.\nDet säger räddningstjänsten.",
        [("injured", 52, 52, "räddningstjänsten"), ("injured", 9, 9, "räddningstjänsten")],
    ),
    (
        "back_continuation_sv3",
        "sv",
        "Tolv soldater dödades vid gränsen. Ytterligare fem skadades. Det meddelar försvarsmakten.",
        [("killed", 12, 12, "försvarsmakten"), ("injured", 5, 5, "försvarsmakten")],
    ),
    (
        "back_partitive_de",
        "de",
        "Insgesamt 87 Menschen wurden getötet. 30 von ihnen waren Kinder. Das teilte das Gesundheitsministerium mit.",
        [
            ("killed", 87, 87, "Gesundheitsministerium"),
            ("killed", 30, 30, "Gesundheitsministerium"),
        ],
    ),
    (
        "back_bound_part_lines_sv",
        "sv",
        "Kriget fortsätter.\nEtt hundratal människor dödades.\nFler än 40 av dem var kvinnor.\nDet säger organisationen Exempelhjälpen.",
        [("killed", 100, 100, "Exempelhjälpen"), ("killed", 41, None, "Exempelhjälpen")],
    ),
    # an addition on the next line is told by the source of the line before
    (
        "next_line_addition_sv1",
        "sv",
        "Minst fem personer dödades i beskjutningen, uppger guvernören.\nYtterligare runt tolv personer är skadade.",
        [("killed", 5, None, "guvernören"), ("injured", 12, 12, "guvernören")],
    ),
    (
        "next_line_addition_sv2",
        "sv",
        "Sju soldater har dödats vid fronten, meddelar armén.\nYtterligare tre saknas.",
        [("killed", 7, 7, "armén"), ("missing", 3, 3, "armén")],
    ),
    (
        "next_line_addition_en",
        "en",
        "Six people were killed in the shelling, the governor said.\nAnother 14 were wounded.",
        [("killed", 6, 6, "governor"), ("injured", 14, 14, "governor")],
    ),
    # a blank line ends the reach of a back reference in a paragraph that goes on; one that is
    # a paragraph of its own points back across the break (as p18es's "Así lo informaron ...")
    (
        "back_blank_line_guard_sv",
        "sv",
        "Totalt 52 personer skadades i explosionen.\n\nDet säger räddningstjänsten. Vägen var "
        "avstängd under hela kvällen.",
        [("injured", 52, 52, None)],
    ),
    (
        "back_paragraph_of_its_own_sv",
        "sv",
        "Totalt 52 personer skadades i explosionen.\n\nDet säger räddningstjänsten.",
        [("injured", 52, 52, "räddningstjänsten")],
    ),
    # a sentence without a part or an addition keeps its own (absent) source
    (
        "back_guard_sv",
        "sv",
        "Sammanlagt 87 människor dödades i anfallen. Staden har 30 000 invånare. Det uppger kommunen.",
        [("killed", 87, 87, None)],
    ),
]
BACK_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "want"), gold_cases(BACK, BACK_GAPS))
def test_p18sv_back_reference_over_a_part(lang: str, text: str, want: Want) -> None:
    _check(text, lang, want)


# witnesses who "testify how/that" ("Grannar vittnar om hur"), and a source passed on by one who
# "got information from" it ("har fått uppgifter från X om att"): X speaks
SOURCES: list[tuple[str, str, str, Want]] = [
    (
        "witness_sv1",
        "sv",
        "Överlevande vittnar om hur beväpnade män sköt ihjäl elva bybor.",
        [("killed", 11, 11, "Överlevande")],
    ),
    (
        "witness_sv2",
        "sv",
        "Flera invånare vittnade om att minst 20 personer dödades i räden.",
        [("killed", 20, None, "invånare")],
    ),
    (
        "witness_sv3",
        "sv",
        "Läkare på plats vittnar om att ett trettiotal skadade har förts till sjukhuset.",
        [("injured", 30, 30, "Läkare")],
    ),
    (
        "got_info_sv1",
        "sv",
        "Ambassaden har fått uppgifter från lokala myndigheter om att tre svenska medborgare har dödats.",
        [("killed", 3, 3, "lokala myndigheter")],
    ),
    (
        "got_info_sv2",
        "sv",
        "Organisationen har fått information från sjukhuset att 14 patienter omkom.",
        [("killed", 14, 14, "sjukhuset")],
    ),
    (
        "got_info_sv3",
        "sv",
        "Redaktionen fick uppgifter från polisen om att fyra personer skadats.",
        [("injured", 4, 4, "polisen")],
    ),
]
SOURCES_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(("lang", "text", "want"), gold_cases(SOURCES, SOURCES_GAPS))
def test_p18sv_witness_and_relayed_sources(lang: str, text: str, want: Want) -> None:
    _check(text, lang, want)


# Swedish names of a health ministry and of a police commander are the same actors as the
# English ones, so a Swedish speaker agrees with a gold speaker written in English
ALIASES = [
    ("hälsodepartementet", "Health Ministry"),
    ("det palestinska hälsodepartementet", "Palestinian Health Ministry"),
    ("lokalt polisbefäl", "a local police commander"),
    ("polisbefälet Mohamed Exempel", "police commander"),
]


@pytest.mark.parametrize(("predicted", "gold"), ALIASES)
def test_p18sv_speaker_aliases(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)


# Swedish and Finland-Swedish copy open a quotation with ” as well as close it: a quotation of
# several sentences closed by its speaker gives that speaker to every sentence inside
QUOTED: list[tuple[str, str, str, Want]] = [
    (
        "right_quote_sv1",
        "sv",
        "Tre personer dödades i natt, uppger polisen.\n\n”Det är fem döda nu. Vi söker fortfarande”, säger räddningsledaren Per Exempel.",
        [("killed", 3, 3, "polisen"), ("killed", 5, 5, "Per Exempel")],
    ),
    (
        "right_quote_sv2",
        "sv",
        "”Vi har räknat 40 döda. Fler kan ligga under rasmassorna”, säger läkaren Anna Exempel.",
        [("killed", 40, 40, "Anna Exempel")],
    ),
    (
        "right_quote_sv3",
        "sv",
        "”Sju barn skadades i attacken. Skolan förstördes helt”, skriver organisationen.",
        [("injured", 7, 7, "organisationen")],
    ),
    (
        "left_quote_en_guard",
        "en",
        "“Five died. Six more were hurt,” the mayor said.",
        [("killed", 5, 5, "mayor"), ("injured", 6, 6, "mayor")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), gold_cases(QUOTED, {}))
def test_p18sv_right_quote_opens(lang: str, text: str, want: Want) -> None:
    _check(text, lang, want)
