"""Claim matching, agreement measures and incident-level counts, on claims we make up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.evaluation.incidents import incident_count, incident_range
from harmledger.evaluation.matching import distractor_hits, same_speaker, score_document
from harmledger.extract import Claim, extract_claims


def _claim(
    measure: str,
    low: int | None,
    high: int | None,
    who: str = "people",
    start: int = 0,
    speaker: str | None = None,
    kind: str = "casualty",
    negated: bool = False,
) -> Claim:
    return Claim(
        kind=kind,
        measure=measure,
        who=who,
        low=low,
        high=high,
        start=start,
        end=start + 5,  # type: ignore[arg-type]
        quote="x" * 5,
        speaker=speaker,
        negated=negated,
    )


def test_one_to_one_matching_on_measure_and_range() -> None:
    text = "aaaaa bbbbb ccccc"
    gold = [
        {
            "measure": "killed",
            "low": 5,
            "high": 5,
            "who": "people",
            "quote": "aaaaa",
            "speaker": None,
        },
        {
            "measure": "killed",
            "low": 5,
            "high": 5,
            "who": "people",
            "quote": "bbbbb",
            "speaker": None,
        },
        {
            "measure": "injured",
            "low": 3,
            "high": None,
            "who": "children",
            "quote": "ccccc",
            "speaker": "X",
        },
    ]
    predicted = [
        _claim("killed", 5, 5, start=0),
        _claim("injured", 3, None, who="children", start=12, speaker="X"),
        _claim("injured", 7, 7, start=12),
        _claim("killed", 9, 9, kind="quantity", negated=True),
    ]
    tally = score_document(text, predicted, gold, "doc")
    assert (tally.gold, tally.predicted, tally.matched) == (3, 3, 2)
    assert (tally.who_same, tally.speaker_same, tally.span_overlap) == (2, 2, 2)
    assert len(tally.misses) == 1 and len(tally.false_alarms) == 1


def test_matched_claims_with_other_speakers_are_listed_for_the_detail_file() -> None:
    text = "aaaaa bbbbb"
    gold = [
        {"measure": "killed", "low": 5, "high": 5, "quote": "aaaaa", "speaker": "the mayor"},
        {"measure": "injured", "low": 2, "high": 2, "quote": "bbbbb", "speaker": "the mayor"},
    ]
    predicted = [
        _claim("killed", 5, 5, start=0, speaker="Mayor Example"),
        _claim("injured", 2, 2, start=6, speaker="Radio Example"),
    ]
    tally = score_document(text, predicted, gold, "doc")
    assert tally.speaker_same == 1
    assert [(r["gold_speaker"], r["predicted_speaker"]) for r in tally.speaker_records] == [
        ("the mayor", "Radio Example")
    ]
    assert tally.speaker_records[0]["quote"] == "bbbbb"


def test_speaker_agreement_uses_aliases_across_languages() -> None:
    assert same_speaker("l'OSDH", "Syrian Observatory for Human Rights (OSDH)")
    assert same_speaker("المرصد السوري", "Syrian Observatory for Human Rights")
    assert same_speaker(None, None)
    assert not same_speaker("Amnesty", None)


def test_incident_range_reads_the_lead_claim() -> None:
    claims = [
        _claim("killed", None, 20, who="civilians", start=0),
        _claim("killed", 14, None, start=30),
        _claim("killed", 3, 3, who="children", start=60),
        _claim("killed", 30, 30, who="combatants", start=90),
    ]
    assert incident_range(claims, "killed") == (14, 20)
    assert incident_range([], "killed") is None
    assert incident_count(claims, "killed") == 20
    assert incident_count([], "injured") == 0


def test_incident_count_from_a_text_we_wrote() -> None:
    text = "A 20-year-old man was shot and killed on Main Street. Two others were wounded."
    claims = extract_claims(text, "en")
    assert incident_count(claims, "killed") == 1
    assert incident_count(claims, "injured") == 2


def test_eval_command_on_a_small_set_of_our_own(tmp_path: Path) -> None:
    rows = [
        {
            "id": "t-1",
            "lang": "en",
            "text": "At least 12 civilians were killed and 30 wounded.",
            "published": "2020-01-05",
            "distractors": [],
            "claims": [
                {
                    "measure": "killed",
                    "who": "civilians",
                    "low": 12,
                    "high": None,
                    "qualifier": "at_least",
                    "quote": "At least 12 civilians were killed",
                    "speaker": None,
                },
                {
                    "measure": "injured",
                    "who": "people",
                    "low": 30,
                    "high": 30,
                    "qualifier": "exact",
                    "quote": "30 wounded",
                    "speaker": None,
                },
            ],
        },
        {
            "id": "t-2",
            "lang": "de",
            "text": "Mindestens fünf Menschen wurden verletzt.",
            "published": None,
            "distractors": [],
            "claims": [
                {
                    "measure": "injured",
                    "who": "people",
                    "low": 5,
                    "high": None,
                    "qualifier": "at_least",
                    "quote": "Mindestens fünf Menschen wurden verletzt",
                    "speaker": None,
                }
            ],
        },
    ]
    (tmp_path / "multilingual_dev.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows), encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["eval", "extraction", "--data", str(tmp_path), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    figures = report["sets"]["multilingual_dev"]
    assert figures["all"]["f1"] == 1.0
    assert figures["de"]["recall"] == 1.0
    assert "f1" in report["definitions"]
    table = CliRunner().invoke(app, ["eval", "extraction", "--data", str(tmp_path)])
    assert table.exit_code == 0 and "precision" in table.output


def test_distractor_hits_count_numbers_read_into_casualty_claims() -> None:
    text = "On 12 May, 7 people were killed and 30 houses burned."
    predicted = [
        _claim("killed", 7, 7, start=11),
        _claim("killed", 30, 30, start=36),
    ]
    hits = distractor_hits(text, predicted, ["12 May", "30 houses", "30 houses"], "doc")
    assert [h["distractor"] for h in hits] == ["30 houses"]
    assert hits[0]["predicted"]["low"] == 30


def test_a_claim_matching_the_gold_is_no_distractor_hit_whatever_its_quote_holds() -> None:
    text = "A man of 55 was killed; 55 rockets fell."
    # the lone victim's span (7-12) holds the age; the second claim read the rockets
    predicted = [_claim("killed", 1, 1, start=7), _claim("killed", 55, 55, start=24)]
    hits = distractor_hits(text, predicted, ["55"], "doc", matched={0})
    assert [h["predicted"]["low"] for h in hits] == [55]
    assert distractor_hits(text, predicted, ["55"], "doc", matched={0, 1}) == []


def test_eval_sets_halves_and_detail_on_our_own_incident_corpus(tmp_path: Path) -> None:
    from harmledger.evaluation.splits import half

    rows = [
        {
            "id": doc_id,
            "lang": "en",
            "text": "On Tuesday, 9 people were killed in the town. Police said 40 officers came.",
            "published": None,
            "distractors": ["Tuesday", "40 officers"],
            "claims": [
                {
                    "measure": "killed",
                    "who": "people",
                    "low": 9,
                    "high": 9,
                    "qualifier": "exact",
                    "quote": "9 people were killed",
                    "speaker": "the town council",  # the text names no one: a disagreement
                },
                {
                    "measure": "injured",
                    "who": "people",
                    "low": 2,
                    "high": 2,
                    "qualifier": "exact",
                    "quote": "Police",
                    "speaker": None,
                },
            ],
        }
        for doc_id in ("en-01", "en-02", "en-03", "en-04")
    ]
    rows.append(
        {
            "id": "it-01",
            "lang": "it",
            "detect_language": True,
            "text": "Secondo la protezione civile, almeno dodici persone sono morte ieri sera.",
            "published": None,
            "distractors": [],
            "claims": [],
        }
    )
    (tmp_path / "incidents_dev").mkdir()
    (tmp_path / "incidents_dev" / "corpus.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows), encoding="utf-8"
    )
    detail = tmp_path / "detail.json"
    result = CliRunner().invoke(
        app,
        [
            *("eval", "extraction", "--data", str(tmp_path), "--format", "json"),
            *("--set", "incidents_dev", "--detail", str(detail)),
        ],
    )
    assert result.exit_code == 0, result.output
    sets = json.loads(result.output)["sets"]
    halves = {half(r["id"]) for r in rows}
    assert set(sets) == {f"incidents_dev/{h}" for h in halves}
    en_docs = sum(sets[f"incidents_dev/{h}"].get("en", {}).get("docs", 0) for h in halves)
    assert en_docs == 4
    assert sets[f"incidents_dev/{half('it-01')}"]["unsupported"]["docs"] == 1
    records = json.loads(detail.read_text())
    assert len(records["misses"]) == 4  # the injured claim we never wrote a number for
    assert {m["half"] for m in records["misses"]} == {half(f"en-0{i}") for i in range(1, 5)}
    assert all(m["lang"] == "en" and m["set"] == "incidents_dev" for m in records["misses"])
    assert [u["doc"] for u in records["unsupported"]] == ["it-01"]
    spoken = records["speaker_disagreements"]
    assert [(r["gold_speaker"], r["predicted_speaker"]) for r in spoken] == [
        ("the town council", None)
    ] * 4
    assert all(r["set"] == "incidents_dev" and r["lang"] == "en" and r["half"] for r in spoken)
    bad = CliRunner().invoke(app, ["eval", "extraction", "--data", str(tmp_path), "--set", "x"])
    assert bad.exit_code != 0


def test_incident_range_widens_an_open_lead_to_a_restated_total() -> None:
    claims = [
        _claim("killed", 8, None, start=0),
        _claim("killed", 12, 12, who="children", start=40),
        _claim("killed", 10, 10, start=300),
        _claim("killed", 7000, 7000, start=900),  # a list's size, not this incident
    ]
    assert incident_range(claims, "killed") == (8, 10)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("UN", "United Nations"),  # an acronym and the name it spells
        ("XNF", "Xanadu National Front spokesperson"),
        ("OEDH", "Observatorio Ejemplar de Derechos Humanos"),  # a name link skipped
        ("UN-Hilfskoordinator", "UN humanitarian coordinator"),  # the same acronym
        ("Nachrichtenagentur AP", "AP (local officials)"),
        ("Associated Press", "AP"),
    ],
)
def test_an_acronym_names_the_same_speaker(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("UN", "Example Television"),
        ("XNF", "Xanadu Liberation Front"),
        ("AP", "Reuters"),
        ("us", "United States"),  # a word, not an acronym
        ("the EU", "the UN"),
    ],
)
def test_a_different_acronym_is_another_speaker(predicted: str, gold: str) -> None:
    assert not same_speaker(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("الشهود", "witnesses"),  # the article written onto the role noun
        ("المصادر", "field sources"),
        ("وللشرطة", "police"),
    ],
)
def test_an_arabic_role_noun_with_its_article_is_the_same_role(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)
    assert not same_speaker(predicted, "Example Television")


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Zivilschutzteams", "civil defence teams"),  # de "zivilschutz*" as the lexicon reads it
        ("israelische Armee", "Israeli army"),
    ],
)
def test_a_wildcard_alias_reads_as_the_extractor_reads_it(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)
    assert not same_speaker(predicted, "Example Television")


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("FN", "United Nations"),  # sv "fn" as an acronym in capitals
        ("Nations Unies", "UN rights office"),  # de "un" as an acronym in capitals
    ],
)
def test_a_two_letter_alias_counts_as_an_acronym(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)


def test_a_two_letter_alias_is_not_a_lower_case_word() -> None:
    assert not same_speaker("un témoin", "United Nations")  # French "un": a, one


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Militärverwalter Wladislaw Pawlenko", "military administrator Vladyslav Pavlenko"),
        ("porte-parole Youssef Khaddouri", "spokesman Yusuf al-Khadduri"),
        ("الناطق باسم الوزارة يوسف الشمراني", "Youssef al-Shamrani"),  # name of our own making
        ("موقع المنارة", "al-Manara website"),
    ],
)
def test_a_name_transliterated_two_ways_is_one_speaker(predicted: str, gold: str) -> None:
    assert same_speaker(predicted, gold)
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Ministerio de Salud", "Ministry of Defence"),  # descriptions, not names
        ("Ana Ejemplo", "Eva Muestra"),
        ("Wladislaw Pawlenko", "Petro Kowalenko"),
        ("وزير", "Wazir Example"),
    ],
)
def test_different_names_do_not_meet_by_sound(predicted: str, gold: str) -> None:
    assert not same_speaker(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [  # names of our own making, too short for a consonant skeleton
        ("العزي", "Dr Example al-Azzi, head of the health office"),
        ("المتحدث سالم الحوثي", "spokesman Salem el-Houthi"),
        ("العلي", "al-Ali"),
    ],
)
def test_a_short_family_name_with_the_article_meets_its_transliteration(
    predicted: str, gold: str
) -> None:
    assert same_speaker(predicted, gold)
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("العزي", "al-Izzi"),  # another vowel, another name
        ("العزي", "al-Aziz"),  # another consonant
        ("العزة", "al-Azzi"),  # the feminine ending is a vowel of its own
        ("العزي", "Azzi"),  # no article on the Latin side: not read as a family name
        ("العلي", "al-Ula"),
        ("الحوثي", "al-Hut"),
    ],
)
def test_short_family_names_that_differ_do_not_meet(predicted: str, gold: str) -> None:
    assert not same_speaker(predicted, gold)
    assert not same_speaker(gold, predicted)


def test_hospitals_and_relatives_are_one_speaker_across_languages() -> None:
    assert same_speaker("Klinik", "a local clinic")
    assert same_speaker("sjukhuset", "hospital staff")
    assert same_speaker("قريب", "a relative of the family")
    assert same_speaker("familiares", "relatives")
    assert not same_speaker("hospital", "relatives")


def test_the_un_adjective_names_the_un() -> None:
    assert same_speaker("التقرير السنوي الأممي", "UN annual report")
    assert same_speaker("la mission onusienne", "United Nations")
    assert not same_speaker("التقرير السنوي", "UN annual report")
