#!/usr/bin/env bash
# Prints, in one run, each start-up and throughput figure of the product beside an anchor (what
# the same work costs in the plainest form) and the ratio, with the goal and whether it is met.
# See "Ratios" in docs/benchmarks.md.
#
#   releng/benchmarks/ratios.sh            every measurement (about 10 minutes on 2 cores,
#                                          plus the editor harness's build)
#   releng/benchmarks/ratios.sh --quick    each measurement once on small data, no editor run:
#                                          checks that every line gets numbers (about 2 minutes)
#   options: --runs N (runs per start-up figure, default 5), --no-editor, --only LIST
#            (comma-separated of: workbench,validate,export,portfolio,editor)
#
# 1 workbench    ./workbench's command line to its first window mapped, vs the bare RCP product
#                of releng/benchmarks/bare-rcp (same target, launcher, JVM options; one view)
# 2 validate     ./pdca validate of one seed plan in a fresh JVM, vs java -version and vs the bare
#                start and stop of the product's OSGi framework (same command, no application)
# 3 export       ./pdca export of the five seed plans (PDF; PDF+ODT+ODS) and of one, fresh JVM,
#                vs LibreOffice headless converting the same ODT reports to PDF in one process
# 4 portfolio    300 x 100-action plans loaded and validated, vs a raw SAX parse of the same
#                files, cold (fresh JVM, first pass) and warm (median of later passes)
# 5 editor       releng/benchmarks/editor.sh: the plan editor on a 2,000-action plan, vs the
#                goal of one second
#
# Start-up figures are medians of --runs runs after one untimed run (which fills the OSGi
# configuration area, the class-data archive and the page cache); every run starts a new
# process. QUIET_WAIT=SECONDS (default 60; 0 in --quick) waits for an idle machine first.
# Results are also written to releng/benchmarks/target/ratios/.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
here=$PDCA_ROOT/releng/benchmarks

quick=0
runs=5
only=workbench,validate,export,portfolio,editor
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; runs=1 ;;
    --runs) runs=$2; shift ;;
    --no-editor) only=${only//,editor/} ;;
    --only) only=$2; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) pdca_die "ratios.sh: unknown option $1 (see --help)" ;;
  esac
  shift
