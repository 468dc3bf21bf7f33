"""``harmledger demo``: run every pipeline stage on the synthetic demo corpus."""

from __future__ import annotations

import typer

from harmledger.cli.app import app
from harmledger.cli.output import HomeOption, OutputFormat, console, emit


@app.command()
def demo(home: HomeOption = None) -> None:
    """Build a data home from the synthetic demo corpus and run every pipeline stage on it.

    The corpus (English HTML, Arabic text, Swedish Markdown, French PDF, a responder CSV log, an
    RSS feed, German and Spanish JSON Lines) is invented and marked as such. Running the demo
    twice is safe: the second run finds everything already archived.

    Example: harmledger demo --home ./harmledger-data
    """
    from harmledger.demo import STEPS, corpus_dir
    from harmledger.store.ledger import open_ledger

    ledger = open_ledger(home=home)
    console.print(f"[bold]data home[/bold]: {ledger.settings.home}")
    console.print(f"[bold]corpus[/bold]: {corpus_dir()} (synthetic)")
    failed = False
    try:
        for number, step in enumerate(STEPS, start=1):
            outcome = step.run(ledger)
            mark = "[green]ok[/green]" if outcome.ok else "[red]FAILED[/red]"
            console.rule(f"{number}. {step.name}")
            if outcome.rows:
                emit(list(outcome.rows), OutputFormat.table)
            console.print(f"{mark} {outcome.summary}")
            failed = failed or not outcome.ok
    finally:
        ledger.close()
    if failed:
        raise typer.Exit(1)
