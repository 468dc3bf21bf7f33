"""harmledger: an auditable ledger of civilian harm in armed conflict."""

__version__ = "0.1.0"
