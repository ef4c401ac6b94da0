package dev.omnigraph.flight.statement;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a call of a stored query, the spelling the JDBC surface also accepts:
 *
 * <pre>
 * CALL name('Alice', 42, ?)     a trailing ';' is allowed
 * {call name(?, ?)}             the JDBC escape; {call name} when it takes no arguments
 * </pre>
 *
 * Arguments are parameter markers {@code ?}, bound later from a parameter batch, or literals:
 * strings in single quotes ({@code ''} is a quote), integers ({@link Long}), decimals
 * ({@link Double}), {@code true}/{@code false} and {@code NULL} — the JSON-shaped values the engine
 * coerces ({@code gq-language.md} §10.4). Keywords are case-insensitive. Stateless.
 */
public final class CallText {
  /** A marker argument: bound from the parameter batch by its position among the markers. */
  public static final Object MARKER = new Object() {
    @Override
    public String toString() {
      return "?";
    }
  };

  private CallText() {}

  /**
   * A parsed call.
   *
   * @param name the stored query's name
   * @param arguments one per argument in order: {@link #MARKER} or the literal's value (null for
   *     {@code NULL}); they bind the query's parameters by position
   */
  public record Call(String name, List<Object> arguments) {
    public Call {
      arguments = java.util.Collections.unmodifiableList(new ArrayList<>(arguments));
    }
  }

  /** True when {@code text} starts (after blanks) with <code>{</code> or the word {@code CALL}. */
  public static boolean isCall(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") || (t.length() >= 4 && t.regionMatches(true, 0, "call", 0, 4)
        && (t.length() == 4 || !Character.isLetterOrDigit(t.charAt(4)) && t.charAt(4) != '_'));
  }

  /**
   * Parses a call.
   *
   * @throws OmniGraphException {@code SYNTAX_ERROR} naming the 1-based column of the first
   *     character that does not fit, e.g. {@code <statement>:1:12: expected ',' or ')'}
   */
  public static Call parse(String text) {
    return new Parser(text).call();
  }

  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Call call() {
      skipBlanks();
      boolean escaped = accept("{");
      skipBlanks();
      if (!acceptWord("call")) {
        throw error("expected CALL");
      }
      skipBlanks();
      String name = identifier();
      skipBlanks();
      List<Object> arguments = new ArrayList<>();
      if (accept("(")) {
        skipBlanks();
        if (!accept(")")) {
          do {
            skipBlanks();
            arguments.add(argument());
            skipBlanks();
          } while (accept(","));
          if (!accept(")")) {
            throw error("expected ',' or ')'");
          }
        }
      }
      skipBlanks();
      if (escaped && !accept("}")) {
        throw error("expected '}'");
      }
      skipBlanks();
      accept(";");
      skipBlanks();
      if (at < text.length()) {
        throw error("unexpected text after the call");
      }
      return new Call(name, arguments);
    }

    private Object argument() {
      if (accept("?")) {
        return MARKER;
      }
      if (accept("'")) {
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
          char c = text.charAt(at++);
          if (c != '\'') {
            value.append(c);
          } else if (accept("'")) {
            value.append('\'');
          } else {
            return value.toString();
          }
        }
        throw error("unterminated string literal");
      }
      if (acceptWord("true")) {
        return Boolean.TRUE;
      }
      if (acceptWord("false")) {
        return Boolean.FALSE;
      }
      if (acceptWord("null")) {
        return null;
      }
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      String number = text.substring(start, at);
      try {
        return number.matches("[+-]?\\d+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
      } catch (NumberFormatException e) {
        at = start;
        throw error("expected ?, a quoted string, a number, true, false or NULL");
      }
    }

    private String identifier() {
      int start = at;
      while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
        at++;
      }
      if (start == at || Character.isDigit(text.charAt(start))) {
        throw error("expected the stored query's name");
      }
      return text.substring(start, at);
    }

    private boolean acceptWord(String word) {
      int end = at + word.length();
      if (text.regionMatches(true, at, word, 0, word.length())
          && (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
        at = end;
        return true;
      }
      return false;
    }

    private boolean accept(String token) {
      if (text.startsWith(token, at)) {
        at += token.length();
        return true;
      }
      return false;
    }

    private void skipBlanks() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private OmniGraphException error(String message) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return new OmniGraphException(ErrorCode.SYNTAX_ERROR,
          Statements.SOURCE_NAME + ":" + line + ":" + (at - lineStart + 1) + ": " + message);
    }
  }
}
