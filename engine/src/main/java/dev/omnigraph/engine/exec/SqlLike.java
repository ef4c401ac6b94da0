package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.value.LikePatterns;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * SQL {@code LIKE}: {@code %} matches any run of characters, {@code _} one character, the escape
 * character (when given) makes the next one literal; the whole value must match, case-sensitively
 * ({@link LikePatterns}). Example: {@code 'Ada%'} matches {@code Ada Lovelace}; {@code '10\%'
 * ESCAPE '\'} matches only {@code 10%}. A pattern is compiled once and kept (up to
 * {@value #CACHED} patterns), since a filter evaluates the same pattern on every row. Thread-safe.
 */
final class SqlLike {
  /** The most compiled patterns kept; past it the cache starts again empty. */
  static final int CACHED = 1024;

  private static final Map<List<String>, Pattern> COMPILED = new ConcurrentHashMap<>();

  private SqlLike() {}

  /**
   * @param escape the one-character escape, or null
   * @throws IllegalArgumentException when the escape is not one character or ends the pattern
   */
  static boolean matches(String value, String pattern, String escape) {
    if (escape != null && escape.length() != 1) {
      throw new IllegalArgumentException("the LIKE escape must be one character, got '" + escape + "'");
    }
    List<String> key = java.util.Arrays.asList(pattern, escape);
    Pattern regex = COMPILED.get(key);
    if (regex == null) {
      regex = LikePatterns.compile(pattern, escape == null ? null : escape.charAt(0), false);
      if (COMPILED.size() >= CACHED) {
        COMPILED.clear();
      }
      COMPILED.put(key, regex);
    }
    return regex.matcher(value).matches();
  }
}
