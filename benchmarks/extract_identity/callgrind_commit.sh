#!/bin/bash
# usage: cgc.sh COMMIT [extra args]: callgrind of a snapshot of COMMIT; appends result to /tmp/speed9/results.txt
c=$1; shift
tag=$c$1
d=/tmp/speed9/snap_$tag
rm -rf $d; mkdir -p $d; (cd /work/wt/speed9 && git archive $c) | tar -x -C $d
cd $d
HARMLEDGER_EVAL_DIR=/work/shared/eval PYTHONHASHSEED=0 PYTHONPATH=$PWD valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/speed9/cg.$tag.out /work/main/.venv/bin/python /tmp/speed9/cg.py "$@" > /tmp/speed9/cg.$tag.log 2>&1
echo "$c $* $(grep -h Collected /tmp/speed9/cg.$tag.log | awk '{print $4}') $(grep claims /tmp/speed9/cg.$tag.log)" >> /tmp/speed9/results.txt
