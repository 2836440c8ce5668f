#!/usr/bin/env bash
# Independent checks of the review meeting's documents written by `pdca meeting`:
#   writes, for each plan, the handout of every quarter of its year and the minutes of every recorded
#   meeting (as ODT and PDF) with the built product's ./pdca, then checks them with tools that are not ours:
#   veraPDF          every PDF is compliant with the PDF/A part it claims (2b or better)
#   odfvalidator     every ODT is valid ODF (ODF Toolkit 0.12.0)
#   LibreOffice      converts every ODT to PDF headless; for a handout it has the same number of pages as ours
#   pdftotext        in our PDF and in LibreOffice's rendering of the ODT: the handout holds the agency, the
#                    quarter and the overdue items `pdca status --json` lists for the quarter, and its contents
#                    name the pages the sections are on; the minutes hold the agency, the meeting, its chair,
#                    attendees, findings, decisions, and each improvement action with its owner and due date
# Usage: releng/checks/check-meetings.sh PLAN-FILE...   (PDCA=command overrides ./pdca)
# Prints PASS/FAIL lines; exits 1 when any check fails, 2 when a tool is missing.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PDCA_ROOT=$ROOT
source "$ROOT/releng/scripts/lib.sh"
pdca_select_jdk
PDCA=${PDCA:-$ROOT/pdca}

