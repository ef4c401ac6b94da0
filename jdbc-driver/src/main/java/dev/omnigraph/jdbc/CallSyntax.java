package dev.omnigraph.jdbc;

import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a call of a stored query, in either spelling:
 *
 * <pre>
 * {call name(?, ?)}          the JDBC escape; {call name} when it takes no arguments
 * CALL name('Alice', 42)     plain; a trailing ';' is allowed
 * </pre>
 *
 * Arguments are parameter markers {@code ?} or literals: strings in single quotes ({@code ''} is a
 * quote), integers ({@link Integer} when they fit 32 bits, else {@link Long}), decimals with a
 * point or an exponent ({@link Double}), {@code true}/{@code false} ({@link Boolean}) and
 * {@code NULL} (null) — the JSON-shaped values {@link dev.omnigraph.engine.PreparedQuery#execute}
 * coerces ({@code gq-language.md} §10.4). Keywords are case-insensitive; the name is an identifier
 * of letters, digits and {@code _}. Stateless.
 */
final class CallSyntax {
  private CallSyntax() {}

  /** One argument of a call. */
  sealed interface Argument permits Marker, Literal {}

  /**
   * A parameter marker {@code ?}.
   *
   * @param index its 1-based number among the call's markers, as {@code setString(index, ...)} uses
   */
  record Marker(int index) implements Argument {}

  /**
   * A literal argument.
   *
   * @param value the JSON-shaped value: String, Integer, Long, Double, Boolean or null
   */
  record Literal(Object value) implements Argument {}

  /**
   * A parsed call.
   *
   * @param name the stored query's name
   * @param arguments the arguments in order; they bind the query's parameters by position
   */
  record Call(String name, List<Argument> arguments) {
    Call {
      arguments = List.copyOf(arguments);
    }

    /** The number of {@code ?} markers. */
    int markerCount() {
      return (int) arguments.stream().filter(Marker.class::isInstance).count();
    }
  }

  /**
   * True when the text is meant as a call: it starts (after blanks) with <code>{</code> or with the
   * word {@code CALL}. {@code .gq} text starts with {@code query}, an annotation or a comment, so
   * the two never overlap.
   */
  static boolean isCall(String sql) {
    String text = sql.stripLeading();
    if (text.startsWith("{")) {
      return true;
    }
    return text.length() >= 4 && text.substring(0, 4).equalsIgnoreCase("call")
        && (text.length() == 4 || !isIdentifierPart(text.charAt(4)));
  }

  /**
   * Parses a call.
   *
   * @throws SQLSyntaxErrorException SQLSTATE {@code 42601} naming the column of the first
   *     character that does not fit
   * @throws SQLFeatureNotSupportedException for <code>{?= call ...}</code>: a stored query returns
   *     rows, not an out value
   */
  static Call parse(String sql) throws SQLException {
    return new Parser(sql).call();
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static final class Parser {
    private final String text;
    private int at;
    private int markers;

    Parser(String text) {
      this.text = text;
    }

    Call call() throws SQLException {
      blanks();
      boolean escape = accept('{');
      if (escape) {
        blanks();
        if (peek() == '?') {
          throw new SQLFeatureNotSupportedException(
              "{?= call ...} is not supported: a stored query returns rows, not a value; use {call name(...)}");
        }
      }
      if (!keyword("call")) {
        throw error("expected CALL");
      }
      blanks();
      String name = identifier();
      blanks();
      List<Argument> arguments = new ArrayList<>();
      if (accept('(')) {
        blanks();
        if (!accept(')')) {
          do {
            blanks();
            arguments.add(argument());
            blanks();
          } while (accept(','));
          expect(')', "',' or ')'");
        }
        blanks();
      }
      if (escape) {
        expect('}', "'}'");
        blanks();
      } else if (accept(';')) {
        blanks();
      }
      if (at < text.length()) {
        throw error("expected the end of the call");
      }
      return new Call(name, arguments);
    }

    private Argument argument() throws SQLException {
      char c = peek();
      if (c == '?') {
        at++;
        return new Marker(++markers);
      }
      if (c == '\'') {
        return new Literal(string());
      }
      if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
        return new Literal(number());
      }
      if (keyword("true")) {
        return new Literal(Boolean.TRUE);
      }
      if (keyword("false")) {
        return new Literal(Boolean.FALSE);
      }
      if (keyword("null")) {
        return new Literal(null);
      }
      throw error("expected ?, a 'string', a number, true, false or NULL");
    }

    private String string() throws SQLException {
      int start = at;
      at++;
      StringBuilder value = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c != '\'') {
          value.append(c);
        } else if (at < text.length() && text.charAt(at) == '\'') {
          value.append('\'');
          at++;
        } else {
          return value.toString();
        }
      }
      at = start;
      throw error("unterminated string (a quote inside a string is written '')");
    }

    private Object number() throws SQLException {
      int start = at;
      if (peek() == '-' || peek() == '+') {
        at++;
      }
      int digits = digits();
      boolean decimal = false;
      if (peek() == '.') {
        at++;
        digits += digits();
        decimal = true;
      }
      if (digits == 0) {
        at = start;
        throw error("expected a number");
      }
      if (peek() == 'e' || peek() == 'E') {
        at++;
        if (peek() == '-' || peek() == '+') {
          at++;
        }
        if (digits() == 0) {
          throw error("expected the digits of an exponent");
        }
        decimal = true;
      }
      if (at < text.length() && isIdentifierPart(text.charAt(at))) {
        throw error("expected ',' or ')' after a number");
      }
      String literal = text.substring(start, at);
      if (decimal) {
        return Double.parseDouble(literal);
      }
      BigInteger value = new BigInteger(literal.startsWith("+") ? literal.substring(1) : literal);
      if (value.bitLength() < 32) {
        return value.intValue();
      }
      if (value.bitLength() < 64) {
        return value.longValue();
      }
      at = start;
      throw error("integer " + literal + " is beyond the 64-bit range");
    }

    private int digits() {
      int start = at;
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      return at - start;
    }

    private String identifier() throws SQLException {
      int start = at;
      if (at < text.length() && isIdentifierStart(text.charAt(at))) {
        at++;
        while (at < text.length() && isIdentifierPart(text.charAt(at))) {
          at++;
        }
        return text.substring(start, at);
      }
      throw error("expected the name of a stored query");
    }

    private boolean keyword(String word) {
      int end = at + word.length();
      if (end > text.length() || !text.substring(at, end).toLowerCase(Locale.ROOT).equals(word)
          || (end < text.length() && isIdentifierPart(text.charAt(end)))) {
        return false;
      }
      at = end;
      return true;
    }

    private void blanks() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private boolean accept(char c) {
      if (peek() == c && at < text.length()) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c, String what) throws SQLException {
      if (!accept(c)) {
        throw error("expected " + what);
      }
    }

    private SQLSyntaxErrorException error(String expected) {
      String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end of the text";
      return new SQLSyntaxErrorException("call syntax: column " + (at + 1) + ": " + expected + ", found " + found
          + " (write {call name(?, ...)} or CALL name(?, ...))", "42601");
    }
  }
}
