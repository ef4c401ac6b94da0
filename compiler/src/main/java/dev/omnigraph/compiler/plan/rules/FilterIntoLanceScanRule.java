package dev.omnigraph.compiler.plan.rules;

import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;

/**
 * Moves a filter directly above a scan into the scan. The engine then hands every conjunct that
 * Lance can evaluate exactly to the Lance scanner and evaluates the rest itself while reading, so
 * the filter never leaves the scan (see {@code engine.exec.LanceFilters}).
 */
public final class FilterIntoLanceScanRule extends RelRule<RuleConfig> {
  static final RuleConfig DEFAULT = RuleConfig.of("FilterIntoLanceScanRule",
      b0 -> b0.operand(LogicalFilter.class).oneInput(b1 -> b1.operand(LanceTableScan.class)
          .predicate(scan -> scan.limit() == null).noInputs()),
      FilterIntoLanceScanRule::new);

  private FilterIntoLanceScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalFilter filter = call.rel(0);
    LanceTableScan scan = call.rel(1);
    RexNode combined = scan.filter() == null
        ? filter.getCondition()
        : RexUtil.composeConjunction(filter.getCluster().getRexBuilder(), java.util.List.of(scan.filter(), filter.getCondition()));
    call.transformTo(scan.withFilter(combined));
  }
}
