"""Settings: where the data home is and which database to use.

``HARMLEDGER_HOME`` (default ``./harmledger-data``) holds the SQLite database and the evidence
archive; ``HARMLEDGER_DATABASE_URL`` points the database elsewhere (e.g. PostgreSQL) while the
archive stays in the home. Every CLI command also takes ``--home``. ``HARMLEDGER_MAP_TILES``
(an XYZ tile URL such as ``https://tile.example.org/{z}/{x}/{y}.png``) lays map tiles under the
web app's offline map, credited with ``HARMLEDGER_MAP_ATTRIBUTION``.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from harmledger.errors import ConfigError

DEFAULT_HOME = Path("harmledger-data")
DATABASE_FILE = "harmledger.sqlite3"
ARCHIVE_DIR = "archive"
TILE_PLACEHOLDERS = ("{z}", "{x}", "{y}")


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one ledger."""

    home: Path
    database_url: str
    actor: str
    map_tiles: str | None = None
    map_attribution: str | None = None

    @property
    def archive_dir(self) -> Path:
        """Folder of the content-addressed evidence archive."""
        return self.home / ARCHIVE_DIR

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings(
    home: Path | str | None = None,
    database_url: str | None = None,
    actor: str | None = None,
    map_tiles: str | None = None,
    map_attribution: str | None = None,
) -> Settings:
    """Resolve settings from arguments, then environment variables, then defaults."""
    resolved_home = Path(home or os.environ.get("HARMLEDGER_HOME") or DEFAULT_HOME).expanduser()
    if resolved_home.exists() and not resolved_home.is_dir():
        raise ConfigError(f"data home {resolved_home} exists and is not a folder")
    url = database_url or os.environ.get("HARMLEDGER_DATABASE_URL")
    if not url:
        url = f"sqlite:///{(resolved_home / DATABASE_FILE).resolve()}"
    if "://" not in url:
        raise ConfigError(
            f"database URL {url!r} is not a URL (expected e.g. sqlite:///path or "
            "postgresql+psycopg://user@host:5432/db)"
        )
    tiles = map_tiles if map_tiles is not None else os.environ.get("HARMLEDGER_MAP_TILES")
    attribution = map_attribution or os.environ.get("HARMLEDGER_MAP_ATTRIBUTION")
    return Settings(
        home=resolved_home.resolve(),
        database_url=url,
        actor=actor or _default_actor(),
        map_tiles=check_tile_url(tiles),
        map_attribution=attribution.strip() if attribution and attribution.strip() else None,
    )


def check_tile_url(url: str | None) -> str | None:
    """An XYZ tile URL template (http(s) or a same-site path) with {z}, {x} and {y}, or None
    ("" and "none" turn tiles off); a typo fails at start-up rather than as a blank map."""
    if url is None or url.strip().lower() in ("", "none", "off"):
        return None
    url = url.strip()
    if not url.startswith(("https://", "http://", "/")) or url.startswith("//"):
        raise ConfigError(f"map tile URL {url!r} must start with https://, http:// or /")
    missing = [p for p in TILE_PLACEHOLDERS if p not in url]
    if missing:
        raise ConfigError(
            f"map tile URL {url!r} lacks {', '.join(missing)} "
            "(e.g. https://tile.example.org/{z}/{x}/{y}.png)"
        )
    return url


def _default_actor() -> str:
    """Who is acting, for the custody log: HARMLEDGER_ACTOR or the login name."""
    explicit = os.environ.get("HARMLEDGER_ACTOR")
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
