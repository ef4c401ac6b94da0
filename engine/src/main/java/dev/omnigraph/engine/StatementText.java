package dev.omnigraph.engine;

/**
 * Tells {@code .gq} text from SQL, for surfaces that take either (JDBC, Flight SQL): text is
 * {@code .gq} when, after whitespace and comments ({@code //} and {@code --} to the end of the
 * line, {@code /* ... *}{@code /}), it starts with the keyword {@code query} or is empty; anything
 * else is SQL. SQL has no statement starting with {@code query}, and a {@code .gq} file starts
 * with a declaration ({@code gq-language.md} §2). Stateless.
 */
public final class StatementText {
  private StatementText() {}

  /** True when {@code text} is {@code .gq} (see the class comment). */
  public static boolean isGq(String text) {
    int i = start(text);
    if (i == text.length()) {
      return true;
    }
    return startsWithWord(text, i, "query", false);
  }

  /**
   * True when {@code text} is SQL that changes rows: its first word is {@code INSERT},
   * {@code UPDATE} or {@code DELETE} (any case), run by {@link Graph#prepareSqlUpdate}.
   */
  public static boolean isSqlUpdate(String text) {
    int i = start(text);
    return startsWithWord(text, i, "insert", true) || startsWithWord(text, i, "update", true)
        || startsWithWord(text, i, "delete", true);
  }

  /** The index of the first character after leading whitespace and comments. */
  private static int start(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (text.startsWith("//", i) || text.startsWith("--", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** True when {@code word} starts at {@code i} (in any case when {@code ignoreCase}), followed by whitespace or the end. */
  private static boolean startsWithWord(String text, int i, String word, boolean ignoreCase) {
    int end = i + word.length();
    return text.regionMatches(ignoreCase, i, word, 0, word.length())
        && (end == text.length() || Character.isWhitespace(text.charAt(end)));
  }
}
