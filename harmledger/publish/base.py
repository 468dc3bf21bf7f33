"""The base of every read model: closed (an unknown field is an error, never dropped) and
frozen; a field its source leaves out (a sensitive field in public mode, a figure's ``best``
where no one gives one) stays out of the record rather than becoming ``null``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self

from pydantic import BaseModel, ConfigDict


class ReadModel(BaseModel):
    """A record as published. ``record()`` is its JSON form, with only the fields it was given."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> Self:
        """The model of one record as the stages return it (a mapping of field to value)."""
        return cls.model_validate(record)

    @classmethod
    def all_of(cls, records: Iterable[Mapping[str, Any]]) -> list[Self]:
        return [cls.model_validate(r) for r in records]

    def record(self) -> dict[str, Any]:
        """The JSON form: fields as given (by alias), none added as ``null``."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


def records(models: Iterable[ReadModel]) -> list[dict[str, Any]]:
    """The JSON form of several models (for the CSV writer and JSON output)."""
    return [m.record() for m in models]
