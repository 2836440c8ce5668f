#!/usr/bin/env bash
# The importer measured on the five seed plans: each seed's text, and the same text converted by
# LibreOffice (headless) to ODT, DOCX and PDF, imported with `pdca import --compare` against the
# hand-encoded sample plan. Prints one Markdown table row per seed and format: per kind of element
# "exact/expected", the overall share, and the seconds the import took (a cold command line).
# Then the speed of the longest seed in each format (PDCA_IMPORT_NO_SPEED=1 leaves it out).
# Usage: releng/import/measure.sh [FORMAT...]   (default: txt odt docx pdf)
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
cd "$PDCA_ROOT"
pdca_install_check_packages
formats=("$@")
[ ${#formats[@]} -gt 0 ] || formats=(txt odt docx pdf)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/txt" "$work/plans"
cp bundles/tests/pdca.importer.tests/documents/seeds/*.txt "$work/txt/"
filter='Text (encoded):UTF8,LF,,,'
for f in "${formats[@]}"; do
  case $f in
    txt) ;;
    odt) soffice --headless --infilter="$filter" --convert-to odt --outdir "$work/odt" "$work"/txt/*.txt >/dev/null 2>&1 ;;
    docx) soffice --headless --infilter="$filter" --convert-to 'docx:MS Word 2007 XML' --outdir "$work/docx" "$work"/txt/*.txt >/dev/null 2>&1 ;;
    pdf) soffice --headless --infilter="$filter" --convert-to pdf --outdir "$work/pdf" "$work"/txt/*.txt >/dev/null 2>&1 ;;
    *) pdca_die "unknown format $f (txt, odt, docx, pdf)" ;;
  esac
done
declare -A sample=([000]=100/chiayi-county-election-commission [001]=105/keelung-city-election-commission
  [002]=099/taitung-beinan-household-registration [003]=106/tainan-motor-vehicle-station
  [004]=107/changhua-county-planning-department)
echo "| seed | format | strategies | methods | actions | deadlines | owners | benefits | citations | overall | s |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for f in "${formats[@]}"; do
  for n in 000 001 002 003 004; do
    doc="$work/$f/$n.$f"
    [ -f "$doc" ] || pdca_die "LibreOffice did not convert $n.txt to $f"
    start=$(date +%s.%N)
    status=0
    PDCA_LANG=en ./pdca import "$doc" -o "$work/plans/$n-$f.pdca" --force \
      --compare "bundles/core/pdca.samples/workspace/plans/${sample[$n]}.pdca" >"$work/out" 2>&1 || status=$?
    end=$(date +%s.%N)
    [ "$status" -le 1 ] || { cat "$work/out" >&2; pdca_die "pdca import $n.$f exited $status"; }
    row="| $n | $f"
    for c in strategies methods actions deadlines owners benefits citations; do
      row+=" | $(sed -nE "s/^ +$c: ([0-9]+) of ([0-9]+) exact.*/\1\/\2/p" "$work/out")"
    done
    row+=" | $(sed -nE 's/^ +overall: ([0-9.]+) % exact/\1 %/p' "$work/out")"
    row+=" | $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') |"
    echo "$row"
  done
done
# Speed: each format of the longest seed (003, 80 pages as PDF) imported 20 times in one JVM
# (releng/benchmarks' ImportSpeed): the first import (cold) and the median of the others (warm)
if [ -z "${PDCA_IMPORT_NO_SPEED:-}" ]; then
  pdca_select_jdk
  ./mvnw -B -q -o -f releng/benchmarks/pom.xml package >/dev/null 2>&1 || ./mvnw -B -q -f releng/benchmarks/pom.xml package >/dev/null
  echo
  echo "| document | pages | items | cold ms | warm median ms | warm best ms |"
  echo "|---|---|---|---|---|---|"
  for f in "${formats[@]}"; do
    "$JAVA_HOME/bin/java" -Duser.language=zh -Duser.country=TW -cp releng/benchmarks/target/benchmarks.jar \
      pdca.benchmarks.ImportSpeed "$work/$f/003.$f" 20 2>/dev/null |
      sed -nE 's/^RESULT file=(\S+) pages=(\S+) items=(\S+) cold_ms=(\S+) warm_median_ms=(\S+) warm_best_ms=(\S+)$/| \1 | \2 | \3 | \4 | \5 | \6 |/p'
  done
fi
