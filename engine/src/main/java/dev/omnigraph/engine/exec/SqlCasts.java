package dev.omnigraph.engine.exec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SQL {@code CAST} between engine values: to text (numbers as Java prints them, dates
 * {@code 2026-04-14}, instants ISO-8601 in UTC), to integers (fractions truncate toward zero, text
 * is parsed), to floating point, to BOOLEAN ({@code true}/{@code false} text, any case), to DATE
 * (an instant's UTC date, or text) and to timestamps (a date at UTC midnight, or text with or
 * without a zone, read as UTC). Arrays pass unchanged. Null stays null.
 *
 * <p>Errors: text that does not parse as the target throws {@link IllegalArgumentException}
 * naming the value and the target; an integer out of range throws {@link ArithmeticException}.
 */
final class SqlCasts {
  private SqlCasts() {}

  /** True when values can be cast to {@code type}. */
  static boolean supports(RelDataType type) {
    return switch (type.getSqlTypeName()) {
      case CHAR, VARCHAR, TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL, FLOAT, DOUBLE, BOOLEAN, DATE, TIMESTAMP,
          TIMESTAMP_WITH_LOCAL_TIME_ZONE, ARRAY, BINARY, VARBINARY -> true;
      default -> false;
    };
  }

  /** {@code value} as a value of {@code type}. */
  static Object cast(Object value, RelDataType type) {
    if (value == null) {
      return null;
    }
    SqlTypeName target = type.getSqlTypeName();
    return switch (target) {
      case CHAR, VARCHAR -> text(value);
      case TINYINT, SMALLINT, INTEGER -> Math.toIntExact(integer(value));
      case BIGINT -> integer(value);
      case DECIMAL -> type.getScale() == 0 ? (Object) integer(value) : (Object) decimal(value, type.getScale());
      case REAL -> (float) real(value);
      case FLOAT, DOUBLE -> real(value);
      case BOOLEAN -> bool(value);
      case DATE -> date(value);
      case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> instant(value);
      default -> value;
    };
  }

  private static String text(Object value) {
    if (value instanceof List<?> || value instanceof byte[] || value instanceof float[]) {
      throw new IllegalArgumentException("cannot cast " + value.getClass().getSimpleName() + " to text");
    }
    return value.toString();
  }

  private static long integer(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).setScale(0, RoundingMode.DOWN).longValueExact();
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    try {
      return new BigDecimal(value.toString().trim()).setScale(0, RoundingMode.DOWN).longValueExact();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cannot cast '" + value + "' to an integer");
    }
  }

  private static double decimal(Object value, int scale) {
    return BigDecimal.valueOf(real(value)).setScale(scale, RoundingMode.HALF_UP).doubleValue();
  }

  private static double real(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    try {
      return Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("cannot cast '" + value + "' to a number");
    }
  }

  private static boolean bool(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number number) {
      return number.doubleValue() != 0;
    }
    return switch (value.toString().trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("cannot cast '" + value + "' to BOOLEAN");
    };
  }

  private static LocalDate date(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Instant instant) {
      return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("cannot cast '" + value + "' to DATE");
    }
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    String text = value.toString().trim();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("cannot cast '" + value + "' to TIMESTAMP");
      }
    }
  }
}
