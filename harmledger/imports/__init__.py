"""Importers of coded event datasets (UCDP GED, ACLED) as incidents with their own figures."""
