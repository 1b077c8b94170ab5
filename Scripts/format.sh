#!/usr/bin/env bash
# Formats every Swift file git tracks with swift-format (the toolchain's `swift format`, set up by
# .swift-format), then lints them strictly: exits non-zero when anything is left to fix.
# Usage: Scripts/format.sh [--lint-only]   (CI runs --lint-only: it checks, it changes nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
# Tests/CoreOnly links to folders that are formatted where they are.
mapfile -t files < <(git ls-files '*.swift' | grep -v '^Tests/CoreOnly/.*/RelGraph\(Tests\|TestSupport\)/')
if [ "${1:-}" != "--lint-only" ]; then
  swift format format --in-place --parallel "${files[@]}"
fi
swift format lint --strict --parallel "${files[@]}"
