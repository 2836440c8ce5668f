#!/usr/bin/env bash
# Prints how long the plan editor takes on a generated 2,000-action plan (open to first paint,
# to a painted Actions grid, one text edit), cold and warm, by running EditorOpenBenchmark in the
# UI test harness under Xvfb. Usage: releng/benchmarks/editor.sh   (from the repository root)
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
pdca_select_jdk
pdca_install_desktop_packages
cd "$PDCA_ROOT"
xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -B -q \
  -pl bundles/pdca.model,bundles/pdca.samples,bundles/pdca.ui,bundles/pdca.ui.tests,features/pdca.runtime.feature \
  verify -Dtest=EditorOpenBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dpdca.test.vmargs=-Xmx1g -Dpdca.benchmark=true" | grep editor-benchmark
