package dev.omnigraph.jdbc.remote;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.jdbc.SqlErrors;
import dev.omnigraph.jdbc.SqlFailure;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import org.apache.arrow.flight.CallStatus;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;

/**
 * Turns a failed Flight call back into the errors the embedded driver throws. An OmniGraph server
 * describes an engine error as {@code <CODE> (SQLSTATE <state>): <message>} with the trailer
 * {@value #CODE_KEY} naming the {@link ErrorCode} (the server's {@code FlightErrors}); that
 * becomes the same {@link OmniGraphException} (code and message, location included), which the
 * driver translates as it does an embedded one ({@link SqlErrors#translate}: a syntax error is a
 * {@link java.sql.SQLSyntaxErrorException} with {@code 42601}). Other statuses:
 *
 * <pre>
 * UNAVAILABLE            08006 (08001 while connecting), naming the server's address
 * UNAUTHENTICATED        28000 (SQLInvalidAuthorizationSpecException)
 * UNAUTHORIZED           42501
 * CANCELLED              the engine's CANCELLED (57014 once the statement translates it)
 * TIMED_OUT              57014 (SQLTimeoutException)
 * NOT_FOUND              42704
 * INVALID_ARGUMENT       22023
 * ALREADY_EXISTS         23505
 * UNIMPLEMENTED          0A000 (SQLFeatureNotSupportedException)
 * RESOURCE_EXHAUSTED     53000
 * others                 XX000
 * </pre>
 *
 * An engine {@code WRITE_CONFLICT} on commit is a {@link SQLTransactionRollbackException}
 * ({@code 40001}), as embedded. Stateless.
 */
public final class RemoteErrors {
  /** The trailer naming the engine's error code (the server's {@code FlightErrors.CODE_KEY}). */
  public static final String CODE_KEY = "omnigraph-error-code";

  private RemoteErrors() {}

  /**
   * The engine error the server reported, or null when the failure is not one (a transport or
   * protocol error). A cancelled call is the engine's {@code CANCELLED}.
   */
  public static OmniGraphException engine(FlightRuntimeException error) {
    CallStatus status = error.status();
    String codeName = status.metadata() == null || !status.metadata().containsKey(CODE_KEY) ? null
        : status.metadata().get(CODE_KEY);
    ErrorCode code = codeName == null ? null : errorCode(codeName);
    if (code != null) {
      String description = status.description() == null ? "" : status.description();
      String prefix = code.name() + " (SQLSTATE " + code.sqlState() + "): ";
      String message = description.startsWith(prefix) ? description.substring(prefix.length()) : description;
      return new OmniGraphException(code, null, message, error);
    }
    if (status.code() == FlightStatusCode.CANCELLED) {
      return new OmniGraphException(ErrorCode.CANCELLED, null, "the query was cancelled", error);
    }
    return null;
  }

  /**
   * The JDBC form of a failed call to the server at {@code address}, per the class table.
   *
   * @param connecting true while the connection is being opened (UNAVAILABLE is then 08001)
   */
  public static SQLException sql(FlightRuntimeException error, RemoteAddress address, boolean connecting) {
    OmniGraphException engine = engine(error);
    if (engine != null && engine.code() == ErrorCode.WRITE_CONFLICT) {
      return new SQLTransactionRollbackException(engine.getMessage(), "40001", engine.code().number(), error);
    }
    if (engine != null) {
      return SqlErrors.translate(engine);
    }
    CallStatus status = error.status();
    String description = status.description() == null || status.description().isEmpty() ? status.code().name()
        : status.description();
    return switch (status.code()) {
      case UNAVAILABLE -> new SQLNonTransientConnectionException((connecting ? "cannot connect to" : "lost the connection to")
          + " the OmniGraph server at " + address + ": " + description + (connecting ? " (is `omnigraph serve` running there?)" : ""),
          connecting ? "08001" : "08006", error);
      case UNAUTHENTICATED -> new SQLInvalidAuthorizationSpecException("the OmniGraph server at " + address
          + " refused the credentials: " + description, "28000", error);
      case UNAUTHORIZED -> new SQLException(description, "42501", error);
      case TIMED_OUT -> new SQLTimeoutException(description, "57014", error);
      case NOT_FOUND -> new SQLException(description, "42704", error);
      case INVALID_ARGUMENT -> new SQLException(description, "22023", error);
      case ALREADY_EXISTS -> new SQLException(description, "23505", error);
      case UNIMPLEMENTED -> new SQLFeatureNotSupportedException(description, "0A000", error);
      case RESOURCE_EXHAUSTED -> new SQLException(description, "53000", error);
      default -> new SQLException("the OmniGraph server at " + address + " failed: " + description, "XX000", error);
    };
  }

  /**
   * What to throw for a failed call inside a statement's execution, where engine errors are
   * translated by the statement (cancellation and timeouts included): the engine error, else the
   * JDBC error wrapped in a {@link SqlFailure}.
   */
  public static RuntimeException unchecked(FlightRuntimeException error, RemoteAddress address) {
    OmniGraphException engine = engine(error);
    return engine != null ? engine : new SqlFailure(sql(error, address, false));
  }

  private static ErrorCode errorCode(String name) {
    try {
      return ErrorCode.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
