"""Claim extraction speed and memory on one core, side by side with quantulum3 on English.

Corpora: (1) a generated corpus of our own news-length texts (about 2,500 characters) in the six
languages, built from templates with random figures, invented names and real city names;
(2) the GVDB dev articles (English), when ../shared/eval is present. The peer, quantulum3,
pulls quantities out of the same English texts.

    .venv/bin/python benchmarks/bench_extract.py [--docs 600] [--seed 7]
"""

# ruff: noqa: E501  (the templates are prose sentences, kept whole for readability)
from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable

TEMPLATES: dict[str, list[str]] = {
    "en": [
        "At least {n} civilians were killed and {m} injured when an airstrike hit a market in {place} on {day}, "
        "according to local officials.",
        "The death toll rose to {n} overnight as more bodies were pulled from the rubble, a spokesman said.",
        "Rescue teams recovered more than {big} bodies since January, and dozens of families remain missing.",
        "Witnesses said {word} children were among the dead; {m} people were taken to hospital.",
        "The coalition said it carried out {big} strikes this year and that {n} civilians may have died.",
        "The 35-year-old driver, {name}, was arrested at 9:30 pm, 12 km from the border.",
    ],
    "sv": [
        "Minst {n} civila dödades och {m} skadades i ett flyganfall mot en marknad i {place} i {dayname}, "
        "uppger lokala myndigheter.",
        "Enligt Amnesty har hundratals civila dödats sedan januari, och {big} människor har flytt.",
        "Räddningsarbetare har hittat över {big} kroppar i massgravar, säger {name}.",
    ],
    "fr": [
        "Au moins {n} civils ont été tués et {m} blessés dans une frappe aérienne sur un marché de {place}, "
        "selon l'OSDH.",
        "Des dizaines de personnes sont portées disparues et plus de {big} corps ont été retrouvés, a déclaré {name}.",
        "Selon la même source, {word_fr} enfants figurent parmi les victimes.",
    ],
    "es": [
        "Al menos {n} civiles murieron y {m} resultaron heridos en un ataque aéreo contra un mercado de {place}, "
        "según el Observatorio.",
        "Más de {big} personas han huido de la ciudad y decenas siguen desaparecidas, dijo {name}.",
    ],
    "de": [
        "Bei einem Luftangriff auf einen Markt in {place} sind mindestens {n} Zivilisten getötet und {m} "
        "verletzt worden, teilte die Beobachtungsstelle mit.",
        "Nach Angaben von {name} wurden bisher mehr als {big} Leichen geborgen; Dutzende Menschen werden vermisst.",
    ],
    "ar": [
        "قتل {n} مدنيا على الأقل وجرح {m} آخرون في غارة جوية على سوق في {place_ar}، حسب المرصد السوري لحقوق الإنسان.",
        "وتم انتشال أكثر من {big} جثة من تحت الأنقاض منذ بداية العام، بحسب الدفاع المدني.",
    ],
}
PLACES = ["Raqqa", "Mosul", "Aleppo", "Kharkiv", "Sanaa", "Rafah", "Idlib", "Kunduz"]
PLACES_AR = ["الرقة", "الموصل", "حلب", "إدلب", "رفح"]
NAMES = ["Sam Example", "Alex Sample", "Kim Placeholder", "Noor Invented"]
WORDS = ["two", "three", "seven", "twenty-three", "forty-one"]
WORDS_FR = ["deux", "trois", "vingt-trois", "quarante et un"]
DAYS = ["Monday", "Tuesday", "Friday"]
DAYNAMES = ["måndags", "tisdags", "fredags"]
FILLER = {
    "en": "The area has seen heavy fighting for weeks and humanitarian groups warn of shortages.",
    "sv": "Området har präglats av hårda strider i flera veckor och hjälporganisationer varnar för brist.",
    "fr": "La zone est le théâtre de violents combats depuis des semaines, préviennent les ONG.",
    "es": "La zona ha sufrido intensos combates durante semanas, advierten las organizaciones humanitarias.",
    "de": "Die Gegend ist seit Wochen schwer umkämpft, Hilfsorganisationen warnen vor Engpässen.",
    "ar": "وتشهد المنطقة معارك عنيفة منذ أسابيع وتحذر منظمات إنسانية من نقص حاد.",
}


