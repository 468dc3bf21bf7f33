"""Turn what the user named (files, folders, globs, URLs, ``-``) into raw items, one at a time.

Items are read lazily so a folder of thousands of files never sits in memory at once; every
problem (missing path, unreadable file, over-size input, failed download) becomes a per-item
error and the batch goes on.
"""

from __future__ import annotations

import glob
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

import httpx

from harmledger.errors import IngestError
from harmledger.ingestion.model import RawItem

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
URL_TIMEOUT_SECONDS = 30.0  # for each connect or read: a silent server
URL_TIME_LIMIT_SECONDS = 120.0  # for the whole download: a server that trickles bytes
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class UrlPolicy:
    """How far a download may go: total time, and whether redirects may leave the host."""

    time_limit: float = URL_TIME_LIMIT_SECONDS
    cross_host_redirects: bool = False


@dataclass(frozen=True)
class PendingItem:
    """An input found but not read yet: ``load()`` returns its bytes or raises IngestError."""

    origin: str
    load: Callable[[], RawItem]


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def expand_inputs(
    inputs: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    client: httpx.Client | None = None,
    stdin: BinaryIO | None = None,
    url_policy: UrlPolicy | None = None,
) -> Iterator[PendingItem]:
    """Yield one pending item per file, URL or stdin; folders recurse, globs expand."""
    for value in inputs:
        if value == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield PendingItem("<stdin>", partial(_read_stream, stream, max_bytes))
        elif is_url(value):
            yield PendingItem(
                value,
                partial(fetch_url, value, max_bytes=max_bytes, client=client, policy=url_policy),
            )
        else:
            yield from _expand_path(value, max_bytes)


def _expand_path(value: str, max_bytes: int) -> Iterator[PendingItem]:
    path = Path(value).expanduser()
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        if not files:
            yield PendingItem(value, _fail(f"folder {value} has no files"))
        for file in files:
            yield PendingItem(str(file), partial(read_file, file, max_bytes))
        return
    if path.exists():
        yield PendingItem(str(path), partial(read_file, path, max_bytes))
        return
    if glob.has_magic(value):
        matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
        files = [m for m in matches if m.is_file()]
        if not files:
            yield PendingItem(value, _fail(f"no files match {value!r}"))
        for file in files:
            yield PendingItem(str(file), partial(read_file, file, max_bytes))
        return
    yield PendingItem(value, _fail(f"no such file or folder: {value}"))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _fail(reason: str) -> Callable[[], RawItem]:
    def load() -> RawItem:
        raise IngestError(reason)

    return load


def read_file(path: Path, max_bytes: int) -> RawItem:
    """Read one file, refusing it before reading if it is larger than ``max_bytes``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                f"too large: {size:,} bytes, over the limit of {max_bytes:,} "
                "(raise it with --max-bytes)"
            )
        data = path.read_bytes()
    except PermissionError as error:
        raise IngestError(f"cannot read (permission denied): {error.filename}") from error
    except OSError as error:
        raise IngestError(f"cannot read: {error.strerror or error}") from error
    return RawItem(data=data, origin=str(path.resolve()), method="file", suffix=path.suffix.lower())


def _read_stream(stream: BinaryIO, max_bytes: int) -> RawItem:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(f"too large: standard input is over the limit of {max_bytes:,} bytes")
    return RawItem(data=data, origin="<stdin>", method="stdin")


def fetch_url(
    url: str,
    *,
    max_bytes: int,
    client: httpx.Client | None = None,
    policy: UrlPolicy | None = None,
) -> RawItem:
    """Download ``url`` with httpx, streaming, within the size and time limits.

    Redirects are followed by hand (at most five) so that one leading to another host is
    refused unless the policy allows it: evidence from a named site should not silently come
    from somewhere else.
    """
    policy = policy or UrlPolicy()
    deadline = time.monotonic() + policy.time_limit
    owned = client is None
    http = client or httpx.Client(
        timeout=URL_TIMEOUT_SECONDS,
        headers={
            "User-Agent": "harmledger (casualty recording; +https://pypi.org/project/harmledger)"
        },
    )
    try:
        current = httpx.URL(url)
        for _ in range(MAX_REDIRECTS + 1):
            with http.stream("GET", current, follow_redirects=False) as response:
                if response.is_redirect:
                    current = _redirect_target(current, response, policy)
                    continue
                data = _read_body(response, max_bytes, deadline, policy.time_limit)
                final_url = str(response.url)
                media_type = response.headers.get("content-type")
                break
        else:
            raise IngestError(f"download failed: more than {MAX_REDIRECTS} redirects")
    except httpx.HTTPError as error:
        raise IngestError(f"download failed: {error.__class__.__name__}: {error}") from error
    finally:
        if owned:
            http.close()
    suffix = Path(httpx.URL(final_url).path).suffix.lower()
    from harmledger.ingestion.readers import SUPPORTED_SUFFIXES

    return RawItem(
        data=data,
        origin=url,
        method="url",
        url=final_url,
        media_type_hint=media_type,
        suffix=suffix if suffix in SUPPORTED_SUFFIXES else "",
    )


def _redirect_target(current: httpx.URL, response: httpx.Response, policy: UrlPolicy) -> httpx.URL:
    location = response.headers.get("location")
    if not location:
        raise IngestError(f"download failed: HTTP {response.status_code} with no Location")
    target = current.join(location)
    if target.scheme not in ("http", "https"):
        raise IngestError(f"download refused: redirect to a {target.scheme!r} address")
    if target.host != current.host and not policy.cross_host_redirects:
        raise IngestError(
            f"download refused: {current.host} redirects to another host, {target.host} "
            "(allow it with --allow-cross-host-redirects)"
        )
    return target


def _read_body(
    response: httpx.Response, max_bytes: int, deadline: float, time_limit: float
) -> bytes:
    if response.status_code >= 400:
        raise IngestError(f"download failed: HTTP {response.status_code} {response.reason_phrase}")
    declared = int(response.headers.get("content-length") or 0)
    if declared > max_bytes:
        raise IngestError(
            f"too large: the server declares {declared:,} bytes, over the limit of {max_bytes:,}"
        )
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise IngestError(f"too large: over the limit of {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise IngestError(
                f"download too slow: not finished after {time_limit:g} s "
                f"({total:,} bytes so far; raise it with --url-time-limit)"
            )
        chunks.append(chunk)
    return b"".join(chunks)
