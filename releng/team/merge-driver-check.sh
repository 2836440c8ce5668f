#!/usr/bin/env bash
# git merging a plan file through the built product's `pdca merge-driver` (docs/team.md): two
# branches change the same line of a sample plan (a method's text and its deadline), which git's
# line merge cannot merge; with the driver the merge is clean and has both. Then two branches
# setting one deadline differently: git stops, the plan is my version whole, the report beside it;
# `pdca sync --take theirs` finishes that merge (no remote: recorded here) with their deadline.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
pdca="$PDCA_ROOT/pdca"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# git without the machine's or the user's settings (HOME stays: ./pdca finds its build there)
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$work/gitconfig"
mkdir -p "$work/repo/plans"
cd "$work/repo"
fail() { echo "merge-driver check: $*" >&2; exit 1; }
git init -q -b main
git config user.name "計畫室"
git config user.email plans@example.org
cp "$PDCA_ROOT/bundles/core/pdca.samples/workspace/plans/107/changhua-county-planning-department.pdca" plans/plan.pdca
"$pdca" merge-driver --install . --command "$pdca" >/dev/null
grep -qx '\*.pdca merge=pdca' .gitattributes || fail ".gitattributes has no driver line"
git add -A && git commit -qm 核定版
method='/id="d6f77c2c-6b94-4334-afca-a1ef008088f6"/'
git checkout -qb unit-a
sed -i "${method}s/schedule=\"107年12月\"/schedule=\"107年6月\"/" plans/plan.pdca
git commit -qam 管考科
git checkout -q main
sed -i "${method}s/訂定各項人民申請案件/訂定各類人民申請案件/" plans/plan.pdca
git commit -qam 研發科
git merge -q --no-edit unit-a >/dev/null 2>&1 || fail "git merge through the driver did not merge"
# the method's element (a saved plan may wrap its attributes over several lines)
element=$(tr '\n' ' ' < plans/plan.pdca | grep -o '<methods id="d6f77c2c[^>]*>')
grep -q '訂定各類人民申請案件' <<<"$element" || fail "the text of main is missing"
grep -q 'schedule="107年6月"' <<<"$element" || fail "the deadline of unit-a is missing"
"$pdca" validate --errors-only plans/plan.pdca >/dev/null 2>&1 || fail "the merged plan is not valid"
git checkout -qb unit-b HEAD~1
sed -i "${method}s/schedule=\"107年12月\"/schedule=\"107年8月\"/" plans/plan.pdca
git commit -qam 資訊科
git checkout -q main
if git merge -q --no-edit unit-b >/dev/null 2>&1; then fail "6月 against 8月 merged without a conflict"; fi
git diff --quiet HEAD -- plans/plan.pdca || fail "the plan is not my version whole"
! grep -q '^<<<<<<<' plans/plan.pdca || fail "conflict markers in the plan"
grep -q '6月' plans/plan.pdca.conflicts.txt || fail "no conflict report"
reports=$(grep -c . plans/plan.pdca.conflicts.txt)
"$pdca" sync . --take theirs >/dev/null 2>&1 || fail "pdca sync --take theirs did not finish the merge git stopped"
[ "$(git rev-list --parents -n 1 HEAD | wc -w)" -eq 3 ] || fail "the merge was not recorded as a merge"
element=$(tr '\n' ' ' < plans/plan.pdca | grep -o '<methods id="d6f77c2c[^>]*>')
grep -q 'schedule="107年8月"' <<<"$element" || fail "their deadline was not taken"
grep -q '訂定各類人民申請案件' <<<"$element" || fail "the text of main is missing after the decision"
git ls-files --error-unmatch plans/plan.pdca.conflicts.txt >/dev/null 2>&1 && fail "the conflict report was recorded with the plans"
"$pdca" validate --errors-only plans/plan.pdca >/dev/null 2>&1 || fail "the decided plan is not valid"
echo "merge-driver check: git merged one line changed on two branches through pdca merge-driver; a real conflict stopped with the plan whole and $reports report line(s), and pdca sync --take theirs finished the merge"
