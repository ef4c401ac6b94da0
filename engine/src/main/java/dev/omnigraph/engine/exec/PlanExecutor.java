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
import org.apache.calcite.rex.RexInputRef;
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
 *
 * <p>Execution is pull-based ({@link RowCursor}): rows flow from the scans to the consumer as it
 * asks for them, so a scan, filter, traversal or limit over a table of any size holds one Lance
 * record batch at a time, never the whole result.
 */
public final class PlanExecutor {
  private final ExecContext context;
  private final ScanExecutor scans;

  public PlanExecutor(ExecContext context) {
    this.context = context;
    this.scans = new ScanExecutor(context);
  }

  /** Every row of {@code plan}, materialised (what {@link #open} streams). */
  public List<Object[]> execute(RelNode plan) {
    return RowCursors.drain(open(plan));
  }

  /**
   * The rows of {@code plan} as a cursor that computes them as it is advanced. Scans, filters,
   * projections, traversals, limits and the left (probe) side of joins stream; sorts, aggregates,
   * set operations and the right (build) side of joins read their input whole when first asked
   * (a sort with a small fetch keeps only its first rows, {@link TopN}).
   * Aggregates consume their input as it streams, holding only the groups. The caller closes the
   * cursor, which closes every Lance scan under it.
   */
  public RowCursor open(RelNode plan) {
    if (plan instanceof LanceTableScan scan) {
      return scans.open(scan);
    }
    if (plan instanceof GraphExpand expand) {
      return expand(expand);
    }
    if (plan instanceof Filter filter) {
      RexNode condition = filter.getCondition();
      return RowCursors.filter(open(filter.getInput()), row -> context.evaluator().test(condition, row));
    }
    if (plan instanceof Project project) {
      List<RexNode> exprs = project.getProjects();
      RowCursor input = open(project.getInput());
      int[] picked = columnRefs(exprs);
      if (input instanceof ScanBatches scan && picked != null) {
        return new ScanColumns(scan, picked);
      }
      return RowCursors.map(input, row -> {
        Object[] values = new Object[exprs.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = context.evaluator().eval(exprs.get(i), row);
        }
        return values;
      });
    }
    if (plan instanceof Join join) {
      return join(join);
    }
    if (plan instanceof Sort sort) {
      long offset = sort.offset == null ? 0 : ((Number) context.evaluator().eval(sort.offset, null)).longValue();
      long fetch = sort.fetch == null ? Long.MAX_VALUE : ((Number) context.evaluator().eval(sort.fetch, null)).longValue();
      if (sort.getCollation().getFieldCollations().isEmpty()) {
        return RowCursors.slice(open(sort.getInput()), offset, fetch);
      }
      RowComparator order = new RowComparator(sort.getCollation().getFieldCollations());
      if (offset <= TopN.MAX_ROWS && fetch <= TopN.MAX_ROWS - offset) {
        List<Object[]> top = TopN.of(open(sort.getInput()), order, (int) (offset + fetch));
        return RowCursors.slice(RowCursors.of(top), offset, fetch);
      }
      List<Object[]> rows = execute(sort.getInput());
      rows.sort(order);
      return RowCursors.slice(RowCursors.of(rows), offset, fetch);
    }
    if (plan instanceof Aggregate aggregate) {
      return RowCursors.of(Aggregation.run(aggregate, open(aggregate.getInput())));
    }
    if (plan instanceof Values values) {
      return RowCursors.of(literalRows(values));
    }
    if (plan instanceof org.apache.calcite.rel.core.Union union && union.all) {
      List<java.util.function.Supplier<RowCursor>> inputs = new ArrayList<>();
      for (RelNode input : union.getInputs()) {
        inputs.add(() -> open(input));
      }
      return RowCursors.concat(inputs);
    }
    if (plan instanceof SetOp setOp) {
      List<List<Object[]>> inputs = new ArrayList<>();
      for (RelNode input : setOp.getInputs()) {
        inputs.add(execute(input));
      }
      return RowCursors.of(SetOperations.run(setOp, inputs));
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

  /** Each input row followed by the traversal's results for it, produced one input row at a time. */
  private RowCursor expand(GraphExpand expand) {
    AdjacencyIndex index = context.adjacency().index(expand.edge(), context.manifest().table(expand.edge().tableKey()));
    boolean sameType = expand.edge().fromType().equals(expand.edge().toType());
    GraphExpander expander = new GraphExpander(index, expand.forward(), expand.undirected(), sameType, expand.minHops(), expand.maxHops());
    int from = expand.fromField();
    return RowCursors.flatMap(open(expand.getInput()), (row, emit) -> {
      context.checkCancelled();
      if (expand.edgeBinding()) {
        expander.edges((String) row[from], (edgeId, reached) -> emit.accept(append(row, edgeId, reached)));
      } else {
        expander.reach((String) row[from], reached -> emit.accept(append(row, reached)));
      }
    });
  }

  private static Object[] append(Object[] row, Object... values) {
    Object[] out = java.util.Arrays.copyOf(row, row.length + values.length);
    System.arraycopy(values, 0, out, row.length, values.length);
    return out;
  }

  private RowCursor join(Join join) {
    JoinInfo info = join.analyzeCondition();
    if (needsSqlSemantics(join, info)) {
      return RowCursors.of(Joins.run(join, execute(join.getLeft()), execute(join.getRight()), context.evaluator()));
    }
    RelNode right = join.getRight();
    if (join.getJoinType() == JoinRelType.ANTI) {
      java.util.Set<List<Object>> keys = new java.util.HashSet<>();
      for (Object[] r : execute(right)) {
        keys.add(keyOf(r, info.rightKeys, 0));
      }
      return RowCursors.filter(open(join.getLeft()), l -> !keys.contains(keyOf(l, info.leftKeys, 0)));
    }
    if (info.leftKeys.size() == 1 && right instanceof LanceTableScan scan && info.rightKeys.get(0) == 0
        && scan.columns().get(0).equals("id") && scan.limit() == null && scans.resident(scan) != null) {
      ResidentTable resident = scans.resident(scan);
      int[] columns = ScanExecutor.columnMap(scan, resident);
      int key = info.leftKeys.get(0);
      return RowCursors.map(open(join.getLeft()), row -> scans.lookupJoin(scan, resident, columns, row, (String) row[key]));
    }
    List<Object[]> rightRows = execute(right);
    RexNode residual = info.isEqui() ? null : info.getRemaining(join.getCluster().getRexBuilder());
    RexNode condition = info.leftKeys.isEmpty() ? (info.isEqui() ? null : join.getCondition()) : residual;
    Map<List<Object>, List<Object[]>> hashed = info.leftKeys.isEmpty() ? null : hash(rightRows, info.rightKeys);
    return RowCursors.flatMap(open(join.getLeft()), (l, emit) -> {
      List<Object[]> matches = hashed == null ? rightRows : hashed.getOrDefault(keyOf(l, info.leftKeys, 0), List.of());
      for (Object[] r : matches) {
        Object[] row = concat(l, r);
        if (condition == null || context.evaluator().test(condition, row)) {
          emit.accept(row);
        }
      }
    });
  }

  /** {@code rows} grouped by their values of {@code keys}, each group in input order. */
  private static Map<List<Object>, List<Object[]>> hash(List<Object[]> rows, List<Integer> keys) {
    Map<List<Object>, List<Object[]>> table = new HashMap<>();
    for (Object[] row : rows) {
      table.computeIfAbsent(keyOf(row, keys, 0), k -> new ArrayList<>()).add(row);
    }
    return table;
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

  /** The input column of each expression when all are plain column references, else null. */
  private static int[] columnRefs(List<RexNode> exprs) {
    int[] refs = new int[exprs.size()];
    for (int i = 0; i < refs.length; i++) {
      if (!(exprs.get(i) instanceof RexInputRef ref)) {
        return null;
      }
      refs[i] = ref.getIndex();
    }
    return refs;
  }
}
