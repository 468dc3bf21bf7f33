"""The evidence archive: raw bytes stored once, by SHA-256, and never modified.

Files live at ``archive/ab/cd/abcd…`` and are made read-only after an atomic write
(temporary file, fsync, rename), so a crash never leaves a half-written evidentiary copy.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from harmledger.errors import StorageError

_CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks so huge files use little memory."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class StoredBlob:
    """Where a blob lives and whether this call created it."""

    sha256: str
    path: Path
    created: bool


class Archive:
    """A content-addressed, write-once store of raw bytes."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        """Path of the blob with this hash (which may not exist)."""
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise StorageError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, data: bytes) -> StoredBlob:
        """Store ``data`` if it is not stored yet; never rewrite an existing blob."""
        sha = sha256_bytes(data)
        target = self.path_for(sha)
        if target.is_file():
            return StoredBlob(sha, target, created=False)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(temporary, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise StorageError(f"cannot write to the archive at {target}: {error}") from error
        return StoredBlob(sha, target, created=True)

    def read(self, sha256: str) -> bytes:
        """The archived bytes of ``sha256``."""
        path = self.path_for(sha256)
        try:
            return path.read_bytes()
        except OSError as error:
            raise StorageError(f"archived blob {sha256} cannot be read: {error}") from error

    def iter_hashes(self) -> Iterator[str]:
        """Every blob name present on disk (temporary files excluded)."""
        if not self.root.is_dir():
            return
        for path in sorted(self.root.glob("*/*/*")):
            if path.is_file() and not path.name.startswith("."):
                yield path.name
