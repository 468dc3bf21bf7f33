"""Readers for the labelled sets; nothing is copied, everything is read where it lies.

``incidents_dev`` documents marked ``detect_language`` (languages harmledger does not extract)
keep their true language in ``lang`` but are flagged, so a scorer withholds it and lets harmledger
detect the language, as a real user's unlabelled document would be.

Airwars narratives end with a machine-generated "Summary" block that repeats Airwars' own coding
("Civilians reported killed3 – 7"); it is cut off before extraction, otherwise the score would
measure reading the answer, not the narrative.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harmledger.errors import Invalid

SEEDS = "seeds_gold.jsonl"
MULTILINGUAL = "multilingual_dev.jsonl"
MULTILINGUAL_MORE = "multilingual_more.jsonl"
INCIDENTS_DEV = "incidents_dev/corpus.jsonl"
AIRWARS = "airwars_gaza/incidents.csv"
GVDB = "gvdb/dev.tsv"
INCIDENTS_DEV_LABELS = "incidents_dev/incidents.json"  # the incidents linking is scored on
CORPUS_FILES = (
    SEEDS,
    MULTILINGUAL,
    AIRWARS,
    GVDB,
    MULTILINGUAL_MORE,
    INCIDENTS_DEV,
    INCIDENTS_DEV_LABELS,
)
_SUMMARY = re.compile(r",?\s*Summary\s*Strike status", re.IGNORECASE)
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}


@dataclass
class LabelledDoc:
    """One text with gold casualty claims (seeds, multilingual sets, incidents_dev).

    ``detect_language``: the scorer must not pass ``lang`` to the extractor (it is the true
    language, kept for reporting).
    """

    id: str
    lang: str
    text: str
    published: dt.date | None
    claims: list[dict[str, Any]]
    distractors: list[str] = field(default_factory=list)
    detect_language: bool = False
    source: str | None = None  # the publisher as shown (incidents_dev), as ingest stores it


@dataclass
class CountedDoc:
    """One text with incident-level gold counts (Airwars min/max, GVDB killed/injured)."""

    id: str
    text: str
    published: dt.date | None
    killed: tuple[int, int] | None
    injured: tuple[int, int] | None


def corpus_hash(root: Path) -> str:
    """SHA-256 over the scored files (and the seed texts), to pin the gate's corpus."""
    digest = hashlib.sha256()
    files = [root / name for name in CORPUS_FILES]
    files += sorted((root.parent / "seeds").glob("*.txt"))
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def parse_published(value: object) -> dt.date | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (first of the month) at the start of a string, else None."""
    if not isinstance(value, str):
        return None
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    if not match:
        return None
    year, month, day = match.groups()
    return dt.date(int(year), int(month), int(day or 1))


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
    except (OSError, json.JSONDecodeError) as error:
        raise Invalid(f"cannot read {path}: {error}") from error


def load_seeds(root: Path) -> list[LabelledDoc]:
    """The two seed articles with their gold claims."""
    docs = []
    for row in _jsonl(root / SEEDS):
        text = (root / row["file"]).read_text(encoding="utf-8")
        published = parse_published(row.get("published"))
        if published is None:
            first_line = re.search(r"date (\d{4}-\d{2})", text[:200])
            published = parse_published(first_line.group(1)) if first_line else None
        docs.append(
            LabelledDoc(
                row["id"], row["lang"], text, published, row["claims"], row.get("distractors", [])
            )
        )
    return docs


def load_multilingual(root: Path, name: str = MULTILINGUAL) -> list[LabelledDoc]:
    """News excerpts with their gold claims: ``multilingual_dev``, ``multilingual_more`` or
    ``incidents_dev`` (same claim schema; the last adds ``detect_language``)."""
    return [
        LabelledDoc(
            r["id"],
            r["lang"],
            r["text"],
            parse_published(r.get("published")),
            r["claims"],
            r.get("distractors", []),
            bool(r.get("detect_language", False)),
            r.get("source"),
        )
        for r in _jsonl(root / name)
    ]


def load_labelled(path: Path) -> list[LabelledDoc]:
    """A labelled set of one's own: JSON Lines in the schema of ``multilingual_dev.jsonl``
    (``id``, ``lang``, ``text``, ``claims`` with ``measure``, ``low``, ``high``; optional
    ``published``, ``distractors``, ``detect_language``), checked row by row so that a wrong
    row is named by its line, not found later as a wrong figure."""
    from harmledger.extract.claim import CASUALTY_MEASURES

    docs: list[LabelledDoc] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise Invalid(f"cannot read {path}: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise Invalid(f"{where}: not JSON ({error.msg}, column {error.colno})") from error
        if not isinstance(row, dict):
            raise Invalid(f"{where}: a row must be a JSON object")
        for key, kind in (("id", str), ("lang", str), ("text", str), ("claims", list)):
            if not isinstance(row.get(key), kind):
                raise Invalid(f"{where}: {key!r} must be a {kind.__name__}")
        if row["id"] in seen:
            raise Invalid(f"{where}: id {row['id']!r} appears twice")
        seen.add(row["id"])
        for index, claim in enumerate(row["claims"], start=1):
            if not isinstance(claim, dict) or claim.get("measure") not in CASUALTY_MEASURES:
                raise Invalid(
                    f"{where}: claim {index} needs a measure, one of {', '.join(CASUALTY_MEASURES)}"
                )
            for bound in ("low", "high"):
                value = claim.get(bound)
                if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                    raise Invalid(
                        f"{where}: claim {index}: {bound!r} must be a whole number or null"
                    )
            if claim.get("low") is None and claim.get("high") is None:
                raise Invalid(f"{where}: claim {index}: 'low' and 'high' are both null")
        distractors = row.get("distractors", [])
        if not isinstance(distractors, list) or not all(isinstance(d, str) for d in distractors):
            raise Invalid(f"{where}: 'distractors' must be a list of strings")
        docs.append(
            LabelledDoc(
                row["id"],
                row["lang"],
                row["text"],
                parse_published(row.get("published")),
                row["claims"],
                distractors,
                bool(row.get("detect_language", False)),
                row.get("source"),
            )
        )
    if not docs:
        raise Invalid(f"{path}: no labelled rows")
    return docs


def _range(value: str) -> tuple[int, int] | None:
    numbers = [int(n) for n in re.findall(r"\d+", value or "")]
    if not numbers:
        return None
    return min(numbers), max(numbers)


def _airwars_date(value: str) -> dt.date | None:
    match = re.match(r"([a-z]+)-(\d{1,2})-(\d{4})", (value or "").lower())
    if not match or match.group(1) not in _MONTHS:
        return None
    return dt.date(int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2)))


def load_airwars(root: Path) -> list[CountedDoc]:
    """Airwars incidents: narrative (summary block cut off) and coded civilians killed/injured."""
    csv.field_size_limit(sys.maxsize)
    docs = []
    with (root / AIRWARS).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            narrative = _SUMMARY.split(row["Airwars_assessment"], maxsplit=1)[0]
            docs.append(
                CountedDoc(
                    row["Incidence_id"],
                    narrative,
                    _airwars_date(row["Incidence_date"]),
                    _range(row["Civilians reported killed"]),
                    _range(row["Civilians reported injured"]),
                )
            )
    return docs


def load_gvdb(root: Path) -> list[CountedDoc]:
    """GVDB dev articles: gold counts = annotated victims killed / injured (and not killed)."""
    csv.field_size_limit(sys.maxsize)
    docs = []
    with (root / GVDB).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            data = json.loads(row["Json"])
            victims = data.get("victim-section") or []
            outcomes = [set(v.get("victim-was") or []) for v in victims]
            killed = sum(1 for o in outcomes if "killed" in o)
            injured = sum(
                1 for o in outcomes if o & {"injured", "hospitalized"} and "killed" not in o
            )
            date = (data.get("date-and-time") or {}).get("date")
            docs.append(
                CountedDoc(
                    row["Article id"],
                    row["Full text"],
                    parse_published(date),
                    (killed, killed),
                    (injured, injured),
                )
            )
    return docs
