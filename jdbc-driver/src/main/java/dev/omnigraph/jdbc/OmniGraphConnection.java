package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.jdbc.meta.Routine;
import java.sql.CallableStatement;
import java.sql.ClientInfoStatus;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connection to one graph through a {@link GraphSession}: a graph opened in this JVM
 * ({@code jdbc:omnigraph:<dir>}, closed with the connection) or an OmniGraph Flight SQL server
 * ({@code jdbc:omnigraph://host:port}); both give the same JDBC surface. The graph is the
 * catalog (named after its directory) and its branches are the schemas; the connection works on
 * one branch at a time ({@link #setSchema}, the {@code branch} property), or on a read-only
 * snapshot of it pinned by the {@code at} property (time travel). Statements run SQL, {@code .gq}
 * text or calls of the graph's stored queries ({@link #createStatement()},
 * {@link #prepareCall(String)}, {@link #prepareStatement(String)}).
 *
 * <p>Transactions: in auto-commit mode (the default) each mutation is its own graph commit. With
 * auto-commit off, the first statement begins a transaction on the branch; every
 * statement, read or write, then runs inside it (reads see its writes), {@link #commit()}
 * publishes its writes as one graph commit and {@link #rollback()} discards them; the next
 * statement begins the next transaction. Isolation is snapshot isolation, reported as
 * {@link Connection#TRANSACTION_REPEATABLE_READ}; a commit that conflicts with another writer
 * fails with SQLSTATE {@code 40001} and ends the transaction. Turning auto-commit back on commits;
 * closing the connection rolls back.
 *
 * <p>The connection tracks the statements it created and closes them when it closes; closing
 * twice is harmless; any other use after {@link #close()} throws
 * {@code SQLException("connection is closed")} with SQLSTATE {@code 08003}. Safe to use from
 * several threads, though its statements are not.
 */
public final class OmniGraphConnection extends UnsupportedConnectionMethods {
  /** SQLSTATE of a write on a read-only snapshot connection ("read-only SQL transaction"). */
  static final String READ_ONLY = "25006";

  private final GraphSession session;
  private final String url;
  private final String catalog;
  private final Set<StatementBase> statements = ConcurrentHashMap.newKeySet();
  private final Properties clientInfo = new Properties();
  private final AtomicBoolean closed = new AtomicBoolean();
  private boolean autoCommit = true;

  /**
   * @param session the graph the connection works on, now owned by the connection
   * @param url the URL the connection was opened with
   */
  OmniGraphConnection(GraphSession session, String url) {
    this.session = session;
    this.url = url;
    this.catalog = session.catalog();
  }

  /** The graph's tables, keys and stored queries; see {@link OmniGraphDatabaseMetaData}. */
  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    return new OmniGraphDatabaseMetaData(this, session.scope());
  }

  /** A statement that runs SQL or {@code .gq} text; only forward-only, read-only results exist. */
  @Override
  public Statement createStatement() throws SQLException {
    checkOpen();
    OmniGraphStatement statement = new OmniGraphStatement(this);
    statements.add(statement);
    return statement;
  }

  /** As {@link #createStatement()}; only {@code TYPE_FORWARD_ONLY, CONCUR_READ_ONLY} are supported. */
  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
    if (resultSetType != ResultSet.TYPE_FORWARD_ONLY || resultSetConcurrency != ResultSet.CONCUR_READ_ONLY) {
      throw SqlErrors.unsupported("createStatement");
    }
    return createStatement();
  }

  /** As {@link #createStatement(int, int)} with {@code CLOSE_CURSORS_AT_COMMIT} holdability only. */
  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    if (resultSetHoldability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw SqlErrors.unsupported("createStatement");
    }
    return createStatement(resultSetType, resultSetConcurrency);
  }

  /**
   * A prepared call of a stored query, <code>{call name(?, ...)}</code> or
   * {@code CALL name(?, ...)}; prepared {@code .gq} text taking one marker per declared
   * parameter; or prepared SQL whose {@code ?} markers are typed by Calcite's validation; see
   * {@link OmniGraphCallableStatement}. The query is checked and planned now (SQL plans are cached
   * by text), so metadata answers before execution.
   *
   * @throws SQLException {@code 42601} for call syntax, {@code 42704} for an unknown stored query,
   *     {@code 07001}/{@code 07009} for too few/many call arguments, or as the engine reports for
   *     {@code .gq} text
   */
  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepare(sql, "prepareStatement", true);
  }

  /** As {@link #prepareStatement(String)}; only {@code TYPE_FORWARD_ONLY, CONCUR_READ_ONLY} are supported. */
  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    requireForwardReadOnly("prepareStatement", resultSetType, resultSetConcurrency, ResultSet.CLOSE_CURSORS_AT_COMMIT);
    return prepareStatement(sql);
  }

  /** As {@link #prepareStatement(String, int, int)} with {@code CLOSE_CURSORS_AT_COMMIT} holdability only. */
  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    requireForwardReadOnly("prepareStatement", resultSetType, resultSetConcurrency, resultSetHoldability);
    return prepareStatement(sql);
  }

  /** As {@link #prepareStatement(String)} for {@link Statement#NO_GENERATED_KEYS}; there are no keys. */
  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    if (autoGeneratedKeys != Statement.NO_GENERATED_KEYS) {
      throw SqlErrors.unsupported("prepareStatement");
    }
    return prepareStatement(sql);
  }

  /**
   * A prepared call of a stored query: <code>{call name(?, ...)}</code> or
   * {@code CALL name(?, ...)}; see {@link OmniGraphCallableStatement}.
   *
   * @throws SQLException as {@link #prepareStatement(String)}; {@code 42601} for text that is not
   *     a call
   */
  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    return prepare(sql, "prepareCall", false);
  }

  /** As {@link #prepareCall(String)}; only {@code TYPE_FORWARD_ONLY, CONCUR_READ_ONLY} are supported. */
  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
    requireForwardReadOnly("prepareCall", resultSetType, resultSetConcurrency, ResultSet.CLOSE_CURSORS_AT_COMMIT);
    return prepareCall(sql);
  }

  /** As {@link #prepareCall(String, int, int)} with {@code CLOSE_CURSORS_AT_COMMIT} holdability only. */
  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    requireForwardReadOnly("prepareCall", resultSetType, resultSetConcurrency, resultSetHoldability);
    return prepareCall(sql);
  }

  /** The text unchanged: {@code .gq} has no JDBC escape syntax. */
  @Override
  public String nativeSQL(String sql) throws SQLException {
    checkOpen();
    return sql;
  }

  /**
   * Switches auto-commit. Turning it off begins nothing yet: the next statement begins the
   * transaction. Turning it on commits the open transaction, as JDBC says, unless the value does
   * not change.
   *
   * @throws SQLException as {@link #commit()} when turning it on commits
   */
  @Override
  public synchronized void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    if (autoCommit && !this.autoCommit) {
      session.commit();
    }
    this.autoCommit = autoCommit;
  }

  @Override
  public synchronized boolean getAutoCommit() throws SQLException {
    checkOpen();
    return autoCommit;
  }

  /**
   * Publishes the open transaction's writes on the branch as one graph commit and ends the
   * transaction; with no transaction open (no statement ran since the last commit), does nothing.
   *
   * @throws SQLException SQLSTATE {@code 25000} in auto-commit mode; a
   *     {@link SQLTransactionRollbackException} with SQLSTATE {@code 40001} listing every
   *     conflicting row (table, id, kind) when another writer changed the same rows differently,
   *     after which the transaction is over and nothing of it was published; the engine's error
   *     for a commit that would break a constraint ({@code 23000}), also ending the transaction
   */
  @Override
  public synchronized void commit() throws SQLException {
    checkOpen();
    if (autoCommit) {
      throw new SQLException("commit: the connection is in auto-commit mode", "25000");
    }
    session.commit();
  }

  /**
   * Discards the open transaction's writes and ends it; with none open, does nothing.
   *
   * @throws SQLException SQLSTATE {@code 25000} in auto-commit mode
   */
  @Override
  public synchronized void rollback() throws SQLException {
    checkOpen();
    if (autoCommit) {
      throw new SQLException("rollback: the connection is in auto-commit mode", "25000");
    }
    session.rollback();
  }

  /**
   * Closes every open statement of the connection (and so their result sets), then the session,
   * which rolls back an open transaction and closes the graph or the server connection. Harmless
   * when closed.
   */
  @Override
  public void close() throws SQLException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      for (StatementBase statement : List.copyOf(statements)) {
        statement.close();
      }
    } finally {
      synchronized (this) {
        session.close();
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * True while the connection is open and its graph answers within {@code timeoutSeconds} (0: no
   * limit): always for an embedded graph, which has no link to lose; a remote server is asked.
   */
  @Override
  public boolean isValid(int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw new SQLException("isValid: timeout must be >= 0, got " + timeoutSeconds);
    }
    return !closed.get() && session.isValid(timeoutSeconds);
  }

  /** Accepts either value as the hint JDBC makes it; only an {@code at} snapshot is read-only. */
  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
  }

  /** True when the connection reads a snapshot pinned by the {@code at} property, which refuses writes. */
  @Override
  public synchronized boolean isReadOnly() throws SQLException {
    checkOpen();
    return session.isReadOnly();
  }

  /**
   * Accepts this connection's catalog only.
   *
   * @throws SQLException SQLSTATE {@code 3D000} for any other name
   */
  @Override
  public void setCatalog(String name) throws SQLException {
    checkOpen();
    if (!catalog.equals(name)) {
      throw new SQLException(
          "catalog '" + name + "' does not exist; this connection's graph is '" + catalog + "'", "3D000");
    }
  }

  /** The graph directory's file name, e.g. {@code people.omni}. */
  @Override
  public String getCatalog() throws SQLException {
    checkOpen();
    return catalog;
  }

  /**
   * Switches the connection to branch {@code schema}: later statements read and write it, and
   * unqualified SQL table names resolve in it. Naming the current branch does nothing.
   *
   * @throws SQLException SQLSTATE {@code 3F000} for a branch that does not exist; {@code 25001}
   *     while a transaction is open (commit or roll back first); {@code 25006} on an {@code at}
   *     snapshot connection, which is pinned to one commit
   */
  @Override
  public synchronized void setSchema(String schema) throws SQLException {
    checkOpen();
    if (schema == null || schema.equals(session.branch()) && !session.isReadOnly()) {
      return;
    }
    if (session.isReadOnly()) {
      throw new SQLException("setSchema: this connection reads a snapshot pinned by 'at'; open another connection"
          + " with ;branch=" + schema, READ_ONLY);
    }
    if (session.inTransaction()) {
      throw new SQLException("setSchema: a transaction is open on '" + session.branch()
          + "'; commit or roll back first", "25001");
    }
    List<String> branches = session.branches();
    if (!branches.contains(schema)) {
      throw new SQLException("schema '" + schema + "' does not exist; the graph's branches are "
          + String.join(", ", branches), "3F000");
    }
    session.switchBranch(schema);
  }

  /** The branch the connection works on, {@code main} unless switched. */
  @Override
  public synchronized String getSchema() throws SQLException {
    checkOpen();
    return session.branch();
  }

  /**
   * Accepts {@code READ_UNCOMMITTED}, {@code READ_COMMITTED} and {@code REPEATABLE_READ}, all of
   * which get snapshot isolation ({@link #getTransactionIsolation()} stays
   * {@code REPEATABLE_READ}: a stronger level than asked is allowed).
   *
   * @throws SQLException SQLSTATE {@code 0A000} for {@code SERIALIZABLE} (transactions are not
   *     serializable: disjoint concurrent changes both commit) and {@code NONE}
   */
  @Override
  public void setTransactionIsolation(int level) throws SQLException {
    checkOpen();
    if (level != Connection.TRANSACTION_READ_UNCOMMITTED && level != Connection.TRANSACTION_READ_COMMITTED
        && level != Connection.TRANSACTION_REPEATABLE_READ) {
      throw new SQLFeatureNotSupportedException("setTransactionIsolation: transactions get snapshot isolation"
          + " (TRANSACTION_REPEATABLE_READ), not " + (level == Connection.TRANSACTION_SERIALIZABLE ? "SERIALIZABLE" : "level " + level),
          "0A000");
    }
  }

  /** {@link Connection#TRANSACTION_REPEATABLE_READ}: snapshot isolation, see {@link OmniGraphDatabaseMetaData#getDefaultTransactionIsolation()}. */
  @Override
  public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return Connection.TRANSACTION_REPEATABLE_READ;
  }

  /** Always null: the connection raises no warnings. */
  @Override
  public SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return null;
  }

  @Override
  public void clearWarnings() throws SQLException {
    checkOpen();
  }

  /** An empty, modifiable map: no user-defined types exist. */
  @Override
  public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return new HashMap<>();
  }

  /** Accepts {@link ResultSet#CLOSE_CURSORS_AT_COMMIT} only. */
  @Override
  public void setHoldability(int holdability) throws SQLException {
    checkOpen();
    if (holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw SqlErrors.unsupported("setHoldability");
    }
  }

  @Override
  public int getHoldability() throws SQLException {
    checkOpen();
    return ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  /** Stores a client info property for {@link #getClientInfo}; a null value removes it. */
  @Override
  public void setClientInfo(String name, String value) throws SQLClientInfoException {
    if (closed.get()) {
      throw clientInfoClosed(Map.of(name, ClientInfoStatus.REASON_UNKNOWN));
    }
    if (value == null) {
      clientInfo.remove(name);
    } else {
      clientInfo.setProperty(name, value);
    }
  }

  /** Replaces every client info property with {@code properties}. */
  @Override
  public void setClientInfo(Properties properties) throws SQLClientInfoException {
    if (closed.get()) {
      Map<String, ClientInfoStatus> failed = new HashMap<>();
      properties.stringPropertyNames().forEach(name -> failed.put(name, ClientInfoStatus.REASON_UNKNOWN));
      throw clientInfoClosed(failed);
    }
    synchronized (clientInfo) {
      clientInfo.clear();
      for (String name : properties.stringPropertyNames()) {
        clientInfo.setProperty(name, properties.getProperty(name));
      }
    }
  }

  @Override
  public String getClientInfo(String name) throws SQLException {
    checkOpen();
    return clientInfo.getProperty(name);
  }

  /** A copy of the client info properties. */
  @Override
  public Properties getClientInfo() throws SQLException {
    checkOpen();
    Properties copy = new Properties();
    synchronized (clientInfo) {
      copy.putAll(clientInfo);
    }
    return copy;
  }

  /** Closes the connection at once, in the calling thread. */
  @Override
  public void abort(Executor executor) throws SQLException {
    if (executor == null) {
      throw new SQLException("abort: the executor is null");
    }
    close();
  }

  /** Always 0: calls wait as long as they take (a query timeout stops a statement). */
  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return 0;
  }

  /** This connection, or its {@link GraphSession} (e.g. a remote session, for its Arrow memory use). */
  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type != null && !type.isInstance(this) && type.isInstance(session)) {
      return type.cast(session);
    }
    return JdbcWrappers.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this) || type.isInstance(session);
  }

  /**
   * Prepares the session for the next statement: begins a transaction when auto-commit is off and
   * none is open (not on a read-only snapshot, which has nothing to commit); returns the session
   * the statement plans and runs on.
   *
   * @throws SQLException "connection is closed" after {@link #close()}
   */
  synchronized GraphSession startStatement() throws SQLException {
    checkOpen();
    if (!autoCommit && !session.inTransaction() && !session.isReadOnly()) {
      session.begin();
    }
    return session;
  }

  /**
   * Refuses a write on a read-only snapshot connection.
   *
   * @throws SQLException SQLSTATE {@value #READ_ONLY} naming the pinned snapshot
   */
  synchronized void requireWritable() throws SQLException {
    if (session.isReadOnly()) {
      throw new SQLException("this connection reads a snapshot of " + session.snapshot()
          + " (the 'at' property) and cannot write", READ_ONLY);
    }
  }

  /** The catalog name (the graph directory's name), without the open check of {@link #getCatalog()}. */
  String catalogName() {
    return catalog;
  }

  /** The branch the connection works on, without the open check of {@link #getSchema()}. */
  synchronized String schemaName() {
    return session.branch();
  }

  /** The URL the connection was opened with. */
  String url() {
    return url;
  }

  /**
   * The stored queries with their result columns, for metadata; a mutation has none.
   *
   * @throws SQLException "connection is closed" after {@link #close()}
   */
  synchronized List<Routine> routines() throws SQLException {
    checkOpen();
    return session.routines();
  }

  /** The user the session authenticated as; empty for an embedded graph. */
  String userName() {
    return session.userName();
  }

  /** Forgets a statement that closed itself. */
  void statementClosed(StatementBase statement) {
    statements.remove(statement);
  }

  private OmniGraphCallableStatement prepare(String sql, String method, boolean gqText) throws SQLException {
    checkOpen();
    if (sql == null) {
      throw new SQLException(method + ": the text is null");
    }
    if (!CallSyntax.isCall(sql) && !gqText) {
      throw new SQLSyntaxErrorException(
          "prepareCall takes a call of a stored query, {call name(?, ...)} or CALL name(?, ...)", "42601");
    }
    GraphSession current = startStatement();
    StatementPlan plan = null;
    CallBinding binding;
    try {
      if (CallSyntax.isCall(sql)) {
        CallSyntax.Call call = CallSyntax.parse(sql);
        plan = current.planCall(call.name());
        binding = CallBinding.of(call, plan.parameters());
      } else {
        plan = current.planText(sql);
        binding = CallBinding.allMarkers(plan.name(), plan.parameters());
      }
    } catch (OmniGraphException e) {
      closeQuietly(plan);
      throw SqlErrors.translate(e);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(plan);
      throw e;
    }
    OmniGraphCallableStatement statement = new OmniGraphCallableStatement(this, plan, binding);
    statements.add(statement);
    return statement;
  }

  private static void closeQuietly(StatementPlan plan) {
    if (plan != null) {
      plan.close();
    }
  }

  private static void requireForwardReadOnly(String method, int type, int concurrency, int holdability)
      throws SQLException {
    if (type != ResultSet.TYPE_FORWARD_ONLY || concurrency != ResultSet.CONCUR_READ_ONLY
        || holdability != ResultSet.CLOSE_CURSORS_AT_COMMIT) {
      throw SqlErrors.unsupported(method);
    }
  }

  private void checkOpen() throws SQLException {
    if (closed.get()) {
      throw SqlErrors.closed("connection");
    }
  }

  private static SQLClientInfoException clientInfoClosed(Map<String, ClientInfoStatus> failed) {
    return new SQLClientInfoException("connection is closed", SqlErrors.CONNECTION_CLOSED, failed);
  }
}
