"""The Python API named in the README, and the promise that importing harmledger is light."""

import subprocess
import sys
from pathlib import Path

import harmledger
from tests.fixtures_docs import EN_TEXT, SV_TEXT


def test_all_names_resolve() -> None:
    for name in harmledger.__all__:
        assert getattr(harmledger, name) is not None, name


def test_import_is_light() -> None:
    code = (
        "import sys, harmledger; heavy = [m for m in ('sqlalchemy', 'trafilatura', 'lingua', 'pypdf', "
        "'statsmodels', 'splink', 'duckdb', 'pyspark') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_python_api_end_to_end(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "en.txt").write_text(EN_TEXT)
    (tmp_path / "sv.txt").write_text(SV_TEXT)
    info = harmledger.init(home=home)
    assert info["schema_revision"]
    report = harmledger.ingest(
        [str(tmp_path / "en.txt"), str(tmp_path / "sv.txt")], home=home, source="Wire"
    )
    assert (report.ingested, report.failed) == (2, 0)
    assert harmledger.ingest(str(tmp_path / "en.txt"), home=home).already_archived == 1
    documents = harmledger.documents(home=home, lang="sv")
    assert [d["source"] for d in documents] == ["Wire"]
    assert harmledger.document(documents[0]["id"], home=home)["text"] == SV_TEXT
    assert harmledger.verify(home=home).ok


def test_no_submodule_shadows_an_exported_function() -> None:
    """``import harmledger.x`` rebinds ``harmledger.x``: a module named like an API function breaks it."""
    import importlib.util

    shadowed = [
        n for n in harmledger.__all__ if importlib.util.find_spec(f"harmledger.{n}") is not None
    ]
    assert shadowed == []
