"""``eval incidents --set incidents_dev``: real multi-source reporting, scored end to end.

The corpus (``incidents_dev/corpus.jsonl``) is ingested as one JSON Lines file into a scratch
ledger (``lang`` withheld where the set asks for detection), extracted and linked; then:

- claims: one-to-one matching within a document on (measure, low, high), per language;
- linking: over pairs of *matched* gold claims, "same" in gold when both name one incident or one
  contains the other (an aggregate contains its events), "same" in harmledger when both sit in one
  incident or one incident is an ancestor of the other; claims about ``other`` incidents are only
  ever negatives;
- fragmentation: harmledger incidents per real incident, and ``other`` claims put in a listed
  incident's tree;
- figures: for each real incident, the harmledger incident holding most of its claims, with its
  figures beside the reference figures; and whether each belligerent reference figure is shown
  under ``belligerent`` by ``compare``.

Every figure is reported for the tune half, the check half (split by document id) and all.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from harmledger.evaluation.matching import Tally, score_document
from harmledger.evaluation.splits import half
from harmledger.extract.claim import Claim

SET_NAME = "incidents_dev"
CORPUS = f"{SET_NAME}/corpus.jsonl"
INCIDENTS = f"{SET_NAME}/incidents.json"
HALVES = ("tune", "check", "all")
ALL_KILLED = ("civilians", "unknown")  # whole-group categories; sub-groups and fighters left out

DEFINITIONS: dict[str, str] = {
    "claims": "per language: precision/recall/F1 of extracted casualty claims, matched one to one "
    "within a document on (measure, low, high)",
    "pairwise": "over pairs of matched gold claims (both in the half): gold-same = same incident "
    "or one contains the other; ours-same = same harmledger incident or one is an ancestor of the "
    "other; 'other' claims are only negatives; precision/recall/F1 of ours-same against gold-same",
    "pieces_per_incident": "mean over real incidents with a matched claim of the number of "
    "harmledger incidents holding its matched claims (1 is ideal)",
    "others_merged": "matched claims about an incident outside the list that sit in the same "
    "harmledger tree as a listed incident's claim",
    "foreign_merged": "matched claims placed in the tree of the harmledger incident chosen for a "
    "*different* real incident (neither containing the other): reports of another event merged in",
    "figures": "per real incident, the harmledger incident holding most of its matched claims: "
    "kind, name, civilians-killed min/max, all-killed min/max (killed of civilians or unspecified "
    "people); beside the reference killed figures (min of lows, max of highs or lows)",
    "belligerent_shown": "reference figures said by a belligerent, and how many of them appear in "
    "`compare` of the chosen incident's tree under source type belligerent (same measure, and "
    "the figure's low or high equal to a shown min or max)",
}


@dataclass(frozen=True)
class GoldClaim:
    doc: str
    index: int
    incident: str
    lang: str


def load_set(root: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The corpus records and the incidents by id."""
    with (root / CORPUS).open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle if line.strip()]
    incidents = json.loads((root / INCIDENTS).read_text(encoding="utf-8"))
    return docs, {i["id"]: i for i in incidents}


def corpus_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for name in (CORPUS, INCIDENTS):
        digest.update((root / name).read_bytes())
    return digest.hexdigest()


def write_corpus(docs: list[dict[str, Any]], path: Path) -> None:
    """The corpus as the ingester reads it: text and metadata, no labels."""
    with path.open("w", encoding="utf-8") as handle:
        for doc in docs:
            record = {k: doc.get(k) for k in ("text", "url", "title", "published", "source")}
            if not doc.get("detect_language"):
                record["lang"] = doc["lang"]
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def build_ledger(root: Path, home: Path) -> None:
    """Ingest and extract the corpus into a ledger at ``home`` (linking is left to the caller)."""
    from harmledger.config import load_settings
    from harmledger.extract.runner import extract_documents
    from harmledger.ingestion.pipeline import IngestOptions, ingest_items
    from harmledger.store.ledger import open_ledger

    docs, _ = load_set(root)
    home.mkdir(parents=True, exist_ok=True)
    corpus = home / "incidents_dev.jsonl"
    write_corpus(docs, corpus)
    with open_ledger(load_settings(home=home, actor="eval")) as ledger:
        ingest_items(ledger, [str(corpus)], IngestOptions())
        extract_documents(ledger)


