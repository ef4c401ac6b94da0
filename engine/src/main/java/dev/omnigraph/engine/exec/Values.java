package dev.omnigraph.engine.exec;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Comparison of engine values ({@code gq-language.md} §5.3): numbers compare exactly across
 * integer and float types ({@code 2 = 2.0}, {@code 2 != 2.7}); strings by code point (the order of
 * their UTF-8 bytes); false before true; dates and instants chronologically. Nulls are the
 * caller's concern (comparisons with null are unknown).
 */
public final class Values {
  private Values() {}

  /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}; both non-null. */
  public static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, y);
    }
    if (a instanceof String x && b instanceof String y) {
      return compareStrings(x, y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return Boolean.compare(x, y);
    }
    if (a instanceof LocalDate x && b instanceof LocalDate y) {
      return x.compareTo(y);
    }
    if (a instanceof Instant x && b instanceof Instant y) {
      return x.compareTo(y);
    }
    throw new IllegalArgumentException("cannot compare " + a.getClass().getSimpleName() + " with " + b.getClass().getSimpleName());
  }

  /** Equality with the same cross-type numeric rule as {@link #compare}. */
  public static boolean equal(Object a, Object b) {
    if (a instanceof Number && b instanceof Number) {
      return compareNumbers((Number) a, (Number) b) == 0;
    }
    return a.equals(b);
  }

  private static int compareNumbers(Number x, Number y) {
    boolean xi = isIntegral(x);
    boolean yi = isIntegral(y);
    if (xi && yi) {
      return Long.compare(x.longValue(), y.longValue());
    }
    double dx = x.doubleValue();
    double dy = y.doubleValue();
    if (Double.isNaN(dx) || Double.isNaN(dy) || Double.isInfinite(dx) || Double.isInfinite(dy)) {
      return Double.compare(dx, dy);
    }
    return toDecimal(x).compareTo(toDecimal(y));
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
  }

  private static BigDecimal toDecimal(Number n) {
    if (isIntegral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    return n instanceof Float f ? new BigDecimal(Float.toString(f)) : new BigDecimal(n.doubleValue());
  }

  /** Code-point order, which equals the byte order of the UTF-8 encodings. */
  public static int compareStrings(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
