"""Table output of ``eval incidents --set incidents_dev`` (the figures come from evaluation)."""

from __future__ import annotations

from typing import Any

from harmledger.cli.output import OutputFormat, console, emit
from harmledger.evaluation.incidents_dev import HALVES, summary_rows


def _pair(value: Any) -> str:
    low, high = value if value else (None, None)
    return "–" if low is None and high is None else f"{low}–{high}"


def print_incidents_dev(result: dict[str, Any]) -> None:
    """Headline figures per half, claims per language, and each incident's figures."""
    emit(summary_rows(result), OutputFormat.table, title="incidents_dev: linking by half")
    rows = [
        {"half": name, "lang": lang, **figures}
        for name in HALVES
        for lang, figures in result[name]["claims"].items()
    ]
    emit(rows, OutputFormat.table, title="Claims per language")
    pieces = [
        {"incident": incident, **{h: result[h]["linking"]["pieces"].get(incident) for h in HALVES}}
        for incident in result["all"]["linking"]["pieces"]
    ]
    emit(pieces, OutputFormat.table, title="Harmledger incidents per real incident")
    figures = []
    for record in result["incidents"]:
        ours = record["ours"] or {}
        figures.append(
            {
                "incident": record["incident"],
                "kind": record["kind"],
                "reference killed": _pair(record["reference_killed"]),
                "reference civilians": _pair(record["reference_civilians_killed"]),
                "ours": f"{ours.get('id')} {ours.get('kind')}: {ours.get('name')}",
                "held": f"{record['claims_in_chosen']}/{record['claims_placed']}",
                "ours all killed": _pair(ours.get("all_killed")),
                "ours civilians": _pair(ours.get("civilians_killed")),
                "belligerent shown": f"{record['belligerent_shown']}/"
                f"{record['belligerent_figures']}",
            }
        )
    emit(figures, OutputFormat.table, title="Figures of the incident holding most claims")
    unsupported = [{"doc": k, **v} for k, v in result["unsupported_languages"].items()]
    emit(unsupported, OutputFormat.table, title="Languages harmledger does not extract")
    for key, value in result["definitions"].items():
        console.print(f"[bold]{key}[/bold]: [dim]{value}[/dim]")
