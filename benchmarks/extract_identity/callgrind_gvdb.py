"""Instructions for 200 GVDB dev articles after warm-up (run under callgrind --instr-atstart=no)."""

import gc
import os
import subprocess
import sys

sys.path.insert(0, "benchmarks")
from bench_extract import generated_corpus, gvdb_docs, load_detector

from harmledger.extract import extract_claims

gen = [d for d in generated_corpus(60, 7) if d[0] == "en"][:10]
docs = gvdb_docs()[:200]
load_detector(gen)
for lang, text, pub in gen:
    extract_claims(text, lang, pub)
if "--freeze" in sys.argv:
    gc.freeze()
if "--nogc" in sys.argv:
    gc.disable()
pid = str(os.getpid())
subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
n = 0
for lang, text, pub in docs:
    n += len(extract_claims(text, lang, pub))
subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)
print("claims", n)
