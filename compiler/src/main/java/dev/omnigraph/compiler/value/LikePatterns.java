package dev.omnigraph.compiler.value;

import java.util.regex.Pattern;

/**
 * SQL {@code LIKE} patterns as regular expressions: {@code %} matches any run of characters,
 * {@code _} any one character, the escape character makes the next one literal, everything else
 * matches itself, case-sensitively; the whole value must match. Shared by SQL's {@code LIKE}
 * operator and the name patterns of JDBC and Flight SQL metadata calls. Stateless.
 */
public final class LikePatterns {
  private LikePatterns() {}

  /**
   * The compiled form of {@code pattern}.
   *
   * @param escape the escape character, or null for none
   * @param trailingEscapeIsLiteral what an escape as the pattern's last character means: itself
   *     (true), or an error (false)
   * @throws IllegalArgumentException when the pattern ends with its escape character and that is
   *     an error
   */
  public static Pattern compile(String pattern, Character escape, boolean trailingEscapeIsLiteral) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (escape != null && c == escape && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (escape != null && c == escape && !trailingEscapeIsLiteral) {
        throw new IllegalArgumentException("LIKE pattern '" + pattern + "' ends with its escape character");
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
