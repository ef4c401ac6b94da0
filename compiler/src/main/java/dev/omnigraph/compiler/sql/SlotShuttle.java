package dev.omnigraph.compiler.sql;

import dev.omnigraph.compiler.plan.ValueSlot;
import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The last rewrite of a SQL plan: expands {@code SEARCH} (Calcite's form of {@code IN} lists and
 * ranges) into comparisons the engine evaluates and Lance filters accept, and turns every literal
 * into a dynamic parameter numbered after the statement's {@code ?} markers, recording its value
 * as a {@link ValueSlot.Constant}. Booleans, nulls, symbols and intervals stay literals; so do the literals
 * of {@code VALUES} rows and of a sort's offset and fetch, which the executor reads as literals.
 * Pushed scan filters are rewritten too. Not thread-safe: one instance rewrites one plan.
 */
final class SlotShuttle extends RelHomogeneousShuttle {
  private final RexBuilder rexBuilder;
  private final int firstIndex;
  private final List<ValueSlot> constants = new ArrayList<>();
  private final RexShuttle expressions = new RexShuttle() {
    @Override
    public RexNode visitCall(RexCall call) {
      if (call.getKind() == SqlKind.SEARCH) {
        return RexUtil.expandSearch(rexBuilder, null, call).accept(this);
      }
      return super.visitCall(call);
    }

    @Override
    public RexNode visitLiteral(RexLiteral literal) {
      SqlTypeName type = literal.getType().getSqlTypeName();
      if (literal.isNull() || type == SqlTypeName.BOOLEAN || type == SqlTypeName.SYMBOL
          || SqlTypeName.INTERVAL_TYPES.contains(type)) {
        return literal;
      }
      int index = firstIndex + constants.size();
      constants.add(new ValueSlot.Constant(SqlLiterals.value(literal), SqlTypes.of(literal.getType())));
      return new RexDynamicParam(literal.getType(), index);
    }
  };

  /**
   * @param rexBuilder the plan's expression builder
   * @param firstIndex the index of the first constant: the number of {@code ?} markers
   */
  SlotShuttle(RexBuilder rexBuilder, int firstIndex) {
    this.rexBuilder = rexBuilder;
    this.firstIndex = firstIndex;
  }

  /** The constants, in parameter order from {@code firstIndex}. */
  List<ValueSlot> constants() {
    return constants;
  }

  @Override
  public RelNode visit(RelNode other) {
    RelNode visited = super.visit(other);
    if (visited instanceof LanceTableScan scan) {
      return scan.filter() == null ? scan : scan.withFilter(scan.filter().accept(expressions));
    }
    if (visited instanceof Sort) {
      return visited;
    }
    return visited.accept(expressions);
  }
}
