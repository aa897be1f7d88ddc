#!/usr/bin/env bash
# Instructions executed for one pass of money mentions with roles over 4 MB of the English
# and Chinese corpora (callgrind's Ir count). Unlike wall-clock figures on a shared VM, the
# count repeats exactly, so it compares two versions of the code. Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --example prof_mentions -p dealscope-extract
for lang in en zh; do
  out=$(mktemp)
  REPS=1 valgrind --tool=callgrind --callgrind-out-file="$out" \
    target/release/examples/prof_mentions "$lang" 2>&1 |
    awk -v l="$lang" '/Collected/ { printf "%s: %.3f G instructions (about %.0f per byte)\n", l, $4 / 1e9, $4 / 4194304 }'
  rm -f "$out"
done
