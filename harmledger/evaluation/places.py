"""How well claims get their place: distance from the gold incident's place, per language and half.

Reads ``incidents_dev`` (each gold claim names an incident with approximate coordinates). A gold
claim is paired with the extracted claim of the same measure and figures (or, failing that, of
the same measure whose span overlaps the gold quote); the pair counts as *right* when the
extracted place lies within :data:`RIGHT_KM` of the incident, *wrong* beyond :data:`WRONG_KM`,
*none* when the claim has no place; a claim placed in a region (:mod:`harmledger.regions`) is
*right* when the region holds the gold place (counted apart as ``region``). Claims about
incidents outside the list are left out.

The multilingual sets label places as free text; :func:`evaluate_labelled` looks those labels up
in the gazetteer and scores the same way. Run: ``python -m harmledger.evaluation.places
[EVAL_DIR] [-v]`` (``-v`` lists the tune half's misses on incidents_dev).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harmledger import regions
from harmledger.evaluation.datasets import parse_published
from harmledger.evaluation.matching import gold_span
from harmledger.evaluation.splits import half
from harmledger.extract import extract_claims
from harmledger.extract.claim import Claim
from harmledger.extract.places import Place, towns_only
from harmledger.folding import normalize_words
from harmledger.gazetteer import country_codes, country_names, record
from harmledger.gazetteer import table as gazetteer_table

RIGHT_KM = 25.0
WRONG_KM = 50.0
LANGS = ("ar", "de", "en", "es", "fr", "sv")


@dataclass
class PlaceTally:
    """Paired gold claims and where their extracted place fell."""

    paired: int = 0
    right: int = 0
    wrong: int = 0
    none: int = 0
    held: int = 0  # of the right: a region (harmledger.regions) that holds the gold place

    def share(self, count: int) -> float:
        return count / self.paired if self.paired else 0.0

    def line(self) -> str:
        return (
            f"n={self.paired:3d} right {self.share(self.right):.2f} "
            f"wrong {self.share(self.wrong):.2f} none {self.share(self.none):.2f} "
            f"(region {self.share(self.held):.2f})"
        )


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin((l2 - l1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _overlaps(span: tuple[int, int] | None, claim: Claim) -> bool:
    return span is not None and span[0] < claim.end and claim.start < span[1]


def pair(text: str, predicted: list[Claim], gold: Iterable[dict[str, Any]]) -> list[Any]:
    """(gold claim, extracted claim) pairs, one to one."""
    pool = [c for c in predicted if c.is_casualty]
    used: set[int] = set()
    pairs = []
    for g in gold:
        span = gold_span(text, g.get("quote", ""))
        same = [
            i
            for i, c in enumerate(pool)
            if i not in used and (c.measure, c.low, c.high) == (g["measure"], g["low"], g["high"])
        ]
        near = [
            i
            for i, c in enumerate(pool)
            if i not in used and c.measure == g["measure"] and _overlaps(span, c)
        ]
        ranked = [i for i in same if i in near] or same or near
        if ranked:
            used.add(ranked[0])
            pairs.append((g, pool[ranked[0]]))
    return pairs


def evaluate(root: Path, *, verbose: bool = False) -> dict[tuple[str, str], PlaceTally]:
    """Tallies keyed by (language, half), with ``all`` for either."""
    base = root / "incidents_dev"
    incidents = {i["id"]: i for i in json.loads((base / "incidents.json").read_text())}
    tallies: dict[tuple[str, str], PlaceTally] = {}
    for line in (base / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["lang"] not in LANGS:
            continue
        claims = extract_claims(
            doc["text"],
            doc["lang"],
            parse_published(doc.get("published")),
            publisher=doc.get("source"),
        )
        gold = [g for g in doc["claims"] if g.get("incident") in incidents]
        for g, claim in pair(doc["text"], claims, gold):
            incident = incidents[g["incident"]]
            if claim.latitude is None or claim.longitude is None:
                outcome = "none"
            elif _holds_point(claim, incident["latitude"], incident["longitude"]):
                outcome = "held"
            else:
                d = km(claim.latitude, claim.longitude, incident["latitude"], incident["longitude"])
                outcome = "right" if d <= RIGHT_KM else "wrong" if d > WRONG_KM else "near"
            if verbose and outcome != "right" and half(doc["id"]) == "tune":
                where = f"{claim.place_name} for {incident['place']}"
                print(f"{doc['id']} {outcome}: {where} «{g['quote']}»")
            _count(tallies, doc["lang"], doc["id"], outcome)
    return tallies


def gold_places(label: str | None) -> list[Place]:
    """Gazetteer places named in a free-text gold place label ("school, Nuseirat camp, Gaza"):
    capitalised word runs of up to four words, longest first; country names are no place, but
    a name is read as the place of that name in the country the label names ("Ras al-Ain,
    Syria")."""
    # towns only: a gold label is scored by the towns it names, as before regions were places
    gazetteer, countries, codes = towns_only(), country_names(), country_codes()
    parts = re.split(r"[,;()]", label or "")
    named = frozenset(
        code for part in parts if (code := codes.get(" ".join(normalize_words(part)))) is not None
    )
    found: list[Place] = []
    for part in parts:
        words = part.split()
        for i, word in enumerate(words):
            if not word[:1].isupper():
                continue
            for n in range(4, 0, -1):
                key = normalize_words(" ".join(words[i : i + n]))
                if not key or len(" ".join(key)) < 4:
                    continue
                if " ".join(key) in countries:
                    break
                place = gazetteer.lookup(key)
                if place is not None:
                    found.append(gazetteer.in_countries(" ".join(key), place, named))
                    break
    return found


def evaluate_labelled(root: Path) -> dict[tuple[str, str], PlaceTally]:
    """The same shares on ``multilingual_dev`` and ``multilingual_more``, whose gold place is
    free text: it is looked up in the gazetteer (claims whose label names no gazetteer place,
    such as "Syria", are left out), and the nearest place it names counts."""
    tallies: dict[tuple[str, str], PlaceTally] = {}
    for name in ("multilingual_dev.jsonl", "multilingual_more.jsonl"):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            claims = extract_claims(doc["text"], doc["lang"])
            for g, claim in pair(doc["text"], claims, doc["claims"]):
                targets = gold_places(g.get("place"))
                if not targets:
                    continue
                if claim.latitude is None or claim.longitude is None:
                    outcome = "none"
                elif _holds_label(claim, g.get("place"), targets):
                    outcome = "held"
                else:
                    d = min(
                        km(claim.latitude, claim.longitude, p.latitude, p.longitude)  # type: ignore[arg-type]
                        for p in targets
                    )
                    outcome = "right" if d <= RIGHT_KM else "wrong" if d > WRONG_KM else "near"
                _count(tallies, doc["lang"], doc["id"], outcome)
    return tallies


def _holds_point(claim: Claim, latitude: float, longitude: float) -> bool:
    """A claim placed in a region whose towns include the one nearest the gold point: right at
    region level (a region's point is its seat, often farther than :data:`RIGHT_KM`)."""
    region = regions.region(claim.place)
    if region is None:
        return False
    table = gazetteer_table()
    row = _nearest_row(latitude, longitude)
    return row is not None and regions.holds(
        region, table.countries[row], table.admin1[row], latitude, longitude
    )


def _nearest_row(latitude: float, longitude: float) -> int | None:
    """The gazetteer town nearest a point (within a degree's cell and its neighbours)."""
    table = gazetteer_table()
    cells = table.cells
    lat0, lon0 = math.floor(latitude), math.floor(longitude)
    rows = [r for a in (-1, 0, 1) for b in (-1, 0, 1) for r in cells.get((lat0 + a, lon0 + b), [])]
    if not rows:
        return None
    return min(rows, key=lambda r: km(latitude, longitude, table.latitudes[r], table.longitudes[r]))


def _holds_label(claim: Claim, label: str | None, targets: list[Place]) -> bool:
    """A claim placed in a region that the gold label names ("Borno, north-east Nigeria") or
    that holds a town the label names ("Santander de Quilichao, Cauca"): right at region level."""
    region = regions.region(claim.place)
    if region is None:
        return False
    for part in re.split(r"[,;()]", label or ""):
        if regions.named(" ".join(normalize_words(part)), region.country) == region:
            return True
    for place in targets:
        found = record(place.id)
        if found is not None and regions.holds(
            region, found.country, found.admin1, found.latitude, found.longitude
        ):
            return True
    return False


def _count(
    tallies: dict[tuple[str, str], PlaceTally], lang: str, doc_id: str, outcome: str
) -> None:
    part = half(doc_id)
    for key in ((lang, part), (lang, "all"), ("all", part), ("all", "all")):
        tally = tallies.setdefault(key, PlaceTally())
        tally.paired += 1
        if outcome == "held":
            tally.held += 1
            tally.right += 1
        elif outcome in ("right", "wrong", "none"):
            setattr(tally, outcome, getattr(tally, outcome) + 1)


def _print(title: str, tallies: dict[tuple[str, str], PlaceTally]) -> None:
    print(title)
    for lang in (*LANGS, "all"):
        for part in ("tune", "check", "all"):
            if (lang, part) in tallies:
                print(f"{lang:3s} {part:5s} {tallies[(lang, part)].line()}")


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv and not argv[0].startswith("-") else Path("../shared/eval")
    _print("incidents_dev (gold incident coordinates)", evaluate(root, verbose="-v" in argv))
    _print("multilingual_dev + multilingual_more (gold place labels)", evaluate_labelled(root))


if __name__ == "__main__":
    main(sys.argv[1:])
