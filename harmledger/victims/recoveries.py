"""Recovery logs: one file per body, as body-recovery teams keep them, and what they add up to.

A recovery log is stored as a list of kind ``recovery`` beside the victim lists, in the same
archive and custody chain, but it is not a victim list: a body is not a person until it is
identified, so linkage and estimation never read recovery logs.

Bodies are counted per recovery site, month recovered, identification status or alleged
perpetrator. A body counts against a perpetrator only when its record names the perpetrator with
``confirmed`` or ``probable`` certainty (:meth:`RecoveryRecord.attributed_to`); every other body
is counted as ``unattributed``, whatever its ``perpetrator`` field says.

Field names (also the names used by ``--column field=header`` on import):

======================  =======================================================================
field                   meaning
======================  =======================================================================
record_key              the body's file number in the log (defaults to the row number)
name, name_latin        the name, if the body is identified or presumed (original / Latin)
recovery_site           where it was recovered (a mass grave, a building, a street)
date_recovered          date recovered (ISO ``YYYY-MM-DD``, ``DD/MM/YYYY``, ``YYYYMMDD``)
state_of_remains        complete, partial, skeletal, ... as written
identification_status   ``identified`` / ``presumptive`` / ``unidentified`` (default)
sample_id               DNA or other sample reference
sex, age_band           as for victim records
probable_cause          probable cause of death as written
perpetrator             alleged perpetrator as written
attribution_certainty   ``confirmed`` / ``probable`` / ``possible`` / ``unknown`` (default)
incident_ref            the incident the body belongs to (``compare`` counts it there)
notes                   free notes
witness_identity        SENSITIVE: who witnessed; never in public views or exports
======================  =======================================================================
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from harmledger.errors import Invalid, NotFound
from harmledger.store.ledger import Ledger
from harmledger.store.victim_tables import VictimList, VictimRecordRow
from harmledger.victims.ledger import VictimImportReport, store_list_file
from harmledger.victims.limits import DEFAULT_LIMITS, ReadLimits
from harmledger.victims.model import RecoveryRecord
from harmledger.victims.reader import read_victim_file

__all__ = [
    "RECOVERY_GROUPINGS",
    "RecoveryCount",
    "import_recovery_log",
    "recovery_counts",
    "recovery_logs",
]

RECOVERY_GROUPINGS: tuple[str, ...] = ("site", "month", "status", "perpetrator", "log")
UNATTRIBUTED = "unattributed"
_UNKNOWN = "unknown"


@dataclass(frozen=True)
class RecoveryCount:
    """Bodies in one group, split by identification status."""

    group: str
    bodies: int
    identified: int
    presumptive: int
    unidentified: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "bodies": self.bodies,
            "identified": self.identified,
            "presumptive": self.presumptive,
            "unidentified": self.unidentified,
        }


def import_recovery_log(
    ledger: Ledger,
    path: Path,
    log_name: str,
    *,
    column_map: Mapping[str, str] | None = None,
    organisation: str | None = None,
    publishable: bool = False,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> VictimImportReport:
    """Read ``path`` as recovery log ``log_name``; store valid rows, report the rest by row."""
    result = read_victim_file(path, log_name, column_map, recovery=True, limits=limits)
    return store_list_file(
        ledger,
        path,
        result,
        log_name,
        kind="recovery",
        organisation=organisation,
        publishable=publishable,
    )


def recovery_logs(ledger: Ledger, *, public: bool = False) -> list[str]:
    """Names of the recovery logs in the ledger; when ``public``, only logs with a publishable
    record (the name of a private log is itself not for the public)."""
    statement = select(VictimList.name).where(VictimList.kind == "recovery")
    if public:
        statement = statement.where(
            VictimList.id.in_(
                select(VictimRecordRow.list_id).where(VictimRecordRow.publishable.is_(True))
            )
        )
    with ledger.reader() as session:
        return list(session.scalars(statement.order_by(VictimList.name)))


def stored_recoveries(
    ledger: Ledger, logs: Sequence[str] | None = None, *, public: bool = False
) -> list[RecoveryRecord]:
    """Every body of the given logs (all logs if none); only publishable ones when ``public``."""
    known = recovery_logs(ledger, public=public)
    missing = sorted(set(logs or ()) - set(known))
    if missing:
        raise NotFound(
            f"no recovery log named {', '.join(missing)} "
            f"(logs: {', '.join(known) if known else 'none imported yet'})"
        )
    statement = (
        select(VictimRecordRow.data, VictimList.name)
        .join(VictimList)
        .where(VictimList.kind == "recovery")
        .order_by(VictimRecordRow.id)
    )
    if logs:
        statement = statement.where(VictimList.name.in_(list(logs)))
    if public:
        statement = statement.where(VictimRecordRow.publishable.is_(True))
    with ledger.reader() as session:
        return [
            RecoveryRecord.model_validate({"list_name": name, **data})
            for data, name in session.execute(statement)
        ]


def _group_of(record: RecoveryRecord, by: str) -> str:
    if by == "site":
        return record.recovery_site or _UNKNOWN
    if by == "month":
        return record.date_recovered.strftime("%Y-%m") if record.date_recovered else _UNKNOWN
    if by == "status":
        return record.identification_status
    if by == "log":
        return record.list_name
    perpetrator = record.perpetrator
    if perpetrator and record.attributed_to(perpetrator):
        return perpetrator.strip()
    return UNATTRIBUTED


def recovery_counts(
    ledger: Ledger,
    by: str = "site",
    logs: Sequence[str] | None = None,
    *,
    public: bool = False,
) -> list[RecoveryCount]:
    """Bodies recovered per group, largest first; see the module docstring for attribution."""
    if by not in RECOVERY_GROUPINGS:
        raise Invalid(f"cannot count bodies by {by!r} (choose {', '.join(RECOVERY_GROUPINGS)})")
    statuses: dict[str, Counter[str]] = defaultdict(Counter)
    for record in stored_recoveries(ledger, logs, public=public):
        statuses[_group_of(record, by)][record.identification_status] += 1
    counts = [
        RecoveryCount(
            group=group,
            bodies=sum(status.values()),
            identified=status["identified"],
            presumptive=status["presumptive"],
            unidentified=status["unidentified"],
        )
        for group, status in statuses.items()
    ]
    if by == "month":
        return sorted(counts, key=lambda c: c.group)
    return sorted(counts, key=lambda c: (-c.bodies, c.group))
