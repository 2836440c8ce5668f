#!/usr/bin/env bash
# Independent checks of year-end packets exported with `pdca export`:
#   veraPDF          report.pdf is compliant with the PDF/A part it claims (2b or better)
#   odfvalidator     report.odt and tables.ods are valid ODF (ODF Toolkit 0.12.0)
#   LibreOffice      opens and converts report.odt (to PDF) and tables.ods (to XLSX) headless
#   (the revision comparison table of `pdca export --compare-with`, revisions.pdf, .odt and .ods, by the
#   same three when the packet has it, and every one its manifest names; check-revisions.sh checks its rows)
#   pdftotext        the PDF's text holds the agency name, every strategy text and the item count
# Usage: releng/checks/check-packets.sh PACKETS-DIR PLAN-FILE...
# (the packet of PLAN-FILE is PACKETS-DIR/<ROC year, 3 digits>-<plan file name without .pdca>/, as
# `pdca export` names it; give plan files whose packets were not renamed -2, -3). Prints PASS/FAIL
# lines; exits 1 when any check fails, 2 when a tool is missing.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PDCA_ROOT=$ROOT
source "$ROOT/releng/scripts/lib.sh"
pdca_select_jdk

if [ $# -lt 2 ]; then
  echo "usage: $0 PACKETS-DIR PLAN-FILE..." >&2
  exit 2
fi
packets=$1
shift

for tool in pdftotext soffice python3; do
  command -v "$tool" >/dev/null || { echo "FAIL missing tool $tool (apt-get install poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui python3)"; exit 2; }
done

# veraPDF and odfvalidator from Maven Central (sets $classpath and $validator)
source "$ROOT/releng/checks/tools.sh"

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pdfs=()
for plan in "$@"; do
  year=$(python3 -c 'import sys, xml.etree.ElementTree as ET
y = ET.parse(sys.argv[1]).getroot().get("rocYear")
print("%03d-" % int(y) if y and y.isdigit() and 1 <= int(y) <= 999 else "")' "$plan")
  name=$year$(basename "$plan" .pdca)
  dir=$packets/$name
  if [ ! -d "$dir" ]; then
    fail "$name: no packet folder $dir"
    continue
  fi
  for f in report.pdf report.odt tables.ods manifest.json; do
    [ -s "$dir/$f" ] || fail "$name: $f missing or empty"
  done
  pdfs+=("$dir/report.pdf")
  # the revision comparison table, when the manifest says the packet has one
  odfs=(report.odt tables.ods)
  conversions=("report.odt:pdf" "tables.ods:xlsx")
  if grep -q '"revisions"' "$dir/manifest.json" 2>/dev/null; then
    for f in revisions.pdf revisions.odt revisions.ods; do
      [ -s "$dir/$f" ] || fail "$name: $f missing or empty (the manifest names a revision comparison table)"
    done
    pdfs+=("$dir/revisions.pdf")
    odfs+=(revisions.odt revisions.ods)
    conversions+=("revisions.odt:pdf" "revisions.ods:xlsx")
  fi

  # odfvalidator: "-e" reports errors only; a valid file gives no output
  for f in "${odfs[@]}"; do
    out=$("$JAVA_HOME/bin/java" -jar "$validator" -e "$dir/$f" 2>&1)
    if [ $? -eq 0 ] && ! grep -qiE 'error|fatal' <<<"$out"; then
      pass "odfvalidator $dir/$f: valid"
    else
      fail "odfvalidator $dir/$f:"
      sed 's/^/     /' <<<"$out" | head -20
    fi
  done

  # LibreOffice headless conversion
  for pair in "${conversions[@]}"; do
    f=${pair%%:*}
    to=${pair##*:}
    rm -rf "$work/lo" && mkdir -p "$work/lo"
    log=$(soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to "$to" --outdir "$work/lo" "$dir/$f" 2>&1)
    converted="$work/lo/${f%.*}.$to"
    if [ -s "$converted" ]; then
      pass "LibreOffice $dir/$f -> $to ($(stat -c %s "$converted") bytes)"
    else
      fail "LibreOffice $dir/$f -> $to:"
      sed 's/^/     /' <<<"$log" | head -10
    fi
  done

  # pdftotext: agency, strategy texts, number of tracked items
  pdftotext -enc UTF-8 "$dir/report.pdf" "$work/text.txt" 2>"$work/pdftotext.err" || fail "pdftotext $dir/report.pdf: $(cat "$work/pdftotext.err")"
  missing=$(python3 - "$plan" "$work/text.txt" <<'PY'
import sys, re, xml.etree.ElementTree as ET
plan = ET.parse(sys.argv[1]).getroot()
text = re.sub(r'\s+', '', open(sys.argv[2], encoding='utf-8').read())
want = []
agency = plan.find('agency')
want.append(agency.get('name'))
def compact(s): return re.sub(r'\s+', '', s or '')
strategies = plan.findall('strategies') + plan.findall('dimensions/strategies')
for s in strategies:
    want.append(compact(s.get('text'))[:12])
tracked = 0
for s in strategies:
    for m in s.findall('methods'):
        actions = m.findall('actions')
        tracked += len(actions) if actions else 1
want.append('列管項目' + str(tracked))
missing = [w for w in want if w not in text]
print('|'.join(missing) if missing else '')
print('checked %d strings (agency, %d strategies, %d tracked items)' % (len(want), len(strategies), tracked), file=sys.stderr)
PY
)
  if [ -z "$missing" ]; then
    pass "pdftotext $dir/report.pdf: agency, strategy texts and item count found"
  else
    fail "pdftotext $dir/report.pdf: missing $missing"
  fi
done

if [ ${#pdfs[@]} -gt 0 ]; then
  while IFS= read -r line; do
    echo "$line"
    case $line in FAIL*) failures=$((failures + 1)) ;; esac
  done < <("$JAVA_HOME/bin/java" -cp "$classpath" pdca.checks.VeraPdfCheck "${pdfs[@]}" 2>/dev/null)
fi

if [ $failures -eq 0 ]; then
  echo "ALL CHECKS PASSED"
  exit 0
fi
echo "$failures CHECK(S) FAILED"
exit 1
