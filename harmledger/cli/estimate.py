"""``harmledger estimate table`` and ``harmledger eval estimation``: multiple systems estimation.

Parsing and printing only; the estimators live in :mod:`harmledger.estimate`.
"""

from __future__ import annotations

import enum
import json
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from harmledger.cli.app import app, eval_app
from harmledger.errors import Invalid

if TYPE_CHECKING:
    from harmledger.estimate import EstimateResult, EvalRow
    from harmledger.estimate.lcmcr import Progress

estimate_app = typer.Typer(
    help="Estimate how many people no list recorded (multiple systems estimation).",
    no_args_is_help=True,
)
app.add_typer(estimate_app, name="estimate")


class Method(enum.StrEnum):
    chapman = "chapman"
    lincoln_petersen = "lincoln-petersen"
    loglinear = "loglinear"
    chao = "chao"
    lcmcr = "lcmcr"
    dga = "dga"


class MissingStrata(enum.StrEnum):
    apart = "apart"
    impute = "impute"
    stratum = "stratum"


class Format(enum.StrEnum):
    table = "table"
    json = "json"


@estimate_app.command("table")
def table_command(
    file: Annotated[Path, typer.Argument(help="Capture table CSV.", show_default=False)],
    method: Annotated[Method, typer.Option("--method", "-m", help="Estimator.")] = Method.loglinear,
    seed: Annotated[
        int | None, typer.Option(help="Random seed (lcmcr); recorded in the output.")
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="Output: table or json.")
    ] = Format.table,
    plot: Annotated[
        Path | None,
        typer.Option(help="Write a PNG: posterior (lcmcr) or model ranking (loglinear)."),
    ] = None,
    strata: Annotated[
        str | None, typer.Option(help="Column to stratify by; prints each stratum and the total.")
    ] = None,
    missing_strata: Annotated[
        MissingStrata,
        typer.Option(
            help="Records with an empty/unknown stratum: reported apart (default), imputed "
            "(shared among strata by capture pattern), or their own stratum."
        ),
    ] = MissingStrata.apart,
    lists: Annotated[
        str | None, typer.Option(help="Comma-separated list columns to use (default: all).")
    ] = None,
    level: Annotated[float, typer.Option(help="Interval level.")] = 0.95,
    max_order: Annotated[
        int | None,
        typer.Option(help="loglinear: highest interaction order (default 3 if k<=5 else 2)."),
    ] = None,
    burn_in: Annotated[int, typer.Option(help="lcmcr: iterations discarded first.")] = 10_000,
    samples: Annotated[
        int, typer.Option(help="lcmcr: posterior draws per chain (at least; more to converge).")
    ] = 1_000,
    thinning: Annotated[int, typer.Option(help="lcmcr: iterations per kept draw.")] = 10,
    classes: Annotated[
        int, typer.Option(help="lcmcr: truncation level K of the latent classes.")
    ] = 10,
    chains: Annotated[int, typer.Option(help="lcmcr: independent chains compared by R-hat.")] = 4,
    converge: Annotated[
        bool,
        typer.Option(
            help="lcmcr: run until R-hat <= 1.01 and bulk ESS >= 400 on N (--no-converge: "
            "exactly the iterations asked for, diagnostics only reported)."
        ),
    ] = True,
    max_seconds: Annotated[
        float, typer.Option(help="lcmcr: CPU budget; an error if not converged by then.")
    ] = 300.0,
    delta: Annotated[
        float | None,
        typer.Option(
            help="dga: hyper-Dirichlet prior observations per cell of the full table "
            "(default 2^-k: one prior observation in all)."
        ),
    ] = None,
) -> None:
    """Estimate the total from a capture table: one 0/1 column per list plus a count column
    (count, freq, frequency or n), or one row per person without a count.

    Example: harmledger estimate table kosovo.csv --method lcmcr --seed 1 --plot posterior.png

    Example: harmledger estimate table lists.csv --method chapman --lists A,B --format json

    Example: harmledger estimate table kosovo.csv --method dga   (3 to 5 lists)

    Example: harmledger estimate table by_month.csv --strata month --method loglinear
    """
    from harmledger.estimate import (
        estimate,
        estimate_strata,
        plot_result,
        read_capture_data,
        read_stratified_csv,
    )

    chosen = [name.strip() for name in lists.split(",")] if lists else None
    if strata is not None and plot is not None:
        raise Invalid("--plot draws one table's estimate; it cannot be combined with --strata")
    options: dict[str, Any] = {"level": level, "max_order": max_order}
    if method is Method.lcmcr:
        options |= {
            "burn_in": burn_in,
            "samples": samples,
            "thinning": thinning,
            "classes": classes,
            "chains": chains,
            "converge": converge,
            "max_seconds": max_seconds,
        }
    if method is Method.dga:
        options["delta"] = delta
    with _progress(method is Method.lcmcr) as progress:
        if strata is not None:
            tables = read_stratified_csv(file, strata, lists=chosen)
            stratified = estimate_strata(
                tables,
                method.value,
                seed=seed,
                progress=progress,
                missing=missing_strata.value,
                **options,
            )
            if fmt is Format.json:
                _print_json(stratified.to_dict())
            else:
                _print_strata(stratified.strata, stratified.total, strata)
            return
        data = read_capture_data(file)
        result = estimate(data, method.value, lists=chosen, seed=seed, progress=progress, **options)
    if plot is not None:
        plot_result(result, plot)
    if fmt is Format.json:
        _print_json(result.to_dict())
    else:
        _print_result(result)
    if plot is not None:
        typer.echo(f"plot written to {plot}", err=True)


