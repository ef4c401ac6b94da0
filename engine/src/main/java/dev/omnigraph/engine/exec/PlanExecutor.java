package dev.omnigraph.engine.exec;

import dev.omnigraph.compiler.plan.rel.GraphExpand;
import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import dev.omnigraph.engine.scan.ResidentTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.SetOp;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Runs an optimized plan over one {@link ExecContext}, operator by operator, producing rows as
 * {@code Object[]} in the plan's row type. Supports exactly the operators the query planner emits:
 * {@link LanceTableScan}, {@link GraphExpand}, filter, project, inner join (an id-index lookup
 * when the right side is a scan joined on its {@code id}, a hash join on other equi-keys, a nested
 * loop for a cross product), sort with fetch, aggregate, and literal rows ({@code Values}, which is how Calcite
 * represents a relation it proved empty). SQL plans add outer, semi and non-equi anti joins
 * ({@link Joins}) and set operations ({@link SetOperations}); {@link PlanSupport} checks a SQL
 * plan holds nothing else before it runs.
 */
public final class PlanExecutor {
  private final ExecContext context;
  private final ScanExecutor scans;

  public PlanExecutor(ExecContext context) {
    this.context = context;
    this.scans = new ScanExecutor(context);
  }

  /** The rows of {@code plan}. */
  public List<Object[]> execute(RelNode plan) {
    if (plan instanceof LanceTableScan scan) {
      return scans.scan(scan);
    }
    if (plan instanceof GraphExpand expand) {
      return expand(expand);
    }
    if (plan instanceof Filter filter) {
      List<Object[]> out = new ArrayList<>();
      for (Object[] row : execute(filter.getInput())) {
        if (context.evaluator().test(filter.getCondition(), row)) {
          out.add(row);
        }
      }
      return out;
    }
    if (plan instanceof Project project) {
      List<RexNode> exprs = project.getProjects();
      List<Object[]> out = new ArrayList<>();
      for (Object[] row : execute(project.getInput())) {
        Object[] values = new Object[exprs.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = context.evaluator().eval(exprs.get(i), row);
        }
        out.add(values);
      }
      return out;
    }
    if (plan instanceof Join join) {
      return join(join);
    }
    if (plan instanceof Sort sort) {
      List<Object[]> rows = new ArrayList<>(execute(sort.getInput()));
      if (!sort.getCollation().getFieldCollations().isEmpty()) {
        rows.sort(new RowComparator(sort.getCollation().getFieldCollations()));
      }
      int offset = sort.offset == null ? 0 : ((Number) context.evaluator().eval(sort.offset, null)).intValue();
      int fetch = sort.fetch == null ? Integer.MAX_VALUE : ((Number) context.evaluator().eval(sort.fetch, null)).intValue();
      int from = Math.min(offset, rows.size());
      int to = (int) Math.min((long) from + fetch, rows.size());
      return rows.subList(from, to);
    }
    if (plan instanceof Aggregate aggregate) {
      return Aggregation.run(aggregate, execute(aggregate.getInput()));
    }
    if (plan instanceof Values values) {
      return literalRows(values);
    }
    if (plan instanceof SetOp setOp) {
      List<List<Object[]>> inputs = new ArrayList<>();
      for (RelNode input : setOp.getInputs()) {
        inputs.add(execute(input));
      }
      return SetOperations.run(setOp, inputs);
    }
    throw new IllegalStateException("the executor has no operator for " + plan.getRelTypeName());
  }

  /**
   * The literal rows of a {@code Values} node: what Calcite leaves when it proves a relation
   * empty ({@code limit 0}, a filter that is always false) or constant.
   */
  private List<Object[]> literalRows(Values values) {
    List<Object[]> out = new ArrayList<>(values.getTuples().size());
    for (List<RexLiteral> tuple : values.getTuples()) {
      Object[] row = new Object[tuple.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = context.evaluator().eval(tuple.get(i), row);
      }
      out.add(row);
    }
    return out;
  }

