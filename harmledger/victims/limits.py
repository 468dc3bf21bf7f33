"""How much one list file may hold before it is refused; a module of its own so the CLI can
show the defaults without importing the readers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadLimits:
    """Limits of one victim list or recovery log file (a list, not a corpus)."""

    max_rows: int = 1_000_000
    max_unzipped_bytes: int = 256 * 1024 * 1024


DEFAULT_LIMITS = ReadLimits()