@eval_app.command("estimation")
def eval_estimation(
    data_dir: Annotated[
        Path | None, typer.Option("--dir", help="Evaluation folder (default: HARMLEDGER_EVAL_DIR).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed for lcmcr.")] = 2016,
    samples: Annotated[int, typer.Option(help="lcmcr: posterior draws kept.")] = 1_000,
    thinning: Annotated[int, typer.Option(help="lcmcr: iterations per kept draw.")] = 10,
    burn_in: Annotated[int, typer.Option(help="lcmcr: iterations discarded first.")] = 10_000,
    max_seconds: Annotated[
        float, typer.Option(help="lcmcr: CPU budget per table to converge.")
    ] = 300.0,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="Output: table or json.")
    ] = Format.table,
) -> None:
    """Run every estimator on every capture table in <eval>/mse and print the figures beside the
    published estimates (Kosovo 1999: 10,356; UK modern slavery 2013: 10,000-13,000).

    Example: harmledger eval estimation --seed 2016
    """
    from harmledger.estimate import evaluate_mse
    from harmledger.evaldata import eval_dir

    folder = eval_dir(data_dir) / "mse"
    typer.echo(
        "observed = distinct people on at least one list; estimate = estimated total "
        "(documented + undocumented) with its 95% interval: log-normal CI (chapman, "
        "lincoln-petersen, chao), model-averaged profile-likelihood CI (loglinear), equal-tailed "
        "credible interval around the posterior median (lcmcr; dga, averaged over every "
        "decomposable graphical model on 3-5 lists). Chao's figure is a lower bound.",
        err=True,
    )
    rows = evaluate_mse(
        folder,
        seed=seed,
        samples=samples,
        thinning=thinning,
        burn_in=burn_in,
        max_seconds=max_seconds,
        on_row=(lambda row: typer.echo(f"  {row.dataset} {row.method}", err=True))
        if fmt is Format.table
        else None,
    )
    if fmt is Format.json:
        _print_json([row.to_dict() for row in rows])
    else:
        _print_eval(rows)


# printing -----------------------------------------------------------------------------------


