package dev.omnigraph.compiler.value;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Converts JSON-shaped Java values (String, Integer, Long, BigInteger, Double, BigDecimal, Boolean,
 * List, null, as Jackson produces them) to the engine's Java value of a {@link PropType}
 * ({@code pg-schema.md} §4.2 for stored values, {@code gq-language.md} §10.4 for parameters).
 * Values already of the target class (LocalDate, Instant, Float, float[]) pass through.
 *
 * <p>Errors are {@link IllegalArgumentException}s whose message says what was expected and what was
 * given, e.g. {@code expects I32, got "old"}; callers prefix the place (line, parameter).
 */
public final class ValueCoercion {
  private ValueCoercion() {}

  /**
   * The value of {@code type} for {@code json}; null stays null (nullability is the caller's check).
   *
   * @throws IllegalArgumentException when the value does not fit the type
   */
  public static Object coerce(Object json, PropType type) {
    if (json == null) {
      return null;
    }
    if (type.list()) {
      if (!(json instanceof List<?> items)) {
        throw new IllegalArgumentException("expects a JSON array for " + type + ", got " + describe(json));
      }
      PropType element = type.elementType();
      List<Object> out = new ArrayList<>(items.size());
      for (Object item : items) {
        if (item == null) {
          throw new IllegalArgumentException("list items of " + type + " cannot be null");
        }
        out.add(coerce(item, element));
      }
      return out;
    }
    Object value = coerceScalar(json, type);
    if (type.isEnum() && !type.enumValues().contains(value)) {
      throw new IllegalArgumentException("invalid enum value '" + value + "' (expected: " + String.join(", ", type.enumValues()) + ")");
    }
    return value;
  }

  private static Object coerceScalar(Object json, PropType type) {
    ScalarType scalar = type.scalar();
    return switch (scalar) {
      case STRING -> requireString(json, type);
      case BOOL -> {
        if (json instanceof Boolean b) {
          yield b;
        }
        throw mismatch(type, json);
      }
      case I32 -> (int) integer(json, type, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case I64 -> integer(json, type, Long.MIN_VALUE, Long.MAX_VALUE);
      case U32 -> integer(json, type, 0, 0xFFFF_FFFFL);
      case U64 -> integer(json, type, 0, Long.MAX_VALUE);
      case F32 -> {
        double d = number(json, type);
        float f = (float) d;
        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
          throw new IllegalArgumentException("value " + d + " exceeds F32 range");
        }
        yield f;
      }
      case F64 -> number(json, type);
      case DATE -> date(json, type);
      case DATETIME -> dateTime(json, type);
      case BLOB -> blob(json, type);
      case VECTOR -> vector(json, type);
    };
  }

  private static String requireString(Object json, PropType type) {
    if (json instanceof String s) {
      return s;
    }
    throw mismatch(type, json);
  }

  private static long integer(Object json, PropType type, long min, long max) {
    BigInteger value;
    if (json instanceof Integer || json instanceof Long || json instanceof Short || json instanceof Byte) {
      value = BigInteger.valueOf(((Number) json).longValue());
    } else if (json instanceof BigInteger big) {
      value = big;
    } else if (json instanceof String s && s.matches("-?\\d+")) {
      value = new BigInteger(s);
    } else if ((json instanceof Double || json instanceof Float || json instanceof BigDecimal) && isIntegral((Number) json)) {
      value = new BigDecimal(json.toString()).toBigIntegerExact();
    } else {
      throw mismatch(type, json);
    }
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new IllegalArgumentException("value " + value + " exceeds " + type.scalar().spelling() + " range");
    }
    return value.longValue();
  }

  private static boolean isIntegral(Number n) {
    double d = n.doubleValue();
    return !Double.isInfinite(d) && d == Math.rint(d);
  }

  private static double number(Object json, PropType type) {
    if (json instanceof Number n) {
      return n.doubleValue();
    }
    throw mismatch(type, json);
  }

  private static LocalDate date(Object json, PropType type) {
    if (json instanceof LocalDate d) {
      return d;
    }
    if (json instanceof Integer || json instanceof Long) {
      return LocalDate.ofEpochDay(((Number) json).longValue());
    }
    if (json instanceof String s) {
      LocalDate d = Temporal.parseDate(s);
      if (d == null) {
        throw new IllegalArgumentException("invalid Date literal '" + s + "'");
      }
      return d;
    }
    throw mismatch(type, json);
  }

  private static Instant dateTime(Object json, PropType type) {
    if (json instanceof Instant i) {
      return i;
    }
    if (json instanceof Integer || json instanceof Long) {
      return Instant.ofEpochMilli(((Number) json).longValue());
    }
    if (json instanceof String s) {
      Instant i = Temporal.parseDateTime(s);
      if (i == null) {
        throw new IllegalArgumentException("invalid DateTime literal '" + s + "'");
      }
      return i;
    }
    throw mismatch(type, json);
  }

  private static byte[] blob(Object json, PropType type) {
    if (json instanceof byte[] bytes) {
      return bytes;
    }
    String s = requireString(json, type);
    if (!s.startsWith("base64:")) {
      throw new IllegalArgumentException("blob values must be base64: prefixed data (external URIs are not accepted)");
    }
    try {
      return Base64.getDecoder().decode(s.substring("base64:".length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid base64 blob data");
    }
  }

  private static float[] vector(Object json, PropType type) {
    if (json instanceof float[] f) {
      if (f.length != type.vectorDim()) {
        throw new IllegalArgumentException("expects " + type.vectorDim() + " dimensions, got " + f.length);
      }
      return f;
    }
    if (!(json instanceof List<?> items)) {
      throw mismatch(type, json);
    }
    if (items.size() != type.vectorDim()) {
      throw new IllegalArgumentException("expects " + type.vectorDim() + " dimensions, got " + items.size());
    }
    float[] out = new float[items.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(items.get(i) instanceof Number n)) {
        throw new IllegalArgumentException("vector elements must be numeric, got " + describe(items.get(i)));
      }
      out[i] = n.floatValue();
    }
    return out;
  }

  private static IllegalArgumentException mismatch(PropType type, Object json) {
    return new IllegalArgumentException("expects " + type.withNullable(false) + ", got " + describe(json));
  }

  /** A JSON-ish rendering of a value for error messages: strings quoted, arrays as arrays. */
  public static String describe(Object json) {
    if (json == null) {
      return "null";
    }
    if (json instanceof String s) {
      return "\"" + s + "\"";
    }
    if (json instanceof List<?> list) {
      return "array " + list;
    }
    if (json instanceof java.util.Map<?, ?>) {
      return "object " + json;
    }
    return json.toString();
  }
}
