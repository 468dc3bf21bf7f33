"""Claim extraction speed and memory on one core, side by side with quantulum3 on English.

Corpora: (1) a generated corpus of our own news-length texts (about 2,500 characters) in the six
languages, built from templates with random figures, invented names and real city names, each
with a publication date; (2) the GVDB dev articles (English) with their dates, when
../shared/eval is present. The peer, quantulum3, pulls quantities out of the same English texts.
Speed is measured on first reading (the realistic case: every article is new, and so is its
publication date, the base for relative dates) and on reading the same texts again.

    .venv/bin/python benchmarks/bench_extract.py [--docs 600] [--seed 7] [--no-peer] [--no-long]

Cost per byte must not grow with length (issue 12): one document per language is built by
joining generated texts (paragraphs) up to 100 kB and up to 1 MB, and CPU microseconds per
character are compared, 1 MB over 100 kB (1.0 = linear).
"""

# ruff: noqa: E501  (the templates are prose sentences, kept whole for readability)
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import resource
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


Doc = tuple[str, str, dt.date | None]  # (language, text, publication date)


def generated_corpus(count: int, seed: int) -> list[Doc]:
    """News-length texts (~2,500 characters) of our own, round-robin over the six languages,
    each with a publication date in 2017 (the base for "on Monday", "since January")."""
    rng = random.Random(seed)
    dates = random.Random(seed + 1)
    languages = sorted(TEMPLATES)
    docs: list[Doc] = []
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
        published = dt.date(2017, 1, 1) + dt.timedelta(days=dates.randrange(365))
        docs.append((lang, " ".join(parts), published))
    return docs


def gvdb_docs(which: str | None = None) -> list[Doc]:
    """GVDB dev articles with their dates (only one half by document id when ``which`` is
    "tune" or "check"), or an empty list when the evaluation data is absent."""
    from harmledger.evaldata import eval_dir
    from harmledger.evaluation.datasets import GVDB, load_gvdb
    from harmledger.evaluation.splits import half

    root = eval_dir(must_exist=False)
    if not (root / GVDB).is_file():
        return []
    return [
        ("en", doc.text, doc.published)
        for doc in load_gvdb(root)
        if which is None or half(doc.id) == which
    ]


Run = Callable[[str, str, dt.date | None], object]


def timed_pass(run: Run, docs: list[Doc]) -> float:
    """Seconds for one pass over ``docs``."""
    started = time.perf_counter()
    for lang, text, published in docs:
        run(text, lang, published)
    return time.perf_counter() - started


def load_detector(warm_up: list[Doc]) -> None:
    """Load lingua's models the way a ledger does before extraction: ingest detects every
    document's language, so the models are in memory when a quotation in another language is
    checked (otherwise the first such quotation pays the whole model load, 2-3 s). lingua reads
    a long text by its trigrams only and a short one by one- to five-letter n-grams, so both a
    whole text and a sentence of each are detected."""
    from harmledger.language import detect_language

    for _, text, _ in warm_up:
        detect_language(text)
        detect_language(text[:100])


