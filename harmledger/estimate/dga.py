"""Bayesian model averaging over decomposable graphical models (Madigan & York 1997; R's dga).

Lists are rarely independent, and which dependence structure holds is not known. Rather than
select one log-linear model, this averages over every decomposable graphical model on the lists
(:mod:`harmledger.estimate.decomposable`), each weighted by its posterior probability, as
HRDAG's R package dga (Johndrow, Lum & Ball) does for 3 to 5 lists.

For a graph with cliques ``C`` and separators ``S`` and a hyper-Dirichlet prior on the cell
probabilities (``delta`` prior observations per full-table cell), the marginal likelihood of the
complete table — observed cells plus ``m`` people on no list — is
``prod_C ML(C) / prod_S ML(S)``, where ``ML(A)`` is the Dirichlet-multinomial likelihood of the
table's margin over the lists in ``A``. Times the multinomial coefficient
``N! / (m! prod n_c!)`` and a prior on ``N = n + m`` (``1/N`` by default, as in dga) this gives
the joint posterior of model and ``m`` on a grid of ``m``, computed exactly: no sampling, no
convergence to check. The grid is extended until the posterior above it is negligible; where it
reaches far (lists that overlap little), each doubling is spaced more widely, every point
standing for the ``width`` values up to the next, so the cost stays bounded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy.special import gammaln, logsumexp

from harmledger.errors import Invalid
from harmledger.estimate.decomposable import MAX_LISTS, DecomposableGraph, decomposable_graphs
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.table import CaptureTable

FloatArray = NDArray[np.float64]
LogPrior = Callable[[FloatArray], FloatArray]
"""``log p(N)`` for an array of totals ``N`` (up to a constant)."""

#: Posterior mass allowed above the grid's last value before the grid is doubled.
TAIL_MASS = 1e-7
#: Columns of the grid handled at once (bounds memory at graphs x this many floats).
BLOCK = 4096
#: Points per doubling of the grid; beyond it the spacing widens.
SEGMENT_POINTS = 25_000
#: A grid larger than this means the data cannot bound the total (e.g. lists barely overlap).
MAX_GRID = 20_000_000


def inverse_total(totals: FloatArray) -> FloatArray:
    """dga's default prior on the total: ``p(N) ~ 1/N``."""
    return -np.log(totals)


@dataclass(frozen=True)
class DgaPosterior:
    """The joint posterior on (model, undocumented), reduced to its two margins."""

    table: CaptureTable
    graphs: tuple[DecomposableGraph, ...]
    missing: NDArray[np.int64]  # the grid of people on no list
    widths: NDArray[np.int64]  # how many values of the undocumented count each point stands for
    model_probability: FloatArray  # per graph, sums to 1
    total_probability: FloatArray  # per grid value, averaged over the graphs, sums to 1
    delta: float
    log_prior: LogPrior

    @property
    def totals(self) -> NDArray[np.int64]:
        """The grid as totals ``N = observed + missing``."""
        return self.missing + self.table.observed

    def given_model(self, index: int) -> FloatArray:
        """The posterior of the grid under one model alone (recomputed: one row is cheap)."""
        blocks = _log_joint_blocks(
            self.table,
            (self.graphs[index],),
            self.missing,
            self.widths,
            self.delta,
            self.log_prior,
        )
        row = np.concatenate([block[0] for block in blocks])
        return np.exp(row - logsumexp(row))


def _margins(table: CaptureTable) -> list[FloatArray]:
    """For every non-empty set of lists (bit mask ``a``), its margin's observed counts."""
    k = table.k
    cells = table.cells.astype(float)
    patterns = np.arange(2**k)
    margins: list[FloatArray] = [np.zeros(1)]
    for subset in range(1, 2**k):
        members = [j for j in range(k) if subset >> j & 1]
        # the margin cell of each full pattern: its bits on the subset's lists, packed
        index = sum(((patterns >> j) & 1) << i for i, j in enumerate(members))
        counts = np.bincount(np.asarray(index), weights=cells, minlength=2 ** len(members))
        margins.append(counts.astype(np.float64))
    return margins


def _component_terms(
    table: CaptureTable, margins: list[FloatArray], missing: FloatArray, delta: float
) -> FloatArray:
    """``log ML(A)`` without its normalising ``Gamma`` ratio, per set ``A`` and grid value."""
    k = table.k
    terms = np.zeros((2**k, len(missing)))
    for subset in range(1, 2**k):
        margin = margins[subset]
        size = len(margin)  # 2**|A| cells
        prior = delta * 2 ** (k - subset.bit_count())
        terms[subset] = (
            gammaln(missing + margin[0] + prior)
            + gammaln(margin[1:] + prior).sum()
            - size * gammaln(prior)
        )
    return terms


