#!/usr/bin/env bash
# Analytics speed on 100 000 synthetic deals.
#  1. p50/p99/max latency of each query over in-memory facts (examples/latency.rs);
#  2. divan throughput of the same queries (benches/analytics.rs);
#  3. end to end through the CLI on a 100 000-deal SQLite store (includes loading the store).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
cargo run --release --locked -q -p dealscope-analytics --example latency -- "${N:-100000}"
cargo bench --locked -p dealscope-analytics --bench analytics
cargo build --release --locked -q
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/gen_deals.py "${N:-100000}" "$work/deals.csv"
/usr/bin/time -f "import of ${N:-100000} deals: %e s, peak RSS %M KB" \
  target/release/dealscope --db "$work/big.db" import deals "$work/deals.csv" >/dev/null
for cmd in "stats" "stats --split licensee --top 10 --by quarter" "league licensees" \
           "comps SYN-000001" "stats --risk-adjusted" "explain --year 2025"; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "dealscope $cmd: %e s, peak RSS %M KB" \
    target/release/dealscope --db "$work/big.db" $cmd >/dev/null
done
