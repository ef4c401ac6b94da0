package dev.omnigraph.jdbc;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The values bound to a prepared statement's parameter markers, numbered from 1, kept as the
 * JSON-shaped values {@link dev.omnigraph.engine.PreparedQuery#execute} coerces
 * ({@code gq-language.md} §10.4):
 *
 * <pre>
 * bound Java value                          held as
 * String, Boolean, Integer, Long, Double    itself
 * Byte, Short                               Integer
 * Float                                     Double (of the float's decimal text: 0.1f is 0.1)
 * BigDecimal, BigInteger                    itself (the engine range-checks integers)
 * java.sql.Date, LocalDate                  "YYYY-MM-DD"
 * Timestamp, Instant, OffsetDateTime,
 *   ZonedDateTime, java.util.Date           the ISO instant, e.g. "2024-01-02T03:04:05Z"
 * LocalDateTime                             its ISO text, which the engine reads as UTC
 * byte[], java.sql.Blob                     byte[] (a copy), for a Blob parameter
 * Collection, Object[], other primitive
 *   arrays, java.sql.Array                  List of the converted elements
 * null (setNull, setObject(i, null))        null
 * </pre>
 *
 * Whether a value fits the declared type is the engine's check at execution. Not thread-safe.
 */
final class ParameterValues {
  private final Object[] values;
  private final boolean[] set;

  /** @param count the number of markers */
  ParameterValues(int count) {
    this.values = new Object[count];
    this.set = new boolean[count];
  }

  /**
   * Binds marker {@code index} to the conversion of {@code value}.
   *
   * @throws SQLException SQLSTATE {@code 07009} when {@code index} is not a marker number;
   *     {@code 22023} when the value's class has no JSON shape (e.g. {@link java.sql.Time})
   */
  void set(int index, Object value) throws SQLException {
    if (index < 1 || index > values.length) {
      throw new SQLException("parameter index " + index + " is out of range: the statement has "
          + switch (values.length) {
            case 0 -> "no parameter markers";
            case 1 -> "1 parameter marker (1)";
            default -> values.length + " parameter markers (1.." + values.length + ")";
          }, CallBinding.BAD_INDEX);
    }
    values[index - 1] = convert(index, value);
    set[index - 1] = true;
  }

  /** Forgets every bound value. */
  void clear() {
    Arrays.fill(values, null);
    Arrays.fill(set, false);
  }

  /** The bound values, {@code values()[i]} for marker {@code i + 1}; do not modify. */
  Object[] values() {
    return values;
  }

  /** Which markers are bound, {@code set()[i]} for marker {@code i + 1}; do not modify. */
  boolean[] set() {
    return set;
  }

  /**
   * The JSON-shaped form of a bound value, per the class comment.
   *
   * @throws SQLException SQLSTATE {@code 22023} naming the marker and the class that has no form
   */
  static Object convert(int index, Object value) throws SQLException {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof Double || value instanceof BigDecimal || value instanceof BigInteger) {
      return value;
    }
    if (value instanceof Byte || value instanceof Short) {
      return ((Number) value).intValue();
    }
    if (value instanceof Float f) {
      return Double.valueOf(f.toString());
    }
    if (value instanceof Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Time) {
      throw new SQLException("parameter " + index + ": cannot bind a java.sql.Time; OmniGraph has no time-of-day type", "22023");
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().toString();
    }
    if (value instanceof Instant instant) {
      return instant.toString();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toInstant().toString();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.toInstant().toString();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toString();
    }
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    if (value instanceof java.sql.Blob blob) {
      long length = blob.length();
      if (length > Integer.MAX_VALUE) {
        throw new SQLException("parameter " + index + ": a Blob of " + length + " bytes is larger than 2 GiB", "22023");
      }
      return blob.getBytes(1, (int) length);
    }
    if (value instanceof java.sql.Array array) {
      return convert(index, array.getArray());
    }
    if (value instanceof Collection<?> items) {
      List<Object> out = new ArrayList<>(items.size());
      for (Object item : items) {
        out.add(convert(index, item));
      }
      return out;
    }
    if (value.getClass().isArray()) {
      int length = Array.getLength(value);
      List<Object> out = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        out.add(convert(index, Array.get(value, i)));
      }
      return out;
    }
    throw new SQLException("parameter " + index + ": cannot bind a " + value.getClass().getName()
        + "; bind a String, number, Boolean, date, timestamp, bytes, List or array", "22023");
  }
}
