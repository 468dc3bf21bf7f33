"""Harm stated in the plural with no figure ("others were injured"): never a casualty claim, kept
as an ``uncounted`` claim when the document states no figure of that measure, so an incident
figure can read it as two. Sentences are our own, in every supported language."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmledger.claims.queries import list_claims
from harmledger.evaluation.incidents import incident_range
from harmledger.extract.engine import extract_claims
from harmledger.extract.runner import extract_documents
from harmledger.ingestion.pipeline import IngestOptions, ingest_items
from harmledger.store.ledger import Ledger
from harmledger.store.verify import verify_ledger

# a count of the dead, then the injured in the plural with no figure
OTHERS_INJURED = {
    "en": "Two people were killed and others were injured when the strike hit the house.",
    "es": "Dos personas murieron y otras resultaron heridas cuando el ataque alcanzó la casa.",
    "fr": "Deux personnes ont été tuées et d'autres ont été blessées quand la frappe a touché "
    "la maison.",
    "de": "Zwei Menschen wurden getötet, weitere wurden verletzt, als der Angriff das Haus traf.",
    "sv": "Två personer dödades och andra skadades när attacken träffade huset.",
    "ar": "قتل شخصان وأصيب آخرون عندما أصابت الغارة المنزل.",
}
# both measures in the plural, as nouns, with no figure at all
DEAD_AND_WOUNDED = {
    "en": "Local outlets reported martyrs and wounded after the strike on the school.",
    "es": "Medios locales informaron de muertos y heridos tras el ataque contra la escuela.",
    "fr": "Des médias locaux ont fait état de morts et de blessés après la frappe sur l'école.",
    "de": "Örtliche Medien berichteten von Toten und Verletzten nach dem Angriff auf die Schule.",
    "sv": "Lokala medier rapporterade döda och skadade efter attacken mot skolan.",
    "ar": "أفادت وسائل إعلام محلية بسقوط شهداء وجرحى في الغارة على المدرسة.",
}
# one person's harm, a negated plural, and a plural a number already counts: no plural claim
NOT_A_PLURAL = {
    "en": [
        "He later died of his injuries in hospital.",
        "No injuries were reported after the strike on the depot.",
        "Three people were wounded in the strike.",
        "The number of people wounded is not yet known.",
        "He was taken to the Martyrs Hospital in the town.",
    ],
    "es": ["Murió más tarde a causa de sus heridas.", "Tres personas resultaron heridas."],
    "fr": ["Il est mort plus tard de ses blessures.", "Trois personnes ont été blessées."],
    "de": ["Er starb später an seinen Verletzungen.", "Drei Menschen wurden verletzt."],
    "sv": ["Han dog senare av sina skador.", "Tre personer skadades."],
    "ar": ["أصيب ثلاثة أشخاص في الغارة."],
}


def _uncounted(text: str, lang: str) -> list[str]:
    return [c.measure for c in extract_claims(text, lang) if c.kind == "uncounted"]


@pytest.mark.parametrize("lang", sorted(OTHERS_INJURED))
def test_others_hurt_with_no_figure_are_a_plural_not_a_casualty_claim(lang: str) -> None:
    claims = extract_claims(OTHERS_INJURED[lang], lang)
    assert [(c.measure, c.low) for c in claims if c.is_casualty] == [("killed", 2)]
    plural = [c for c in claims if c.kind == "uncounted"]
    assert [(c.measure, c.low, c.high, c.is_casualty) for c in plural] == [
        ("injured", 2, None, False)
    ]
    assert OTHERS_INJURED[lang][plural[0].start : plural[0].end] == plural[0].quote
    assert incident_range(claims, "injured") == (2, 2)  # the fewest a plural can mean
    assert incident_range(claims, "killed") == (2, 2)


@pytest.mark.parametrize("lang", sorted(DEAD_AND_WOUNDED))
def test_dead_and_wounded_with_no_figure_are_two_of_each(lang: str) -> None:
    claims = extract_claims(DEAD_AND_WOUNDED[lang], lang)
    assert not [c for c in claims if c.is_casualty]
    assert sorted(_uncounted(DEAD_AND_WOUNDED[lang], lang)) == ["injured", "killed"]
    assert incident_range(claims, "killed") == incident_range(claims, "injured") == (2, 2)


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in NOT_A_PLURAL.items() for text in texts]
)
def test_one_persons_harm_a_negation_or_a_counted_plural_is_no_uncounted_plural(
    lang: str, text: str
) -> None:
    assert _uncounted(text, lang) == []


def test_a_plural_of_a_measure_the_document_counts_is_not_kept() -> None:
    text = (
        "Four people were killed and 12 were injured in the strike. Other outlets spoke of "
        "deaths and injuries without giving a figure."
    )
    assert _uncounted(text, "en") == []
    assert incident_range(extract_claims(text, "en"), "injured") == (12, 12)


# a large plural with no figure: read as "dozens", the range a monitor codes it as
LARGE_PLURAL = {
    "en": "A large number of civilians were injured when the strike hit the market.",
    "es": "Un gran número de civiles resultaron heridos cuando el ataque alcanzó el mercado.",
    "fr": "Un grand nombre de civils ont été blessés quand la frappe a touché le marché.",
    "de": "Eine große Zahl von Zivilisten wurde verletzt, als der Angriff den Markt traf.",
    "sv": "Ett stort antal civila skadades när attacken träffade marknaden.",
    "ar": "أصيب عدد كبير من المدنيين عندما أصابت الغارة السوق.",
}


@pytest.mark.parametrize("lang", sorted(LARGE_PLURAL))
def test_a_large_plural_with_no_figure_reads_as_dozens(lang: str) -> None:
    claims = extract_claims(LARGE_PLURAL[lang], lang)
    assert not [c for c in claims if c.is_casualty]
    assert [(c.measure, c.low) for c in claims if c.kind == "uncounted"] == [("injured", 24)]
    assert incident_range(claims, "injured") == (12, 24)


def test_an_uncounted_plural_is_stored_apart_from_the_casualty_claims(
    ledger: Ledger, tmp_path: Path
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Two people were killed and others were injured in the invented town of Fennick."
    )
    ingest_items(ledger, [str(path)], IngestOptions(lang="en"))
    extract_documents(ledger)
    assert [(c["measure"], c["low"]) for c in list_claims(ledger, kind="casualty")] == [
        ("killed", 2)
    ]
    assert [(c["measure"], c["low"]) for c in list_claims(ledger, kind="uncounted")] == [
        ("injured", 2)
    ]
    assert verify_ledger(ledger).ok
