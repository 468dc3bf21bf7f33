"""Speaker and attribution chains, negation and hypotheticals, quantities, places and periods."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from harmledger.errors import InputError
from harmledger.extract import extract_claims


def _casualties(text: str, lang: str, **kwargs: object) -> list:
    return [c for c in extract_claims(text, lang, **kwargs) if c.is_casualty]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "According to Human Rights Watch, 31 civilians were killed.",
            "Human Rights Watch",
        ),
        (
            "en",
            "At least 12 people were killed, the Red Crescent said.",
            "Red Crescent",
        ),
        ("sv", "Enligt FN dödades 31 civila i beskjutningen.", "FN"),
        ("fr", "Selon l'Unicef, au moins neuf personnes ont été tuées.", "Unicef"),
        ("es", "Según la Cruz Roja, 20 personas murieron.", "Cruz Roja"),
        ("de", "Laut Augenzeugen wurden 13 Zivilisten getötet.", "Augenzeugen"),
        ("ar", "وفقا للمرصد السوري لحقوق الإنسان، قتل 19 مدنيا.", "المرصد السوري لحقوق الإنسان"),
        ("ar", "ذكر مسعفون ان خمسة مدنيين قتلوا.", "مسعفون"),
    ],
)
def test_speaker_cues(lang: str, text: str, speaker: str) -> None:
    assert [c.speaker for c in _casualties(text, lang)] == [speaker]


def test_nested_attribution_chain() -> None:
    (claim,) = _casualties(
        "Radio Example, citing Reuters, said 16 civilians were killed in Mosul.", "en"
    )
    assert claim.attribution_chain == ["Radio Example", "Reuters"]
    assert claim.speaker == "Reuters"


def test_reported_speech_runs_on_to_the_next_sentence() -> None:
    text = "Activists said 33 civilians were killed. Among the dead were 8 children."
    assert [c.speaker for c in _casualties(text, "en")] == ["Activists", "Activists"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The army denied that 40 civilians were killed."),
        ("en", "It is not true that 40 civilians were killed."),
        ("de", "Es wurden nicht 40 Zivilisten getötet."),
        ("fr", "Les autorités démentent que 40 civils ont été tués."),
    ],
)
def test_negated_counts_are_kept_but_never_casualties(lang: str, text: str) -> None:
    claims = extract_claims(text, lang)
    assert [(c.kind, c.negated, c.low) for c in claims] == [("quantity", True, 40)]
    assert not any(c.is_casualty for c in claims)


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("en", "No civilians were killed in the raid.", "civilians"),
        ("en", "None was hurt.", "people"),
        ("de", "Keine Zivilisten wurden getötet.", "civilians"),
        ("sv", "Inga civila dödades.", "civilians"),
        ("fr", "Aucun civil n'a été tué.", "civilians"),
    ],
)
def test_explicit_zero_is_a_claim(lang: str, text: str, who: str) -> None:
    assert [(c.low, c.high, c.who) for c in _casualties(text, lang)] == [(0, 0, who)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "If the dam breaks, thousands could die."),
        ("de", "Falls der Damm bricht, könnten Tausende sterben."),
        ("ar", "إذا انهار السد فقد يموت الآلاف."),
    ],
)
def test_hypotheticals_are_not_claims(lang: str, text: str) -> None:
    assert _casualties(text, lang) == []


@pytest.mark.parametrize(
    ("text", "measure", "low"),
    [
        ("The air force carried out tens of thousands of airstrikes.", "airstrikes", 20000),
        ("A monitor estimates as many as 6,000 munitions were used.", "munitions", None),
        ("The team interviewed 58 civilians who survived.", "people_interviewed", 58),
        ("Over 70 percent of the strikes were at night.", "percent", 71),
    ],
)
def test_non_casualty_quantities(text: str, measure: str, low: int | None) -> None:
    quantities = [c for c in extract_claims(text, "en") if c.kind == "quantity"]
    assert [(c.measure, c.low) for c in quantities] == [(measure, low)]


def test_perpetrator_weapon_and_place_are_normalised() -> None:
    text = "Eleven civilians died in a US-led coalition airstrike on Raqqa."
    (claim,) = _casualties(text, "en")
    assert claim.perpetrator == "us_led_coalition"
    assert claim.weapon == "airstrike"
    assert claim.place == "geonames:172955"
    assert claim.latitude == pytest.approx(35.95, abs=0.05)


def test_place_names_in_other_scripts_share_the_id() -> None:
    (claim,) = _casualties("قتل 14 مدنيا في الرقة.", "ar")
    assert claim.place == "geonames:172955"


def test_user_gazetteer_adds_villages(tmp_path: Path) -> None:
    gazetteer = tmp_path / "places.csv"
    gazetteer.write_text(
        "id,name,aliases,latitude,longitude\nvillage:1,Qaryat Example,Example Village|قرية المثال,35.1,38.9\n",
        encoding="utf-8",
    )
    (claim,) = _casualties(
        "Five civilians were killed in Example Village.", "en", gazetteer_file=gazetteer
    )
    assert (claim.place, claim.place_name, claim.latitude) == ("village:1", "Qaryat Example", 35.1)


def test_malformed_user_gazetteer_is_an_input_error(tmp_path: Path) -> None:
    gazetteer = tmp_path / "places.csv"
    gazetteer.write_text(
        "id,name,aliases,latitude,longitude\nv1,Somewhere,,north,east\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="latitude"):
        extract_claims("Five civilians were killed in Somewhere.", "en", gazetteer_file=gazetteer)


@pytest.mark.parametrize(
    ("lang", "text", "published", "start", "end"),
    [
        (
            "en",
            "More than 700 bodies were recovered since March of this year.",
            dt.date(2019, 11, 20),
            dt.date(2019, 3, 1),
            dt.date(2019, 11, 20),
        ),
        (
            "sv",
            "Mellan den 3 maj och 9 augusti 2015 dödades hundratals civila.",
            None,
            dt.date(2015, 5, 3),
            dt.date(2015, 8, 9),
        ),
        (
            "en",
            "On Tuesday 26 people were killed.",
            dt.date(2019, 5, 10),
            dt.date(2019, 5, 7),
            dt.date(2019, 5, 7),
        ),
        (
            "fr",
            "En avril 2016, 58 personnes ont été tuées.",
            None,
            dt.date(2016, 4, 1),
            dt.date(2016, 4, 30),
        ),
    ],
)
def test_periods_resolve_relative_to_publication(
    lang: str, text: str, published: dt.date | None, start: dt.date, end: dt.date
) -> None:
    (claim,) = _casualties(text, lang, published=published)
    assert (claim.period_start, claim.period_end) == (start, end)


def test_relative_dates_stay_unresolved_without_publication_date() -> None:
    (claim,) = _casualties("On Tuesday 26 people were killed.", "en")
    assert claim.period_start is None
