import stat
from pathlib import Path

import pytest

from harmledger.errors import StorageError
from harmledger.store.archive import Archive, sha256_bytes, sha256_file


def test_put_stores_once_by_hash_and_read_only(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    first = archive.put(b"evidence bytes")
    second = archive.put(b"evidence bytes")
    assert first.created and not second.created
    assert first.sha256 == sha256_bytes(b"evidence bytes") == first.path.name
    assert first.path.parent.parent.name == first.sha256[:2]
    assert archive.read(first.sha256) == b"evidence bytes"
    assert not first.path.stat().st_mode & stat.S_IWUSR
    assert list(archive.iter_hashes()) == [first.sha256]
    assert sha256_file(first.path) == first.sha256


def test_no_temporary_files_left_behind(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    archive.put(b"a")
    archive.put(b"b")
    leftovers = [p for p in (tmp_path / "archive").rglob(".incoming-*")]
    assert leftovers == []


def test_rejects_non_hash_names(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="not a SHA-256"):
        Archive(tmp_path).path_for("../../etc/passwd")
