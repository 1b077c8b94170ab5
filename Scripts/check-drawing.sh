#!/usr/bin/env bash
# Draws the reference article and the dev articles of ../shared/corpus together (about 190
# entities, laid out with sfdp) and checks the drawing's geometry with the test that reads
# RELGRAPH_DRAWING_GRAPH: no two node boxes intersect and the legend is one block below the
# drawing. The articles are not this repository's to copy, so the test reads their graph from
# here. Skips, saying why, when the corpus is not beside the package.
#   Scripts/check-drawing.sh [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
if [ ! -d "$corpus/dev" ]; then
  echo "check-drawing.sh: skipped, no corpus at $corpus" >&2
  exit 0
fi
swift build --product relgraph >/dev/null
relgraph="$(swift build --show-bin-path)/relgraph"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$relgraph" extract "$corpus"/*.txt "$corpus"/dev/*.txt -o "$work/corpus.json"
status=0
RELGRAPH_DRAWING_GRAPH="$work/corpus.json" swift test --filter DrawingLayoutTests/givenGraphLayout >"$work/log" 2>&1 ||
  status=$?
grep -E "RELGRAPH_DRAWING_GRAPH:|✘|✔ Test run|error:" "$work/log" || cat "$work/log"
exit "$status"
