import gc
import os
import sys
import time

sys.path.insert(0, "benchmarks")
from bench_extract import generated_corpus, gvdb_docs, load_detector, timed_pass

from harmledger.extract import extract_claims


def ours(t, lang, p):
    return extract_claims(t, lang, p)


warm = [d for d in generated_corpus(60, 107) if d[0] == "en"]
docs = gvdb_docs()
load_detector(warm)
timed_pass(ours, warm)
if "--freeze" in sys.argv:
    gc.collect()
    gc.freeze()
c = time.process_time()
timed_pass(ours, docs)
c = time.process_time() - c
print(
    sys.argv[1],
    f"GVDB first reading docs per CPU s {len(docs) / c:.1f}",
    f"load {os.getloadavg()[0]:.1f}",
    flush=True,
)
