package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.schema.PropType;
import java.math.BigDecimal;

/**
 * Renders one comparison of a stored column with a value as Lance SQL, only when Lance's answer
 * is exactly the engine's ({@link Values}): String, Bool, integer and F64 columns against a
 * non-null value of the same kind; an integer value must fit the column's type, an F64 value must
 * be finite. Everything else (dates, F32, lists, vectors, fractional values against integer
 * columns) renders as null, and the caller evaluates it itself. Shared by the read path
 * ({@link LanceFilters}) and the write path's committed-row lookups. Stateless.
 */
public final class LanceComparison {
  private LanceComparison() {}

  /**
   * {@code `column` op literal}, or null when Lance would not answer exactly.
   *
   * @param op one of {@code = != < <= > >=}
   */
  public static String render(String column, PropType columnType, String op, Object value) {
    String literal = literal(columnType, value);
    return literal == null ? null : quote(column) + " " + op + " " + literal;
  }

  /** The column name quoted for Lance SQL: {@code `name`}. */
  public static String quote(String column) {
    return "`" + column + "`";
  }

  /**
   * The Lance SQL literal of {@code value} compared with a column of {@code columnType}, or null
   * when the comparison is not exact in Lance (see the class comment).
   */
  public static String literal(PropType columnType, Object value) {
    if (value == null || columnType.list()) {
      return null;
    }
    return switch (columnType.scalar()) {
      case STRING -> value instanceof String s ? "'" + s.replace("'", "''") + "'" : null;
      case BOOL -> value instanceof Boolean b ? b.toString() : null;
      case I32, I64, U32, U64 -> integral(columnType, value);
      case F64 -> value instanceof Number n && !Double.isNaN(n.doubleValue()) && !Double.isInfinite(n.doubleValue())
          ? new BigDecimal(n.toString()).toPlainString() : null;
      default -> null;
    };
  }

  /** An integer literal that fits the column's type, so Lance never has to cast it. */
  private static String integral(PropType column, Object value) {
    long v;
    if (value instanceof Integer || value instanceof Long) {
      v = ((Number) value).longValue();
    } else if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      v = d.longValue();
    } else {
      return null;
    }
    boolean fits = switch (column.scalar()) {
      case I32 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
      case U32 -> v >= 0 && v <= 0xFFFF_FFFFL;
      case U64 -> v >= 0;
      default -> true;
    };
    return fits ? Long.toString(v) : null;
  }
}
