package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.schema.PropType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every conversion of a result value to what a JDBC getter returns. Inputs are non-null values of
 * the engine's Java mapping ({@link dev.omnigraph.engine.ResultColumn}): String, Boolean,
 * Integer, Long, Float, Double, LocalDate (Date), Instant (DateTime), List, float[] (Vector).
 *
 * <p>Conversions JDBC allows between families: numbers and booleans into each other (true is 1,
 * a non-zero number is true); strings parsed as numbers, booleans ({@code true/false/1/0}),
 * dates ({@code 2026-04-14}) and instants ({@code 2026-04-14T00:00:00Z}); a Date is midnight
 * UTC as an instant, a DateTime's date is its UTC date. A value that does not convert throws
 * {@link SQLDataException} with SQLSTATE {@code 22018}; a number out of the target's range,
 * {@code 22003}. The {@code column} argument names the column in those messages.
 */
final class JdbcValues {
  private static final String INVALID_CAST = "22018";
  private static final String OUT_OF_RANGE = "22003";
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** Converts one non-null value to one target class. */
  @FunctionalInterface
  private interface Conversion {
    Object convert(Object value, PropType type, String column) throws SQLException;
  }

  private static final Map<Class<?>, Conversion> BY_CLASS =
      Map.ofEntries(
          Map.entry(String.class, (v, t, c) -> toText(v)),
          Map.entry(Boolean.class, (v, t, c) -> toBoolean(v, c)),
          Map.entry(Byte.class, (v, t, c) -> (byte) toLong(v, c, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte")),
          Map.entry(
              Short.class, (v, t, c) -> (short) toLong(v, c, Short.MIN_VALUE, Short.MAX_VALUE, "short")),
          Map.entry(Integer.class, (v, t, c) -> toInt(v, c)),
          Map.entry(Long.class, (v, t, c) -> toLong(v, c)),
          Map.entry(Float.class, (v, t, c) -> toFloat(v, c)),
          Map.entry(Double.class, (v, t, c) -> toDouble(v, c)),
          Map.entry(BigDecimal.class, (v, t, c) -> toBigDecimal(v, c)),
          Map.entry(LocalDate.class, (v, t, c) -> toLocalDate(v, c)),
          Map.entry(Date.class, (v, t, c) -> toDate(v, c, null)),
          Map.entry(Instant.class, (v, t, c) -> toInstant(v, c)),
          Map.entry(Timestamp.class, (v, t, c) -> toTimestamp(v, c, null)),
          Map.entry(OffsetDateTime.class, (v, t, c) -> toInstant(v, c).atOffset(ZoneOffset.UTC)),
          Map.entry(ZonedDateTime.class, (v, t, c) -> toInstant(v, c).atZone(ZoneOffset.UTC)),
          Map.entry(
              LocalDateTime.class, (v, t, c) -> LocalDateTime.ofInstant(toInstant(v, c), ZoneOffset.UTC)),
          Map.entry(Array.class, (v, t, c) -> toArray(v, t, c)),
          Map.entry(byte[].class, (v, t, c) -> toBytes(v, c)),
          Map.entry(java.sql.Blob.class, (v, t, c) -> new javax.sql.rowset.serial.SerialBlob(toBytes(v, c))),
          Map.entry(List.class, (v, t, c) -> toList(v, c)),
          Map.entry(float[].class, (v, t, c) -> toVector(v, c)));

  private JdbcValues() {}

  /**
   * The value as {@code getObject(column)} returns it: the class {@link JdbcTypes#javaClass}
   * names; Date becomes {@link Date}, DateTime an {@link OffsetDateTime} at UTC, lists and
   * vectors an {@link Array}, Blob bytes a detached {@link java.sql.Blob} (a copy).
   */
  static Object toObject(Object value, PropType type) throws SQLException {
    if (value instanceof byte[] bytes) {
      return new javax.sql.rowset.serial.SerialBlob(bytes);
    }
    if (value instanceof LocalDate date) {
      return Date.valueOf(date);
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof List<?> || value instanceof float[]) {
      return new OmniGraphArray(elements(value), JdbcTypes.elementType(type));
    }
    return value;
  }

  /**
   * The value as {@code getObject(column, target)} returns it. Targets: {@link Object} (as
   * {@link #toObject}), String, Boolean, Byte, Short, Integer, Long, Float, Double, BigDecimal,
   * LocalDate, {@link Date}, Instant, {@link Timestamp}, OffsetDateTime and ZonedDateTime (at
   * UTC), LocalDateTime (the UTC wall time), {@link Array}, byte[] and {@link java.sql.Blob}
   * (copies), List (unmodifiable), float[] (a copy).
   *
   * @throws java.sql.SQLFeatureNotSupportedException for any other target class
   * @throws SQLDataException when the value does not convert to the target
   */
  static <T> T convert(Object value, PropType type, Class<T> target, String column) throws SQLException {
    if (target == Object.class) {
      return target.cast(toObject(value, type));
    }
    Conversion conversion = BY_CLASS.get(target);
    if (conversion == null) {
      throw SqlErrors.unsupported("getObject(" + column + ", " + target.getName() + ")");
    }
    return target.cast(conversion.convert(value, type, column));
  }

  /**
   * The text of a value: strings as they are; numbers and booleans as Java prints them; Blob bytes
   * as lower-case hex; Date as
   * {@code 2026-04-14}; DateTime as {@code 2026-04-14T00:00:00.000Z}; lists and vectors as JSON
   * arrays ({@code ["a","b"]}, {@code [0.5,1.0]}).
   */
  static String toText(Object value) {
    if (value instanceof Instant instant) {
      return INSTANT.format(instant);
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    if (value instanceof List<?> || value instanceof float[]) {
      StringBuilder text = new StringBuilder("[");
      for (Object element : elements(value)) {
        text.append(text.length() == 1 ? "" : ",").append(jsonElement(element));
      }
      return text.append(']').toString();
    }
    return value.toString();
  }

  /**
   * A Blob's bytes, as a copy.
   *
   * @throws SQLDataException SQLSTATE {@code 22018} for any other value
   */
  static byte[] toBytes(Object value, String column) throws SQLException {
    if (value instanceof byte[] bytes) {
      return bytes.clone();
    }
    throw new SQLDataException("column " + column + " holds " + value.getClass().getSimpleName()
        + ", not bytes", INVALID_CAST);
  }

  /** Booleans as they are; numbers as non-zero; strings {@code true/false/1/0}, any case. */
  static boolean toBoolean(Object value, String column) throws SQLException {
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof Number number) {
      return number.doubleValue() != 0;
    }
    if (value instanceof String text) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "true", "1":
          return true;
        case "false", "0":
          return false;
        default:
          break;
      }
    }
    throw invalid(value, column, "boolean");
  }

