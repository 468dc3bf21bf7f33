"""One error envelope, ``{"error": {"code", "message"}}``, for every API error; an HTML page
(or a redirect to the login page) for the same errors on pages."""

from __future__ import annotations

import logging
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from harmledger.errors import Conflict, HarmledgerError, InputError, Invalid, NotFound
from harmledger.web import language

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "invalid_input",
    429: "too_many_requests",
    500: "internal_error",
}


# The one place a library error gets its HTTP status, by class (first match wins); any other
# HarmledgerError is the server's problem (500).
STATUSES: tuple[tuple[type[HarmledgerError], int], ...] = (
    (NotFound, 404),
    (Conflict, 409),
    (Invalid, 400),
    (InputError, 400),  # the base of the three, should a caller raise it directly
)


def status_of(error: HarmledgerError) -> int:
    """The HTTP status of a library error: its class decides, never its message."""
    return next((status for kind, status in STATUSES if isinstance(error, kind)), 500)


def _out_of_range(error: DBAPIError) -> bool:
    """PostgreSQL's "value out of range" (SQLSTATE 22003), or the driver's own overflow."""
    original = error.orig
    return isinstance(original, OverflowError) or getattr(original, "sqlstate", None) == "22003"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(request: Request, status: int, message: str) -> Response:
    if _is_api(request):
        code = CODES.get(status, "error")
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    if status == 401:
        target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        return RedirectResponse(f"/login?next={target}", status_code=303)
    templates = request.app.state.templates
    response = templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )
    return language.remember(request, response)


def install(app: FastAPI) -> None:
    """Register the handlers; every error path of the app ends in :func:`error_response`."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else CODES.get(error.status_code)
        return error_response(request, error.status_code, str(message or "error"))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        parts = []
        for item in error.errors():
            where = ".".join(str(p) for p in item.get("loc", ()) if p != "body")
            parts.append(f"{where}: {item.get('msg', 'invalid')}")
        return error_response(request, 422, "; ".join(parts) or "invalid input")

    @app.exception_handler(HarmledgerError)
    async def library_error(request: Request, error: HarmledgerError) -> Response:
        return error_response(request, status_of(error), str(error))

    @app.exception_handler(OverflowError)
    async def out_of_range(request: Request, error: OverflowError) -> Response:
        # an id or page beyond what the database's integers hold (2**63 and up) names nothing
        return error_response(request, 400, "a number in the request is out of range")

    @app.exception_handler(DBAPIError)
    async def database_error(request: Request, error: DBAPIError) -> Response:
        if _out_of_range(error):
            return error_response(request, 400, "a number in the request is out of range")
        log.exception("database error on %s", request.url.path)
        return error_response(request, 500, "internal error; the server log has details")

    @app.exception_handler(Exception)
    async def crash(request: Request, error: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, "internal error; the server log has details")


__all__ = ["STATUSES", "HTTPException", "error_response", "install", "status_of"]
