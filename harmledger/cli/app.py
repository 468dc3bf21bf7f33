"""The Typer applications every command module attaches to.

Command modules import ``app`` (top level) or a group such as ``eval_app`` and decorate their
functions; :mod:`harmledger.cli` imports every command module once. Heavy libraries are imported
inside the command functions, so ``harmledger --help`` stays fast.
"""

import typer

app = typer.Typer(
    name="harmledger",
    help="An auditable ledger of civilian harm: archive, extract, link, assess, estimate, publish.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

eval_app = typer.Typer(
    help="Measure accuracy against the labelled data in ../shared/eval (HARMLEDGER_EVAL_DIR).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")

link_app = typer.Typer(
    help="Link claims into incidents (and victim records into persons).", no_args_is_help=True
)
app.add_typer(link_app, name="link")
