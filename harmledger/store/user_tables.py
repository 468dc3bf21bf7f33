"""Web users: who may read, review or administer a ledger served by ``harmledger serve``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
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
