#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/install-dependencies.sh --for-tests
swift test "$@"
