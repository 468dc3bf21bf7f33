"""Estimates for the web: capture tables built from linked persons, and one estimator's result.

Public mode only offers lists whose every record is publishable, so neither a hidden list nor
its size can be read off a table.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import select

from harmledger.errors import HarmledgerError, Invalid, NotFound
from harmledger.store.ledger import Ledger
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from harmledger.web.cache import ViewCache

WEB_METHODS = ("chapman", "lincoln-petersen", "loglinear", "chao", "lcmcr", "dga")


def available_lists(ledger: Ledger, *, public: bool) -> list[str]:
    query = select(VictimList.name).where(VictimList.kind == "victims").order_by(VictimList.name)
    if public:
        hidden = select(VictimRecordRow.list_id).where(VictimRecordRow.publishable.is_(False))
        query = query.where(VictimList.id.not_in(hidden))
    with ledger.reader() as session:
        return list(session.scalars(query))


def estimate_view(
    ledger: Ledger,
    lists: list[str],
    method: str,
    *,
    public: bool,
    cache: ViewCache | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """The capture table of ``lists`` (from the current person linkage) and the estimate."""
    from harmledger.estimate import CaptureTable, estimate
    from harmledger.link.persons.ledger import person_memberships

    offered = available_lists(ledger, public=public)
    unknown = sorted(set(lists) - set(offered))
    if unknown:
        raise NotFound(f"no victim list named {', '.join(map(repr, unknown))}")
    if len(lists) < 2:
        raise Invalid("an estimate needs at least two lists")
    if method not in WEB_METHODS:
        raise Invalid(f"method {method!r}: use one of {', '.join(WEB_METHODS)}")

    def compute() -> dict[str, Any]:
        members = person_memberships(ledger, lists).get("all", [])
        table = CaptureTable.from_memberships(members, lists)
        result = estimate(table, method, seed=seed)
        return {
            "lists": lists,
            "method": method,
            "table": [
                {"pattern": dict(zip(lists, pattern, strict=True)), "count": count}
                for pattern, count in table.rows()
            ],
            "observed": result.observed,
            "estimate": result.estimate,
            "lower": result.lower,
            "upper": result.upper,
            "details": {k: v for k, v in result.details.items() if _plain(v)},
        }

    if cache is None:
        return compute()
    return cache.get(("estimate", tuple(lists), method, seed), compute)


# a chain whose split R-hat is above this, or whose bulk effective sample size is below the
# other, has not mixed well enough for its interval to be read (Vehtari et al. 2021)
RHAT_LIMIT = 1.01
ESS_FLOOR = 400
# methods cheap enough to run beside the chosen one on every page view (LCMCR samples a chain)
QUICK_METHODS = tuple(m for m in WEB_METHODS if m != "lcmcr")


def convergence(details: dict[str, Any]) -> dict[str, Any] | None:
    """A sampler's diagnostics and whether they warn: None for a method with no chain."""
    rhat, ess = details.get("rhat"), details.get("effective_sample_size")
    if rhat is None and ess is None and "converged" not in details:
        return None
    warn = details.get("converged") is False
    warn |= isinstance(rhat, int | float) and not rhat <= RHAT_LIMIT  # NaN warns too
    warn |= isinstance(ess, int | float) and not ess >= ESS_FLOOR
    return {
        "rhat": rhat,
        "ess": ess,
        "warn": warn,
        "rhat_limit": RHAT_LIMIT,
        "ess_floor": ESS_FLOOR,
    }


def method_comparison(
    ledger: Ledger,
    lists: list[str],
    chosen: dict[str, Any],
    *,
    public: bool,
    cache: ViewCache | None = None,
) -> list[dict[str, Any]]:
    """The chosen method's result beside every quick method's on the same lists (a method that
    cannot run on them says why), for the page's plot: where the methods agree, and where not."""
    rows: list[dict[str, Any]] = []
    for method in WEB_METHODS:
        if method == chosen["method"]:
            rows.append(chosen | {"chosen": True})
            continue
        if method not in QUICK_METHODS:
            continue
        try:
            found = estimate_view(ledger, lists, method, public=public, cache=cache)
        except (HarmledgerError, ArithmeticError, ValueError) as error:
            rows.append({"method": method, "unavailable": str(error)})
            continue
        rows.append(found | {"chosen": False})
    return rows


def methods_chart(rows: list[dict[str, Any]], width: int = 760) -> dict[str, Any]:
    """Geometry of a dot-and-whisker plot, one line per method that ran: its estimate and 95%
    interval on a shared scale from 0, with the observed count as a vertical line. An interval
    reaching beyond three times the largest estimate is cut there and drawn open-ended."""
    shown = [r for r in rows if "unavailable" not in r and math.isfinite(r["estimate"])]
    if not shown:
        return {"rows": [], "width": width, "height": 0}
    observed = shown[0]["observed"]
    largest = max(r["estimate"] for r in shown)
    uppers = [r["upper"] for r in shown if math.isfinite(r["upper"])]
    top = max(min(max(uppers, default=largest), 3 * largest), largest, observed, 1) * 1.05
    left, right = 150, width - 20

    def x(value: float) -> float:
        return round(left + (right - left) * min(value, top) / top, 1)

    lines = []
    for index, row in enumerate(shown):
        upper = row["upper"]
        lines.append(
            {
                "method": row["method"],
                "chosen": row.get("chosen", False),
                "y": 22 + index * 30,
                "estimate": x(row["estimate"]),
                "lower": x(row["lower"]),
                "upper": x(upper),
                "open": not math.isfinite(upper) or upper > top,
                "values": row,
            }
        )
    height = 22 + len(lines) * 30 + 24
    return {
        "rows": lines,
        "width": width,
        "height": height,
        "left": left,
        "axis": height - 26,
        "observed": x(observed),
        "ticks": [{"x": x(top * i / 4), "label": _tick(top * i / 4, top)} for i in range(5)],
    }


def _plain(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def _tick(value: float, top: float) -> str:
    return f"{value:,.0f}" if top >= 20 else f"{value:.1f}"
