"""Near-duplicate documents: the same story re-published, lightly edited or updated in place.

Each document's text is normalised (NFKC, case-folded, diacritics and punctuation dropped) and
cut into overlapping three-word shingles; a MinHash signature (datasketch, 128 permutations)
estimates the Jaccard similarity of two shingle sets, and LSH finds the candidate pairs without
comparing every pair. A pair at or over ``THRESHOLD`` is stored as a ``near_duplicate`` relation
(the later document first). Byte-identical items never get here: they are already archived.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import select

from harmledger.store.ledger import Ledger
from harmledger.store.tables import Document, DocumentRelation, DocumentSignature

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 3
THRESHOLD = 0.5  # estimated Jaccard of 3-word shingles; see README for the measured precision
MIN_SHINGLES = 8  # a headline alone is too short to call two stories one
SCHEME = "affine32"  # datasketch 2's default; named so stored signatures stay comparable
METHOD = f"minhash-{SCHEME}-{NUM_PERM}-w{SHINGLE_WORDS}"
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """Overlapping word triples of the normalised text."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = _WORD.findall(plain)
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> MinHash | None:
    """The text's MinHash, or None when it is too short to compare."""
    from datasketch import MinHash

    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(s.encode("utf-8") for s in found)
    return minhash


def find_near_duplicates(ledger: Ledger, document_ids: Sequence[int]) -> int:
    """Sign the new documents, relate each to the stored documents it nearly duplicates.

    Returns the number of relations stored. The index is rebuilt from stored signatures once
    per call (per ingestion run), not per document.
    """
    from datasketch import MinHash, MinHashLSH

    if not document_ids:
        return 0
    new = set(document_ids)
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    signatures: dict[int, MinHash] = {}
    with ledger.reader() as session:
        for document_id, blob in session.execute(
            select(DocumentSignature.document_id, DocumentSignature.signature).where(
                DocumentSignature.method == METHOD
            )
        ):
            if document_id in new:
                continue
            values = np.frombuffer(blob, dtype=np.uint32)
            signatures[document_id] = MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)
        texts = dict(
            session.execute(select(Document.id, Document.text).where(Document.id.in_(new))).all()
        )
    for document_id, minhash in signatures.items():
        lsh.insert(document_id, minhash)
    rows: list[DocumentSignature] = []
    relations: list[DocumentRelation] = []
    now = dt.datetime.now(dt.UTC)
    for document_id in sorted(texts):
        minhash = signature(texts[document_id])
        if minhash is None:
            continue
        rows.append(
            DocumentSignature(
                document_id=document_id,
                method=METHOD,
                signature=np.asarray(minhash.hashvalues, dtype=np.uint32).tobytes(),
            )
        )
        for other in lsh.query(minhash):
            similarity = float(minhash.jaccard(signatures[other]))
            if similarity >= THRESHOLD:
                relations.append(
                    DocumentRelation(
                        document_id=max(document_id, other),
                        related_id=min(document_id, other),
                        kind="near_duplicate",
                        similarity=round(similarity, 3),
                        found_at=now,
                    )
                )
        lsh.insert(document_id, minhash)
        signatures[document_id] = minhash
    with ledger.session() as session:
        session.add_all(rows)
        session.add_all(relations)
    return len(relations)
