package dev.omnigraph.engine;

import dev.omnigraph.compiler.plan.PlannedQuery;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.engine.exec.ExecContext;
import dev.omnigraph.engine.exec.PlanExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A planned read query bound to a graph: binds parameters ({@code gq-language.md} §10.4), runs the
 * plan against the graph version current at the call, and returns typed rows.
 */
final class PreparedReadQuery implements PreparedQuery {
  private final Graph graph;
  private final PlannedQuery planned;
  private final List<ResultColumn> columns;

  PreparedReadQuery(Graph graph, PlannedQuery planned) {
    this.graph = graph;
    this.planned = planned;
    List<ResultColumn> out = new ArrayList<>();
    for (int i = 0; i < planned.columnNames().size(); i++) {
      out.add(new ResultColumn(planned.columnNames().get(i), planned.columnTypes().get(i), planned.checked().columnTables().get(i)));
    }
    this.columns = List.copyOf(out);
  }

  @Override
  public String name() {
    return planned.checked().query().name();
  }

  @Override
  public List<ParamDecl> parameters() {
    return planned.checked().query().params();
  }

  @Override
  public List<ResultColumn> columns() {
    return columns;
  }

  @Override
  public ResultCursor open(Map<String, ?> params) {
    Map<String, Object> bound = Parameters.bind(parameters(), params, name());
    Object[] values = Parameters.slotValues(planned.slots(), bound);
    ExecContext context = new ExecContext(graph.manifest(), graph.tables(), graph.adjacency(), values);
    return new ExecutionCursor(columns, context, new PlanExecutor(context).open(planned.plan()), UnaryOperator.identity());
  }

  @Override
  public String explain() {
    return planned.explain();
  }
}
