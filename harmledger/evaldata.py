"""Where the labelled evaluation data lives.

The data is real and third-party, so it stays outside the repository: ``$HARMLEDGER_EVAL_DIR``
if set, else ``shared/eval`` beside the checkout or beside one of its ancestors (a git worktree
in ``wt/NAME`` finds the same folder as the main checkout), or beside the current folder.
"""

import os
from pathlib import Path

from harmledger.errors import ConfigError


def eval_dir(explicit: Path | str | None = None, *, must_exist: bool = True) -> Path:
    """Return the evaluation data folder; raise :class:`ConfigError` if required and absent."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    elif os.environ.get("HARMLEDGER_EVAL_DIR"):
        candidates.append(Path(os.environ["HARMLEDGER_EVAL_DIR"]))
    else:
        checkout = Path(__file__).resolve().parents[1]
        candidates += [parent / "shared" / "eval" for parent in checkout.parents]
        candidates.append(Path.cwd().parent / "shared" / "eval")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    if must_exist:
        tried = ", ".join(str(c) for c in candidates)
        raise ConfigError(f"evaluation data not found (tried {tried}); set HARMLEDGER_EVAL_DIR")
    return candidates[0]
