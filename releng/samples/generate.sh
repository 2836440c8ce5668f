#!/usr/bin/env bash
# Writes the tracking samples (bundles/pdca.samples/workspace/tracking) from the seed plans with
# releng/samples/TrackingSamples.java. Needs bundles/pdca.model built (./mvnw -o -B verify -pl bundles/pdca.model)
# and the EMF jars in ~/.m2. Usage: releng/samples/generate.sh   (from the repository root)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}/org/eclipse/emf
cp="$root/bundles/pdca.model/target/classes"
cp="$cp:$m2/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar"
cp="$cp:$m2/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar"
cp="$cp:$m2/org.eclipse.emf.ecore.xmi/2.41.0/org.eclipse.emf.ecore.xmi-2.41.0.jar"
cd "$root"
"${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -cp "$cp" releng/samples/TrackingSamples.java \
  bundles/pdca.samples/workspace
