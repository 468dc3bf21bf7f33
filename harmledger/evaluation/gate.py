"""The accuracy gate: floors pinned in a JSON baseline, the corpus hash pinned, no silent lowering.

The baseline holds ``corpus_sha256``, ``epsilon`` (noise allowed below a floor), ``floors``
(figure name -> minimum; for the figures in :data:`LOWER_IS_BETTER`, such as distractors per
20 documents, it is a maximum) and ``history`` (every update, with the floors it lowered and why).
:func:`check` lists what fails; :func:`update` raises floors to the new scores and refuses to
lower one unless told so with a reason, which is written to the history.

Run ``python -m harmledger.evaluation.gate --baseline tests/evaluation/baseline.json --update``
after a deliberate change of the extractor or of the corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from harmledger.errors import Invalid

COUNT_FIELDS = frozenset({"docs", "gold", "predicted", "matched", "distractor_hits"})
LOWER_IS_BETTER = frozenset(
    {"distractors_per_20", "unsupported_claims", "pieces_per_incident", "others_merged"}
)
DEFAULT_EPSILON = 0.005


def _lower(name: str) -> bool:
    return name.rsplit("/", 1)[-1] in LOWER_IS_BETTER


def worse(name: str, score: float, floor: float, epsilon: float = 0.0) -> bool:
    """True when ``score`` is worse than ``floor`` by more than ``epsilon`` (direction by name)."""
    if _lower(name):
        return score > floor + epsilon
    return score < floor - epsilon


def flatten(results: dict[str, Any]) -> dict[str, float]:
    """``set/lang/figure`` -> value for every scored figure (counts left out)."""
    flat: dict[str, float] = {}
    for name, per_lang in results["sets"].items():
        for lang, figures in per_lang.items():
            if not isinstance(figures, dict):
                continue
            for key, value in figures.items():
                if key not in COUNT_FIELDS and isinstance(value, (int, float)):
                    flat[f"{name}/{lang}/{key}"] = float(value)
    return flat


def check(results: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Failures: a changed corpus, a missing figure, or a score below its floor minus epsilon."""
    failures = []
    if results["corpus_sha256"] != baseline.get("corpus_sha256"):
        failures.append(
            f"the evaluation corpus changed (sha256 {results['corpus_sha256'][:12]} != pinned "
            f"{str(baseline.get('corpus_sha256'))[:12]}); re-run the gate with --update --reason"
        )
    scores = flatten(results)
    epsilon = float(baseline.get("epsilon", DEFAULT_EPSILON))
    for name, floor in sorted(baseline.get("floors", {}).items()):
        if name not in scores:
            failures.append(f"{name}: no longer scored (floor {floor})")
        elif worse(name, scores[name], floor, epsilon):
            bound = "> ceiling {:.4f} + {}" if _lower(name) else "< floor {:.4f} - {}"
            failures.append(f"{name}: {scores[name]:.4f} " + bound.format(floor, epsilon))
    return failures


def update(
    results: dict[str, Any],
    baseline: dict[str, Any],
    *,
    allow_lower: bool = False,
    reason: str | None = None,
) -> dict[str, Any]:
    """The baseline with floors set to the new scores; lowering one (making it worse) needs a
    reason."""
    scores = flatten(results)
    floors = dict(baseline.get("floors", {}))
    lowered = {
        k: (floors[k], v) for k, v in scores.items() if k in floors and worse(k, v, floors[k])
    }
    if lowered and not (allow_lower and reason):
        names = ", ".join(f"{k} {old:.4f}->{new:.4f}" for k, (old, new) in sorted(lowered.items()))
        raise Invalid(f"refusing to lower floors without --allow-lower and --reason: {names}")
    corpus_changed = results["corpus_sha256"] != baseline.get("corpus_sha256")
    if corpus_changed and baseline.get("corpus_sha256") and not reason:
        raise Invalid("the corpus changed: give --reason for re-pinning its hash")
    new_floors = {k: round(v, 4) for k, v in scores.items()}
    history = list(baseline.get("history", []))
    history.append(
        {
            "date": dt.date.today().isoformat(),
            "corpus_sha256": results["corpus_sha256"],
            "lowered": {k: [old, round(new, 4)] for k, (old, new) in lowered.items()},
            "reason": reason or "floors raised to current scores",
        }
    )
    return {
        "corpus_sha256": results["corpus_sha256"],
        "epsilon": baseline.get("epsilon", DEFAULT_EPSILON),
        "floors": dict(sorted(new_floors.items())),
        "history": history,
    }


def gate_results(root: Path) -> dict[str, Any]:
    """Everything the gate pins: extraction on every set, linking on incidents_dev (the whole
    pipeline in a scratch ledger) as the set ``incidents_linking``, and Airwars' narratives
    through the whole pipeline (figures and grades of their incidents) as ``incidents_airwars``."""
    from harmledger.evaluation import incident_eval
    from harmledger.evaluation.datasets import AIRWARS
    from harmledger.evaluation.extraction import evaluate_extraction
    from harmledger.evaluation.incidents_dev import CORPUS, evaluate_incidents_dev, gate_figures

    results = evaluate_extraction(root)
    if (root / CORPUS).is_file():
        results["sets"]["incidents_linking"] = gate_figures(evaluate_incidents_dev(root))
    if (root / AIRWARS).is_file():
        results["sets"]["incidents_airwars"] = incident_eval.gate_figures(
            incident_eval.evaluate_incidents(root)
        )
    return results


def main(argv: list[str] | None = None) -> int:
    """Check (default) or update a baseline file against the evaluation data."""
    parser = argparse.ArgumentParser(prog="python -m harmledger.evaluation.gate")
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--allow-lower", action="store_true")
    parser.add_argument("--reason", default=None)
    args = parser.parse_args(argv)
    from harmledger.evaldata import eval_dir

    results = gate_results(eval_dir(args.data))
    baseline = json.loads(args.baseline.read_text()) if args.baseline.exists() else {}
    if args.update:
        new = update(results, baseline, allow_lower=args.allow_lower, reason=args.reason)
        args.baseline.write_text(json.dumps(new, indent=2) + "\n")
        print(f"wrote {args.baseline}")
        return 0
    failures = check(results, baseline)
    print("\n".join(failures) or "all floors met")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
