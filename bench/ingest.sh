#!/usr/bin/env bash
# Ingest throughput: N synthetic press releases into a fresh store, for N = 1000 and 10000
# (or the sizes given as arguments). Reports documents/s, MB/s and peak memory.
# Uses the release build; runs on whatever cores the machine has (single writer).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000}")
cargo build --release --locked -q
bin=target/release/dealscope
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
for n in ${sizes[@]}; do
  python3 bench/gen_docs.py "$n" "$work/docs-$n"
  bytes=$(du -sb "$work/docs-$n" | cut -f1)
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" --db "$work/s-$n.db" ingest "$work/docs-$n" > "$work/out-$n" 2>&1 || true
  read -r secs kb < "$work/time"
  tail -1 "$work/out-$n"
  python3 - "$n" "$bytes" "$secs" "$kb" <<'PY'
import sys
n, b, s, kb = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
print(f"N={n}: {s:.2f} s, {n/s:,.0f} documents/s, {b/s/1e6:.2f} MB/s, peak RSS {kb/1024:.0f} MB")
PY
done
