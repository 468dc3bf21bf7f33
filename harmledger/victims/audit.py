"""A quality report on victim lists, the checks a statistician runs before estimating.

Modelled on HRDAG's audit of the Kosovo Memory Book: before lists are matched and counted, see
how complete each one is, how many records it holds per person, where and when the lists
overlap, how much of each stratum each list captures, what it records twice, and which dates
and ages cannot be right. Capture rates are relative to the union of the lists (what some list
recorded), not to the unknown total: they show which list is thin where, not how many are
missing. Everything here is pure over records and a record -> person mapping (a linkage run);
without one every record counts as its own person.
"""

from __future__ import annotations

import builtins
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from harmledger.names import name_key, name_tokens
from harmledger.victims.model import VictimRecord

__all__ = [
    "AUDIT_FIELDS",
    "Anomaly",
    "DuplicateGroup",
    "FieldCompleteness",
    "ListAudit",
    "ListPersons",
    "StratumCapture",
    "audit_records",
]

#: Fields whose completeness is reported, with what counts as filled.
AUDIT_FIELDS: dict[str, Callable[[VictimRecord], bool]] = {
    "name": lambda r: bool(
        r.name or r.name_latin or r.given_name or r.family_name or r.father_name
    ),
    "sex": lambda r: r.sex is not None,
    "age": lambda r: r.age is not None or bool(r.age_band) or r.date_of_birth is not None,
    "date_of_death": lambda r: r.date_of_death is not None,
    "place_of_death": lambda r: bool(r.place_of_death),
    "cause": lambda r: bool(r.cause),
    "perpetrator": lambda r: bool(r.perpetrator),
}
#: Older than this at death is an anomaly, not a record.
MAX_AGE = 110
Dimension = Literal["month", "place"]


class FieldCompleteness(BaseModel):
    """How many of a list's records give a field."""

    list: str
    field: str
    records: int
    filled: int
    share: float


class ListPersons(BaseModel):
    """Records per person in one list: above 1 means the list repeats people."""

    list: str
    records: int
    persons: int
    records_per_person: float
    persons_recorded_twice_or_more: int


class StratumCapture(BaseModel):
    """One stratum (a month of death, a place): the union of the lists, their overlap, and the
    share of the union each list recorded."""

    dimension: Dimension
    stratum: str
    union: int
    on_two_or_more: int
    on_all: int
    captured: dict[str, int]
    capture_rate: dict[str, float]


class DuplicateGroup(BaseModel):
    """Records of one list that are one person: linked by the run, or identical in name key,
    date of death and age."""

    list: str
    reason: Literal["linked", "identical"]
    record_keys: builtins.list[str]  # "list" is a field here


class Anomaly(BaseModel):
    """A record whose dates or age cannot all be right."""

    list: str
    record_key: str
    kind: Literal["death_before_birth", "age_over_110", "future_date", "age_disagrees_with_dates"]
    detail: str


class ListAudit(BaseModel):
    """The whole report; ``linked`` says whether persons came from a linkage run."""

    lists: list[str]
    linked: bool
    persons: int
    records_per_person: dict[str, int]
    completeness: list[FieldCompleteness]
    list_persons: list[ListPersons]
    strata: list[StratumCapture]
    duplicates: list[DuplicateGroup]
    anomalies: list[Anomaly]

    def rows(self) -> list[dict[str, Any]]:
        """The report as long rows (section, list, item, measure, value), for CSV."""
        out: list[dict[str, Any]] = []

        def add(section: str, list_name: str, item: str, measure: str, value: Any) -> None:
            out.append(
                {
                    "section": section,
                    "list": list_name,
                    "item": item,
                    "measure": measure,
                    "value": value,
                }
            )

        for size, count in self.records_per_person.items():
            add("persons", "all", f"{size} records", "persons", count)
        for c in self.completeness:
            add("completeness", c.list, c.field, "share", c.share)
        for p in self.list_persons:
            add("records per person", p.list, "", "records per person", p.records_per_person)
            add(
                "records per person", p.list, "", "recorded twice", p.persons_recorded_twice_or_more
            )
        for s in self.strata:
            item = f"{s.dimension} {s.stratum}"
            add("strata", "all", item, "union", s.union)
            add("strata", "all", item, "on two or more", s.on_two_or_more)
            for list_name, rate in s.capture_rate.items():
                add("strata", list_name, item, "capture rate", rate)
        for d in self.duplicates:
            add("duplicates", d.list, " ".join(d.record_keys), d.reason, len(d.record_keys))
        for a in self.anomalies:
            add("anomalies", a.list, a.record_key, a.kind, a.detail)
        return out


def audit_records(
    records: Sequence[VictimRecord],
    person_of: Mapping[str, str] | None = None,
    *,
    today: date | None = None,
) -> ListAudit:
    """Audit ``records`` (of one or more lists); ``person_of`` maps record id -> person id."""
    today = today or date.today()
    lists = list(dict.fromkeys(r.list_name for r in records))
    linked = person_of is not None
    person = {r.record_id: (person_of or {}).get(r.record_id, r.record_id) for r in records}
    members: dict[str, list[VictimRecord]] = defaultdict(list)
    for record in records:
        members[person[record.record_id]].append(record)
    sizes = Counter(min(len(rs), 4) for rs in members.values())
    return ListAudit(
        lists=lists,
        linked=linked,
        persons=len(members),
        records_per_person={
            ("4+" if n == 4 else str(n)): sizes[n] for n in sorted(sizes) if sizes[n]
        },
        completeness=_completeness(records, lists),
        list_persons=_list_persons(records, lists, person),
        strata=_strata(members, lists, "month") + _strata(members, lists, "place"),
        duplicates=_duplicates(records, person, linked),
        anomalies=[a for r in records for a in _anomalies(r, today)],
    )


