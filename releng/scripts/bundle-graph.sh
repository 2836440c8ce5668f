#!/usr/bin/env bash
# Draws the bundles and their Require-Bundle dependencies (test fragments left out) as
# docs/images/bundles.svg, read from the manifests. Needs Graphviz (Debian: graphviz).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v dot >/dev/null || { echo "error: Graphviz is missing: apt-get install graphviz" >&2; exit 2; }
{
  echo 'digraph bundles {'
  echo '  rankdir=BT; node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];'
  for mf in "$root"/bundles/*/META-INF/MANIFEST.MF; do
    b=$(basename "$(dirname "$(dirname "$mf")")")
    case "$b" in *.tests) continue ;; esac
    case "$b" in
      pdca.model|pdca.edit) colour='"#cfe8d8"' ;;
      pdca.ui|pdca.tracker.ui|pdca.export.ui) colour='"#d6e4f5"' ;;
      pdca.templates*) colour='"#f5e6c8"' ;;
      *) colour='"#eeeeee"' ;;
    esac
    echo "  \"$b\" [fillcolor=$colour];"
    # the Require-Bundle header with its continuation lines, our bundles only
    awk '/^Require-Bundle:/{on=1; sub(/^Require-Bundle:/,""); print; next} on && /^ /{print; next} {on=0}' "$mf" \
      | tr -d '\n' | tr ',' '\n' | sed 's/;.*//; s/^ *//; s/ *$//' | { grep '^pdca\.' || true; } \
      | while read -r dep; do echo "  \"$b\" -> \"$dep\";"; done
  done
  echo '}'
} | dot -Tsvg -o "$root/docs/images/bundles.svg"
echo "wrote docs/images/bundles.svg"
