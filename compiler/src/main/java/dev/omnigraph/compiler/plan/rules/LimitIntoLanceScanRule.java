package dev.omnigraph.compiler.plan.rules;

import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rex.RexLiteral;

/**
 * Replaces a pure limit (a sort with a fetch and no collation or offset) over a scan by a scan
 * with that limit, so Lance stops reading once it has enough rows.
 */
public final class LimitIntoLanceScanRule extends RelRule<RuleConfig> {
  static final RuleConfig DEFAULT = RuleConfig.of("LimitIntoLanceScanRule",
      b0 -> b0.operand(Sort.class).predicate(sort -> sort.fetch instanceof RexLiteral && sort.offset == null
          && sort.getCollation().getFieldCollations().isEmpty())
          .oneInput(b1 -> b1.operand(LanceTableScan.class).noInputs()),
      LimitIntoLanceScanRule::new);

  private LimitIntoLanceScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Sort sort = call.rel(0);
    LanceTableScan scan = call.rel(1);
    long fetch = ((RexLiteral) sort.fetch).getValueAs(Long.class);
    if (scan.limit() != null && scan.limit() <= fetch) {
      call.transformTo(scan);
      return;
    }
    call.transformTo(scan.withLimit(fetch));
  }
}