def _incidence(graphs: tuple[DecomposableGraph, ...], k: int) -> tuple[FloatArray, FloatArray]:
    """Per graph: +1 per clique and -1 per separator over the sets, and ``|C| - |S|``."""
    signs = np.zeros((len(graphs), 2**k))
    for row, graph in enumerate(graphs):
        for clique in graph.cliques:
            signs[row, clique] += 1
        for separator in graph.separators:
            signs[row, separator] -= 1
    parts = np.array([len(g.cliques) - len(g.separators) for g in graphs], dtype=float)
    return signs, parts


def _log_joint_blocks(
    table: CaptureTable,
    graphs: tuple[DecomposableGraph, ...],
    missing: NDArray[np.int64],
    widths: NDArray[np.int64],
    delta: float,
    log_prior: LogPrior,
) -> Iterator[FloatArray]:
    """Unnormalised log posterior, (graphs, block) at a time along the grid, so memory stays at
    one block whatever the grid's length."""
    k = table.k
    margins = _margins(table)
    signs, parts = _incidence(graphs, k)
    observed = table.observed
    cell_factorials = float(gammaln(table.cells[1:].astype(float) + 1).sum())
    for start in range(0, len(missing), BLOCK):
        m = missing[start : start + BLOCK].astype(float)
        totals = m + observed
        normaliser = gammaln(2**k * delta) - gammaln(totals + 2**k * delta)
        multinomial = gammaln(totals + 1) - cell_factorials - gammaln(m + 1)
        spread = np.log(widths[start : start + BLOCK].astype(float))
        terms = _component_terms(table, margins, m, delta)
        yield (
            signs @ terms
            + parts[:, None] * normaliser[None, :]
            + (multinomial + log_prior(totals) + spread)[None, :]
        )


def _reduce(
    table: CaptureTable,
    graphs: tuple[DecomposableGraph, ...],
    missing: NDArray[np.int64],
    widths: NDArray[np.int64],
    delta: float,
    log_prior: LogPrior,
) -> tuple[FloatArray, FloatArray]:
    """Log posterior mass per model and per grid value (both unnormalised) over ``missing``."""
    per_model = np.full(len(graphs), -np.inf)
    per_value: list[FloatArray] = []
    for block in _log_joint_blocks(table, graphs, missing, widths, delta, log_prior):
        per_model = np.logaddexp(per_model, logsumexp(block, axis=1))
        per_value.append(logsumexp(block, axis=0))
    return per_model, np.concatenate(per_value)


def dga_posterior(
    table: CaptureTable,
    *,
    delta: float | None = None,
    log_prior: LogPrior = inverse_total,
    missing: NDArray[np.int64] | None = None,
    saturated: bool = False,
) -> DgaPosterior:
    """The model-averaged posterior of the undocumented count.

    The saturated model (every list joined to every other) is left out unless ``saturated``: it
    fits any table exactly and leaves the unseen count to the prior alone, whose tail under
    ``1/N`` has no mean, so with it a table with a strong interaction of all lists gets an
    answer set by where the grid stops (the log-linear search drops such models too). R's dga
    keeps it and truncates at the grid the user gives.

    ``delta`` defaults to ``2**-k`` (dga's suggestion: one prior observation in all). Without an
    explicit ``missing`` grid, ``0..M`` is used with ``M`` doubled until less than
    :data:`TAIL_MASS` of the posterior lies at its top end.
    """
    k = table.k
    if not 3 <= k <= MAX_LISTS:
        raise Invalid(
            f"dga averages over decomposable graphs on 3 to {MAX_LISTS} lists, not {k}; "
            "choose lists with --lists, or use loglinear or lcmcr"
        )
    delta = 2.0**-k if delta is None else delta
    if not delta > 0:
        raise Invalid(f"delta must be positive, got {delta}")
    everyone = (1 << k) - 1
    graphs = tuple(g for g in decomposable_graphs(k) if saturated or g.cliques != (everyone,))
    if missing is not None:
        grid = np.asarray(missing, dtype=np.int64)
        if grid.ndim != 1 or len(grid) == 0 or (grid < 0).any():
            raise Invalid("the grid of undocumented counts must be non-negative integers")
        widths = np.ones_like(grid)
        per_model, per_value = _reduce(table, graphs, grid, widths, delta, log_prior)
    else:  # 0..upper, doubled (computing only the new part) until the top end holds nothing
        upper = max(1_000, 4 * table.observed)
        grid, widths = _segment(0, upper)
        per_model, per_value = _reduce(table, graphs, grid, widths, delta, log_prior)
        while _top_mass(per_value) >= TAIL_MASS:
            if upper * 2 > MAX_GRID:
                raise Invalid(
                    f"the posterior of the undocumented count does not vanish below "
                    f"{MAX_GRID:,}: the lists overlap too little to bound the total"
                )
            extra, extra_widths = _segment(upper + 1, 2 * upper)
            more_model, more_value = _reduce(table, graphs, extra, extra_widths, delta, log_prior)
            per_model = np.logaddexp(per_model, more_model)
            per_value = np.concatenate([per_value, more_value])
            grid = np.concatenate([grid, extra])
            widths = np.concatenate([widths, extra_widths])
            upper *= 2
    everything = logsumexp(per_value)
    return DgaPosterior(
        table=table,
        graphs=graphs,
        missing=grid,
        widths=widths,
        model_probability=np.exp(per_model - everything),
        total_probability=np.exp(per_value - everything),
        delta=delta,
        log_prior=log_prior,
    )


