package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.ResultCursor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * What every statement of the driver shares: the settings ({@link #setMaxRows} cuts the rows a
 * result set exposes; {@link #setFetchSize} is recorded and passed on as a hint, rows streaming
 * regardless), the one open result set or update count of the last execution, cancellation
 * ({@link #cancel()}) and query timeouts, which stop a query's engine cursor, closing,
 * and the constant answers of a forward-only driver (no warnings). Subclasses run statements and hand their rows to
 * {@link #publish} or their count to {@link #updated}.
 *
 * <p>Use after {@link #close()} throws {@code SQLException("statement is closed")}. Not
 * thread-safe.
 */
abstract class StatementBase extends UnsupportedStatementMethods {
  /** One daemon thread for every statement's query timeout. */
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "omnigraph-jdbc-query-timeout");
    thread.setDaemon(true);
    return thread;
  });

  private final OmniGraphConnection connection;
  private OmniGraphResultSet resultSet;
  private long updateCount = -1;
  private long maxRows;
  private int fetchSize;
  private boolean closed;
  private volatile boolean running;
  private volatile boolean canceled;
  private volatile boolean timedOut;
  /** The engine cursor of the current query while its rows are read, for cancel and the timeout. */
  private volatile ResultCursor streaming;
  private ScheduledFuture<?> timeout;
  private int queryTimeoutSeconds;
  private boolean closeOnCompletion;
  private boolean poolable;

  /** @param connection the open connection whose graph the statement queries */
  StatementBase(OmniGraphConnection connection) {
    this.connection = connection;
  }

  /**
   * Runs a query: {@code open} starts the engine's execution, the new result set reads its first
   * row at once (see {@link OmniGraphResultSet#prefetch()}), and it becomes the statement's
   * current result set, with the statement's max rows and fetch size. A {@link #cancel()} or the
   * query timeout stops the execution until its rows are all read or the result set is closed.
   * The caller closed the previous result set with {@link #closeResultSet()} first.
   *
   * @throws SQLException the engine error translated ({@link #error}); SQLSTATE {@code 57014}
   *     when the execution was canceled or timed out
   */
  final ResultSet query(Execution<ResultCursor> open) throws SQLException {
    begin();
    ResultCursor cursor;
    try {
      cursor = open.run();
    } catch (OmniGraphException e) {
      end();
      throw error(e);
    } catch (SQLException | RuntimeException e) {
      end();
      throw e;
    }
    streaming = cursor;
    if (canceled || timedOut) {
      cursor.cancel();
    }
    OmniGraphResultSet rows = new OmniGraphResultSet(this, cursor, maxRows);
    rows.setFetchSize(fetchSize);
    resultSet = rows;
    try {
      rows.prefetch();
    } catch (SQLException e) {
      resultSet = null;
      rows.close();
      throw e;
    }
    return rows;
  }

  /**
   * Makes {@code count} the statement's update count, the result of an update; the caller closed
   * the previous result set with {@link #closeResultSet()} first.
   */
  final long updated(long count) {
    updateCount = count;
    return count;
  }

  /** One run of the engine for {@link #execute(Execution)}: rows or an update count. */
  @FunctionalInterface
  interface Execution<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code execution}, an update, as this statement's current execution: engine errors are
   * translated ({@link #error}), and a {@link #cancel()} or the query timeout that arrives while
   * it runs makes it fail once it finished (a write that completed stays written).
   *
   * @throws SQLException SQLSTATE {@code 57014} when the execution was canceled or timed out
   */
  final <T> T execute(Execution<T> execution) throws SQLException {
    begin();
    T result;
    try {
      result = execution.run();
    } catch (OmniGraphException e) {
      throw error(e);
    } finally {
      end();
    }
    if (timedOut) {
      throw timedOutError();
    }
    if (canceled) {
      throw canceledError();
    }
    return result;
  }

  /** Starts an execution: clears the cancel flags and arms the query timeout. */
  private void begin() {
    end();
    updateCount = -1;
    canceled = false;
    timedOut = false;
    running = true;
    timeout = queryTimeoutSeconds == 0 ? null : TIMER.schedule(this::timeOut, queryTimeoutSeconds, TimeUnit.SECONDS);
  }

  /** Ends the current execution: its rows are read or it failed; disarms the timeout. */
  private void end() {
    running = false;
    streaming = null;
    if (timeout != null) {
      timeout.cancel(false);
      timeout = null;
    }
  }

  /**
   * The JDBC form of an engine error of this statement's execution: {@code CANCELLED} becomes
   * {@link SQLTimeoutException} after the query timeout passed, else an {@link SQLException}
   * saying the statement was canceled (both SQLSTATE {@code 57014}); the rest as
   * {@link SqlErrors#translate}.
   */
  final SQLException error(OmniGraphException e) {
    if (e.code() == ErrorCode.CANCELLED) {
      return timedOut ? timedOutError() : canceledError();
    }
    return SqlErrors.translate(e);
  }

  private SQLTimeoutException timedOutError() {
    return new SQLTimeoutException("the statement ran longer than its query timeout of " + queryTimeoutSeconds
        + " s and was stopped; its remaining rows were discarded", "57014");
  }

  private static SQLException canceledError() {
    return new SQLException("the statement was canceled while it ran; its remaining rows were discarded", "57014");
  }

  /** Called by the current result set when its last row was read, it failed, or it was closed. */
  final void rowsEnded(OmniGraphResultSet ended) {
    if (ended == resultSet) {
      end();
    }
  }

  private void timeOut() {
    if (running) {
      timedOut = true;
      ResultCursor cursor = streaming;
      if (cursor != null) {
        cursor.cancel();
      }
    }
  }

  /**
   * Cancels the running execution, if any, from another thread. A query stops within one Lance
   * record batch (or at the end of a sort or aggregate's input), whether it is still executing or
   * its result set is being read, and its next row fails with SQLSTATE {@code 57014}. An update
   * is not interrupted: it finishes and then fails with {@code 57014}. With nothing running, does
   * nothing.
   */
  @Override
  public void cancel() throws SQLException {
    checkOpen();
    if (running) {
      canceled = true;
      ResultCursor cursor = streaming;
      if (cursor != null) {
        cursor.cancel();
      }
    }
  }

  /** The connection that created the statement (without the open check of {@link #getConnection()}). */
  final OmniGraphConnection connection() {
    return connection;
  }

  /** The result set of the last execution, or null once it was closed or passed over. */
  @Override
  public ResultSet getResultSet() throws SQLException {
    checkOpen();
    return resultSet;
  }

  /**
   * The rows the last execution changed when it was an update (a mutation's affected nodes plus
   * edges, a SQL DML statement's rows); -1 when it produced a result set or after
   * {@link #getMoreResults}.
   */
  @Override
  public int getUpdateCount() throws SQLException {
    return (int) Math.min(getLargeUpdateCount(), Integer.MAX_VALUE);
  }

  /** As {@link #getUpdateCount()}, as a long. */
  @Override
  public long getLargeUpdateCount() throws SQLException {
    checkOpen();
    return updateCount;
  }

  /** Closes the current result set and clears the update count; returns false, an execution having a single result. */
  @Override
  public boolean getMoreResults() throws SQLException {
    return getMoreResults(Statement.CLOSE_CURRENT_RESULT);
  }

  /**
   * Moves past the current result set, closing it unless {@code current} is
   * {@link Statement#KEEP_CURRENT_RESULT}, or past the update count; returns false.
   */
  @Override
  public boolean getMoreResults(int current) throws SQLException {
    checkOpen();
    updateCount = -1;
    switch (current) {
      case Statement.CLOSE_CURRENT_RESULT, Statement.CLOSE_ALL_RESULTS -> closeResultSet();
      case Statement.KEEP_CURRENT_RESULT -> resultSet = null;
      default -> throw new SQLException("getMoreResults: unknown mode " + current);
    }
    return false;
  }

  @Override
  public int getMaxRows() throws SQLException {
    return (int) Math.min(getLargeMaxRows(), Integer.MAX_VALUE);
  }

  /** Sets the most rows later result sets expose; 0 means all. */
  @Override
  public void setMaxRows(int max) throws SQLException {
    setLargeMaxRows(max);
  }

  @Override
  public long getLargeMaxRows() throws SQLException {
    checkOpen();
    return maxRows;
  }

  /** Sets the most rows later result sets expose; 0 means all. */
  @Override
  public void setLargeMaxRows(long max) throws SQLException {
    checkOpen();
    if (max < 0) {
      throw new SQLException("max rows must be >= 0, got " + max);
    }
    maxRows = max;
  }

  /** Always 0: values are never cut. */
  @Override
  public int getMaxFieldSize() throws SQLException {
    checkOpen();
    return 0;
  }

  /** Accepts 0 (no limit) only; cutting values is not supported. */
  @Override
  public void setMaxFieldSize(int max) throws SQLException {
    checkOpen();
    if (max != 0) {
      throw SqlErrors.unsupported("setMaxFieldSize");
    }
  }

  /** The query timeout in seconds, 0 for none. */
  @Override
  public int getQueryTimeout() throws SQLException {
    checkOpen();
    return queryTimeoutSeconds;
  }

  /**
   * Sets the query timeout of later executions in seconds, 0 for none, counted from the
   * execution until its result set's last row is read. Like {@link #cancel()}, it stops a query
   * whose time is up, which then fails with {@link SQLTimeoutException} (SQLSTATE {@code 57014});
   * an update still running finishes and then fails with it.
   */
  @Override
  public void setQueryTimeout(int seconds) throws SQLException {
    checkOpen();
    if (seconds < 0) {
      throw new SQLException("query timeout must be >= 0, got " + seconds);
    }
    queryTimeoutSeconds = seconds;
  }

  /** Accepted either way: {@code .gq} text has no JDBC escape syntax to process. */
  @Override
  public void setEscapeProcessing(boolean enable) throws SQLException {
    checkOpen();
  }

  /** Records the hint and passes it to later result sets; rows stream regardless. */
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

  /** Accepts {@link ResultSet#FETCH_FORWARD} only; result sets are forward-only. */
  @Override
  public void setFetchDirection(int direction) throws SQLException {
    checkOpen();
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("result sets of this statement fetch forward only");
    }
  }

  @Override
  public int getFetchDirection() throws SQLException {
    checkOpen();
    return ResultSet.FETCH_FORWARD;
  }

  @Override
  public int getResultSetConcurrency() throws SQLException {
    checkOpen();
    return ResultSet.CONCUR_READ_ONLY;
  }

  @Override
  public int getResultSetType() throws SQLException {
    checkOpen();
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    checkOpen();
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  /** Always null: statements raise no warnings. */
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
  public Connection getConnection() throws SQLException {
    checkOpen();
    return connection;
  }

  /** Closes the current result set and leaves the connection's list of open statements. */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    closeResultSet();
    connection.statementClosed(this);
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void setPoolable(boolean poolable) throws SQLException {
    checkOpen();
    this.poolable = poolable;
  }

  @Override
  public boolean isPoolable() throws SQLException {
    checkOpen();
    return poolable;
  }

  /** Makes closing the current or a later result set close this statement too. */
  @Override
  public void closeOnCompletion() throws SQLException {
    checkOpen();
    closeOnCompletion = true;
  }

  @Override
  public boolean isCloseOnCompletion() throws SQLException {
    checkOpen();
    return closeOnCompletion;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return JdbcWrappers.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /**
   * Called by a result set of this statement when the application closes it: forgets it and,
   * after {@link #closeOnCompletion()}, closes the statement. Result sets the statement closes
   * itself (on a new execution or {@link #getMoreResults}) were already forgotten.
   */
  void resultSetClosed(OmniGraphResultSet closedResultSet) throws SQLException {
    if (closedResultSet == resultSet) {
      resultSet = null;
      if (closeOnCompletion) {
        close();
      }
    }
  }

  /** Closes the result set of the previous execution, if any; executions call it first. */
  final void closeResultSet() throws SQLException {
    OmniGraphResultSet current = resultSet;
    resultSet = null;
    if (current != null) {
      current.close();
    }
  }

  /**
   * @throws SQLException "statement is closed" after {@link #close()}
   */
  final void checkOpen() throws SQLException {
    if (closed) {
      throw SqlErrors.closed("statement");
    }
  }
}
