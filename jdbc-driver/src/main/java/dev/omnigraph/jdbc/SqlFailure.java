package dev.omnigraph.jdbc;

import java.sql.SQLException;

/**
 * An {@link SQLException} carried through an interface that cannot throw checked exceptions (a
 * remote {@link dev.omnigraph.engine.ResultCursor} whose server connection is lost mid-stream);
 * the driver rethrows the {@link #getCause() cause} where JDBC lets it, e.g. from
 * {@link java.sql.ResultSet#next()}.
 */
public final class SqlFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param cause the error to rethrow */
  public SqlFailure(SQLException cause) {
    super(cause.getMessage(), cause);
  }

  /** The error to rethrow. */
  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }
}
