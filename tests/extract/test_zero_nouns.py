"""An explicit zero said with a casualty noun ("there were no deaths", "aucun mort n'est à
déplorer", "no hubo muertos", "es gab keine Toten", "inga dödsfall rapporterades") is a claim of
none, as "no one was killed" is. Sentences our own, labelled before the extractor was run on
them; "no deaths were reported" was first labelled a zero and then, after Airwars'
narratives showed that such a strike's deaths are kept unknown, relabelled as no claim."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("en", "No one was killed in the blast.", [("killed", 0, 0)]),
    ("en", "There were no deaths.", [("killed", 0, 0)]),
    # none reported: the harm is not known, no zero (as Airwars keeps such deaths unknown)
    ("en", "No deaths were reported after the strike.", []),
    ("fr", "Aucun blessé n'a été signalé.", []),
    ("de", "Es wurden keine Toten gemeldet.", []),
    ("en", "The shelling caused no deaths, officials said.", [("killed", 0, 0)]),
    ("fr", "Aucun mort n'est à déplorer.", [("killed", 0, 0)]),
    ("fr", "L'explosion n'a fait aucun mort.", [("killed", 0, 0)]),
    ("fr", "On ne déplore aucun blessé.", [("injured", 0, 0)]),
    ("es", "No hubo muertos.", [("killed", 0, 0)]),
    ("es", "No hubo que lamentar víctimas mortales.", [("killed", 0, 0)]),
    ("es", "La explosión no causó heridos.", [("injured", 0, 0)]),
    ("de", "Es gab keine Toten.", [("killed", 0, 0)]),
    ("de", "Verletzt wurde niemand.", [("injured", 0, 0)]),
    ("de", "Der Angriff forderte keine Todesopfer.", [("killed", 0, 0)]),
    ("sv", "Ingen dödades.", [("killed", 0, 0)]),
    ("sv", "Inga dödsfall rapporterades.", []),
    ("sv", "Attacken krävde inga dödsoffer.", [("killed", 0, 0)]),
    ("sv", "Det fanns inga skadade.", [("injured", 0, 0)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_zero_with_a_casualty_noun(
    lang: str, text: str, expected: list[tuple[str, int, int]]
) -> None:
    claims = [(c.measure, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]
    assert sorted(claims) == sorted(expected)
