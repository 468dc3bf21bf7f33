"""OCR text is joined back into paragraphs: a sentence wrapped across lines reads as one."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from harmledger.ingestion.ocr import reflow

# (language, a sentence of ours wrapped as a page would wrap it, the figure it holds)
WRAPPED = [
    (
        "en",
        "Medics said that at least seven civilians were\nkilled in the night raid on the market.",
        7,
    ),
    (
        "de",
        "Nach Angaben der Sanitäter wurden mindestens sieben\nZivilisten bei dem nächtlichen Angriff getötet.",
        7,
    ),
    (
        "fr",
        "Selon les secouristes, au moins sept civils ont été\ntués lors du raid nocturne sur le marché.",
        7,
    ),
    (
        "es",
        "Según los socorristas, al menos siete civiles murieron\nen el ataque nocturno contra el mercado.",
        7,
    ),
    (
        "sv",
        "Enligt sjukvårdarna dödades minst sju civila när\nmarknaden angreps under natten i staden.",
        7,
    ),
    (
        "ar",
        "وقال المسعفون إن سبعة مدنيين على الأقل قتلوا في\nالغارة الليلية على السوق وسط المدينة.",
        7,
    ),
]


@pytest.mark.parametrize(("lang", "wrapped", "figure"), WRAPPED)
def test_a_wrapped_sentence_is_one_line_again_and_its_claim_is_read(
    lang: str, wrapped: str, figure: int
) -> None:
    text = reflow(wrapped)
    assert "\n" not in text
    assert text == wrapped.replace("\n", " ")
    killed = [c for c in extract_claims(text, lang) if c.is_casualty and c.measure == "killed"]
    assert [c.low for c in killed] == [figure]


def test_hyphenated_words_are_joined_and_paragraphs_and_lists_kept() -> None:
    page = (
        "Sieben Zivilisten wurden am Montag bei dem Angriff auf den Markt ge-\n"
        "tötet, sagte ein Sprecher.\n\n"
        "Namen der Toten\n"
        "1. Amal Haddad, 34\n"
        "2. Karim Haddad, 9"
    )
    assert reflow(page) == (
        "Sieben Zivilisten wurden am Montag bei dem Angriff auf den Markt getötet, sagte ein "
        "Sprecher.\n\nNamen der Toten\n1. Amal Haddad, 34\n2. Karim Haddad, 9"
    )


def test_a_heading_or_a_short_last_line_ends_its_paragraph() -> None:
    page = (
        "Night of the raid\n"
        "Residents of the old quarter said the shelling began shortly after the evening\n"
        "prayer and went on for hours.\n"
        "Rescuers worked until dawn."
    )
    assert reflow(page) == (
        "Night of the raid\nResidents of the old quarter said the shelling began shortly after "
        "the evening prayer and went on for hours.\nRescuers worked until dawn."
    )
