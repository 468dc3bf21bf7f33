"""Score claim extraction on every labelled set and return figures with their definitions.

The development sets (``multilingual_dev``, ``multilingual_more``, the claims of
``incidents_dev``) are reported per half of :func:`harmledger.evaluation.splits.half`
(``<set>/tune``, ``<set>/check``): rules are tuned on the first and must hold on the second.
``multilingual_dev`` is also reported whole, as before, so its older floors stay comparable.
GVDB has only a dev split, so it is halved the same way (``gvdb/tune``, ``gvdb/check``) and also
reported whole; with ``detail``, its wrongly counted articles are listed under ``counts``.
Documents in a language without a pack (``incidents_dev``'s ``detect_language`` ones) score no
claims; they are reported apart, with the claims harmledger (wrongly) drew from them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harmledger.errors import ConfigError, Invalid
from harmledger.evaluation import datasets
from harmledger.evaluation.incidents import incident_count, incident_range
from harmledger.evaluation.matching import Tally, distractor_hits, score_document
from harmledger.evaluation.splits import HALVES, half
from harmledger.extract import extract_claims
from harmledger.extract.language_pack import available_languages

DEFINITIONS: dict[str, str] = {
    "precision": "matched predicted casualty claims / predicted casualty claims (kind=casualty, "
    "not negated); a match is one-to-one on (measure, low, high) within a document",
    "recall": "matched gold casualty claims / gold casualty claims",
    "f1": "harmonic mean of precision and recall",
    "range_exact": "of gold claims whose quote overlaps a predicted claim of the same measure, the "
    "share where one such prediction has exactly the gold (low, high)",
    "who_agreement": "of matched pairs, the share with the same `who` category",
    "speaker_agreement": "of matched pairs, the share where both speakers are absent, or both are "
    "present and share an actor alias (any pack; a two-letter one only as a capitalised "
    "acronym), an acronym (the same, or the initials of a name on the other side: UN = United "
    "Nations), a name transliterated another way (the same consonant skeleton: Pawlenko = "
    "Pavlenko, الشمراني = al-Shamrani) or a content word",
    "span_agreement": "of matched pairs, the share whose predicted span overlaps the gold quote",
    "distractor_hits": "gold distractor substrings with an occurrence overlapping the span of a "
    "predicted casualty claim that matches no gold claim",
    "distractors_per_20": "gold distractor substrings (numbers that are not casualty claims) with "
    "an occurrence overlapping the span of a predicted casualty claim that matches no gold claim, "
    "per 20 documents (lower is better)",
    "seeds_exact": "share of seed documents with every gold claim matched and no distractor "
    "substring inside a predicted casualty claim",
    "killed_minmax_exact": "Airwars: share of incidents whose (min, max) civilians killed, read "
    "from the narrative alone (summary block removed) by the pipeline's own incident-figure rule "
    "(assess.figures: the report's lead claim per group, an open lead widened to the higher "
    "totals it restates up to twice its figure, 'up to N' with the largest smaller whole-group "
    "count of at least N/2 as min, a count of others plus the one named, a plural with no figure "
    "as two; then headline: civilians, else the dead of unstated status, else the largest "
    "civilian part; fighters and bodies found left out; none = 'Unknown'), equals Airwars' coding",
    "injured_minmax_exact": "Airwars: the same for injured ('NA' = none claimed)",
    "killed_exact": "GVDB: share of articles where the largest killed figure claimed (0 if none) "
    "equals the number of annotated victims marked killed",
    "injured_exact": "GVDB: the same for injured (victims marked injured or hospitalized and not "
    "killed)",
    "unsupported": "documents in a language with no extraction pack (language withheld, detected "
    "by harmledger) are not scored for claims; unsupported_claims counts the casualty claims "
    "drawn from them (should be 0: lower is better)",
}
HALVED = {
    "multilingual_dev": datasets.MULTILINGUAL,
    "multilingual_more": datasets.MULTILINGUAL_MORE,
    "incidents_dev": datasets.INCIDENTS_DEV,
}
SET_NAMES: tuple[str, ...] = (
    "seeds",
    "multilingual_dev",
    *(f"{name}/{h}" for name in HALVED for h in HALVES),
    "airwars_gaza",
    *(f"airwars_gaza/{h}" for h in HALVES),
    "gvdb",
    *(f"gvdb/{h}" for h in HALVES),
)


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
        "distractor_hits": t.distractor_hits,
        "distractors_per_20": round(20 * t.distractor_hits / t.docs, 3) if t.docs else None,
    }


@dataclass
class _Scored:
    """One document's tally, or, in a language without a pack, what harmledger made of it."""

    doc: datasets.LabelledDoc
    half: str
    tally: Tally
    supported: bool = True
    detected: tuple[str, float] | None = None
    unsupported_claims: list[dict[str, Any]] = field(default_factory=list)


