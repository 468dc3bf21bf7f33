"""The machine translation seam: off by default with a clear error, a user's own backend by
name, Argos only with packages installed here, and the original text always kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import ConfigError
from harmledger.translation import ENVIRONMENT, backend, translate
from tests.fixtures_docs import AR_TEXT, ES_TEXT

runner = CliRunner()
GLOSSARY = {"مدنيين": "civilians", "civiles": "civilians"}


def glossary(text: str, source: str, target: str) -> str:
    """A backend of our own: word-for-word from a glossary, marking the pair it was asked for."""
    words = [GLOSSARY.get(word.strip(".,"), word) for word in text.split()]
    return f"[{source}>{target}] " + " ".join(words)


SPEC = f"{__name__}:glossary"


def test_no_backend_by_default_and_the_error_says_how_to_set_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    assert backend() is None
    with pytest.raises(ConfigError, match="HARMLEDGER_TRANSLATION"):
        translate("texto", "es", "en")


def test_a_named_function_translates_and_says_which_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENVIRONMENT, SPEC)
    made = translate(AR_TEXT, "ar", "en")
    assert made.text.startswith("[ar>en] ") and "civilians" in made.text
    assert made.backend == SPEC
    assert translate("same", "en", "en").text == "same"  # nothing to translate


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("no_such_module_here:translate", "cannot load"),
        (f"{__name__}:GLOSSARY", "not a function"),
        ("deepl", "use none, argos, or package.module:function"),
    ],
)
def test_a_wrong_setting_is_named(spec: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        backend(spec)


def test_argos_without_the_package_says_what_to_install() -> None:
    # argostranslate is not a dependency: the error must say what to install
    try:
        import argostranslate  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match="pip install argostranslate"):
            backend("argos")
    else:  # pragma: no cover - only where a user installed it
        pytest.skip("argostranslate is installed here")


def test_documents_show_adds_the_translation_beside_the_original(
    ledger_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "informe.txt"
    path.write_text(ES_TEXT, encoding="utf-8")
    ingest = runner.invoke(app, ["ingest", str(path), "--lang", "es", "--home", str(ledger_home)])
    assert ingest.exit_code == 0, ingest.output
    refused = runner.invoke(
        app, ["documents", "show", "1", "--translate", "en", "--home", str(ledger_home)]
    )
    assert isinstance(refused.exception, ConfigError)  # `main` prints it and exits 1
    assert "HARMLEDGER_TRANSLATION" in str(refused.exception)
    monkeypatch.setenv(ENVIRONMENT, SPEC)
    shown = runner.invoke(
        app,
        ["documents", "show", "1", "--translate", "en", "-f", "json", "--home", str(ledger_home)],
    )
    assert shown.exit_code == 0, shown.output
    record = json.loads(shown.stdout)
    assert record["text"] == ES_TEXT.strip()  # the original is untouched
    assert record["translation"]["text"].startswith("[es>en] ")
    assert record["translation"]["backend"] == SPEC
