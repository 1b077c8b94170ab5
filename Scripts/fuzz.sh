#!/usr/bin/env bash
# Fuzzes relgraph with libFuzzer and AddressSanitizer: the text intake and extractor
# (`extract`), the node-link JSON reader (`nodelink`), and the DOT writer read back by cgraph
# (`dot`); see Tests/Fuzz/FuzzTarget.swift. Seeds come from Graphs/ and Tests/Fixtures; findings
# and the corpus grown go to .build-fuzz/. Prints each target's executions and crashes.
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 600 s; all three targets)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("${@:-extract nodelink dot}")
targets=(${targets[@]})
Scripts/install-dependencies.sh
out=.build-fuzz
mkdir -p "$out/relgraph_RelGraph.resources"
ln -sfn "$PWD/Sources/RelGraph/Data" "$out/relgraph_RelGraph.resources/Data"

# SwiftPM cannot link an executable whose entry point is libFuzzer's, so the library's sources,
# the Graphviz wrapper and the fuzz entry are compiled as one module by swiftc.
binary="$out/relgraph-fuzz"
sources=$(find Sources/RelGraph Sources/Graphviz Tests/Fuzz -name '*.swift' | sort)
if [ ! -x "$binary" ] || [ -n "$(find $sources Sources/CGraphviz -newer "$binary" | head -1)" ]; then
  echo "fuzz.sh: building $binary" >&2
  # shellcheck disable=SC2086
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name RelGraph -swift-version 6 \
    -Xcc -I/usr/include/graphviz -I Sources/CGraphviz $sources -o "$binary" 2>"$out/build.log" \
    || { cat "$out/build.log" >&2; exit 1; }
fi

seeds="$out/seeds"
rm -rf "$seeds" && mkdir -p "$seeds/extract" "$seeds/nodelink" "$seeds/dot"
find Tests/Fixtures Tests/RelGraphTestSupport -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) \
  -exec cp -t "$seeds/extract" {} + 2>/dev/null || true
find Graphs Tests -type f -name '*.json' -size -200k -exec cp -t "$seeds/nodelink" {} + 2>/dev/null || true
find Tests/Fixtures Tests/RelGraphTestSupport -type f -name '*.txt' -exec cp -t "$seeds/dot" {} + 2>/dev/null || true

status=0
for target in "${targets[@]}"; do
  corpus="$out/corpus-$target" findings="$out/findings-$target"
  mkdir -p "$corpus" "$findings"
  log="$out/$target.log"
  echo "fuzz.sh: $target for $seconds s" >&2
  # Extraction costs about a millisecond per kilobyte under AddressSanitizer: its inputs are
  # kept to 1 KB, so that ten minutes run a million of them.
  max_len=4096
  [ "$target" = extract ] && max_len=1024
  RELGRAPH_FUZZ_TARGET="$target" "$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$seeds/$target" >"$log" 2>&1 || true
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  crashes=$(find "$findings" -type f | wc -l)
  echo "$target: ${runs:-0} executions, $crashes findings (log $log, findings $findings)"
  [ "$crashes" -eq 0 ] || status=1
done
exit "$status"