Reader = Callable[[str, str], str]  # (text, lang) -> the text as a reader got it (OCR)


def _score(
    docs: list[datasets.LabelledDoc], name: str, read: Reader | None = None
) -> list[_Scored]:
    supported = set(available_languages())
    scored = []
    for doc in docs:
        text = read(doc.text, doc.lang) if read and doc.lang in supported else doc.text
        predicted = extract_claims(
            text,
            None if doc.detect_language else doc.lang,
            doc.published,
            publisher=doc.source,  # what ingest passes on: the document's stored source
        )
        where = {"set": name, "half": half(doc.id), "lang": doc.lang}
        if doc.lang not in supported:
            from harmledger.language import detect_language

            claims = [
                {
                    "doc": doc.id,
                    **where,
                    "measure": c.measure,
                    "low": c.low,
                    "high": c.high,
                    "quote": c.quote,
                }
                for c in predicted
                if c.is_casualty
            ]
            scored.append(
                _Scored(doc, where["half"], Tally(), False, detect_language(doc.text), claims)
            )
            continue
        tally = score_document(text, predicted, doc.claims, doc.id)
        matched = {index for _, index in tally.pairs}
        hits = distractor_hits(text, predicted, doc.distractors, doc.id, matched)
        tally.distractors = len(set(doc.distractors))
        tally.distractor_hits = len(hits)
        tally.distractor_records = hits
        for record in (
            *tally.misses,
            *tally.false_alarms,
            *tally.distractor_records,
            *tally.speaker_records,
        ):
            record.update(where)
        scored.append(_Scored(doc, where["half"], tally))
    return scored


def _aggregate(scored: list[_Scored], *, seeds_exact: bool = False) -> dict[str, Any]:
    per_lang: dict[str, Tally] = {}
    overall = Tally()
    exact_docs = 0
    unsupported = [s for s in scored if not s.supported]
    for s in scored:
        if s.supported:
            exact_docs += s.tally.matched == s.tally.gold and not s.tally.distractor_hits
            per_lang.setdefault(s.doc.lang, Tally()).add(s.tally)
            overall.add(s.tally)
    result: dict[str, Any] = {"all": claim_metrics(overall)}
    if seeds_exact:
        result["all"]["seeds_exact"] = _ratio(exact_docs, overall.docs)
    for lang in sorted(per_lang):
        result[lang] = claim_metrics(per_lang[lang])
    if unsupported:
        result["unsupported"] = {
            "docs": len(unsupported),
            "unsupported_claims": sum(len(s.unsupported_claims) for s in unsupported),
        }
    return result


