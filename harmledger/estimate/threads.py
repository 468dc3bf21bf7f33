"""Run the numeric core with one BLAS thread.

The matrices here are small (at most 2**k cells by a few dozen columns); multithreaded BLAS
gains nothing on them and, on a busy machine, its spinning threads made a Poisson GLM fit ten
times slower in our measurements. ``threadpoolctl`` limits the pool for the duration of a call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def single_blas_thread() -> Iterator[None]:
    """Limit BLAS/OpenMP pools to one thread inside the block (no-op if threadpoolctl is absent)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl is a declared dependency
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield
