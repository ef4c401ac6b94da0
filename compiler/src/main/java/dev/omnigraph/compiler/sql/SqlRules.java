package dev.omnigraph.compiler.sql;

import java.util.List;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;

/**
 * The {@link HepPlanner} programs a SQL plan goes through before the Lance pushdown pass (see
 * {@link SqlPlanner}). Each runs its rules to a fixpoint; none needs Calcite's code generation.
 */
final class SqlRules {
  /** {@code IN}, {@code EXISTS} and scalar subqueries in filters, projections and joins to correlates. */
  static final HepProgram SUBQUERIES = HepProgram.builder()
      .addRuleCollection(List.of(CoreRules.FILTER_SUB_QUERY_TO_CORRELATE, CoreRules.PROJECT_SUB_QUERY_TO_CORRELATE,
          CoreRules.JOIN_SUB_QUERY_TO_CORRELATE))
      .build();

  /**
   * Filters into and below joins, distinct aggregates to joins of plain aggregates, and
   * projections below filters, so the Lance pass finds {@code Project(Scan)} and
   * {@code Filter(Scan)} shapes.
   */
  static final HepProgram REWRITES = HepProgram.builder()
      .addRuleCollection(List.of(CoreRules.FILTER_INTO_JOIN, CoreRules.JOIN_CONDITION_PUSH, CoreRules.FILTER_MERGE,
          CoreRules.AGGREGATE_EXPAND_DISTINCT_AGGREGATES_TO_JOIN))
      .addMatchOrder(HepMatchOrder.BOTTOM_UP)
      .addRuleCollection(List.of(CoreRules.PROJECT_FILTER_TRANSPOSE, CoreRules.PROJECT_MERGE, CoreRules.PROJECT_REMOVE))
      .build();

  private SqlRules() {}

  /** Applies {@code program} to {@code plan} until nothing changes. */
  static RelNode run(HepProgram program, RelNode plan) {
    HepPlanner planner = new HepPlanner(program);
    planner.setRoot(plan);
    return planner.findBestExp();
  }
}
