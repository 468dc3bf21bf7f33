"""Incident commands: link, list/show, merge/split/move, grade, review claims, assessments."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from harmledger.cli.app import app, eval_app, link_app
from harmledger.cli.claims import claims_app
from harmledger.cli.output import FormatOption, HomeOption, OutputFormat, console, emit, open_home
from harmledger.errors import ConfigError

incidents_app = typer.Typer(help="List, show and edit incidents.", no_args_is_help=True)
assessments_app = typer.Typer(
    help="Belligerents' own assessments, as dated series.", no_args_is_help=True
)
app.add_typer(incidents_app, name="incidents")
app.add_typer(assessments_app, name="assessments")

ReasonOption = Annotated[
    str, typer.Option("--reason", "-r", help="Why (recorded in the custody log).")
]


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


@link_app.command("incidents")
def link_incidents_command(
    home: HomeOption = None,
    fmt: FormatOption = OutputFormat.table,
    by_component: Annotated[
        bool,
        typer.Option(
            "--by-component",
            help="Link events a batch of connected components of the candidate pairs at a "
            "time: the same links, less memory for pairs when components are small.",
        ),
    ] = False,
) -> None:
    """Attach new casualty claims to incidents (incremental), then re-grade what changed.

    Uses what is language-independent: time overlap and precision, place hierarchy and
    distance, shared documents, perpetrator, weapon and compatible figures. Every link keeps its
    score and reasons; analyst decisions are never undone.

    Example: harmledger extract && harmledger link incidents && harmledger incidents list
    """
    from harmledger import api

    report = api.link(home=home, by_component=by_component)
    result = {
        "claims_linked": report.claims_linked,
        "incidents_created": report.incidents_created,
        "incidents_touched": report.incidents_touched,
        "new_incident_ids": report.new_incident_ids,
        "claims_without_place_or_time": report.unplaced_claims,
    }
    if fmt is OutputFormat.table:
        console.print(
            f"{report.claims_linked} claims linked, {report.incidents_created} new incidents, "
            f"{report.incidents_touched} incidents updated; {len(report.unplaced_claims)} claims "
            "name neither place nor time and wait for review"
        )
    else:
        emit([result], fmt)


@incidents_app.command("list")
def incidents_list(
    home: HomeOption = None,
    kind: Annotated[str | None, typer.Option(help="event or aggregate.")] = None,
    grade: Annotated[
        str | None,
        typer.Option(help="confirmed, fair, weak, contested, discounted, or ungraded."),
    ] = None,
    period: Annotated[
        str | None, typer.Option(help="2017, 2017-06, 2017-06-06 or FROM..TO (overlapping).")
    ] = None,
    place: Annotated[str | None, typer.Option(help="Part of the place, region or country.")] = None,
    perpetrator: Annotated[str | None, typer.Option(help="Part of a perpetrator's name.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Part of the name or place.")] = None,
    sort: Annotated[str, typer.Option(help="id, date, -date (newest first) or name.")] = "id",
    include_inactive: Annotated[
        bool, typer.Option(help="Also merged, split and rejected incidents.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List incidents with their period, place, grade and civilians-killed min–max, filtered as
    the web app's incident list filters them.

    Example: harmledger incidents list --kind aggregate --format json

    Example: harmledger incidents list --period 2017-06 --place raqqa --sort -date
    """
    from harmledger import api
    from harmledger.publish.base import records

    rows = records(
        api.incidents(
            home=home,
            kind=kind,
            grade=grade,
            period=period,
            place=place,
            perpetrator=perpetrator,
            q=q,
            sort=sort,
            include_inactive=include_inactive,
        )
    )
    if fmt is OutputFormat.table:
        emit(
            rows,
            fmt,
            columns=[
                "id",
                "kind",
                "name",
                "grade",
                "perpetrators",
                "civilians_killed_min",
                "civilians_killed_max",
                "claims",
            ],
            title="Incidents",
        )
    elif fmt is OutputFormat.json:
        _print_json(rows)
    else:
        from harmledger.publish.exports import empty_columns

        header = rows[0] if rows else empty_columns("incidents")  # a header even with no rows
        emit(rows, fmt, columns=[k for k in header if k != "figures"])


