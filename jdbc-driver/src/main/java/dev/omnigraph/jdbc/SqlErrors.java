package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.diag.OmniGraphException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;

/**
 * The driver's {@link SQLException}s: engine errors translated by SQLSTATE, and the driver's own
 * refusals (unsupported methods, use after close). Surfaces translate, never invent: an engine
 * error keeps its message, its code's SQLSTATE and its number as the vendor code.
 */
public final class SqlErrors {
  /** SQLSTATE of an operation on a closed connection ("connection does not exist"). */
  static final String CONNECTION_CLOSED = "08003";

  private SqlErrors() {}

  /**
   * The JDBC form of an engine error: {@link SQLSyntaxErrorException} for SQLSTATE class 42,
   * {@link SQLDataException} for class 22, {@link SQLFeatureNotSupportedException} for
   * {@code 0A000}, else a plain {@link SQLException}. The message is
   * {@link OmniGraphException#getMessage()} ({@code file:line:column: message}), the SQLSTATE is
   * {@code code().sqlState()}, the vendor code is {@code code().number()}, the cause is the error.
   */
  public static SQLException translate(OmniGraphException error) {
    String state = error.code().sqlState();
    int vendorCode = error.code().number();
    String message = error.getMessage();
    if (state.startsWith("42")) {
      return new SQLSyntaxErrorException(message, state, vendorCode, error);
    }
    if (state.startsWith("22")) {
      return new SQLDataException(message, state, vendorCode, error);
    }
    if (state.startsWith("0A")) {
      return new SQLFeatureNotSupportedException(message, state, vendorCode, error);
    }
    return new SQLException(message, state, vendorCode, error);
  }

  /** The refusal of a method this version does not support; the message is the method's name. */
  static SQLFeatureNotSupportedException unsupported(String method) {
    return new SQLFeatureNotSupportedException(method);
  }

  /** The error of using a closed object, e.g. {@code closed("statement")}: "statement is closed". */
  static SQLException closed(String what) {
    return new SQLException(what + " is closed", "connection".equals(what) ? CONNECTION_CLOSED : null);
  }
}
