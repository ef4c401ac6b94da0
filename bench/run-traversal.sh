#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the traversal and planning benchmarks (see
# bench/README.md), then prints the medians, OmniGraph's ratios to DuckDB and to Kuzu, and the
# planning breakdown. Exits 1 when a benchmark produced no result (a failed setup or check: JMH
# itself exits 0).
#
#   bench/run-traversal.sh                                # all of Traversal and PlanCache, ~8 minutes
#   bench/run-traversal.sh 'Traversal.reach2'             # a subset (a JMH regex)
#   bench/run-traversal.sh 'Traversal.reach' -p persons=2000 -wi 1 -i 2   # extra JMH options after the regex
#
# Environment: SKIP_BUILD=1 reuses the existing jar; MVN_FLAGS (default -o) goes to Maven;
# RESULTS (default bench/results/traversal.json) is where JMH writes its JSON.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=bench/target/benchmarks.jar
results=${RESULTS:-bench/results/traversal.json}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_FLAGS--o} -pl bench -am package -DskipTests -Dbench.skipJar=false
fi

regex='\.(Traversal|PlanCache)\.'
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
import json, os, re, sys

path, expected = sys.argv[1], sys.argv[2].split()
runs = []
if os.path.exists(path):
    with open(path) as f:
        runs = json.load(f)

nan = float("nan")
QUESTIONS = {
    "reach2": "persons within 1..2 hops",
    "reach3": "persons within 1..3 hops",
    "paths": "every two-hop path as rows",
}
SYSTEMS = {"Omnigraph": "OmniGraph", "Duckdb": "DuckDB", "Kuzu": "Kuzu"}


def summary(run):
    metric = run["primaryMetric"]
    pct = metric.get("scorePercentiles", {})
    samples = sum(count for fork in metric.get("rawDataHistogram", []) for iteration in fork
                  for _, count in iteration)
    if not samples:
        samples = sum(len(fork) for fork in metric.get("rawData", []))
    unit = metric.get("scoreUnit", "?").replace("/op", "")
    return {
        "median": pct.get("50.0", metric["score"]),
        "p90": pct.get("90.0", nan),
        "p99": pct.get("99.0", nan),
        "mean": metric["score"],
        "samples": samples,
        "unit": unit,
        "params": run.get("params", {}),
    }


def in_us(s):
    factor = {"ns": 1e-3, "us": 1.0, "ms": 1e3, "s": 1e6}.get(s["unit"])
    return s["median"] * factor if factor else nan


traversal, planning = {}, {}
for run in runs:
    owner, name = run["benchmark"].rsplit(".", 2)[-2:]
    if owner == "Traversal":
        traversal[name] = summary(run)
    elif owner == "PlanCache":
        planning[name] = summary(run)

if traversal:
    print()
    print("Traversal (Person-Knows-Person, out-degree 8)")
    print(f"{'question':<28} {'system':<10} {'persons':>8} {'samples':>8} {'median':>10} {'p90':>10} "
          f"{'p99':>10} {'mean':>10} unit")
    medians = {}
    for question in QUESTIONS:
        for suffix, label in SYSTEMS.items():
            s = traversal.get(question + suffix)
            if s is None:
                continue
            medians[(question, suffix)] = s["median"]
            print(f"{QUESTIONS[question]:<28} {label:<10} {s['params'].get('persons', '?'):>8} {s['samples']:>8} "
                  f"{s['median']:>10.2f} {s['p90']:>10.2f} {s['p99']:>10.2f} {s['mean']:>10.2f} {s['unit']}")
    others = sorted(set(traversal) - {q + s for q in QUESTIONS for s in SYSTEMS})
    for name in others:
        s = traversal[name]
        print(f"{name:<39} {s['samples']:>8} {s['median']:>10.2f} {s['p90']:>10.2f} {s['p99']:>10.2f} "
              f"{s['mean']:>10.2f} {s['unit']}")
    print()
    ratios = [(q, peer, medians[(q, "Omnigraph")] / medians[(q, peer)])
              for q in QUESTIONS for peer in ("Duckdb", "Kuzu")
              if (q, "Omnigraph") in medians and (q, peer) in medians and medians[(q, peer)] > 0]
    if ratios:
        print("median ratios, OmniGraph / peer (below 1: OmniGraph is faster):")
        for q, peer, ratio in ratios:
            print(f"  {QUESTIONS[q] + ', OmniGraph / ' + SYSTEMS[peer]:<48} {ratio:10.4f}")
    else:
        print("no OmniGraph/peer pair in this run, so no ratios")

if planning:
    print()
    print("Planning (the key-lookup query, embedded)")
    print(f"{'benchmark':<20} {'samples':>8} {'median':>12} {'p90':>12} {'p99':>12} {'mean':>12} unit")
    order = ["firstRun", "repeatedRun", "prepareFresh", "prepareCached", "stageParse", "stageCheck",
             "stagePlan", "stagesTogether", "stageExecute", "coldFirstRun", "calciteSqlPrepare"]
    for name in order + sorted(set(planning) - set(order)):
        s = planning.get(name)
        if s is None:
            continue
        print(f"{name:<20} {s['samples']:>8} {s['median']:>12.3f} {s['p90']:>12.3f} {s['p99']:>12.3f} "
              f"{s['mean']:>12.3f} {s['unit']}")
    us = {name: in_us(s) for name, s in planning.items()}
    print()
    if "firstRun" in us and "repeatedRun" in us:
        print(f"first execution (new text) / repeated execution (cached plan): "
              f"{us['firstRun']:.2f} us / {us['repeatedRun']:.3f} us = {us['firstRun'] / us['repeatedRun']:.1f}x")
    if "prepareFresh" in us and "prepareCached" in us:
        print(f"prepare, new text / cache hit: {us['prepareFresh']:.2f} us / {us['prepareCached']:.3f} us")
    stages = ["stageParse", "stageCheck", "stagePlan", "stageExecute"]
    if all(name in us for name in stages):
        total = sum(us[name] for name in stages)
        print(f"share of a first execution (sum of the stage medians, {total:.2f} us):")
        for label, name in (("parse", "stageParse"), ("check", "stageCheck"), ("plan", "stagePlan")):
            print(f"  {label:<16} {us[name]:>10.3f} us {100 * us[name] / total:6.1f}%")
        print(f"  {'code generation':<16} {'none':>10}    {'-':>6}   (plans are interpreted; nothing is generated)")
        print(f"  {'execute':<16} {us['stageExecute']:>10.3f} us {100 * us['stageExecute'] / total:6.1f}%")
        if "stagesTogether" in us:
            print(f"  parse+check+plan in a row: {us['stagesTogether']:.2f} us (the stage medians add up to "
                  f"{us['stageParse'] + us['stageCheck'] + us['stagePlan']:.2f} us)")
    if "coldFirstRun" in us:
        print(f"first query of a fresh JVM (prepare + execute, median of "
              f"{planning['coldFirstRun']['samples']} forks): {us['coldFirstRun'] / 1e3:.1f} ms")
    if "calciteSqlPrepare" in us:
        line = f"Calcite's SQL path, prepareStatement of a new text: {us['calciteSqlPrepare'] / 1e3:.2f} ms"
        if "prepareFresh" in us:
            line += f" = {us['calciteSqlPrepare'] / us['prepareFresh']:.0f}x OmniGraph's prepare of a new text"
        print(line)

ran = {run["benchmark"] for run in runs}
failed = [name for name in expected if name not in ran]
if failed:
    print()
    print("FAILED (no result; see the JMH output above):")
    for name in failed:
        print("  " + name)
    sys.exit(1)
PY
