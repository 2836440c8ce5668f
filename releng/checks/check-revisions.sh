#!/usr/bin/env bash
# Independent checks of the revision comparison table (修正對照表) of `pdca export --compare-with`:
#   makes a shared workspace in a temporary folder (a git repository, made with the git program) holding
#   PLAN-FILE (default: the sample plan of 106), names its version 核定版 with the built product's
#   `pdca baseline`, then edits the plan file (the deadline of the second method of the first strategy
#   becomes 8月完成並持續辦理, an action 建置線上預約叫號系統 is added to the first method) and exports its
#   packet with `pdca export --format pdf,odt,ods --compare-with 核定版`. Then:
#   check-packets.sh veraPDF, odfvalidator and LibreOffice on the whole packet, revisions.pdf, .odt
#                    and .ods included
#   pdftotext        revisions.pdf, and LibreOffice's PDF of revisions.odt, hold the table's headers and
#                    exactly the two changes: the added action (as amended, nothing before) and the
#                    deadline (8月… as amended, the old deadline before, 完成期限變更 explained)
#   LibreOffice      revisions.ods converted to CSV has the header row and the same two rows
# Usage: releng/checks/check-revisions.sh [PLAN-FILE]   (PDCA=command overrides ./pdca)
# Prints PASS/FAIL lines; exits 1 when any check fails, 2 when a tool is missing.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PDCA_ROOT=$ROOT
source "$ROOT/releng/scripts/lib.sh"
pdca_select_jdk
PDCA=${PDCA:-$ROOT/pdca}
plan=${1:-$ROOT/bundles/core/pdca.samples/workspace/plans/106/tainan-motor-vehicle-station.pdca}

for tool in git pdftotext soffice python3; do
  command -v "$tool" >/dev/null || { echo "FAIL missing tool $tool (apt-get install git poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui python3)"; exit 2; }
done

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ws=$work/ws
file=$ws/plans/$(basename "$plan")
mkdir -p "$ws/plans" "$work/lo"
cp "$plan" "$file"
git -C "$ws" init -q -b main
git -C "$ws" config user.name 計畫室
git -C "$ws" config user.email unit@example.org
git -C "$ws" add . && git -C "$ws" commit -qm 計畫核定 || { fail "git: cannot record the plan"; exit 1; }
env -u PDCA_LANG "$PDCA" baseline "$ws" --tag 核定版 -m 計畫核定 >"$work/baseline.log" 2>&1 \
  || { fail "pdca baseline: $(cat "$work/baseline.log")"; exit 1; }

# the two edits, on the file's XML; what they were before is printed for the checks below
mapfile -t edits < <(python3 - "$file" <<'PY'
import re, sys, uuid
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
methods = list(re.finditer(r'<methods [^>]*>', text))
# the first strategy's methods: those before the second <strategies
second = text.find('<strategies', text.find('<strategies') + 1)
first = [m for m in methods if second < 0 or m.start() < second]
target = first[1].group(0)
old = re.search(r' schedule="([^"]*)"', target).group(1)
text = text.replace(target, target.replace(' schedule="%s"' % old, ' schedule="8月完成並持續辦理"'), 1)
# the new action after the last action of the first method
start = first[0].end()
end = text.find('</methods>', start)
numbers = [int(n) for n in re.findall(r'<actions [^>]*number="(\d+)"', text[start:end])]
action = '  <actions id="%s" number="%d" text="建置線上預約叫號系統"/>\n    ' % (uuid.uuid4(), max(numbers, default=0) + 1)
text = text[:end] + action + text[end:]
open(path, 'w', encoding='utf-8').write(text)
print(old)
PY
)
old_deadline=${edits[0]:-}
[ -n "$old_deadline" ] || { fail "could not edit $file"; exit 1; }

packets=$work/packets
if env -u PDCA_LANG "$PDCA" export --format pdf,odt,ods --compare-with 核定版 --out "$packets" "$file" >"$work/export.log" 2>&1; then
  pass "pdca export --compare-with 核定版: $(head -1 "$work/export.log")"
else
  fail "pdca export --compare-with 核定版:"
  sed 's/^/     /' "$work/export.log"
  exit 1
fi

