package dev.omnigraph.jdbc;

import java.sql.SQLException;

/** The {@link java.sql.Wrapper} contract for driver objects that wrap nothing but themselves. */
final class JdbcWrappers {
  private JdbcWrappers() {}

  /**
   * {@code self} as {@code type}.
   *
   * @throws SQLException when {@code self} is not a {@code type}
   */
  static <T> T unwrap(Object self, Class<T> type) throws SQLException {
    if (type.isInstance(self)) {
      return type.cast(self);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }
}
