"""Storage: SQL tables and migrations, the evidence archive, the custody chain."""

from harmledger.store.archive import Archive, sha256_bytes, sha256_file
from harmledger.store.custody import append_event, verify_chain
from harmledger.store.ledger import Ledger, open_ledger

__all__ = [
    "Archive",
    "Ledger",
    "append_event",
    "open_ledger",
    "sha256_bytes",
    "sha256_file",
    "verify_chain",
]
