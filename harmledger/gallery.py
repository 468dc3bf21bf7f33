"""The media catalogue: archived images and videos, what they say about themselves, and copies.

A copy is an archived image whose perceptual hash lies within
:data:`~harmledger.ingestion.media.COPY_DISTANCE` bits of another's: the same photo re-posted,
re-encoded, resized. Copies are found when asked (a scan over the stored 64-bit hashes, cheap
for the hundreds of thousands of images a monitor keeps), so every newly archived photo is
compared with every earlier one without a stored relation to keep current.

EXIF (camera, capture time, GPS position) is for analysts: :func:`public_media` drops it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmledger.errors import Invalid, NotFound
from harmledger.ingestion.media import COPY_DISTANCE, describe_image, distance
from harmledger.store.ledger import Ledger
from harmledger.store.tables import Document, MediaItem, UnreadItem

MEDIA_FIELDS = (
    "sha256",
    "kind",
    "media_type",
    "width",
    "height",
    "frames",
    "phash",
    "captured",
    "has_position",
    "origin",
    "documents",
    "unread",
    "copies",
)
# EXIF tags that say when a picture was taken, the camera's own first
_CAPTURE_TAGS = ("DateTimeOriginal", "DateTimeDigitized", "DateTime")


def list_media(ledger: Ledger, *, kind: str | None = None) -> list[dict[str, Any]]:
    """Every archived image or video, oldest first, with how many copies of it are archived."""
    query = select(MediaItem).order_by(MediaItem.id)
    if kind:
        query = query.where(MediaItem.kind == kind)
    with ledger.reader() as session:
        items = list(session.scalars(query))
        hashes = _all_hashes(session)
        documents = _documents_by_blob(session, [i.sha256 for i in items])
        unread = _unread_blobs(session, [i.sha256 for i in items])
        return [
            _summary(item, documents, unread)
            | {"copies": len(_copies(item.sha256, item.phash, hashes))}
            for item in items
        ]


def get_media(ledger: Ledger, sha256: str) -> dict[str, Any]:
    """One archived image or video: its metadata (EXIF), documents, and its archived copies."""
    sha256 = sha256.strip().lower()
    with ledger.reader() as session:
        matches = list(
            session.scalars(select(MediaItem).where(MediaItem.sha256.startswith(sha256)).limit(2))
        )
        if not matches or len(sha256) < 6:
            raise NotFound(f"no archived image or video with SHA-256 {sha256!r}")
        if len(matches) > 1:
            raise Invalid(f"SHA-256 prefix {sha256!r} is ambiguous: give more digits")
        item = matches[0]
        documents = _documents_by_blob(session, [item.sha256])
        unread = _unread_blobs(session, [item.sha256])
        copies = _copies(item.sha256, item.phash, _all_hashes(session))
        return _summary(item, documents, unread) | {
            "metadata": item.metadata_fields,
            "hash_method": item.hash_method,
            "recorded_at": item.recorded_at.isoformat(),
            "archive_path": str(ledger.archive.path_for(item.sha256)),
            "copies": _describe_copies(session, copies),
        }


def match_image(ledger: Ledger, data: bytes) -> list[dict[str, Any]]:
    """Archived copies of an image given by the user (not stored): closest first."""
    facts = describe_image(data)
    if facts is None or facts.phash is None:
        raise Invalid("not an image harmledger can read (PNG, JPEG, TIFF or WebP)")
    with ledger.reader() as session:
        return _describe_copies(session, _copies(None, facts.phash, _all_hashes(session)))


def public_media(record: dict[str, Any]) -> dict[str, Any]:
    """A media record as the public may see it: no EXIF, no position, no archive path."""
    hidden = {"metadata", "archive_path", "has_position", "origin", "captured"}
    return {key: value for key, value in record.items() if key not in hidden}


def _all_hashes(session: Session) -> list[tuple[str, str]]:
    rows = session.execute(
        select(MediaItem.sha256, MediaItem.phash).where(MediaItem.phash.is_not(None))
    )
    return [(sha, phash) for sha, phash in rows if phash]


def _copies(
    sha256: str | None, phash: str | None, hashes: list[tuple[str, str]]
) -> list[tuple[str, int]]:
    """(blob, distance) of every other archived image within COPY_DISTANCE, closest first."""
    if not phash:
        return []
    found = [(other, distance(phash, theirs)) for other, theirs in hashes if other != sha256]
    return sorted(
        ((other, bits) for other, bits in found if bits <= COPY_DISTANCE),
        key=lambda pair: (pair[1], pair[0]),
    )


def _describe_copies(session: Session, copies: list[tuple[str, int]]) -> list[dict[str, Any]]:
    blobs = [sha for sha, _ in copies]
    origins = dict(
        session.execute(
            select(MediaItem.sha256, MediaItem.origin).where(MediaItem.sha256.in_(blobs))
        ).all()
    )
    documents = _documents_by_blob(session, blobs)
    return [
        {
            "sha256": sha,
            "distance": bits,
            "origin": origins.get(sha),
            "documents": documents.get(sha, []),
        }
        for sha, bits in copies
    ]


def _documents_by_blob(session: Session, blobs: list[str]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    if blobs:
        rows = session.execute(
            select(Document.sha256, Document.id)
            .where(Document.sha256.in_(blobs))
            .order_by(Document.id)
        )
        for sha, document_id in rows:
            found.setdefault(sha, []).append(document_id)
    return found


def _unread_blobs(session: Session, blobs: list[str]) -> set[str]:
    if not blobs:
        return set()
    return set(
        session.scalars(
            select(UnreadItem.sha256).where(
                UnreadItem.sha256.in_(blobs), UnreadItem.read_at.is_(None)
            )
        )
    )


def _summary(item: MediaItem, documents: dict[str, list[int]], unread: set[str]) -> dict[str, Any]:
    metadata = item.metadata_fields or {}
    captured = next((metadata[tag] for tag in _CAPTURE_TAGS if metadata.get(tag)), None)
    return {
        "sha256": item.sha256,
        "kind": item.kind,
        "media_type": item.media_type,
        "width": item.width,
        "height": item.height,
        "frames": item.frames,
        "phash": item.phash,
        "captured": captured,
        "has_position": "GPSLatitude" in metadata,
        "origin": item.origin,
        "documents": documents.get(item.sha256, []),
        "unread": item.sha256 in unread,
    }
