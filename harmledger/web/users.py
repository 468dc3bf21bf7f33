"""Accounts for the web app: argon2 password hashes and roles.

Usable without FastAPI (the ``harmledger users`` commands call it), so it only needs argon2.
Every change to an account is an event in the custody log (never the password). A disabled
account keeps its row and its hash behind a ``!`` (the ``passwd -l`` convention): no password
matches it until it is enabled again. The last active admin can be neither demoted, disabled
nor deleted, so a ledger never locks out its administrators.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.errors import Conflict, Invalid, MissingExtraError, NotFound
from harmledger.store.custody import append_event
from harmledger.store.ledger import Ledger
from harmledger.store.user_tables import ROLES, User

MIN_PASSWORD_LENGTH = 8
DISABLED_MARK = "!"
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
        raise Invalid(f"role {role!r}: use one of {', '.join(ROLES)}")
    return role


def user_record(user: User) -> dict[str, Any]:
    """An account as the app shows it: never its password hash."""
    return {
        "id": user.id,
        "username": user.username,
        "role": user.role,
        "disabled": user.password_hash.startswith(DISABLED_MARK),
        "created_at": user.created_at.isoformat(),
    }


def _find(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise NotFound(f"no user named {username!r}")
    return user


def _log(ledger: Ledger, session: Session, action: str, username: str, **details: Any) -> None:
    append_event(
        session,
        actor=ledger.settings.actor,
        action=action,
        subject=f"user:{username}",
        details=details,
    )


def _keep_an_admin(session: Session, user: User) -> None:
    """Refuse to take away the last active admin."""
    if user.role != "admin" or user.password_hash.startswith(DISABLED_MARK):
        return
    admins = session.scalars(select(User).where(User.role == "admin")).all()
    if not any(a.id != user.id and not a.password_hash.startswith(DISABLED_MARK) for a in admins):
        raise Conflict(f"{user.username!r} is the last active admin; make another admin first")


def add_user(ledger: Ledger, username: str, password: str, role: str = "viewer") -> dict[str, Any]:
    """Create an account; the password is stored only as an argon2 hash."""
    username = username.strip()
    if not username:
        raise Invalid("a user needs a name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Invalid(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    _check_role(role)
    with ledger.session() as session:
        if session.scalars(select(User).where(User.username == username)).first():
            raise Conflict(f"user {username!r} already exists")
        user = User(
            username=username,
            password_hash=_hasher().hash(password),
            role=role,
            created_at=dt.datetime.now(dt.UTC),
        )
        session.add(user)
        session.flush()
        _log(ledger, session, "add_user", username, role=role)
        return user_record(user)


def list_users(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.reader() as session:
        return [user_record(u) for u in session.scalars(select(User).order_by(User.username))]


def set_role(ledger: Ledger, username: str, role: str) -> dict[str, Any]:
    _check_role(role)
    with ledger.session() as session:
        user = _find(session, username)
        if role != user.role:
            if role != "admin":
                _keep_an_admin(session, user)
            previous, user.role = user.role, role
            _log(ledger, session, "set_role", username, previous=previous, role=role)
        return user_record(user)


def set_disabled(ledger: Ledger, username: str, disabled: bool) -> dict[str, Any]:
    """Disable an account (its sessions end at their next request) or enable it again."""
    with ledger.session() as session:
        user = _find(session, username)
        if disabled != user.password_hash.startswith(DISABLED_MARK):
            if disabled:
                _keep_an_admin(session, user)
                user.password_hash = DISABLED_MARK + user.password_hash
            else:
                user.password_hash = user.password_hash.removeprefix(DISABLED_MARK)
            _log(ledger, session, "disable_user" if disabled else "enable_user", username)
        return user_record(user)


def delete_user(ledger: Ledger, username: str) -> dict[str, Any]:
    """Remove an account for good (the log keeps what it did, under its name)."""
    with ledger.session() as session:
        user = _find(session, username)
        _keep_an_admin(session, user)
        record = user_record(user)
        session.delete(user)
        _log(ledger, session, "delete_user", username, role=user.role)
        return record


def authenticate(ledger: Ledger, username: str, password: str) -> dict[str, Any] | None:
    """The user's record if the password matches, else ``None`` (same answer for unknown names)."""
    from argon2.exceptions import InvalidHashError, VerifyMismatchError

    hasher = _hasher()
    with ledger.reader() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        if user is None or user.password_hash.startswith(DISABLED_MARK):
            # hash anyway so an unknown name costs as much time as a wrong password
            hasher.hash(password)
            return None
        try:
            hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        return user_record(user)


def get_user(ledger: Ledger, username: str) -> dict[str, Any] | None:
    with ledger.reader() as session:
        user = session.scalars(select(User).where(User.username == username)).first()
        return user_record(user) if user else None


def has_role(role: str, needed: str) -> bool:
    """Roles are ordered viewer < analyst < admin; a higher role may do what a lower one may."""
    return ROLE_RANK.get(role, -1) >= ROLE_RANK[needed]
