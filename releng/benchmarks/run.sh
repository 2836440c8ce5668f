#!/usr/bin/env bash
# Builds and runs the plan-model benchmarks and prints the figures (see docs/benchmarks.md).
#
#   releng/benchmarks/run.sh            build, then JMH timings, then the portfolio memory run
#   releng/benchmarks/run.sh jmh [JMH options...]   only the JMH timings (options go to JMH,
#                                                   e.g. 'validateLargePlan' or '-wi 1 -i 2')
#   releng/benchmarks/run.sh memory [options...]   only the portfolio memory run (options go to
#                                                   PortfolioMemory, e.g. '--plans 50')
#
# Needs a JDK 21 or later: JAVA_HOME if it is one, else /usr/lib/jvm/temurin-25-jdk-amd64.
# SKIP_BUILD=1 reuses target/benchmarks.jar; QUIET_WAIT=SECONDS (default 60) is how long to wait
# for an idle machine before starting (0: start at once). Takes about 3 to 4 minutes on 2 cores.
# Results are also written to releng/benchmarks/target/results/.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
fallback_jdk=/usr/lib/jvm/temurin-25-jdk-amd64

java_major() { # prints the feature version of the JDK in $1 (8, 17, 21, ...), or 0
	local v
	v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
		| awk -F'= ' '/java.specification.version/ { v = $2; sub(/^1\./, "", v); print int(v) }') || true
	echo "${v:-0}"
}

jdk=""
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]] \
	&& (( $(java_major "$JAVA_HOME") >= 21 )); then
	jdk=$JAVA_HOME
elif [[ -x "$fallback_jdk/bin/java" && -x "$fallback_jdk/bin/javac" ]] && (( $(java_major "$fallback_jdk") >= 21 )); then
	jdk=$fallback_jdk
else
	echo "run.sh: needs a JDK 21 or later; JAVA_HOME (${JAVA_HOME:-unset}) is not one, and $fallback_jdk is missing or older." >&2
	echo "run.sh: set JAVA_HOME to a JDK 21+ and try again." >&2
	exit 1
fi
export JAVA_HOME=$jdk
java="$jdk/bin/java"

what=${1:-all}
case "$what" in
	all | jmh | memory) [[ $# -gt 0 ]] && shift ;;
	*) what=jmh ;; # anything else is taken as JMH options
esac

memory_args=()
if [[ "$what" == memory ]]; then
	memory_args=("$@") # e.g. --plans 50 --warm-rounds 3
fi

jar="$here/target/benchmarks.jar"
results="$here/target/results"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
	echo "== Building releng/benchmarks (JDK $(java_major "$jdk"))"
	# Maven on JDK 24+ warns about sun.misc.Unsafe in its own libraries; not ours.
	(cd "$repo" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" \
		./mvnw -f releng/benchmarks/pom.xml -q package)
fi
mkdir -p "$results"

echo "== Machine"
echo "cores: $(nproc); memory: $(free -h | awk '/^Mem:/ { print $2 }'); cpu: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
busy() { # other work on the machine skews the figures: show it at the start and the end
	echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)$( [[ -r /proc/pressure/cpu ]] \
		&& echo "; cpu pressure: $(head -1 /proc/pressure/cpu | cut -d' ' -f2-4)")"
}
if git -C "$repo" rev-parse --git-dir > /dev/null 2>&1; then # the figures belong to this model code
	model_changes=$(git -C "$repo" status --porcelain -- bundles/core/pdca.model | wc -l)
	echo "model sources: commit $(git -C "$repo" rev-parse --short HEAD)$( (( model_changes > 0 )) \
		&& echo " + $model_changes uncommitted change(s) in bundles/core/pdca.model")"
fi
busy
cpu_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; } # user nice system irq softirq
times_file=$(mktemp)
trap 'rm -f "$times_file"' EXIT
measure_children() { # sets children_ticks: CPU time of this script's finished children (and theirs)
	times > "$times_file" # a builtin run in this shell; in a subshell it would not see our children
	children_ticks=$(awk -v hz="$(getconf CLK_TCK)" \
		'NR == 2 { split($0, a, /[ms ]+/); print int((a[1] * 60 + a[2] + a[3] * 60 + a[4]) * hz) }' "$times_file")
}
# On a shared machine, wait (up to QUIET_WAIT seconds, default 60) for a quiet moment to start in
quiet_wait=${QUIET_WAIT:-60}
for (( waited = 0; waited < quiet_wait; waited += 5 )); do
	t0=$(cpu_busy_ticks); sleep 5; t1=$(cpu_busy_ticks)
	(( (t1 - t0) < 5 * $(getconf CLK_TCK) / 5 )) && break # below 0.2 cores busy
	echo "machine busy ($(( (t1 - t0) * 100 / (5 * $(getconf CLK_TCK)) ))% of a core); waiting for a quiet moment..."
done
start_ticks=$(cpu_busy_ticks)
measure_children
start_children=$children_ticks
start_seconds=$SECONDS
"$java" -version 2>&1 | sed 's/^/jdk: /'

if [[ "$what" == all || "$what" == jmh ]]; then
	echo "== JMH: 2,000-action plan and 300 x 100-action portfolio (1 fork, 3 warmup + 5 measurement iterations, -Xmx1g)"
	# Full JMH output (iterations, GC profiler) goes to target/results/jmh.txt; here only progress
	# and the summary: the times and the bytes allocated per operation.
	set +e
	"$java" -jar "$jar" -prof gc -rf json -rff "$results/jmh.json" "$@" 2>&1 | tee "$results/jmh.txt" \
		| { grep --line-buffered -e '^# Benchmark: ' -e '^# Run progress' || true; }
	status=${PIPESTATUS[0]}
	set -e
	if [[ $status != 0 ]]; then
		tail -20 "$results/jmh.txt" >&2
		echo "run.sh: JMH failed (exit $status); its whole output is in $results/jmh.txt" >&2
		exit "$status"
	fi
	if grep -q '^Benchmark  *Mode' "$results/jmh.txt"; then
		sed -n '/^Benchmark  *Mode/,$p' "$results/jmh.txt" | grep -v -e ':gc\.alloc\.rate  ' -e ':gc\.count' -e ':gc\.time' -e '^$'
	else
		cat "$results/jmh.txt" # e.g. -l or -h
	fi
fi

if [[ "$what" == all || "$what" == memory ]]; then
	echo "== PortfolioMemory: 300 x 100-action plans loaded, validated and held (-Xmx1g)"
	"$java" -Xmx1g -Duser.language=zh -Duser.country=TW -cp "$jar" pdca.benchmarks.PortfolioMemory \
		--warm-rounds 10 --histogram 12 "${memory_args[@]}" 2>&1 | tee "$results/memory.txt"
fi

echo "== Done"
busy
# CPU that other processes used meanwhile: on 2 cores, anything much above zero skews the timings
end_ticks=$(cpu_busy_ticks)
measure_children
others=$(( (end_ticks - start_ticks) - (children_ticks - start_children) ))
echo "wall $((SECONDS - start_seconds)) s; CPU used by other processes meanwhile: $((others / $(getconf CLK_TCK))) core-seconds"
