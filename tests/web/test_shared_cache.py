"""The view cache shared by a deployment's workers through the database: a view one worker
computed is read by another (two caches on one ledger stand for two processes), until the
ledger changes; a row not signed with the deployment's key is recomputed, never unpickled."""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import update

from harmledger.store.ledger import Ledger
from harmledger.store.user_tables import SharedView
from harmledger.web import cache as cache_module
from harmledger.web.cache import ViewCache
from harmledger.web.users import add_user

KEY = ("tally", ("month",), "killed")


def _counting(value: object) -> tuple[list[int], Callable[[], object]]:
    calls: list[int] = []

    def compute() -> object:
        calls.append(1)
        time.sleep(cache_module.SHARE_AFTER)  # as long as a view worth sharing takes
        return value

    return calls, compute


def test_a_view_computed_by_one_worker_is_read_by_another(ledger: Ledger) -> None:
    add_user(ledger, "ana", "a long enough password", "analyst")  # a custody event: version 1+
    first, second = ViewCache(ledger, secret="key"), ViewCache(ledger, secret="key")
    value = {"rows": [{"month": "2017-06", "killed": 3}], "refs": frozenset({"12"})}
    calls, compute = _counting(value)
    assert first.get(KEY, compute) == value
    assert second.get(KEY, compute) == value
    assert len(calls) == 1  # the second worker read the first one's row
    add_user(ledger, "vera", "another long password", "viewer")  # the ledger changed
    assert second.get(KEY, compute) == value
    assert len(calls) == 2
    assert ViewCache(ledger, secret="key").get(KEY, compute) == value
    assert len(calls) == 2  # and the recomputed view was shared again


def test_a_row_not_signed_with_the_key_is_recomputed(ledger: Ledger) -> None:
    add_user(ledger, "ana", "a long enough password", "analyst")
    calls, compute = _counting(["computed"])
    ViewCache(ledger, secret="key").get(KEY, compute)
    with ledger.session() as session:  # someone with the database but not the key
        session.execute(update(SharedView).values(value=b"forged"))
    assert ViewCache(ledger, secret="key").get(KEY, compute) == ["computed"]
    assert ViewCache(ledger, secret="other key").get(KEY, compute) == ["computed"]
    assert len(calls) == 3


def test_without_a_key_nothing_is_shared(ledger: Ledger) -> None:
    calls, compute = _counting(1)
    ViewCache(ledger).get(KEY, compute)
    ViewCache(ledger).get(KEY, compute)
    assert len(calls) == 2
    with ledger.reader() as session:
        assert session.get(SharedView, cache_module._digest(KEY)) is None


def test_a_signed_row_moved_under_another_key_is_recomputed(ledger: Ledger) -> None:
    add_user(ledger, "ana", "a long enough password", "analyst")
    team, public = ("tally", "team"), ("tally", "public")
    _, team_view = _counting(["team rows"])
    ViewCache(ledger, secret="key").get(team, team_view)
    with ledger.session() as session:  # the team view's signed row copied under the public key
        row = session.get(SharedView, cache_module._digest(team))
        assert row is not None
        session.add(
            SharedView(
                key_sha256=cache_module._digest(public),
                version=row.version,
                stored_at=row.stored_at,
                signature=row.signature,
                value=row.value,
            )
        )
    calls, public_view = _counting(["public rows"])
    assert ViewCache(ledger, secret="key").get(public, public_view) == ["public rows"]
    assert len(calls) == 1
