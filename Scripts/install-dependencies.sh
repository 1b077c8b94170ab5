#!/usr/bin/env bash
# Installs what relgraph needs and the machine lacks: Graphviz's C library and headers
# (libgraphviz-dev, with pkg-config), mimalloc, the allocator the command links on Linux
# (libmimalloc-dev), and, for the tests, Python's networkx and python-igraph, xmllint and Chromium.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if command -v apt-get >/dev/null; then
  if ! dpkg -s libgraphviz-dev libmimalloc-dev pkg-config >/dev/null 2>&1; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgraphviz-dev libmimalloc-dev pkg-config >/dev/null
  fi
elif ! pkg-config --exists libgvc 2>/dev/null; then
  if command -v brew >/dev/null; then
    brew install graphviz pkg-config
  else
    echo "install Graphviz's development files (libgraphviz-dev or graphviz), pkg-config and, on Linux, mimalloc" >&2
    exit 1
  fi
fi

# The tests read the exports back with networkx and python-igraph, and check the GEXF against
# its schema with xmllint (Debian's libxml2-utils).
if [ "${1:-}" = "--for-tests" ]; then
  if ! python3 -c "import networkx, igraph" 2>/dev/null; then
    python3 -m pip install --quiet networkx python-igraph
  fi
  # The index page of render --each-entity is tested in headless Chromium.
  if { ! command -v xmllint || ! command -v chromium; } >/dev/null && command -v apt-get >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils chromium >/dev/null
  fi
fi

# The benchmark times commands with GNU time and spawns the dot program as a peer.
if [ "${1:-}" = "--for-bench" ]; then
  missing=""
  [ -x /usr/bin/time ] || missing="$missing time"
  command -v dot >/dev/null || missing="$missing graphviz"
  python3 -m venv --help >/dev/null 2>&1 || missing="$missing python3-venv"
  if [ -n "$missing" ]; then
    as_root apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || true
  fi
fi