  private List<Object[]> expand(GraphExpand expand) {
    AdjacencyIndex index = context.adjacency().index(expand.edge(), context.manifest().table(expand.edge().tableKey()));
    boolean sameType = expand.edge().fromType().equals(expand.edge().toType());
    GraphExpander expander = new GraphExpander(index, expand.forward(), expand.undirected(), sameType, expand.minHops(), expand.maxHops());
    List<Object[]> out = new ArrayList<>();
    int from = expand.fromField();
    for (Object[] row : execute(expand.getInput())) {
      if (expand.edgeBinding()) {
        expander.edges((String) row[from], (edgeId, reached) -> out.add(append(row, edgeId, reached)));
      } else {
        expander.reach((String) row[from], reached -> out.add(append(row, reached)));
      }
    }
    return out;
  }

  private static Object[] append(Object[] row, Object... values) {
    Object[] out = java.util.Arrays.copyOf(row, row.length + values.length);
    System.arraycopy(values, 0, out, row.length, values.length);
    return out;
  }

  private List<Object[]> join(Join join) {
    JoinInfo info = join.analyzeCondition();
    if (needsSqlSemantics(join, info)) {
      return Joins.run(join, execute(join.getLeft()), execute(join.getRight()), context.evaluator());
    }
    List<Object[]> left = execute(join.getLeft());
    RelNode right = join.getRight();
    int leftWidth = join.getLeft().getRowType().getFieldCount();
    RexNode residual = info.isEqui() ? null : join.getCondition();
    if (join.getJoinType() == JoinRelType.ANTI) {
      return antiJoin(left, execute(right), info);
    }
    if (info.leftKeys.size() == 1 && right instanceof LanceTableScan scan && info.rightKeys.get(0) == 0
        && scan.columns().get(0).equals("id") && scan.limit() == null && scans.resident(scan) != null) {
      ResidentTable resident = scans.resident(scan);
      int[] columns = ScanExecutor.columnMap(scan, resident);
      List<Object[]> out = new ArrayList<>(left.size());
      int key = info.leftKeys.get(0);
      for (Object[] row : left) {
        Object[] joined = scans.lookupJoin(scan, resident, columns, row, (String) row[key]);
        if (joined != null) {
          out.add(joined);
        }
      }
      return out;
    }
    List<Object[]> rightRows = execute(right);
    List<Object[]> out = new ArrayList<>();
    if (info.leftKeys.isEmpty()) {
      for (Object[] l : left) {
        for (Object[] r : rightRows) {
          Object[] row = concat(l, r);
          if (residual == null || context.evaluator().test(residual, row)) {
            out.add(row);
          }
        }
      }
      return out;
    }
    Map<List<Object>, List<Object[]>> table = new HashMap<>();
    for (Object[] r : rightRows) {
      table.computeIfAbsent(keyOf(r, info.rightKeys, 0), k -> new ArrayList<>()).add(r);
    }
    for (Object[] l : left) {
      for (Object[] r : table.getOrDefault(keyOf(l, info.leftKeys, 0), List.of())) {
        Object[] row = concat(l, r);
        if (residual == null || context.evaluator().test(info.getRemaining(join.getCluster().getRexBuilder()), row)) {
          out.add(row);
        }
      }
    }
    return out;
  }

  /**
   * True for the joins SQL produces and the {@code .gq} paths below do not cover: outer and semi
   * joins, anti-joins with a non-equi condition, and equi-joins on nullable keys (SQL never
   * matches a null key; the hash path below would).
   */
  private static boolean needsSqlSemantics(Join join, JoinInfo info) {
    JoinRelType type = join.getJoinType();
    if (type != JoinRelType.INNER && type != JoinRelType.ANTI) {
      return true;
    }
    if (type == JoinRelType.ANTI && !info.isEqui()) {
      return true;
    }
    for (int key : info.leftKeys) {
      if (join.getLeft().getRowType().getFieldList().get(key).getType().isNullable()) {
        return true;
      }
    }
    return false;
  }

  /** Left rows whose key tuple has no match on the right (keys are non-null entity ids). */
  private static List<Object[]> antiJoin(List<Object[]> left, List<Object[]> right, JoinInfo info) {
    java.util.Set<List<Object>> keys = new java.util.HashSet<>();
    for (Object[] r : right) {
      keys.add(keyOf(r, info.rightKeys, 0));
    }
    List<Object[]> out = new ArrayList<>();
    for (Object[] l : left) {
      if (!keys.contains(keyOf(l, info.leftKeys, 0))) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<Object> keyOf(Object[] row, List<Integer> keys, int offset) {
    List<Object> key = new ArrayList<>(keys.size());
    for (int k : keys) {
      key.add(row[k + offset]);
    }
    return key;
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] out = new Object[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
