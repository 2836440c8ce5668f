#!/usr/bin/env bash
# The merge corpus: seeded pairs of concurrent edits of the sample plans (text, deadline, owner,
# check-in, add, delete, move, reorder, delete-vs-edit), each merged by pdca's element merge and by
# git's line merge (git merge-file) of the same files; prints silent losses, duplicated elements,
# broken files and conflicts of both (see docs/team.md).
#   releng/team/merge-corpus.sh [PAIRS [SEED]]     default: 2000 pairs, seed 15
# Runs MergeCorpusTest of bundles/tests/pdca.team.tests through Maven (offline; the built target platform
# in ~/.m2 is needed, as for any narrow build); fails when a goal is missed.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
pdca_select_jdk
pairs=${1:-2000}
seed=${2:-15}
out=$(mktemp)
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT
cd "$PDCA_ROOT"
status=0
./mvnw -B -o -q verify \
  -pl "$(pdca_headless_test_modules bundles/tests/pdca.team.tests :pdca.model :pdca.samples :pdca.fonts :pdca.edit :pdca.team)" \
  -Dtest=MergeCorpusTest -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dpdca.test.vmargs=-Xmx1g -Dfile.encoding=UTF-8 -Dpdca.corpus.pairs=$pairs -Dpdca.corpus.seed=$seed -Dpdca.corpus.out=$out" \
  >"$log" 2>&1 || status=$?
if [ -s "$out" ]; then
  cat "$out"
else
  tail -n 40 "$log" >&2
fi
[ "$status" -eq 0 ] || { echo "merge corpus: a goal was missed (or the build failed); see above" >&2; exit 1; }
