"""Publish: what leaves the ledger for readers — exports and read models shared by CLI and web."""
