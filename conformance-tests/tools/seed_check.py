#!/usr/bin/env python3
"""Checks each cookbook seed.jsonl against its schema.pg the way a strict load would
(pg-schema.md §4, §7) and prints node/edge counts per type.

Usage: python3 seed_check.py [DATASETS_DIR]
  (default: $OMNIGRAPH_DATASETS, else ../../../shared/datasets from this directory)
"""
import os
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pgmodel import Graph  # noqa: E402

COOKBOOKS = ["industry-intel", "pharma-intel", "second-brain"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.environ.get("OMNIGRAPH_DATASETS",
                             os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "datasets")))
    root = sys.argv[1] if len(sys.argv) > 1 else default
    status = 0
    for name in COOKBOOKS:
        d = os.path.join(root, "cookbooks", name)
        g = Graph(os.path.join(d, "schema.pg"), os.path.join(d, "seed.jsonl"))
        print("== %s" % name)
        print("  nodes: %s" % dict(g.node_counts()))
        print("  edges: %s" % dict(g.edge_counts()))
        empty = [t for t in g.node_types if not g.nodes[t]] + [t for t in g.edge_types if not g.edges[t]]
        print("  types with no rows: %s" % empty)
        for p in g.problems:
            print("  PROBLEM %s" % p)
            status = 1
        for n in g.notes:
            print("  note %s" % n)
        nonbmp = sorted({c for t in g.nodes.values() for props in t.values() for v in props.values()
                         if isinstance(v, str) for c in v if ord(c) > 0xFFFF})
        if nonbmp:
            print("  note: non-BMP characters in string values: %s" % nonbmp)
    sys.exit(status)


if __name__ == "__main__":
    main()
