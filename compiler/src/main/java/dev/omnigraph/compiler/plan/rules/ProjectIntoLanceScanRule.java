package dev.omnigraph.compiler.plan.rules;

import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import dev.omnigraph.compiler.schema.PropType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;

/**
 * Folds a projection of plain column references into the scan below it, so Lance reads only those
 * columns. Matches only scans without a pushed filter (the filter indexes the scan's columns).
 */
public final class ProjectIntoLanceScanRule extends RelRule<RuleConfig> {
  static final RuleConfig DEFAULT = RuleConfig.of("ProjectIntoLanceScanRule",
      b0 -> b0.operand(LogicalProject.class).oneInput(b1 -> b1.operand(LanceTableScan.class)
          .predicate(scan -> scan.filter() == null && scan.limit() == null).noInputs()),
      ProjectIntoLanceScanRule::new);

  private ProjectIntoLanceScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    LogicalProject project = call.rel(0);
    LanceTableScan scan = call.rel(1);
    List<String> columns = new ArrayList<>();
    List<PropType> types = new ArrayList<>();
    for (RexNode expr : project.getProjects()) {
      if (!(expr instanceof RexInputRef ref)) {
        return;
      }
      columns.add(scan.columns().get(ref.getIndex()));
      types.add(scan.columnTypes().get(ref.getIndex()));
    }
    if (columns.equals(scan.columns()) || columns.stream().distinct().count() != columns.size()) {
      return;
    }
    call.transformTo(scan.withColumns(columns, types));
  }
}
