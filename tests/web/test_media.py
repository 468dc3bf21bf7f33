"""The web's photos: analysts see thumbnails and EXIF; viewers and the public see neither."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from harmledger.ingestion import ocr
from harmledger.ingestion.pipeline import ingest_items
from harmledger.store.ledger import Ledger
from harmledger.web import create_app
from harmledger.web.users import add_user
from tests.ingestion.test_media import NO_OCR, photo, with_exif
from tests.web.conftest import SECRET, Client
from tests.web.demo import PASSWORD


@pytest.fixture
def photos(
    sqlite_ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Ledger, str]:
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: NO_OCR)
    sha = ingest_items(sqlite_ledger, [str(with_exif(photo(7), tmp_path / "site.jpg"))])
    add_user(sqlite_ledger, "ana", PASSWORD, "analyst")
    add_user(sqlite_ledger, "vera", PASSWORD, "viewer")
    assert sha.results[0].sha256
    return sqlite_ledger, sha.results[0].sha256


def _app(photos: tuple[Ledger, str], public: bool) -> Iterator[Any]:
    built = create_app(photos[0].settings, public=public, secret_key=SECRET)
    yield built
    built.state.web.ledger.close()


@pytest.fixture
def app(photos: tuple[Ledger, str]) -> Iterator[Any]:
    yield from _app(photos, public=False)


@pytest.fixture
def public_app(photos: tuple[Ledger, str]) -> Iterator[Any]:
    yield from _app(photos, public=True)


def test_an_analyst_gets_the_gallery_a_thumbnail_without_exif_and_the_metadata(
    app: Any, photos: tuple[Ledger, str]
) -> None:
    sha = photos[1]
    analyst = Client(app)
    assert analyst.api_login("ana").status_code == 200

    gallery = analyst.get("/media")
    assert gallery.status_code == 200 and f"/media/{sha}/thumbnail.jpg" in gallery.text
    thumb = analyst.get(f"/media/{sha}/thumbnail.jpg")
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
    image = Image.open(io.BytesIO(thumb.content))
    assert max(image.size) <= 320
    assert len(image.getexif()) == 0  # no camera, no time, no position
    record = analyst.get(f"/api/media/{sha[:12]}").json()
    assert record["metadata"]["Make"] == "Example Camera Co"
    assert record["has_position"] is True and "archive_path" not in record


def test_a_viewer_sees_no_metadata_and_no_thumbnails(app: Any, photos: tuple[Ledger, str]) -> None:
    sha = photos[1]
    viewer = Client(app)
    assert viewer.api_login("vera").status_code == 200
    record = viewer.get(f"/api/media/{sha}").json()
    assert record["sha256"] == sha and record["metadata"] is None
    assert record["origin"] is None and record["has_position"] is None
    assert viewer.get(f"/media/{sha}/thumbnail.jpg").status_code == 403
    assert viewer.get("/media").status_code == 403


def test_the_public_sees_no_metadata_and_no_thumbnails(
    public_app: Any, photos: tuple[Ledger, str]
) -> None:
    sha = photos[1]
    anonymous = Client(public_app)
    record = anonymous.get(f"/api/media/{sha}")
    assert record.status_code == 200 and "Example Camera Co" not in record.text
    assert "GPS" not in record.text
    assert anonymous.get(f"/media/{sha}/thumbnail.jpg").status_code == 403
    assert anonymous.get("/api/media/abcdef0123").status_code == 404
