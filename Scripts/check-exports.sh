#!/usr/bin/env bash
# Validates relgraph's GEXF against the GEXF 1.3 schema (../shared/data/gexf-1.3, not this
# repository's to copy) with xmllint: the example article exported now, and the golden files in
# Graphs/ (the example's and the hostile-names graph's, which the tests keep up to date).
# Skips, saying why, when the schema is not beside the package.
#   Scripts/check-exports.sh [SCHEMA]
set -euo pipefail
cd "$(dirname "$0")/.."
schema="${1:-../shared/data/gexf-1.3/gexf.xsd}"
if [ ! -f "$schema" ]; then
  echo "check-exports.sh: skipped, no GEXF 1.3 schema at $schema" >&2
  exit 0
fi
command -v xmllint >/dev/null || Scripts/install-dependencies.sh --for-tests
swift build --product relgraph >/dev/null
relgraph="$(swift build --show-bin-path)/relgraph"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$relgraph" export Graphs/iran-bolivia.txt --format gexf -o "$work/example.gexf"
xmllint --noout --schema "$schema" "$work/example.gexf" Graphs/*.gexf
