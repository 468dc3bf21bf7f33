"""Dump every claim's fields for every evaluation text (with/without date) + generated texts."""

import datetime as dt
import json
import sys

sys.path.insert(0, "benchmarks")
from harmledger.evaldata import eval_dir
from harmledger.evaluation import datasets as d
from harmledger.extract import extract_claims
from harmledger.extract.engine import available_languages

root = eval_dir()  # HARMLEDGER_EVAL_DIR, else ../shared/eval beside the checkout
out = open(sys.argv[1], "w", encoding="utf-8")  # noqa: SIM115 (a script: closed at exit)
supported = set(available_languages())


def dump(tag, text, lang, published, publisher=None):
    if lang is not None and lang not in supported:
        return
    claims = extract_claims(text, lang, published, publisher=publisher)
    if not claims:
        out.write(json.dumps({"doc": tag, "claims": 0}) + "\n")
    for c in claims:
        out.write(
            json.dumps(
                {"doc": tag, **c.model_dump(mode="json")}, ensure_ascii=False, sort_keys=True
            )
            + "\n"
        )


sets = [
    ("seeds", d.load_seeds(root)),
    ("ml", d.load_multilingual(root)),
    ("more", d.load_multilingual(root, d.MULTILINGUAL_MORE)),
    ("inc", d.load_multilingual(root, d.INCIDENTS_DEV)),
]
for name, docs in sets:
    for doc in docs:
        lang = None if doc.detect_language else doc.lang
        for pub in (doc.published, None):
            dump(f"{name}/{doc.id}/{pub}", doc.text, lang, pub, doc.source)
        if name == "inc":
            dump(f"{name}/{doc.id}/nosrc", doc.text, doc.lang, doc.published)
for name, docs in (("airwars", d.load_airwars(root)), ("gvdb", d.load_gvdb(root))):
    for doc in docs:
        for pub in (doc.published, None):
            dump(f"{name}/{doc.id}/{pub}", doc.text, "en", pub)
from bench_extract import generated_corpus, long_document  # noqa: E402

for i, (lang, text, pub) in enumerate(generated_corpus(120, 7)):
    dump(f"gen/{i}", text, lang, pub)
    if i < 12:
        dump(f"gen/{i}/nodate", text, lang, None)
if "--long" in sys.argv:
    for lang in ("ar", "de", "en", "es", "fr", "sv"):
        dump(f"long/{lang}", long_document(lang, 100_000, 7), lang, dt.date(2017, 6, 1))
out.close()
