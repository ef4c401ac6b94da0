package dev.omnigraph.engine.exec;

import java.util.regex.Pattern;

/**
 * SQL {@code LIKE}: {@code %} matches any run of characters, {@code _} one character, the escape
 * character (when given) makes the next one literal; the whole value must match, case-sensitively.
 * Example: {@code 'Ada%'} matches {@code Ada Lovelace}; {@code '10\%' ESCAPE '\'} matches only
 * {@code 10%}.
 */
final class SqlLike {
  private SqlLike() {}

  /**
   * @param escape the one-character escape, or null
   * @throws IllegalArgumentException when the escape is not one character or ends the pattern
   */
  static boolean matches(String value, String pattern, String escape) {
    if (escape != null && escape.length() != 1) {
      throw new IllegalArgumentException("the LIKE escape must be one character, got '" + escape + "'");
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (escape != null && c == escape.charAt(0)) {
        if (++i == pattern.length()) {
          throw new IllegalArgumentException("LIKE pattern '" + pattern + "' ends with its escape character");
        }
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
  }
}
