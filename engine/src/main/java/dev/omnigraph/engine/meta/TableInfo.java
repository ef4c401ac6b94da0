package dev.omnigraph.engine.meta;

import dev.omnigraph.compiler.schema.GraphType;
import java.util.List;
import java.util.Optional;

/**
 * One table of the graph as SQL sees it: a node type or an edge type, its columns in stored order,
 * its primary key (the {@code @key} properties of a keyed node type, else {@code id}), the foreign
 * keys it holds (an edge table's {@code src} and {@code dst}) and its indexes. Immutable.
 *
 * @param name the table name: the type's declared name, exact case
 * @param kind node or edge
 * @param type the catalog type the table stores
 * @param remarks e.g. {@code "node type; people we track"} or {@code "edge Knows: Person -> Person"}
 * @param columns every stored column in stored order
 * @param primaryKeyName {@code <Table>_pkey}
 * @param primaryKey the primary key columns in key order
 * @param foreignKeys the table's own foreign keys, {@code src} before {@code dst}; empty for a node table
 * @param indexes the primary key first, then the other indexes by name
 */
public record TableInfo(String name, TableKind kind, GraphType type, String remarks, List<ColumnInfo> columns,
    String primaryKeyName, List<String> primaryKey, List<ForeignKey> foreignKeys, List<TableIndex> indexes) {

  public TableInfo {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    foreignKeys = List.copyOf(foreignKeys);
    indexes = List.copyOf(indexes);
  }

  /** The column of this exact name. */
  public Optional<ColumnInfo> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
