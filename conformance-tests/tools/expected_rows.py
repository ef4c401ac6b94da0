#!/usr/bin/env python3
"""Computes the expected rows of the cookbook conformance cases (cases.py) directly from each
cookbook's schema.pg + seed.jsonl + queries/*.gq, with the reference semantics in gqmini.py.

  python3 expected_rows.py                 # human-readable report of every case
  python3 expected_rows.py --java          # regenerate the *CookbookIT.java classes
  python3 expected_rows.py --check         # exit 1 when the Java classes differ from a regeneration
  python3 expected_rows.py --datasets DIR  # datasets root (default: $OMNIGRAPH_DATASETS,
                                           #   else ../../../shared/datasets from this directory)

The Java test classes hold the expected rows literally; after a change here, regenerate them and
review the diff (`git diff conformance-tests/src`).
"""
import argparse
import datetime as dt
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402
from gqmini import Evaluator, parse_file  # noqa: E402
from pgmodel import Graph, f32  # noqa: E402

DEFAULT_DATASETS = os.environ.get(
    "OMNIGRAPH_DATASETS", os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "datasets")))
JAVA_DIR = os.path.join(HERE, "..", "src", "test", "java", "dev", "omnigraph", "conformance")
CLASS_NAMES = {"industry-intel": "IndustryIntelCookbookIT", "pharma-intel": "PharmaIntelCookbookIT",
               "second-brain": "SecondBrainCookbookIT"}


def run_cases(datasets, cookbook):
    d = os.path.join(datasets, "cookbooks", cookbook)
    graph = Graph(os.path.join(d, "schema.pg"), os.path.join(d, "seed.jsonl"))
    if graph.problems:
        raise SystemExit("%s seed would be rejected:\n  %s" % (cookbook, "\n  ".join(graph.problems)))
    ev = Evaluator(graph)
    files = {}
    out = []
    for method, gq, name, params in CASES[cookbook]:
        if gq not in files:
            files[gq] = parse_file(os.path.join(d, "queries", gq))
        decls, body = files[gq][name]
        out.append((method, gq, name, params, ev.run(body, decls, params)))
    return graph, out


# ---------------------------------------------------------------- rendering values

def ms_to_iso(ms):
    t = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(milliseconds=ms)
    text = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms % 1000:
        text += ".%03d" % (ms % 1000)
    return text + "Z"


