"""A military command speaks for its forces: its figures are a belligerent's, in every language
we read (names are our own examples of the wording)."""

import pytest

from harmledger.claims.origins import source_type

COMMANDS = {
    "en": "US Central Command",
    "fr": "le Commandement central américain",
    "es": "el Comando Central de Estados Unidos",
    "de": "das US-Zentralkommando",
    "sv": "USA:s centralkommando",
    "ar": "القيادة المركزية الأمريكية",
}
DEFENCE = {
    "en": "the Pentagon",
    "fr": "le Pentagone",
    "es": "el Pentágono",
    "de": "das Pentagon",
    "sv": "Pentagon",
    "ar": "البنتاغون",
}


@pytest.mark.parametrize("lang", sorted(COMMANDS))
def test_a_forces_command_and_a_defence_ministry_are_belligerents(lang: str) -> None:
    assert source_type(COMMANDS[lang]) == "belligerent"
    assert source_type(DEFENCE[lang]) == "belligerent"


def test_a_civil_defence_command_stays_a_responder() -> None:
    assert source_type("the civil defence central command") == "responder"
    assert source_type("Central Bank") == "news"
