#!/usr/bin/env bash
# Independent checks of the quarterly check-in forms written by `pdca checkins export`, for each plan given:
#   odfvalidator  every ODS form is valid ODF
#   LibreOffice   opens every ODS form and saves it as XLSX, opens every XLSX form (--format xlsx) and
#                 saves it as ODS, headless
#   pdca          the forms LibreOffice saved, returned unchanged, change nothing (exit 0, 0 rows applied)
# Usage: releng/checks/check-forms.sh QUARTER PLAN...   (PDCA=command overrides ./pdca)
# Prints PASS/FAIL lines; exits 1 when a check fails, 2 when a tool is missing.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PDCA_ROOT=$ROOT
source "$ROOT/releng/scripts/lib.sh"
pdca_select_jdk
[ $# -ge 2 ] || { echo "usage: $0 QUARTER PLAN..." >&2; exit 2; }
quarter=$1
shift
command -v soffice >/dev/null || { echo "FAIL missing tool soffice"; exit 2; }
# veraPDF and odfvalidator from Maven Central (sets $classpath and $validator)
source "$ROOT/releng/checks/tools.sh"
pdca=${PDCA:-$ROOT/pdca}

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

n=0
for plan in "$@"; do
  n=$((n + 1))
  name=$(basename "$plan")
  copy=$work/$n/plan.pdca
  mkdir -p "$work/$n"
  cp "$plan" "$copy"
  for format in ods xlsx; do
    rc=0
    PDCA_LANG=en "$pdca" checkins export "$copy" --quarter "$quarter" --format "$format" --out "$work/$n/$format" \
        >"$work/out" 2>&1 || rc=$?
    if [ "$rc" -eq 0 ]; then
      pass "$name: $(find "$work/$n/$format" -type f | wc -l) $format form(s) written"
    else
      fail "$name: pdca checkins export --format $format: exit status $rc"; sed 's/^/     /' "$work/out" | head -10
    fi
  done
  for ods in "$work/$n"/ods/*.ods; do
    [ -e "$ods" ] || continue
    out=$("$JAVA_HOME/bin/java" -jar "$validator" -e "$ods" 2>&1)
    if [ $? -eq 0 ] && ! grep -qiE 'error|fatal' <<<"$out"; then
      pass "odfvalidator $name $(basename "$ods"): valid"
    else
      fail "odfvalidator $name $(basename "$ods"):"; sed 's/^/     /' <<<"$out" | head -20
    fi
  done
  # LibreOffice as a unit's office software: each form opened and saved in the other format
  for pair in "ods xlsx" "xlsx ods"; do
    read -r from to <<<"$pair"
    mkdir -p "$work/$n/lo-$to"
    for f in "$work/$n/$from"/*."$from"; do
      [ -e "$f" ] || continue
      log=$(soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to "$to" \
        --outdir "$work/$n/lo-$to" "$f" 2>&1)
      saved=$work/$n/lo-$to/$(basename "${f%.*}").$to
      [ -s "$saved" ] && pass "LibreOffice $name $(basename "$f") -> $to" \
        || { fail "LibreOffice $name $(basename "$f") -> $to:"; sed 's/^/     /' <<<"$log" | head -10; }
    done
    returns=("$work/$n/lo-$to"/*."$to")
    [ -e "${returns[0]}" ] || continue
    before=$(sha256sum "$copy" | cut -d' ' -f1)
    if PDCA_LANG=en "$pdca" checkins import "$copy" --quarter "$quarter" "${returns[@]}" >"$work/out" 2>&1 \
        && [ "$(sha256sum "$copy" | cut -d' ' -f1)" = "$before" ]; then
      pass "$name: the $from forms saved as $to by LibreOffice come back unchanged ($(tail -1 "$work/out"))"
    else
      fail "$name: the $from forms saved as $to by LibreOffice changed the plan or were refused:"
      sed 's/^/     /' "$work/out" | head -20
    fi
  done
done

if [ $failures -eq 0 ]; then echo "ALL CHECKS PASSED"; exit 0; fi
echo "$failures CHECK(S) FAILED"
exit 1
