"""The cyclic garbage collector is paused while one long document is read, and only then."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from harmledger.extract.runner import LONG_DOCUMENT, collector_paused


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_long_document_is_read_with_the_collector_paused() -> None:
    with collector_paused(LONG_DOCUMENT):
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_short_document_keeps_the_collector() -> None:
    with collector_paused(LONG_DOCUMENT - 1):
        assert gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_when_reading_fails() -> None:
    with pytest.raises(ValueError), collector_paused(10 * LONG_DOCUMENT):
        raise ValueError("a reading error")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    with collector_paused(10 * LONG_DOCUMENT):
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_a_long_stored_document_is_extracted_and_the_collector_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from harmledger import api
    from harmledger.extract import runner

    seen: list[bool] = []
    real = runner.collector_paused

    def watched(characters: int) -> AbstractContextManager[None]:
        seen.append(characters >= LONG_DOCUMENT)
        return real(characters)

    monkeypatch.setattr(runner, "collector_paused", watched)
    sentence = "Ett flyganfall dödade sju civila i byn i går, uppger lokala källor.\n"
    report = tmp_path / "long.txt"
    report.write_text(sentence * (LONG_DOCUMENT // len(sentence) + 1), encoding="utf-8")
    home = tmp_path / "home"
    api.ingest([str(report)], home=home, lang="sv", published="2026-05-02")
    extracted = api.extract(home=home)
    assert extracted.documents == 1 and not extracted.failures
    assert seen == [True]
    assert gc.isenabled()
