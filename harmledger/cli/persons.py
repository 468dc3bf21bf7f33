"""``link persons``, ``persons list|show|export``, ``review persons``, ``estimate persons``."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from harmledger.cli.app import app, link_app
from harmledger.cli.estimate import (
    Method,
    _print_json,
    _print_result,
    _print_strata,
    _progress,
    estimate_app,
)
from harmledger.cli.output import FormatOption, HomeOption, OutputFormat, console, emit, open_home
from harmledger.cli.spark_options import SparkConfOption, SparkMasterOption
from harmledger.errors import Invalid, NotFound

persons_app = typer.Typer(help="Persons: victim records linked across lists.", no_args_is_help=True)
review_app = typer.Typer(help="Clerical review queues.", no_args_is_help=True)
app.add_typer(persons_app, name="persons")
app.add_typer(review_app, name="review")

ListsOption = Annotated[
    str | None, typer.Option(help="Comma-separated list names (default: all lists).")
]


def _split(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


@link_app.command("persons")
def link_persons_command(
    home: HomeOption = None,
    lists: ListsOption = None,
    threshold: Annotated[
        float, typer.Option(help="Match probability at which two records are one person.")
    ] = 0.9,
    backend: Annotated[
        str, typer.Option(help="duckdb (default) or spark (harmledger[spark]).")
    ] = "duckdb",
    seed: Annotated[
        int, typer.Option(help="Seed for the model's sampling (reproducible runs).")
    ] = 0,
    spark_master: SparkMasterOption = None,
    spark_conf: SparkConfOption = None,
) -> None:
    """Link victim records of several lists into persons (Splink: EM-trained, Arabic-aware).

    Every run is stored; reviewers' decisions (`harmledger review persons`) are honoured.

    Example: harmledger link persons --lists MoH,Airwars --threshold 0.9
    (on a cluster: --backend spark --spark-master spark://host:7077 --spark-conf
    spark.executor.memory=8g)
    """
    from harmledger.link.persons.ledger import link_persons
    from harmledger.spark import spark_settings

    spark = spark_settings(spark_master, spark_conf or ()) if backend == "spark" else None
    with open_home(home) as ledger:
        report = link_persons(
            ledger,
            lists=_split(lists),
            threshold=threshold,
            backend=backend,
            seed=seed,
            spark=spark,
        )
    console.print(
        f"run {report.run_id}: {report.records} records → {report.persons} persons "
        f"({report.linked_records} records linked to another), "
        f"{report.comparisons_made:,} comparisons, "
        f"{report.to_review} uncertain pairs to review"
    )


@persons_app.command("list")
def persons_list(
    home: HomeOption = None,
    min_records: Annotated[
        int, typer.Option(help="Only persons with at least this many records.")
    ] = 1,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Persons of the current linkage run with their lists and names.

    Example: harmledger persons list --min-records 2
    """
    from harmledger.link.persons.ledger import list_persons

    with open_home(home) as ledger:
        emit(list_persons(ledger, min_records=min_records), fmt, title="Persons")


@persons_app.command("show")
def persons_show(
    person_id: Annotated[str, typer.Argument(help="Person id (see persons list).")],
    home: HomeOption = None,
    sensitive: Annotated[bool, typer.Option(help="Include sensitive fields.")] = False,
) -> None:
    """A person with all linked records and why they were linked (evidence per comparison).

    Example: harmledger persons show 3f2a9c
    """
    from harmledger.link.persons.ledger import show_person

    with open_home(home) as ledger:
        record = show_person(ledger, person_id, include_sensitive=sensitive)
    sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n")


@persons_app.command("export")
def persons_export(home: HomeOption = None, fmt: FormatOption = OutputFormat.csv) -> None:
    """One row per record: person_id, list, record_key, probability.

    Example: harmledger persons export --format csv > persons.csv
    """
    from harmledger.link.persons.ledger import export_persons

    with open_home(home) as ledger:
        emit(
            export_persons(ledger), fmt, columns=["person_id", "list", "record_key", "probability"]
        )


