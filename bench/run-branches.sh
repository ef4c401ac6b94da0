#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the branch benchmark (dev.omnigraph.bench.branches.BranchBench):
# branch create and delete latency, a one-row insert on a fresh branch (first touch of the table) and a
# second one, and merge time and peak heap into 10,000 and 100,000 rows with a 256-float vector and 50
# rows changed on the source (fast-forward and three-way).
#
#   bench/run-branches.sh                                  # defaults: 50 branches, 3 merges per case
#   bench/run-branches.sh -Dsizes=10000 -Dmerges=5 -Dbranches=100
#
# Environment: SKIP_BUILD=1 reuses the existing jar; MVN_FLAGS (default -o) goes to Maven;
# -Dbench.tmpdir=<dir> puts the scratch graphs on another disk.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS--o} -pl bench -am package -DskipTests -Dbench.skipJar=false
fi
exec java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx6g "$@" -cp "$jar" dev.omnigraph.bench.branches.BranchBench
