package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.StatementText;
import dev.omnigraph.engine.meta.GraphMetadata;
import dev.omnigraph.engine.stored.StoredQuery;
import dev.omnigraph.jdbc.meta.Routine;
import dev.omnigraph.jdbc.meta.Scope;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.ClientInfoStatus;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An embedded connection: one open {@link Graph}, closed with the connection. The graph is the
 * catalog (named after its directory) and the only schema is {@link #SCHEMA} ({@code main}, the
 * branch). This version reads only: auto-commit is always on, isolation is
 * {@link Connection#TRANSACTION_NONE}, {@link #isReadOnly()} is always true. Statements run SQL,
 * {@code .gq} text or calls of the graph's stored queries ({@link #createStatement()},
 * {@link #prepareCall(String)}, {@link #prepareStatement(String)}).
 *
 * <p>The connection tracks the statements it created and closes them when it closes; closing
 * twice is harmless; any other use after {@link #close()} throws
 * {@code SQLException("connection is closed")} with SQLSTATE {@code 08003}. Safe to use from
 * several threads, though its statements are not.
 */
public final class OmniGraphConnection extends UnsupportedConnectionMethods {
  /** The one schema of this version: the graph's {@code main} branch. */
  public static final String SCHEMA = "main";

  private final Graph graph;
  private final String url;
  private final String catalog;
  private final Scope scope;
  private final Set<StatementBase> statements = ConcurrentHashMap.newKeySet();
  private final Properties clientInfo = new Properties();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param graph the open graph, now owned by the connection
   * @param url the URL the connection was opened with
   * @param directory the graph directory, whose file name becomes the catalog name
   */
  OmniGraphConnection(Graph graph, String url, Path directory) {
    this.graph = graph;
    this.url = url;
    Path absolute = directory.toAbsolutePath().normalize();
    this.catalog = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
    this.scope = new Scope(catalog, new GraphMetadata(graph.catalog()));
  }

  /** The graph's tables, keys and stored queries; see {@link OmniGraphDatabaseMetaData}. */
  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    checkOpen();
    return new OmniGraphDatabaseMetaData(this, scope);
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
   *     {@code 07001}/{@code 07009} for too few/many call arguments, {@code 0A000} for a stored
   *     mutation, or as the engine reports for {@code .gq} text
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

  /** Accepts true only; manual commit needs write transactions, which come later. */
  @Override
  public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    if (!autoCommit) {
      throw SqlErrors.unsupported("setAutoCommit");
    }
  }

  @Override
  public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return true;
  }

  /** Always fails with SQLSTATE {@code 25000}, as JDBC requires in auto-commit mode. */
  @Override
  public void commit() throws SQLException {
    checkOpen();
    throw new SQLException("commit: the connection is in auto-commit mode", "25000");
  }

  /** Always fails with SQLSTATE {@code 25000}, as JDBC requires in auto-commit mode. */
  @Override
  public void rollback() throws SQLException {
    checkOpen();
    throw new SQLException("rollback: the connection is in auto-commit mode", "25000");
  }

  /** Closes every open statement of the connection, then the graph. Harmless when closed. */
  @Override
  public void close() throws SQLException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    for (StatementBase statement : List.copyOf(statements)) {
      statement.close();
    }
    try {
      graph.close();
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public boolean isClosed() {
    return closed.get();
  }

  /** True while the connection is open: an embedded graph has no link to lose. */
  @Override
  public boolean isValid(int timeoutSeconds) throws SQLException {
    if (timeoutSeconds < 0) {
      throw new SQLException("isValid: timeout must be >= 0, got " + timeoutSeconds);
    }
    return !closed.get();
  }

  /** Accepts either value as the hint JDBC makes it; the connection stays read-only. */
  @Override
  public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
  }

  /** Always true in this version. */
  @Override
  public boolean isReadOnly() throws SQLException {
    checkOpen();
    return true;
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
   * Accepts {@link #SCHEMA} only.
   *
   * @throws SQLException SQLSTATE {@code 3F000} for any other name
   */
  @Override
  public void setSchema(String schema) throws SQLException {
    checkOpen();
    if (!SCHEMA.equals(schema)) {
      throw new SQLException(
          "schema '" + schema + "' does not exist; this version has only '" + SCHEMA + "'", "3F000");
    }
  }

  /** Always {@link #SCHEMA}. */
  @Override
  public String getSchema() throws SQLException {
    checkOpen();
    return SCHEMA;
  }

  /** {@link Connection#TRANSACTION_NONE}: the connection reads only. */
  @Override
  public int getTransactionIsolation() throws SQLException {
    checkOpen();
    return Connection.TRANSACTION_NONE;
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

  /** Always 0: an embedded connection does no network I/O. */
  @Override
  public int getNetworkTimeout() throws SQLException {
    checkOpen();
    return 0;
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
   * The open graph, for this connection's statements.
   *
   * @throws SQLException "connection is closed" after {@link #close()}
   */
  Graph graph() throws SQLException {
    checkOpen();
    return graph;
  }

  /** The catalog name (the graph directory's name), without the open check of {@link #getCatalog()}. */
  String catalogName() {
    return catalog;
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
  List<Routine> routines() throws SQLException {
    checkOpen();
    List<Routine> out = new ArrayList<>();
    try {
      for (StoredQuery query : graph.storedQueries()) {
        out.add(new Routine(query, query.mutation() ? List.of() : graph.prepareStored(query.name()).columns()));
      }
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
    return out;
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
    PreparedQuery query;
    CallBinding binding;
    try {
      if (CallSyntax.isCall(sql)) {
        CallSyntax.Call call = CallSyntax.parse(sql);
        query = graph.prepareStored(call.name());
        binding = CallBinding.of(call, query.parameters());
      } else if (gqText) {
        query = StatementText.isGq(sql) ? graph.prepare(sql, OmniGraphStatement.SOURCE_NAME, null) : graph.prepareSql(sql);
        binding = CallBinding.allMarkers(query.name(), query.parameters());
      } else {
        throw new SQLSyntaxErrorException(
            "prepareCall takes a call of a stored query, {call name(?, ...)} or CALL name(?, ...)", "42601");
      }
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
    OmniGraphCallableStatement statement = new OmniGraphCallableStatement(this, query, binding);
    statements.add(statement);
    return statement;
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
