"""Images and videos are evidence: metadata kept for analysts, re-posted copies found."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.errors import InputError
from harmledger.gallery import get_media, list_media, match_image, public_media
from harmledger.ingestion import ocr
from harmledger.ingestion.media import COPY_DISTANCE, describe_image, distance
from harmledger.ingestion.pipeline import ingest_items
from harmledger.ingestion.readers import sniff_format
from harmledger.store.ledger import Ledger
from harmledger.store.tables import CustodyEvent, MediaItem

NO_OCR = "OCR unavailable: no tesseract program (install Debian's tesseract-ocr packages)"
# a position we made up, in degrees/minutes/seconds as cameras write it: 33°30'36" N, 36°17'24" E
GPS = {1: "N", 2: (33.0, 30.0, 36.0), 3: "E", 4: (36.0, 17.0, 24.0)}


def photo(seed: int, size: tuple[int, int] = (480, 360)) -> Image.Image:
    """A picture with no text: overlapping shapes in colours drawn from ``seed``."""
    chance = random.Random(seed)
    image = Image.new("RGB", size, tuple(chance.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = chance.randrange(size[0]), chance.randrange(size[1])
        w, h = chance.randrange(40, 200), chance.randrange(40, 200)
        colour = tuple(chance.randrange(256) for _ in range(3))
        shape = draw.ellipse if chance.random() < 0.5 else draw.rectangle
        shape((x, y, x + w, y + h), fill=colour)
    return image


def with_exif(image: Image.Image, path: Path, fmt: str = "JPEG") -> Path:
    exif = Image.Exif()
    exif[0x010F] = "Example Camera Co"  # Make
    exif[0x0132] = "2024:03:03 09:41:00"  # DateTime
    exif[0x8825] = GPS
    image.save(path, fmt, exif=exif.tobytes())
    return path


@pytest.fixture(autouse=True)
def _no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """These pictures hold no text; skipping OCR keeps the tests quick and the same anywhere."""
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: NO_OCR)


def test_a_photo_is_archived_with_its_exif_and_a_perceptual_hash(
    ledger: Ledger, tmp_path: Path
) -> None:
    original = with_exif(photo(1), tmp_path / "site.jpg")

    report = ingest_items(ledger, [str(original)])

    assert [r.status for r in report.results] == ["unread"]  # kept, though no text was read
    sha = report.results[0].sha256
    assert sha is not None
    record = get_media(ledger, sha[:10])
    assert record["kind"] == "image" and record["media_type"] == "image/jpeg"
    assert (record["width"], record["height"]) == (480, 360)
    assert record["metadata"]["Make"] == "Example Camera Co"
    assert record["captured"] == "2024:03:03 09:41:00"
    assert record["metadata"]["GPSLatitude"] == pytest.approx(33.51)
    assert record["metadata"]["GPSLongitude"] == pytest.approx(36.29)
    assert record["has_position"] is True and record["unread"] is True
    with ledger.reader() as session:
        event = session.scalars(
            select(CustodyEvent).where(CustodyEvent.subject == f"blob:{sha}")
        ).one()
    assert event.details["media"]["phash"] == record["phash"]


def test_public_view_of_a_photo_shows_no_exif_no_position_and_no_path(
    ledger: Ledger, tmp_path: Path
) -> None:
    sha = ingest_items(ledger, [str(with_exif(photo(2), tmp_path / "a.jpg"))]).results[0].sha256
    public = public_media(get_media(ledger, str(sha)))
    assert not {"metadata", "archive_path", "has_position", "captured", "origin"} & set(public)
    assert "GPSLatitude" not in str(public)


def test_a_reposted_copy_is_found_though_its_bytes_differ(ledger: Ledger, tmp_path: Path) -> None:
    original = with_exif(photo(3), tmp_path / "original.jpg")
    smaller = photo(3).resize((300, 225))
    buffer = io.BytesIO()
    smaller.save(buffer, "JPEG", quality=35)  # what a messaging app makes of it
    repost = tmp_path / "repost.jpg"
    repost.write_bytes(buffer.getvalue())
    unrelated = tmp_path / "other.png"
    photo(4).save(unrelated)

    report = ingest_items(ledger, [str(original), str(repost), str(unrelated)])

    first, second, third = (r.sha256 for r in report.results)
    assert first and second and third and len({first, second, third}) == 3
    copies = get_media(ledger, first)["copies"]
    assert [c["sha256"] for c in copies] == [second]
    assert copies[0]["distance"] <= COPY_DISTANCE
    assert get_media(ledger, third)["copies"] == []
    counts = {m["sha256"]: m["copies"] for m in list_media(ledger)}
    assert counts == {first: 1, second: 1, third: 0}


def test_unrelated_pictures_are_far_apart_in_hash_space() -> None:
    hashes = []
    for seed in range(10, 20):
        buffer = io.BytesIO()
        photo(seed).save(buffer, "PNG")
        facts = describe_image(buffer.getvalue())
        assert facts is not None and facts.phash is not None
        hashes.append(facts.phash)
    closest = min(distance(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1 :])
    assert closest > COPY_DISTANCE


def test_match_finds_an_archived_copy_without_storing_the_file(
    ledger: Ledger, tmp_path: Path
) -> None:
    sha = ingest_items(ledger, [str(with_exif(photo(5), tmp_path / "kept.jpg"))]).results[0].sha256
    buffer = io.BytesIO()
    photo(5).rotate(0).save(buffer, "WEBP", quality=50)
    assert [m["sha256"] for m in match_image(ledger, buffer.getvalue())] == [sha]
    with ledger.reader() as session:
        assert len(session.scalars(select(MediaItem)).all()) == 1
    with pytest.raises(InputError, match="not an image"):
        match_image(ledger, b"plain words, not a picture")


def test_a_damaged_image_is_still_archived_without_a_description(
    ledger: Ledger, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    report = ingest_items(ledger, [str(broken)])
    assert report.results[0].status == "unread"
    with ledger.reader() as session:
        assert session.scalars(select(MediaItem)).all() == []


def _mp4() -> bytes:
    """The first bytes of an MP4 container (an ftyp box) and some payload; no real video."""
    return b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 4


def test_a_video_is_archived_as_evidence_with_its_type(ledger: Ledger, tmp_path: Path) -> None:
    clip = tmp_path / "strike.mp4"
    clip.write_bytes(_mp4())
    report = ingest_items(ledger, [str(clip)])
    result = report.results[0]
    assert result.status == "unread" and "video" in (result.reason or "")
    assert report.ok
    record = get_media(ledger, str(result.sha256))
    assert (record["kind"], record["media_type"], record["phash"]) == ("video", "video/mp4", None)
    assert sniff_format(_mp4()) == "video"
    assert sniff_format(b"\x1a\x45\xdf\xa3\x01\x00\x00\x00webm") == "video"


def test_media_commands_list_show_and_match(sqlite_ledger: Ledger, tmp_path: Path) -> None:
    ledger = sqlite_ledger
    original = with_exif(photo(6), tmp_path / "one.jpg")
    sha = ingest_items(ledger, [str(original)]).results[0].sha256
    assert sha is not None
    home = str(ledger.settings.home)
    runner = CliRunner()

    listed = runner.invoke(app, ["media", "list", "--home", home, "--format", "json"])
    assert listed.exit_code == 0 and sha in listed.output
    shown = runner.invoke(app, ["media", "show", sha[:12], "--home", home])
    assert shown.exit_code == 0 and "Example Camera Co" in shown.output
    matched = runner.invoke(app, ["media", "match", str(original), "--home", home])
    assert matched.exit_code == 0 and sha[:12] in matched.output
    unknown = runner.invoke(app, ["media", "show", "abcdef0123", "--home", home])
    assert unknown.exit_code != 0
