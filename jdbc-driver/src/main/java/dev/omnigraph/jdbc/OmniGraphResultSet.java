package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.ResultColumn;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.rowset.serial.SerialBlob;

/**
 * The rows of one {@code .gq} query: a forward-only, read-only cursor over a {@link QueryResult}
 * held in memory. Columns are numbered from 1 and labelled with the result column names
 * ({@code p.name}, an alias, ...). Values convert as {@link JdbcValues} says; the default
 * {@code getObject} classes are those of {@link JdbcTypes}. A getter on a null value returns
 * null, false or 0 and sets {@link #wasNull()}.
 *
 * <p>Errors: use after {@link #close()} throws {@code SQLException("result set is closed")}; a
 * getter off a row throws SQLSTATE {@code 24000}; a column number out of range {@code 07009}; an
 * unknown label {@code 42703}. Not thread-safe.
 */
public final class OmniGraphResultSet extends ColumnLabelResultSet {
  private final StatementBase statement;
  private final QueryResult result;
  private final int rowCount;
  private final OmniGraphResultSetMetaData metaData;
  private int row = -1;
  private boolean wasNull;
  private int fetchSize;
  private boolean closed;

  /**
   * @param statement the statement that produced the rows, or null for the rows of an
   *     {@link Array}
   * @param result the rows and columns
   * @param maxRows the most rows to expose, or 0 for all
   */
  OmniGraphResultSet(StatementBase statement, QueryResult result, long maxRows) {
    this.statement = statement;
    this.result = result;
    this.rowCount = maxRows > 0 ? (int) Math.min(result.rowCount(), maxRows) : result.rowCount();
    this.metaData = new OmniGraphResultSetMetaData(result.columns(),
        statement == null ? "" : statement.connection().catalogName(),
        statement == null ? "" : statement.connection().schemaName());
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    if (row < rowCount) {
      row++;
    }
    wasNull = false;
    return row < rowCount;
  }

