#!/usr/bin/env bash
# Rebuilds the example outputs in Graphs/: the golden .json, .dot, .graphml, .gexf and .csv files (through the tests,
# with RECORD_GRAPHS=1) and the rendered .svg and .png files.
#   Scripts/record-graphs.sh [BEFORE]
# BEFORE, the relgraph of an earlier commit, also redraws Graphs/week-before.*: the examples were drawn with
# fbf5ea9's, built in a worktree of that commit (git worktree add /tmp/before fbf5ea9, then in it
# swift build -c release --product relgraph).
set -euo pipefail
cd "$(dirname "$0")/.."
RECORD_GRAPHS=1 swift test --filter "DOTWriterTests|ExportTests" >/dev/null 2>&1 || true
swift test --filter "DOTWriterTests|ExportTests"  # fails if recording did not settle
relgraph="$(swift build --show-bin-path)/relgraph"
"$relgraph" render Graphs/iran-bolivia.json -o Graphs/iran-bolivia.svg
"$relgraph" render Graphs/iran-bolivia.json -o Graphs/iran-bolivia.png
"$relgraph" render Graphs/iran-bolivia.json --focus "La Paz" -o Graphs/iran-bolivia-la-paz.svg
# Six short articles drawn together with sfdp, the engine of large graphs: now, and as BEFORE drew them.
for format in svg png; do
  "$relgraph" render Graphs/week --layout sfdp -o "Graphs/week.$format"
  if [ -n "${1:-}" ]; then "$1" render Graphs/week --layout sfdp -o "Graphs/week-before.$format"; fi
done
# The index page of --each-entity, as headless Chromium shows it filtered by "iran".
if command -v chromium >/dev/null; then
  pages="$(mktemp -d)"
  "$relgraph" render Graphs/iran-bolivia.json --each-entity "$pages" 2>/dev/null
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,700 \
    --screenshot=Graphs/index-page.png "file://$pages/index.html#q=iran" 2>/dev/null
  rm -rf "$pages"
fi
