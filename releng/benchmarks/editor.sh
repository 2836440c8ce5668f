#!/usr/bin/env bash
# Prints how long the plan editor takes on a generated 2,000-action plan (open to first paint,
# to a painted Actions grid, one text edit), cold and warm, by running EditorOpenBenchmark in the
# UI test harness under Xvfb; the test fails when what it times did not happen (the grid lacks rows,
# an edit did not reach the model) or took absurdly long. Usage: releng/benchmarks/editor.sh
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
pdca_select_jdk
pdca_install_desktop_packages
cd "$PDCA_ROOT"
# the test fragment runs on the product's features: their bundles are built with it
modules=$(pdca_ui_test_modules bundles/tests/pdca.ui.tests)
xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -B -q -pl "$modules" \
  verify -Dtest=EditorOpenBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dpdca.test.vmargs=-Xmx1g -Dpdca.benchmark=true" | grep editor-benchmark
