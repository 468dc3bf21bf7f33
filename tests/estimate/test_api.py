"""The public surface of harmledger.estimate: complete __all__, light import."""

from __future__ import annotations

import inspect
import subprocess
import sys

import harmledger.estimate as estimate


def test_all_is_complete_and_resolves() -> None:
    public = {
        name
        for name, value in vars(estimate).items()
        if not name.startswith("_")
        and not inspect.ismodule(value)
        and getattr(value, "__module__", "").startswith("harmledger.estimate")
    }
    assert public <= set(estimate.__all__)
    for name in estimate.__all__:
        assert getattr(estimate, name) is not None


def test_import_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys, harmledger.estimate; "
        "print([m for m in ('statsmodels', 'matplotlib', 'threadpoolctl') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
