"""A named speaker speaks with the voice of the role the text gives them: an army's spokesperson,
a command's chief or a defence ministry's spokesperson is a belligerent's voice, in every
language we read; a bare name is no one's known voice. Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.assess.citations import cited_origins
from harmledger.claims.origins import claim_origin, normalise_origin, source_type
from harmledger.extract import extract_claims

BELLIGERENT_VOICES = [
    # a role set off after the name
    ("en", "Ana Example, a spokesman for the Example army, said 12 civilians were killed."),
    ("es", "Ana Ejemplo, portavoz del ejército, dijo que murieron 12 civiles."),
    ("fr", "Ana Exemple, porte-parole de l'armée, a déclaré que 12 civils ont été tués."),
    ("de", "Ana Beispiel, Sprecherin der Armee, sagte, 12 Zivilisten seien getötet worden."),
    ("sv", "Ana Exempel, talesperson för armén, sade att 12 civila dödades."),
    # a role written before the name
    ("en", "Army spokesman Ana Example said 12 civilians were killed."),
    ("en", "Central Command chief Ana Example said 12 civilians were killed."),
    ("es", "El general Ana Ejemplo, jefe del Mando Central, declaró que murieron 12 civiles."),
    ("de", "Armeesprecherin Ana Beispiel sagte, 12 Zivilisten seien getötet worden."),
    ("sv", "Försvarsmaktens talesperson Ana Exempel sade att 12 civila dödades."),
    ("ar", "قال المتحدث باسم الجيش جان مثال إن 12 مدنيا قتلوا."),
    # a role before the name, the name set off by commas
    ("en", "The army's spokesman, Ana Example, said 12 civilians were killed."),
    (
        "es",
        "El portavoz del Ministerio de Defensa, Ana Ejemplo, dijo que murieron 12 civiles.",
    ),
    (
        "fr",
        "Le porte-parole du ministère de la Défense, Ana Exemple, a déclaré que 12 civils ont "
        "été tués.",
    ),
    # the defence ministry itself
    ("en", "The Ministry of Defence said 12 civilians were killed."),
    ("es", "El Ministerio de Defensa informó que murieron 12 civiles."),
    ("fr", "Le ministère de la Défense a indiqué que 12 civils ont été tués."),
    ("de", "Das Verteidigungsministerium teilte mit, 12 Zivilisten seien getötet worden."),
    ("sv", "Försvarsministeriet uppgav att 12 civila dödades."),
    ("ar", "قالت وزارة الدفاع إن 12 مدنيا قتلوا."),
    ("ar", "قال قائد القيادة المركزية إن 12 مدنيا قتلوا."),
]


def _voices(text: str, lang: str) -> list[tuple[str | None, str]]:
    found = []
    for claim in extract_claims(text, lang):
        if claim.is_casualty:
            origin = claim_origin(claim.attribution_chain, claim.speaker, None, 1)
            found.append((claim.speaker, source_type(origin, default="")))
    return found


@pytest.mark.parametrize(("lang", "text"), BELLIGERENT_VOICES)
def test_forces_and_their_spokespeople_speak_as_belligerents(lang: str, text: str) -> None:
    assert [voice for _, voice in _voices(text, lang)] == ["belligerent"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ana Example said 12 civilians were killed."),
        ("es", "Ana Ejemplo dijo que murieron 12 civiles."),
        ("fr", "Ana Exemple a déclaré que 12 civils ont été tués."),
        ("de", "Ana Beispiel sagte, 12 Zivilisten seien getötet worden."),
        ("sv", "Ana Exempel sade att 12 civila dödades."),
    ],
)
def test_a_bare_name_is_no_known_voice(lang: str, text: str) -> None:
    assert _voices(text, lang) == [(text.split(" ")[0] + " " + text.split(" ")[1], "")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ana Example, a spokeswoman for the Example Relief Office, said 12 were killed."),
        ("es", "Ana Ejemplo, portavoz de la Oficina de Socorro, dijo que murieron 12 personas."),
        ("fr", "Ana Exemple, porte-parole du Bureau de secours, a déclaré que 12 ont été tués."),
        ("de", "Ana Beispiel, Sprecherin des Hilfsbüros, sagte, 12 Menschen seien getötet worden."),
        ("sv", "Ana Exempel, talesperson för hjälpkontoret, sade att 12 personer dödades."),
    ],
)
def test_a_civilian_role_is_not_a_belligerent(lang: str, text: str) -> None:
    [(speaker, voice)] = _voices(text, lang)
    assert speaker and "(" in speaker and voice != "belligerent"


@pytest.mark.parametrize(
    "name",
    [
        "Ana Example, head of the Example Region Military Administration",
        "Ana Beispiel, Leiterin der Militärverwaltung des Gebiets",
        "Ana Exemple, chef de l'administration militaire régionale",
        "Ana Ejemplo, jefa de la administración militar regional",
        "Ana Exempel, chef för den militära administrationen",
        "رئيس الإدارة العسكرية في المنطقة",
    ],
)
def test_a_regional_military_administration_governs(name: str) -> None:
    assert source_type(name) == "official"


def test_the_role_stays_with_its_name_as_a_cited_origin() -> None:
    text = "Ana Example, a spokesman for the army and the navy, said 12 civilians were killed."
    [(speaker, _)] = _voices(text, "en")
    assert cited_origins("x", text, "en") == {normalise_origin(speaker or "")}


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "The strike was first reported by the UN to have killed 12 civilians.", "UN"),
        ("en", "Twelve civilians were killed in the strike, the UN said.", "the UN"),
        ("fr", "Douze civils ont été tués dans la frappe, a indiqué l'ONU.", "ONU"),
    ],
)
def test_a_speaker_noun_that_holds_the_name_is_no_role_before_it(
    lang: str, text: str, speaker: str
) -> None:
    # "the UN" is one speaker noun: its article is not a role that introduces "UN"
    assert [claim.speaker for claim in extract_claims(text, lang) if claim.is_casualty] == [speaker]
