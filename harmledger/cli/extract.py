"""``harmledger extract-text`` and ``harmledger eval extraction``.

``extract-text`` is the stable machine interface of the extractor: it reads a text on stdin and
prints a JSON list of claims whose keys are exactly the :class:`~harmledger.extract.Claim`
fields. The work is in :mod:`harmledger.extract` and :mod:`harmledger.evaluation`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from harmledger.cli.app import app, eval_app
from harmledger.errors import Invalid


class ClaimFormat(StrEnum):
    """Output formats of ``extract-text``."""

    json = "json"
    table = "table"


class ReportFormat(StrEnum):
    """Output formats of ``eval extraction``."""

    table = "table"
    json = "json"


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise Invalid(f"--published must be YYYY-MM-DD, got {value!r}") from error


@app.command("extract-text")
def extract_text(
    lang: str | None = typer.Option(
        None, "--lang", "-l", help="Language code (ar, de, en, es, fr, sv); detected when omitted."
    ),
    published: str | None = typer.Option(
        None, "--published", help="Publication date YYYY-MM-DD, the base for relative dates."
    ),
    output: ClaimFormat = typer.Option(ClaimFormat.json, "--format", "-f", help="json or table."),
    gazetteer: Path | None = typer.Option(
        None,
        "--gazetteer",
        help="User gazetteer CSV (id,name,aliases,latitude,longitude; aliases separated by |).",
        exists=True,
        dir_okay=False,
    ),
) -> None:
    """Extract casualty claims and other counted quantities from a text read on stdin.

    The JSON output is a list of objects with exactly these keys: kind (casualty | quantity |
    uncounted: harm in the plural with no figure, "others were injured", low 2),
    measure, who, who_text, low, high (null = open-ended), qualifier, start, end, quote
    (text[start:end]), speaker, attribution_chain, perpetrator, weapon, place, place_name,
    latitude, longitude, period_start, period_end, confidence, negated, lang. Negated statements
    have kind=quantity and negated=true: they never count as casualties.

    Example:

        echo "At least 9 civilians were killed." | harmledger extract-text --lang en
    """
    from harmledger.extract import extract_claims
    from harmledger.extract.runner import collector_paused

    text = sys.stdin.read()
    with collector_paused(len(text)):
        claims = extract_claims(text, lang, _published(published), gazetteer_file=gazetteer)
    if output is ClaimFormat.json:
        typer.echo(
            json.dumps([c.model_dump(mode="json") for c in claims], ensure_ascii=False, indent=2)
        )
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("kind", "measure", "who", "low", "high", "qualifier", "speaker", "quote")
    for claim in claims:
        table.add_row(
            claim.kind,
            claim.measure + (" (negated)" if claim.negated else ""),
            claim.who or "",
            "" if claim.low is None else str(claim.low),
            "" if claim.high is None else str(claim.high),
            claim.qualifier,
            claim.speaker or "",
            claim.quote,
        )
    Console().print(table)


_CLAIM_FIGURES = (
    "precision",
    "recall",
    "f1",
    "range_exact",
    "who_agreement",
    "speaker_agreement",
    "span_agreement",
    "distractor_hits",
    "distractors_per_20",
    "seeds_exact",
)
_COUNT_FIGURES = ("killed_minmax_exact", "injured_minmax_exact", "killed_exact", "injured_exact")


@eval_app.command("extraction")
def eval_extraction(
    data: Path | None = typer.Option(
        None, "--data", help="Evaluation folder (default $HARMLEDGER_EVAL_DIR or ../shared/eval)."
    ),
    output: ReportFormat = typer.Option(
        ReportFormat.table, "--format", "-f", help="table or json."
    ),
    only: list[str] | None = typer.Option(
        None,
        "--set",
        help="Score only this set (repeatable): seeds, multilingual_dev, multilingual_more, "
        "incidents_dev, airwars_gaza, gvdb, or one half such as multilingual_more/tune.",
    ),
    detail: Path | None = typer.Option(
        None,
        "--detail",
        help="Write misses, false alarms, distractor hits, speaker disagreements (gold vs "
        "predicted speaker of matched claims), unsupported-language documents (doc id, set, "
        "half, lang, quote, predicted measure/low/high) and GVDB articles counted wrong (gold "
        "and predicted counts, claims) to this JSON file.",
        dir_okay=False,
    ),
    labelled: list[Path] | None = typer.Option(
        None,
        "--labelled",
        help="A labelled set of your own to score (repeatable): JSON Lines in the schema of "
        "multilingual_dev.jsonl (id, lang, text, claims with measure/low/high; see "
        "CONVENTIONS.md beside the evaluation data). Reported as <file name>, <file name>/tune "
        "and <file name>/check; with no --set, only these files are scored.",
        dir_okay=False,
        exists=True,
    ),
    via_ocr: bool = typer.Option(
        False,
        "--via-ocr",
        help="Also score each text set on its texts rendered to page images and read back by "
        "OCR, as '<set> (ocr)' (needs tesseract and fonts; readings are cached; about a page "
        "a second the first time).",
    ),
) -> None:
    """Score claim extraction on the labelled sets, per set, half and language.

    Prints precision/recall/F1 of casualty claims matched one-to-one on (measure, low, high),
    exact-range accuracy, who/speaker/span agreement, distractors per 20 documents, the Airwars
    incident-level civilians-killed min/max exact match and the GVDB killed/injured exact match,
    each with its definition. The development sets are reported per half (``<set>/tune``,
    ``<set>/check``, split by document id): tune on the first, check on the second.

    Example:

        harmledger eval extraction --set multilingual_more --detail /tmp/misses.json

        harmledger eval extraction --set multilingual_dev --via-ocr

        harmledger eval extraction --labelled my_reports.jsonl --detail /tmp/misses.json
    """
    from harmledger.evaldata import eval_dir
    from harmledger.evaluation import DEFINITIONS, evaluate_extraction

    own = list(labelled or [])
    root = eval_dir(data, must_exist=not own or bool(only))
    results = evaluate_extraction(
        root, detail=detail is not None, sets=only, via_ocr=via_ocr, labelled=own
    )
    if detail is not None:
        detail.write_text(
            json.dumps(results.pop("detail"), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    if output is ReportFormat.json:
        typer.echo(json.dumps({**results, "definitions": DEFINITIONS}, indent=2))
        return
    _print_report(results, DEFINITIONS)


def _print_report(results: dict[str, Any], definitions: dict[str, str]) -> None:
    """One table per set: figures as rows, languages as columns, definitions underneath.

    Documents in languages without a pack get one line under their set's table, not a column.
    """
    from rich.console import Console
    from rich.table import Table

    console = Console()
    used: set[str] = set()
    for name, per_lang in results["sets"].items():
        langs = [
            lang
            for lang, figures in per_lang.items()
            if isinstance(figures, dict) and lang != "unsupported"
        ]
        table = Table("figure", *langs, title=name)
        for key in ("docs", "gold", "predicted", "matched", *_CLAIM_FIGURES, *_COUNT_FIGURES):
            values = [per_lang[lang].get(key) for lang in langs]
            if all(v is None for v in values):
                continue
            used.add(key)
            cells = [
                "" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v) for v in values
            ]
            table.add_row(key, *cells)
        console.print(table)
        if "unsupported" in per_lang:
            used.add("unsupported")
            other = per_lang["unsupported"]
            console.print(
                f"unsupported: {other['docs']} documents in a language without a pack; "
                f"unsupported_claims (casualty claims drawn from them): "
                f"{other['unsupported_claims']}"
            )
    console.print(f"corpus sha256: {results['corpus_sha256']}")
    for key in (*_CLAIM_FIGURES, *_COUNT_FIGURES, "unsupported"):
        if key in used:
            console.print(f"[bold]{key}[/bold]: {definitions[key]}")
