"""Copies of one story: documents found to be near-duplicates, grouped under the first.

Ten outlets that re-publish one wire story, each under its own name and with a figure or a
sentence changed, are one report. Grouping their documents (near-duplicate relations, found
at ingestion) lets corroboration count the story once, whatever publisher each copy carries.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from harmledger.store.dialects import MAX_BOUND_IDS
from harmledger.store.tables import DocumentRelation


def story_roots(session: Session, document_ids: Iterable[int]) -> dict[int, int]:
    """For each given document that has copies, the first document of its story.

    Stories are the connected groups of near-duplicate relations (a copy of a copy is the same
    story); documents with no copy are left out.
    """
    wanted = sorted(set(document_ids))
    parent: dict[int, int] = {}

    def root(document: int) -> int:
        parent.setdefault(document, document)
        while parent[document] != document:
            parent[document] = parent[parent[document]]
            document = parent[document]
        return document

    frontier = set(wanted)
    seen: set[int] = set()
    while frontier:  # follow copies of copies beyond the documents asked about
        batch = sorted(frontier - seen)
        seen |= frontier
        frontier = set()
        for i in range(0, len(batch), MAX_BOUND_IDS):
            chunk = batch[i : i + MAX_BOUND_IDS]
            rows = session.execute(
                select(DocumentRelation.document_id, DocumentRelation.related_id).where(
                    DocumentRelation.kind == "near_duplicate",
                    or_(
                        DocumentRelation.document_id.in_(chunk),
                        DocumentRelation.related_id.in_(chunk),
                    ),
                )
            )
            for first, second in rows:
                low, high = sorted((root(first), root(second)))
                parent[high] = low
                frontier |= {first, second} - seen
    return {d: root(d) for d in wanted if d in parent}
