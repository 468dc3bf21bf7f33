"""The one tuning/checking split of every labelled set, by document id.

A document is in the ``tune`` half iff the first byte of SHA-256 of its id is even. Why this rule:
it depends on the id alone, so it is stable across runs, machines, Python versions (no ``hash()``
salt) and file order; adding or relabelling documents never moves an existing one to the other
half; and anyone can recompute it without harmledger. Rules are looked at and tuned on ``tune``
only; ``check`` measures whether they hold on text nobody tuned for.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar

Half = Literal["tune", "check"]
HALVES: tuple[Half, Half] = ("tune", "check")
T = TypeVar("T")


def half(doc_id: str) -> Half:
    """``"tune"`` iff ``sha256(doc_id)[0]`` is even, else ``"check"``."""
    return "tune" if hashlib.sha256(doc_id.encode()).digest()[0] % 2 == 0 else "check"


def split(items: Iterable[T], doc_id: Callable[[T], str]) -> dict[Half, list[T]]:
    """``items`` grouped by the half of their id, order kept."""
    halves: dict[Half, list[T]] = {"tune": [], "check": []}
    for item in items:
        halves[half(doc_id(item))].append(item)
    return halves
