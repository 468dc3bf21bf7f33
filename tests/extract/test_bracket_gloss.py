"""An editor's gloss in square brackets ("injuries as a result of [Israeli] aircraft bombing")
is no victim: a singular noun phrase ("a result of ...") never reaches into a bracket, so the
gloss counts nobody (issue 11). Sentences are our own, in every supported language."""

from __future__ import annotations

import pytest

from harmledger.extract.engine import extract_claims

GLOSSED = {
    "en": "The agency reported injuries as a result of [Israeli] aircraft bombing a home.",
    "fr": "L'agence a signalé des blessures à la suite d'un [Israélien] tir de char sur une "
    "maison.",
    "es": "La agencia informó de lesiones como resultado de un [israelí] ataque aéreo contra una "
    "casa.",
    "de": "Die Agentur meldete Verletzungen als Folge eines [israelischen] Luftangriffs auf ein "
    "Haus.",
    "sv": "Byrån rapporterade skador till följd av en [israelisk] flygattack mot ett hus.",
    "ar": "أفادت الوكالة بإصابات نتيجة قصف [إسرائيلي] لمنزل.",
}


@pytest.mark.parametrize("lang", sorted(GLOSSED))
def test_a_bracketed_gloss_is_no_victim(lang: str) -> None:
    assert [c.quote for c in extract_claims(GLOSSED[lang], lang) if c.is_casualty] == []