def _segment(low: int, high: int) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Grid points over ``low..high``, at most about :data:`SEGMENT_POINTS` of them, and how many
    values each stands for."""
    step = max(1, (high - low + 1) // SEGMENT_POINTS)
    points = np.arange(low, high + 1, step, dtype=np.int64)
    widths = np.diff(np.append(points, high + 1))
    return points, widths


def _top_mass(per_value: FloatArray) -> float:
    """Share of the posterior in the top 1% of the grid."""
    top = max(1, len(per_value) // 100)
    return float(np.exp(logsumexp(per_value[-top:]) - logsumexp(per_value)))


def _quantile(values: NDArray[np.int64], probability: FloatArray, q: float) -> float:
    cumulative = np.cumsum(probability)
    return float(values[min(int(np.searchsorted(cumulative, q)), len(values) - 1)])


def grid_summary(
    values: NDArray[np.int64],
    probability: FloatArray,
    level: float,
    widths: NDArray[np.int64] | None = None,
) -> dict[str, float]:
    """Mean, median, mode, sd and equal-tailed interval of a distribution on a grid whose points
    stand for ``widths`` values each (the mode is where the mass per value peaks)."""
    mean = float(values @ probability)
    density = probability if widths is None else probability / widths
    return {
        "mean": mean,
        "median": _quantile(values, probability, 0.5),
        "mode": float(values[int(np.argmax(density))]),
        "sd": float(np.sqrt(max(float(((values - mean) ** 2) @ probability), 0.0))),
        "lower": _quantile(values, probability, (1 - level) / 2),
        "upper": _quantile(values, probability, (1 + level) / 2),
        # Madigan & York's point estimate: the Bayes rule under loss (N - estimate)^2 / N
        "relative_loss_estimate": float((probability / values).sum())
        / float((probability / values.astype(float) ** 2).sum()),
    }


def dga(
    table: CaptureTable, *, level: float = 0.95, delta: float | None = None, top: int = 5
) -> EstimateResult:
    """Model-averaged estimate of the total: posterior median with its credible interval."""
    posterior = dga_posterior(table, delta=delta)
    totals = posterior.totals
    figures = grid_summary(totals, posterior.total_probability, level, posterior.widths)
    order = np.argsort(-posterior.model_probability, kind="stable")[:top]
    models = [
        {
            "model": posterior.graphs[i].describe(table.lists),
            "probability": float(posterior.model_probability[i]),
            "estimate": grid_summary(
                totals, posterior.given_model(int(i)), level, posterior.widths
            )["median"],
        }
        for i in order
    ]
    details = {
        "posterior_mean": figures["mean"],
        "posterior_median": figures["median"],
        "posterior_mode": figures["mode"],
        "posterior_sd": figures["sd"],
        "relative_loss_estimate": figures["relative_loss_estimate"],
        "interval": f"{level:.0%} equal-tailed posterior credible interval",
        "estimate_is": "posterior median, averaged over every decomposable graphical model",
        "models_averaged": len(posterior.graphs),
        "saturated_model": "left out: it leaves the unseen count to the prior alone",
        "top_models": models,
        "delta": posterior.delta,
        "prior": (
            f"N ~ 1/N; hyper-Dirichlet cell probabilities, delta {posterior.delta:g} per "
            "cell; every model equally likely"
        ),
        "grid_upper": int(totals[-1]),
    }
    return EstimateResult(
        "dga", table.observed, figures["median"], figures["lower"], figures["upper"], details
    )
