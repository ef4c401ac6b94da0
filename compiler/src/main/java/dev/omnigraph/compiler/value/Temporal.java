package dev.omnigraph.compiler.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Parses Date and DateTime text as {@code pg-schema.md} §4.2 describes: a Date is
 * {@code YYYY-MM-DD}; a DateTime is a date (midnight UTC) or {@code YYYY-MM-DDTHH:MM:SS[.fff]}
 * (a space may replace {@code T}) with an optional {@code Z} or {@code ±HH:MM} offset; no offset
 * means UTC.
 */
public final class Temporal {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern OFFSET = Pattern.compile(".*(Z|z|[+-]\\d{2}:?\\d{2})$");

  private Temporal() {}

  /** The date, or null when {@code text} is not a valid {@code YYYY-MM-DD} date. */
  public static LocalDate parseDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The instant, or null when {@code text} is not a valid DateTime. */
  public static Instant parseDateTime(String text) {
    LocalDate date = parseDate(text);
    if (date != null) {
      return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    String normalized = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    try {
      if (OFFSET.matcher(normalized).matches()) {
        return OffsetDateTime.parse(normalized.replace('z', 'Z')).toInstant();
      }
      return LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
