"""What the tests of victims counted without a numeral share (lone6, lone13): a sentence's
casualty readings, and whether one of them is the reading wanted, its ``who`` checked only when
the label gives one."""

from __future__ import annotations

from harmledger.extract import extract_claims

# (measure, who or None when not checked, low, high)
Reading = tuple[str, str | None, int | None, int | None]


def casualty_readings(text: str, lang: str) -> list[tuple[str, str, int | None, int | None]]:
    """The casualty claims of ``text`` as (measure, who, low, high)."""
    return [(c.measure, c.who, c.low, c.high) for c in extract_claims(text, lang) if c.is_casualty]


def has(found: list[tuple[str, str, int | None, int | None]], want: Reading) -> bool:
    """Whether ``found`` holds ``want`` (any who when ``want`` gives none)."""
    measure, who, low, high = want
    return any(
        r[0] == measure and r[2] == low and r[3] == high and (who is None or r[1] == who)
        for r in found
    )
