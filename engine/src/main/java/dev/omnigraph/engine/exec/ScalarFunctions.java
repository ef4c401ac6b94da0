package dev.omnigraph.engine.exec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.fun.SqlTrimFunction;

/**
 * The named SQL functions the engine evaluates, by Calcite operator name and operand counts.
 * {@link #NUMERIC}, {@link #STRING}, {@link #TIME_DATE} and {@link #SYSTEM} are the lists JDBC's
 * {@code DatabaseMetaData.get*Functions} report, spelled as SQL text calls them. A null argument
 * makes the result null. Strings count characters (UTF-16 units); positions are 1-based.
 * Thread-safe.
 */
public final class ScalarFunctions {
  /** {@code ABS, CEILING, FLOOR, MOD, POWER, ROUND, SIGN, SQRT}. */
  public static final List<String> NUMERIC = List.of("ABS", "CEILING", "FLOOR", "MOD", "POWER", "ROUND", "SIGN", "SQRT");
  /** {@code CHAR_LENGTH, CHARACTER_LENGTH, INITCAP, LOWER, POSITION, REPLACE, SUBSTRING, TRIM, UPPER}. */
  public static final List<String> STRING = List.of("CHAR_LENGTH", "CHARACTER_LENGTH", "INITCAP", "LOWER", "POSITION",
      "REPLACE", "SUBSTRING", "TRIM", "UPPER");
  /** {@code CURRENT_DATE, CURRENT_TIMESTAMP, EXTRACT}. */
  public static final List<String> TIME_DATE = List.of("CURRENT_DATE", "CURRENT_TIMESTAMP", "EXTRACT");
  /** None: {@code COALESCE}, {@code NULLIF} and {@code CASE} are operators, not functions. */
  public static final List<String> SYSTEM = List.of();

  /** Operator name to the operand counts it takes. */
  private static final Map<String, List<Integer>> ARITY = Map.ofEntries(
      Map.entry("ABS", List.of(1)), Map.entry("CEIL", List.of(1)), Map.entry("FLOOR", List.of(1)),
      Map.entry("MOD", List.of(2)), Map.entry("POWER", List.of(2)), Map.entry("ROUND", List.of(1, 2)),
      Map.entry("SIGN", List.of(1)), Map.entry("SQRT", List.of(1)),
      Map.entry("CHAR_LENGTH", List.of(1)), Map.entry("CHARACTER_LENGTH", List.of(1)), Map.entry("INITCAP", List.of(1)),
      Map.entry("LOWER", List.of(1)), Map.entry("UPPER", List.of(1)), Map.entry("POSITION", List.of(2, 3)),
      Map.entry("REPLACE", List.of(3)), Map.entry("SUBSTRING", List.of(2, 3)), Map.entry("TRIM", List.of(3)),
      Map.entry("||", List.of(2)),
      Map.entry("CURRENT_DATE", List.of(0)), Map.entry("CURRENT_TIMESTAMP", List.of(0)), Map.entry("EXTRACT", List.of(2)));

  private ScalarFunctions() {}

  /** True when the function {@code name} with {@code operands} arguments can be evaluated. */
  static boolean supports(String name, int operands) {
    List<Integer> counts = ARITY.get(name);
    return counts != null && counts.contains(operands);
  }