done
[ "$quick" = 1 ] && only=${only//,editor/}
wants() { [[ ",$only," == *",$1,"* ]]; }

pdca_select_jdk
pdca_utf8_locale
pdca_install_desktop_packages
# x11-utils: xev and xprop (the first window); time: GNU time; LibreOffice for the anchor
pdca_install_packages x11-utils time libreoffice-writer-nogui
pdca_ensure_product
java=$JAVA_HOME/bin/java
export PDCA_LANG=en

out=$here/target/ratios
mkdir -p "$out"
work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
results=$out/results.tsv
: >"$results"

# ---- builds the measurements need, outside the main reactor
bare_product=$here/bare-rcp/pdca.bench.bare.product/target/products/pdca.bench.bare.product/linux/gtk/x86_64
if wants workbench; then
  if [ ! -f "$bare_product/.built" ] || [ -n "$(find "$here/bare-rcp" -path '*/target' -prune -o -type f \
      -newer "$bare_product/.built" -print -quit)" ]; then
    echo "== Building the bare RCP product (releng/benchmarks/bare-rcp)" >&2
    (cd "$PDCA_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
      ./mvnw -B -q -f releng/benchmarks/bare-rcp/pom.xml verify) >&2 \
      || pdca_die "the bare RCP product did not build"
    touch "$bare_product/.built"
  fi
fi
jar=$here/target/benchmarks.jar
if wants portfolio && { [ ! -f "$jar" ] || [ -n "$(find "$here/src" "$PDCA_ROOT/bundles/core/pdca.model/src" \
    "$PDCA_ROOT/bundles/core/pdca.model/src-gen" -type f -newer "$jar" -print -quit)" ]; }; then
  echo "== Building releng/benchmarks" >&2
  (cd "$PDCA_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
    ./mvnw -B -q -f releng/benchmarks/pom.xml package -DskipTests) >&2
fi

# ---- the machine: wait for a quiet moment, note what else ran
cpu_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
hz=$(getconf CLK_TCK)
quiet_wait=${QUIET_WAIT:-$([ "$quick" = 1 ] && echo 0 || echo 60)}
for ((waited = 0; waited < quiet_wait; waited += 5)); do
  t0=$(cpu_busy_ticks); sleep 5; t1=$(cpu_busy_ticks)
  ((t1 - t0 < hz)) && break # below 0.2 cores busy over 5 s
  echo "machine busy ($(((t1 - t0) * 100 / (5 * hz)))% of a core); waiting for a quiet moment..." >&2
done
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "ratios: commit $(git -C "$PDCA_ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$( \
  [ -n "$(git -C "$PDCA_ROOT" status --porcelain -- bundles releng/scripts pdca workbench 2>/dev/null)" ] && echo ' + changes'), $(nproc) cores," \
  "$("$java" -version 2>&1 | head -1), runs per start-up figure: $runs"
echo "load average at start: $(load)"
start_ticks=$(cpu_busy_ticks)
start_seconds=$SECONDS

# ---- helpers
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
# timed_ms CMD...: runs CMD (output to $work/cmd.out/.err) and prints its wall milliseconds
timed_ms() {
  local t0 t1
  t0=$(now_ms)
  "$@" >"$work/cmd.out" 2>"$work/cmd.err" || { cat "$work/cmd.err" >&2; pdca_die "failed: $*"; }
  t1=$(now_ms)
  echo $((t1 - t0))
}
# median_ms N CMD...: one untimed run, then the median of N timed runs
median_ms() {
  local n=$1 i
  shift
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < n; i++)); do timed_ms "$@"; done | median
}
# line NAME FIGURE_MS ANCHOR_NAME ANCHOR_MS GOAL_KIND GOAL: one result line; GOAL_KIND 'max' means
# ratio = figure / anchor must be <= GOAL; 'faster' means anchor / figure must be >= GOAL;
# 'abs' means the figure in ms must be below GOAL (ANCHOR_MS is then only shown)
printf '\n%-44s %10s   %-34s %10s %8s  %-12s %s\n' "figure" "ms" "anchor" "ms" "ratio" "goal" "met" | tee "$out/ratios.txt"
line() {
  local name=$1 fig=$2 aname=$3 anc=$4 kind=$5 goal=$6 ratio shown met
  case "$kind" in
    max) ratio=$(awk -v f="$fig" -v a="$anc" 'BEGIN { printf "%.2f", f / a }')
      shown="${ratio}x"; met=$(awk -v r="$ratio" -v g="$goal" 'BEGIN { print (r <= g) ? "met" : "NOT met" }')
      goal="<= ${goal}x" ;;
    faster) ratio=$(awk -v f="$fig" -v a="$anc" 'BEGIN { printf "%.2f", a / f }')
      shown="${ratio}x faster"; met=$(awk -v r="$ratio" -v g="$goal" 'BEGIN { print (r >= g) ? "met" : "NOT met" }')
      goal=">= ${goal}x faster" ;;
    abs) ratio=$(awk -v f="$fig" -v a="$anc" 'BEGIN { printf "%.2f", f / a }')
      shown="${ratio}x"; met=$(awk -v f="$fig" -v g="$goal" 'BEGIN { print (f < g) ? "met" : "NOT met" }')
      goal="< ${goal} ms" ;;
  esac
  printf '%-44s %10s   %-34s %10s %8s  %-12s %s\n' "$name" "$fig" "$aname" "$anc" "$shown" "$goal" "$met" | tee -a "$out/ratios.txt"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$fig" "$aname" "$anc" "$shown" "$goal" "$met" >>"$results"
}
number() { [[ "$1" =~ ^[0-9]+(\.[0-9]+)?$ ]] || pdca_die "ratios.sh: $2 gave no number ('$1')"; }

