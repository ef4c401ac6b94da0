package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.sql.PlannedSqlModify;
import dev.omnigraph.engine.exec.ExecContext;
import dev.omnigraph.engine.exec.PlanExecutor;
import dev.omnigraph.engine.mutate.MutationPlan;
import dev.omnigraph.engine.mutate.SqlChangePlanner;
import dev.omnigraph.engine.validate.BaseTables;
import dev.omnigraph.engine.write.WriteOutcome;
import dev.omnigraph.engine.write.WriterKind;
import java.util.List;
import java.util.Map;

/**
 * A planned SQL {@code INSERT}, {@code UPDATE} or {@code DELETE} bound to a graph handle
 * ({@link Graph#prepareSqlUpdate}). Each execution is one write through the staged-write engine,
 * like {@link Graph#mutate}: inside the write's prepare step, the source rows are computed by the
 * executor at the write's base manifest, turned into a change with the rules of {@code .gq}
 * mutations and validated ({@link SqlChangePlanner}); a rejected statement leaves the graph
 * unchanged, and a statement that changes nothing publishes nothing. An {@code INSERT} is
 * prepared again when another writer changed what it read; {@code UPDATE} and {@code DELETE} then
 * fail with {@code WRITE_CONFLICT}. Parameters are the {@code ?} markers, named {@code "1"},
 * {@code "2"}, ... as for SQL queries. Thread-safe: executions share nothing mutable.
 */
public final class PreparedSqlUpdate {
  private final Graph graph;
  private final PlannedSqlModify planned;
  private final List<ParamDecl> parameters;

  PreparedSqlUpdate(Graph graph, PlannedSqlModify planned) {
    this.graph = graph;
    this.planned = planned;
    this.parameters = Parameters.markers(planned.parameters());
  }

  /** Always {@code sql}, as for SQL queries. */
  public String name() {
    return PreparedSqlQuery.NAME;
  }

  /** The {@code ?} markers, named {@code "1"}, {@code "2"}, ..., typed by Calcite's validation. */
  public List<ParamDecl> parameters() {
    return parameters;
  }

  /**
   * Runs the statement as one graph commit on the handle's branch.
   *
   * @param params values by marker number, coerced as {@code gq-language.md} §10.4 says
   * @return the rows changed: nodes and edges, a node delete's cascaded edges included
   * @throws OmniGraphException {@code INVALID_PARAMETER}; at {@code <statement>:1:1}
   *     {@code DATA_ERROR} or {@code CONSTRAINT_VIOLATION} as {@link SqlChangePlanner} says;
   *     {@code WRITE_CONFLICT} for an update or delete that lost to another writer;
   *     {@code UNSUPPORTED} on a read-only handle
   */
  public MutationResult execute(Map<String, ?> params) {
    Map<String, Object> bound = Parameters.bind(parameters, params, PreparedSqlQuery.NAME);
    Object[] values = Parameters.slotValues(planned.slots(), bound);
    SourceLocation at = new SourceLocation(SqlCache.SOURCE_NAME, 1, 1);
    String message = "sql " + planned.operation().name().toLowerCase(java.util.Locale.ROOT) + " " + planned.table().name();
    MutationPlan[] plan = new MutationPlan[1];
    WriteOutcome outcome = graph.write(WriterKind.MUTATION, null, message,
        planned.operation() == PlannedSqlModify.Operation.INSERT, base -> {
          List<Object[]> rows;
          try {
            rows = new PlanExecutor(new ExecContext(base, graph.tables(), graph.adjacency(), values)).execute(planned.source());
          } catch (ArithmeticException | IllegalArgumentException e) {
            throw new OmniGraphException(ErrorCode.DATA_ERROR, at, e.getMessage());
          }
          plan[0] = SqlChangePlanner.plan(graph.catalog(), planned, rows, new BaseTables(graph.tables(), base), at);
          return plan[0].write();
        });
    return new MutationResult(plan[0].affectedNodes(), plan[0].affectedEdges(), outcome.commitId());
  }
}
