"""A bound written after the counted noun ("15 people at most", "12 morts au moins", "15 muertos
como máximo", "15 شخصا على الأكثر") bounds that figure as the same words before it do; the same
words opening the next clause or sentence bound the figure there, not the one before."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

CASES = [
    ("en", "The strike killed 15 people at most, the mayor said.", "killed", None, 15),
    ("en", "Eight villagers at the most were wounded in the blast.", "injured", None, 8),
    ("en", "The shelling killed 12 people at least.", "killed", 12, None),
    ("fr", "La frappe a tué 15 personnes au plus, selon le maire.", "killed", None, 15),
    ("fr", "Huit villageois tout au plus ont été blessés dans l'explosion.", "injured", None, 8),
    ("fr", "L'attaque a fait 12 morts au moins dans le village.", "killed", 12, None),
    ("es", "El ataque dejó 15 muertos como máximo, según el alcalde.", "killed", None, 15),
    ("es", "Ocho aldeanos a lo sumo resultaron heridos en la explosión.", "injured", None, 8),
    ("es", "El bombardeo dejó 12 muertos por lo menos en la aldea.", "killed", 12, None),
    ("ar", "قتل 15 شخصا على الأكثر في الانفجار.", "killed", None, 15),
    ("ar", "أصيب ثمانية قرويين على الأكثر في القصف.", "injured", None, 8),
    ("ar", "قتل 12 شخصا على الأقل في القصف.", "killed", 12, None),
]


@pytest.mark.parametrize(("lang", "text", "measure", "low", "high"), CASES)
def test_a_bound_after_the_noun_bounds_the_figure(
    lang: str, text: str, measure: str, low: int | None, high: int | None
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty]
    assert [(c.measure, c.low, c.high) for c in claims] == [(measure, low, high)]


NEXT_CLAUSE = [
    ("en", "The strike killed 15 people. At most three of them were children.", 15),
    ("fr", "La frappe a tué 15 personnes. Tout au plus trois étaient des enfants.", 15),
    ("es", "El ataque mató a 15 personas. Como máximo tres eran niños.", 15),
    ("ar", "قتل 15 شخصا في الانفجار. على الأكثر ثلاثة منهم أطفال.", 15),
]


@pytest.mark.parametrize(("lang", "text", "figure"), NEXT_CLAUSE)
def test_a_bound_opening_the_next_sentence_leaves_the_figure_before_exact(
    lang: str, text: str, figure: int
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.is_casualty and c.measure == "killed"]
    assert (claims[0].low, claims[0].high) == (figure, figure)


def test_a_bound_before_a_full_stop_stays_with_the_figure_before() -> None:
    text = "The shelling killed 15 people at least. The 3 wounded were taken to hospital."
    claims = [c for c in extract_claims(text, "en") if c.is_casualty]
    assert [(c.measure, c.low, c.high) for c in claims] == [
        ("killed", 15, None),
        ("injured", 3, 3),
    ]