seeds=("$PDCA_ROOT"/bundles/core/pdca.samples/workspace/plans/*/*.pdca)
one_seed=$PDCA_ROOT/bundles/core/pdca.samples/workspace/plans/106/tainan-motor-vehicle-station.pdca
[ ${#seeds[@]} -eq 5 ] || pdca_die "expected the five seed plans, found ${#seeds[@]}"

# ---- 1. workbench start to the first window
# A private Xvfb; xev reports each top-level window the moment it is mapped (no polling), and the
# window counts when its title is the product's. The clock starts just before java is started.
start_xvfb() {
  local d
  for d in $(seq 71 99); do
    [ -e "/tmp/.X$d-lock" ] || [ -e "/tmp/.X11-unix/X$d" ] || break
  done
  Xvfb ":$d" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$d"
  for _ in $(seq 1 100); do xprop -root >/dev/null 2>&1 && return 0; sleep 0.05; done
  pdca_die "Xvfb did not start on :$d"
}
# window_ms TITLE_REGEX INSTALL WORKSPACE [graceful]: milliseconds from starting the product in INSTALL
# (./workbench's java command line and JVM options; WORKBENCH_VM_EXTRA adds some) to the mapping
# of a window whose title matches; the product is then killed, or with 'graceful' stopped with
# SIGTERM (as when the window is closed, the JVM writes its class-data archive on the way out)
window_ms() {
  local title=$1 install=$2 data=$3 t0 t1="" pid xev_pid win name
  local launcher
  launcher=$(ls "$install"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  rm -f "$work/xev.fifo"; mkfifo "$work/xev.fifo"
  xev -root -event substructure >"$work/xev.fifo" 2>/dev/null &
  xev_pid=$!
  exec 7<"$work/xev.fifo"
  sleep 0.2 # xev selects its events before the product starts
  t0=$(now_ms)
  local options
  mapfile -t options < <(pdca_workbench_java_options "$install/configuration/workbench.jsa")
  # shellcheck disable=SC2086
  "$java" "${options[@]}" $WORKBENCH_VM_EXTRA -jar "$launcher" -nosplash -data "$data" -nl en >"$work/wb.out" 2>&1 &
  pid=$!
  while IFS= read -r -t 60 -u 7 row; do
    (($(now_ms) - t0 > 120000)) && break # windows came, but never the product's
    if [[ "$row" == MapNotify* ]]; then
      IFS= read -r -t 5 -u 7 row || break
      win=$(sed -n 's/.* window \(0x[0-9a-f]*\),.*/\1/p' <<<"$row")
      local stamp
      stamp=$(now_ms)
      name=$(xprop -id "$win" _NET_WM_NAME WM_NAME 2>/dev/null || true)
      if [[ "$name" =~ $title ]]; then t1=$stamp; break; fi
    fi
  done
  if [ "${4:-}" = graceful ]; then # the JVM writes its class-data archive when it exits normally
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  kill "$xev_pid" 2>/dev/null || true
  wait "$xev_pid" 2>/dev/null || true
  exec 7<&-
  [ -n "$t1" ] || { cat "$work/wb.out" >&2; pdca_die "no window titled /$title/ was mapped (waited up to 2 minutes)"; }
  echo $((t1 - t0))
}
fresh_workspace() { # a copy of the sample workspace, as ./workbench makes on first start
  local ws=$work/ws-$RANDOM$RANDOM samples
  samples=$(ls -d "$PDCA_PRODUCT"/plugins/pdca.samples_*/workspace | head -n 1)
  mkdir -p "$ws"
  cp -R "$samples"/. "$ws"/
  echo "$ws"
}
WORKBENCH_VM_EXTRA=${WORKBENCH_VM_EXTRA:-}
if wants workbench; then
  echo "== 1. workbench start to the first window (Xvfb 1920x1080, $runs runs each)" >&2
  start_xvfb
  pdca_runs=() bare_runs=()
  window_ms 'Plan Governance' "$PDCA_PRODUCT" "$(fresh_workspace)" graceful >/dev/null # untimed first start
  window_ms 'bare RCP' "$bare_product" "$work/bare-warm" graceful >/dev/null
  for ((i = 0; i < runs; i++)); do # alternate, so that a busy moment hits both alike
    pdca_runs+=("$(window_ms 'Plan Governance' "$PDCA_PRODUCT" "$(fresh_workspace)")")
    bare_runs+=("$(window_ms 'bare RCP' "$bare_product" "$work/bare-$i")")
  done
  echo "  workbench runs: ${pdca_runs[*]} ms; bare RCP runs: ${bare_runs[*]} ms" >&2
  wb=$(printf '%s\n' "${pdca_runs[@]}" | median)
  bare=$(printf '%s\n' "${bare_runs[@]}" | median)
  number "$wb" workbench; number "$bare" "bare RCP"
  line "1 workbench: start to first window" "$wb" "bare RCP product, same" "$bare" max 1.2
  kill "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
fi

# ---- 2. pdca validate of one plan, cold
if wants validate; then
  echo "== 2. pdca validate of one plan, fresh JVM ($runs runs each)" >&2
  validate=$(median_ms "$runs" "$PDCA_ROOT/pdca" validate "$one_seed")
  version=$(median_ms "$runs" "$java" -version)
  # ./pdca's own command line, but the framework starts and stops without running the application
  osgi() {
    PDCA_JAVA_OPTS="-Declipse.ignoreApp=true -Declipse.application.launchDefault=false" "$PDCA_ROOT/pdca"
  }
  bare_osgi=$(median_ms "$runs" osgi)
  for v in "$validate" "$version" "$bare_osgi"; do number "$v" validate; done
  line "2 pdca validate, 1 plan, cold" "$validate" "java -version" "$version" abs 1000
  line "2 pdca validate, 1 plan, cold" "$validate" "bare OSGi start+stop, same" "$bare_osgi" abs 1000
fi

