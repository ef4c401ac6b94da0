package dev.omnigraph.engine.validate;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;

/**
 * The errors of rejected writes, each at the statement or JSONL line that caused it and naming
 * the row: {@code data.jsonl:7: @range violation on Person.age: value 300 > max 200 (node Person
 * 'Alice')}. Constraint violations ({@code pg-schema.md} §4.3-4.6) are
 * {@code CONSTRAINT_VIOLATION}; values that do not fit their column ({@code §4.2}) are
 * {@code DATA_ERROR}. Stateless.
 */
public final class Violations {
  private Violations() {}

  /** A {@code CONSTRAINT_VIOLATION} at {@code at}. */
  public static OmniGraphException constraint(SourceLocation at, String message) {
    return new OmniGraphException(ErrorCode.CONSTRAINT_VIOLATION, at, message);
  }

  /** A {@code DATA_ERROR} at {@code at}. */
  public static OmniGraphException data(SourceLocation at, String message) {
    return new OmniGraphException(ErrorCode.DATA_ERROR, at, message);
  }

  /**
   * The row as people know it: {@code node Person 'Alice'} (its id, which is the {@code @key}
   * text of a keyed node) or {@code edge Knows 'Alice' -> 'Bob'} (its endpoints).
   */
  public static String describe(GraphType type, Object[] row) {
    if (type instanceof EdgeType) {
      return "edge " + type.name() + " '" + row[1] + "' -> '" + row[2] + "'";
    }
    return "node " + type.name() + " '" + row[0] + "'";
  }
}
