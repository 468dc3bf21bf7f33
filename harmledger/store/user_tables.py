"""Web users: who may read, review or administer a ledger served by ``harmledger serve``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from harmledger.store.tables import Base

ROLES = ("viewer", "analyst", "admin")


class User(Base):
    """One account: an argon2 hash of its password (never the password) and one role."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20), default="viewer")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class WebSession(Base):
    """One login, kept server-side so logging out (or an admin) can end it at once.

    The cookie carries a random token; only its SHA-256 is stored, so reading the database does
    not let anyone take over a session.
    """

    __tablename__ = "web_sessions"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(100), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LoginFailure(Base):
    """A failed login, kept in the database so every worker of one deployment shares the
    throttle and a restart does not reset it."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), index=True)
    address: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class SharedView(Base):
    """A whole-ledger view one web worker computed (a tally, a count, a map), kept so the other
    workers of the deployment reuse it while the ledger is unchanged.

    ``version`` is the custody log's head the view was computed at; ``value`` its pickled bytes,
    signed (HMAC-SHA256, ``signature``) with the deployment's session key, which is not in the
    database, so a row written by anyone else is never unpickled.
    """

    __tablename__ = "web_view_cache"

    key_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    signature: Mapped[str] = mapped_column(String(64))
    value: Mapped[bytes] = mapped_column(LargeBinary)