def measure(label: str, run: Run, docs: list[Doc], warm_up: list[Doc]) -> dict[str, object]:
    """Docs per second on first reading (after warming up on other texts: packs, gazetteer,
    dateparser and the language detector loaded, common words cached) and on reading the same
    texts again, and the traced peak memory of a pass."""
    load_detector(warm_up)
    timed_pass(run, warm_up)
    cpu = time.process_time()
    first = timed_pass(run, docs)
    cpu = time.process_time() - cpu
    again = timed_pass(run, docs)
    tracemalloc.start()
    timed_pass(run, docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chars = sum(len(t) for _, t, _ in docs) / max(1, len(docs))
    return {
        "run": label,
        "docs": len(docs),
        "mean_chars": round(chars),
        "docs_per_s": round(len(docs) / first, 1),
        "cpu_docs_per_s": round(len(docs) / cpu, 1),
        "again_docs_per_s": round(len(docs) / again, 1),
        "traced_peak_mb": round(peak / 2**20, 1),
    }


def long_document(lang: str, size: int, seed: int) -> str:
    """One document of about ``size`` characters in ``lang``: generated texts as paragraphs."""
    per_doc = 2500
    texts = generated_corpus(6 * (size // per_doc + 2), seed)
    parts: list[str] = []
    length = 0
    for doc_lang, text, _ in texts:
        if doc_lang == lang and length < size:
            parts.append(text)
            length += len(text) + 2
    return "\n\n".join(parts)


def per_char(lang: str, text: str, published: dt.date, *, pause: bool = True) -> float:
    """CPU microseconds per character of one extraction (best of two: the machine is shared),
    with the collector paused for a long document as ``harmledger extract`` reads it
    (``pause=False``: as a bare ``extract_claims`` call)."""
    from harmledger.extract import extract_claims
    from harmledger.extract.runner import collector_paused

    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        with collector_paused(len(text) if pause else 0):
            extract_claims(text, lang, published)
        best = min(best, time.process_time() - started)
    return best / len(text) * 1e6


def length_rows(seed: int) -> list[dict[str, object]]:
    """Per language: µs per character at 100 kB and at 1 MB, and their ratio."""
    published = dt.date(2017, 6, 1)
    rows = []
    for lang in sorted(TEMPLATES):
        small = long_document(lang, 100_000, seed)
        large = long_document(lang, 1_000_000, seed)
        per_char(lang, small[:5000], published)  # pack, lexicon and gazetteer loaded
        a, b = per_char(lang, small, published), per_char(lang, large, published)
        rows.append(
            {"lang": lang, "small": len(small), "large": len(large), "a": a, "b": b, "ratio": b / a}
        )
    return rows


def _read(text: str, lang: str, published: dt.date | None) -> object:
    from harmledger.extract import extract_claims

    return extract_claims(text, lang, published)


def _steady_state() -> dict[str, object]:
    return measure(
        "harmledger, GVDB dev check half after reading the tune half",
        _read,
        gvdb_docs("check"),
        gvdb_docs("tune"),
    )


def steady_state_row() -> dict[str, object]:
    """A stream of news in its steady state: half of GVDB's articles read first, then the other
    half timed. Every timed article is new, but the words and date forms of news have been seen
    before, as they have after the first few hundred documents of any real run. Measured in a
    fresh interpreter, so the rows before it warm nothing."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_steady_state)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-peer", action="store_true", help="skip quantulum3 (it takes minutes)")
    parser.add_argument("--no-long", action="store_true", help="skip the 100 kB / 1 MB documents")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from harmledger.extract import extract_claims

    def ours(text: str, lang: str, published: dt.date | None) -> object:
        return extract_claims(text, lang, published)

    generated = generated_corpus(args.docs, args.seed)
    warm_up = generated_corpus(60, args.seed + 100)
    english = [doc for doc in generated if doc[0] == "en"]
    english_warm_up = [doc for doc in warm_up if doc[0] == "en"]
    gvdb = gvdb_docs()
    rows = [measure("harmledger, generated (6 languages)", ours, generated, warm_up)]
    rows.append(measure("harmledger, generated English", ours, english, english_warm_up))
    if gvdb:
        rows.append(measure("harmledger, GVDB dev", ours, gvdb, english_warm_up))
        rows.append(steady_state_row())
    if not args.no_peer:
        try:
            from quantulum3 import parser as quantulum

            def peer(text: str, _lang: str, _published: dt.date | None) -> object:
                return quantulum.parse(text)

            rows.append(measure("quantulum3, generated English", peer, english, english_warm_up))
            if gvdb:
                rows.append(measure("quantulum3, GVDB dev", peer, gvdb, english_warm_up))
        except ImportError:
            print("quantulum3 not installed (pip install 'harmledger[dev]'); peer skipped")
    print(f"python {platform.python_version()} on {platform.machine()}, one core")
    print(
        f"peak RSS of the whole process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        "| run | docs | mean chars | docs/s, first reading | docs per CPU s, first reading "
        "| docs/s, again | traced peak MB |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['run']} | {row['docs']} | {row['mean_chars']} | {row['docs_per_s']} "
            f"| {row['cpu_docs_per_s']} "
            f"| {row['again_docs_per_s']} | {row['traced_peak_mb']} |"
        )
    if not args.no_long:
        print()
        print("| language | µs/char at ~100 kB | µs/char at ~1 MB | 1 MB / 100 kB |")
        print("|---|---|---|---|")
        for lr in length_rows(args.seed):
            print(
                f"| {lr['lang']} ({lr['small']:,} / {lr['large']:,} chars) | {lr['a']:.2f} "
                f"| {lr['b']:.2f} | {lr['ratio']:.2f} |"
            )
        print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
