"""Folding, the Arabic light stem, query reading and snippets: no database needed."""

from __future__ import annotations

import pytest

from harmledger.errors import Invalid
from harmledger.search.parse import fts5, parse, tsquery
from harmledger.search.snippet import snippet
from harmledger.search.terms import index_terms, stem, words


def _stems(text: str) -> list[str]:
    return [w.stem for w in words(text)]


def test_the_article_and_the_particles_on_it_fall_away() -> None:
    forms = ["الرقة", "والرقة", "بالرقة", "رقة", "للرقة", "فالرقة", "وبالرقة", "كالرقة"]
    assert {s for form in forms for s in _stems(form)} == {"رقه"}


def test_marks_letter_variants_and_eastern_digits_fold() -> None:
    assert _stems("الرَّقَّة") == _stems("الرقة")
    assert _stems("أحمد إبراهيم آمنة") == _stems("احمد ابراهيم امنه")
    assert _stems("قُتِلَ ٣ مدنيين") == ["قتل", "3", "مدنيين"]


def test_a_word_only_beginning_like_a_particle_stays_whole() -> None:
    # "agency", "agencies", "town", "mother", "to": no article, only letters that look like one
    assert _stems("وكالة وكالات بلدة والدة الى") == ["وكاله", "وكالات", "بلده", "والده", "الي"]
    assert stem("وال") == "وال"
    assert _stems("الدم") == ["دم"]  # the bare article leaves two letters


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Civilians were KILLED", "civilians were killed"),  # en
        ("قُتِلَ مدنيون بالرَّقَّة", "قتل مدنيون الرقة"),  # ar
        ("informó según", "INFORMO SEGUN"),  # es
        ("ont été tués", "ONT ETE TUES"),  # fr
        ("getötet Hauptstraße", "GETOTET hauptstrasse"),  # de
        ("dödades på måndagen", "DODADES PA MANDAGEN"),  # sv
    ],
)
def test_every_language_meets_its_plain_typing(written: str, typed: str) -> None:
    assert _stems(written) == _stems(typed)


def test_the_index_keeps_stems_in_order_then_exact_forms_once() -> None:
    assert index_terms("والرقة بالرقة Raqqa والرقة") == "رقه رقه raqqa رقه والرقه بالرقه"


def test_words_keep_their_place_in_the_original() -> None:
    text = "في الرَّقَّة."
    [_, town] = list(words(text))
    assert text[town.start : town.end] == "الرَّقَّة" and town.folded == "الرقه"


def test_a_query_reads_words_phrases_and_joined_forms() -> None:
    groups = parse('بالرقة "drone struck" al-Raqqa')
    assert [[w.stem for w in g] for g in groups] == [
        ["drone", "struck"],
        ["رقه"],
        ["al", "raqqa"],
    ]
    assert fts5(groups) == '"drone struck" AND ("رقه" OR "بالرقه") AND "al raqqa"'
    assert tsquery(groups) == "('drone' <-> 'struck') & ('رقه' | 'بالرقه') & ('al' <-> 'raqqa')"


@pytest.mark.parametrize("query", ["", "  ", "... ,", '""'])
def test_a_query_without_words_is_refused(query: str) -> None:
    with pytest.raises(Invalid):
        parse(query)


def test_the_snippet_shows_the_original_around_the_first_match() -> None:
    text = "بداية " * 30 + "قُتل مدنيون في الرَّقَّة يوم الأحد" + " نهاية" * 40
    found = snippet(text, {"رقه"})
    assert found is not None and found.match == "الرَّقَّة"
    assert "في الرَّقَّة يوم الأحد" in found.text
    assert found.text.startswith("…") and found.text.endswith("…")
    assert len(found.text) < len(text) / 2
    assert snippet("nothing here", {"رقه"}) is None
