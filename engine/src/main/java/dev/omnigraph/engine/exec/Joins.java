package dev.omnigraph.engine.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexNode;

/**
 * SQL joins of every type ({@code INNER}, {@code LEFT}, {@code RIGHT}, {@code FULL},
 * {@code SEMI}, {@code ANTI}) with SQL semantics: equi-keys hash ({@link RowKeys}), a null key
 * matches nothing, the rest of the condition is evaluated on each candidate pair and must be TRUE;
 * outer joins pad the missing side with nulls. Output order: left rows in input order, each
 * followed by its matches in right input order; unmatched right rows of {@code RIGHT}/{@code FULL}
 * come last. The {@code .gq} planner's joins keep their own faster paths in {@link PlanExecutor}.
 */
final class Joins {
  private Joins() {}

  /** The rows of {@code join} over its evaluated inputs. */
  static List<Object[]> run(Join join, List<Object[]> left, List<Object[]> right, RexEvaluator evaluator) {
    JoinInfo info = join.analyzeCondition();
    RexNode remaining = info.isEqui() ? null : info.getRemaining(join.getCluster().getRexBuilder());
    JoinRelType type = join.getJoinType();
    int leftWidth = join.getLeft().getRowType().getFieldCount();
    int rightWidth = join.getRight().getRowType().getFieldCount();
    Map<List<Object>, List<Integer>> table = new HashMap<>();
    for (int r = 0; r < right.size(); r++) {
      List<Object> key = RowKeys.of(right.get(r), info.rightKeys, true);
      if (key != null) {
        table.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    }
    boolean[] rightMatched = new boolean[right.size()];
    List<Object[]> out = new ArrayList<>();
    for (Object[] l : left) {
      List<Object> key = RowKeys.of(l, info.leftKeys, true);
      List<Integer> candidates = key == null ? List.of() : table.getOrDefault(key, List.of());
      boolean matched = false;
      for (int r : candidates) {
        Object[] row = concat(l, right.get(r), rightWidth);
        if (remaining != null && !evaluator.test(remaining, row)) {
          continue;
        }
        matched = true;
        rightMatched[r] = true;
        if (type == JoinRelType.SEMI || type == JoinRelType.ANTI) {
          break;
        }
        out.add(row);
      }
      if (type == JoinRelType.SEMI && matched || type == JoinRelType.ANTI && !matched) {
        out.add(l);
      } else if (!matched && (type == JoinRelType.LEFT || type == JoinRelType.FULL)) {
        out.add(concat(l, null, rightWidth));
      }
    }
    if (type == JoinRelType.RIGHT || type == JoinRelType.FULL) {
      for (int r = 0; r < right.size(); r++) {
        if (!rightMatched[r]) {
          Object[] row = new Object[leftWidth + rightWidth];
          System.arraycopy(right.get(r), 0, row, leftWidth, rightWidth);
          out.add(row);
        }
      }
    }
    return out;
  }

  private static Object[] concat(Object[] left, Object[] right, int rightWidth) {
    Object[] row = java.util.Arrays.copyOf(left, left.length + rightWidth);
    if (right != null) {
      System.arraycopy(right, 0, row, left.length, rightWidth);
    }
    return row;
  }
}
