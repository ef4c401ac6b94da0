package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.GraphTransaction;
import dev.omnigraph.engine.branch.MergeConflict;
import dev.omnigraph.engine.branch.MergeConflictException;
import dev.omnigraph.engine.meta.GraphMetadata;
import dev.omnigraph.engine.stored.StoredQuery;
import dev.omnigraph.jdbc.meta.Routine;
import dev.omnigraph.jdbc.meta.Scope;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@link GraphSession} of {@code jdbc:omnigraph:<dir>}: one {@link Graph} opened in this JVM,
 * closed with the session. Statements run on the branch handle, on a read-only snapshot of it
 * pinned by {@code at}, or, while a transaction is open, on the {@link GraphTransaction}'s handle
 * (reads see its writes). A commit that conflicts with another writer fails with
 * {@link SQLTransactionRollbackException} ({@code 40001}) listing every conflict. Not
 * thread-safe: the connection serialises calls.
 */
final class EmbeddedSession implements GraphSession {
  private final Graph graph;
  private final String catalog;
  private final Scope scope;
  /** The branch or snapshot handle statements use outside a transaction. */
  private Graph handle;
  private GraphTransaction transaction;

  /**
   * @param graph the open graph, now owned by the session
   * @param handle the handle statements use: {@code graph}, a branch of it, or a snapshot
   * @param directory the graph directory, whose file name becomes the catalog name
   */
  EmbeddedSession(Graph graph, Graph handle, Path directory) {
    this.graph = graph;
    this.handle = handle;
    Path absolute = directory.toAbsolutePath().normalize();
    this.catalog = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
    this.scope = new Scope(catalog, new GraphMetadata(graph.catalog()), graph::branches);
  }

  @Override
  public String catalog() {
    return catalog;
  }

  @Override
  public Scope scope() {
    return scope;
  }

  /** Every stored query, a read's columns from its plan. */
  @Override
  public List<Routine> routines() throws SQLException {
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

  /** Empty: an embedded graph has no accounts. */
  @Override
  public String userName() {
    return "";
  }

  @Override
  public String branch() {
    return handle.branchName();
  }

  @Override
  public boolean isReadOnly() {
    return handle.isReadOnly();
  }

  @Override
  public String snapshot() {
    return "'" + handle.branchName() + "' at commit " + handle.headCommit();
  }

  @Override
  public List<String> branches() {
    return graph.branches();
  }

  @Override
  public void switchBranch(String branch) throws SQLException {
    try {
      handle = graph.branch(branch);
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public boolean inTransaction() {
    return transaction != null;
  }

  @Override
  public void begin() throws SQLException {
    try {
      transaction = handle.begin(null);
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public void commit() throws SQLException {
    GraphTransaction open = transaction;
    if (open == null) {
      return;
    }
    transaction = null;
    try {
      open.commit();
    } catch (MergeConflictException e) {
      throw new SQLTransactionRollbackException("commit failed: the transaction's writes conflict with writes published on '"
          + handle.branchName() + "' since it began, so nothing was committed and the transaction is over: "
          + e.conflicts().stream().map(MergeConflict::describe).collect(Collectors.joining("; ")),
          e.code().sqlState(), e.code().number(), e);
    } catch (OmniGraphException e) {
      throw SqlErrors.translate(e);
    }
  }

  @Override
  public void rollback() throws SQLException {
    GraphTransaction open = transaction;
    transaction = null;
    if (open != null) {
      try {
        open.rollback();
      } catch (OmniGraphException e) {
        throw SqlErrors.translate(e);
      }
    }
  }

  @Override
  public StatementPlan planText(String text) {
    return EmbeddedPlan.ofText(current(), this::current, text);
  }

  @Override
  public StatementPlan planCall(String name) {
    return EmbeddedPlan.ofCall(current(), this::current, name);
  }

  /** True: an embedded graph has no link to lose. */
  @Override
  public boolean isValid(int timeoutSeconds) {
    return true;
  }

  /** Rolls back an open transaction, then closes the graph. */
  @Override
  public void close() throws SQLException {
    try {
      rollback();
    } finally {
      try {
        graph.close();
      } catch (OmniGraphException e) {
        throw SqlErrors.translate(e);
      }
    }
  }

  /** The handle statements run on now: the open transaction's, else the branch's or snapshot's. */
  Graph current() {
    return transaction != null ? transaction.graph() : handle;
  }
}
