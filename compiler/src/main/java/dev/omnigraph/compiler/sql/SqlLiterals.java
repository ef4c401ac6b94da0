package dev.omnigraph.compiler.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The engine value of a Calcite literal, in the Java mapping of
 * {@code dev.omnigraph.engine.ResultColumn}: exact integers as Integer (up to INTEGER) or Long,
 * other numbers as Double (Float for REAL), text as String, DATE as LocalDate, timestamps as
 * Instant (a TIMESTAMP without zone is read as UTC), binary as byte[], symbols (TRIM flags,
 * EXTRACT units) as their enum constant, intervals as their count of milliseconds or months, NULL
 * as null. Calcite keeps text as {@code NlsString} and numbers as {@code BigDecimal}; the engine
 * compares and prints only its own mapping.
 */
public final class SqlLiterals {
  private SqlLiterals() {}

  /** The value of {@code literal}; see the class comment. */
  public static Object value(RexLiteral literal) {
    if (literal.isNull()) {
      return null;
    }
    SqlTypeName type = literal.getType().getSqlTypeName();
    return switch (type) {
      case BOOLEAN -> literal.getValueAs(Boolean.class);
      case TINYINT, SMALLINT, INTEGER -> literal.getValueAs(Integer.class);
      case BIGINT -> literal.getValueAs(Long.class);
      case DECIMAL -> {
        BigDecimal decimal = literal.getValueAs(BigDecimal.class);
        yield decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
            ? (Object) decimal.longValueExact() : (Object) decimal.doubleValue();
      }
      case REAL -> literal.getValueAs(BigDecimal.class).floatValue();
      case FLOAT, DOUBLE -> literal.getValueAs(Double.class);
      case CHAR, VARCHAR -> literal.getValueAs(String.class);
      case DATE -> LocalDate.ofEpochDay(literal.getValueAs(Integer.class));
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> Instant.ofEpochMilli(literal.getValueAs(Long.class));
      case BINARY, VARBINARY -> literal.getValueAs(ByteString.class).getBytes();
      case SYMBOL -> literal.getValue();
      default -> SqlTypeName.INTERVAL_TYPES.contains(type)
          ? literal.getValueAs(Long.class) : literal.getValue();
    };
  }
}
