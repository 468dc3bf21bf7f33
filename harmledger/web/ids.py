"""Ids in a route's path (pages, API reads and writes alike) or query: one that no row can
have (past the 32-bit ``integer`` of the id columns) names nothing, so it is a 404 on every
backend, as a missing id is; PostgreSQL would otherwise refuse the comparison (a 400) where
SQLite finds nothing (a 404). Numbers past what a driver binds (2**63 and up) stay a 400,
"out of range"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator

from harmledger.errors import NotFound
from harmledger.store.dialects import no_row_has


def _existing(kind: str) -> Callable[[int], int]:
    def check(value: int) -> int:
        if no_row_has(value):
            raise NotFound(f"no {kind} with id {value}")  # the same words as a missing row
        return value

    return check


IncidentId = Annotated[int, AfterValidator(_existing("incident"))]
DocumentId = Annotated[int, AfterValidator(_existing("document"))]
ClaimId = Annotated[int, AfterValidator(_existing("claim"))]
