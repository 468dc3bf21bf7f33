"""The ``harmledger`` command line: a thin layer over the library.

Each command module attaches its commands to :data:`harmledger.cli.app.app`; importing them here
registers them. Library errors become one clear line on stderr and an exit code by class
(:data:`EXIT_CODES`): 0 success, 1 any other failure, 2 invalid input (as for a bad option),
3 not found, 4 conflict with the ledger's state.
"""

import sys

from harmledger.cli import (  # noqa: F401  (registers commands)
    capture,
    claims,
    commands_core,
    demo,
    estimate,
    exchange,
    extract,
    imports,
    incidents,
    media,
    persons,
    recoveries,
    search,
    sources,
    victims,
    victims_eval,
    web,
)
from harmledger.cli.app import app
from harmledger.errors import Conflict, HarmledgerError, InputError, Invalid, NotFound

__all__ = ["EXIT_CODES", "app", "exit_code_of", "main"]

# The one place a library error gets its exit code, by class (first match wins); 2 is also what
# the option parser exits with on a bad option, so "you asked wrongly" has one code.
EXIT_CODES: tuple[tuple[type[HarmledgerError], int], ...] = (
    (NotFound, 3),
    (Conflict, 4),
    (Invalid, 2),
    (InputError, 2),
)


def exit_code_of(error: HarmledgerError) -> int:
    """The exit code of a library error: 1 unless its class has one in :data:`EXIT_CODES`."""
    return next((code for kind, code in EXIT_CODES if isinstance(error, kind)), 1)


def main() -> None:
    """Entry point of the ``harmledger`` script."""
    try:
        app()
    except HarmledgerError as error:
        print(f"harmledger: error: {error}", file=sys.stderr)
        sys.exit(exit_code_of(error))