# veraPDF, odfvalidator, LibreOffice on the whole packet
while IFS= read -r line; do
  echo "$line"
  case $line in FAIL*) failures=$((failures + 1)) ;; esac
done < <("$ROOT/releng/checks/check-packets.sh" "$packets" "$file" 2>&1 | grep -E '^(PASS|FAIL)')

dir=$(ls -d "$packets"/*/ | head -1)
dir=${dir%/}
for f in revisions.pdf revisions.odt revisions.ods; do
  [ -s "$dir/$f" ] || fail "$dir$f missing or empty"
done

# the rows as our PDF and LibreOffice's rendering of the ODT show them, and the CSV of the sheet
soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to pdf --outdir "$work/lo" "$dir/revisions.odt" >/dev/null 2>&1
soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' \
  --outdir "$work/lo" "$dir/revisions.ods" >/dev/null 2>&1
for pdf in "$dir/revisions.pdf" "$work/lo/revisions.pdf"; do
  if ! pdftotext -enc UTF-8 "$pdf" "$work/text.txt" 2>/dev/null || ! pdftotext -layout -enc UTF-8 "$pdf" "$work/layout.txt" 2>/dev/null; then
    fail "pdftotext $pdf: no text"
    continue
  fi
  result=$(python3 - "$work/text.txt" "$work/layout.txt" "$old_deadline" <<'PY'
import re, sys
text = re.sub(r'\s+', '', open(sys.argv[1], encoding='utf-8').read())
lines = open(sys.argv[2], encoding='utf-8').read().splitlines()
old = re.sub(r'\s+', '', sys.argv[3])
want = ['修正對照表', '原內容版本核定版', '共2項，其中完成期限變更1項', '建置線上預約叫號系統', '新增。',
        '8月完成並持續辦理', old, '完成期限變更：由「%s」改為「8月完成並持續辦理」。' % old]
missing = [w for w in want if w not in text]
if text.count('建置線上預約叫號系統') != 2 or '刪除。' in text or '移動位置。' in text or '順序。' in text:
    missing.append('exactly the two changes (the added action as place and as amended, the deadline)')
# the page as laid out: the header row, then the added action's row, then the deadline's row with the
# deadline as amended left of the deadline before
def first(pattern):
    return next((i for i, l in enumerate(lines) if re.search(pattern, l)), -1)
header = first(r'編號\s+項目\s+修正後內容\s+原內容\s+說明')
added = first(r'^\s*1\s.*新增。')
deadline = first(r'^\s*2\s.*8月完成並持續辦理\s+' + re.escape(sys.argv[3].strip()))
if header < 0:
    missing.append('the header row 編號 項目 修正後內容 原內容 說明 on one line')
elif not (header < added < deadline):
    missing.append('row 1 (新增。) then row 2 (8月完成並持續辦理 left of %s) under the header' % old)
print('|'.join(missing))
PY
)
  if [ -z "$result" ]; then
    pass "pdftotext $pdf: the header row and exactly the two changes, in order, as amended left of before"
  else
    fail "pdftotext $pdf: missing $result"
    sed 's/^/     /' "$work/layout.txt" | head -40
  fi
done
csv=$work/lo/revisions.csv
if [ -s "$csv" ] && python3 - "$csv" "$old_deadline" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
assert rows[0] == ['編號', '項目', '修正後內容', '原內容', '說明'], rows[0]
assert len(rows) == 3, rows
assert rows[1][0] == '1' and '建置線上預約叫號系統' in rows[1][2] and rows[1][3] == '' and rows[1][4] == '新增。', rows[1]
assert rows[2][0] == '2' and rows[2][1].endswith(' 完成期限') and rows[2][2] == '8月完成並持續辦理' and rows[2][3] == sys.argv[2], rows[2]
PY
then
  pass "LibreOffice $dir/revisions.ods -> csv: the header row and the two rows"
else
  fail "LibreOffice $dir/revisions.ods -> csv: not the header row and the two rows ($(head -c 600 "$csv" 2>/dev/null))"
fi

if [ $failures -eq 0 ]; then
  echo "ALL CHECKS PASSED"
  exit 0
fi
echo "$failures CHECK(S) FAILED"
exit 1
