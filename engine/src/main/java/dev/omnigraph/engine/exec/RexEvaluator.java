package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.sql.SqlLiterals;
import java.util.List;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Evaluates the row expressions our plans contain over one row: input references, dynamic
 * parameters, literals ({@link SqlLiterals}), comparisons, AND/OR/NOT, the graph operators
 * ({@code STARTS_WITH}, {@code CONTAINS_TEXT}, {@code LIST_CONTAINS}), and the SQL operators and
 * functions of {@link SqlExpressions}. Three-valued logic: a
 * comparison with a null operand is null (unknown), and a filter keeps only rows that are TRUE
 * ({@code gq-language.md} §5.3).
 */
final class RexEvaluator {
  private final Object[] slots;

  /** @param slots the values of the plan's dynamic parameters, by index */
  RexEvaluator(Object[] slots) {
    this.slots = slots;
  }

  /** True when {@code condition} is TRUE for {@code row}. */
  boolean test(RexNode condition, Object[] row) {
    return Boolean.TRUE.equals(eval(condition, row));
  }

  Object eval(RexNode node, Object[] row) {
    if (node instanceof RexInputRef ref) {
      return row[ref.getIndex()];
    }
    if (node instanceof RexDynamicParam param) {
      return slots[param.getIndex()];
    }
    if (node instanceof RexLiteral literal) {
      return SqlLiterals.value(literal);
    }
    RexCall call = (RexCall) node;
    if (SqlExpressions.supports(call)) {
      return SqlExpressions.eval(this, call, row);
    }
    List<RexNode> operands = call.getOperands();
    switch (call.getKind()) {
      case AND: {
        boolean unknown = false;
        for (RexNode operand : operands) {
          Object value = eval(operand, row);
          if (Boolean.FALSE.equals(value)) {
            return false;
          }
          unknown |= value == null;
        }
        return unknown ? null : true;
      }
      case OR: {
        boolean unknown = false;
        for (RexNode operand : operands) {
          Object value = eval(operand, row);
          if (Boolean.TRUE.equals(value)) {
            return true;
          }
          unknown |= value == null;
        }
        return unknown ? null : false;
      }
      case NOT: {
        Object value = eval(operands.get(0), row);
        return value == null ? null : !(Boolean) value;
      }
      case IS_NULL:
        return eval(operands.get(0), row) == null;
      case IS_NOT_NULL:
        return eval(operands.get(0), row) != null;
      default:
        break;
    }
    Object left = eval(operands.get(0), row);
    Object right = eval(operands.get(1), row);
    if (left == null || right == null) {
      return null;
    }
    switch (call.getKind()) {
      case EQUALS:
        return Values.equal(left, right);
      case NOT_EQUALS:
        return !Values.equal(left, right);
      case LESS_THAN:
        return Values.compare(left, right) < 0;
      case LESS_THAN_OR_EQUAL:
        return Values.compare(left, right) <= 0;
      case GREATER_THAN:
        return Values.compare(left, right) > 0;
      case GREATER_THAN_OR_EQUAL:
        return Values.compare(left, right) >= 0;
      default:
        break;
    }
    String name = call.getOperator().getName();
    switch (name) {
      case "STARTS_WITH":
        return ((String) left).startsWith((String) right);
      case "CONTAINS_TEXT":
        return ((String) left).contains((String) right);
      case "LIST_CONTAINS":
        for (Object item : (List<?>) left) {
          if (item != null && Values.equal(item, right)) {
            return true;
          }
        }
        return false;
      default:
        throw new IllegalStateException("cannot evaluate " + call);
    }
  }
}
