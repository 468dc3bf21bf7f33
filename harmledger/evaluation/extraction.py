"""Score claim extraction on every labelled set and return figures with their definitions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from harmledger.evaluation import datasets
from harmledger.evaluation.incidents import incident_count, incident_range
from harmledger.evaluation.matching import Tally, gold_span, score_document
from harmledger.extract import extract_claims

DEFINITIONS: dict[str, str] = {
    "precision": "matched predicted casualty claims / predicted casualty claims (kind=casualty, "
    "not negated); a match is one-to-one on (measure, low, high) within a document",
    "recall": "matched gold casualty claims / gold casualty claims",
    "f1": "harmonic mean of precision and recall",
    "range_exact": "of gold claims whose quote overlaps a predicted claim of the same measure, the "
    "share where one such prediction has exactly the gold (low, high)",
    "who_agreement": "of matched pairs, the share with the same `who` category",
    "speaker_agreement": "of matched pairs, the share where both speakers are absent, or both are "
    "present and share an actor alias (any pack) or a content word",
    "span_agreement": "of matched pairs, the share whose predicted span overlaps the gold quote",
    "seeds_exact": "share of seed documents with every gold claim matched and no distractor "
    "substring inside a predicted casualty claim",
    "killed_minmax_exact": "Airwars: share of incidents whose (min, max) civilians killed, read "
    "from the narrative's lead claim (summary block removed; combatants dropped; first whole-group "
    "claim; 'up to N' takes the largest smaller figure next to it as min; none = 'Unknown'), "
    "equals Airwars' coding",
    "injured_minmax_exact": "Airwars: the same for injured ('NA' = none claimed)",
    "killed_exact": "GVDB: share of articles where the largest killed figure claimed (0 if none) "
    "equals the number of annotated victims marked killed",
    "injured_exact": "GVDB: the same for injured (victims marked injured or hospitalized and not "
    "killed)",
}


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def claim_metrics(t: Tally) -> dict[str, Any]:
    """Figures of one tally."""
    precision = t.matched / t.predicted if t.predicted else 0.0
    recall = t.matched / t.gold if t.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "docs": t.docs,
        "gold": t.gold,
        "predicted": t.predicted,
        "matched": t.matched,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "range_exact": _ratio(t.range_exact, t.located),
        "who_agreement": _ratio(t.who_same, t.matched),
        "speaker_agreement": _ratio(t.speaker_same, t.matched),
        "span_agreement": _ratio(t.span_overlap, t.matched),
    }


def _claim_set(docs: list[datasets.LabelledDoc], detail: bool) -> dict[str, Any]:
    per_lang: dict[str, Tally] = {}
    overall = Tally()
    exact_docs = 0
    for doc in docs:
        predicted = extract_claims(doc.text, doc.lang, doc.published)
        tally = score_document(doc.text, predicted, doc.claims, doc.id)
        distractor_hit = any(
            span is not None and c.is_casualty and c.start < span[1] and span[0] < c.end
            for d in doc.distractors
            for span in [gold_span(doc.text, d)]
            for c in predicted
        )
        exact_docs += tally.matched == tally.gold and not distractor_hit
        per_lang.setdefault(doc.lang, Tally()).add(tally)
        overall.add(tally)
    result: dict[str, Any] = {"all": claim_metrics(overall)}
    result["all"]["seeds_exact"] = _ratio(exact_docs, len(docs))
    for lang in sorted(per_lang):
        result[lang] = claim_metrics(per_lang[lang])
    if detail:
        result["misses"] = overall.misses
        result["false_alarms"] = overall.false_alarms
    return result


def _counted_set(
    docs: list[datasets.CountedDoc], figures: dict[str, Callable[..., bool]]
) -> dict[str, Any]:
    hits = dict.fromkeys(figures, 0)
    for doc in docs:
        claims = extract_claims(doc.text, "en", doc.published)
        for name, check in figures.items():
            hits[name] += check(doc, claims)
    return {"en": {"docs": len(docs), **{k: _ratio(v, len(docs)) for k, v in hits.items()}}}


def evaluate_extraction(root: Path, *, detail: bool = False) -> dict[str, Any]:
    """Score every labelled set under ``root`` that exists; figures per set and language."""
    results: dict[str, Any] = {"corpus_sha256": datasets.corpus_hash(root), "sets": {}}
    sets = results["sets"]
    if (root / datasets.SEEDS).is_file():
        sets["seeds"] = _claim_set(datasets.load_seeds(root), detail)
    if (root / datasets.MULTILINGUAL).is_file():
        sets["multilingual_dev"] = _claim_set(datasets.load_multilingual(root), detail)
        sets["multilingual_dev"]["all"].pop("seeds_exact", None)
    if (root / datasets.AIRWARS).is_file():
        sets["airwars_gaza"] = _counted_set(
            datasets.load_airwars(root),
            {
                "killed_minmax_exact": lambda d, c: incident_range(c, "killed") == d.killed,
                "injured_minmax_exact": lambda d, c: incident_range(c, "injured") == d.injured,
            },
        )
    if (root / datasets.GVDB).is_file():
        sets["gvdb"] = _counted_set(
            datasets.load_gvdb(root),
            {
                "killed_exact": lambda d, c: incident_count(c, "killed") == d.killed[0],
                "injured_exact": lambda d, c: incident_count(c, "injured") == d.injured[0],
            },
        )
    return results
