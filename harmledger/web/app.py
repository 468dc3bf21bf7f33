"""Build the FastAPI app: ledger, sessions, error envelope, API, pages, static files."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from harmledger.config import Settings
from harmledger.store.ledger import open_ledger
from harmledger.web import (
    actions,
    api,
    assets,
    downloads,
    errors,
    language,
    media,
    pages,
    recoveries,
    render,
)
from harmledger.web.cache import ViewCache
from harmledger.web.login_state import LoginThrottle
from harmledger.web.security import WebState, writers_only

HERE = Path(__file__).parent
SECRET_FILE = "web-secret.key"
SESSION_COOKIE = "harmledger_session"
SESSION_MAX_AGE = 12 * 3600


def session_secret(settings: Settings) -> str:
    """HARMLEDGER_WEB_SECRET, else a random key kept in the data home (owner-only file), so
    sessions survive restarts and several workers on one home share it."""
    explicit = os.environ.get("HARMLEDGER_WEB_SECRET")
    if explicit:
        return explicit
    path = settings.home / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def _secure_default() -> bool:
    return os.environ.get("HARMLEDGER_WEB_SECURE_COOKIES", "").lower() in ("1", "true", "yes")


def templates() -> Jinja2Templates:
    """Jinja2 with autoescaping on for every template (whatever its file name), and the page's
    language (its vocabulary, ``lang`` and ``dir``) in every template's context."""
    engine = Jinja2Templates(
        directory=str(HERE / "templates"), context_processors=[language.template_context]
    )
    engine.env.autoescape = True
    engine.env.globals["direction"] = render.direction
    engine.env.globals["bundles"] = assets.available()
    return engine


def build_app(
    settings: Settings,
    *,
    public: bool = False,
    secret_key: str | None = None,
    https_only: bool | None = None,
) -> FastAPI:
    """The app on one ledger. ``https_only`` marks the session cookie Secure (default:
    HARMLEDGER_WEB_SECURE_COOKIES; ``harmledger serve`` turns it on behind https)."""
    ledger = open_ledger(settings)
    key = secret_key or session_secret(settings)
    app = FastAPI(
        title="harmledger",
        summary="An auditable ledger of civilian harm" + (" (public record)" if public else ""),
        docs_url=None,  # our own page below: Swagger UI would load its assets from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
        dependencies=[Depends(writers_only)],
    )
    app.state.web = WebState(
        ledger=ledger,
        public=public,
        throttle=LoginThrottle(ledger),
        # shared with the other workers through a server database; on SQLite (one process, as
        # a rule) a page must never wait for the write lock to store a view
        cache=ViewCache(ledger, secret=None if settings.is_sqlite else key),
    )
    app.state.templates = templates()
    app.add_middleware(
        SessionMiddleware,
        secret_key=key,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=_secure_default() if https_only is None else https_only,
    )
    errors.install(app)
    app.include_router(api.router)
    app.include_router(downloads.router)  # before the pages: /documents/{id} would take it
    app.include_router(pages.router)
    app.include_router(actions.router)
    app.include_router(recoveries.router)
    app.include_router(media.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.router.add_event_handler("shutdown", ledger.close)
    return app
