package dev.omnigraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text form of one result value, shared by the table and CSV printers: strings as they are;
 * numbers and booleans as Java prints them ({@code 42}, {@code 1.5}, {@code true}); Date as
 * {@code 2026-04-14}; DateTime as {@link #instant}; lists and vectors as compact JSON arrays
 * ({@code ["a","b"]}); null as {@link #NULL}. Thread-safe.
 */
final class ValueText {
  /** How the table shows a missing value. */
  static final String NULL = "null";

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ValueText() {}

  /**
   * The text of a value.
   *
   * @param value a value of the {@link dev.omnigraph.engine.ResultColumn} Java mapping, or null
   * @return never null
   * @throws dev.omnigraph.compiler.diag.OmniGraphException {@code INTERNAL_ERROR} for a value of
   *     any other class
   */
  static String of(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof Instant instant) {
      return instant(instant);
    }
    JsonNode json = JsonValues.toJson(value);
    return json.isContainerNode() ? json.toString() : value.toString();
  }

  /**
   * A DateTime as an ISO-8601 UTC instant with exactly three fraction digits, e.g.
   * {@code 2026-04-14T00:00:00.000Z}; finer digits are cut, not rounded.
   */
  static String instant(Instant instant) {
    return INSTANT.format(instant);
  }
}
