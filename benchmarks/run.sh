#!/usr/bin/env bash
# Runs the whole benchmark (engine throughput, scaling, processor overhead, plugin check) and
# writes docs/performance.md. About 10 minutes on 2 cores; not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
echo "[bench] building message-policy $version (mvn install, tests skipped)"
mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true
cp="$(cat benchmarks/target/classpath.txt):$(pwd)/benchmarks/target/classes"
java -Xmx1g -cp "$cp" dev.messagepolicy.benchmarks.BenchmarkMain "$(pwd)" "$version"
