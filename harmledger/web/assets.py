"""The frontend bundles (map, charts) built from ``web/frontend`` by ``make frontend`` into
``web/static/dist``. They are build output, not sources, so a fresh clone has none until the
build runs: pages then keep their server-rendered map and charts (which work without any
script) and the app logs once what to run."""

from __future__ import annotations

import logging
from pathlib import Path

DIST = Path(__file__).parent / "static" / "dist"
BUNDLES = ("map.js", "map.css", "charts.js")
BUILD_HINT = "run `make frontend` (npm ci && npm run build in harmledger/web/frontend)"

log = logging.getLogger(__name__)


def available(folder: Path = DIST) -> dict[str, bool]:
    """Which bundles are built, by name without extension (``map`` needs its script and
    style); warns when any is missing, since the interactive map and charts then stay off."""
    present = {name: (folder / name).is_file() for name in BUNDLES}
    found = {"map": present["map.js"] and present["map.css"], "charts": present["charts.js"]}
    missing = [name for name, there in present.items() if not there]
    if missing:
        log.warning(
            "frontend bundle missing (%s in %s): pages show their server-rendered map and "
            "charts only; %s",
            ", ".join(missing),
            folder,
            BUILD_HINT,
        )
    return found