if [ $# -lt 1 ]; then
  echo "usage: $0 PLAN-FILE..." >&2
  exit 2
fi

for tool in pdftotext pdfinfo soffice python3; do
  command -v "$tool" >/dev/null || { echo "FAIL missing tool $tool (apt-get install poppler-utils libreoffice-writer-nogui python3)"; exit 2; }
done

# veraPDF and odfvalidator from Maven Central (sets $classpath and $validator)
source "$ROOT/releng/checks/tools.sh"

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/meetings
mkdir -p "$out" "$work/lo" "$work/status"

# The quarters of the plan's year, and the recorded meetings as "quarter date" lines.
plan_info() {
  python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
plan = ET.parse(sys.argv[1]).getroot()
print(plan.get('rocYear'))
for m in plan.findall('reviewMeetings'):
    q = m.get('quarter')
    if q and q.isdigit() and 1 <= int(q) <= 4 and m.get('rocYear') == plan.get('rocYear'):
        print(q, m.get('date') or '')
PY
}

pdfs=()
for plan in "$@"; do
  mapfile -t info < <(plan_info "$plan")
  year=${info[0]}
  written=()
  for q in 1 2 3 4; do
    if "$PDCA" meeting "$plan" --quarter "$q" --handout --out "$out" >"$work/written" 2>"$work/err"; then
      mapfile -t lines < "$work/written"
      for l in "${lines[@]}"; do written+=("$(cut -f3 <<<"$l")"); done
      "$PDCA" status "$plan" --quarter "$q" --json >"$work/status/$(basename "$plan" .pdca)-Q$q.json" \
        || fail "pdca status $plan --quarter $q"
    else
      fail "pdca meeting $plan --quarter $q --handout: $(cat "$work/err")"
    fi
  done
  for m in "${info[@]:1}"; do
    q=${m%% *}
    date=${m#* }
    args=(--quarter "$q" --minutes --out "$out")
    [ -n "$date" ] && args+=(--meeting "$date")
    if "$PDCA" meeting "$plan" "${args[@]}" >"$work/written" 2>"$work/err"; then
      mapfile -t lines < "$work/written"
      for l in "${lines[@]}"; do written+=("$(cut -f3 <<<"$l")"); done
    else
      fail "pdca meeting $plan ${args[*]}: $(cat "$work/err")"
    fi
  done
  [ ${#written[@]} -gt 0 ] || { fail "$plan: no meeting document written"; continue; }
  pass "$plan: ${#written[@]} files written by pdca meeting"

  for f in "${written[@]}"; do
    case $f in
      *.odt)
        # odfvalidator: "-e" reports errors only; a valid file gives no output
        o=$("$JAVA_HOME/bin/java" -jar "$validator" -e "$f" 2>&1)
        if [ $? -eq 0 ] && ! grep -qiE 'error|fatal' <<<"$o"; then
          pass "odfvalidator $f: valid"
        else
          fail "odfvalidator $f:"
          sed 's/^/     /' <<<"$o" | head -20
        fi
        rm -rf "$work/lo" && mkdir -p "$work/lo"
        log=$(soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to pdf --outdir "$work/lo" "$f" 2>&1)
        converted="$work/lo/$(basename "$f" .odt).pdf"
        if [ -s "$converted" ]; then
          pass "LibreOffice $f -> pdf ($(pdfinfo "$converted" | sed -n 's/^Pages: *//p') pages)"
          cp "$converted" "$work/$(basename "$f" .odt).lo.pdf"
        else
          fail "LibreOffice $f -> pdf:"
          sed 's/^/     /' <<<"$log" | head -10
        fi
        ;;
      *.pdf)
        pdfs+=("$f")
        ;;
    esac
  done

  # what the documents say, in our PDF and in LibreOffice's rendering of our ODT
  for f in "${written[@]}"; do
    [[ $f == *.pdf ]] || continue
    base=$(basename "$f" .pdf)
    for rendering in "$f" "$work/$base.lo.pdf"; do
      [ -s "$rendering" ] || continue
      result=$(python3 - "$plan" "$rendering" "$f" "$base" "$work/status" <<'PY'
import sys, re, json, subprocess, datetime, xml.etree.ElementTree as ET
plan_file, pdf, ours, base, status_dir = sys.argv[1:6]
plan = ET.parse(plan_file).getroot()
def compact(s): return re.sub(r'\s+', '', s or '')
def start(s, n):  # the first n characters of a text's first line (a renderer may put other cells between lines)
    return compact((s or '').strip().split('\n')[0])[:n]
def pages(path):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout).group(1))
    return [compact(subprocess.run(['pdftotext', '-enc', 'UTF-8', '-f', str(i), '-l', str(i), path, '-'],
                                   capture_output=True, text=True).stdout) for i in range(1, n + 1)]
def roc(iso):
    d = datetime.date.fromisoformat(iso)
    return '%d年%d月%d日' % (d.year - 1911, d.month, d.day)
ps = pages(pdf)
text = ''.join(ps)
missing, notes = [], []
def want(s, what):
    if compact(s) not in text:
        missing.append('%s %r' % (what, s))
want(plan.find('agency').get('name'), 'agency')
m = re.search(r'-Q(\d)(?:-(\d{7}))?-(handout|minutes)$', base)
q, day, kind = int(m.group(1)), m.group(2), m.group(3)
year = int(plan.get('rocYear'))
if kind == 'handout':
    want('%d年第%d季' % (year, q), 'quarter')
    stem = base[len('%03d-' % year):base.index('-Q%d' % q)]
    status = json.load(open('%s/%s-Q%d.json' % (status_dir, stem, q), encoding='utf-8'))
    overdue = status['overdue']
    want('逾期項目（%d項）' % len(overdue), 'overdue count')
    for o in overdue:
        want(start(o['text'], 12), 'overdue item ' + o['path'])
        want(roc(o['deadline']), 'deadline of ' + o['path'])
        want(o['path'].split('）')[0] + '）' if '）' in o['path'] else o['path'], 'path of ' + o['path'])
    # the contents (page 2) against the pages the sections are on
    entries = re.findall(r'([壹貳參肆伍陸柒捌]、.+?)[.…]*(\d+)(?=[壹貳參肆伍陸柒捌]、|第\d+頁|$)', ps[1])
    if len(entries) != 6:
        missing.append('contents with 6 sections (found %d)' % len(entries))
    for title, page in entries:
        p = int(page)
        if p > len(ps) or title not in ps[p - 1]:
            where = [i + 1 for i, t in enumerate(ps) if title in t]
            missing.append('%s on page %d as the contents say (found on %s)' % (title, p, where))
    if pdf != ours and len(ps) != len(pages(ours)):
        missing.append('the same number of pages as our PDF (%d, ours %d)' % (len(ps), len(pages(ours))))
    notes.append('%d pages, %d overdue items, contents right' % (len(ps), len(overdue)))
else:
    units = {u.get('id'): u.get('name') for u in plan.iter('units')}
    for meeting in plan.findall('reviewMeetings'):
        if meeting.get('quarter') != str(q) or (day and roc(meeting.get('date')) != '%d年%d月%d日' % (int(day[:3]), int(day[3:5]), int(day[5:]))):
            continue
        want(meeting.get('title') + '紀錄', 'title')
        want('主持人：' + meeting.get('chair', ''), 'chair')
        if meeting.get('date'):
            want(roc(meeting.get('date')), 'date')
        for a in meeting.findall('attendees'):
            want(a.text, 'attendee')
        for f in meeting.findall('findings'):
            want(start(f.get('text'), 12), 'finding')
        for d in meeting.findall('decisions'):
            want(start(d.get('text'), 12), 'decision')
        for a in meeting.findall('improvementActions'):
            want(start(a.get('text'), 10), 'improvement action')
            if a.get('owner'):
                want(units.get(a.get('owner'), '?'), 'owner of ' + a.get('text'))
            if a.get('dueDate'):
                want(roc(a.get('dueDate')), 'due date of ' + a.get('text'))
        notes.append('%d attendees, %d findings, %d decisions, %d improvement actions' % (len(meeting.findall('attendees')),
            len(meeting.findall('findings')), len(meeting.findall('decisions')), len(meeting.findall('improvementActions'))))
print('MISSING ' + '; '.join(missing) if missing else 'OK ' + '; '.join(notes))
PY
)
      if [[ $result == OK* ]]; then
        pass "pdftotext $rendering: ${result#OK }"
      else
        fail "pdftotext $rendering: ${result#MISSING }"
      fi
    done
  done
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
