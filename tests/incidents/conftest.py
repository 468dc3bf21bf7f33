"""Every ``link incidents`` run in these tests also links events component by component and
checks it gives the same links (issue 18; :mod:`harmledger.link.incidents.components`)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from harmledger.link.incidents import service
from harmledger.link.incidents.components import in_memory_loader, link_events_by_component
from harmledger.link.incidents.documents import link_events


def _by_value(result: Any) -> tuple[Any, ...]:
    assignments, touched, next_key = result
    return assignments, [vars(state) for state in touched], next_key


def _checked_link_events(
    pending: Any, linked: Any, states: Any, info: Any, first_key: int = -1
) -> Any:
    units, load = in_memory_loader(pending, linked, info)
    # small batches, so that the reports of a run are read in several
    by_component = link_events_by_component(
        units, load, copy.deepcopy(states), first_key, batch_groups=2, chunk_units=2
    )
    result = link_events(pending, linked, states, info, first_key)
    assert _by_value(by_component) == _by_value(result), "component-wise linking differs"
    return result


@pytest.fixture(autouse=True)
def _same_links_by_component(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(service, "link_events", _checked_link_events)
    yield
