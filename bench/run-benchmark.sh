#!/usr/bin/env bash
# Compiles the tests, builds their classpath and runs one benchmark's main class with a 1 GiB heap:
#   bench/run-benchmark.sh org.unodc.vpi.benchmark.ApiListBenchmark [JVM options]
# MVN_ARGS=-o runs Maven offline. Used by the other scripts in bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1"
shift

mvn -q -ntp ${MVN_ARGS:-} test-compile
mvn -q -ntp ${MVN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark-classpath.txt

exec java -Xms1g -Xmx1g "$@" \
  -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
  "$main"
