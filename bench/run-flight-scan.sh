#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the Flight SQL scan benchmark
# (dev.omnigraph.bench.FlightScanThroughput, see bench/README.md), then prints scans/s and MB/s of
# DoGet against writing the same batches to an in-memory Arrow IPC stream. Exits 1 when a
# benchmark produced no result (a failed setup or check: JMH itself exits 0).
#
#   bench/run-flight-scan.sh                       # 1,000,000 rows, about 3 minutes
#   bench/run-flight-scan.sh -p rows=100000        # extra JMH options
#
# Environment: SKIP_BUILD=1 reuses the existing jar; MVN_FLAGS (default -o) goes to Maven;
# RESULTS (default bench/results/flight-scan.json) is where JMH writes its JSON.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
results=${RESULTS:-bench/results/flight-scan.json}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS--o} -pl bench -am package -DskipTests -Dbench.skipJar=false
fi

mkdir -p "$(dirname "$results")"
rm -f "$results"
java -jar "$jar" FlightScanThroughput -rf json -rff "$results" "$@"

python3 - "$results" <<'PY'
import json, os, sys

path = sys.argv[1]
runs = json.load(open(path)) if os.path.exists(path) else []
if len(runs) < 2:
    sys.exit("FlightScanThroughput: expected 2 results in %s, got %d (see the JMH output above)" % (path, len(runs)))
print()
print("%-16s %10s %12s %12s" % ("benchmark", "rows", "scans/s", "MB/s"))
for run in runs:
    name = run["benchmark"].rsplit(".", 1)[1]
    scans = run["primaryMetric"]["score"]
    mbs = run["secondaryMetrics"]["bytes"]["score"] / 1e6
    print("%-16s %10s %12.2f %12.1f" % (name, run["params"]["rows"], scans, mbs))
PY
