"""A harm noun that is a word of a place's name ("the al-Aqsa Martyrs Hospital", "مستشفى شهداء
الأقصى", "Märtyrer-Krankenhaus") counts nobody; the same noun as harm still does. Sentences are
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from harmledger.extract.engine import extract_claims

NAMED_PLACES = [
    ("en", "Eight people injured in the strike were taken to the al-Aqsa Martyrs Hospital."),
    ("en", "The shells fell near the Deir al-Balah Martyrs School on Saturday afternoon."),
    ("en", "The crowd gathered in Martyrs Square before the funeral."),
    ("fr", "Les blessés ont été transportés à l'hôpital des Martyrs d'Al-Aqsa."),
    ("es", "Los heridos fueron trasladados al Hospital de los Mártires de Al Aqsa."),
    ("sv", "De skadade fördes till sjukhuset Al-Aqsa Martyrs i Deir al-Balah."),
    ("de", "Der Angriff traf ein Gebäude neben dem Al-Aksa-Märtyrer-Krankenhaus."),
    ("ar", "نُقل المصابون إلى مستشفى شهداء الأقصى في دير البلح."),
    ("ar", "وأعلنت كتائب شهداء الأقصى مسؤوليتها عن الهجوم."),
    ("ar", "تجمع المشيعون في ساحة الشهداء وسط المدينة."),
]

HARM_STILL_READ = [
    ("en", "The man was martyred in the strike on the house.", "killed", 1),
    ("ar", "سقط شهداء وجرحى في القصف على المنزل.", "killed", None),
    ("de", "Es gab Tote und Verletzte bei dem Angriff auf das Haus.", "killed", None),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_PLACES)
def test_a_harm_noun_in_a_place_name_counts_nobody_killed(lang: str, text: str) -> None:
    found = extract_claims(text, lang, dt.date(2024, 3, 5))
    assert not [c for c in found if c.measure == "killed"], [c.quote for c in found]


@pytest.mark.parametrize(("lang", "text", "measure", "count"), HARM_STILL_READ)
def test_the_harm_noun_itself_is_still_read(
    lang: str, text: str, measure: str, count: int | None
) -> None:
    found = [c for c in extract_claims(text, lang, dt.date(2024, 3, 5)) if c.measure == measure]
    assert found
    if count is None:  # a plural with no figure
        assert found[0].kind == "uncounted"
    else:
        assert (found[0].low, found[0].high) == (count, count)
