"""Read models are closed and keep out what their source left out."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from harmledger.publish.decisions import ClaimMoved
from harmledger.publish.incidents import Figure
from harmledger.publish.results import TallyRow
from harmledger.publish.victims import VictimView

VICTIM = {"id": 3, "list": "Hospital", "record_key": "7", "name": "مروان", "publishable": True}


def test_an_unknown_field_is_an_error_not_dropped() -> None:
    with pytest.raises(ValidationError, match="nickname"):
        VictimView.of(VICTIM | {"nickname": "M"})


def test_fields_left_out_stay_out() -> None:
    """A public view has no witness field at all, not a null one."""
    record = VictimView.of(VICTIM).record()
    assert record == VICTIM
    assert "witness_identity" not in record
    shown = VictimView.of(VICTIM | {"witness_identity": None}).record()
    assert shown["witness_identity"] is None


def test_aliases_are_the_published_names() -> None:
    assert ClaimMoved.of({"claim": 1, "from": None, "to": 4}).record() == {
        "claim": 1,
        "from": None,
        "to": 4,
    }


def test_numbers_keep_their_type() -> None:
    """A count stays an integer and a mean stays a float: JSON output is what the stage gave."""
    figure = Figure.of({"measure": "killed", "category": "civilians", "min": 12, "max": 14.5})
    assert figure.record()["min"] == 12 and isinstance(figure.record()["min"], int)
    assert isinstance(figure.record()["max"], float)
    row = TallyRow.of(
        {"month": "2017-06", "measure": "killed", "incidents": 2, "min": 3, "max": 5}
        | {"best": None, "category": "civilians"}
    )
    assert list(row.record()) == ["month", "measure", "incidents", "min", "max", "best", "category"]
