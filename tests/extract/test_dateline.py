"""The publisher's own voice: the agency of a dateline or the outlet of a source line opening a
report speaks for the figures no one is cited for, in every language; a photo credit, an unnamed
"agencies" byline, a sign-off and a cited speaker are left as they are. Sentences are our own."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims
from harmledger.extract.dateline import publisher_voice
from harmledger.extract.language_pack import load_pack


def _speakers(text: str, lang: str) -> list[str | None]:
    return [c.speaker for c in extract_claims(text, lang) if c.is_casualty]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "EXAMPLETOWN, May 4 (Reuters) - Nine villagers were killed in a strike.", "Reuters"),
        ("en", "Sampleville (AFP) — Nine villagers were killed in a strike on Monday.", "AFP"),
        ("fr", "Villebelle (AFP) - Neuf villageois ont été tués lundi dans une frappe.", "AFP"),
        ("es", "Villabonita, 4 may (EFE).- Nueve aldeanos murieron el lunes en un ataque.", "EFE"),
        ("de", "Beispielstadt (dpa) - Neun Dorfbewohner wurden am Montag getötet.", "dpa"),
        ("sv", "Exempelby (TT) Nio bybor dödades på måndagen i en attack.", "TT"),
        ("ar", "مدينة المثال (رويترز) - قتل تسعة مدنيين في غارة يوم الاثنين.", "رويترز"),
        ("es", "BEIRUT, 4 May. (Reuters/EP) -\nNueve aldeanos murieron en un ataque.", "Reuters"),
    ],
)
def test_dateline_agency_speaks_for_an_uncited_figure(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Strike hits village\n\nSource: Example News [state media]\n\nNine villagers were killed.",
            "Example News",
        ),
        (
            "fr",
            "Frappe sur un village\n\nSource : Exemple Info\n\nNeuf villageois ont été tués.",
            "Exemple Info",
        ),
        (
            "es",
            "Ataque en una aldea\n\nFuente: Diario Ejemplo\n\nNueve aldeanos murieron.",
            "Diario Ejemplo",
        ),
        (
            "de",
            "Angriff auf ein Dorf\n\nQuelle: Beispielzeitung\n\nNeun Dorfbewohner wurden getötet.",
            "Beispielzeitung",
        ),
        ("sv", "Attack mot en by\n\nKälla: Exempelbladet\n\nNio bybor dödades.", "Exempelbladet"),
        ("ar", "غارة على قرية\n\nالمصدر: صحيفة المثال\n\nقتل تسعة مدنيين.", "صحيفة المثال"),
    ],
)
def test_source_line_speaks_for_an_uncited_figure(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "Sampleville (AFP) - Nine villagers were killed, local officials said.",
            "local officials",
        ),
        (
            "fr",
            "Villebelle (AFP) - Neuf villageois ont été tués, selon des sources médicales.",
            "sources médicales",
        ),
        (
            "es",
            "Villabonita (EFE).- Nueve aldeanos murieron, informaron fuentes oficiales.",
            "fuentes oficiales",
        ),
        (
            "de",
            "Beispielstadt (dpa) - Nach Angaben der Polizei wurden neun Menschen getötet.",
            "Polizei",
        ),
        ("sv", "Exempelby (TT) Nio bybor dödades, enligt lokala källor.", "lokala källor"),
        ("ar", "مدينة المثال (رويترز) - قتل تسعة مدنيين، بحسب مصادر محلية.", "مصادر محلية"),
    ],
)
def test_a_cited_speaker_keeps_the_figure(lang: str, text: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Strike on a village\n\nPhoto: Jane Example/AFP\n\nNine villagers were killed."),
        ("en", "Nine villagers were killed in a strike on Monday.\n\nMore follows. (AFP)"),
        ("ar", "غارة على قرية\n- وكالات\nقتل تسعة مدنيين في غارة."),
        ("sv", "Nio bybor dödades på måndagen i en attack."),
    ],
)
def test_no_voice_without_a_dateline_or_source_line(lang: str, text: str) -> None:
    assert publisher_voice(text, load_pack(lang)) is None
    assert _speakers(text, lang) == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Strike on a clinic\n\n4 May 2020\nPress release\n\nNine patients were killed."),
        ("fr", "Frappe sur une clinique\n\nCommuniqué de presse\n\nNeuf patients ont été tués."),
        ("es", "Ataque a una clínica\n\nComunicado de prensa\n\nNueve pacientes murieron."),
        ("de", "Angriff auf eine Klinik\n\nPressemitteilung\n\nNeun Patienten wurden getötet."),
        ("sv", "Attack mot en klinik\n\nPressmeddelande\n\nNio patienter dödades."),
        ("ar", "غارة على عيادة\n\nبيان صحفي\n\nقتل تسعة مرضى في الغارة."),
    ],
)
def test_a_press_release_speaks_in_its_publisher_s_voice(lang: str, text: str) -> None:
    claims = extract_claims(text, lang, publisher="Example Relief")
    assert [c.speaker for c in claims if c.is_casualty] == ["Example Relief"]


def test_a_news_outlet_s_own_report_has_no_speaker() -> None:
    # the stored publisher of an ordinary report is not quoted by it
    text = "Nine villagers were killed in a strike on Monday."
    claims = extract_claims(text, "en", publisher="Example Daily")
    assert [c.speaker for c in claims if c.is_casualty] == [None]
