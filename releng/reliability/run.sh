#!/usr/bin/env bash
# The reliability campaigns (see docs/reliability.md), in full, printing their figures:
#
#   releng/reliability/run.sh [--kills N] [--export-kills N] [--fuzz N] [--export-every N] [--seed N]
#
#   --kills N         saves of a 2,000-action plan killed with SIGKILL at random moments (default 1000)
#   --export-kills N  exports over an existing packet killed likewise (default 1000)
#   --fuzz N          mutated plan files through load, validate, status, summary, save (default 10000)
#   --export-every N  ... and through the export for every N-th of them (default 20)
#   --seed N          the seed of the mutations and of the kill moments (default 20261130)
#
# Runs the campaign tests of bundles/tests/pdca.export.tests (KillCampaignTest, PlanFuzzTest and, as root,
# DiskFullTest on a small tmpfs) with these sizes in the OSGi test runtime, building only the modules
# they need (offline; MVN_OFFLINE= to let Maven download). The plan of the kill campaign is the
# benchmarks' synthetic 2,000-action plan (releng/benchmarks, built on first use). Kills 0 and fuzz 0
# leave a campaign out. The figures are printed at the end and kept in
# releng/reliability/target/report.txt. Takes about two hours with the defaults on 2 cores.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"

kills=1000 export_kills=1000 fuzz=10000 export_every=20 seed=20261130
while [ $# -gt 0 ]; do
  case "$1" in
    --kills) kills=$2; shift 2 ;;
    --export-kills) export_kills=$2; shift 2 ;;
    --fuzz) fuzz=$2; shift 2 ;;
    --export-every) export_every=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pdca_die "unknown option $1 (--help lists them)" ;;
  esac
done
for n in "$kills" "$export_kills" "$fuzz" "$export_every" "$seed"; do
  [[ "$n" =~ ^[0-9]+$ ]] || pdca_die "not a number: $n"
done
[ "$export_every" -ge 1 ] || pdca_die "--export-every must be at least 1"

pdca_select_jdk
pdca_install_packages fonts-noto-cjk python3-fonttools # pdca.fonts is made from them at build time
cd "$PDCA_ROOT"
work="$PDCA_ROOT/releng/reliability/target"
mkdir -p "$work"
report="$work/report.txt"
: > "$report"

# The large plan of the kill campaign: the benchmarks' synthetic 2,000-action plan
plan_option=""
if [ "$kills" -gt 0 ]; then
  jar=releng/benchmarks/target/benchmarks.jar
  if [ ! -f "$jar" ]; then
    echo "== Building releng/benchmarks for its plan generator" >&2
    MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ./mvnw -B -q -f releng/benchmarks/pom.xml package >&2 || true
  fi
  if [ -f "$jar" ]; then
    "$JAVA_HOME/bin/java" -cp "$jar" pdca.benchmarks.SyntheticPlans plan "$work/large.pdca" >&2
    plan_option="-Dpdca.reliability.plan=$work/large.pdca"
  else
    echo "warning: releng/benchmarks could not be built; the kill campaign makes its own 2,000-action plan" >&2
  fi
fi

# A real full disk: a small tmpfs, when we may mount one
tmpfs_option="" tmpfs=""
cleanup() {
  if [ -n "$tmpfs" ]; then
    umount "$tmpfs" 2>/dev/null || true
    rmdir "$tmpfs" 2>/dev/null || true
  fi
}
trap cleanup EXIT
if [ "$(id -u)" -eq 0 ]; then
  tmpfs=$(mktemp -d)
  if mount -t tmpfs -o size=8m tmpfs "$tmpfs" 2>/dev/null; then
    tmpfs_option="-Dpdca.reliability.tmpfs=$tmpfs"
  else
    rmdir "$tmpfs"; tmpfs=""
    echo "warning: cannot mount a tmpfs here; the disk-full check runs only in PlanSaveTest's faulty file system" >&2
  fi
else
  echo "warning: not root, no tmpfs; the disk-full check runs only in PlanSaveTest's faulty file system" >&2
fi

tests=DiskFullTest
if [ "$kills" -gt 0 ] || [ "$export_kills" -gt 0 ]; then
  tests="$tests,KillCampaignTest"
fi
if [ "$fuzz" -gt 0 ]; then
  tests="$tests,PlanFuzzTest"
fi
vmargs="-Xmx1g -Dfile.encoding=UTF-8 -Dpdca.reliability.report=$report -Dpdca.reliability.seed=$seed"
vmargs="$vmargs -Dpdca.reliability.kills=$kills -Dpdca.reliability.exportKills=$export_kills -Dpdca.reliability.realWait=true"
vmargs="$vmargs -Dpdca.reliability.fuzz=$fuzz -Dpdca.reliability.exportEvery=$export_every $plan_option $tmpfs_option"
echo "== Campaigns: $kills save kills, $export_kills export kills, $fuzz fuzz cases (export every $export_every), seed $seed" >&2
echo "   machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), JDK $JAVA_HOME; commit $(git rev-parse --short HEAD 2>/dev/null || echo ?)" >&2
started=$(date +%s)
status=0
./mvnw -B ${MVN_OFFLINE--o} verify \
  -pl "$(pdca_headless_test_modules bundles/tests/pdca.export.tests :pdca.model :pdca.samples :pdca.fonts :pdca.export)" \
  -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false "-Dpdca.test.vmargs=$vmargs" \
  > "$work/maven.log" 2>&1 || status=$?
echo
cat "$report"
echo "== $(( ($(date +%s) - started) / 60 )) minutes; Maven's output in $work/maven.log"
if [ "$status" -ne 0 ]; then
  grep -E "<<< (FAILURE|ERROR)|AssertionFailedError|^\[ERROR\] [A-Z]" "$work/maven.log" | head -20 >&2
  echo "FAILED (status $status)" >&2
fi
exit "$status"
