package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code @card(min..max)} after a change ({@code pg-schema.md} §4.6): the out-degree of every
 * source node the change touches — the source of a pending edge, and the previous source of a
 * committed edge the change deletes, replaces or overwrites away — must lie in the range. Sources
 * the change itself removes are skipped; a node that gets no edge is never checked. The count is
 * the committed edges of that source that keep their place plus its pending edges. Example:
 * {@code @card(0..1)}, Alice has one committed WorksAt edge, a mutation inserts a second ⇒
 * "@card violation on edge WorksAt: source 'Alice' has 2 edges (max 1)".
 */
final class CardinalityCheck {
  private final Catalog catalog;
  private final BaseTables base;
  private final NodeIdsAfter nodes;

  CardinalityCheck(Catalog catalog, BaseTables base, NodeIdsAfter nodes) {
    this.catalog = catalog;
    this.base = base;
    this.nodes = nodes;
  }

  void check(TableDelta delta) {
    EdgeType edge = (EdgeType) delta.type();
    if (edge.cardMin() == 0 && edge.cardMax() == null) {
      return;
    }
    NodeType from = catalog.nodeType(edge.fromType()).orElseThrow();
    Map<String, SourceLocation> touched = new LinkedHashMap<>();
    delta.puts().values().forEach(row -> touched.putIfAbsent((String) row[1], delta.putOrigin((String) row[0])));
    delta.deletes().values().forEach(row -> touched.putIfAbsent((String) row[1], delta.deleteOrigin((String) row[0])));
    if (delta.overwrite()) {
      base.scan(edge, null, row -> touched.putIfAbsent((String) row[1], delta.overwriteOrigin()));
    } else if (!delta.puts().isEmpty()) {
      base.scan(edge, new RowFilter.In("id", delta.puts().keySet()),
          row -> touched.putIfAbsent((String) row[1], delta.putOrigin((String) row[0])));
    }
    touched.keySet().removeIf(source -> nodes.removed(from, source));
    if (touched.isEmpty()) {
      return;
    }
    Map<String, Long> degree = new HashMap<>();
    if (!delta.overwrite()) {
      base.scan(edge, new RowFilter.In("src", touched.keySet()), row -> {
        if (!delta.removesCommitted((String) row[0])) {
          degree.merge((String) row[1], 1L, Long::sum);
        }
      });
    }
    delta.puts().values().forEach(row -> degree.merge((String) row[1], 1L, Long::sum));
    touched.forEach((source, origin) -> {
      long count = degree.getOrDefault(source, 0L);
      String bound = null;
      if (count < edge.cardMin()) {
        bound = "min " + edge.cardMin();
      } else if (edge.cardMax() != null && count > edge.cardMax()) {
        bound = "max " + edge.cardMax();
      }
      if (bound != null) {
        throw Violations.constraint(origin, "@card violation on edge " + edge.name() + ": source '" + source + "' has "
            + count + (count == 1 ? " edge" : " edges") + " (" + bound + ")");
      }
    });
  }
}
