#!/usr/bin/env bash
# Writes the tracking samples (bundles/core/pdca.samples/workspace/tracking) from the seed plans with
# releng/samples/TrackingSamples.java, and the county portfolio sample (bundles/core/pdca.samples/workspace/county)
# from the agency templates' starter plans with releng/samples/CountySamples.java. Needs bundles/core/pdca.model and
# bundles/templates/pdca.templates compiled (./mvnw -o -B compile -pl bundles/core/pdca.model,bundles/core/pdca.samples,bundles/templates/pdca.templates)
# and the EMF jars in ~/.m2. Usage: releng/samples/generate.sh [WORKSPACE]   (default: the samples' workspace;
# another folder must hold a copy of its plans/, which the tracking generator reads)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}/org/eclipse/emf
cp="$root/bundles/core/pdca.model/target/classes"
cp="$cp:$m2/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar"
cp="$cp:$m2/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar"
cp="$cp:$m2/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar"
workspace=$(cd "${1:-$root/bundles/core/pdca.samples/workspace}" && pwd)
cd "$root"
"${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -cp "$cp" releng/samples/TrackingSamples.java \
  "$workspace"
"${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -cp "$cp:$root/bundles/templates/pdca.templates/target/classes" \
  releng/samples/CountySamples.java "$workspace" "$root/bundles/templates"