def evaluate_incidents_dev(root: Path) -> dict[str, Any]:
    """Ingest, extract and link the set in a scratch ledger, then score it."""
    from harmledger.config import load_settings
    from harmledger.link.incidents.service import link_incidents
    from harmledger.store.ledger import open_ledger

    with tempfile.TemporaryDirectory(prefix="harmledger-eval-") as scratch:
        home = Path(scratch) / "home"
        build_ledger(root, home)
        with open_ledger(load_settings(home=home, actor="eval")) as ledger:
            link_incidents(ledger)
            return score_ledger(root, ledger)


def score_ledger(root: Path, ledger: Any) -> dict[str, Any]:
    """Score a ledger holding the extracted and linked corpus (see the module docstring)."""
    from sqlalchemy import select

    from harmledger.store.incident_tables import Incident, IncidentClaim
    from harmledger.store.tables import ClaimRow, Document, Extraction

    docs, incidents = load_set(root)
    with ledger.reader() as session:
        parts = {d.part: d for d in session.scalars(select(Document))}
        rows = session.scalars(
            select(ClaimRow)
            .join(Extraction, ClaimRow.extraction_id == Extraction.id)
            .where(Extraction.current.is_(True))
            .order_by(ClaimRow.id)
        ).all()
        by_document: dict[int, list[ClaimRow]] = defaultdict(list)
        for row in rows:
            by_document[row.document_id].append(row)
        links = dict(
            session.execute(
                select(IncidentClaim.claim_id, IncidentClaim.incident_id).where(
                    IncidentClaim.removed_at.is_(None)
                )
            ).all()
        )
        parent = {
            i.id: i.parent_id
            for i in session.scalars(select(Incident).where(Incident.status == "active"))
        }
        tallies: dict[str, Tally] = {}
        placed: dict[GoldClaim, int] = {}  # matched gold claim -> harmledger incident
        languages: dict[str, Any] = {}
        for part, doc in enumerate(docs):
            stored = parts.get(part)
            stored_rows = by_document.get(stored.id, []) if stored else []
            casualty = [(c, r.id) for r in stored_rows if (c := _as_claim(r)).is_casualty]
            tally = score_document(doc["text"], [c for c, _ in casualty], doc["claims"], doc["id"])
            tallies[doc["id"]] = tally
            for gold_index, predicted_index in tally.pairs:
                incident_id = links.get(casualty[predicted_index][1])
                if incident_id is not None:
                    gold = doc["claims"][gold_index]
                    key = GoldClaim(doc["id"], gold_index, gold["incident"], doc["lang"])
                    placed[key] = incident_id
            if doc.get("detect_language"):
                languages[doc["id"]] = {
                    "kept": stored is not None,
                    "detected": stored.lang if stored else None,
                    "confidence": round(stored.lang_confidence, 3) if stored else None,
                    "casualty_claims": len(casualty),
                }
        result: dict[str, Any] = {"set": SET_NAME, "corpus_sha256": corpus_hash(root)}
        chosen = _chosen_incidents(placed)
        for name in HALVES:
            keep: Callable[[str], bool] = (lambda d: True) if name == "all" else _in_half(name)
            result[name] = {
                "claims": _claim_figures(docs, tallies, keep),
                "linking": _linking_figures(
                    {g: i for g, i in placed.items() if keep(g.doc)}, incidents, parent, chosen
                ),
            }
        result["incidents"] = [
            _incident_figures(session, incident, chosen.get(incident["id"]), placed, parent)
            for incident in incidents.values()
        ]
        result["unsupported_languages"] = languages
        result["definitions"] = DEFINITIONS
    return result


