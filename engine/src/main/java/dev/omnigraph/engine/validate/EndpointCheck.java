package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import java.util.HashSet;
import java.util.Set;

/**
 * Edge referential integrity after a change ({@code pg-schema.md} §4.5): every pending edge's
 * {@code src} is a node of its From type and {@code dst} of its To type after the write
 * ("src 'Ghost' not found in Person"); and no committed edge that keeps its place references a
 * node the change deletes or overwrites away (a mutation's delete cascades, so only an overwrite
 * load can hit this).
 */
final class EndpointCheck {
  private final Catalog catalog;
  private final BaseTables base;
  private final ChangeSet changes;
  private final NodeIdsAfter nodes;

  EndpointCheck(Catalog catalog, BaseTables base, ChangeSet changes, NodeIdsAfter nodes) {
    this.catalog = catalog;
    this.base = base;
    this.changes = changes;
    this.nodes = nodes;
  }

  /** Checks the pending rows of an edge table. */
  void checkPuts(TableDelta delta) {
    EdgeType edge = (EdgeType) delta.type();
    NodeType from = catalog.nodeType(edge.fromType()).orElseThrow();
    NodeType to = catalog.nodeType(edge.toType()).orElseThrow();
    Set<String> sources = new HashSet<>();
    Set<String> targets = new HashSet<>();
    for (Object[] row : delta.puts().values()) {
      sources.add((String) row[1]);
      targets.add((String) row[2]);
    }
    Set<String> missingSources = nodes.missing(from, sources);
    Set<String> missingTargets = nodes.missing(to, targets);
    for (Object[] row : delta.puts().values()) {
      SourceLocation origin = delta.putOrigin((String) row[0]);
      if (missingSources.contains(row[1])) {
        throw Violations.constraint(origin, "src '" + row[1] + "' not found in " + from.name() + " (" + Violations.describe(edge, row) + ")");
      }
      if (missingTargets.contains(row[2])) {
        throw Violations.constraint(origin, "dst '" + row[2] + "' not found in " + to.name() + " (" + Violations.describe(edge, row) + ")");
      }
    }
  }

  /** Checks that no kept committed edge references a node {@code delta} (a node table's) removes. */
  void checkRemovals(TableDelta delta) {
    NodeType node = (NodeType) delta.type();
    Set<String> removed = new HashSet<>(delta.overwrite() ? base.allIds(node) : delta.deletes().keySet());
    removed.removeAll(delta.puts().keySet());
    if (removed.isEmpty()) {
      return;
    }
    for (EdgeType edge : catalog.edgeTypes()) {
      TableDelta edges = changes.find(edge.tableKey());
      if (edges != null && edges.overwrite()) {
        continue;
      }
      if (edge.fromType().equals(node.name())) {
        orphans(node, edge, edges, removed, "src", 1);
      }
      if (edge.toType().equals(node.name())) {
        orphans(node, edge, edges, removed, "dst", 2);
      }
    }
  }

  private void orphans(NodeType node, EdgeType edge, TableDelta edges, Set<String> removed, String column, int index) {
    TableDelta nodes = changes.find(node.tableKey());
    base.scan(edge, new RowFilter.In(column, removed), row -> {
      if (edges != null && edges.removesCommitted((String) row[0])) {
        return;
      }
      String id = (String) row[index];
      SourceLocation origin = nodes.overwrite() ? nodes.overwriteOrigin() : nodes.deleteOrigin(id);
      throw Violations.constraint(origin, column + " '" + id + "' not found in " + node.name() + ": this write removes node "
          + node.name() + " '" + id + "' but committed " + Violations.describe(edge, row) + " still references it");
    });
  }
}
