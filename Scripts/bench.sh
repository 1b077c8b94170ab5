#!/usr/bin/env bash
# Builds relgraph in release mode and prints the benchmark table (Markdown) with its peers.
# Inputs and the peers' virtual environment go to $BENCH_DIR (default .build-bench/).
#   BENCH_MB=100 BENCH_RUNS=5 Scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-dependencies.sh --for-bench
# Built as Scripts/demo.sh builds it: with the Swift runtime linked in statically (see README).
swift build -c release --static-swift-stdlib >&2
python3 Scripts/bench.py --bin "$(swift build -c release --static-swift-stdlib --show-bin-path)" --work "${BENCH_DIR:-.build-bench}" \
  --megabytes "${BENCH_MB:-100}" --runs "${BENCH_RUNS:-5}"
