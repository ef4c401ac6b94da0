package dev.omnigraph.jdbc;

import java.util.Map;
import java.math.BigDecimal;
import java.io.InputStream;
import java.sql.Blob;
import java.sql.Array;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * A prepared call of a stored query, prepared {@code .gq} text or prepared SQL, with values
 * bound to its parameter markers by position. {@link OmniGraphConnection#prepareCall} and
 * {@link OmniGraphConnection#prepareStatement} return it for
 *
 * <pre>
 * {call friends_of(?, ?)}     the JDBC escape
 * CALL friends_of(?, 10)      plain, literals allowed in place of markers
 * query q($name: String) {..} .gq text (prepareStatement only): one marker per declared parameter
 * SELECT .. WHERE age > ?     SQL (prepareStatement only): markers typed by Calcite's validation
 * </pre>
 *
 * A read ({@link #executeQuery()}) returns rows; a mutation ({@code .gq} mutation text, a call of
 * a stored mutation) returns the rows it changed ({@link #executeUpdate()}), as
 * {@link StatementPlan} decides. Each execution runs on the connection's current graph handle
 * (its branch, snapshot or open transaction), a read being planned again when that handle changed.
 *
 * The arguments of a call bind the stored query's parameters in declaration order, one each
 * ({@link CallBinding}); {@code setXxx(i, ...)} binds the {@code i}-th {@code ?}. Values are kept
 * JSON-shaped ({@link ParameterValues}) and coerced by the engine at execution
 * ({@code gq-language.md} §10.4). The query is parsed, checked and planned once, when the
 * statement is prepared, so {@link #getMetaData()} and {@link #getParameterMetaData()} answer
 * before any execution.
 *
 * <p>Errors: an unset marker at execution {@code 07001}, a marker index out of range
 * {@code 07009}, a value that does not fit the declared type {@code 22023}, a read given to
 * {@code executeUpdate} or an update to {@code executeQuery} {@code 07000}; engine errors as
 * {@link SqlErrors#translate} maps them; the {@code String}-taking execute methods of
 * {@link java.sql.Statement} are refused (the text was given when preparing). Not thread-safe.
 */
public final class OmniGraphCallableStatement extends UnsupportedCallableStatementMethods {
  private final StatementPlan plan;
  private final CallBinding binding;
  private final ParameterValues values;

  /**
   * @param connection the open connection whose graph the statement queries
   * @param plan what the statement runs
   * @param binding how the statement's arguments bind the plan's parameters
   */
  OmniGraphCallableStatement(OmniGraphConnection connection, StatementPlan plan, CallBinding binding) {
    super(connection);
    this.plan = plan;
    this.binding = binding;
    this.values = new ParameterValues(binding.markerCount());
  }

  /**
   * Runs the query with the bound values and returns its rows; closes the previous result set.
   *
   * @throws SQLException {@code 07001} naming the markers not set; {@code 07000} for a mutation;
   *     as the class comment lists
   */
  @Override
  public ResultSet executeQuery() throws SQLException {
    if (plan.isUpdate()) {
      throw new SQLException("executeQuery cannot run `" + plan.name()
          + "`: it is a mutation, which returns an update count, not rows; use executeUpdate or execute",
          OmniGraphStatement.WRONG_METHOD);
    }
    start();
    Map<String, Object> params = binding.params(values.values(), values.set());
    return query(() -> plan.open(params));
  }

  /**
   * Runs the mutation with the bound values and returns the rows it changed (affected nodes plus
   * edges).
   *
   * @throws SQLException {@code 07000} for a read; {@code 25006} on a read-only snapshot
   *     connection; as {@link #executeQuery()} and the mutation engine report
   */
  @Override
  public long executeLargeUpdate() throws SQLException {
    if (!plan.isUpdate()) {
      throw new SQLException("executeUpdate cannot run `" + plan.name()
          + "`: it returns rows, not an update count; use executeQuery or execute", OmniGraphStatement.WRONG_METHOD);
    }
    start();
    connection().requireWritable();
    Map<String, Object> params = binding.params(values.values(), values.set());
    return updated(execute(() -> plan.update(params)));
  }

  /** As {@link #executeLargeUpdate()}, the count capped at {@link Integer#MAX_VALUE}. */
  @Override
  public int executeUpdate() throws SQLException {
    return (int) Math.min(executeLargeUpdate(), Integer.MAX_VALUE);
  }

  /** Runs a read or a mutation; true when the result is rows, false when it is an update count. */
  @Override
  public boolean execute() throws SQLException {
    if (plan.isUpdate()) {
      executeLargeUpdate();
      return false;
    }
    executeQuery();
    return true;
  }

  /** The result columns, known since the statement was prepared; null for a mutation, which returns no rows. */
  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return plan.isUpdate() ? null : new OmniGraphResultSetMetaData(plan.columns(), connection().catalogName(), connection().getSchema());
  }

  /** The markers, typed by the parameters they bind. */
  @Override
  public ParameterMetaData getParameterMetaData() throws SQLException {
    checkOpen();
    return new OmniGraphParameterMetaData(binding.markerParams());
  }

  /** Unbinds every marker. */
  @Override
  public void clearParameters() throws SQLException {
    checkOpen();
    values.clear();
  }

  /** Binds null; the SQL type is not needed. */
  @Override
  public void setNull(int parameterIndex, int sqlType) throws SQLException {
    bind(parameterIndex, null);
  }

  /** Binds null; the SQL type and type name are not needed. */
  @Override
  public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
    bind(parameterIndex, null);
  }

  @Override
  public void setBoolean(int parameterIndex, boolean x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setByte(int parameterIndex, byte x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setShort(int parameterIndex, short x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setInt(int parameterIndex, int x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setLong(int parameterIndex, long x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Binds the float's decimal value ({@code 0.1f} is 0.1). */
  @Override
  public void setFloat(int parameterIndex, float x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setDouble(int parameterIndex, double x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setBigDecimal(int parameterIndex, BigDecimal x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setString(int parameterIndex, String x) throws SQLException {
    bind(parameterIndex, x);
  }

  @Override
  public void setNString(int parameterIndex, String x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Binds the date as {@code YYYY-MM-DD} (its day in the JVM's time zone, as JDBC defines it). */
  @Override
  public void setDate(int parameterIndex, Date x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Binds the instant the timestamp stands for, as ISO text such as {@code 2024-01-02T03:04:05Z}. */
  @Override
  public void setTimestamp(int parameterIndex, Timestamp x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Binds the elements of the array as a list. */
  @Override
  public void setArray(int parameterIndex, Array x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Binds a value converted as {@link ParameterValues} describes. */
  @Override
  public void setObject(int parameterIndex, Object x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** As {@link #setObject(int, Object)}; the target type is the declared type, so it is not used. */
  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType) throws SQLException {
    bind(parameterIndex, x);
  }

  /** As {@link #setObject(int, Object)}; the target type and scale are not used. */
  @Override
  public void setObject(int parameterIndex, Object x, int targetSqlType, int scale) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Refused: the text was given to {@code prepareCall}/{@code prepareStatement}. */
  @Override
  public ResultSet executeQuery(String sql) throws SQLException {
    throw textGivenAtPrepare("executeQuery");
  }

  /** Refused: the text was given to {@code prepareCall}/{@code prepareStatement}. */
  @Override
  public boolean execute(String sql) throws SQLException {
    throw textGivenAtPrepare("execute");
  }

  /** Refused: the text was given to {@code prepareCall}/{@code prepareStatement}. */
  @Override
  public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
    throw textGivenAtPrepare("execute");
  }

  /**
   * Closes the previous result set and readies the connection (beginning a transaction when
   * auto-commit is off); throws once the connection is closed.
   */
  private void start() throws SQLException {
    checkOpen();
    closeResultSet();
    connection().startStatement();
  }

  /** Closes the statement and its plan (a remote server's prepared statement). */
  @Override
  public void close() throws SQLException {
    try {
      super.close();
    } finally {
      plan.close();
    }
  }

  /** Binds bytes, for a {@code Blob} parameter. */
  @Override
  public void setBytes(int parameterIndex, byte[] x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Binds a Blob's bytes, for a {@code Blob} parameter. */
  @Override
  public void setBlob(int parameterIndex, Blob x) throws SQLException {
    bind(parameterIndex, x);
  }

  /** Binds the rest of {@code stream} (read now), for a {@code Blob} parameter. */
  @Override
  public void setBlob(int parameterIndex, InputStream stream) throws SQLException {
    bind(parameterIndex, bytes(parameterIndex, stream, -1));
  }

  /** Binds the next {@code length} bytes of {@code stream} (read now), for a {@code Blob} parameter. */
  @Override
  public void setBlob(int parameterIndex, InputStream stream, long length) throws SQLException {
    bind(parameterIndex, bytes(parameterIndex, stream, length));
  }

  /** As {@link #setBlob(int, InputStream, long)}. */
  @Override
  public void setBinaryStream(int parameterIndex, InputStream stream, int length) throws SQLException {
    bind(parameterIndex, bytes(parameterIndex, stream, length));
  }

  /** As {@link #setBlob(int, InputStream, long)}. */
  @Override
  public void setBinaryStream(int parameterIndex, InputStream stream, long length) throws SQLException {
    bind(parameterIndex, bytes(parameterIndex, stream, length));
  }

  /** As {@link #setBlob(int, InputStream)}. */
  @Override
  public void setBinaryStream(int parameterIndex, InputStream stream) throws SQLException {
    bind(parameterIndex, bytes(parameterIndex, stream, -1));
  }

  /**
   * The next {@code length} bytes of {@code stream}, or all of it for a negative length; null for
   * a null stream.
   *
   * @throws SQLException {@code 22023} when the stream ends early or is longer than 2 GiB;
   *     {@code 58030} when reading it fails
   */
  private static byte[] bytes(int parameterIndex, InputStream stream, long length) throws SQLException {
    if (stream == null) {
      return null;
    }
    if (length > Integer.MAX_VALUE) {
      throw new SQLException("parameter " + parameterIndex + ": " + length + " bytes is more than a Blob parameter holds (2 GiB)", "22023");
    }
    try {
      byte[] bytes = length < 0 ? stream.readAllBytes() : stream.readNBytes((int) length);
      if (length >= 0 && bytes.length < length) {
        throw new SQLException("parameter " + parameterIndex + ": the stream ended after " + bytes.length + " of "
            + length + " bytes", "22023");
      }
      return bytes;
    } catch (java.io.IOException e) {
      throw new SQLException("parameter " + parameterIndex + ": reading the stream failed: " + e.getMessage(), "58030", e);
    }
  }

  private void bind(int parameterIndex, Object value) throws SQLException {
    checkOpen();
    values.set(parameterIndex, value);
  }

  /** Refused: the text was given to {@code prepareCall}/{@code prepareStatement}. */
  @Override
  public int executeUpdate(String sql) throws SQLException {
    throw textGivenAtPrepare("executeUpdate");
  }

  /** Refused: the text was given to {@code prepareCall}/{@code prepareStatement}. */
  @Override
  public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    throw textGivenAtPrepare("executeUpdate");
  }

  /** Refused: the text was given to {@code prepareCall}/{@code prepareStatement}. */
  @Override
  public long executeLargeUpdate(String sql) throws SQLException {
    throw textGivenAtPrepare("executeLargeUpdate");
  }

  /** Refused: the text was given to {@code prepareCall}/{@code prepareStatement}. */
  @Override
  public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
    throw textGivenAtPrepare("executeLargeUpdate");
  }

  private static SQLException textGivenAtPrepare(String method) {
    return new SQLException(method + "(String) cannot be called on a prepared statement; call " + method + "() instead");
  }
}
