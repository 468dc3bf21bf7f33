"""Accounts for the web app: argon2 password hashes, roles, and login throttling.

Usable without FastAPI (the ``harmledger users`` commands call it), so it only needs argon2.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import defaultdict, deque
from typing import Any

from sqlalchemy import select

from harmledger.errors import InputError, MissingExtraError
from harmledger.store.ledger import Ledger
from harmledger.store.user_tables import ROLES, User

MIN_PASSWORD_LENGTH = 8
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}


def _hasher() -> Any:
    try:
        from argon2 import PasswordHasher
    except ImportError as error:  # pragma: no cover - depends on the installed extras
        raise MissingExtraError(
            "user accounts need the 'web' extra: pip install 'harmledger[web]'"
        ) from error
    return PasswordHasher()


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(f"role {role!r}: use one of {', '.join(ROLES)}")
    return role


def _record(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "role": user.role,
        "created_at": user.created_at.isoformat(),
    }


def add_user(ledger: Ledger, username: str, password: str, role: str = "viewer") -> dict[str, Any]:
    """Create an account; the password is stored only as an argon2 hash."""
    username = username.strip()
    if not username:
        raise InputError("a user needs a name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    _check_role(role)
    with ledger.session() as session:
        if session.scalars(select(User).where(User.username == username)).first():
            raise InputError(f"user {username!r} already exists")
        user = User(
            username=username,
            password_hash=_hasher().hash(password),
            role=role,
            created_at=dt.datetime.now(dt.UTC),
        )
        session.add(user)
        session.flush()
        return _record(user)


def list_users(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.reader() as session:
        return [_record(u) for u in session.scalars(select(User).order_by(User.username))]


def set_role(ledger: Ledger, username: str, role: str) -> dict[str, Any]:
    _check_role(role)
    with ledger.session() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            raise InputError(f"no user named {username!r}")
        user.role = role
        return _record(user)


def authenticate(ledger: Ledger, username: str, password: str) -> dict[str, Any] | None:
    """The user's record if the password matches, else ``None`` (same answer for unknown names)."""
    from argon2.exceptions import InvalidHashError, VerifyMismatchError

    hasher = _hasher()
    with ledger.reader() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None:
            # hash anyway so an unknown name costs as much time as a wrong password
            hasher.hash(password)
            return None
        try:
            hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        return _record(user)


def get_user(ledger: Ledger, username: str) -> dict[str, Any] | None:
    with ledger.reader() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        return _record(user) if user else None


def has_role(role: str, needed: str) -> bool:
    """Roles are ordered viewer < analyst < admin; a higher role may do what a lower one may."""
    return ROLE_RANK.get(role, -1) >= ROLE_RANK[needed]


class LoginThrottle:
    """At most ``limit`` failed logins per (username, client address) in ``window`` seconds.

    Kept in memory: one server process is the deployment we support; a restart forgets.
    """

    def __init__(self, limit: int = 5, window: float = 15 * 60) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures

    def blocked(self, username: str, address: str) -> bool:
        with self._lock:
            return len(self._recent((username, address), time.monotonic())) >= self.limit

    def failed(self, username: str, address: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._recent((username, address), now).append(now)

    def succeeded(self, username: str, address: str) -> None:
        with self._lock:
            self._failures.pop((username, address), None)
