#!/usr/bin/env bash
# Web load on loopback: req/s and latency percentiles of the scoreboard and deal-list
# endpoints on the demo store, with wrk (Debian package; installed when missing).
# Bounded in time: DURATION seconds per endpoint (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
cargo build --release --locked -q
work=$(mktemp -d)
target/release/dealscope --db "$work/web.db" demo >/dev/null
target/release/dealscope --db "$work/web.db" serve --addr 127.0.0.1:0 >"$work/serve.out" 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q http "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$work/serve.out")
for path in "/api/v1/stats?preset=mainland" "/api/v1/deals?limit=50" "/" ; do
  echo "== $path"
  wrk -t2 -c32 -d"${DURATION:-10}"s --latency "$base$path" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx"
done
