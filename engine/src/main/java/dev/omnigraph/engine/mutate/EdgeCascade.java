package dev.omnigraph.engine.mutate;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.engine.validate.ChangeSet;
import dev.omnigraph.engine.validate.RowFilter;
import dev.omnigraph.engine.validate.TableDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cascade of a node delete ({@code gq-language.md} §9.4): every committed edge whose
 * {@code src} or {@code dst} is a deleted node id is deleted too, for {@code .gq} deletes and
 * SQL {@code DELETE} alike. Stateless.
 */
final class EdgeCascade {
  private EdgeCascade() {}

  /**
   * Deletes, in {@code changes}, every committed edge of {@code base} touching one of
   * {@code deleted} (ids of {@code node}); returns how many edges it newly deleted.
   */
  static long delete(Catalog catalog, BaseTables base, ChangeSet changes, NodeType node, Set<String> deleted, SourceLocation at) {
    long count = 0;
    for (EdgeType edge : catalog.edgeTypes()) {
      List<String> columns = new ArrayList<>();
      if (edge.fromType().equals(node.name())) {
        columns.add("src");
      }
      if (edge.toType().equals(node.name())) {
        columns.add("dst");
      }
      TableDelta edges = columns.isEmpty() ? null : changes.table(edge);
      for (String column : columns) {
        for (Object[] row : base.rows(edge, new RowFilter.In(column, deleted))) {
          if (edges.delete(row, at)) {
            count++;
          }
        }
      }
    }
    return count;
  }
}
