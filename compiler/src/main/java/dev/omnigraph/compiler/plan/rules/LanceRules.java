package dev.omnigraph.compiler.plan.rules;

import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;

/** The pushdown rules and the {@link HepPlanner} pass that applies them. */
public final class LanceRules {
  /** Folds a column-only projection into the scan below. */
  public static final RelOptRule PROJECT_INTO_SCAN = ProjectIntoLanceScanRule.DEFAULT.toRule();
  /** Folds a filter into the scan below. */
  public static final RelOptRule FILTER_INTO_SCAN = FilterIntoLanceScanRule.DEFAULT.toRule();
  /** Folds a pure limit into the scan below. */
  public static final RelOptRule LIMIT_INTO_SCAN = LimitIntoLanceScanRule.DEFAULT.toRule();

  private static final HepProgram PROGRAM = HepProgram.builder()
      .addMatchOrder(HepMatchOrder.BOTTOM_UP)
      .addRuleCollection(java.util.List.of(PROJECT_INTO_SCAN, FILTER_INTO_SCAN, CoreRules.SORT_PROJECT_TRANSPOSE,
          LIMIT_INTO_SCAN, CoreRules.PROJECT_MERGE, CoreRules.PROJECT_REMOVE))
      .build();

  private LanceRules() {}

  /** Applies the pushdown rules until nothing changes. */
  public static RelNode optimize(RelNode plan) {
    HepPlanner planner = new HepPlanner(PROGRAM);
    planner.setRoot(plan);
    return planner.findBestExp();
  }
}
