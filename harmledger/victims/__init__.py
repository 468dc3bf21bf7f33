"""Victim and recovery records, and reading victim lists from CSV, XLSX and JSON.

The field table the CLI and README document is in :mod:`harmledger.victims.model`.
"""

from harmledger.victims.model import (
    RECOVERY_FIELDS,
    SENSITIVE_FIELDS,
    VICTIM_FIELDS,
    RecoveryRecord,
    VictimRecord,
)
from harmledger.victims.reader import ImportResult, RowError, read_victim_file, read_victim_rows

__all__ = [
    "RECOVERY_FIELDS",
    "SENSITIVE_FIELDS",
    "VICTIM_FIELDS",
    "ImportResult",
    "RecoveryRecord",
    "RowError",
    "VictimRecord",
    "read_victim_file",
    "read_victim_rows",
]
