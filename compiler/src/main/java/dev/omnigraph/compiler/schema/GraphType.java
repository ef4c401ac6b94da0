package dev.omnigraph.compiler.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What node types and edge types share: a name, stable identity, properties sorted by name,
 * constraints, and metadata annotations. Each graph type is stored as one table.
 */
public sealed interface GraphType permits NodeType, EdgeType {

  /** The declared name (exact case). */
  String name();

  /** The stable type id allocated as {@code pg-schema.md} §3.1 describes. */
  long typeId();

  /** The table incarnation id; with {@link #typeId()} it names the table's directory. */
  long incarnationId();

  /** Effective properties, sorted by name (byte order), which is also the stored column order. */
  List<Property> properties();

  /** Constraints written on the type or desugared from property annotations. */
  List<Constraint> constraints();

  /** Type-level annotations ({@code description}, {@code instruction}); value "" when none. */
  Map<String, String> annotations();

  /** {@code node:<Name>} or {@code edge:<Name>} ({@code pg-schema.md} §3.5). */
  String tableKey();

  /** The dataset path relative to the graph root: {@code nodes/<id:016x>-<inc:016x>} or {@code edges/...}. */
  String tablePath();

  /** The property of this name, if declared. */
  default Optional<Property> property(String propertyName) {
    for (Property property : properties()) {
      if (property.name().equals(propertyName)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }
}
