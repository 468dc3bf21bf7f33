"""The claim: one extracted statement of a quantity, with its exact span in the source text.

Field names are the stable machine interface (``harmledger extract-text --format json``): the
lead's storage and every evaluation read them, so they change only with a new extractor version.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from harmledger import gazetteer
from harmledger.regions import PREFIX as REGION_PREFIX
from harmledger.regions import is_region

Kind = Literal["casualty", "quantity", "uncounted"]
Measure = (
    str  # casualty: killed | injured | killed_or_injured | missing | bodies_recovered | displaced
)
Who = Literal["civilians", "children", "women", "men", "people", "combatants", "other"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "vague", "range"]

CASUALTY_MEASURES: tuple[str, ...] = (
    "killed",
    "injured",
    "killed_or_injured",
    "missing",
    "bodies_recovered",
    "displaced",
)


class Claim(BaseModel):
    """One casualty statement (``kind="casualty"``) or other counted quantity (``"quantity"``);
    ``"uncounted"`` is harm stated in the plural with no figure ("others were injured", low 2),
    which only an incident figure reads when a report states no figure (``extract/uncounted.py``).

    ``low``/``high`` follow the convention table: ``high`` is ``None`` when open-ended and ``low``
    is ``None`` for "up to N". ``start``/``end`` index ``quote`` in the text exactly
    (``text[start:end] == quote``). A negated statement ("it is false that 40 were killed") is
    kept with ``negated=True`` and ``kind="quantity"``, so it can never enter a casualty tally;
    an explicit zero ("no civilians were killed") is a casualty claim with ``low = high = 0``.
    """

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    measure: Measure
    who: Who | None = None
    who_text: str | None = None
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = "exact"
    start: int
    end: int
    quote: str
    speaker: str | None = None
    attribution_chain: list[str] = Field(default_factory=list)
    perpetrator: str | None = None
    weapon: str | None = None
    place: str | None = None
    place_name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    # how sure the place is where the harm happened (see extract/context.py place_for)
    place_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    negated: bool = False
    lang: str = "und"

    @property
    def place_level(self) -> str | None:
        """``region`` for a province, governorate, oblast or state (``iso3166-2:`` id, see
        :mod:`harmledger.regions`), ``settlement`` for any other place, None without one."""
        if self.place is None:
            return None
        return "region" if is_region(self.place) else "settlement"

    @property
    def place_country(self) -> str | None:
        """The ISO code of the place's country, where the place is a region or a GeoNames town."""
        if is_region(self.place):
            return str(self.place).removeprefix(REGION_PREFIX).split("-")[0]
        found = gazetteer.record(self.place)
        return found.country if found is not None else None

    @property
    def is_casualty(self) -> bool:
        """True when the claim may enter a casualty tally (casualty kind, not negated)."""
        return self.kind == "casualty" and not self.negated