def _in_half(name: str) -> Callable[[str], bool]:
    return lambda doc_id: half(doc_id) == name


def _as_claim(row: Any) -> Claim:
    return Claim(
        kind=row.kind,
        measure=row.measure,
        who=row.who,
        low=row.low,
        high=row.high,
        qualifier=row.qualifier,
        start=row.start,
        end=row.end,
        quote=row.quote,
        speaker=row.speaker,
        negated=row.negated,
    )


def _prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _claim_figures(
    docs: list[dict[str, Any]], tallies: dict[str, Tally], keep: Callable[[str], bool]
) -> dict[str, Any]:
    per_lang: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    for doc in docs:
        if keep(doc["id"]) and not doc.get("detect_language"):
            per_lang[doc["lang"]].add(tallies[doc["id"]])
            overall.add(tallies[doc["id"]])
    out: dict[str, Any] = {}
    for lang, tally in [("all", overall), *sorted(per_lang.items())]:
        out[lang] = {
            "gold": tally.gold,
            "predicted": tally.predicted,
            "matched": tally.matched,
            **_prf(tally.matched, tally.predicted, tally.gold),
        }
    return out


def _ancestors(incident: int, parent: dict[int, int | None]) -> list[int]:
    chain, seen = [incident], {incident}
    while (up := parent.get(chain[-1])) is not None and up not in seen:
        chain.append(up)
        seen.add(up)
    return chain


def _ours_same(a: int, b: int, parent: dict[int, int | None]) -> bool:
    return a in _ancestors(b, parent) or b in _ancestors(a, parent)


def _gold_same(a: str, b: str, incidents: dict[str, dict[str, Any]]) -> bool:
    if "other" in (a, b):
        return False
    return a == b or incidents[a].get("parent") == b or incidents[b].get("parent") == a


