package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import dev.omnigraph.compiler.schema.PropType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;

/**
 * Splits a scan's pushed filter, once parameter values are known, into the part Lance evaluates
 * (rendered as a Lance SQL predicate) and a residual the engine evaluates while reading. A
 * conjunct goes to Lance only when Lance's answer is exactly ours: a comparison or
 * {@code starts_with} of a String, Bool, integer or F64 column with a non-null value of the same
 * kind. Everything else (dates, F32, lists, cross-column tests, fractional values against integer
 * columns) stays residual, so pushdown never changes a result.
 *
 * @param lanceFilter the Lance predicate, or null when nothing is pushed
 * @param residual conjuncts the engine still evaluates
 */
record LanceFilters(String lanceFilter, List<RexNode> residual) {

  static LanceFilters split(LanceTableScan scan, Object[] slots) {
    if (scan.filter() == null) {
      return new LanceFilters(null, List.of());
    }
    List<String> pushed = new ArrayList<>();
    List<RexNode> residual = new ArrayList<>();
    for (RexNode conjunct : org.apache.calcite.plan.RelOptUtil.conjunctions(scan.filter())) {
      String rendered = render(scan, conjunct, slots);
      if (rendered == null) {
        residual.add(conjunct);
      } else {
        pushed.add(rendered);
      }
    }
    return new LanceFilters(pushed.isEmpty() ? null : String.join(" AND ", pushed), residual);
  }

  private static String render(LanceTableScan scan, RexNode conjunct, Object[] slots) {
    if (!(conjunct instanceof RexCall call) || call.getOperands().size() != 2) {
      return null;
    }
    RexNode a = call.getOperands().get(0);
    RexNode b = call.getOperands().get(1);
    String op = operator(call);
    if (op == null) {
      return null;
    }
    boolean swapped = false;
    if (a instanceof RexDynamicParam && b instanceof RexInputRef) {
      RexNode t = a;
      a = b;
      b = t;
      swapped = true;
    }
    if (!(a instanceof RexInputRef ref) || !(b instanceof RexDynamicParam param)) {
      return null;
    }
    if (swapped && op.equals("starts_with")) {
      return null;
    }
    String column = LanceComparison.quote(scan.columns().get(ref.getIndex()));
    String value = literal(scan.columnTypes().get(ref.getIndex()), slots[param.getIndex()], op.equals("starts_with"));
    if (value == null) {
      return null;
    }
    if (op.equals("starts_with")) {
      return "starts_with(" + column + ", " + value + ")";
    }
    return column + " " + (swapped ? flip(op) : op) + " " + value;
  }

  private static String operator(RexCall call) {
    SqlKind kind = call.getKind();
    return switch (kind) {
      case EQUALS -> "=";
      case NOT_EQUALS -> "!=";
      case LESS_THAN -> "<";
      case LESS_THAN_OR_EQUAL -> "<=";
      case GREATER_THAN -> ">";
      case GREATER_THAN_OR_EQUAL -> ">=";
      default -> call.getOperator().getName().equals("STARTS_WITH") ? "starts_with" : null;
    };
  }

  private static String flip(String op) {
    return switch (op) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      case ">=" -> "<=";
      default -> op;
    };
  }

  private static String literal(PropType column, Object value, boolean stringOnly) {
    if (stringOnly && !(value instanceof String)) {
      return null;
    }
    return LanceComparison.literal(column, value);
  }
}
