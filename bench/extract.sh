#!/usr/bin/env bash
# Extraction throughput on the English corpus (repeated to ~4 MB), one thread.
# Prints divan's table: the "throughput" column is bytes/s per core.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
cargo bench -p dealscope-extract --bench extract --locked
