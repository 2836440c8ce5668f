#!/usr/bin/env bash
# Updates this installation from the update site: pdca-update.sh [--check] [--site ADDRESS]
# (the same starter as the workbench's, pdca.sh, which says which Java it needs).
source="${BASH_SOURCE[0]}"
while [ -L "$source" ]; do
  dir=$(cd -P "$(dirname "$source")" && pwd)
  source=$(readlink "$source")
  case "$source" in /*) ;; *) source="$dir/$source" ;; esac
done
PDCA_MODE=update exec "$(cd -P "$(dirname "$source")" && pwd)/pdca.sh" "$@"