  /** As {@link #toLong}, within the int range. */
  static int toInt(Object value, String column) throws SQLException {
    return (int) toLong(value, column, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
  }

  /** Integers as they are, floats truncated toward zero, booleans as 1/0, strings parsed. */
  static long toLong(Object value, String column) throws SQLException {
    return toLong(value, column, Long.MIN_VALUE, Long.MAX_VALUE, "long");
  }

  /** Numbers as floats (a double outside the float range fails), booleans 1/0, strings parsed. */
  static float toFloat(Object value, String column) throws SQLException {
    if (value instanceof Float number) {
      return number;
    }
    double wide = toDouble(value, column);
    if (Double.isFinite(wide) && Math.abs(wide) > Float.MAX_VALUE) {
      throw outOfRange(value, column, "float");
    }
    return (float) wide;
  }

  /** Numbers as doubles, booleans 1/0, strings parsed. */
  static double toDouble(Object value, String column) throws SQLException {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof Boolean bool) {
      return bool ? 1 : 0;
    }
    if (value instanceof String text) {
      try {
        return Double.parseDouble(text.trim());
      } catch (NumberFormatException e) {
        throw invalid(value, column, "double");
      }
    }
    throw invalid(value, column, "double");
  }

  /** Exact decimals: a float keeps its shortest spelling ({@code 1.1f} is {@code 1.1}). */
  static BigDecimal toBigDecimal(Object value, String column) throws SQLException {
    try {
      if (value instanceof Integer || value instanceof Long) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof Float || value instanceof Double || value instanceof String) {
        return new BigDecimal(value.toString().trim());
      }
    } catch (NumberFormatException e) {
      throw invalid(value, column, "BigDecimal");
    }
    if (value instanceof Boolean bool) {
      return bool ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    throw invalid(value, column, "BigDecimal");
  }

