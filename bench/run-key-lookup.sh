#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the key-lookup benchmark (see bench/README.md), then
# prints the medians and OmniGraph's ratio to DuckDB and to Kuzu. Exits 1 when a benchmark
# produced no result (a failed setup or check: JMH itself exits 0).
#
#   bench/run-key-lookup.sh                              # all benchmarks, ~2-3 minutes
#   bench/run-key-lookup.sh 'KeyLookup.(duckdb|kuzu)'    # a subset (a JMH regex)
#   bench/run-key-lookup.sh KeyLookup -p rows=10000 -wi 1 -i 2   # extra JMH options after the regex
#
# Environment: SKIP_BUILD=1 reuses the existing jar; MVN_FLAGS (default -o) goes to Maven;
# RESULTS (default bench/results/key-lookup.json) is where JMH writes its JSON.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
results=${RESULTS:-bench/results/key-lookup.json}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS--o} -pl bench -am package -DskipTests -Dbench.skipJar=false
fi

regex=KeyLookup
if [[ $# -gt 0 && $1 != -* ]]; then
  regex=$1
  shift
fi

mkdir -p "$(dirname "$results")"
rm -f "$results"
# What the run should produce, to tell afterwards which benchmarks failed (JMH exits 0 anyway).
expected=$(java -jar "$jar" -l "$regex" "$@" | grep -v '^Benchmarks:' || true)
java -jar "$jar" "$regex" -rf json -rff "$results" "$@"

python3 - "$results" "$expected" <<'PY'
import json, os, sys

path, expected = sys.argv[1], sys.argv[2].split()
runs = []
if os.path.exists(path):
    with open(path) as f:
        runs = json.load(f)

LABELS = {
    "omnigraphEmbedded": "OmniGraph embedded",
    "omnigraphLance": "OmniGraph via Lance",
    "omnigraphJdbc": "OmniGraph JDBC",
    "duckdb": "DuckDB",
    "kuzu": "Kuzu",
}
nan = float("nan")
medians = {}
print()
print(f"{'benchmark':<22} {'rows':>8} {'samples':>9} {'median':>10} {'p90':>10} {'p99':>10} {'mean':>10}   (us/op)")
for run in runs:
    name = run["benchmark"].rsplit(".", 1)[-1]
    metric = run["primaryMetric"]
    pct = metric.get("scorePercentiles", {})
    if metric.get("scoreUnit") != "us/op":
        print(f"note: {name} is in {metric.get('scoreUnit')}, not us/op")
    samples = sum(count for fork in metric.get("rawDataHistogram", []) for iteration in fork
                  for _, count in iteration)
    median = pct.get("50.0", metric["score"])
    medians[name] = median
    rows = run.get("params", {}).get("rows", "?")
    print(f"{LABELS.get(name, name):<22} {rows:>8} {samples:>9} {median:>10.2f} {pct.get('90.0', nan):>10.2f} "
          f"{pct.get('99.0', nan):>10.2f} {metric['score']:>10.2f}")

print()
ratios = [(ours, peer, medians[ours] / medians[peer])
          for ours in ("omnigraphEmbedded", "omnigraphLance", "omnigraphJdbc")
          for peer in ("duckdb", "kuzu")
          if ours in medians and peer in medians and medians[peer] > 0]
if ratios:
    print("median ratios, OmniGraph / peer (below 1: OmniGraph is faster):")
    for ours, peer, ratio in ratios:
        print(f"  {LABELS[ours] + ' / ' + LABELS[peer]:<32} {ratio:10.4f}")
else:
    print("no OmniGraph/peer pair in this run, so no ratios")

ran = {run["benchmark"] for run in runs}
failed = [name for name in expected if name not in ran]
if failed:
    print()
    print("FAILED (no result; see the JMH output above):")
    for name in failed:
        print("  " + name)
    sys.exit(1)
PY