  /** Closes the result set and, when its statement asked to close on completion, the statement. */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    if (statement != null) {
      statement.resultSetClosed(this);
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean wasNull() throws SQLException {
    checkOpen();
    return wasNull;
  }

  /**
   * The number of the first column whose label equals {@code label} ignoring case.
   *
   * @throws SQLException SQLSTATE {@code 42703} naming the labels when none matches
   */
  @Override
  public int findColumn(String label) throws SQLException {
    checkOpen();
    for (int i = 0; i < result.columns().size(); i++) {
      if (result.columns().get(i).name().equalsIgnoreCase(label)) {
        return i + 1;
      }
    }
    String labels = result.columnNames().stream().collect(Collectors.joining(", "));
    throw new SQLException("no column labelled '" + label + "'; the columns are " + labels, "42703");
  }

  @Override
  public String getString(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : JdbcValues.toText(value);
  }

  @Override
  public String getNString(int column) throws SQLException {
    return getString(column);
  }

  @Override
  public boolean getBoolean(int column) throws SQLException {
    Object value = value(column);
    return value != null && JdbcValues.toBoolean(value, label(column));
  }

  @Override
  public byte getByte(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : JdbcValues.convert(value, type(column), Byte.class, label(column));
  }

  @Override
  public short getShort(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : JdbcValues.convert(value, type(column), Short.class, label(column));
  }

  @Override
  public int getInt(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : JdbcValues.toInt(value, label(column));
  }

  @Override
  public long getLong(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : JdbcValues.toLong(value, label(column));
  }

  @Override
  public float getFloat(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : JdbcValues.toFloat(value, label(column));
  }

  @Override
  public double getDouble(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : JdbcValues.toDouble(value, label(column));
  }

  @Override
  public BigDecimal getBigDecimal(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : JdbcValues.toBigDecimal(value, label(column));
  }

  /** A Date at midnight in the JVM's default zone (a DateTime gives its UTC date). */
  @Override
  public Date getDate(int column) throws SQLException {
    return getDate(column, null);
  }

  /** A Date at midnight in the calendar's zone (a DateTime gives its UTC date). */
  @Override
  public Date getDate(int column, Calendar calendar) throws SQLException {
    Object value = value(column);
    return value == null ? null : JdbcValues.toDate(value, label(column), calendar);
  }

  /** A DateTime as {@code Timestamp.from(instant)}; a Date at midnight in the default zone. */
  @Override
  public Timestamp getTimestamp(int column) throws SQLException {
    return getTimestamp(column, null);
  }

  /** A DateTime as {@code Timestamp.from(instant)}; a Date at midnight in the calendar's zone. */
  @Override
  public Timestamp getTimestamp(int column, Calendar calendar) throws SQLException {
    Object value = value(column);
    return value == null ? null : JdbcValues.toTimestamp(value, label(column), calendar);
  }

  /** The value as an instance of {@link ResultSetMetaData#getColumnClassName}, or null. */
  @Override
  public Object getObject(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : JdbcValues.toObject(value, type(column));
  }

  /** The value converted to {@code type} as {@link JdbcValues#convert} lists, or null. */
  @Override
  public <T> T getObject(int column, Class<T> type) throws SQLException {
    if (type == null) {
      throw new SQLException("getObject: the target class is null");
    }
    Object value = value(column);
    return value == null ? null : JdbcValues.convert(value, type(column), type, label(column));
  }

  /** As {@link #getObject(int)} when {@code map} is null or empty; type maps are not supported. */
  @Override
  public Object getObject(int column, Map<String, Class<?>> map) throws SQLException {
    if (map != null && !map.isEmpty()) {
      throw SqlErrors.unsupported("getObject with a type map");
    }
    return getObject(column);
  }

  /** A Blob's bytes (a copy), or null. */
  @Override
  public byte[] getBytes(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : JdbcValues.toBytes(value, label(column));
  }

  /** A Blob's bytes as a stream, or null. */
  @Override
  public InputStream getBinaryStream(int column) throws SQLException {
    byte[] bytes = getBytes(column);
    return bytes == null ? null : new ByteArrayInputStream(bytes);
  }

  /** A Blob's bytes as a detached {@link Blob} ({@link SerialBlob}), or null. */
  @Override
  public Blob getBlob(int column) throws SQLException {
    byte[] bytes = getBytes(column);
    return bytes == null ? null : new SerialBlob(bytes);
  }

  /** A list or vector as an {@link Array}, or null. */
  @Override
  public Array getArray(int column) throws SQLException {
    Object value = value(column);
    return value == null ? null : JdbcValues.convert(value, type(column), Array.class, label(column));
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return metaData;
  }

  /** The statement that produced the rows, or null for the rows of an {@link Array}. */
  @Override
  public Statement getStatement() throws SQLException {
    checkOpen();
    return statement;
  }

  /** Always null: reading rows raises no warnings. */
  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return row < 0 && rowCount > 0;
  }

  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return row >= rowCount && rowCount > 0;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return row == 0 && rowCount > 0;
  }

  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    return row >= 0 && row == rowCount - 1;
  }

  /** The 1-based number of the current row, or 0 when not on a row. */
  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return row >= 0 && row < rowCount ? row + 1 : 0;
  }

  @Override
  public int getType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return ResultSet.FETCH_FORWARD;
  }

  /** Accepts {@link ResultSet#FETCH_FORWARD} only; the result set is forward-only. */
  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("a forward-only result set fetches forward only");
    }
  }

  /** Records the hint; rows are already in memory, so it changes nothing. */
  @Override
  public void setFetchSize(int rows) throws SQLException {
    checkOpen();
    if (rows < 0) {
      throw new SQLException("fetch size must be >= 0, got " + rows);
    }
    fetchSize = rows;
  }

  @Override
  public int getFetchSize() throws SQLException {
    checkOpen();
    return fetchSize;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return JdbcWrappers.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  private Object value(int column) throws SQLException {
    checkOpen();
    if (row < 0 || row >= rowCount) {
      String where = row < 0 ? "call next() first" : "past the last row";
      throw new SQLException("not on a row: " + where, "24000");
    }
    checkColumn(column);
    Object value = result.get(row, column - 1);
    wasNull = value == null;
    return value;
  }

  private void checkColumn(int column) throws SQLException {
    int count = result.columns().size();
    if (column < 1 || column > count) {
      throw new SQLException("column " + column + " is out of range 1.." + count, "07009");
    }
  }

  private ResultColumn column(int column) {
    return result.columns().get(column - 1);
  }

  private PropType type(int column) {
    return column(column).type();
  }

  private String label(int column) {
    return column(column).name();
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("result set");
    }
  }
}
