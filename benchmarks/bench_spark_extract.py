"""Benchmark: claim extraction by backend and corpus size (this process vs. Spark).

The corpus is ``bench_extract.py``'s generated news-length texts (six languages, our own
templates), written to JSON Lines. The default backend is ``extract_claims`` over the texts in
this process (what ``harmledger extract`` does before it stores); the Spark backend is
``extract --backend spark --input docs.jsonl --output claims/`` on a local session
(``local[threads]``), timed end to end including the session's start. Both must find the same
number of claims.

    .venv/bin/python benchmarks/bench_spark_extract.py --docs 1000 10000 --threads 2
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_extract import generated_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--backends", nargs="+", default=["default", "spark"])
    args = parser.parse_args()

    from harmledger.extract import extract_claims

    print("| docs | backend | seconds | docs/s | claims | load before → after |")
    print("|---|---|---|---|---|---|")
    for count in args.docs:
        docs = generated_corpus(count, args.seed)
        with tempfile.TemporaryDirectory(prefix="bench-spark-") as folder:
            source = Path(folder) / "docs.jsonl"
            with source.open("w", encoding="utf-8") as handle:
                for n, (lang, text, published) in enumerate(docs):
                    row = {"id": n, "text": text, "lang": lang, "published": published.isoformat()}
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            for backend in args.backends:
                load = os.getloadavg()[0]
                start = time.perf_counter()
                if backend == "default":
                    claims = sum(len(extract_claims(t, lang, p)) for lang, t, p in docs)
                else:
                    from harmledger.extract.spark_backend import extract_files_spark

                    result = extract_files_spark(
                        [source], Path(folder) / f"claims-{count}", threads=args.threads
                    )
                    claims = result.claims
                seconds = time.perf_counter() - start
                print(
                    f"| {count:,} | {backend} | {seconds:.1f} | {count / seconds:,.0f} | "
                    f"{claims:,} | {load:.1f} → {os.getloadavg()[0]:.1f} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
