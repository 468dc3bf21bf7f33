"""The web app: the analysts' workbench and, with ``public=True``, the read-only public record.

FastAPI and friends are the optional ``web`` extra, so this package imports them only when an
app is actually built; ``import harmledger`` and ``harmledger --help`` never load them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from harmledger.errors import MissingExtraError

if TYPE_CHECKING:
    from fastapi import FastAPI

    from harmledger.config import Settings

__all__ = ["create_app"]


def create_app(
    settings: Settings,
    public: bool = False,
    *,
    secret_key: str | None = None,
    https_only: bool | None = None,
) -> FastAPI:
    """Build the app on the ledger ``settings`` describe (see :mod:`harmledger.web.app`)."""
    try:
        from harmledger.web.app import build_app
    except ImportError as error:  # pragma: no cover - depends on the installed extras
        raise MissingExtraError(
            f"the web app needs the 'web' extra: pip install 'harmledger[web]' ({error})"
        ) from error
    return build_app(settings, public=public, secret_key=secret_key, https_only=https_only)
