#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the write benchmark (dev.omnigraph.bench.writes.WriteBench):
# single-row insert latency (median, p99) and throughput with 1 and 8 threads on disjoint tables and
# on one table, each as one-line append loads and as .gq insert mutations, and a bulk append load of
# 1,000,000 rows. Every write is a full graph commit.
#
#   bench/run-writes.sh                         # defaults: 300 writes per run, 1,000,000 bulk rows
#   bench/run-writes.sh -Dwrites=1000 -Dbulk.rows=200000
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
exec java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx6g "$@" -cp "$jar" dev.omnigraph.bench.writes.WriteBench
