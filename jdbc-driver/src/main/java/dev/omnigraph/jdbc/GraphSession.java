package dev.omnigraph.jdbc;

import dev.omnigraph.jdbc.meta.Routine;
import dev.omnigraph.jdbc.meta.Scope;
import java.sql.SQLException;
import java.util.List;

/**
 * What an {@link OmniGraphConnection} talks to: a graph opened in this JVM
 * ({@link EmbeddedSession}, {@code jdbc:omnigraph:<dir>}) or an OmniGraph Flight SQL server
 * ({@code dev.omnigraph.jdbc.remote.RemoteSession}, {@code jdbc:omnigraph://host:port}). The
 * connection owns the JDBC surface (statements, parameters, result sets, metadata, auto-commit);
 * the session owns the graph handle: its branch, its {@code at} snapshot, the open transaction,
 * and the plans of statement text.
 *
 * <p>Methods that reach the graph throw {@link dev.omnigraph.compiler.diag.OmniGraphException}
 * for what the engine refuses (translated by the caller) and {@link SQLException} for what the
 * session itself refuses or cannot do (a lost connection). The connection serialises its own calls
 * (branch, transaction, close); plans run on the threads of the statements holding them.
 */
public interface GraphSession extends AutoCloseable {

  /** The catalog name: the graph directory's file name, e.g. {@code people.omni}. */
  String catalog();

  /** The graph's tables and branches as metadata describes them. */
  Scope scope();

  /**
   * The stored queries with their result columns (none for a mutation), for metadata.
   *
   * @throws SQLException when they cannot be read
   */
  List<Routine> routines() throws SQLException;

  /** The user the session authenticated as; empty when it has no accounts. */
  String userName();

  /** The branch statements run on, {@code main} unless switched. */
  String branch();

  /** True when the session reads a snapshot pinned by {@code at}, which refuses writes. */
  boolean isReadOnly();

  /**
   * Describes the pinned snapshot for the read-only error, e.g. {@code 'main' at commit 01J...}.
   * Only called when {@link #isReadOnly()}.
   */
  String snapshot();

  /**
   * The branches, read now.
   *
   * @throws SQLException when they cannot be read
   */
  List<String> branches() throws SQLException;

  /**
   * Switches to branch {@code branch}, which exists; no transaction is open and the session is not
   * read-only (the connection checked).
   *
   * @throws SQLException when the switch fails
   */
  void switchBranch(String branch) throws SQLException;

  /** True while a transaction is open. */
  boolean inTransaction();

  /**
   * Begins a transaction on the branch; later plans and executions run inside it.
   *
   * @throws SQLException when it cannot begin
   */
  void begin() throws SQLException;

  /**
   * Publishes the open transaction as one graph commit and ends it; nothing when none is open.
   *
   * @throws SQLException SQLSTATE {@code 40001} on a conflict, or the engine's error; the
   *     transaction is over either way
   */
  void commit() throws SQLException;

  /**
   * Discards the open transaction; nothing when none is open.
   *
   * @throws SQLException when the rollback fails
   */
  void rollback() throws SQLException;

  /**
   * Plans SQL or {@code .gq} text on the current handle.
   *
   * @throws SQLException when the session cannot reach the graph
   */
  StatementPlan planText(String text) throws SQLException;

  /**
   * Plans a call of the stored query {@code name} on the current handle; its parameters are all
   * the declared ones.
   *
   * @throws SQLException when the session cannot reach the graph
   */
  StatementPlan planCall(String name) throws SQLException;

  /**
   * True when the graph answers within {@code timeoutSeconds} (0: no limit).
   */
  boolean isValid(int timeoutSeconds);

  /**
   * Rolls back an open transaction and frees the session (closes the graph, or the server
   * connection).
   *
   * @throws SQLException when closing fails
   */
  @Override
  void close() throws SQLException;
}