@incidents_app.command("show")
def incidents_show(
    incident_id: Annotated[int, typer.Argument(help="Incident id.")],
    home: HomeOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Show an incident: figures and the claims behind each, with speaker, chain and quote.

    Example: harmledger incidents show 1
    """
    from rich.markup import escape

    from harmledger import api

    record = api.incident(incident_id, home=home).record()
    if fmt is not OutputFormat.table:
        _print_json(record)
        return
    console.print(f"[bold]#{record['id']} {escape(record['name'])}[/bold] ({record['kind']})")
    for key in (
        "period_start",
        "period_end",
        "place",
        "country",
        "perpetrators",
        "weapons",
        "grade",
        "grade_reasons",
        "parent_id",
        "children",
        "documents",
    ):
        console.print(f"  {key}: {escape(str(record[key]))}")
    emit(record["figures"], OutputFormat.table, title="Figures (min–max per measure and category)")
    emit(
        [
            {**c, "chain": " ← ".join(c["attribution_chain"]) if c["attribution_chain"] else ""}
            for c in record["claim_details"]
        ],
        OutputFormat.table,
        columns=[
            "id",
            "document_id",
            "measure",
            "who",
            "low",
            "high",
            "source_type",
            "speaker",
            "chain",
            "quote",
            "review",
        ],
        title="Claims",
    )
    if record["assessments"]:
        emit(record["assessments"], OutputFormat.table, title="Belligerent assessments")


@incidents_app.command("merge")
def incidents_merge(
    target: Annotated[int, typer.Argument(help="Incident that remains.")],
    others: Annotated[list[int], typer.Argument(help="Incidents merged into it.")],
    reason: ReasonOption,
    home: HomeOption = None,
) -> None:
    """Merge incidents into one (recorded with the reason; the merged ones stay, marked merged).

    Example: harmledger incidents merge 3 7 9 --reason "same strike, reports differ on the date"
    """
    from harmledger.assess.decisions import merge_incidents

    with open_home(home) as ledger:
        _print_json(merge_incidents(ledger, target, others, reason))


@incidents_app.command("split")
def incidents_split(
    incident_id: Annotated[int, typer.Argument(help="Incident to split.")],
    claims: Annotated[list[int], typer.Argument(help="Claims that move to a new incident.")],
    reason: ReasonOption,
    home: HomeOption = None,
) -> None:
    """Move some claims of an incident into a new incident.

    Example: harmledger incidents split 4 12 13 --reason "two strikes on the same day"
    """
    from harmledger.assess.decisions import split_incident

    with open_home(home) as ledger:
        _print_json(split_incident(ledger, incident_id, claims, reason))


@incidents_app.command("move-claim")
def incidents_move_claim(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    incident_id: Annotated[int, typer.Argument(help="Incident it belongs to.")],
    reason: ReasonOption,
    home: HomeOption = None,
) -> None:
    """Link a claim to another incident (pinned: automatic linking never moves it back).

    Example: harmledger incidents move-claim 12 3 --reason "the quote names the bakery strike"
    """
    from harmledger.assess.decisions import move_claim

    with open_home(home) as ledger:
        _print_json(move_claim(ledger, claim_id, incident_id, reason))


@app.command()
def grade(
    incident_id: Annotated[int, typer.Argument(help="Incident id.")],
    value: Annotated[
        str, typer.Argument(help="confirmed, fair, weak, contested, discounted, or rules.")
    ],
    reason: ReasonOption,
    home: HomeOption = None,
) -> None:
    """Set an incident's grade as an analyst ("rules" hands it back to the grading rules).

    Example: harmledger grade 3 contested --reason "IS and the coalition blame each other"
    """
    from harmledger import api

    _print_json(
        api.grade(incident_id, None if value == "rules" else value, reason, home=home).record()
    )


@claims_app.command("review")
def claims_review(
    claim_id: Annotated[int, typer.Argument(help="Claim id.")],
    decision: Annotated[str, typer.Argument(help="confirm, correct or reject.")],
    reason: ReasonOption,
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="A corrected field: field=value (repeatable).")
    ] = None,
    home: HomeOption = None,
) -> None:
    """Confirm, correct or reject a machine-extracted claim; the original is kept.

    Example: harmledger claims review 7 correct --set low=90 --set high=90 --reason "says 90"
    """
    from harmledger import api

    corrections: dict[str, Any] = {}
    for item in set_ or []:
        field, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--set {item!r}: write it as field=value")
        corrections[field.strip()] = _parse_value(value.strip())
    _print_json(api.review(claim_id, decision, reason, corrections=corrections, home=home).record())


def _parse_value(value: str) -> Any:
    if value.lower() in ("", "null", "none"):
        return None
    try:
        return int(value)
    except ValueError:
        return value


@assessments_app.command("add")
def assessments_add(
    incident_id: Annotated[int, typer.Argument(help="Incident or campaign id.")],
    belligerent: Annotated[
        str, typer.Option(help="Who made the statement, e.g. us_led_coalition.")
    ],
    assessment: Annotated[
        str, typer.Option(help="credible, non_credible, duplicate or not_yet_assessed.")
    ],
    date: Annotated[str, typer.Option(help="When it was stated: YYYY, YYYY-MM or YYYY-MM-DD.")],
    conceded: Annotated[
        int | None, typer.Option(help="Deaths conceded (min, or the figure).")
    ] = None,
    conceded_max: Annotated[
        int | None, typer.Option(help="Deaths conceded, max (if a range).")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Where it was stated (report, URL).")] = None,
    document: Annotated[
        int | None, typer.Option(help="Stored document with the statement.")
    ] = None,
    home: HomeOption = None,
) -> None:
    """Record a belligerent's assessment of an incident or campaign (appended, never edited).

    Example: harmledger assessments add 1 --belligerent us_led_coalition --assessment credible
    --conceded 104 --date 2018-12
    """
    from harmledger import api
    from harmledger.errors import IngestError
    from harmledger.ingestion.dates import parse_published

    try:
        stated_on, precision = parse_published(date)
    except IngestError as error:
        raise ConfigError(f"--date: {error}") from error
    assert stated_on is not None and precision is not None
    recorded = api.assess(
        incident_id,
        belligerent=belligerent,
        assessment=assessment,
        stated_on=stated_on,
        stated_precision=precision,
        conceded_min=conceded,
        conceded_max=conceded_max,
        source=source,
        document_id=document,
        home=home,
    )
    _print_json(recorded.record())


@assessments_app.command("list")
def assessments_list(
    incident_id: Annotated[int, typer.Argument(help="Incident or campaign id.")],
    home: HomeOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """A belligerent's statements about an incident over time.

    Example: harmledger assessments list 1 --format json
    """
    from harmledger.assess.views import incident_detail

    with open_home(home) as ledger, ledger.reader() as session:
        rows = incident_detail(session, incident_id)["assessments"]
    emit(rows, fmt, title="Belligerent assessments")


@app.command("tally")
def tally_command(
    home: HomeOption = None,
    by: Annotated[
        list[str] | None,
        typer.Option(
            help="belligerent, month, year, place, admin1, country, grade or category (repeatable)."
        ),
    ] = None,
    measure: Annotated[str, typer.Option(help="killed, injured, bodies_recovered, ...")] = "killed",
    category: Annotated[
        str, typer.Option(help="civilians, children, women, men, combatants, unknown.")
    ] = "civilians",
    grades: Annotated[
        str,
        typer.Option(
            help="Grades counted, comma-separated, or 'all' (imported incidents have none)."
        ),
    ] = "confirmed,fair",
    as_of: Annotated[
        str | None, typer.Option(help="Only what was known on this date (YYYY-MM-DD).")
    ] = None,
    known_by: Annotated[
        str,
        typer.Option(
            help="With --as-of: 'published' (what had been published by then, as read now) "
            "or 'recorded' (what this ledger held then)."
        ),
    ] = "published",
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Min–max totals over incidents; aggregates and their events are never double-counted.

    Headline tallies count Confirmed and Fair incidents, as monitors do; --grades all counts every
    incident.

    Example: harmledger tally --by belligerent --by month --as-of 2018-07-17
    """
    from harmledger import api
    from harmledger.publish.base import records
    from harmledger.publish.exports import TALLY_FIGURES

    grade_filter = (
        None if grades == "all" else tuple(g.strip() for g in grades.split(",") if g.strip())
    )
    cutoff = _date_option("--as-of", as_of)
    groupings = by or ["belligerent"]
    rows = records(
        api.tally(
            home=home,
            by=groupings,
            measure=measure,
            category=category,
            grades=grade_filter,
            as_of=cutoff,
            known_by=known_by,
        )
    )
    columns = [*groupings, *TALLY_FIGURES] if rows else None  # the groupings first, as asked
    emit(rows, fmt, columns=columns, title=f"Tally: {measure}, {category}")


def _date_option(name: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise ConfigError(f"{name} {value!r}: use YYYY-MM-DD") from error


@app.command("compare")
def compare_command(
    home: HomeOption = None,
    incident: Annotated[int | None, typer.Option(help="A campaign or incident id.")] = None,
    place: Annotated[str | None, typer.Option(help="Every incident at this place.")] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Belligerent admissions vs monitor tallies vs bodies recovered, each under who said it.

    Voices: belligerent, monitor, NGO / field investigation, responder, official / UN, media,
    witness; victim lists, recovery logs and imported datasets of the same place and period too.

    Example: harmledger compare --incident 1 --format json
    """
    from harmledger import api

    result = api.compare(home=home, incident_id=incident, place=place).record()
    if fmt is OutputFormat.json:
        _print_json(result)
        return
    emit(
        result["figures"],
        OutputFormat.table if fmt is OutputFormat.table else fmt,
        columns=[
            "voice_label",
            "origins",
            "measure",
            "category",
            "min",
            "max",
            "stated_on",
            "assessment",
        ],
        title=f"Who says how many (incidents {result['incidents']})",
    )
    if fmt is OutputFormat.table:
        for key, value in result["gaps"].items():
            console.print(f"  {key}: {value}")


@eval_app.command("incidents")
def eval_incidents(
    data: Annotated[
        Path | None,
        typer.Option(
            help="Evaluation data folder (default $HARMLEDGER_EVAL_DIR or ../shared/eval)."
        ),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N Airwars incidents.")] = None,
    set_name: Annotated[
        str,
        typer.Option(
            "--set",
            help="airwars (Gaza assessments, default) or incidents_dev (real multi-source "
            "reports of 10 incidents: claims, pairwise linking, pieces, figures, voices).",
        ),
    ] = "airwars",
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Run ingest → extract → link on a labelled set in a scratch ledger and score it.

    airwars: the exact agreement of the civilians-killed min–max, the grade agreement and the
    grade confusion matrix (Airwars grade -> ours). incidents_dev: claims P/R/F1 per language,
    pairwise linking P/R/F1, pieces per real incident, other incidents merged in, per-incident
    figures beside the reference figures, belligerent figures shown as a belligerent's; each for
    the tune half, the check half and all. Every figure is printed with its definition.

    Example: harmledger eval incidents --limit 50; harmledger eval incidents --set incidents_dev
    """
    from harmledger.evaldata import eval_dir
    from harmledger.evaluation.incident_eval import evaluate_incidents

    if set_name == "incidents_dev":
        from harmledger.cli.incidents_eval import print_incidents_dev
        from harmledger.evaluation.incidents_dev import evaluate_incidents_dev

        dev = evaluate_incidents_dev(eval_dir(data))
        if fmt is OutputFormat.table:
            print_incidents_dev(dev)
        else:
            _print_json(dev)
        return
    if set_name != "airwars":
        raise ConfigError(f"--set {set_name!r}: use airwars or incidents_dev")
    result = evaluate_incidents(eval_dir(data), limit=limit).as_dict()
    if fmt is not OutputFormat.table:
        _print_json(result)
        return
    for key in (
        "incidents",
        "with_casualty_claims",
        "range_exact",
        "min_exact",
        "grade_agreement",
        "linked_alone",
    ):
        definition = result["definitions"].get(key, "")
        console.print(f"[bold]{key}[/bold]: {result[key]}  [dim]{definition}[/dim]")
    emit(
        [{"airwars -> ours": k, "incidents": v} for k, v in result["grade_confusion"].items()],
        OutputFormat.table,
        title="Grade confusion",
    )
