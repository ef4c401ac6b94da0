package dev.omnigraph.compiler.value;

/**
 * Decodes a double-quoted string token of {@code .pg} or {@code .gq} source: the escapes
 * {@code \"}, {@code \\}, {@code \n}, {@code \r} and {@code \t} only
 * ({@code gq-language.md} §2, {@code pg-schema.md} §1.1).
 */
public final class StringLiterals {
  private StringLiterals() {}

  /**
   * The value of {@code token} (quotes included).
   *
   * @throws IllegalArgumentException "unsupported escape sequence: \q" for any other escape
   */
  public static String decode(String token) {
    String body = token.substring(1, token.length() - 1);
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        default -> throw new IllegalArgumentException("unsupported escape sequence: \\" + next);
      }
    }
    return out.toString();
  }
}
