"""The "who said" cells of the campaign and incident pages (and the printable report) name a
known actor by the vocabulary's label in the page's language, whatever words the speaker or
origin was stored with ("the us-led coalition" on an Arabic page was English before)."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from harmledger.assess.citations import actor_named
from harmledger.web.vocab import vocabulary
from tests.web.conftest import Client
from tests.web.demo import Demo


class WhoSaid(HTMLParser):
    """The text of every ``<td class="who-said">``."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "td" and ("class", "who-said") in attrs:
            self._inside = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.cells[-1] += data


def _cells(client: Client, path: str, code: str) -> list[str]:
    response = client.get(f"{path}?lang={code}")
    assert response.status_code == 200, path
    parser = WhoSaid()
    parser.feed(response.text)
    return [cell.strip() for cell in parser.cells]


@pytest.mark.parametrize("code", ["ar", "en"])
def test_who_said_cells_name_actors_in_the_page_language(
    analyst: Client, demo: Demo, code: str
) -> None:
    words = vocabulary(code)
    separator = words.ui("list_separator").strip()
    pages = [f"/incidents/{demo.campaign}", f"/incidents/{demo.event}"]
    pages.append(f"/incidents/{demo.campaign}/report")
    wrong, named = [], set()
    for path in pages:
        for cell in _cells(analyst, path, code):
            for part in (p.strip() for p in cell.split(separator)):
                actor = actor_named(part)
                label = words.lookup("actors", actor) if actor else None
                if label is not None and part != label:
                    wrong.append(f"{path}: {part!r} is {actor}, labelled {label!r}")
                named.add(actor)
    assert not wrong, wrong
    assert "us_led_coalition" in named  # the coalition's own statement is among the cells


def test_a_stored_name_of_an_actor_is_labelled_in_each_language() -> None:
    for code, expected in (("ar", "التحالف بقيادة الولايات المتحدة"), ("en", "US-led coalition")):
        words = vocabulary(code)
        assert words.label("actors", "the us-led coalition") == expected
        assert words.label("actors", "us_led_coalition") == expected
    # a person speaking for an actor is not the actor: shown as written
    assert vocabulary("ar").label("actors", "a spokesman for the coalition") == (
        "a spokesman for the coalition"
    )
