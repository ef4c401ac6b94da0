package dev.omnigraph.compiler.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The stored columns of a table in stored order, with their value types: {@code id}, for edges
 * {@code src} and {@code dst}, then the properties sorted by name ({@code pg-schema.md} §3.3).
 */
public final class TableColumns {
  private static final PropType ID_TYPE = PropType.of(ScalarType.STRING, false);

  private TableColumns() {}

  /** Column names in stored order. */
  public static List<String> names(GraphType type) {
    List<String> names = new ArrayList<>();
    names.add("id");
    if (type instanceof EdgeType) {
      names.add("src");
      names.add("dst");
    }
    for (Property property : type.properties()) {
      names.add(property.name());
    }
    return names;
  }

  /** Column types in stored order. */
  public static List<PropType> types(GraphType type) {
    List<PropType> types = new ArrayList<>();
    types.add(ID_TYPE);
    if (type instanceof EdgeType) {
      types.add(ID_TYPE);
      types.add(ID_TYPE);
    }
    for (Property property : type.properties()) {
      types.add(property.type());
    }
    return types;
  }

  /** The stored position of a column, or -1. */
  public static int indexOf(GraphType type, String column) {
    return names(type).indexOf(column);
  }
}