  /** The result of {@code name(args)}, of SQL type {@code type}. */
  static Object apply(String name, RelDataType type, Object[] args) {
    switch (name) {
      case "CURRENT_DATE":
        return LocalDate.now(ZoneOffset.UTC);
      case "CURRENT_TIMESTAMP":
        return Instant.now();
      default:
        break;
    }
    for (Object arg : args) {
      if (arg == null) {
        return null;
      }
    }
    return switch (name) {
      case "ABS" -> SqlCasts.cast(args[0] instanceof Double || args[0] instanceof Float
          ? (Object) Math.abs(((Number) args[0]).doubleValue()) : (Object) Math.abs(((Number) args[0]).longValue()), type);
      case "CEIL" -> SqlCasts.cast(Math.ceil(((Number) args[0]).doubleValue()), type);
      case "FLOOR" -> SqlCasts.cast(Math.floor(((Number) args[0]).doubleValue()), type);
      case "MOD" -> SqlCasts.cast(((Number) args[0]).longValue() % ((Number) args[1]).longValue(), type);
      case "POWER" -> Math.pow(((Number) args[0]).doubleValue(), ((Number) args[1]).doubleValue());
      case "ROUND" -> SqlCasts.cast(BigDecimal.valueOf(((Number) args[0]).doubleValue())
          .setScale(args.length > 1 ? ((Number) args[1]).intValue() : 0, RoundingMode.HALF_UP).doubleValue(), type);
      case "SIGN" -> SqlCasts.cast(Math.signum(((Number) args[0]).doubleValue()), type);
      case "SQRT" -> Math.sqrt(((Number) args[0]).doubleValue());
      case "CHAR_LENGTH", "CHARACTER_LENGTH" -> ((String) args[0]).length();
      case "LOWER" -> ((String) args[0]).toLowerCase(Locale.ROOT);
      case "UPPER" -> ((String) args[0]).toUpperCase(Locale.ROOT);
      case "INITCAP" -> initcap((String) args[0]);
      case "POSITION" -> ((String) args[1]).indexOf((String) args[0],
          args.length > 2 ? ((Number) args[2]).intValue() - 1 : 0) + 1;
      case "REPLACE" -> ((String) args[0]).replace((String) args[1], (String) args[2]);
      case "SUBSTRING" -> substring((String) args[0], ((Number) args[1]).intValue(),
          args.length > 2 ? ((Number) args[2]).intValue() : Integer.MAX_VALUE);
      case "TRIM" -> trim((SqlTrimFunction.Flag) args[0], (String) args[1], (String) args[2]);
      case "||" -> args[0].toString() + args[1];
      case "EXTRACT" -> extract((TimeUnitRange) args[0], args[1]);
      default -> throw new IllegalStateException("no function " + name);
    };
  }

  private static String initcap(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean start = true;
    for (char c : text.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c);
    }
    return out.toString();
  }

  /** SQL SUBSTRING: characters from 1-based {@code start}, {@code length} of them (clipped). */
  private static String substring(String text, int start, int length) {
    long from = Math.max(start, 1);
    long to = Math.min((long) start + length, text.length() + 1L);
    return from >= to ? "" : text.substring((int) from - 1, (int) to - 1);
  }

  private static String trim(SqlTrimFunction.Flag flag, String characters, String text) {
    int from = 0;
    int to = text.length();
    if (flag != SqlTrimFunction.Flag.TRAILING) {
      while (from < to && characters.indexOf(text.charAt(from)) >= 0) {
        from++;
      }
    }
    if (flag != SqlTrimFunction.Flag.LEADING) {
      while (to > from && characters.indexOf(text.charAt(to - 1)) >= 0) {
        to--;
      }
    }
    return text.substring(from, to);
  }

  private static long extract(TimeUnitRange unit, Object value) {
    ZonedDateTime time = value instanceof LocalDate date ? date.atStartOfDay(ZoneOffset.UTC)
        : ((Instant) value).atZone(ZoneOffset.UTC);
    return switch (unit) {
      case YEAR -> time.getYear();
      case QUARTER -> (time.getMonthValue() + 2) / 3;
      case MONTH -> time.getMonthValue();
      case DAY -> time.getDayOfMonth();
      case DOW -> time.getDayOfWeek().getValue() % 7 + 1;
      case DOY -> time.getDayOfYear();
      case HOUR -> time.getHour();
      case MINUTE -> time.getMinute();
      case SECOND -> time.getSecond();
      default -> throw new IllegalArgumentException("EXTRACT(" + unit + ") is not supported");
    };
  }
}
