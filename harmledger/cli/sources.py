"""``harmledger sources list|set``: the editable registry of who publishes and who speaks."""

from __future__ import annotations

from typing import Annotated

import typer

from harmledger.cli.app import app
from harmledger.cli.output import FormatOption, HomeOption, OutputFormat, emit

sources_app = typer.Typer(
    help="Sources: their types and affiliations (editable data).", no_args_is_help=True
)
app.add_typer(sources_app, name="sources")


@sources_app.command("list")
def sources_list(home: HomeOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """List sources with their type, affiliation and number of documents.

    Example: harmledger sources list --format json
    """
    from harmledger.assess.sources import list_sources
    from harmledger.store.ledger import open_ledger

    with open_ledger(home=home) as ledger:
        emit(list_sources(ledger), fmt, title="Sources")


@sources_app.command("set")
def sources_set(
    name: Annotated[str, typer.Argument(help="Source name, as publishers or speakers are named.")],
    source_type: Annotated[
        str | None,
        typer.Option(
            "--type", help="news, ngo, belligerent, responder, witness, monitor or other."
        ),
    ] = None,
    affiliation: Annotated[
        str | None, typer.Option(help="e.g. the party a source is close to.")
    ] = None,
    home: HomeOption = None,
) -> None:
    """Set a source's type or affiliation (created if new; the change is logged).

    Example: harmledger sources set "Tel Amar Civil Defence" --type responder
    """
    from harmledger.assess.sources import set_source
    from harmledger.store.ledger import open_ledger

    with open_ledger(home=home) as ledger:
        emit(
            [set_source(ledger, name, source_type=source_type, affiliation=affiliation)],
            OutputFormat.table,
        )
