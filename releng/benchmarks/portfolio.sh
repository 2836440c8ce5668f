#!/usr/bin/env bash
# `pdca portfolio` over the benchmark generator's portfolio (PLANS plans of 100 actions, default
# 300): wall time and peak memory of each cold run, then one with the packet (--out).
# Usage: releng/benchmarks/portfolio.sh [PLANS] [RUNS]
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
cd "$PDCA_ROOT"
pdca_select_jdk
[ -x /usr/bin/time ] || pdca_install_packages time
plans=${1:-300}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -o -f releng/benchmarks/pom.xml package >/dev/null 2>&1 || ./mvnw -B -q -f releng/benchmarks/pom.xml package >/dev/null
"$JAVA_HOME/bin/java" -cp releng/benchmarks/target/benchmarks.jar pdca.benchmarks.SyntheticPlans portfolio "$work/plans" "$plans" 100 >/dev/null
echo "portfolio of $plans plans ($(du -sh "$work/plans" | cut -f1)), pdca portfolio --quarter 3, cold:"
for i in $(seq "$runs"); do
  /usr/bin/time -f "  %e s, peak %M KB" ./pdca portfolio "$work/plans" --quarter 3 >/dev/null 2>"$work/time" || true
  tail -1 "$work/time"
done
/usr/bin/time -f "  %e s, peak %M KB (with --out: ODS and PDF/A)" ./pdca portfolio "$work/plans" --quarter 3 --out "$work/out" >/dev/null 2>"$work/time" || true
tail -1 "$work/time"
