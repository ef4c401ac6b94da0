package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlErrors.unsupported;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The {@link Statement} methods this version refuses, each throwing
 * {@link java.sql.SQLFeatureNotSupportedException} whose message is the method's name: batches,
 * generated keys and named cursors.
 */
abstract class UnsupportedStatementMethods implements Statement {

  // Generated keys and batches.
  @Override
  public int executeUpdate(String sql, int[] columnIndexes) throws SQLException { throw unsupported("executeUpdate"); }
  @Override
  public int executeUpdate(String sql, String[] columnNames) throws SQLException { throw unsupported("executeUpdate"); }
  @Override
  public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException { throw unsupported("executeLargeUpdate"); }
  @Override
  public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException { throw unsupported("executeLargeUpdate"); }
  @Override
  public void addBatch(String sql) throws SQLException { throw unsupported("addBatch"); }
  @Override
  public void clearBatch() throws SQLException { throw unsupported("clearBatch"); }
  @Override
  public int[] executeBatch() throws SQLException { throw unsupported("executeBatch"); }
  @Override
  public long[] executeLargeBatch() throws SQLException { throw unsupported("executeLargeBatch"); }

  // Generated keys, cursors and cancellation.
  @Override
  public boolean execute(String sql, int[] columnIndexes) throws SQLException { throw unsupported("execute"); }
  @Override
  public boolean execute(String sql, String[] columnNames) throws SQLException { throw unsupported("execute"); }
  @Override
  public ResultSet getGeneratedKeys() throws SQLException { throw unsupported("getGeneratedKeys"); }
  @Override
  public void setCursorName(String name) throws SQLException { throw unsupported("setCursorName"); }
}
