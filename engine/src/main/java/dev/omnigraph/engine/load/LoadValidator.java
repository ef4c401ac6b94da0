package dev.omnigraph.engine.load;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.Constraint;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.value.KeyText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks across the records of an append load ({@code pg-schema.md} §4.1, §4.4-4.5): ids unique
 * within the input and absent from the committed table ({@code @key} values included), other
 * {@code @unique} tuples unique within the input, and every edge endpoint present in its node type,
 * committed or in this load. Runs before anything is written.
 */
final class LoadValidator {
  private final Catalog catalog;
  private final String source;
  private final Function<GraphType, Set<String>> committedIds;

  /**
   * @param committedIds the ids already stored in a table at the load's base version; called at
   *     most once per table
   */
  LoadValidator(Catalog catalog, String source, Function<GraphType, Set<String>> committedIds) {
    this.catalog = catalog;
    this.source = source;
    Map<String, Set<String>> read = new HashMap<>();
    this.committedIds = type -> read.computeIfAbsent(type.tableKey(), k -> committedIds.apply(type));
  }

  void validate(Map<String, TableRows> tables) {
    Map<String, Map<String, Integer>> newNodeIds = new HashMap<>();
    for (TableRows table : tables.values()) {
      Map<String, Integer> ids = uniqueIds(table);
      if (table.type instanceof NodeType node) {
        newNodeIds.put(node.name(), ids);
        uniqueTuples(table, node);
      }
    }
    for (TableRows table : tables.values()) {
      if (table.type instanceof EdgeType edge) {
        checkEndpoints(table, edge, newNodeIds);
      }
    }
  }

  private Map<String, Integer> uniqueIds(TableRows table) {
    Set<String> committed = committedIds.apply(table.type);
    boolean keyed = table.type instanceof NodeType node && !node.key().isEmpty();
    String what = keyed ? "@key value" : "id";
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < table.rows.size(); i++) {
      String id = (String) table.rows.get(i)[0];
      int line = table.lines.get(i);
      Integer first = seen.putIfAbsent(id, line);
      if (first != null) {
        throw error(line, "duplicate " + what + " '" + id + "' for " + table.type.tableKey() + " (first at line " + first + ")");
      }
      if (committed.contains(id)) {
        throw error(line, (table.type instanceof NodeType ? "node" : "edge") + " type '" + table.type.name()
            + "' already has " + what + " '" + id + "' (append mode adds new rows only)");
      }
    }
    return seen;
  }

  private void uniqueTuples(TableRows table, NodeType node) {
    for (Constraint constraint : node.constraints()) {
      if (!(constraint instanceof Constraint.Unique unique) || unique.properties().equals(node.key())) {
        continue;
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < table.rows.size(); i++) {
        List<String> members = new ArrayList<>();
        for (String property : unique.properties()) {
          int index = propertyIndex(node, property);
          Object value = index < 0 ? null : table.rows.get(i)[1 + index];
          if (value == null) {
            members = null;
            break;
          }
          members.add(KeyText.of(value, node.properties().get(index).type()));
        }
        if (members == null) {
          continue;
        }
        String tuple = String.join(", ", members);
        Integer first = seen.putIfAbsent(tuple, table.lines.get(i));
        if (first != null) {
          throw error(table.lines.get(i), "@unique violation on " + node.name() + "." + String.join(",", unique.properties())
              + ": value '" + tuple + "' also at line " + first);
        }
      }
    }
  }

  private void checkEndpoints(TableRows table, EdgeType edge, Map<String, Map<String, Integer>> newNodeIds) {
    NodeType from = catalog.nodeType(edge.fromType()).orElseThrow();
    NodeType to = catalog.nodeType(edge.toType()).orElseThrow();
    for (int i = 0; i < table.rows.size(); i++) {
      Object[] row = table.rows.get(i);
      requireNode(from, (String) row[1], "src", table.lines.get(i), newNodeIds);
      requireNode(to, (String) row[2], "dst", table.lines.get(i), newNodeIds);
    }
  }

  private void requireNode(NodeType type, String id, String role, int line, Map<String, Map<String, Integer>> newNodeIds) {
    if (newNodeIds.getOrDefault(type.name(), Map.of()).containsKey(id) || committedIds.apply(type).contains(id)) {
      return;
    }
    throw error(line, role + " '" + id + "' not found in " + type.name());
  }

  private static int propertyIndex(GraphType type, String name) {
    for (int i = 0; i < type.properties().size(); i++) {
      if (type.properties().get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private dev.omnigraph.compiler.diag.OmniGraphException error(int line, String message) {
    return JsonlParser.error(new SourceLocation(source, line, 0), message);
  }
}