@contextmanager
def _progress(enabled: bool) -> Iterator[Progress | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("Gibbs sampler"),
        BarColumn(),
        TextColumn("{task.completed:,}/{task.total:,}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("lcmcr", total=1)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    if not math.isfinite(value):
        return "inf"
    return f"{value:,.0f}"


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(_clean(payload), ensure_ascii=False, indent=2) + "\n")


def _print_result(result: EstimateResult) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    summary = Table(show_header=False, title=f"Estimate ({result.method})")
    summary.add_row("observed", _number(result.observed))
    summary.add_row("estimate", _number(result.estimate))
    summary.add_row("interval", f"{_number(result.lower)} - {_number(result.upper)}")
    summary.add_row("undocumented", _number(result.undocumented))
    for key, value in result.details.items():
        if (
            key in ("trace", "models", "top_models", "warnings", "side_by_side", "headline")
            or value is None
        ):
            continue
        if key == "interval":
            key = "interval type"
        if isinstance(value, dict):
            value = ", ".join(f"{k}={_short(v)}" for k, v in value.items())
        summary.add_row(key.replace("_", " "), _short(value))
    console.print(summary)
    top = result.details.get("top_models")
    if top:
        ranked = Table(title="Most probable decomposable models")
        for column in ("model (cliques)", "posterior probability", "estimate given the model"):
            ranked.add_column(column)
        for model in top:
            ranked.add_row(
                model["model"], f"{model['probability']:.3f}", _number(model["estimate"])
            )
        console.print(ranked)
    both = result.details.get("side_by_side")
    if both:
        pair = Table(title="Log-linear: averaged and selected models, side by side")
        for column in ("figure", "estimate", "interval", "from"):
            pair.add_column(column)
        average, selected = both["aic_average"], both["bic_selected"]
        pair.add_row(
            "AIC-averaged (headline)",
            _number(average["estimate"]),
            f"{_number(average['lower'])} - {_number(average['upper'])}",
            f"{average['models']} models, MATA profile interval",
        )
        pair.add_row(
            "BIC-selected",
            _number(selected["estimate"]),
            f"{_number(selected['lower'])} - {_number(selected['upper'])}",
            selected["model"],
        )
        stepped = both.get("stepwise_pvalue")
        if stepped:
            pair.add_row(
                f"stepwise p < {stepped['threshold']} (two-way)",
                _number(stepped["estimate"]),
                f"{_number(stepped['lower'])} - {_number(stepped['upper'])}",
                stepped["model"],
            )
        console.print(pair)
    models = result.details.get("models")
    if models:
        ranking = Table(title="Models by AIC (top 10)")
        for column in ("model", "estimate", "interval", "df", "AIC", "AIC weight", "BIC weight"):
            ranking.add_column(column, overflow="fold", min_width=20 if column == "model" else None)
        for row in models:
            interval = (
                f"{_number(row['lower'])} - {_number(row['upper'])}" if "lower" in row else ""
            )
            ranking.add_row(
                row["model"],
                _number(row["estimate"]),
                interval,
                str(row["df"]),
                f"{row['aic']:.1f}",
                f"{row['aic_weight']:.3f}",
                f"{row['bic_weight']:.3f}",
            )
        console.print(ranking)
    for warning in result.details.get("warnings", []):
        console.print(f"[yellow]warning:[/] {warning}")


def _short(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _print_strata(strata: dict[str, EstimateResult], total: EstimateResult, column: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Estimate ({total.method}) by {column}")
    for name in (column, "observed", "estimate", "lower", "upper"):
        table.add_column(name, justify="left" if name == column else "right")
    for name, result in [*strata.items(), ("TOTAL", total)]:
        table.add_row(
            name,
            _number(result.observed),
            _number(result.estimate),
            _number(result.lower),
            _number(result.upper),
        )
    Console().print(table)
    Console().print(total.details["interval"])
    if "missing_stratum" in total.details:
        Console().print(f"[yellow]note:[/] {total.details['missing_stratum']}")


def _print_eval(rows: list[EvalRow]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Multiple systems estimation on <eval>/mse")
    for name in (
        "dataset",
        "k",
        "observed",
        "method",
        "estimate",
        "95% interval",
        "published",
        "note",
    ):
        table.add_column(name, overflow="fold")
    for row in rows:
        interval = (
            f"{_number(row.lower)} - {_number(row.upper)}" if row.estimate is not None else ""
        )
        table.add_row(
            row.dataset,
            str(row.lists or "-"),
            _number(row.observed),
            row.method,
            _number(row.estimate),
            interval,
            row.published,
            row.note,
        )
    Console(width=220).print(table)
