#!/usr/bin/env bash
# Builds relgraph in release mode and prints the benchmark table (Markdown) with its peers.
# Inputs and the peers' virtual environment go to $BENCH_DIR (default .build-bench/).
#   BENCH_MB=100 BENCH_RUNS=5 Scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-dependencies.sh --for-bench
swift build -c release >&2
python3 Scripts/bench.py --bin "$(swift build -c release --show-bin-path)" --work "${BENCH_DIR:-.build-bench}" \
  --megabytes "${BENCH_MB:-100}" --runs "${BENCH_RUNS:-5}"
