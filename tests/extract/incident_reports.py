"""Shared harness of the long incident-report test files (enrep8, enrep10).

A report is (id, language, text, labelled claims, distractor numbers). A labelled claim is a
reading (measure, who, low, high, qualifier) and its speaker: a substring of the speaker read
(alternatives joined by "|"), None when the text names nobody, :data:`ANY` when the labeller
does not hold the speaker to one reading. ``missed`` and ``speaker`` map (report id, reading)
to the reason of a strict xfail, ``extra`` a report id to the reason its extra readings stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from harmledger.extract import extract_claims

Reading = tuple[str, str | None, int | None, int | None, str]
Labelled = tuple[str, str, int | None, int | None, str, str | None]
Report = tuple[str, str, str, list[Labelled], list[str]]
ANY = "*"


def key(r: Reading) -> tuple[str, str, int, int, str]:
    """A sort key of readings with missing parts."""
    return (
        r[0],
        r[1] or "",
        r[2] if r[2] is not None else -1,
        r[3] if r[3] is not None else -1,
        r[4],
    )


def readings(text: str, lang: str) -> dict[Reading, list[str | None]]:
    """Casualty readings of a text with the speakers each was read with."""
    found: dict[Reading, list[str | None]] = {}
    for c in extract_claims(text, lang):
        if c.is_casualty:
            found.setdefault((c.measure, c.who, c.low, c.high, c.qualifier), []).append(c.speaker)
    return found


def label_matches(label: tuple[Any, ...], reading: tuple[Any, ...]) -> bool:
    """A labelled reading (measure, who or None for any, low, high, qualifier) is a reading."""
    return label[0] == reading[0] and label[2:] == reading[2:] and label[1] in (None, reading[1])


def assert_readings_labelled(text: str, lang: str, labels: list[Any]) -> None:
    """Every label is read and every casualty reading of ``text`` is labelled."""
    found = sorted(readings(text, lang), key=str)
    for label in labels:
        assert any(label_matches(label, r) for r in found), (label, found)
    for r in found:
        assert any(label_matches(label, r) for label in labels), ("beyond the labels", r)


def _labelled(reports: list[Report]) -> list[tuple[str, str, str, Labelled]]:
    return [
        (rid, lang, text, claim)
        for rid, lang, text, claims, _ in reports
        for claim in sorted(set(claims), key=lambda c: key(c[:5]))
    ]


def _xfail(reasons: dict[Any, str], name: Any) -> list[Any]:
    return [pytest.mark.xfail(strict=True, reason=reasons[name])] if name in reasons else []


def claim_cases(reports: list[Report], missed: dict[tuple[str, Reading], str]) -> list[Any]:
    """(lang, text, reading) per labelled claim."""
    return [
        pytest.param(
            lang,
            text,
            claim[:5],
            id=f"{rid}-{claim[0]}-{claim[1]}-{claim[2]}",
            marks=_xfail(missed, (rid, claim[:5])),
        )
        for rid, lang, text, claim in _labelled(reports)
    ]


def speaker_cases(
    reports: list[Report],
    missed: dict[tuple[str, Reading], str],
    speaker: dict[Any, str],
) -> list[Any]:
    """(lang, text, reading, speaker) per labelled claim that is read and holds a speaker; a key
    of ``speaker`` may name the labelled speaker too (report id, reading, speaker), for one of
    two claims of the same reading from two sources."""
    return [
        pytest.param(
            lang,
            text,
            claim[:5],
            claim[5],
            id=f"{rid}-{claim[0]}-{claim[1]}-{claim[2]}",
            marks=_xfail(speaker, (rid, claim[:5], claim[5])) or _xfail(speaker, (rid, claim[:5])),
        )
        for rid, lang, text, claim in _labelled(reports)
        if claim[5] != ANY and (rid, claim[:5]) not in missed
    ]


def report_cases(reports: list[Report], extra: dict[str, str]) -> list[Any]:
    """(lang, text, labelled claims) per report."""
    return [
        pytest.param(lang, text, claims, id=rid, marks=_xfail(extra, rid))
        for rid, lang, text, claims, _ in reports
    ]


def sentence_cases(
    rows: list[tuple[str, str, list[Reading], list[Reading]]], gaps: dict[tuple[str, str], str]
) -> list[Any]:
    """Sentences with the readings that must and must not be there, as params (``lang-i``),
    a sentence of ``gaps`` marked strict xfail with its reason."""
    return [
        pytest.param(lang, text, must, must_not, id=f"{lang}-{i}", marks=_xfail(gaps, (lang, text)))
        for i, (lang, text, must, must_not) in enumerate(rows)
    ]


def assert_readings(text: str, lang: str, must: list[Reading], must_not: list[Reading]) -> None:
    """Every reading of ``must`` is read from the sentence, none of ``must_not``."""
    found = readings(text, lang)
    for reading in must:
        assert reading in found, (reading, sorted(found, key=str))
    for reading in must_not:
        assert reading not in found, reading


def assert_speaker(speakers: list[str | None], speaker: str | None) -> None:
    """One of the speakers read holds the labelled one (or none, when none is labelled)."""
    if speaker is None:
        assert None in speakers
        return
    wanted = speaker.lower().split("|")
    assert any(s is not None and any(w in s.lower() for w in wanted) for s in speakers), speakers


def assert_no_extra(lang: str, text: str, claims: list[Labelled]) -> None:
    """No casualty reading beyond the labelled ones."""
    labelled = {c[:5] for c in claims}
    assert sorted(set(readings(text, lang)) - labelled, key=key) == []


def report_tests(
    reports: list[Report],
    missed: dict[tuple[str, Reading], str],
    speaker: dict[Any, str],
    extra: dict[str, str],
) -> tuple[Any, Any, Any, Any]:
    """The four tests every report file runs, parametrized over its ``reports``: each labelled
    claim is read, with its speaker; no reading beyond the labels; every distractor number listed
    stands in its text. A file binds them to module names starting with ``test_``."""

    @pytest.mark.parametrize(("lang", "text", "reading"), claim_cases(reports, missed))
    def labelled_claim_is_read(lang: str, text: str, reading: Reading) -> None:
        assert reading in readings(text, lang)

    @pytest.mark.parametrize(
        ("lang", "text", "reading", "speaker"), speaker_cases(reports, missed, speaker)
    )
    def labelled_speaker_is_read(
        lang: str, text: str, reading: Reading, speaker: str | None
    ) -> None:
        assert_speaker(readings(text, lang)[reading], speaker)

    @pytest.mark.parametrize(("lang", "text", "claims"), report_cases(reports, extra))
    def no_claim_beyond_the_labels(lang: str, text: str, claims: list[Labelled]) -> None:
        assert_no_extra(lang, text, claims)

    @pytest.mark.parametrize(
        ("rid", "text", "distractors"), [(r, t, d) for r, _, t, _, d in reports]
    )
    def distractors_are_in_the_text(rid: str, text: str, distractors: list[str]) -> None:
        for number in distractors:
            assert number in text, (rid, number)

    return (
        labelled_claim_is_read,
        labelled_speaker_is_read,
        no_claim_beyond_the_labels,
        distractors_are_in_the_text,
    )