  /** A Date as it is; a DateTime's UTC date; a string {@code 2026-04-14}. */
  static LocalDate toLocalDate(Object value, String column) throws SQLException {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw invalid(value, column, "date");
      }
    }
    throw invalid(value, column, "date");
  }

  /** A DateTime as it is; a Date's midnight UTC; a string {@code 2026-04-14T00:00:00Z}. */
  static Instant toInstant(Object value, String column) throws SQLException {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    if (value instanceof String text) {
      try {
        return OffsetDateTime.parse(text.trim()).toInstant();
      } catch (DateTimeParseException e) {
        throw invalid(value, column, "timestamp");
      }
    }
    throw invalid(value, column, "timestamp");
  }

  /**
   * The {@link #toLocalDate} date as a {@link Date} at midnight in the calendar's time zone, or in
   * the JVM's default zone when {@code calendar} is null (so {@code toLocalDate()} gives it back).
   */
  static Date toDate(Object value, String column, Calendar calendar) throws SQLException {
    LocalDate date = toLocalDate(value, column);
    if (calendar == null) {
      return Date.valueOf(date);
    }
    return new Date(date.atStartOfDay(zone(calendar)).toInstant().toEpochMilli());
  }

  /**
   * A DateTime as the {@link Timestamp} of the same instant (the calendar plays no part: the
   * value carries its zone); a Date or a string as {@link #toDate} places its midnight.
   */
  static Timestamp toTimestamp(Object value, String column, Calendar calendar) throws SQLException {
    if (value instanceof LocalDate date) {
      return calendar == null
          ? Timestamp.valueOf(date.atStartOfDay())
          : Timestamp.from(date.atStartOfDay(zone(calendar)).toInstant());
    }
    return Timestamp.from(toInstant(value, column));
  }

  /** The elements of a list or vector, in order; a vector's as {@link Float}s. */
  static List<?> elements(Object value) {
    if (value instanceof float[] vector) {
      List<Float> elements = new ArrayList<>(vector.length);
      for (float element : vector) {
        elements.add(element);
      }
      return elements;
    }
    return (List<?>) value;
  }

  private static long toLong(Object value, String column, long min, long max, String target)
      throws SQLException {
    long result;
    if (value instanceof Integer || value instanceof Long) {
      result = ((Number) value).longValue();
    } else if (value instanceof Float || value instanceof Double) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || number < -0x1p63 || number >= 0x1p63) {
        throw outOfRange(value, column, target);
      }
      result = (long) number;
    } else if (value instanceof Boolean bool) {
      result = bool ? 1 : 0;
    } else if (value instanceof String text) {
      try {
        result = Long.parseLong(text.trim());
      } catch (NumberFormatException e) {
        throw invalid(value, column, target);
      }
    } else {
      throw invalid(value, column, target);
    }
    if (result < min || result > max) {
      throw outOfRange(value, column, target);
    }
    return result;
  }

  private static Array toArray(Object value, PropType type, String column) throws SQLException {
    if (!JdbcTypes.isArray(type)) {
      throw invalid(value, column, "Array");
    }
    return (Array) toObject(value, type);
  }

  private static List<?> toList(Object value, String column) throws SQLException {
    if (!(value instanceof List<?> || value instanceof float[])) {
      throw invalid(value, column, "List");
    }
    return Collections.unmodifiableList(new ArrayList<>(elements(value)));
  }

  private static float[] toVector(Object value, String column) throws SQLException {
    if (!(value instanceof float[] vector)) {
      throw invalid(value, column, "float[]");
    }
    return vector.clone();
  }

  private static String jsonElement(Object element) {
    boolean bare =
        element == null
            || element instanceof Boolean
            || element instanceof Number number && Double.isFinite(number.doubleValue());
    if (bare) {
      return String.valueOf(element);
    }
    String text = toText(element);
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return quoted.append('"').toString();
  }

  private static ZoneId zone(Calendar calendar) {
    return calendar.getTimeZone().toZoneId();
  }

  private static SQLDataException invalid(Object value, String column, String target) {
    return new SQLDataException(
        "column " + column + ": cannot read " + describe(value) + " as " + target, INVALID_CAST);
  }

  private static SQLDataException outOfRange(Object value, String column, String target) {
    return new SQLDataException(
        "column " + column + ": " + describe(value) + " is out of the " + target + " range", OUT_OF_RANGE);
  }

  private static String describe(Object value) {
    String text = toText(value);
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return value instanceof String ? "'" + shown + "'" : shown;
  }
}
