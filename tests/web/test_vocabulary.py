"""The vocabularies: one file per language, the same keys in each, a label for every id the
library can store, and the page's language chosen by ``?lang=``, cookie or Accept-Language."""

from __future__ import annotations

import tomllib
import typing
from importlib import resources

import pytest

from harmledger.assess.grading import FACTS, default_rules
from harmledger.extract.claim import CASUALTY_MEASURES, Qualifier, Who
from harmledger.store.incident_tables import ASSESSMENTS, CATEGORIES, GRADES, INCIDENT_KINDS
from harmledger.store.tables import SOURCE_TYPES
from harmledger.store.user_tables import ROLES
from harmledger.tally.compare import VOICES
from harmledger.victims.model import AttributionCertainty, IdentificationStatus, Sex, Status
from harmledger.victims.recoveries import RECOVERY_GROUPINGS
from harmledger.web.estimates import WEB_METHODS
from harmledger.web.vocab import choose, languages, vocabulary


def _raw(code: str) -> dict[str, dict[str, str]]:
    return tomllib.loads((resources.files("harmledger.web.vocab") / f"{code}.toml").read_text())


def _actors() -> list[str]:
    text = (resources.files("harmledger.extract") / "packs/common/actors.toml").read_text()
    return list(tomllib.loads(text)["actors"])


def _weapons() -> list[str]:
    text = (resources.files("harmledger.extract") / "packs/en/pack.toml").read_text()
    return list(tomllib.loads(text)["weapons"])


def test_english_and_arabic_are_offered() -> None:
    assert languages()[0] == "en" and "ar" in languages()
    assert vocabulary("ar").dir == "rtl" and vocabulary("en").dir == "ltr"
    assert vocabulary("xx").code == "en"  # a language without a file falls back to English


@pytest.mark.parametrize("code", [c for c in languages() if c != "en"])
def test_every_language_has_every_key_of_english(code: str) -> None:
    english, other = _raw("en"), _raw(code)
    for section, entries in english.items():
        if section == "phrases":  # English phrases are the keys themselves
            continue
        missing = sorted(set(entries) - set(other.get(section, {})))
        extra = sorted(set(other.get(section, {})) - set(entries))
        assert not missing and not extra, (code, section, missing, extra)
    for section, entries in other.items():
        for key, value in entries.items():
            assert str(value).strip(), (code, section, key)
    placeholders = {
        (s, k): sorted(_fields(v))
        for s, e in english.items()
        for k, v in e.items()
        if "{" in str(v)
    }
    for (section, key), fields in placeholders.items():
        assert sorted(_fields(other[section][key])) == fields, (code, section, key)


def _fields(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize(
    ("section", "ids"),
    [
        ("measures", CASUALTY_MEASURES),
        ("categories", (*CATEGORIES, *typing.get_args(Who))),
        ("qualifiers", typing.get_args(Qualifier)),
        ("grades", (*GRADES, "ungraded")),
        ("grade_definitions", (*GRADES, "ungraded")),
        ("assessments", ASSESSMENTS),
        ("kinds", INCIDENT_KINDS),
        ("kind_sentence", INCIDENT_KINDS),
        ("source_types", SOURCE_TYPES),
        ("voices", tuple(VOICES)),
        ("facts", FACTS),
        ("roles", ROLES),
        ("sexes", typing.get_args(Sex)),
        ("statuses", typing.get_args(Status)),
        ("identification", typing.get_args(IdentificationStatus)),
        ("certainty", typing.get_args(AttributionCertainty)),
        ("recovery_groupings", RECOVERY_GROUPINGS),
        ("methods_mse", WEB_METHODS),
        ("actors", _actors()),
        ("weapons", _weapons()),
    ],
)
def test_every_library_id_has_a_label_in_every_language(section: str, ids: tuple[str, ...]) -> None:
    for code in languages():
        entries = _raw(code)[section]
        missing = sorted(set(ids) - set(entries))
        assert not missing, (code, section, missing)


def test_labels_never_show_an_id() -> None:
    english, arabic = vocabulary("en"), vocabulary("ar")
    assert english.label("actors", "us_led_coalition") == "US-led coalition"
    assert arabic.label("actors", "us_led_coalition") == "التحالف بقيادة الولايات المتحدة"
    assert english.label("measures", "killed_or_injured") == "killed or injured"
    assert english.label("actors", "some_new_party") == "some new party"  # words, not an id
    assert english.label("grades", None) == "unknown" and arabic.label("grades", "") == "غير معروف"
    assert english.definition("fair").startswith("Reported by two or more independent")


def test_dates_and_ranges_in_each_language() -> None:
    english, arabic = vocabulary("en"), vocabulary("ar")
    assert english.date("2017-06-06") == "6 June 2017"
    assert english.date("2017-06") == "June 2017"
    assert arabic.date("2017-08-15") == "15 آب/أغسطس 2017"
    assert english.period("2017-06-06", "2017-10-12") == "6 June 2017 – 12 October 2017"
    assert english.period(None, None) == "undated"
    assert english.range(30, 35) == "30–35" and english.range(1601, None) == "1,601 or more"
    assert arabic.range(30, 35) == "\u206630–35\u2069"  # isolated: never shown as 35–30
    assert arabic.range(None, 40) == "حتى 40"


def test_the_grading_rules_and_linker_sentences_are_translated() -> None:
    arabic = vocabulary("ar")
    for rule in default_rules():
        assert arabic.phrase(rule.reason) != rule.reason, rule.reason
    assert arabic.phrase("place same: Ar Raqqah") == "المكان نفسه: Ar Raqqah"
    assert arabic.phrase("analyst: two sources") == "محلل: two sources"
    assert arabic.phrase("within 31 days") == "في حدود 31 يومًا"
    assert arabic.phrase("a sentence nobody wrote") == "a sentence nobody wrote"
    assert vocabulary("en").phrase("place same: Ar Raqqah") == "place same: Ar Raqqah"


@pytest.mark.parametrize(
    ("query", "cookie", "accept", "chosen"),
    [
        ("ar", "en", "en", "ar"),  # the query wins
        (None, "ar", "en-GB,en;q=0.9", "ar"),  # then the remembered choice
        (None, None, "fr-FR,ar;q=0.8,en;q=0.5", "ar"),  # then the browser's best offered
        (None, None, "ar-SY;q=0.4,en;q=0.9", "en"),  # by weight, not order
        (None, None, "ar;q=0", "en"),  # q=0 means "not this one"
        ("xx", "yy", None, "en"),  # unknown languages are ignored
        (None, None, "de;q=bad", "en"),
    ],
)
def test_choose_language(
    query: str | None, cookie: str | None, accept: str | None, chosen: str
) -> None:
    assert choose(query, cookie, accept) == chosen
