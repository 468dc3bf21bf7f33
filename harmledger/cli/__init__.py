"""The ``harmledger`` command line: a thin layer over the library.

Each command module attaches its commands to :data:`harmledger.cli.app.app`; importing them here
registers them. Library errors become one clear line on stderr and exit code 1.
"""

import sys

from harmledger.cli import (  # noqa: F401  (registers commands)
    capture,
    claims,
    commands_core,
    demo,
    estimate,
    extract,
    imports,
    incidents,
    media,
    persons,
    recoveries,
    sources,
    victims,
    victims_eval,
    web,
)
from harmledger.cli.app import app
from harmledger.errors import HarmledgerError

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``harmledger`` script."""
    try:
        app()
    except HarmledgerError as error:
        print(f"harmledger: error: {error}", file=sys.stderr)
        sys.exit(1)
