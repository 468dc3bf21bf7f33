"""Several server processes on one ledger: the app each worker builds for itself.

uvicorn starts N workers by importing an app factory in each; the parent passes the resolved
settings in ``HARMLEDGER_SERVE`` (JSON), so every worker opens the same database and the same
session key. Nothing a worker keeps in memory needs sharing: logins, sessions and the login
throttle are rows in the database, and the view cache (:mod:`harmledger.web.cache`) is keyed by
the custody log's head, so a write through one worker retires the others' cached views on
their next request; on PostgreSQL a view that is slow to compute is stored in the database by
the worker that computed it and read there by the others (signed with the shared session key).
Each response names its worker (``X-Served-By``: the process id) so an operator can tell the
workers apart behind a proxy.
"""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request, Response

from harmledger.config import Settings, load_settings
from harmledger.web.app import session_secret

__all__ = ["ENVIRONMENT_VARIABLE", "FACTORY", "app_from_environment", "export_for_workers"]

ENVIRONMENT_VARIABLE = "HARMLEDGER_SERVE"
FACTORY = "harmledger.web.serving:app_from_environment"


def export_for_workers(settings: Settings, *, public: bool, https_only: bool | None) -> None:
    """Put what the workers need into the environment they inherit.

    The session key is made here, once, before the workers start: two workers creating the
    key file at the same moment would each sign cookies the other rejects.
    """
    os.environ.setdefault("HARMLEDGER_WEB_SECRET", session_secret(settings))
    os.environ[ENVIRONMENT_VARIABLE] = json.dumps(
        {
            "home": str(settings.home),
            "database_url": settings.database_url,
            "map_tiles": settings.map_tiles,
            "map_attribution": settings.map_attribution,
            "public": public,
            "https_only": https_only,
        }
    )


def app_from_environment() -> FastAPI:
    """The app of one worker, from :data:`ENVIRONMENT_VARIABLE` (set by ``serve --workers``)."""
    from harmledger.web import create_app

    options: dict[str, Any] = json.loads(os.environ[ENVIRONMENT_VARIABLE])
    settings = load_settings(
        home=options["home"],
        database_url=options["database_url"],
        map_tiles=options["map_tiles"],
        map_attribution=options["map_attribution"],
    )
    app = create_app(settings, public=options["public"], https_only=options["https_only"])
    worker = str(os.getpid())

    @app.middleware("http")
    async def served_by(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers["X-Served-By"] = worker
        return response

    return app
