"""Victim records -> persons, with Splink (DuckDB by default, Spark for big lists).

Splink is an optional extra (``harmledger[link]``) and is imported only when a linkage runs.
"""

from harmledger.link.persons.api import dedupe, feature_frames, link_records
from harmledger.link.persons.clusters import connected_components, merged_clusters, person_id
from harmledger.link.persons.engine import Decision, run_linkage
from harmledger.link.persons.result import Evidence, LinkageResult, PairPrediction
from harmledger.link.persons.spec import VICTIM_PROFILE, ComparisonSpec, LinkageProfile

__all__ = [
    "VICTIM_PROFILE",
    "ComparisonSpec",
    "Decision",
    "Evidence",
    "LinkageProfile",
    "LinkageResult",
    "PairPrediction",
    "connected_components",
    "dedupe",
    "feature_frames",
    "link_records",
    "merged_clusters",
    "person_id",
    "run_linkage",
]
