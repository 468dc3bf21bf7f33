"""Images and videos as evidence: their metadata and a perceptual hash, kept beside the bytes.

A photo of a strike site or of a death notice is evidence whether or not OCR finds text in it.
What it says about itself (camera, capture time, GPS position in its EXIF) is kept for analysts
and never shown in public views: a photographer's position can endanger them. A perceptual hash
(pHash, from the ``imagehash`` package) survives re-encoding, resizing and light edits, so a
re-posted copy of an archived photo is recognised even though its bytes differ.

Video files are archived and logged as evidence with their container type; harmledger reads
no frames from them (no video decoder is a dependency), so they carry no hash beyond SHA-256.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from harmledger.ingestion.model import RawItem

MediaKind = Literal["image", "video"]
HASH_METHOD = "phash-64"
# Two images whose 64-bit pHashes differ in at most this many bits are treated as copies: a
# JPEG re-encode or a halving of the size moves a photo by 0-6 bits, unrelated photos sit near
# 32 (half the bits), and crops or overlays that change the picture's layout land above 12.
COPY_DISTANCE = 10
MAX_TAGS = 120
MAX_VALUE_CHARS = 300
_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769

VIDEO_MEDIA_TYPES = {
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".avi": "video/x-msvideo",
}


@dataclass(frozen=True)
class MediaFacts:
    """What an image or video file says about itself, and its perceptual hash."""

    kind: MediaKind
    media_type: str | None
    width: int | None = None
    height: int | None = None
    frames: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    phash: str | None = None

    def summary(self) -> dict[str, Any]:
        """The facts a custody event records (the hash, not the metadata's content)."""
        return {
            "kind": self.kind,
            "media_type": self.media_type,
            "width": self.width,
            "height": self.height,
            "frames": self.frames,
            "hash_method": HASH_METHOD if self.phash else None,
            "phash": self.phash,
            "metadata_fields": len(self.metadata),
        }


def describe_media(item: RawItem, fmt: str) -> MediaFacts | None:
    """The description of an image or video item; None for every other format."""
    if fmt == "image":
        return describe_image(item.data)
    if fmt == "video":
        return describe_video(item.suffix, item.data)
    return None


def describe_image(data: bytes) -> MediaFacts | None:
    """Size, frames, EXIF and pHash of an image; None when Pillow cannot open it."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()
            kind = image.format or ""
            metadata = exif_fields(image)
            upright = ImageOps.exif_transpose(image)
            digest = perceptual_hash(upright)
            return MediaFacts(
                kind="image",
                media_type=Image.MIME.get(kind),
                width=upright.width,
                height=upright.height,
                frames=getattr(image, "n_frames", 1),
                metadata=metadata,
                phash=digest,
            )
    except Exception:  # a damaged image is still archived; it only goes without a description
        return None


def describe_video(suffix: str, data: bytes) -> MediaFacts:
    """A video is known by its container type only (from its name, else its first bytes)."""
    media_type = VIDEO_MEDIA_TYPES.get(suffix.lower()) or video_media_type(data)
    return MediaFacts(kind="video", media_type=media_type)


def video_media_type(data: bytes) -> str | None:
    """The container type from a video's first bytes (MP4/QuickTime, Matroska/WebM, AVI)."""
    if data[4:8] == b"ftyp":
        return "video/quicktime" if data[8:10] == b"qt" else "video/mp4"
    if data.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm" if b"webm" in data[:64] else "video/x-matroska"
    if data[:4] == b"RIFF" and data[8:12] == b"AVI ":
        return "video/x-msvideo"
    return None


def perceptual_hash(image: Any) -> str:
    """The 64-bit pHash of an (upright) image as 16 hex digits."""
    import imagehash

    return str(imagehash.phash(image.convert("RGB")))


def distance(first: str, second: str) -> int:
    """Bits in which two hex pHashes differ (0 = the same picture)."""
    return (int(first, 16) ^ int(second, 16)).bit_count()


def exif_fields(image: Any) -> dict[str, Any]:
    """EXIF tags by name (camera, times, software...), with GPS as decimal degrees.

    Values are made JSON-safe and bounded: a maker note of kilobytes is evidence in the
    archived bytes, not something to copy into the database.
    """
    from PIL.ExifTags import GPSTAGS, TAGS

    exif = image.getexif()
    fields: dict[str, Any] = {}
    tags = dict(exif.items())
    with contextlib.suppress(Exception):  # a broken sub-IFD loses its own tags only
        tags.update(exif.get_ifd(_EXIF_IFD).items())
    for tag, value in tags.items():
        if tag in (_GPS_IFD, _EXIF_IFD) or len(fields) >= MAX_TAGS:
            continue
        plain = _plain(value)
        if plain is not None:
            fields[TAGS.get(tag, f"tag_{tag}")] = plain
    try:
        gps_ifd = exif.get_ifd(_GPS_IFD)
        gps = {GPSTAGS.get(tag, f"gps_{tag}"): value for tag, value in gps_ifd.items()}
    except Exception:
        gps = {}
    position = _gps_position(gps)
    if position:
        fields["GPSLatitude"], fields["GPSLongitude"] = position
    return fields


def _plain(value: Any) -> str | int | float | list[Any] | None:
    """A JSON-safe, bounded form of one EXIF value (None: binary or empty, not kept)."""
    if isinstance(value, bytes):
        return None
    if isinstance(value, bool | int):
        return int(value)
    if isinstance(value, tuple | list):
        items = [_plain(item) for item in value[:16]]
        return [item for item in items if item is not None] or None
    try:
        number = float(value)  # IFDRational and other number-likes
    except (TypeError, ValueError, ZeroDivisionError):
        text = str(value).replace("\x00", "").strip()
        return text[:MAX_VALUE_CHARS] or None
    return round(number, 6) if number == number else None  # NaN (0/0) is not a value


def _gps_position(gps: dict[str, Any]) -> tuple[float, float] | None:
    """Decimal latitude and longitude from the GPS IFD's degree/minute/second triples."""
    try:
        latitude = _degrees(gps["GPSLatitude"], gps.get("GPSLatitudeRef", "N"), "S")
        longitude = _degrees(gps["GPSLongitude"], gps.get("GPSLongitudeRef", "E"), "W")
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return round(latitude, 6), round(longitude, 6)


def _degrees(triple: Any, reference: Any, negative: str) -> float:
    degrees, minutes, seconds = (float(part) for part in triple)
    value = degrees + minutes / 60 + seconds / 3600
    return -value if str(reference).strip().upper().startswith(negative) else value
