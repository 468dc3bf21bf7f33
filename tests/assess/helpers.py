"""Claims read from our own sentences, in the shape figures read them from the ledger."""

from __future__ import annotations

import datetime as dt

from harmledger.assess.figures import FigureClaim
from harmledger.extract import extract_claims


def figure_claims(
    text: str,
    lang: str,
    document_id: int = 1,
    first_id: int = 0,
    published: dt.date | None = None,
    *,
    uncounted: bool = False,
) -> list[FigureClaim]:
    """The casualty claims of ``text`` (and its plurals with no figure when ``uncounted``) as
    one monitor's report, numbered from ``first_id``."""
    found = extract_claims(text, lang, published)
    return [
        FigureClaim(
            first_id + i,
            c.measure,
            c.who,
            c.low,
            c.high,
            "monitor",
            "monitor",
            document_id,
            c.start,
            c.end,
            c.qualifier,
            c.kind,
            c.quote,
        )
        for i, c in enumerate(
            c for c in found if c.is_casualty or (uncounted and c.kind == "uncounted")
        )
    ]
