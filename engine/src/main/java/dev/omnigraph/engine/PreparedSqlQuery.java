package dev.omnigraph.engine;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import dev.omnigraph.compiler.sql.PlannedSql;
import dev.omnigraph.engine.exec.ExecContext;
import dev.omnigraph.engine.exec.PlanExecutor;
import dev.omnigraph.engine.storage.GraphManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A planned SQL query bound to a graph. Its parameters are the statement's {@code ?} markers,
 * named {@code "1"}, {@code "2"}, ... in text order and typed as Calcite inferred them (all
 * nullable); values are coerced as {@code .gq} parameters are ({@code gq-language.md} §10.4).
 * Each execution reads the graph version current at the call: of the handle's branch, or of the
 * branch the statement names ({@code "feature-x"."Person"}, its head even on a snapshot handle). Result values follow
 * {@link ResultColumn}'s Java mapping: numbers are converted to their column's class (Calcite's
 * {@code SUM} of an INTEGER column is INTEGER, while the executor sums in double precision).
 * {@code EXPLAIN PLAN FOR} yields one {@code PLAN} column holding the plan text.
 * Thread-safe: executions share nothing mutable.
 */
final class PreparedSqlQuery implements PreparedQuery {
  /** The name SQL queries report, e.g. in parameter errors. */
  static final String NAME = "sql";

  private static final ResultColumn PLAN = new ResultColumn("PLAN", PropType.of(ScalarType.STRING, false), null);

  private final Graph graph;
  private final PlannedSql planned;
  private final List<ParamDecl> parameters;
  private final List<ResultColumn> columns;

  PreparedSqlQuery(Graph graph, PlannedSql planned) {
    this.graph = graph;
    this.planned = planned;
    this.parameters = Parameters.markers(planned.parameters());
    List<ResultColumn> out = new ArrayList<>();
    for (int i = 0; i < planned.columnNames().size(); i++) {
      out.add(new ResultColumn(planned.columnNames().get(i), planned.columnTypes().get(i), planned.columnTables().get(i)));
    }
    this.columns = planned.explain() ? List.of(PLAN) : List.copyOf(out);
  }

  /** Always {@value #NAME}. */
  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ParamDecl> parameters() {
    return parameters;
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  /**
   * Starts the query, or for {@code EXPLAIN PLAN FOR} returns the plan text as one row.
   *
   * @param params values by marker number ({@code "1"}, {@code "2"}, ...)
   * @throws OmniGraphException {@code INVALID_PARAMETER} for a value that does not fit its marker's
   *     type; the cursor's {@code next()} throws {@code DATA_ERROR} when an expression fails on a
   *     row (division by zero, a cast of text that does not parse, an integer overflow, a scalar
   *     subquery with several rows)
   */
  @Override
  public ResultCursor open(Map<String, ?> params) {
    Map<String, Object> bound = Parameters.bind(parameters, params, NAME);
    if (planned.explain()) {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {planned.planText()});
      return ResultCursor.of(new QueryResult(columns, rows));
    }
    Object[] values = Parameters.slotValues(planned.slots(), bound);
    GraphManifest manifest = planned.branch() == null ? graph.manifest() : graph.manifestOf(planned.branch());
    ExecContext context = new ExecContext(manifest, graph.tables(), graph.adjacency(), values);
    // A plan row belongs to its reader (RowCursor), so its values are typed in place.
    return new ExecutionCursor(columns, context, new PlanExecutor(context).open(planned.plan()), row -> {
      Object[] typed = row.length == columns.size() ? row : java.util.Arrays.copyOf(row, columns.size());
      for (int c = 0; c < typed.length; c++) {
        typed[c] = typed(typed[c], columns.get(c).type());
      }
      return typed;
    });
  }

  /** The optimized plan with literal values shown, as {@code EXPLAIN PLAN FOR} returns it. */
  @Override
  public String explain() {
    return planned.planText();
  }

  /** {@code value} as its column's class; the value itself when it already is (no new box per row). */
  private static Object typed(Object value, PropType type) {
    if (!(value instanceof Number number) || type.list()) {
      return value;
    }
    return switch (type.scalar()) {
      case I32 -> number instanceof Integer ? number : Integer.valueOf(number.intValue());
      case I64, U32, U64 -> number instanceof Long ? number : Long.valueOf(number.longValue());
      case F32 -> number instanceof Float ? number : Float.valueOf(number.floatValue());
      case F64 -> number instanceof Double ? number : Double.valueOf(number.doubleValue());
      default -> value;
    };
  }
}
