#!/usr/bin/env bash
# Installs what is missing, builds relgraph, renders the bundled example article to SVG and
# prints the neighbors of one entity.  Usage: Scripts/demo.sh [ENTITY]
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-dependencies.sh
# The Swift runtime linked in statically makes extraction about a tenth faster (see README).
# Linking it, the toolchain's own Foundation library warns about its use of mktemp: not ours.
swift build -c release --static-swift-stdlib --product relgraph 2>&1 | grep -v -e '^\[' -e 'swift_static/.*mktemp' || true
relgraph="$(swift build -c release --static-swift-stdlib --show-bin-path)/relgraph"
mkdir -p out
"$relgraph" extract Graphs/iran-bolivia.txt -o out/iran-bolivia.json
"$relgraph" render out/iran-bolivia.json -o out/iran-bolivia.svg
echo "wrote out/iran-bolivia.json and out/iran-bolivia.svg"
"$relgraph" neighbors out/iran-bolivia.json "${1:-La Paz}"
