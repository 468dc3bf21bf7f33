"""Multiple systems estimation: how many people no list recorded.

Read or build a :class:`CaptureTable`, then call an estimator; each returns an
:class:`EstimateResult` (``method, observed, estimate, lower, upper, details``)::

    from harmledger.estimate import CaptureTable, loglinear, lcmcr
    table = CaptureTable.from_memberships([{"A"}, {"A", "B"}, {"B", "C"}], ["A", "B", "C"])
    result = loglinear(table)
"""

from harmledger.estimate.chao import chao, sample_coverage
from harmledger.estimate.dga import DgaPosterior, dga, dga_posterior
from harmledger.estimate.diagnostics import effective_sample_size, geweke_z
from harmledger.estimate.evaluation import EvalRow, evaluate_mse
from harmledger.estimate.lcmcr import LcmcrSamples, lcmcr, sample_lcmcr, summarise
from harmledger.estimate.llm_fit import ModelFit, fit_model
from harmledger.estimate.loglinear import Ranking, loglinear, rank_models
from harmledger.estimate.methods import METHODS, estimate
from harmledger.estimate.plot import plot_result
from harmledger.estimate.readers import (
    COUNT_COLUMNS,
    read_capture_csv,
    read_capture_data,
    read_capture_frequencies_csv,
    read_stratified_csv,
)
from harmledger.estimate.result import EstimateResult
from harmledger.estimate.simulate import simulate_table
from harmledger.estimate.strata import StratifiedResult, estimate_strata
from harmledger.estimate.table import CaptureFrequencies, CaptureTable
from harmledger.estimate.twolist import chapman, lincoln_petersen

__all__ = [
    "COUNT_COLUMNS",
    "METHODS",
    "CaptureFrequencies",
    "CaptureTable",
    "DgaPosterior",
    "EstimateResult",
    "EvalRow",
    "LcmcrSamples",
    "ModelFit",
    "Ranking",
    "StratifiedResult",
    "chao",
    "chapman",
    "dga",
    "dga_posterior",
    "effective_sample_size",
    "estimate",
    "estimate_strata",
    "evaluate_mse",
    "fit_model",
    "geweke_z",
    "lcmcr",
    "lincoln_petersen",
    "loglinear",
    "plot_result",
    "rank_models",
    "read_capture_csv",
    "read_capture_data",
    "read_capture_frequencies_csv",
    "read_stratified_csv",
    "sample_coverage",
    "sample_lcmcr",
    "simulate_table",
    "summarise",
]
