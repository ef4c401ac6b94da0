#!/usr/bin/env bash
# Measures the Flight SQL server from Python (bench/README.md, "Flight SQL from Python"): builds
# bench/target/benchmarks.jar, serves the generated item graph with dev.omnigraph.bench.flight.ItemServer
# (-Xmx4g), installs the pinned clients (bench/python/requirements.txt) into bench/target/python-venv,
# and runs bench/python/flight_clients.py against it: DoGet MB/s of a full scan against an in-memory
# Arrow IPC stream write of the same table, and point-lookup latency.
#
#   bench/run-flight-python.sh                      # 10,000,000 rows
#   ROWS=100000 bench/run-flight-python.sh --scans 10 --lookups 1000
#
# The graph is built once (dev.omnigraph.bench.flight.ItemGraph, in its own JVM with BUILD_HEAP)
# into GRAPH_DIR and reused, also by bench/run-flight-scan.sh; delete the directory to rebuild it.
#
# Environment: ROWS (default 10000000); GRAPH_DIR (default bench/target/flight-graph-$ROWS);
# BUILD_HEAP (default 8g); SKIP_BUILD=1 reuses the existing jar; MVN_FLAGS (default -o) goes to Maven.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
rows=${ROWS:-10000000}
graph=${GRAPH_DIR:-bench/target/flight-graph-$rows}
venv=bench/target/python-venv

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS--o} -pl bench -am package -DskipTests -Dbench.skipJar=false
fi
java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx"${BUILD_HEAP:-8g}" -cp "$jar" dev.omnigraph.bench.flight.ItemGraph "$graph" "$rows"
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r bench/python/requirements.txt

# The server runs until its standard input closes: feed it from a FIFO this script holds open.
fifo=$(mktemp -u)
mkfifo "$fifo"
out=$(mktemp)
java --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx4g -Drows="$rows" -Dgraph.dir="$graph" \
  -cp "$jar" dev.omnigraph.bench.flight.ItemServer < "$fifo" > "$out" 2>&1 &
server=$!
exec 3> "$fifo"
trap 'exec 3>&-; wait "$server" || true; rm -f "$fifo" "$out"' EXIT
until grep -q '^OMNIGRAPH_LISTEN_ADDR=' "$out"; do
  if ! kill -0 "$server" 2> /dev/null; then
    cat "$out" >&2
    exit 1
  fi
  sleep 1
done
address=$(sed -n 's/^OMNIGRAPH_LISTEN_ADDR=//p' "$out")
"$venv/bin/python" bench/python/flight_clients.py "grpc://$address" "$rows" "$@"
