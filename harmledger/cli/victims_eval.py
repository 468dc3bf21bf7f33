"""``harmledger eval linkage``: precision, recall and F1 of person linkage on labelled lists."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from harmledger.cli.app import eval_app


class LinkageSet(enum.StrEnum):
    airwars = "airwars"
    febrl = "febrl"
    historical = "historical"


@eval_app.command("linkage")
def eval_linkage(
    data: Annotated[
        Path | None,
        typer.Option(
            "--data", help="Evaluation folder (default: $HARMLEDGER_EVAL_DIR or ../shared/eval)."
        ),
    ] = None,
    threshold: Annotated[
        float, typer.Option(help="Link pairs whose match probability is at least this.")
    ] = 0.9,
    only: Annotated[
        list[LinkageSet] | None,
        typer.Option("--only", help="Run only this dataset (repeatable)."),
    ] = None,
    sample: Annotated[
        int | None,
        typer.Option(help="Historical figures: keep this many gold clusters (seeded sample)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for sampling and u estimation.")] = 0,
) -> None:
    r"""Link Airwars' named victims to the Gaza MoH list (gold: moh_id), FEBRL 4a to 4b (gold:
    rec_id) and deduplicate Splink's historical figures (gold: cluster); print precision,
    recall and F1 of links, each with its definition. Needs the link extra:
    pip install 'harmledger\[link]'.

    Example: harmledger eval linkage --only febrl --threshold 0.9
    """
    from rich.console import Console

    from harmledger.evaldata import eval_dir
    from harmledger.link.persons.evaluation import (
        eval_airwars_moh,
        eval_febrl4,
        eval_historical_figures,
    )
    from harmledger.link.persons.splink_model import require_splink

    require_splink()
    folder = eval_dir(data)
    chosen = list(only) if only else list(LinkageSet)
    console = Console()
    for which in chosen:
        console.print(f"[dim]linking {which.value} ...[/dim]")
        if which is LinkageSet.airwars:
            score = eval_airwars_moh(folder, threshold, seed)
        elif which is LinkageSet.febrl:
            score = eval_febrl4(folder, threshold, seed)
        else:
            score = eval_historical_figures(folder, threshold, seed, sample)
        console.print(f"[bold]{score.dataset}[/bold]", soft_wrap=True)
        console.print(f"  definition: {score.definition}.", soft_wrap=True)
        console.print(
            f"  precision {score.precision:.4f}  recall {score.recall:.4f}  F1 {score.f1:.4f}  "
            f"(correct {score.true_positives:,} / predicted {score.predicted:,} / "
            f"gold {score.gold:,}; {score.comparisons_made:,} pairs scored; "
            f"{score.seconds:.1f} s; threshold {threshold})",
            soft_wrap=True,
        )
        if score.extra:
            console.print(f"  note: {score.extra}", soft_wrap=True)
