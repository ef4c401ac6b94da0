package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import java.util.List;
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
 * The rows of one query: a forward-only, read-only cursor over an engine {@link ResultCursor}.
 * Rows stream: each {@link #next()} pulls one row from the engine, which reads Lance record
 * batches of 8,192 rows as they are needed, so a result of any size holds about one batch in
 * memory (sorts, aggregates and set operations gather their input first). The first row is
 * fetched when the statement executes, so planning, blocking operators and first-row errors
 * surface there; a later row's error (a division by zero, say) surfaces at the {@code next()} that
 * reaches it. Columns are numbered from 1 and labelled with the result column names
 * ({@code p.name}, an alias, ...). Values convert as {@link JdbcValues} says; the default
 * {@code getObject} classes are those of {@link JdbcTypes}. A getter on a null value returns
 * null, false or 0 and sets {@link #wasNull()}.
 *
 * <p>Errors: use after {@link #close()} throws {@code SQLException("result set is closed")}; a
 * getter off a row throws SQLSTATE {@code 24000}; a column number out of range {@code 07009}; an
 * unknown label {@code 42703}; a {@link Statement#cancel()} or query timeout while rows are read
 * makes {@code next()} throw SQLSTATE {@code 57014}. Closing the result set (or its statement or
 * connection) stops the engine's scans and frees their Arrow buffers. Not thread-safe.
 */
public final class OmniGraphResultSet extends ColumnLabelResultSet {
  private final StatementBase statement;
  private final ResultCursor cursor;
  private final List<ResultColumn> columns;
  private final long maxRows;
  private final OmniGraphResultSetMetaData metaData;
  /** The current row, or null before the first and after the last. */
  private Object[] current;
  /** The row after the current one, read ahead by {@link #isLast()} and {@link #prefetch()}. */
  private Object[] ahead;
  /** The 1-based number of {@link #current}; after the last row, the number of rows read. */
  private long position;
  private boolean ended;
  private boolean wasNull;
  private int fetchSize;
  private boolean closed;

  /**
   * @param statement the statement that produced the rows, or null for the rows of an
   *     {@link Array} or of a metadata call
   * @param cursor the rows and columns; the result set owns and closes it
   * @param maxRows the most rows to expose, or 0 for all
   */
  OmniGraphResultSet(StatementBase statement, ResultCursor cursor, long maxRows) {
    this.statement = statement;
    this.cursor = cursor;
    this.columns = cursor.columns();
    this.maxRows = maxRows > 0 ? maxRows : Long.MAX_VALUE;
    this.metaData = new OmniGraphResultSetMetaData(columns,
        statement == null ? "" : statement.connection().catalogName(),
        statement == null ? "" : statement.connection().schemaName());
  }

  /**
   * Reads the first row ahead, so the execution's blocking work and its first errors happen
   * while the statement executes.
   *
   * @throws SQLException as {@link #next()}
   */
  void prefetch() throws SQLException {
    peek();
  }

  @Override
  public boolean next() throws SQLException {
    checkOpen();
    wasNull = false;
    if (ended) {
      current = null;
      return false;
    }
    Object[] row = peek();
    ahead = null;
    if (row == null) {
      current = null;
      return false;
    }
    current = row;
    position++;
    return true;
  }

  /**
   * The row after the current one without moving to it; null at the end (which it then records,
   * closing the engine's cursor).
   */
  private Object[] peek() throws SQLException {
    if (ahead != null || ended) {
      return ahead;
    }
    Object[] row = null;
    if (position < maxRows) {
      try {
        row = cursor.next();
      } catch (OmniGraphException e) {
        end();
        throw statement == null ? SqlErrors.translate(e) : statement.error(e);
      } catch (SqlFailure e) {
        end();
        throw e.getCause();
      }
    }
    if (row == null) {
      end();
    }
    ahead = row;
    return row;
  }

  /** Records that no row follows, frees the engine's cursor and tells the statement its rows are done. */
  private void end() {
    ended = true;
    cursor.close();
    if (statement != null) {
      statement.rowsEnded(this);
    }
  }

  /** Closes the result set and, when its statement asked to close on completion, the statement. */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    if (!ended) {
      end();
    }
    current = null;
    ahead = null;
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
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(label)) {
        return i + 1;
      }
    }
    String labels = columns.stream().map(ResultColumn::name).collect(Collectors.joining(", "));
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

  /** True before the first row of a result that has rows (which it reads ahead to know). */
  @Override
  public boolean isBeforeFirst() throws SQLException {
    checkOpen();
    return position == 0 && peek() != null;
  }

  /** True after the last row of a result that had rows. */
  @Override
  public boolean isAfterLast() throws SQLException {
    checkOpen();
    return current == null && ended && ahead == null && position > 0;
  }

  @Override
  public boolean isFirst() throws SQLException {
    checkOpen();
    return current != null && position == 1;
  }

  /** True on the last row; reads the next row ahead to know. */
  @Override
  public boolean isLast() throws SQLException {
    checkOpen();
    return current != null && peek() == null;
  }

  /** The 1-based number of the current row, or 0 when not on a row. */
  @Override
  public int getRow() throws SQLException {
    checkOpen();
    return current == null ? 0 : (int) Math.min(position, Integer.MAX_VALUE);
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

  /**
   * Records the hint. Rows stream whatever it is: the engine reads Lance record batches of 8,192
   * rows and hands them over a row at a time.
   */
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
    if (current == null) {
      String where = position == 0 ? "call next() first" : "past the last row";
      throw new SQLException("not on a row: " + where, "24000");
    }
    checkColumn(column);
    Object value = current[column - 1];
    wasNull = value == null;
    return value;
  }

  private void checkColumn(int column) throws SQLException {
    int count = columns.size();
    if (column < 1 || column > count) {
      throw new SQLException("column " + column + " is out of range 1.." + count, "07009");
    }
  }

  private ResultColumn column(int column) {
    return columns.get(column - 1);
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