def _chosen_incidents(placed: dict[GoldClaim, int]) -> dict[str, int]:
    """Per real incident, the harmledger incident holding most of its matched claims."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for gold, incident_id in placed.items():
        counts[gold.incident][incident_id] += 1
    return {
        name: min(found, key=lambda i: (-found[i], i))
        for name, found in counts.items()
        if name != "other"
    }


def _linking_figures(
    placed: dict[GoldClaim, int],
    incidents: dict[str, dict[str, Any]],
    parent: dict[int, int | None],
    chosen: dict[str, int],
) -> dict[str, Any]:
    true_positive = predicted_same = gold_same = 0
    for (a, ia), (b, ib) in combinations(sorted(placed.items(), key=lambda kv: _key(kv[0])), 2):
        ours = _ours_same(ia, ib, parent)
        theirs = _gold_same(a.incident, b.incident, incidents)
        predicted_same += ours
        gold_same += theirs
        true_positive += ours and theirs
    pieces: dict[str, set[int]] = defaultdict(set)
    for gold, incident_id in placed.items():
        if gold.incident != "other":
            pieces[gold.incident].add(incident_id)
    roots = {_ancestors(i, parent)[-1] for g, i in placed.items() if g.incident != "other"}
    others = [g for g, i in placed.items() if g.incident == "other"]
    foreign = 0
    for gold, incident_id in placed.items():
        for name, target in chosen.items():
            if gold.incident != "other" and _gold_same(gold.incident, name, incidents):
                continue
            if gold.incident == name:
                continue
            if _ours_same(incident_id, target, parent):
                foreign += 1
                break
    return {
        "matched_gold_claims": len(placed),
        "pairs_gold_same": gold_same,
        "pairs_ours_same": predicted_same,
        **_prf(true_positive, predicted_same, gold_same),
        "pieces_per_incident": round(sum(map(len, pieces.values())) / len(pieces), 3)
        if pieces
        else None,
        "pieces": {name: len(found) for name, found in sorted(pieces.items())},
        "others": len(others),
        "others_merged": sum(_ancestors(placed[g], parent)[-1] in roots for g in others),
        "foreign_merged": foreign,
    }


def _key(gold: GoldClaim) -> tuple[str, int]:
    return gold.doc, gold.index


def _reference_range(figures: Iterable[dict[str, Any]]) -> tuple[int | None, int | None]:
    lows = [f["low"] for f in figures if f["low"] is not None]
    highs = [f["high"] if f["high"] is not None else f["low"] for f in figures]
    highs = [h for h in highs if h is not None]
    return (min(lows) if lows else None), (max(highs) if highs else None)


def _incident_figures(
    session: Any,
    incident: dict[str, Any],
    chosen: int | None,
    placed: dict[GoldClaim, int],
    parent: dict[int, int | None],
) -> dict[str, Any]:
    from harmledger.assess.views import incident_summary
    from harmledger.store.incident_tables import Incident

    killed = [
        f
        for f in incident["reference"]
        if f["measure"] == "killed" and f.get("category") != "combatants"
    ]
    civilians = [f for f in killed if f.get("category") == "civilians"]
    belligerent = [f for f in incident["reference"] if f["source_type"] == "belligerent"]
    record: dict[str, Any] = {
        "incident": incident["id"],
        "kind": incident["kind"],
        "reference_killed": _reference_range(killed),
        "reference_civilians_killed": _reference_range(civilians),
        "claims_placed": sum(g.incident == incident["id"] for g in placed),
        "claims_in_chosen": sum(
            g.incident == incident["id"] and i == chosen for g, i in placed.items()
        ),
        "ours": None,
        "belligerent_figures": len(belligerent),
        "belligerent_shown": 0,
    }
    if chosen is None:
        return record
    row = session.get(Incident, chosen)
    summary = incident_summary(session, row)
    whole = [
        f for f in summary["figures"] if f["measure"] == "killed" and f["category"] in ALL_KILLED
    ]
    record["ours"] = {
        "id": chosen,
        "kind": summary["kind"],
        "name": summary["name"],
        "civilians_killed": (summary["civilians_killed_min"], summary["civilians_killed_max"]),
        "all_killed": (
            min((f["min"] for f in whole if f["min"] is not None), default=None),
            max((f["max"] for f in whole if f["max"] is not None), default=None),
        ),
    }
    if belligerent:
        record["belligerent_shown"] = _belligerent_shown(
            session, _ancestors(chosen, parent)[-1], belligerent
        )
    return record


def _belligerent_shown(session: Any, root: int, reference: list[dict[str, Any]]) -> int:
    from harmledger.tally.compare import compare

    rows = [r for r in compare(session, incident_id=root)["figures"]]
    shown = 0
    for figure in reference:
        values = {v for v in (figure["low"], figure["high"]) if v is not None}
        shown += any(
            r["source_type"] == "belligerent"
            and r["measure"] == figure["measure"]
            and values & {r.get("min"), r.get("max")}
            for r in rows
        )
    return shown


def summary_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per half: the headline figures, for a table."""
    rows = []
    for name in HALVES:
        claims, linking = result[name]["claims"]["all"], result[name]["linking"]
        rows.append(
            {
                "half": name,
                "claims_f1": claims["f1"],
                "pair_precision": linking["precision"],
                "pair_recall": linking["recall"],
                "pair_f1": linking["f1"],
                "pieces_per_incident": linking["pieces_per_incident"],
                "others_merged": f"{linking['others_merged']}/{linking['others']}",
                "foreign_merged": linking["foreign_merged"],
            }
        )
    return rows


def gate_figures(result: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Figures the accuracy gate pins, as ``half -> name -> value`` (pieces and others merged:
    lower is better)."""
    out: dict[str, dict[str, float]] = {}
    for name in HALVES:
        linking = result[name]["linking"]
        out[name] = {
            "pairwise_precision": linking["precision"],
            "pairwise_recall": linking["recall"],
            "pairwise_f1": linking["f1"],
            "pieces_per_incident": linking["pieces_per_incident"] or 0.0,
            "others_merged": float(linking["others_merged"]),
        }
    return out
