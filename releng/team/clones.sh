#!/usr/bin/env bash
# Team mode against a real git server (docs/team.md): JGit's git daemon on 127.0.0.1 serves the sample
# plans, CLONES clones edit at once (units' check-ins on one tracking plan, texts of other plans, pairs
# setting one deadline to two values) and sync in a seeded random order on THREADS threads, ROUNDS
# times; prints syncs, edits, conflicts planned and reported, lost edits, broken files and times. Then
# times a sync in a workspace of 300 plans with one plan changed (sent, received, merged).
#   releng/team/clones.sh [CLONES [ROUNDS [SEED [THREADS]]]]   default: 50 clones, 3 rounds, seed 7, 4 threads
# Runs LoopbackClonesTest of bundles/tests/pdca.team.tests through Maven (offline; the built target platform
# in ~/.m2 is needed, as for any narrow build); fails when an edit is lost, a conflict goes unreported,
# a plan file is broken or the clones do not end at one head.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
pdca_select_jdk
clones=${1:-50}
rounds=${2:-3}
seed=${3:-7}
threads=${4:-4}
out=$(mktemp)
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT
cd "$PDCA_ROOT"
status=0
./mvnw -B -o -q verify \
  -pl "$(pdca_headless_test_modules bundles/tests/pdca.team.tests :pdca.model :pdca.edit :pdca.samples :pdca.team)" \
  -Dtest=LoopbackClonesTest -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dpdca.test.vmargs=-Xmx1g -Dfile.encoding=UTF-8 -Dpdca.clones=$clones -Dpdca.clones.rounds=$rounds -Dpdca.clones.seed=$seed -Dpdca.clones.threads=$threads -Dpdca.clones.timing=true -Dpdca.clones.out=$out" \
  >"$log" 2>&1 || status=$?
if [ -s "$out" ]; then
  cat "$out"
else
  tail -n 40 "$log" >&2
fi
[ "$status" -eq 0 ] || { echo "clones: an edit was lost, a conflict unreported, a file broken (or the build failed); see above" >&2; exit 1; }
