"""The language of each page: chosen by ``?lang=``, remembered in a cookie, else the browser's.

The chosen :class:`~harmledger.web.vocab.Vocabulary` is given to every template (pages and
error pages alike) with ``t`` (interface strings), ``label`` (ids), and the page's ``lang`` and
``dir``, so no template holds a word of any one language.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from harmledger.web.vocab import Vocabulary, choose, languages, vocabulary

LANG_COOKIE = "harmledger_lang"
LANG_MAX_AGE = 365 * 24 * 3600


def for_request(request: Request) -> Vocabulary:
    """The vocabulary this request's page is written in (chosen once per request)."""
    found = getattr(request.state, "vocabulary", None)
    if found is None:
        code = choose(
            request.query_params.get("lang"),
            request.cookies.get(LANG_COOKIE),
            request.headers.get("accept-language"),
        )
        found = vocabulary(code)
        request.state.vocabulary = found
    return found


def switch_links(request: Request) -> list[dict[str, str]]:
    """The header's language switch: this page in every other language."""
    current = for_request(request).code
    links = []
    for code in languages():
        if code != current:
            url = request.url.include_query_params(lang=code)
            target = url.path + (f"?{url.query}" if url.query else "")
            links.append({"code": code, "name": vocabulary(code).name, "href": target})
    return links


def template_context(request: Request) -> dict[str, Any]:
    """What every template gets (a Jinja2Templates context processor)."""
    chosen = for_request(request)
    return {
        "vocab": chosen,
        "t": chosen.ui,
        "label": chosen.label,
        "lang": chosen.code,
        "page_dir": chosen.dir,
        "languages": switch_links(request),
    }


def remember(request: Request, response: Response) -> Response:
    """Keep an explicit ``?lang=`` choice in a cookie, and say the page varies by language."""
    asked = request.query_params.get("lang")
    if asked in languages():
        response.set_cookie(LANG_COOKIE, asked, max_age=LANG_MAX_AGE, samesite="lax", httponly=True)
    response.headers.append("Vary", "Accept-Language, Cookie")
    return response
