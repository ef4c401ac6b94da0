package dev.omnigraph.engine.meta;

import dev.omnigraph.compiler.schema.Constraint;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.Property;
import dev.omnigraph.compiler.schema.TableColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link TableInfo} of one catalog type: columns and their remarks, keys and indexes,
 * as {@link TableInfo} documents them. Stateless.
 */
final class TableInfos {
  private TableInfos() {}

  /**
   * @param type the node or edge type
   * @param name the table name chosen for it (see {@link GraphMetadata})
   * @param nodeTables the table name of every node type, by node type name, for foreign keys
   */
  static TableInfo of(GraphType type, String name, Map<String, String> nodeTables) {
    List<String> key = type instanceof NodeType node && !node.key().isEmpty() ? node.key() : List.of("id");
    List<ColumnInfo> columns = columns(type, key);
    List<ForeignKey> foreignKeys = new ArrayList<>();
    String remarks;
    if (type instanceof EdgeType edge) {
      foreignKeys.add(new ForeignKey(name + "_src_fkey", name, "src", nodeTables.get(edge.fromType()), "id"));
      foreignKeys.add(new ForeignKey(name + "_dst_fkey", name, "dst", nodeTables.get(edge.toType()), "id"));
      remarks = join("edge " + edge.name() + ": " + edge.fromType() + " -> " + edge.toType(), description(type.annotations()));
    } else {
      remarks = join("node type", description(type.annotations()));
    }
    return new TableInfo(name, type instanceof EdgeType ? TableKind.EDGE : TableKind.NODE, type, remarks, columns,
        name + "_pkey", key, foreignKeys, indexes(type, name, key));
  }

  private static List<ColumnInfo> columns(GraphType type, List<String> key) {
    List<String> names = TableColumns.names(type);
    List<PropType> types = TableColumns.types(type);
    List<ColumnInfo> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      String column = names.get(i);
      String remarks = switch (column) {
        case "id" -> type instanceof EdgeType ? "edge id"
            : key.equals(List.of("id")) ? "node id" : "node id: the canonical text of @key(" + String.join(", ", key) + ")";
        case "src" -> "id of the source " + ((EdgeType) type).fromType();
        case "dst" -> "id of the target " + ((EdgeType) type).toType();
        default -> propertyRemarks(type.property(column).orElseThrow(), key);
      };
      out.add(new ColumnInfo(column, types.get(i), i + 1, remarks));
    }
    return out;
  }

  private static String propertyRemarks(Property property, List<String> key) {
    List<String> parts = new ArrayList<>();
    if (property.type().isEnum()) {
      parts.add(property.type().elementType().withNullable(false).toString());
    }
    if (key.contains(property.name())) {
      parts.add("@key");
    }
    for (String annotation : List.of("unique", "index", "embed")) {
      String value = property.annotations().get(annotation);
      if (value != null) {
        parts.add(value.isEmpty() ? "@" + annotation : "@" + annotation + "(\"" + value + "\")");
      }
    }
    parts.add(description(property.annotations()));
    return join(parts.toArray(String[]::new));
  }

  private static List<TableIndex> indexes(GraphType type, String name, List<String> key) {
    List<TableIndex> out = new ArrayList<>();
    out.add(new TableIndex(name + "_pkey", true, key));
    List<TableIndex> others = new ArrayList<>();
    if (!key.equals(List.of("id"))) {
      others.add(new TableIndex(name + "_id_key", true, List.of("id")));
    }
    for (Constraint constraint : type.constraints()) {
      if (constraint instanceof Constraint.Unique unique && !unique.properties().equals(key)) {
        others.add(new TableIndex(name + "_" + String.join("_", unique.properties()) + "_key", true, unique.properties()));
      } else if (constraint instanceof Constraint.Index index && !index.properties().equals(key)) {
        others.add(new TableIndex(name + "_" + String.join("_", index.properties()) + "_idx", false, index.properties()));
      }
    }
    others.stream().distinct().sorted(Comparator.comparing(TableIndex::name)).forEach(out::add);
    return out;
  }

  private static String description(Map<String, String> annotations) {
    String text = annotations.get("description");
    return text == null ? "" : text;
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isEmpty()) {
        present.add(part);
      }
    }
    return String.join("; ", present);
  }
}
