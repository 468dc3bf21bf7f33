"""Photos and videos in the web app: a gallery and thumbnails for analysts, metadata kept back.

EXIF can hold a photographer's GPS position, so the gallery, thumbnails and metadata are for
analysts and admins; the JSON record in public mode (or for a viewer) is the public view
(:func:`harmledger.gallery.public_media`). Thumbnails are re-encoded from the archived bytes with
no metadata at all: a thumbnail never carries the original's EXIF.
"""

from __future__ import annotations

import io
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from pydantic import BaseModel

from harmledger.errors import HarmledgerError
from harmledger.gallery import get_media, list_media, public_media
from harmledger.web.pages import Reader, page
from harmledger.web.security import include_sensitive, require_role, state

router = APIRouter()
THUMBNAIL_PIXELS = 320


class MediaCopy(BaseModel):
    """Another archived image that is a copy of this one (pHash distance in bits)."""

    sha256: str
    distance: int
    origin: str | None = None
    documents: list[int] = []


class MediaRecord(BaseModel):
    """An archived image or video; metadata, origin and position only for analysts."""

    sha256: str
    kind: str
    media_type: str | None = None
    width: int | None = None
    height: int | None = None
    frames: int | None = None
    phash: str | None = None
    hash_method: str | None = None
    documents: list[int] = []
    unread: bool = False
    copies: list[MediaCopy] = []
    recorded_at: str | None = None
    captured: str | None = None
    has_position: bool | None = None
    origin: str | None = None
    metadata: dict[str, Any] | None = None


def _record(request: Request, sha256: str) -> dict[str, Any]:
    try:
        record = get_media(state(request).ledger, sha256)
    except HarmledgerError as error:
        raise HTTPException(404, str(error)) from error
    if not include_sensitive(request):
        record = public_media(record) | {"copies": [_public_copy(c) for c in record["copies"]]}
    record.pop("archive_path", None)  # a machine path is nobody's business on the web
    return record


def _public_copy(copy: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in copy.items() if key != "origin"}


@router.get("/api/media/{sha256}", tags=["documents"], response_model=MediaRecord)
def media_record(request: Request, _: Reader, sha256: str) -> dict[str, Any]:
    """An archived image or video by SHA-256 (6+ leading digits): size, pHash, copies.

    Analysts also get its EXIF metadata (camera, capture time, GPS position) and origin."""
    return _record(request, sha256)


@router.get("/media", include_in_schema=False)
def gallery(request: Request) -> Response:
    require_role(request, "analyst")
    items = list_media(state(request).ledger)
    return page(request, "media.html", items=items)


@router.get("/media/{sha256}/thumbnail.jpg", include_in_schema=False)
def thumbnail(request: Request, sha256: str) -> Response:
    """A small JPEG of an archived image, re-encoded without any of the original's metadata."""
    require_role(request, "analyst")
    record = _record(request, sha256)
    if record["kind"] != "image":
        raise HTTPException(404, "only images have thumbnails")
    data = state(request).ledger.archive.read(record["sha256"])
    return Response(
        _thumbnail(data),
        media_type="image/jpeg",
        headers={"Cache-Control": "private, max-age=86400"},
    )


def _thumbnail(data: bytes) -> bytes:
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as image:
        upright = ImageOps.exif_transpose(image).convert("RGB")
    upright.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
    buffer = io.BytesIO()
    upright.save(buffer, "JPEG", quality=80)  # no exif= argument: nothing of the original's
    return buffer.getvalue()
