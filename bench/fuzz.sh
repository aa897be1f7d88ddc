#!/usr/bin/env bash
# Fuzz the extractor with cargo-fuzz (libFuzzer) for SECONDS (default 600).
# cargo-fuzz needs nightly features; the stable toolchain is used with RUSTC_BOOTSTRAP=1.
# Crashes are written to fuzz/artifacts/extract/; reproduce one with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run extract fuzz/artifacts/extract/crash-…
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# The project's own documents seed the run (read, not written to): real phrasing reaches
# rules that random bytes rarely do (a "·" before a Chinese name once panicked unseen).
mkdir -p corpus/extract
RUSTC_BOOTSTRAP=1 cargo fuzz run extract corpus/extract ../corpus ../examples -- \
  -max_total_time="${1:-600}" -rss_limit_mb=2048 -max_len=16384
