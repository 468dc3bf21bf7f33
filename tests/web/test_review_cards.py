"""Review cards a reviewer can decide from: a claim's quote marked inside its whole sentence
(read from the document by the claim's span), and a pair of victim records side by side with
the linkage's evidence in words, in English and Arabic, on every backend."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from harmledger.store.tables import ClaimRow
from harmledger.store.victim_tables import PersonPair
from tests.incidents.builders import add_document
from tests.web.conftest import Client

ENGLISH = "The market was quiet. On Sunday the strike killed 4 civilians near the bakery, a resident said. It rained later."
ARABIC = "كان السوق هادئًا. وقالت جارة إن الغارة قتلت أربعة مدنيين يوم الأحد قرب المخبز. ثم أمطرت."


def _narrow(ledger: Any, claim_id: int, text: str, quote: str) -> None:
    """The claim's span becomes ``quote`` inside a longer text, as the extractor leaves it."""
    start = text.index(quote)
    with ledger.session() as session:
        row = session.get(ClaimRow, claim_id)
        row.start, row.end, row.quote = start, start + len(quote), quote


def test_claim_cards_show_the_sentence_and_pair_cards_the_evidence(
    fresh_app: Any, fresh_demo: Any
) -> None:
    ledger, _ = fresh_demo
    _, (english,) = add_document(ledger, [{"quote": ENGLISH, "low": 4, "high": 4}])
    _narrow(ledger, english, ENGLISH, "4 civilians")
    _, (arabic,) = add_document(ledger, [{"quote": ARABIC, "low": 4, "high": 4}], lang="ar")
    _narrow(ledger, arabic, ARABIC, "يوم الأحد")
    with ledger.session() as session:
        pair = session.scalars(select(PersonPair).where(PersonPair.probability < 0.9)).one()
        pair.evidence = [
            {"comparison": "family", "level": "same consonants", "match_weight": 4.1},
            {"comparison": "age", "level": "further apart", "match_weight": -3.2},
        ]
    analyst = Client(fresh_app)
    assert analyst.api_login("ana").status_code == 200
    page = analyst.get("/review").text
    card = page[page.index(f'id="claim-{english}"') :]
    card = card[: card.index("</form>")]
    assert (
        "On Sunday the strike killed <mark>4 civilians</mark> near the bakery, a resident said."
        in card
    )
    assert "The market was quiet" not in card and "It rained" not in card
    card = page[page.index(f'id="claim-{arabic}"') :]
    card = card[: card.index("</form>")]
    assert "وقالت جارة إن الغارة قتلت أربعة مدنيين <mark>يوم الأحد</mark> قرب المخبز." in card
    assert 'dir="rtl"' in card and "كان السوق" not in card
    pairs = page[page.index('class="card person-pair"') :]
    assert "Published list" in pairs and "34" in pairs and "9" in pairs
    assert "15 August 2017" in pairs and "Raqqa" in pairs and "Place of death" in pairs
    assert "<strong>family name</strong>: same consonants — speaks for one person" in pairs
    assert "<strong>age</strong>: further apart — speaks for two people" in pairs
    assert "{&#39;comparison&#39;" not in pairs and "{'comparison'" not in pairs
    assert "+000 555" not in pairs and "neighbour Q" not in pairs  # a card needs no contacts
    arabic_page = analyst.get("/review?lang=ar").text
    pairs = arabic_page[arabic_page.index('class="card person-pair"') :]
    assert "الحروف الساكنة نفسها" in pairs and "ترجّح أنهما شخصان" in pairs
    assert "مكان الوفاة" in pairs and "في جملتها، من" in arabic_page


def test_evidence_of_another_shape_is_still_words(analyst: Client) -> None:
    page = analyst.get("/review").text
    pairs = page[page.index('class="card person-pair"') :]
    assert ">name: similar</li>" in pairs and "{&#39;name&#39;" not in pairs
