"""Grades follow Airwars' rules as written: corroboration counts the sources a report cites,
Contested needs competing claims of responsibility, a belligerent's own stated civilian deaths
are an admission. Sentences are our own, in every supported language."""

import datetime as dt
from typing import Any

import pytest

from harmledger.assess.citations import cited_origins, speaker_sides
from harmledger.assess.grading import grade
from harmledger.assess.regrade import admissions, competing_responsibility, incident_facts
from harmledger.claims.reviewed import LoadedClaim

TWO_NAMED = {
    "en": "Radio Alpha later reported that six civilians were killed in the strike. "
    "According to the Red Crescent, four of them were children.",
    "fr": "Selon Radio Alpha, six civils ont été tués dans la frappe. "
    "D'après le Croissant-Rouge, quatre enfants sont morts.",
    "es": "Según Radio Alfa, seis civiles murieron en el ataque. "
    "De acuerdo con la Media Luna Roja, cuatro eran niños.",
    "de": "Laut Radio Alpha wurden sechs Zivilisten getötet. "
    "Nach Angaben des Roten Halbmonds waren vier davon Kinder.",
    "sv": "Enligt Radio Alfa dödades sex civila i anfallet. "
    "Röda Korset uppgav att fyra av dem var barn.",
    "ar": "بحسب إذاعة ألفا، قتل ستة مدنيين في الغارة. وقال الهلال الأحمر إن أربعة منهم أطفال.",
}
PLURAL = {
    "en": "Local sources said six civilians were killed in the strike on Tuesday.",
    "fr": "Selon des sources locales, six civils ont été tués mardi.",
    "es": "Según fuentes locales, seis civiles murieron el martes.",
    "de": "Laut Augenzeugen wurden am Dienstag sechs Zivilisten getötet.",
    "sv": "Enligt vittnen dödades sex civila i anfallet på tisdagen.",
    "ar": "قال شهود عيان إن ستة مدنيين قتلوا في الغارة يوم الثلاثاء.",
}
UNCITED = {
    "en": "Six civilians were killed in the strike on Tuesday.",
    "fr": "Six civils ont été tués dans la frappe mardi.",
    "es": "Seis civiles murieron en el ataque el martes.",
    "de": "Sechs Zivilisten wurden am Dienstag bei dem Angriff getötet.",
    "sv": "Sex civila dödades i anfallet på tisdagen.",
    "ar": "قتل ستة مدنيين في الغارة يوم الثلاثاء.",
}


def _cited(lang: str, text: str) -> frozenset[str]:
    return cited_origins(f"{lang}:{text}", text, lang)


@pytest.mark.parametrize("lang", sorted(TWO_NAMED))
def test_a_report_citing_two_sources_counts_two_origins(lang: str) -> None:
    assert len(_cited(lang, TWO_NAMED[lang])) == 2


@pytest.mark.parametrize("lang", sorted(PLURAL))
def test_unnamed_sources_in_the_plural_are_more_than_one_origin(lang: str) -> None:
    assert len(_cited(lang, PLURAL[lang])) == 2


@pytest.mark.parametrize("lang", sorted(UNCITED))
def test_a_report_citing_no_one_cites_no_origin(lang: str) -> None:
    assert _cited(lang, UNCITED[lang]) == frozenset()


def _claim(
    claim_id: int,
    *,
    origin: str,
    perpetrator: str | None = None,
    speaker: str | None = None,
    source_type: str = "news",
    document_id: int = 1,
    **values: Any,
) -> LoadedClaim:
    base = {
        "measure": "killed",
        "who": "civilians",
        "low": 6,
        "high": 6,
        "perpetrator": perpetrator,
        "weapon": None,
        "speaker": speaker,
        "attribution_chain": [],
    }
    return LoadedClaim(
        id=claim_id,
        document_id=document_id,
        values={**base, **values},
        published=dt.date(2024, 3, 5),
        retrieved_at=dt.datetime(2024, 3, 6, tzinfo=dt.UTC),
        origin=origin,
        source_type=source_type,
        review=None,
    )


def _grade(claims: list[LoadedClaim], **kwargs: Any) -> str | None:
    return grade(incident_facts(claims, [], **kwargs))[0]


def test_one_report_citing_two_sources_with_a_strike_is_fair() -> None:
    claims = [_claim(1, origin="monitor publisher", perpetrator="israel")]
    cited = {1: _cited("en", TWO_NAMED["en"])}
    assert _grade(claims) == "weak"
    assert _grade(claims, cited=cited) == "fair"
    # the publisher relays the cited sources: it is not a third origin
    assert incident_facts(claims, [], cited=cited)["independent_origins"] == 2


def test_a_second_party_named_in_passing_is_not_contested() -> None:
    claims = [
        _claim(1, origin="radio alpha", speaker="Radio Alpha", perpetrator="israel"),
        _claim(2, origin="radio alpha", speaker="Radio Alpha", perpetrator="israel"),
        _claim(3, origin="radio alpha", speaker="Radio Alpha", perpetrator="hamas"),
        _claim(4, origin="red crescent", speaker="Red Crescent", perpetrator="israel"),
    ]
    assert competing_responsibility(claims) == 0
    assert _grade(claims) == "fair"


def test_two_origins_blaming_different_parties_is_contested() -> None:
    claims = [
        _claim(1, origin="radio alpha", speaker="Radio Alpha", perpetrator="israel"),
        _claim(2, origin="the army", speaker="the army", perpetrator="hamas"),
    ]
    assert competing_responsibility(claims) == 2
    assert _grade(claims) == "contested"
    # a campaign holds harm by many parties: that is not a contest over one event
    assert _grade(claims, kind="aggregate") == "fair"


SIDES = {
    "en": "the US-led coalition",
    "fr": "la coalition internationale",
    "es": "la coalición internacional",
    "de": "die internationale Koalition",
    "sv": "den USA-ledda koalitionen",
    "ar": "التحالف الدولي",
}


@pytest.mark.parametrize("lang", sorted(SIDES))
def test_a_belligerents_own_civilian_deaths_are_an_admission(lang: str) -> None:
    speaker = SIDES[lang]
    assert "us_led_coalition" in speaker_sides(speaker)
    own = _claim(
        1,
        origin=speaker,
        speaker=speaker,
        source_type="belligerent",
        perpetrator="us_led_coalition",
    )
    blaming = _claim(
        2, origin=speaker, speaker=speaker, source_type="belligerent", perpetrator="islamic_state"
    )
    unnamed = _claim(3, origin=speaker, speaker=speaker, source_type="belligerent")
    fighters = _claim(
        4, origin=speaker, speaker=speaker, source_type="belligerent", who="combatants"
    )
    assert [c.id for c in admissions([own, blaming, unnamed, fighters])] == [1, 3]
    assert _grade([own]) == "confirmed"
    assert _grade([blaming]) != "confirmed"


def test_a_few_of_many_sources_naming_another_party_is_no_contest() -> None:
    claims = [
        _claim(n, origin=f"outlet {n}", speaker=f"Outlet {n}", perpetrator="israel")
        for n in range(1, 9)
    ]
    claims.append(_claim(9, origin="outlet 9", speaker="Outlet 9", perpetrator="hamas"))
    facts = incident_facts(claims, [])
    assert facts["competing_responsibility"] == 2 and facts["second_party_share"] == 0.1111
    assert grade(facts)[0] == "fair"
