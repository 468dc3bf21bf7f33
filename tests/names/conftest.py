"""The eval folder for name tests (skipped with a reason when the folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmledger.evaldata import eval_dir


@pytest.fixture
def gaza_moh_dir() -> Path:
    folder = eval_dir(must_exist=False) / "gaza_moh"
    if not (folder / "dict_ar_en.csv").is_file():
        pytest.skip(f"evaluation data not found at {folder} (set HARMLEDGER_EVAL_DIR)")
    return folder
