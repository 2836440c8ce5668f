#!/usr/bin/env bash
# Draws the product's bundles, grouped as bundles/ holds them (core, ui, templates), and their
# Require-Bundle dependencies as docs/images/bundles.svg, read from the manifests. Test fragments
# (bundles/tests) and the language fragments (bundles/nl) are left out. Needs Graphviz (Debian: graphviz).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
command -v dot >/dev/null || { echo "error: Graphviz is missing: apt-get install graphviz" >&2; exit 2; }
{
  echo 'digraph bundles {'
  echo '  rankdir=BT; compound=true; node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];'
  for group in core ui templates; do
    case "$group" in
      core) colour='"#cfe8d8"'; title='bundles/core: model, rules, edit, headless services' ;;
      ui) colour='"#d6e4f5"'; title='bundles/ui: the workbench' ;;
      templates) colour='"#f5e6c8"'; title='bundles/templates: agency templates' ;;
    esac
    echo "  subgraph cluster_$group { label=\"$title\"; fontname=\"Helvetica\"; fontsize=12; style=dashed;"
    for mf in "$root"/bundles/$group/*/META-INF/MANIFEST.MF; do
      b=$(basename "$(dirname "$(dirname "$mf")")")
      echo "    \"$b\" [fillcolor=$colour];"
    done
    echo '  }'
  done
  for mf in "$root"/bundles/{core,ui,templates}/*/META-INF/MANIFEST.MF; do
    b=$(basename "$(dirname "$(dirname "$mf")")")
    # the Require-Bundle header with its continuation lines, our bundles only
    awk '/^Require-Bundle:/{on=1; sub(/^Require-Bundle:/,""); print; next} on && /^ /{print; next} {on=0}' "$mf" \
      | tr -d '\n' | tr ',' '\n' | sed 's/;.*//; s/^ *//; s/ *$//' | { grep '^pdca\.' || true; } \
      | while read -r dep; do echo "  \"$b\" -> \"$dep\";"; done
  done
  echo '}'
} | dot -Tsvg -o "$root/docs/images/bundles.svg"
echo "wrote docs/images/bundles.svg"
