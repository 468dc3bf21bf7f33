"""Linkage: victim records to persons (and, later, claims to incidents)."""
