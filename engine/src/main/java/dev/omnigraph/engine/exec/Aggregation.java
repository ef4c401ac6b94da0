package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.sql.SqlLiterals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rex.RexLiteral;

/**
 * Hash aggregation with {@code .gq} semantics ({@code gq-language.md} §5.10): groups in order of
 * first appearance; nulls skipped by every aggregate; {@code count} an Int64 ({@code COUNT(*)}
 * counts rows); {@code sum} and {@code avg} Float64 (null over no values); {@code min} and
 * {@code max} of the argument's type; SQL's {@code SINGLE_VALUE} (a scalar subquery) the one
 * value of its group, failing with {@code DATA_ERROR} on a second row; {@code LITERAL_AGG} (the
 * decorrelator's "a row exists" marker) its literal. With no group keys an
 * empty input still yields one row. The input streams through: memory holds the groups, not the
 * rows.
 */
final class Aggregation {
  private Aggregation() {}

  /** The rows of {@code aggregate} over every row of {@code input}, which is then closed. */
  static List<Object[]> run(Aggregate aggregate, RowCursor input) {
    int[] groupFields = aggregate.getGroupSet().toArray();
    List<AggregateCall> calls = aggregate.getAggCallList();
    Map<List<Object>, Accumulator[]> groups = new LinkedHashMap<>();
    try (input) {
      for (Object[] row = input.next(); row != null; row = input.next()) {
        accumulate(groups, groupFields, calls, row);
      }
    }
    if (groups.isEmpty() && groupFields.length == 0) {
      groups.put(List.of(), newAccumulators(calls));
    }
    List<Object[]> out = new ArrayList<>(groups.size());
    groups.forEach((key, accs) -> {
      Object[] row = new Object[key.size() + accs.length];
      for (int i = 0; i < key.size(); i++) {
        row[i] = key.get(i);
      }
      for (int i = 0; i < accs.length; i++) {
        row[key.size() + i] = accs[i].result();
      }
      out.add(row);
    });
    return out;
  }

  private static void accumulate(Map<List<Object>, Accumulator[]> groups, int[] groupFields, List<AggregateCall> calls,
      Object[] row) {
    List<Object> key = new ArrayList<>(groupFields.length);
    for (int field : groupFields) {
      key.add(row[field]);
    }
    Accumulator[] accs = groups.computeIfAbsent(key, k -> newAccumulators(calls));
    for (int i = 0; i < calls.size(); i++) {
      List<Integer> args = calls.get(i).getArgList();
      accs[i].add(args.isEmpty() ? Boolean.TRUE : row[args.get(0)]);
    }
  }

  private static Accumulator[] newAccumulators(List<AggregateCall> calls) {
    Accumulator[] accs = new Accumulator[calls.size()];
    for (int i = 0; i < accs.length; i++) {
      accs[i] = new Accumulator(calls.get(i));
    }
    return accs;
  }

  /** One aggregate's running state. */
  private static final class Accumulator {
    private final org.apache.calcite.sql.SqlKind kind;
    private long count;
    private double sum;
    private Object extreme;

    Accumulator(AggregateCall call) {
      this.kind = call.getAggregation().getKind();
      if (kind == org.apache.calcite.sql.SqlKind.LITERAL_AGG) {
        extreme = SqlLiterals.value((RexLiteral) call.rexList.get(0));
      }
    }

    void add(Object value) {
      if (kind == org.apache.calcite.sql.SqlKind.LITERAL_AGG) {
        return;
      }
      if (kind == org.apache.calcite.sql.SqlKind.SINGLE_VALUE) {
        if (++count > 1) {
          throw new OmniGraphException(ErrorCode.DATA_ERROR, "a scalar subquery returned more than one row");
        }
        extreme = value;
        return;
      }
      if (value == null) {
        return;
      }
      count++;
      switch (kind) {
        case SUM, SUM0, AVG -> sum += ((Number) value).doubleValue();
        case MIN -> extreme = extreme == null || Values.compare(value, extreme) < 0 ? value : extreme;
        case MAX -> extreme = extreme == null || Values.compare(value, extreme) > 0 ? value : extreme;
        default -> { }
      }
    }

    Object result() {
      return switch (kind) {
        case COUNT -> count;
        case SUM, SUM0 -> count == 0 ? null : sum;
        case AVG -> count == 0 ? null : sum / count;
        case MIN, MAX, SINGLE_VALUE, LITERAL_AGG -> extreme;
        default -> throw new IllegalStateException("unsupported aggregate " + kind);
      };
    }
  }
}
