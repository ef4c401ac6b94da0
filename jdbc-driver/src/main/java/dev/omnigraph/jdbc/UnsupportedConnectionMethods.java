package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlErrors.unsupported;

import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Struct;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The {@link Connection} methods this version refuses, each throwing
 * {@link java.sql.SQLFeatureNotSupportedException} whose message is the method's name: prepared
 * statements asking for generated keys by column, transactions beyond
 * auto-commit (isolation levels,
 * savepoints), type maps, LOB/array/struct factories and network timeouts.
 */
abstract class UnsupportedConnectionMethods implements Connection {

  // Prepared statements that name generated-key columns.
  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException { throw unsupported("prepareStatement"); }
  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException { throw unsupported("prepareStatement"); }

  // Transactions and type maps.
  @Override
  public Savepoint setSavepoint() throws SQLException { throw unsupported("setSavepoint"); }
  @Override
  public Savepoint setSavepoint(String name) throws SQLException { throw unsupported("setSavepoint"); }
  @Override
  public void rollback(Savepoint savepoint) throws SQLException { throw unsupported("rollback"); }
  @Override
  public void releaseSavepoint(Savepoint savepoint) throws SQLException { throw unsupported("releaseSavepoint"); }
  @Override
  public void setTypeMap(Map<String, Class<?>> map) throws SQLException { throw unsupported("setTypeMap"); }

  // Factories and network settings.
  @Override
  public Clob createClob() throws SQLException { throw unsupported("createClob"); }
  @Override
  public Blob createBlob() throws SQLException { throw unsupported("createBlob"); }
  @Override
  public NClob createNClob() throws SQLException { throw unsupported("createNClob"); }
  @Override
  public SQLXML createSQLXML() throws SQLException { throw unsupported("createSQLXML"); }
  @Override
  public Array createArrayOf(String typeName, Object[] elements) throws SQLException { throw unsupported("createArrayOf"); }
  @Override
  public Struct createStruct(String typeName, Object[] attributes) throws SQLException { throw unsupported("createStruct"); }
  @Override
  public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException { throw unsupported("setNetworkTimeout"); }
}
