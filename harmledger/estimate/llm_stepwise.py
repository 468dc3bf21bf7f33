"""Forward selection of two-way terms by Poisson p-values (Chan, Silverman & Vincent 2021).

This is the procedure behind the published UK modern-slavery estimate (Silverman 2014;
SparseMSE's ``stepwisefit``): start from independence; for each pair of lists not yet in the
model, the number of people on both is, under the current model, Poisson with mean the sum of
the fitted values of those cells; add the pair with the smallest two-sided p-value while it is
below ``threshold`` (0.02) and the resulting model passes the existence and identifiability
tests. Only two-way terms: on sparse tables three-way terms rest on a handful of people.
"""

from __future__ import annotations

import itertools

import numpy as np
from scipy import stats

from harmledger.estimate.llm_exists import check_model
from harmledger.estimate.llm_fit import ModelFit, fit_model
from harmledger.estimate.llm_models import INDEPENDENCE, Term, empty_terms
from harmledger.estimate.table import CaptureTable

#: The p-value a pair's overlap must fall below to enter the model (SparseMSE's default).
THRESHOLD = 0.02


def overlap_pvalue(table: CaptureTable, fit: ModelFit, pair: Term) -> float:
    """Two-sided Poisson p-value of the people on both lists of ``pair`` under ``fit``."""
    on_both = table.patterns()[:, list(pair)].all(axis=1)
    seen = int(table.observed_counts()[on_both].sum())
    expected = float(fit.fitted[on_both].sum())
    return float(min(stats.poisson.cdf(seen, expected), stats.poisson.sf(seen - 1, expected)))


def stepwise_pvalue(table: CaptureTable, threshold: float = THRESHOLD) -> ModelFit:
    """The model forward selection by overlap p-values ends at (independence at worst)."""
    blocked = set(empty_terms(table, 2))
    pairs = [p for p in itertools.combinations(range(table.k), 2) if p not in blocked]
    current = fit_model(table, INDEPENDENCE)
    refused: set[Term] = set()
    while True:
        scored = sorted(
            (overlap_pvalue(table, current, p), p)
            for p in pairs
            if p not in current.model and p not in refused
        )
        step = None
        for pvalue, pair in scored:
            if pvalue >= threshold or not np.isfinite(pvalue):
                break
            if not check_model(table, current.model | {pair}).admissible:
                refused.add(pair)
                continue
            candidate = fit_model(table, current.model | {pair}, current)
            if candidate.usable:
                step = candidate
                break
            refused.add(pair)
        if step is None:
            return current
        current = step
