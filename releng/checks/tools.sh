# Sourced by the check scripts beside it (with ROOT set): builds the plain Maven project in
# releng/checks and sets $classpath (its classes and veraPDF) and $validator (the ODF Toolkit
# validator's jar), both from Maven Central; exits 2 with a FAIL line when it cannot.
cp_file=$ROOT/releng/checks/target/classpath.txt
"$ROOT/mvnw" -B -q -f "$ROOT/releng/checks/pom.xml" compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" >/dev/null || { echo "FAIL could not build releng/checks"; exit 2; }
classpath="$ROOT/releng/checks/target/classes:$(cat "$cp_file")"
validator=$(tr ':' '\n' < "$cp_file" | grep 'odfvalidator-.*jar-with-dependencies.jar$')
