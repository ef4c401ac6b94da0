package dev.omnigraph.engine.meta;

import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.NodeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of one graph as the SQL surfaces show them: one per node type, named after it, and
 * one per edge type, named after it too unless a node type already has that name, in which case
 * the edge table is {@code <Edge>_edge}. Tables are listed by name (code-point order), which is the
 * order JDBC's {@code getTables} asks for within one table type.
 *
 * <p>Schemas are the graph's branches ({@link #branches()}). Built once from an immutable
 * {@link Catalog}; immutable and thread-safe.
 */
public final class GraphMetadata {
  /** The branch every graph has, and the only one this version lists. */
  public static final String MAIN_BRANCH = "main";

  private final List<TableInfo> tables;
  private final Map<String, TableInfo> byName = new LinkedHashMap<>();

  /** Describes every node and edge type of {@code catalog}. */
  public GraphMetadata(Catalog catalog) {
    Map<String, String> nodeTables = new HashMap<>();
    for (NodeType node : catalog.nodeTypes()) {
      nodeTables.put(node.name(), node.name());
    }
    List<TableInfo> all = new ArrayList<>();
    for (NodeType node : catalog.nodeTypes()) {
      all.add(TableInfos.of(node, node.name(), nodeTables));
    }
    for (EdgeType edge : catalog.edgeTypes()) {
      String name = nodeTables.containsKey(edge.name()) ? edge.name() + "_edge" : edge.name();
      all.add(TableInfos.of(edge, name, nodeTables));
    }
    all.sort(Comparator.comparing(TableInfo::name));
    this.tables = List.copyOf(all);
    tables.forEach(t -> byName.put(t.name(), t));
  }

  /**
   * The branches, which SQL surfaces list as schemas: {@link #MAIN_BRANCH} only, as this version
   * keeps no other branch.
   */
  public List<String> branches() {
    return List.of(MAIN_BRANCH);
  }

  /** Every table, sorted by name. */
  public List<TableInfo> tables() {
    return tables;
  }

  /** The table of this exact name. */
  public Optional<TableInfo> table(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The foreign keys that reference {@code table} (empty unless it is a node table), ordered by
   * the referencing table's name, then {@code src} before {@code dst}.
   */
  public List<ForeignKey> exportedKeys(String table) {
    List<ForeignKey> out = new ArrayList<>();
    for (TableInfo info : tables) {
      for (ForeignKey key : info.foreignKeys()) {
        if (key.referencedTable().equals(table)) {
          out.add(key);
        }
      }
    }
    return out;
  }
}