# ---- 3. the packet, cold, vs LibreOffice
if wants export; then
  echo "== 3. pdca export of the five seed plans, fresh JVM ($runs runs each), vs LibreOffice" >&2
  # also the untimed first run of the export command (its class-data archive is made at its end)
  rm -rf "$work/odt"
  "$PDCA_ROOT/pdca" export --format pdf,odt,ods --out "$work/odt" "${seeds[@]}" >/dev/null
  odts=("$work"/odt/*/report.odt)
  [ ${#odts[@]} -eq 5 ] || pdca_die "expected five ODT reports, got ${#odts[@]}"
  # each ODT under its plan's name, so that one soffice process writes five PDFs side by side
  mkdir -p "$work/odt-flat"
  for f in "${odts[@]}"; do cp "$f" "$work/odt-flat/$(basename "$(dirname "$f")").odt"; done
  flat=("$work"/odt-flat/*.odt)
  lo_profile=$work/lo-profile
  soffice_pdf() {
    rm -rf "$work/lo-out"
    soffice -env:UserInstallation="file://$lo_profile" --headless --norestore --convert-to pdf \
      --outdir "$work/lo-out" "$@"
    [ "$(ls "$work"/lo-out/*.pdf | wc -l)" -eq $# ] # every report converted
  }
  pdca_export() {
    local formats=$1
    shift
    rm -rf "$work/pdca-out"
    "$PDCA_ROOT/pdca" export --format "$formats" --out "$work/pdca-out" "$@"
  }
  lo5=$(median_ms "$runs" soffice_pdf "${flat[@]}")
  lo1=$(median_ms "$runs" soffice_pdf "$work/odt-flat/106-tainan-motor-vehicle-station.odt")
  pdf5=$(median_ms "$runs" pdca_export pdf "${seeds[@]}")
  all5=$(median_ms "$runs" pdca_export pdf,odt,ods "${seeds[@]}")
  pdf1=$(median_ms "$runs" pdca_export pdf "$one_seed")
  for v in "$lo5" "$lo1" "$pdf5" "$all5" "$pdf1"; do number "$v" export; done
  line "3 pdca export PDF, 5 plans, cold" "$pdf5" "soffice ODT->PDF, 5, one process" "$lo5" faster 5
  line "3 pdca export PDF+ODT+ODS, 5 plans, cold" "$all5" "soffice ODT->PDF, 5, one process" "$lo5" faster 5
  line "3 pdca export PDF, 1 plan, cold" "$pdf1" "soffice ODT->PDF, 1 plan" "$lo1" faster 1
fi

# ---- 4. portfolio load + validate vs raw SAX parse
if wants portfolio; then
  if [ "$quick" = 1 ]; then plans=30 passes=3; else plans=300 passes=10; fi
  echo "== 4. portfolio of $plans x 100-action plans: load+validate vs SAX parse ($passes warm passes)" >&2
  "$java" -Xmx1g -cp "$jar" pdca.benchmarks.SyntheticPlans portfolio "$work/portfolio" "$plans" 100 >/dev/null
  ratio_run() {
    "$java" -Xmx1g -Duser.language=zh -Duser.country=TW -cp "$jar" pdca.benchmarks.PortfolioRatio "$1" "$work/portfolio" "$passes" \
      | sed -n 's/^RESULT //p'
  }
  "$java" -Xmx1g -cp "$jar" pdca.benchmarks.PortfolioRatio sax "$work/portfolio" 0 >/dev/null # page cache
  sax=$(ratio_run sax)
  model=$(ratio_run model)
  echo "  sax: $sax; model: $model" >&2
  field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
  for k in cold_ms warm_median_ms; do number "$(field $k "$sax")" "SAX $k"; number "$(field $k "$model")" "model $k"; done
  line "4 portfolio load+validate, warm ($plans plans)" "$(field warm_median_ms "$model")" "raw SAX parse, warm" "$(field warm_median_ms "$sax")" max 2
  line "4 portfolio load+validate, cold ($plans plans)" "$(field cold_ms "$model")" "raw SAX parse, cold" "$(field cold_ms "$sax")" max 3
fi

# ---- 5. the plan editor on a 2,000-action plan (the UI test harness)
if wants editor; then
  echo "== 5. plan editor, 2,000-action plan (releng/benchmarks/editor.sh)" >&2
  "$here/editor.sh" | tee "$out/editor.txt" >&2
  cold=$(sed -n 's/.*round 1 .*to painted grid \([0-9]*\) ms.*/\1/p' "$out/editor.txt")
  warm=$(sed -n 's/.*round [2-9] .*to painted grid \([0-9]*\) ms.*/\1/p' "$out/editor.txt" | median)
  number "$cold" "editor cold"; number "$warm" "editor warm"
  line "5 editor open to painted grid, cold" "$cold" "goal: 1 s" 1000 abs 1000
  line "5 editor open to painted grid, warm" "$warm" "goal: 1 s" 1000 abs 1000
fi

echo "load average at end: $(load)"
others=$(($(cpu_busy_ticks) - start_ticks))
echo "wall $((SECONDS - start_seconds)) s; CPU busy meanwhile (this run included): $((others / hz)) core-seconds"