def generated_corpus(count: int, seed: int) -> list[tuple[str, str]]:
    """News-length texts (~2,500 characters) of our own, round-robin over the six languages."""
    rng = random.Random(seed)
    languages = sorted(TEMPLATES)
    docs = []
    for index in range(count):
        lang = languages[index % len(languages)]
        parts: list[str] = []
        while sum(len(p) for p in parts) < 2500:
            template = rng.choice(TEMPLATES[lang])
            parts.append(
                template.format(
                    n=rng.randint(2, 90),
                    m=rng.randint(2, 200),
                    big=f"{rng.randint(1000, 9000):,}",
                    place=rng.choice(PLACES),
                    place_ar=rng.choice(PLACES_AR),
                    name=rng.choice(NAMES),
                    word=rng.choice(WORDS),
                    word_fr=rng.choice(WORDS_FR),
                    day=rng.choice(DAYS),
                    dayname=rng.choice(DAYNAMES),
                )
            )
            parts.append(FILLER[lang])
        docs.append((lang, " ".join(parts)))
    return docs


def gvdb_texts() -> list[str]:
    """GVDB dev article texts, or an empty list when the evaluation data is absent."""
    from harmledger.evaldata import eval_dir

    root = eval_dir(must_exist=False)
    path = root / "gvdb" / "dev.tsv"
    if not path.is_file():
        return []
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["Full text"] for row in csv.DictReader(handle, delimiter="\t")]


def measure(
    label: str, run: Callable[[str, str], object], docs: list[tuple[str, str]]
) -> dict[str, object]:
    """Docs per second and traced peak memory for one pass after a warm-up pass."""
    for lang, text in docs[: min(20, len(docs))]:
        run(text, lang)
    tracemalloc.start()
    started = time.perf_counter()
    for lang, text in docs:
        run(text, lang)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    started = time.perf_counter()
    for lang, text in docs:
        run(text, lang)
    untraced = time.perf_counter() - started
    chars = sum(len(t) for _, t in docs) / max(1, len(docs))
    return {
        "run": label,
        "docs": len(docs),
        "mean_chars": round(chars),
        "docs_per_s": round(len(docs) / untraced, 1),
        "traced_peak_mb": round(peak / 2**20, 1),
        "traced_pass_s": round(elapsed, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from harmledger.extract import extract_claims

    def ours(text: str, lang: str) -> object:
        return extract_claims(text, lang)

    generated = generated_corpus(args.docs, args.seed)
    english = [(lang, text) for lang, text in generated if lang == "en"]
    gvdb = [("en", t) for t in gvdb_texts()]
    rows = [measure("harmledger, generated (6 languages)", ours, generated)]
    rows.append(measure("harmledger, generated English", ours, english))
    if gvdb:
        rows.append(measure("harmledger, GVDB dev", ours, gvdb))
    try:
        from quantulum3 import parser as quantulum

        def peer(text: str, _lang: str) -> object:
            return quantulum.parse(text)

        rows.append(measure("quantulum3, generated English", peer, english))
        if gvdb:
            rows.append(measure("quantulum3, GVDB dev", peer, gvdb))
    except ImportError:
        print("quantulum3 not installed (pip install 'harmledger[dev]'); peer skipped")
    print(f"python {platform.python_version()} on {platform.machine()}, one core")
    print(
        f"peak RSS of the whole process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    print("| run | docs | mean chars | docs/s | traced peak MB |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['run']} | {row['docs']} | {row['mean_chars']} | {row['docs_per_s']} | {row['traced_peak_mb']} |"
        )


if __name__ == "__main__":
    main()
