package dev.omnigraph.jdbc;

import dev.omnigraph.engine.StatementText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Runs SQL, {@code .gq} text, or a call of a stored query, on its connection's current graph
 * handle (its branch, its snapshot, or its open transaction; {@link OmniGraphConnection}). Text is
 * {@code .gq} when it starts with {@code query} ({@link StatementText}), else SQL, planned by
 * Calcite over the node and edge tables ({@link Graph#prepareSql}). Either takes no parameters
 * here. {@code .gq} text holds one query (with several, the engine asks for a single one); a call,
 * {@code CALL name('Alice', 42)} or <code>{call name('Alice', 42)}</code>, gives every parameter
 * of the stored query as a literal ({@link CallSyntax}), by position in declaration order.
 * Reads return rows ({@link #executeQuery}); mutations ({@code .gq} mutation text, a call of a
 * stored mutation) return the rows they changed ({@link #executeUpdate}, {@link #getUpdateCount()}),
 * as {@link StatementPlan} decides. Each execution closes the previous result set. Settings and
 * results are as {@link StatementBase} says.
 *
 * <p>Errors: engine errors as {@link SqlErrors#translate} maps them (a syntax error is a
 * {@link java.sql.SQLSyntaxErrorException} with SQLSTATE {@code 42601} and message
 * {@code <statement>:line:column: ...}; an unknown stored query {@code 42704}); a call with too
 * few arguments or with {@code ?} markers {@code 07001}, with too many {@code 07009}; a read given
 * to {@code executeUpdate} or an update given to {@code executeQuery} {@code 07000}; use after
 * {@link #close()} throws {@code SQLException("statement is closed")}. Not thread-safe.
 */
public final class OmniGraphStatement extends StatementBase {
  /** The source name of statement text in error locations, e.g. {@code <statement>:1:7: ...}. */
  public static final String SOURCE_NAME = "<statement>";

  /** SQLSTATE of a read given to an update method or an update given to {@code executeQuery}. */
  static final String WRONG_METHOD = "07000";

  /** The plan of the last execution, kept until the next one or close (its rows may still stream). */
  private StatementPlan plan;

  /** @param connection the open connection whose graph the statement queries */
  OmniGraphStatement(OmniGraphConnection connection) {
    super(connection);
  }

  /**
   * Runs a SQL or {@code .gq} query, or calls a stored query, and returns its rows.
   *
   * @param text SQL, e.g. {@code SELECT name FROM Person WHERE age > 30}; the text of a {@code .gq}
   *     file declaring the query, e.g. {@code query q() { match { $p: Person } return { $p.name } }};
   *     or a call with literal arguments, e.g. {@code CALL get_person('Alice')}
   * @throws SQLException when the statement or connection is closed; as the class comment lists
   *     for calls; {@code 07001} for SQL with {@code ?} markers; {@code 07000} for a mutation (use
   *     {@link #executeUpdate} or {@link #execute}); {@code 0A000} for SQL the engine does not run
   *     (window functions, ...); or as the engine reports: {@code 42601} syntax, {@code 42804} type,
   *     {@code 42704} unknown name, {@code 22023} parameters (a {@code .gq} query that declares
   *     parameters cannot run here)
   */
  @Override
  public ResultSet executeQuery(String text) throws SQLException {
    Resolved resolved = resolve(text, "executeQuery");
    if (resolved.plan().isUpdate()) {
      throw new SQLException("executeQuery cannot run `" + resolved.plan().name()
          + "`: it is a mutation, which returns an update count, not rows; use executeUpdate or execute", WRONG_METHOD);
    }
    return query(() -> resolved.plan().open(resolved.params()));
  }

  /**
   * Runs a mutation ({@code .gq} mutation text or a call of a stored mutation) and returns the
   * rows it changed: affected nodes plus affected edges, cascaded edge deletes included.
   *
   * @throws SQLException {@code 07000} for a read (use {@link #executeQuery}); {@code 25006} on a
   *     read-only snapshot connection; otherwise as {@link #executeQuery} and the mutation engine
   *     report ({@code 23000} for a constraint violation, leaving the graph unchanged)
   */
  @Override
  public long executeLargeUpdate(String text) throws SQLException {
    Resolved resolved = resolve(text, "executeUpdate");
    if (!resolved.plan().isUpdate()) {
      throw new SQLException("executeUpdate cannot run `" + resolved.plan().name()
          + "`: it returns rows, not an update count; use executeQuery or execute", WRONG_METHOD);
    }
    return update(resolved);
  }

  /** As {@link #executeLargeUpdate(String)}, the count capped at {@link Integer#MAX_VALUE}. */
  @Override
  public int executeUpdate(String text) throws SQLException {
    return (int) Math.min(executeLargeUpdate(text), Integer.MAX_VALUE);
  }

  /** As {@link #executeUpdate(String)} for {@link Statement#NO_GENERATED_KEYS}; there are no keys. */
  @Override
  public int executeUpdate(String text, int autoGeneratedKeys) throws SQLException {
    requireNoKeys("executeUpdate", autoGeneratedKeys);
    return executeUpdate(text);
  }

  /** As {@link #executeLargeUpdate(String)} for {@link Statement#NO_GENERATED_KEYS}; there are no keys. */
  @Override
  public long executeLargeUpdate(String text, int autoGeneratedKeys) throws SQLException {
    requireNoKeys("executeLargeUpdate", autoGeneratedKeys);
    return executeLargeUpdate(text);
  }

  /**
   * Runs a read or a mutation; true when the result is rows ({@link #getResultSet()}), false when
   * it is an update count ({@link #getUpdateCount()}).
   *
   * @throws SQLException as {@link #executeQuery} and {@link #executeUpdate} report
   */
  @Override
  public boolean execute(String text) throws SQLException {
    Resolved resolved = resolve(text, "execute");
    if (resolved.plan().isUpdate()) {
      update(resolved);
      return false;
    }
    query(() -> resolved.plan().open(resolved.params()));
    return true;
  }

  /** As {@link #execute(String)} for {@link Statement#NO_GENERATED_KEYS}; there are no keys. */
  @Override
  public boolean execute(String text, int autoGeneratedKeys) throws SQLException {
    requireNoKeys("execute", autoGeneratedKeys);
    return execute(text);
  }

  /** A statement text resolved against the connection's current handle, with its literal arguments. */
  private record Resolved(StatementPlan plan, Map<String, Object> params) {}

  /**
   * Closes the plan of the previous execution (a remote server's prepared statement), then the
   * statement.
   */
  @Override
  public void close() throws SQLException {
    try {
      super.close();
    } finally {
      closePlan();
    }
  }

  private void closePlan() {
    StatementPlan previous = plan;
    plan = null;
    if (previous != null) {
      previous.close();
    }
  }

  private Resolved resolve(String text, String method) throws SQLException {
    checkOpen();
    closeResultSet();
    closePlan();
    if (text == null) {
      throw new SQLException(method + ": the statement text is null");
    }
    GraphSession session = connection().startStatement();
    return execute(() -> {
      if (CallSyntax.isCall(text)) {
        CallSyntax.Call call = CallSyntax.parse(text);
        StatementPlan plan = planned(session.planCall(call.name()));
        CallBinding binding = CallBinding.of(call, plan.parameters());
        if (binding.markerCount() > 0) {
          throw new SQLException("CALL " + call.name() + " has " + binding.markerCount()
              + " parameter marker(s) '?', which a Statement cannot bind; use Connection.prepareCall or prepareStatement",
              CallBinding.MISSING);
        }
        return new Resolved(plan, binding.params(new Object[0], new boolean[0]));
      }
      StatementPlan plan = planned(session.planText(text));
      if (!plan.parameters().isEmpty() && !StatementText.isGq(text)) {
        throw new SQLException("the SQL text has " + plan.parameters().size()
            + " parameter marker(s) '?', which a Statement cannot bind; use Connection.prepareStatement",
            CallBinding.MISSING);
      }
      return new Resolved(plan, Map.of());
    });
  }

  /** Keeps {@code planned} as this execution's plan, closed by the next execution or {@link #close()}. */
  private StatementPlan planned(StatementPlan planned) {
    plan = planned;
    return planned;
  }

  private long update(Resolved resolved) throws SQLException {
    connection().requireWritable();
    return updated(execute(() -> resolved.plan().update(resolved.params())));
  }

  private static void requireNoKeys(String method, int autoGeneratedKeys) throws SQLException {
    if (autoGeneratedKeys != Statement.NO_GENERATED_KEYS) {
      throw SqlErrors.unsupported(method);
    }
  }
}
