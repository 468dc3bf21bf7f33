"""harmledger: an auditable ledger of civilian harm in armed conflict.

The public API is re-exported here and loaded on first use, so ``import harmledger`` stays
fast and pulls in no database driver, HTML parser or statistics library until needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "init": "harmledger.api",
    "ingest": "harmledger.api",
    "documents": "harmledger.api",
    "document": "harmledger.api",
    "unread_items": "harmledger.api",
    "verify": "harmledger.api",
    "extract_claims": "harmledger.extract",
    "Claim": "harmledger.extract.claim",
    "open_ledger": "harmledger.store.ledger",
    "Ledger": "harmledger.store.ledger",
    "load_settings": "harmledger.config",
    "Settings": "harmledger.config",
    "HarmledgerError": "harmledger.errors",
    "InputError": "harmledger.errors",
    "NotFound": "harmledger.errors",
    "Conflict": "harmledger.errors",
    "Invalid": "harmledger.errors",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'harmledger' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
