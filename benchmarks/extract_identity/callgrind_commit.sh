#!/bin/bash
# usage: benchmarks/extract_identity/callgrind_commit.sh COMMIT [--freeze|--nogc]
# Instructions of 200 GVDB dev articles (callgrind_gvdb.py) on a snapshot of COMMIT of this
# repository; prints "COMMIT ARGS INSTRUCTIONS claims N". Needs valgrind; reads the evaluation
# data from HARMLEDGER_EVAL_DIR (else ../shared/eval beside the checkout).
set -euo pipefail
commit=$1; shift
repo=$(git rev-parse --show-toplevel)
python=${PYTHON:-$repo/.venv/bin/python}
eval_dir=${HARMLEDGER_EVAL_DIR:-$(cd "$repo/.." && pwd)/shared/eval}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git -C "$repo" archive "$commit" | tar -x -C "$work"
cd "$work"
HARMLEDGER_EVAL_DIR=$eval_dir PYTHONHASHSEED=0 PYTHONPATH=$work valgrind --tool=callgrind \
  --instr-atstart=no --callgrind-out-file="$work/cg.out" "$python" \
  benchmarks/extract_identity/callgrind_gvdb.py "$@" > "$work/cg.log" 2>&1
echo "$commit $* $(grep -h Collected "$work/cg.log" | awk '{print $4}') $(grep claims "$work/cg.log")"
