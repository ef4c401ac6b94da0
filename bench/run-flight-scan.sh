#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the Flight SQL scan benchmark
# (dev.omnigraph.bench.FlightScanThroughput, see bench/README.md), then prints the median scans/s
# and MB/s of DoGet and of writing the same batches to an in-memory Arrow IPC stream, and their
# ratio. Exits 1 when a benchmark produced no result (a failed setup or check: JMH itself exits 0).
#
#   bench/run-flight-scan.sh                       # 10,000,000 rows: a few minutes to build the graph once, then about 3 minutes
#   ROWS=1000000 bench/run-flight-scan.sh -i 3     # a smaller table; extra JMH options
#
# The graph is built once (dev.omnigraph.bench.flight.ItemGraph, in its own JVM with BUILD_HEAP)
# into GRAPH_DIR and reused by later runs, also by bench/run-flight-python.sh; delete the
# directory to rebuild it. The benchmark JVM runs with -Xmx4g.
#
# Environment: ROWS (default 10000000); GRAPH_DIR (default bench/target/flight-graph-$ROWS);
# BUILD_HEAP (default 8g); SKIP_BUILD=1 reuses the existing jar; MVN_FLAGS (default -o) goes to
# Maven; RESULTS (default bench/results/flight-scan.json) is where JMH writes its JSON.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
rows=${ROWS:-10000000}
graph=${GRAPH_DIR:-bench/target/flight-graph-$rows}
results=${RESULTS:-bench/results/flight-scan.json}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS--o} -pl bench -am package -DskipTests -Dbench.skipJar=false
fi
java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx"${BUILD_HEAP:-8g}" -cp "$jar" dev.omnigraph.bench.flight.ItemGraph "$graph" "$rows"

mkdir -p "$(dirname "$results")"
rm -f "$results"
java -jar "$jar" FlightScanThroughput -p rows="$rows" -p graphDir="$(cd "$graph" && pwd)" -rf json -rff "$results" "$@"

python3 - "$results" <<'PY'
import json, os, statistics, sys

path = sys.argv[1]
runs = json.load(open(path)) if os.path.exists(path) else []
if len(runs) < 2:
    sys.exit("FlightScanThroughput: expected 2 results in %s, got %d (see the JMH output above)" % (path, len(runs)))
def median(metric):
    return statistics.median(v for fork in metric["rawData"] for v in fork)
print()
print("%-16s %10s %12s %12s %12s" % ("benchmark", "rows", "iterations", "scans/s", "MB/s"))
mbs = {}
for run in runs:
    name = run["benchmark"].rsplit(".", 1)[1]
    scans = median(run["primaryMetric"])
    mbs[name] = median(run["secondaryMetrics"]["bytes"]) / 1e6
    count = sum(len(fork) for fork in run["primaryMetric"]["rawData"])
    print("%-16s %10s %12d %12.3f %12.1f" % (name, run["params"]["rows"], count, scans, mbs[name]))
print("medians of the iterations; flightDoGet / ipcStreamWrite = %.4f" % (mbs["flightDoGet"] / mbs["ipcStreamWrite"]))
PY