@review_app.command("persons")
def review_persons(
    home: HomeOption = None,
    decide: Annotated[
        tuple[int, int] | None,
        typer.Option(help="Two record ids to decide on.", show_default=False),
    ] = None,
    decision: Annotated[str | None, typer.Option(help="same, different or unsure.")] = None,
    reason: Annotated[str | None, typer.Option(help="Why (recorded in the custody log).")] = None,
    limit: Annotated[int, typer.Option(help="Pairs to show.")] = 20,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Show uncertain record pairs with their evidence, or decide one (honoured by later runs).

    Example: harmledger review persons --decide 12 97 --decision same --reason "same family"
    """
    from harmledger.link.persons.ledger import decide_pair, review_queue

    with open_home(home) as ledger:
        if decide is not None:
            if not decision or not reason:
                raise Invalid("--decide needs --decision and --reason")
            emit([decide_pair(ledger, decide[0], decide[1], decision, reason)], fmt)
            return
        queue = review_queue(ledger, limit=limit)
    if fmt is OutputFormat.table:
        for pair in queue:
            pair["evidence"] = "; ".join(
                f"{e['comparison']}: {e['level']}" for e in pair["evidence"]
            )
    emit(queue, fmt, title="Pairs to review (probability below the threshold)")


@estimate_app.command("persons")
def estimate_persons(
    lists: Annotated[
        str, typer.Option(help="Comma-separated list names: each is one capture occasion.")
    ],
    home: HomeOption = None,
    method: Annotated[Method, typer.Option("--method", "-m", help="Estimator.")] = Method.loglinear,
    strata: Annotated[
        str | None,
        typer.Option(
            help="Stratify by a record field: sex, age_band, place_of_death, date_of_death (year)."
        ),
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Random seed (lcmcr).")] = None,
    linkage_draws: Annotated[
        int | None,
        typer.Option(
            help="Person clusterings drawn from the linkage's pair probabilities to carry "
            "linkage uncertainty into the interval (default 50; 0 takes linkage as certain, "
            "the default for lcmcr and --strata).",
            min=0,
        ),
    ] = None,
    draw_seed: Annotated[int, typer.Option(help="Random seed of the linkage draws.")] = 0,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Estimate the total number of dead from how the linked lists overlap.

    Builds the capture table from the current persons (who is on which list), then runs the
    same estimators as `estimate table`. By default it also draws 50 person clusterings from
    the linkage's pair probabilities (reviewers' same/different decisions are certain, unsure
    ones keep their probability), estimates on each and pools them, so the interval carries the
    linkage's uncertainty; the estimate on the linkage taken as certain is shown beside it.

    Example: harmledger estimate persons --lists MoH,Airwars,Hospital --method chapman
    """
    from harmledger.estimate import CaptureTable, estimate, estimate_strata
    from harmledger.link.persons.ledger import person_memberships

    chosen = _split(lists) or []
    if len(chosen) < 2:
        raise Invalid("--lists needs at least two lists")
    with open_home(home) as ledger:
        groups = person_memberships(ledger, chosen, strata)
    if not groups:
        raise NotFound(
            f"no linked persons on lists {', '.join(chosen)}: run `harmledger link persons`"
        )
    tables = {
        key: CaptureTable.from_memberships(members, chosen)
        for key, members in sorted(groups.items())
    }
    if strata and linkage_draws:
        raise Invalid("--linkage-draws works on the whole table, not with --strata (yet)")
    with _progress(method is Method.lcmcr) as progress:
        if strata:
            stratified = estimate_strata(tables, method.value, seed=seed, progress=progress)
            if fmt == "json":
                _print_json(stratified.to_dict())
            else:
                _print_strata(stratified.strata, stratified.total, strata)
            return
        result = estimate(tables["all"], method.value, seed=seed, progress=progress)
        draws = (
            linkage_draws if linkage_draws is not None else (0 if method is Method.lcmcr else 50)
        )
        if draws:
            from harmledger.estimate.linkage import estimate_over_linkages
            from harmledger.link.persons.ledger import membership_draws

            with open_home(home) as ledger:
                drawn = membership_draws(ledger, chosen, draws=draws, seed=draw_seed)
            result = estimate_over_linkages(
                [CaptureTable.from_memberships(m, chosen) for m in drawn],
                method.value,
                certain=result,
                seed=seed,
            )
    if fmt == "json":
        _print_json(result.to_dict())
    else:
        _print_result(result)
