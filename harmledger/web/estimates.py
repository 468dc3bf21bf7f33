"""Estimates for the web: capture tables built from linked persons, and one estimator's result.

Public mode only offers lists whose every record is publishable, so neither a hidden list nor
its size can be read off a table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from harmledger.errors import Invalid, NotFound
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


def _plain(value: Any) -> bool:
    return isinstance(value, str | int | float | bool) or value is None


def interval_chart(result: dict[str, Any], width: int = 520) -> dict[str, Any]:
    """Geometry of a one-line plot: observed, interval and estimate on a shared scale."""
    top = max(result["upper"], result["estimate"], result["observed"], 1) * 1.05

    def x(value: float) -> float:
        return round(20 + (width - 40) * value / top, 1)

    return {
        "width": width,
        "observed": x(result["observed"]),
        "lower": x(result["lower"]),
        "upper": x(result["upper"]),
        "estimate": x(result["estimate"]),
        "ticks": [{"x": x(top * i / 4), "label": _tick(top * i / 4, top)} for i in range(5)],
    }


def _tick(value: float, top: float) -> str:
    return f"{value:,.0f}" if top >= 20 else f"{value:.1f}"
