"""One exception hierarchy for the library, rooted at :class:`HarmledgerError`.

The CLI turns any of these into a one-line message and a non-zero exit; the web layer into one
error envelope. Each class says, in its docstring, when it is raised.
"""


class HarmledgerError(Exception):
    """Base class of every error harmledger raises on purpose."""


class ConfigError(HarmledgerError):
    """A setting (home folder, database URL, option value) is missing or invalid."""


class StorageError(HarmledgerError):
    """The database or the evidence archive cannot be read or written."""


class IngestError(HarmledgerError):
    """One input item cannot be read, decoded or parsed; the batch goes on without it."""


class VerificationError(HarmledgerError):
    """The archive or the custody chain does not match what was recorded."""


class InputError(HarmledgerError):
    """What the caller asked for cannot be done as asked; one of the three classes below says
    why. Catch this to catch all three (it was the one class for all of them before)."""


class NotFound(InputError):
    """A record the request names (incident, claim, document, list, user, person) is not in
    the ledger."""


class Conflict(InputError):
    """The ledger's current state forbids the change: a name already taken, the last admin,
    an incident no longer active, a merge that would make a cycle, an empty custody log."""


class Invalid(InputError):
    """A value, option or user-supplied file or table (capture table, victim list, mapping)
    is malformed or out of range."""


class MissingExtraError(HarmledgerError):
    """An optional dependency is not installed; the message names the extra to install."""


class EstimationError(HarmledgerError):
    """The data cannot support the requested estimate (e.g. two lists that never overlap)."""
