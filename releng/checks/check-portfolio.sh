#!/usr/bin/env bash
# Independent checks of the county portfolio packet written by `pdca portfolio --out`:
#   veraPDF       portfolio-Q.pdf is compliant with the PDF/A part it claims
#   odfvalidator  portfolio-Q.ods is valid ODF
#   LibreOffice   opens portfolio-Q.ods and converts it to XLSX headless
#   pdftotext     the PDF's text names every agency of the portfolio
# Usage: releng/checks/check-portfolio.sh QUARTER FOLDER...   (PDCA=command overrides ./pdca)
# Prints PASS/FAIL lines; exits 1 when a check fails, 2 when a tool is missing.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PDCA_ROOT=$ROOT
source "$ROOT/releng/scripts/lib.sh"
pdca_select_jdk
[ $# -ge 2 ] || { echo "usage: $0 QUARTER FOLDER..." >&2; exit 2; }
quarter=$1
shift
for tool in pdftotext soffice python3; do
  command -v "$tool" >/dev/null || { echo "FAIL missing tool $tool"; exit 2; }
done
# veraPDF and odfvalidator from Maven Central (sets $classpath and $validator)
source "$ROOT/releng/checks/tools.sh"

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

json=$(PDCA_LANG=en "${PDCA:-$ROOT/pdca}" portfolio "$@" --quarter "$quarter" --json --out "$work/out" 2>"$work/err")
status=$?
[ $status -le 1 ] || { fail "pdca portfolio exited $status: $(cat "$work/err")"; echo "1 CHECK(S) FAILED"; exit 1; }
ods=$work/out/portfolio-Q$quarter.ods
pdf=$work/out/portfolio-Q$quarter.pdf
for f in "$ods" "$pdf"; do
  [ -s "$f" ] && pass "written $(basename "$f") ($(stat -c %s "$f") bytes)" || fail "$(basename "$f") missing or empty"
done

out=$("$JAVA_HOME/bin/java" -jar "$validator" -e "$ods" 2>&1)
if [ $? -eq 0 ] && ! grep -qiE 'error|fatal' <<<"$out"; then pass "odfvalidator $(basename "$ods"): valid"; else fail "odfvalidator $(basename "$ods"):"; sed 's/^/     /' <<<"$out" | head -20; fi

mkdir -p "$work/lo"
log=$(soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to xlsx --outdir "$work/lo" "$ods" 2>&1)
if [ -s "$work/lo/portfolio-Q$quarter.xlsx" ]; then pass "LibreOffice $(basename "$ods") -> xlsx"; else fail "LibreOffice $(basename "$ods") -> xlsx:"; sed 's/^/     /' <<<"$log" | head -10; fi

pdftotext -enc UTF-8 "$pdf" "$work/text.txt" 2>/dev/null || fail "pdftotext $(basename "$pdf")"
missing=$(JSON="$json" python3 -c '
import os, sys, json, re
plans = json.loads(os.environ["JSON"])["plans"]
text = re.sub(r"\s+", "", open(sys.argv[1], encoding="utf-8").read())
names = sorted({p["agency"] for p in plans if p.get("agency")})
gone = [n for n in names if re.sub(r"\s+", "", n) not in text]
print("|".join(gone))
print("checked %d agencies of %d plans" % (len(names), len(plans)), file=sys.stderr)
' "$work/text.txt")
[ -z "$missing" ] && pass "pdftotext $(basename "$pdf"): every agency named" || fail "pdftotext $(basename "$pdf"): missing $missing"

while IFS= read -r line; do
  echo "$line"
  case $line in FAIL*) failures=$((failures + 1)) ;; esac
done < <("$JAVA_HOME/bin/java" -cp "$classpath" pdca.checks.VeraPdfCheck "$pdf" 2>/dev/null)

if [ $failures -eq 0 ]; then echo "ALL CHECKS PASSED"; exit 0; fi
echo "$failures CHECK(S) FAILED"
exit 1
