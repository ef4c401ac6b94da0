package dev.omnigraph.engine.meta;

import dev.omnigraph.compiler.value.LikePatterns;
import java.util.regex.Pattern;

/**
 * A SQL {@code LIKE} pattern over catalog names, as JDBC metadata methods and Flight SQL's
 * {@code *_filter_pattern} fields take them: {@code %} matches any run of characters,
 * {@code _} any one character, {@code \} makes the next character literal; everything else matches
 * itself, case-sensitively. A null pattern matches every name. Immutable and thread-safe.
 *
 * <p>Example: {@code Per%} matches {@code Person} and {@code Performance}; {@code Works\_At}
 * matches only {@code Works_At}.
 */
public final class NamePattern {
  /** The escape that makes {@code %} or {@code _} literal, as {@code getSearchStringEscape} reports. */
  public static final String ESCAPE = "\\";

  private static final NamePattern ANY = new NamePattern(null);

  private final Pattern regex;

  private NamePattern(Pattern regex) {
    this.regex = regex;
  }

  /** The matcher of {@code pattern}; null matches every name. */
  public static NamePattern of(String pattern) {
    if (pattern == null) {
      return ANY;
    }
    return new NamePattern(LikePatterns.compile(pattern, '\\', true));
  }

  /** True when {@code name} matches; a null name matches only the null pattern. */
  public boolean matches(String name) {
    if (regex == null) {
      return true;
    }
    return name != null && regex.matcher(name).matches();
  }
}
