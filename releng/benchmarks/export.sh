#!/usr/bin/env bash
# Year-end packet export benchmark with the built product's `pdca export` (PDF/A, ODT, ODS,
# manifest) on the largest seed plan (台南監理站, 74 actions):
#   cold   one packet in a fresh JVM (start of the runtime included)
#   warm   the same plan exported 20 times in one JVM; the per-packet seconds of the last 10
#   batch  10 and 100 copies of the plan in one run: seconds and peak memory (RSS), to show that
#          the batch streams (peak memory does not grow with the number of plans)
# Usage: releng/benchmarks/export.sh   (from anywhere; builds the product when it is stale)
# Needs GNU time (Debian package time) for the peak memory.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
pdca_select_jdk
pdca_install_packages time
pdca_ensure_product
seed=$PDCA_ROOT/bundles/core/pdca.samples/workspace/plans/106/tainan-motor-vehicle-station.pdca
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PDCA_LANG=en

measure() { # label, then the pdca arguments; prints wall seconds and peak RSS
  local label=$1
  shift
  /usr/bin/time -f '%e %M' -o "$work/time" "$PDCA_ROOT/pdca" "$@" >"$work/out" 2>"$work/err" \
    || { cat "$work/err" >&2; exit 1; }
  read -r secs kib <"$work/time"
  printf '%-34s %7.2f s   peak RSS %5d MiB\n' "$label" "$secs" $((kib / 1024))
}

echo "export benchmark: $(git -C "$PDCA_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
measure "cold: 1 packet (JVM start incl.)" export --out "$work/cold" "$seed"

args=()
for i in $(seq 1 20); do args+=("$seed"); done
measure "warm: 20 packets, one JVM" export --out "$work/warm" "${args[@]}"
warm=$(awk -F'\t' '$2 == "OK" { sub(/ s$/, "", $4); print $4 }' "$work/out" | tail -n 10 | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "warm: median seconds per packet of the last 10: $warm"

for n in 10 100; do
  mkdir -p "$work/batch$n"
  for i in $(seq -w 1 $n); do cp "$seed" "$work/batch$n/plan-$i.pdca"; done
  measure "batch: $n plans" export --out "$work/out$n" "$work/batch$n"/*.pdca
  echo "  packets written: $(find "$work/out$n" -name manifest.json | wc -l)"
done
