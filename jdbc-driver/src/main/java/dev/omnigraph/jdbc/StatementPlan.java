package dev.omnigraph.jdbc;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.engine.ResultColumn;
import dev.omnigraph.engine.ResultCursor;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What one statement text runs, decided once when the text is prepared ({@link GraphSession#planText},
 * {@link GraphSession#planCall}): a read, whose rows come back as a result set, or an update,
 * which returns a count of changed rows. Each execution runs on the session's current handle (its
 * branch, snapshot or open transaction), the plan being prepared again when that changed.
 * Not thread-safe, as the statements holding it.
 */
public interface StatementPlan extends AutoCloseable {

  /** The query's or mutation's declared name ({@code sql} for SQL), for messages. */
  String name();

  /** The declared parameters in declaration order (for SQL, the {@code ?} markers named {@code 1}, {@code 2}, ...). */
  List<ParamDecl> parameters();

  /** True when the statement changes rows and returns a count instead of rows. */
  boolean isUpdate();

  /** The result columns of a read; empty for an update. */
  List<ResultColumn> columns();

  /**
   * Starts a read with {@code params} (every declared parameter by name); the caller reads and
   * closes the cursor.
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as the engine reports
   * @throws SQLException when the session cannot reach the graph (a lost server connection)
   */
  ResultCursor open(Map<String, Object> params) throws SQLException;

  /**
   * Runs an update with {@code params}; returns the rows it changed (affected nodes plus edges).
   *
   * @throws dev.omnigraph.compiler.diag.OmniGraphException as the mutation engine reports
   * @throws SQLException when the session cannot reach the graph
   */
  long update(Map<String, Object> params) throws SQLException;

  /** Frees what the plan holds (a server's prepared statement); harmless when called again. */
  @Override
  void close();
}
