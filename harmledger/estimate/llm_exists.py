"""Does a log-linear model's maximum likelihood estimate exist, and is the dark figure identified?

A sparse table can have a model whose fit runs off to a boundary although every margin it
uses holds someone: IRLS then stops at some large negative coefficient and reports a finite
but arbitrary dark figure. Fienberg & Rinaldo (2012) give the exact test, a linear program:
the MLE fails to exist iff some direction ``d`` has ``X d <= 0`` on every observed cell,
``X d = 0`` on the cells holding people and ``X d < 0`` on some empty cell (those empty cells
are fitted as 0 by the extended MLE). The dark figure ``exp(x_0 b)`` is then identified only
when the all-absent row ``x_0`` lies in the span of the rows the extended fit keeps (the test
of Chan, Silverman & Vincent 2021, who apply both before a model is admitted).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import optimize

from harmledger.estimate.llm_models import Model, design_matrix
from harmledger.estimate.table import CaptureTable

#: A cell counts as pushed to zero when the LP direction is below this there.
_TOLERANCE = 1e-7


@dataclass(frozen=True)
class Existence:
    """The verdict for one model: MLE exists, and whether the dark figure is identified."""

    exists: bool
    identified: bool
    facial_zeros: int

    @property
    def admissible(self) -> bool:
        """Both tests pass: the model's estimate of the unseen is a number, not an artefact."""
        return self.exists and self.identified


def check_model(table: CaptureTable, model: Model) -> Existence:
    """Run the Fienberg–Rinaldo linear program and the rank test for ``model`` on ``table``."""
    full = design_matrix(table.k, model).astype(float)
    x = full[1:]
    counts = table.observed_counts()
    zero = counts == 0
    facial = np.zeros(len(counts), dtype=bool)
    if zero.any():
        # maximise sum(-X d) over empty cells, subject to X d <= 0, X d = 0 where people are,
        # and X d >= -1 on empty cells (bounds the program).
        result = optimize.linprog(
            x[zero].sum(axis=0),
            A_ub=np.vstack([x, -x[zero]]),
            b_ub=np.concatenate([np.zeros(len(x)), np.ones(int(zero.sum()))]),
            A_eq=x[~zero],
            b_eq=np.zeros(int((~zero).sum())),
            bounds=[(None, None)] * x.shape[1],
            method="highs",
        )
        if result.status == 0:
            facial = zero & (x @ result.x < -_TOLERANCE)
    kept = x[~facial]
    rank = np.linalg.matrix_rank(kept)
    identified = rank == x.shape[1] or rank == np.linalg.matrix_rank(np.vstack([kept, full[:1]]))
    return Existence(not facial.any(), bool(identified), int(facial.sum()))