def java_string(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def shortest_f32(x):
    for digits in range(1, 10):
        text = "%.*g" % (digits, x)
        if f32(float(text)) == x:
            return text if any(c in text for c in ".e") else text + ".0"
    raise ValueError(x)


def java_scalar(v, base):
    if v is None:
        return "null"
    if base in ("String", "enum", "id"):
        return java_string(v)
    if base == "Bool":
        return "true" if v else "false"
    if base == "I32":
        return str(v)
    if base in ("I64", "U32", "U64", "count"):
        return "%dL" % v
    if base == "F32":
        return "f32(%s)" % shortest_f32(v)
    if base == "F64":
        return repr(float(v))
    if base == "Date":
        return 'date("%s")' % v.isoformat()
    if base == "DateTime":
        return 'ts("%s")' % ms_to_iso(v)
    raise ValueError("no Java rendering for " + base)


def java_value(v, kind):
    if kind[0] in ("id", "count"):
        return java_scalar(v, kind[0])
    if kind[0] == "param":
        decl = kind[1].rstrip("?")
        return java_scalar(v, {"DateTime": "DateTime", "Date": "Date"}.get(decl, decl))
    ptype = kind[1]
    if ptype.is_list and v is not None:
        return "List.of(%s)" % ", ".join(java_scalar(x, ptype.base) for x in v)
    return java_scalar(v, ptype.base)


def text_value(v, kind):
    if kind[0] == "prop" and kind[1].base == "DateTime" and v is not None:
        return ms_to_iso(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return repr(v)


# ---------------------------------------------------------------- report

def report(datasets):
    for cookbook in CASES:
        graph, results = run_cases(datasets, cookbook)
        print("=" * 100)
        print(cookbook, "nodes", dict(graph.node_counts()))
        print(cookbook, "edges", dict(graph.edge_counts()))
        for method, gq, name, params, r in results:
            print("-" * 100)
            print("%s  %s %s(%s)  rows=%d  %s%s" % (
                method, gq, name, ", ".join("%s=%r" % kv for kv in params.items()), len(r.rows),
                "ORDERED" if r.ordered else "ANY ORDER",
                "  id-tie-breaks=%d" % r.ties if r.ties else ""))
            print("   columns:", r.columns)
            for row in r.rows:
                print("   ", " | ".join(text_value(v, k)[:60] for v, k in zip(row, r.kinds)))


# ---------------------------------------------------------------- Java generation

HEADER = """package dev.omnigraph.conformance;

{static_imports}

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end reads of the {cookbook} cookbook ({{@code schema.pg}}, {{@code seed.jsonl}},
 * {{@code queries/*.gq}} under the shared datasets directory).
 *
 * <p>Generated by {{@code conformance-tests/tools/expected_rows.py --java}}: the expected rows were
 * computed from the seed data with the spec's semantics (gq-language.md §5), never by the engine.
 */
class {cls} {{
  @TempDir static Path tempDir;
  private static CookbookGraph cookbook;

  @BeforeAll
  static void createGraph() {{
    cookbook = CookbookGraph.create("{cookbook}", tempDir);
  }}

  @AfterAll
  static void closeGraph() {{
    if (cookbook != null) {{
      cookbook.close();
    }}
  }}
"""


def java_map(counts, indent):
    entries = ['Map.entry("%s", %dL)' % kv for kv in counts.items()]
    lines, line = [], ""
    for e in entries:
        candidate = (line + ", " + e) if line else e
        if len(candidate) > 96 and line:
            lines.append(line + ",")
            line = e
        else:
            line = candidate
    lines.append(line)
    return "Map.ofEntries(\n" + "\n".join(indent + l for l in lines) + ")"


def java_params(params):
    if not params:
        return "Map.of()"
    return "Map.of(%s)" % ", ".join("%s, %s" % (java_string(k), java_string(v)) for k, v in params.items())


def generate(datasets, check=False):
    """Writes the Java classes, or with check=True only compares them; False when any is stale."""
    stale = False
    for cookbook, cls in CLASS_NAMES.items():
        graph, results = run_cases(datasets, cookbook)
        used = set()
        body = []
        body.append("""
  @Test
  void loadReportsRowsPerType() {
    assertLoadCounts(cookbook.loadResult(),
        %s,
        %s);
  }
""" % (java_map(graph.node_counts(), " " * 12), java_map(graph.edge_counts(), " " * 12)))
        for method, gq, name, params, r in results:
            rows = []
            for row in r.rows:
                rendered = [java_value(v, k) for v, k in zip(row, r.kinds)]
                for text in rendered:
                    for helper in ("ts(", "date(", "f32("):
                        if text.startswith(helper) or ("List.of(" + helper) in text:
                            used.add(helper[:-1])
                rows.append("row(%s)" % ", ".join(rendered))
            assertion = "assertRows" if r.ordered else "assertRowsAnyOrder"
            cols = "List.of(%s)" % ", ".join(java_string(c) for c in r.columns)
            call = 'cookbook.query("%s", "%s", %s)' % (gq, name, java_params(params))
            if rows:
                rows_text = "List.of(\n" + ",\n".join("            " + x for x in rows) + ")"
            else:
                rows_text = "List.of()"
            body.append("""
  @Test
  void %s() {
    %s(%s,
        %s,
        %s);
  }
""" % (method, assertion, call, cols, rows_text))
        helpers = sorted({"assertLoadCounts", "assertRows", "assertRowsAnyOrder", "row"} | used)
        static_imports = "\n".join("import static dev.omnigraph.conformance.RowAssertions.%s;" % h
                                    for h in helpers)
        text = HEADER.format(cookbook=cookbook, cls=cls, static_imports=static_imports) + "".join(body) + "}\n"
        path = os.path.normpath(os.path.join(JAVA_DIR, cls + ".java"))
        if check:
            current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            if current != text:
                print("OUT OF DATE: %s" % path)
                stale = True
            else:
                print("up to date: %s" % path)
            continue
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        print("wrote %s (%d lines)" % (path, text.count("\n")))
    return not stale


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", default=DEFAULT_DATASETS)
    ap.add_argument("--java", action="store_true", help="regenerate the Java test classes")
    ap.add_argument("--check", action="store_true", help="verify the Java test classes are up to date")
    args = ap.parse_args()
    if args.java or args.check:
        sys.exit(0 if generate(args.datasets, check=args.check) else 1)
    else:
        report(args.datasets)


if __name__ == "__main__":
    main()