def _detail(scored: list[_Scored]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {
        "misses": [],
        "false_alarms": [],
        "distractor_hits": [],
        "speaker_disagreements": [],
        "unsupported": [],
    }
    for s in scored:
        if not s.supported:
            lang, confidence = s.detected or ("und", 0.0)
            out["unsupported"].append(
                {
                    "doc": s.doc.id,
                    "half": s.half,
                    "lang": s.doc.lang,
                    "detected": lang,
                    "confidence": confidence,
                    "claims": s.unsupported_claims,
                }
            )
            continue
        out["misses"] += s.tally.misses
        out["false_alarms"] += s.tally.false_alarms
        out["distractor_hits"] += s.tally.distractor_records
        out["speaker_disagreements"] += s.tally.speaker_records
    return out


def _counted_set(
    docs: list[datasets.CountedDoc], figures: dict[str, Callable[..., bool]]
) -> dict[str, Any]:
    """Airwars figures over all narratives (``airwars_gaza``) and per half
    (``airwars_gaza/tune``, ``airwars_gaza/check``), as ``set -> {"en": figures}``."""
    parts = ("airwars_gaza", *(f"airwars_gaza/{h}" for h in HALVES))
    hits = {part: dict.fromkeys(figures, 0) for part in parts}
    sizes = dict.fromkeys(parts, 0)
    for doc in docs:
        claims = extract_claims(doc.text, "en", doc.published)
        for part in ("airwars_gaza", f"airwars_gaza/{half(doc.id)}"):
            sizes[part] += 1
            for name, check in figures.items():
                hits[part][name] += check(doc, claims)
    return {
        part: {"en": {"docs": sizes[part], **{k: _ratio(v, sizes[part]) for k, v in h.items()}}}
        for part, h in hits.items()
    }


def _gvdb(
    docs: list[datasets.CountedDoc], wanted: list[str], out: dict[str, Any]
) -> list[dict[str, Any]]:
    """GVDB killed/injured exact, whole and per half; the wrong documents as detail records."""
    rows = []
    records: list[dict[str, Any]] = []
    for doc in docs:
        claims = extract_claims(doc.text, "en", doc.published)
        got = {m: incident_count(claims, m) for m in ("killed", "injured")}
        gold = {m: r[0] if r else 0 for m, r in (("killed", doc.killed), ("injured", doc.injured))}
        rows.append((half(doc.id), {m: got[m] == gold[m] for m in got}))
        if got != gold:
            records.append(
                {
                    "doc": doc.id,
                    "set": "gvdb",
                    "half": half(doc.id),
                    "lang": "en",
                    "gold": gold,
                    "predicted": got,
                    "claims": [
                        {
                            "measure": c.measure,
                            "who": c.who,
                            "low": c.low,
                            "high": c.high,
                            "quote": c.quote,
                        }
                        for c in claims
                        if c.is_casualty
                    ],
                }
            )
    for name, part in (("gvdb", None), *((f"gvdb/{h}", h) for h in HALVES)):
        if name not in wanted:
            continue
        chosen = [hit for h, hit in rows if part is None or h == part]
        out[name] = {
            "en": {
                "docs": len(chosen),
                **{
                    f"{m}_exact": _ratio(sum(hit[m] for hit in chosen), len(chosen))
                    for m in ("killed", "injured")
                },
            }
        }
    return [r for r in records if "gvdb" in wanted or f"gvdb/{r['half']}" in wanted]


def select_sets(names: Collection[str] | None) -> list[str]:
    """The set names to score: all by default; ``NAME`` alone also selects its halves."""
    if not names:
        return list(SET_NAMES)
    chosen = []
    for name in names:
        matches = [s for s in SET_NAMES if s == name or s.startswith(f"{name}/")]
        if not matches:
            raise Invalid(f"unknown evaluation set {name!r}; have {', '.join(SET_NAMES)}")
        chosen += [m for m in matches if m not in chosen]
    return [s for s in SET_NAMES if s in chosen]


def _own_sets(paths: Sequence[Path]) -> dict[str, tuple[Path, list[datasets.LabelledDoc]]]:
    """Labelled files by the name they are reported under (the file's stem), read and checked."""
    own: dict[str, tuple[Path, list[datasets.LabelledDoc]]] = {}
    for path in paths:
        name = path.stem
        if name in own or name in {s.split("/")[0] for s in SET_NAMES}:
            raise ConfigError(
                f"{path}: a labelled set is reported under its file name, and {name!r} is "
                "taken; rename the file"
            )
        own[name] = (path, datasets.load_labelled(path))
    return own


def evaluate_extraction(
    root: Path,
    *,
    detail: bool = False,
    sets: Collection[str] | None = None,
    via_ocr: bool = False,
    labelled: Sequence[Path] = (),
) -> dict[str, Any]:
    """Score the chosen labelled sets under ``root`` (all that exist by default; none of them
    when only ``labelled`` files are given).

    Figures per set and language; with ``detail``, ``results["detail"]`` lists every miss, false
    alarm, distractor hit, matched pair whose speakers disagree (gold and predicted speaker) and
    unsupported-language document (with set, half and language).
    ``labelled``: sets of one's own (:func:`datasets.load_labelled`), each scored whole and per
    half as ``<file stem>``, ``<file stem>/tune``, ``<file stem>/check``.
    With ``via_ocr``, each text-labelled set is also scored on its texts rendered to page images
    and read back by OCR (:mod:`harmledger.evaluation.rendered`), as ``"<set> (ocr)"``.
    """
    if via_ocr:
        from harmledger.evaluation.rendered import unavailable_reason

        reason = unavailable_reason()
        if reason:
            raise ConfigError(f"the OCR variant cannot run here: {reason}")
    wanted = [] if labelled and not sets else select_sets(sets)
    own = _own_sets(labelled)
    results: dict[str, Any] = {"corpus_sha256": datasets.corpus_hash(root), "sets": {}}
    if own:
        results["labelled_sha256"] = {
            name: hashlib.sha256(path.read_bytes()).hexdigest() for name, (path, _) in own.items()
        }
    out = results["sets"]
    records: list[_Scored] = []
    readers: list[tuple[str, Reader | None]] = [("", None)]
    if via_ocr:
        from harmledger.evaluation.rendered import read_back

        readers.append((" (ocr)", read_back))
    for suffix, read in readers:
        if "seeds" in wanted and (root / datasets.SEEDS).is_file():
            scored = _score(datasets.load_seeds(root), "seeds", read)
            out[f"seeds{suffix}"] = _aggregate(scored, seeds_exact=True)
            records += scored if read is None else []
        for name, file in HALVED.items():
            parts = [s for s in wanted if s == name or s.startswith(f"{name}/")]
            if not parts or not (root / file).is_file():
                continue
            scored = _score(datasets.load_multilingual(root, file), name, read)
            if read is None:
                records += [s for s in scored if name in parts or f"{name}/{s.half}" in parts]
            if name in parts:
                out[f"{name}{suffix}"] = _aggregate(scored)
            for h in HALVES:
                if f"{name}/{h}" in parts:
                    out[f"{name}/{h}{suffix}"] = _aggregate([s for s in scored if s.half == h])
        for name, (_, docs) in own.items():
            scored = _score(docs, name, read)
            records += scored if read is None else []
            out[f"{name}{suffix}"] = _aggregate(scored)
            for h in HALVES:
                out[f"{name}/{h}{suffix}"] = _aggregate([s for s in scored if s.half == h])
    airwars = [s for s in wanted if s.split("/")[0] == "airwars_gaza"]
    if airwars and (root / datasets.AIRWARS).is_file():
        counted = _counted_set(
            datasets.load_airwars(root),
            {
                "killed_minmax_exact": lambda d, c: incident_range(c, "killed") == d.killed,
                "injured_minmax_exact": lambda d, c: incident_range(c, "injured") == d.injured,
            },
        )
        out.update({name: counted[name] for name in airwars})
    gvdb_records: list[dict[str, Any]] = []
    if any(s.split("/")[0] == "gvdb" for s in wanted) and (root / datasets.GVDB).is_file():
        gvdb_records = _gvdb(datasets.load_gvdb(root), wanted, out)
    if detail:
        results["detail"] = _detail(records)
        results["detail"]["counts"] = gvdb_records
    return results
