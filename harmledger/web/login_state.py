"""Login state kept in the database: sessions that logout ends, and the failed-login throttle.

Both live in the ledger's database rather than in a process, so several workers of one
deployment agree on them and a restart forgets neither. A session token is random and only its
SHA-256 is stored; the throttle counts failures per (user, address) and per user overall, so a
client that varies its address (a forged forwarding header) still meets the per-user limit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update

from harmledger.store.dialects import aware
from harmledger.store.ledger import Ledger
from harmledger.store.user_tables import LoginFailure, User, WebSession
from harmledger.web.users import user_record

SESSION_MAX_AGE = dt.timedelta(hours=12)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(ledger: Ledger, username: str) -> str:
    """A new session for ``username``; returns the token to put in the signed cookie."""
    token = secrets.token_urlsafe(32)
    with ledger.session() as session:
        session.add(
            WebSession(
                token_sha256=_digest(token), username=username, created_at=dt.datetime.now(dt.UTC)
            )
        )
    return token


def session_username(ledger: Ledger, token: str) -> str | None:
    """Whose session this is, or None when it was ended, has expired or never existed."""
    oldest = dt.datetime.now(dt.UTC) - SESSION_MAX_AGE
    with ledger.reader() as session:
        row = session.get(WebSession, _digest(token))
        if row is None or row.ended_at is not None:
            return None
        return row.username if aware(row.created_at) >= oldest else None


def session_user(ledger: Ledger, token: str) -> dict[str, Any] | None:
    """The account of this session (as :func:`harmledger.web.users.get_user` gives it), or None
    when the session was ended, has expired or never existed: one query, as every request of
    a logged-in user asks it."""
    oldest = dt.datetime.now(dt.UTC) - SESSION_MAX_AGE
    with ledger.reader() as session:
        found = session.execute(
            select(WebSession.created_at, WebSession.ended_at, User)
            .join(User, User.username == WebSession.username)
            .where(WebSession.token_sha256 == _digest(token))
        ).first()
        if found is None:
            return None
        created_at, ended_at, user = found
        if ended_at is not None or aware(created_at) < oldest:
            return None
        return user_record(user)


def close_session(ledger: Ledger, token: str) -> None:
    with ledger.session() as session:
        session.execute(
            update(WebSession)
            .where(WebSession.token_sha256 == _digest(token), WebSession.ended_at.is_(None))
            .values(ended_at=dt.datetime.now(dt.UTC))
        )


@dataclass
class LoginThrottle:
    """At most ``limit`` failed logins per (username, address), and ``user_limit`` per username
    from all addresses, in ``window`` seconds."""

    ledger: Ledger
    limit: int = 5
    user_limit: int = 20
    window: float = 15 * 60

    def _since(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) - dt.timedelta(seconds=self.window)

    def blocked(self, username: str, address: str) -> bool:
        since = self._since()
        with self.ledger.reader() as session:
            recent = select(func.count()).where(
                LoginFailure.username == username, LoginFailure.at > since
            )
            overall = session.scalar(recent) or 0
            here = session.scalar(recent.where(LoginFailure.address == address)) or 0
        return here >= self.limit or overall >= self.user_limit

    def failed(self, username: str, address: str) -> None:
        with self.ledger.session() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.at <= self._since()))
            session.add(
                LoginFailure(
                    username=username[:100], address=address[:100], at=dt.datetime.now(dt.UTC)
                )
            )

    def succeeded(self, username: str, address: str) -> None:
        with self.ledger.session() as session:
            session.execute(
                delete(LoginFailure).where(
                    LoginFailure.username == username, LoginFailure.address == address
                )
            )
