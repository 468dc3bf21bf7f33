"""A figure's own sentence that names its settlement with a cue takes that settlement.

Spanish and French put adjectives after the settlement noun ("la ciudad fronteriza de X",
"la ville portuaire de X") and Latin American reports name a municipality's parts
("la comunidad de X", "el corregimiento de X"): both are the sentence's point place, not a
place named in an earlier sentence.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "es",
            "Un bombardeo mató a doce personas en Saná. En la ciudad portuaria de Hodeida "
            "murieron seis civiles.",
            "Al Ḩudaydah",
        ),
        (
            "es",
            "La fiscalía de Zacatecas informó de tres muertos. En la comunidad de Plateros "
            "fueron hallados dos cadáveres.",
            "Plateros",
        ),
        (
            "es",
            "Hubo cinco muertos en Culiacán el sábado. En la ciudad fronteriza de Reynosa "
            "murieron otros tres.",
            "Reynosa",
        ),
        (
            "es",
            "El ejército informó de cuatro bajas en Alepo. En la ciudad sitiada de Homs "
            "fallecieron nueve civiles.",
            "Homs",
        ),
        (
            "fr",
            "Une frappe a tué douze personnes à Sanaa. Dans la ville portuaire de Hodeïda, "
            "six civils ont été tués.",
            "Al Ḩudaydah",
        ),
        (
            "fr",
            "Deux soldats ont été tués à Gao lundi. Dans la ville frontalière de Ménaka, "
            "quatre civils ont péri.",
            "Ménaka",
        ),
    ],
)
def test_the_last_claim_takes_its_own_settlement(lang: str, text: str, place: str) -> None:
    claims = extract_claims(text, lang)
    assert len(claims) == 2, [c.quote for c in claims]
    assert claims[-1].place_name == place
