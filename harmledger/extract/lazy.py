"""A property computed on first read and kept on the instance, without a lock.

``functools.cached_property`` in Python 3.11 takes a re-entrant lock on every first read (one
lock per property, shared by all instances). The extractor's per-document objects (a
document's context, one run of the engine) are made and read by one thread, and a dozen or
more of their properties are first read for every document, so the lock is pure cost there.
Python 3.12 dropped the lock for the same reason; this is that version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached_property(Generic[T]):
    """Computed by ``func`` on first read, then read from the instance's ``__dict__`` (a
    non-data descriptor: once stored there, Python no longer calls it)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
