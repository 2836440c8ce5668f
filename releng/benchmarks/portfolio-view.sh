#!/usr/bin/env bash
# Prints how long the portfolio view (Tracker › 計畫總覽) takes to show the benchmark generator's
# portfolio (PLANS plans of 100 actions, default 300) in a running workbench with -Xmx1g: the first
# opening (cold), five more (warm), the UI thread's longest pause while the plans are read, and
# the heap in use with the view open; by running PortfolioViewBenchmark in the UI test harness
# under Xvfb. It fails when what it times did not happen (a plan without its line, a plan read
# on the UI thread). Usage: releng/benchmarks/portfolio-view.sh [PLANS]
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
pdca_select_jdk
pdca_install_desktop_packages
cd "$PDCA_ROOT"
plans=${1:-300}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -o -f releng/benchmarks/pom.xml package >/dev/null 2>&1 || ./mvnw -B -q -f releng/benchmarks/pom.xml package >/dev/null
"$JAVA_HOME/bin/java" -cp releng/benchmarks/target/benchmarks.jar pdca.benchmarks.SyntheticPlans portfolio "$work/plans" "$plans" 100 >/dev/null
# the test fragment runs on the product's features: their bundles are built with it
modules=$(pdca_ui_test_modules bundles/tests/pdca.tracker.ui.tests)
xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -B -q -o -pl "$modules" \
  verify -Dtest=PortfolioViewBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dpdca.test.vmargs=-Xmx1g -Dfile.encoding=UTF-8 -Dpdca.benchmark=true -Dpdca.benchmark.portfolio=$work/plans" \
  | grep portfolio-view-benchmark
