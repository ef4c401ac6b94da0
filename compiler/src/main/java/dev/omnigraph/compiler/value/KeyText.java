package dev.omnigraph.compiler.value;

import dev.omnigraph.compiler.schema.PropType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders key values as the canonical id text of {@code pg-schema.md} §3.7: strings as they are,
 * integers in decimal, Bool as {@code true}/{@code false}, Date as its epoch-day count, DateTime as
 * its epoch-millisecond count, floats in shortest round-trip digits without exponent and without a
 * trailing {@code .0} ({@code 1}, {@code 1.25}, {@code -0} as {@code 0}). A composite key renders
 * as a compact JSON array of the member texts, e.g. {@code ["A","7"]}.
 */
public final class KeyText {
  private KeyText() {}

  /**
   * The canonical text of one key value of {@code type}.
   *
   * @throws IllegalArgumentException for NaN or infinite floats, which cannot identify an entity
   */
  public static String of(Object value, PropType type) {
    return switch (type.scalar()) {
      case STRING, BOOL, I32, I64, U32, U64 -> value.toString();
      case DATE -> Long.toString(((LocalDate) value).toEpochDay());
      case DATETIME -> Long.toString(((Instant) value).toEpochMilli());
      case F32 -> floatText(((Float) value).floatValue(), Float.toString((Float) value));
      case F64 -> floatText(((Double) value).doubleValue(), Double.toString((Double) value));
      case BLOB, VECTOR -> throw new IllegalArgumentException(type + " values cannot be keys");
    };
  }

  /** The canonical id of a composite key: a compact JSON array of member texts. */
  public static String composite(List<String> members) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendJsonString(out, members.get(i));
    }
    return out.append(']').toString();
  }

  /**
   * A number as Rust's f64 {@code Display} writes it: shortest round-trip digits, no exponent, no
   * trailing {@code .0} ({@code 101}, {@code 0.25}, {@code NaN}, {@code inf}).
   */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return floatText(value, Double.toString(value));
  }

  private static String floatText(double value, String shortest) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("non-finite value " + shortest + " cannot identify an entity");
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
  }

  private static void appendJsonString(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
