import datetime as dt
import json
import sys

sys.path.insert(0, "benchmarks")
from bench_extract import long_document

from harmledger.extract import extract_claims

out = open(sys.argv[1], "w", encoding="utf-8")  # noqa: SIM115 (a script: closed at exit)
for lang in ("ar", "de", "en", "es", "fr", "sv"):
    for c in extract_claims(long_document(lang, 1_000_000, 7), lang, dt.date(2017, 6, 1)):
        out.write(
            json.dumps(
                {"doc": lang, **c.model_dump(mode="json")}, ensure_ascii=False, sort_keys=True
            )
            + "\n"
        )
