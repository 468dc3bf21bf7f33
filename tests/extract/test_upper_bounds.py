"""Upper bounds written as "a maximum of" or "not more than" in six languages: the figure is
the top of the claim (low open), and the negation or zero word inside the bound is neither a
zero count nor a denial."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("en", "A maximum of 9 villagers were killed in the shelling, the governor said.", 9),
    ("en", "Not more than 6 people were injured when the roof fell in.", 6),
    ("en", "No more than 11 fishermen died in the attack on the harbour.", 11),
    ("fr", "Un maximum de 9 villageois ont été tués dans le bombardement.", 9),
    ("fr", "Tout au plus 6 personnes ont été blessées par l'effondrement.", 6),
    ("es", "Un máximo de 9 aldeanos murieron en el bombardeo, según el gobernador.", 9),
    ("es", "A lo sumo 6 personas resultaron heridas en el derrumbe.", 6),
    ("de", "Nicht mehr als 9 Dorfbewohner wurden bei dem Beschuss getötet.", 9),
    ("de", "Allenfalls 6 Menschen wurden bei dem Einsturz verletzt.", 6),
    ("sv", "Inte fler än 9 bybor dödades i beskjutningen, uppger guvernören.", 9),
    ("sv", "Som högst 6 personer skadades när taket rasade.", 6),
    ("ar", "قتل ما لا يزيد عن 9 مدنيين في القصف.", 9),
    ("ar", "أصيب ما لا يتجاوز 6 أشخاص في انهيار السقف.", 6),
]


@pytest.mark.parametrize(("lang", "text", "high"), CASES)
def test_an_upper_bound_is_the_top_of_one_claim(lang: str, text: str, high: int) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [(c.low, c.high, c.negated) for c in claims] == [(None, high, False)]
