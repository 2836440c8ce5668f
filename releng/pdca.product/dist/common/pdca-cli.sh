#!/usr/bin/env bash
# The headless pdca command of this installation: pdca-cli.sh --help
# (the same starter as the workbench's, pdca.sh, which says which Java it needs).
source="${BASH_SOURCE[0]}"
while [ -L "$source" ]; do
  dir=$(cd -P "$(dirname "$source")" && pwd)
  source=$(readlink "$source")
  case "$source" in /*) ;; *) source="$dir/$source" ;; esac
done
PDCA_MODE=cli exec "$(cd -P "$(dirname "$source")" && pwd)/pdca.sh" "$@"
