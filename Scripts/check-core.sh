#!/usr/bin/env bash
# Shows that the core library needs no Graphviz: builds the package in Tests/CoreOnly, which
# depends on the RelGraph product alone, and runs its tests and the core's own suite
# (Tests/RelGraphTests, linked there) with Graphviz's headers and pkg-config file hidden in a
# private mount namespace (as root). Usage: Scripts/check-core.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null; then
  echo "check-core.sh: needs root and unshare to hide Graphviz; building with it visible" >&2
  swift test --package-path Tests/CoreOnly --scratch-path .build-core
  exit 0
fi
unshare --mount --propagation private bash -euo pipefail -c '
  empty="$(mktemp -d)"
  for dir in /usr/include/graphviz $(pkg-config --variable pcfiledir libgvc 2>/dev/null || true); do
    [ -d "$dir" ] && mount --bind "$empty" "$dir"
  done
  if pkg-config --exists libgvc 2>/dev/null || [ -e /usr/include/graphviz/gvc.h ]; then
    echo "check-core.sh: Graphviz is still visible" >&2; exit 1
  fi
  echo "Graphviz hidden: no gvc.h, pkg-config finds no libgvc"
  cd "'"$root"'"
  swift test --package-path Tests/CoreOnly --scratch-path .build-core
'
