package dev.omnigraph.engine.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.core.Intersect;
import org.apache.calcite.rel.core.SetOp;
import org.apache.calcite.rel.core.Union;

/**
 * {@code UNION}, {@code INTERSECT} and {@code EXCEPT}, with and without {@code ALL}, over
 * evaluated inputs. Rows are equal when every value is ({@link RowKeys}; two nulls are equal here,
 * as SQL set operations say). Without {@code ALL} the result holds each row once, in order of
 * first appearance; with it, {@code INTERSECT ALL} keeps a row as often as it appears in every
 * input and {@code EXCEPT ALL} subtracts occurrences.
 */
final class SetOperations {
  private SetOperations() {}

  /** The rows of {@code setOp}; {@code inputs} are its inputs' rows in order. */
  static List<Object[]> run(SetOp setOp, List<List<Object[]>> inputs) {
    if (setOp instanceof Union) {
      List<Object[]> all = new ArrayList<>();
      inputs.forEach(all::addAll);
      return setOp.all ? all : distinct(all);
    }
    boolean intersect = setOp instanceof Intersect;
    Map<List<Object>, Integer> allowed = counts(inputs.get(0));
    for (List<Object[]> other : inputs.subList(1, inputs.size())) {
      Map<List<Object>, Integer> otherCounts = counts(other);
      allowed.replaceAll((key, count) -> {
        int found = otherCounts.getOrDefault(key, 0);
        if (!setOp.all) {
          return (intersect ? found > 0 : found == 0) ? Math.min(count, 1) : 0;
        }
        return intersect ? Math.min(count, found) : Math.max(0, count - found);
      });
    }
    List<Object[]> out = new ArrayList<>();
    Map<List<Object>, Integer> emitted = new HashMap<>();
    for (Object[] row : inputs.get(0)) {
      List<Object> key = RowKeys.ofRow(row);
      if (emitted.merge(key, 1, Integer::sum) <= allowed.get(key)) {
        out.add(row);
      }
    }
    return out;
  }

  private static List<Object[]> distinct(List<Object[]> rows) {
    Set<List<Object>> seen = new HashSet<>();
    List<Object[]> out = new ArrayList<>();
    for (Object[] row : rows) {
      if (seen.add(RowKeys.ofRow(row))) {
        out.add(row);
      }
    }
    return out;
  }

  private static Map<List<Object>, Integer> counts(List<Object[]> rows) {
    Map<List<Object>, Integer> counts = new LinkedHashMap<>();
    for (Object[] row : rows) {
      counts.merge(RowKeys.ofRow(row), 1, Integer::sum);
    }
    return counts;
  }
}