def _completeness(records: Sequence[VictimRecord], lists: list[str]) -> list[FieldCompleteness]:
    by_list: dict[str, list[VictimRecord]] = defaultdict(list)
    for record in records:
        by_list[record.list_name].append(record)
    out = []
    for list_name in lists:
        rows = by_list[list_name]
        for field, filled in AUDIT_FIELDS.items():
            n = sum(1 for r in rows if filled(r))
            out.append(
                FieldCompleteness(
                    list=list_name,
                    field=field,
                    records=len(rows),
                    filled=n,
                    share=round(n / len(rows), 4),
                )
            )
    return out


def _list_persons(
    records: Sequence[VictimRecord], lists: list[str], person: Mapping[str, str]
) -> list[ListPersons]:
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        per[record.list_name][person[record.record_id]] += 1
    out = []
    for list_name in lists:
        counts = per[list_name]
        total = sum(counts.values())
        out.append(
            ListPersons(
                list=list_name,
                records=total,
                persons=len(counts),
                records_per_person=round(total / len(counts), 4),
                persons_recorded_twice_or_more=sum(1 for n in counts.values() if n > 1),
            )
        )
    return out


def _place_label(text: str) -> str:
    """A place's spelling-independent key (``Khan Younis`` and ``خان يونس`` meet)."""
    return " ".join(k for k in (name_key(t) for t in name_tokens(text)) if k) or text.strip()


def _place_names(members: Mapping[str, list[VictimRecord]]) -> dict[str, str]:
    """Place key -> the name shown for its stratum.

    Lists name one place in different scripts or forms (غزة / Gaza City). Where the records of
    linked persons pair two place keys, and each is the other's most frequent partner, they are
    one stratum, shown by its most frequent written form.
    """
    written: dict[str, Counter[str]] = defaultdict(Counter)
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for records in members.values():
        keys = set()
        for record in records:
            if record.place_of_death:
                key = _place_label(record.place_of_death)
                written[key][record.place_of_death.strip()] += 1
                keys.add(key)
        for key in keys:
            together[key].update(keys - {key})
    partner = {k: c.most_common(1)[0][0] for k, c in together.items() if c}
    parent = {k: k for k in written}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for key, other in partner.items():
        if partner.get(other) == key:
            parent[root(key)] = root(other)
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for key, forms in written.items():
        groups[root(key)].update(forms)
    return {key: groups[root(key)].most_common(1)[0][0] for key in written}


def _strata(
    members: Mapping[str, list[VictimRecord]], lists: list[str], dimension: Dimension
) -> list[StratumCapture]:
    names = _place_names(members) if dimension == "place" else {}
    on_lists: dict[str, list[set[str]]] = defaultdict(list)
    for records in members.values():
        stratum = _stratum(records, dimension, names)
        on_lists[stratum].append({r.list_name for r in records})
    out = []
    for stratum in sorted(on_lists, key=lambda s: (s == "unknown", s)):
        memberships = on_lists[stratum]
        union = len(memberships)
        captured = {name: sum(1 for m in memberships if name in m) for name in lists}
        out.append(
            StratumCapture(
                dimension=dimension,
                stratum=stratum,
                union=union,
                on_two_or_more=sum(1 for m in memberships if len(m) > 1),
                on_all=sum(1 for m in memberships if len(m) == len(lists)),
                captured=captured,
                capture_rate={k: round(v / union, 4) for k, v in captured.items()},
            )
        )
    return out


def _stratum(
    records: Iterable[VictimRecord], dimension: Dimension, names: Mapping[str, str]
) -> str:
    """A person's stratum: the most frequent value among its records, ``unknown`` if none."""
    if dimension == "month":
        values = [r.date_of_death.strftime("%Y-%m") for r in records if r.date_of_death]
    else:
        values = [names[_place_label(r.place_of_death)] for r in records if r.place_of_death]
    return Counter(values).most_common(1)[0][0] if values else "unknown"


def _duplicates(
    records: Sequence[VictimRecord], person: Mapping[str, str], linked: bool
) -> list[DuplicateGroup]:
    groups: dict[tuple[str, str, Any], list[str]] = defaultdict(list)
    identical: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for record in records:
        if linked:
            groups[(record.list_name, "linked", person[record.record_id])].append(record.record_key)
        name = record.name or record.name_latin
        if name:
            keys = tuple(name_key(t) for t in name_tokens(name))
            identical[(record.list_name, keys, record.date_of_death, record.age)].append(
                record.record_key
            )
    out = [
        DuplicateGroup(list=list_name, reason="linked", record_keys=sorted(keys))
        for (list_name, _, _), keys in groups.items()
        if len(keys) > 1
    ]
    out += [
        DuplicateGroup(list=key[0], reason="identical", record_keys=sorted(keys))
        for key, keys in identical.items()
        if len(keys) > 1
    ]
    return out


def _anomalies(record: VictimRecord, today: date) -> list[Anomaly]:
    out: list[tuple[str, str]] = []
    born, died, age = record.date_of_birth, record.date_of_death, record.age
    if born and died and died < born:
        out.append(("death_before_birth", f"born {born}, died {died}"))
    if age is not None and age > MAX_AGE:
        out.append(("age_over_110", f"age {age}"))
    for label, value in (("born", born), ("died", died)):
        if value and value > today:
            out.append(("future_date", f"{label} {value}, after {today}"))
    if born and died and age is not None and died >= born:
        years = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
        if abs(years - age) > 1:
            out.append(("age_disagrees_with_dates", f"age {age}, dates give {years}"))
    return [
        Anomaly(list=record.list_name, record_key=record.record_key, kind=kind, detail=detail)  # type: ignore[arg-type]
        for kind, detail in out
    ]
