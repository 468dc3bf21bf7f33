"""PNG plots of an estimate: the posterior of N (lcmcr) or the ranking of models (loglinear).

matplotlib is an optional extra (``harmledger[plot]``) and is imported only here, with the
non-interactive Agg backend so plotting works on servers.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from harmledger.errors import Invalid, MissingExtraError
from harmledger.estimate.result import EstimateResult


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as error:
        raise MissingExtraError("plots need matplotlib: pip install 'harmledger[plot]'") from error
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_result(result: EstimateResult, path: Path | str, title: str | None = None) -> Path:
    """Write a PNG for an ``lcmcr`` or ``loglinear`` result and return its path."""
    if result.method == "lcmcr":
        return _posterior(result, Path(path), title)
    if result.method == "loglinear":
        return _ranking(result, Path(path), title)
    raise Invalid(f"plots exist for lcmcr and loglinear results, not '{result.method}'")


def _posterior(result: EstimateResult, path: Path, title: str | None) -> Path:
    plt = _pyplot()
    trace = result.details["trace"]
    fig, (hist, line) = plt.subplots(1, 2, figsize=(10, 4), gridspec_kw={"width_ratios": [3, 2]})
    hist.hist(trace, bins=min(60, max(10, len(set(trace)) // 2)), color="#4a6fa5")
    for value, style in ((result.lower, ":"), (result.estimate, "-"), (result.upper, ":")):
        hist.axvline(value, color="black", linestyle=style)
    hist.axvline(result.observed, color="#b33", label=f"observed {result.observed:,}")
    hist.set_xlabel("total N")
    hist.set_ylabel("posterior draws")
    hist.legend(loc="upper right")
    chains = int(result.details.get("chains", 1))
    for chain in range(chains):
        step = len(trace) // chains
        line.plot(trace[chain * step : (chain + 1) * step], linewidth=0.5, alpha=0.8)
    ess = result.details.get("effective_sample_size", math.nan)
    rhat = result.details.get("rhat", math.nan)
    line.set_title(f"trace of {chains} chains (R-hat {rhat:.3f}, bulk ESS {ess:.0f})")
    line.set_xlabel("kept draw")
    fig.suptitle(
        title or f"LCMCR: median {result.estimate:,.0f} [{result.lower:,.0f}, {result.upper:,.0f}]"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _ranking(result: EstimateResult, path: Path, title: str | None) -> Path:
    plt = _pyplot()
    models = list(reversed(result.details["models"]))
    fig, axis = plt.subplots(figsize=(10, 1.2 + 0.45 * len(models)))
    for row, model in enumerate(models):
        colour = plt.cm.viridis(min(1.0, model["aic_weight"] * 2))
        low, high = model.get("lower"), model.get("upper")
        if low is not None and high is not None and math.isfinite(high):
            axis.plot([low, high], [row, row], color=colour, linewidth=2)
        axis.plot(model["estimate"], row, "o", color=colour)
    axis.set_yticks(
        range(len(models)),
        [f"{m['model'][:60]}  (AIC {m['aic']:.1f}, w {m['aic_weight']:.2f})" for m in models],
        fontsize=7,
    )
    axis.axvline(result.estimate, color="black", label=f"averaged {result.estimate:,.0f}")
    axis.axvline(result.observed, color="#b33", label=f"observed {result.observed:,}")
    axis.set_xlabel("estimated total N (95% profile-likelihood interval)")
    axis.legend(loc="lower right", fontsize=8)
    axis.set_title(title or "Log-linear models ranked by AIC (best at top)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
