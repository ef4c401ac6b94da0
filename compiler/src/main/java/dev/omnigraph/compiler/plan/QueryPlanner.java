package dev.omnigraph.compiler.plan;

import dev.omnigraph.compiler.plan.rel.GraphExpand;
import dev.omnigraph.compiler.plan.rel.LanceTableScan;
import dev.omnigraph.compiler.plan.rel.RelTypes;
import dev.omnigraph.compiler.plan.rules.LanceRules;
import dev.omnigraph.compiler.schema.TableColumns;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.check.CheckedQuery;
import dev.omnigraph.compiler.query.check.MatchStep;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.PropType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;

/**
 * Turns a checked read query into an optimized Calcite plan ({@code docs/architecture.md}, "the
 * path of a query"), built with {@link RelBuilder}:
 *
 * <ol>
 *   <li>each variable becomes one {@link LanceTableScan} reading only the columns the query uses,
 *       with that variable's property matches and single-variable filters right above it;
 *   <li>a traversal becomes a {@link GraphExpand} from the bound variable followed by an equi-join
 *       with the new variable's scan on its {@code id} (or, when both ends are bound, a filter);
 *   <li>variables in different components are combined by a cross join (§5.5);
 *   <li>filters over several variables follow the joins; then return, aggregate, order (nulls
 *       first ascending, ties broken by the ids of all variables, §5.11) and limit.
 * </ol>
 *
 * A {@link HepPlanner} pass then folds projections, filters and limits into the scans
 * ({@link LanceRules}). Literals and parameters become dynamic parameters ({@link ValueSlot}).
 * Not thread-safe: one instance plans one query.
 */
public final class QueryPlanner {
  private final CheckedQuery checked;
  private final RelOptCluster cluster;
  private final RelBuilder builder;
  private final RexBuilder rex;
  private final List<ValueSlot> slots = new ArrayList<>();
  private final Map<String, Set<String>> usedColumns = new HashMap<>();
  /** Field position of {@code var} -> column -> field index in the relation on top of the builder. */
  private final Map<String, Map<String, Integer>> layout = new LinkedHashMap<>();
  /** Variables of the current relation that are edge bindings. */
  private final Set<String> edgeLayout = new LinkedHashSet<>();
  private int width;

  private QueryPlanner(CheckedQuery checked) {
    this.checked = checked;
    this.rex = new RexBuilder(new JavaTypeFactoryImpl());
    this.cluster = RelOptCluster.create(new HepPlanner(HepProgram.builder().build()), rex);
    this.builder = RelFactories.LOGICAL_BUILDER.create(cluster, null);
  }

  /** Plans and optimizes a checked query. */
  public static PlannedQuery plan(CheckedQuery checked) {
    return new QueryPlanner(checked).run();
  }

  private PlannedQuery run() {
    collectUsedColumns();
    match();
    if (checked.aggregate()) {
      aggregateReturn();
    } else {
      plainReturn();
    }
    RelNode optimized = LanceRules.optimize(builder.build());
    return new PlannedQuery(checked, optimized, slots, checked.columnNames(), checked.columnTypes());
  }

  private void collectUsedColumns() {
    collectUsedColumns(checked.steps());
    for (Query.Projection projection : checked.query().returns()) {
      use(projection.expr());
    }
    for (Query.Ordering ordering : checked.query().order()) {
      use(ordering.expr());
    }
  }

  private void collectUsedColumns(List<MatchStep> steps) {
    for (MatchStep step : steps) {
      if (step instanceof MatchStep.PropertyMatch match) {
        columnsOf(match.variable()).add(match.property());
      } else if (step instanceof MatchStep.Filter filter) {
        use(filter.left());
        use(filter.right());
      } else if (step instanceof MatchStep.Negation negation) {
        collectUsedColumns(negation.steps());
      }
    }
  }

  private Set<String> columnsOf(String variable) {
    return usedColumns.computeIfAbsent(variable, v -> new LinkedHashSet<>(List.of("id")));
  }

  private void use(Expr expr) {
    if (expr instanceof Expr.PropAccess access) {
      columnsOf(access.variable()).add(access.property());
    } else if (expr instanceof Expr.Aggregate agg) {
      use(agg.argument());
    }
  }

  // ---- match ------------------------------------------------------------------------------

  private void match() {
    block(checked.steps(), false);
  }

  /**
   * Plans one block's steps on top of the relation on the builder (none when {@code started} is
   * false): scans and expands in order, then conditions on variables of enclosing blocks and on
   * several variables, then the block's negations as anti-joins.
   */
  private void block(List<MatchStep> steps, boolean started) {
    Set<String> local = new LinkedHashSet<>();
    List<RexNode> deferred = new ArrayList<>();
    List<MatchStep.Negation> negations = new ArrayList<>();
    for (MatchStep step : steps) {
      if (step instanceof MatchStep.Scan scan) {
        local.add(scan.variable());
        pushScan(scan.variable(), scan.type(), started ? width : 0, steps);
        if (started) {
          builder.join(JoinRelType.INNER, rex.makeLiteral(true));
        }
        started = true;
      } else if (step instanceof MatchStep.Expand expand) {
        if (expand.toIsNew()) {
          local.add(expand.to());
        }
        expand(expand, steps);
      } else if (step instanceof MatchStep.Negation negation) {
        negations.add(negation);
      }
    }
    for (MatchStep step : steps) {
      if (step instanceof MatchStep.PropertyMatch match && !local.contains(match.variable())) {
        deferred.add(propertyCondition(match, layout.get(match.variable())));
      } else if (step instanceof MatchStep.Filter filter && !(filter.variables().size() == 1 && local.contains(filter.variables().get(0))
          && !isEdgeVariable(filter.variables().get(0)))) {
        deferred.add(filterCondition(filter));
      }
    }
    if (!deferred.isEmpty()) {
      builder.filter(deferred);
    }
    for (MatchStep.Negation negation : negations) {
      antiJoin(negation);
    }
  }

  private boolean isEdgeVariable(String variable) {
    return checked.edgeVariables().containsKey(variable) || edgeLayout.contains(variable);
  }

  /** Pushes the scan of {@code variable} with its conditions from {@code steps}; fields start at {@code offset}. */
  private void pushScan(String variable, GraphType type, int offset, List<MatchStep> steps) {
    List<String> columns = new ArrayList<>(columnsOf(variable));
    List<String> allColumns = TableColumns.names(type);
    List<PropType> allTypes = TableColumns.types(type);
    builder.push(new LanceTableScan(cluster, type, allColumns, allTypes, null, null));
    List<RexNode> projected = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String column : columns) {
      projected.add(builder.field(allColumns.indexOf(column)));
      names.add(variable + "." + column);
    }
    builder.project(projected, names, true);
    Map<String, Integer> fields = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      fields.put(columns.get(i), i);
    }
    layout.put(variable, fields);
    List<RexNode> conditions = new ArrayList<>();
    for (MatchStep step : steps) {
      if (step instanceof MatchStep.PropertyMatch match && match.variable().equals(variable)) {
        conditions.add(propertyCondition(match, fields));
      } else if (step instanceof MatchStep.Filter filter && filter.variables().equals(List.of(variable))
          && !(type instanceof dev.omnigraph.compiler.schema.EdgeType)) {
        conditions.add(filterCondition(filter));
      }
    }
    if (!conditions.isEmpty()) {
      builder.filter(conditions);
    }
    fields.replaceAll((column, index) -> index + offset);
    width = offset + columns.size();
  }

  private RexNode propertyCondition(MatchStep.PropertyMatch match, Map<String, Integer> fields) {
    RexNode field = builder.field(fields.get(match.property()));
    RexNode value = value(match.value());
    return match.membership()
        ? rex.makeCall(GraphOperators.LIST_CONTAINS, field, value)
        : rex.makeCall(SqlStdOperatorTable.EQUALS, field, value);
  }

  private void expand(MatchStep.Expand expand, List<MatchStep> steps) {
    int fromField = layout.get(expand.from()).get("id");
    boolean edgeBinding = expand.edgeVariable() != null;
    builder.push(new GraphExpand(cluster, builder.build(), expand.edge(), expand.forward(), expand.undirected(), expand.minHops(),
        expand.maxHops(), edgeBinding, fromField, expand.to() + ".reached"));
    if (edgeBinding) {
      int edgeField = width;
      width++;
      int reached = width;
      width++;
      edgeLayout.add(expand.edgeVariable());
      pushScan(expand.edgeVariable(), expand.edge(), width, steps);
      joinOn(edgeField, width - columnsOf(expand.edgeVariable()).size());
      attachTarget(expand, reached, steps);
    } else {
      int reached = width;
      width++;
      attachTarget(expand, reached, steps);
    }
  }

  /** Joins the expansion's reached id with the target's scan, or checks it against a bound target. */
  private void attachTarget(MatchStep.Expand expand, int reached, List<MatchStep> steps) {
    if (expand.toIsNew() && columnsOf(expand.to()).equals(Set.of("id")) && !hasConditions(expand.to(), steps)) {
      // Only the node's identity is used, and every edge endpoint exists (loads check it and
      // deletes cascade), so the reached id is the node: no join with its table is needed.
      layout.put(expand.to(), new LinkedHashMap<>(Map.of("id", reached)));
      return;
    }
    if (expand.toIsNew()) {
      int offset = width;
      pushScan(expand.to(), expand.toType(), offset, steps);
      joinOn(reached, offset);
    } else {
      builder.filter(rex.makeCall(SqlStdOperatorTable.EQUALS, builder.field(reached), builder.field(layout.get(expand.to()).get("id"))));
    }
  }

  private static boolean hasConditions(String variable, List<MatchStep> steps) {
    for (MatchStep step : steps) {
      if (step instanceof MatchStep.PropertyMatch match && match.variable().equals(variable)
          || step instanceof MatchStep.Filter filter && filter.variables().contains(variable)) {
        return true;
      }
    }
    return false;
  }

  /** Inner-joins the two relations on top of the builder on left field {@code left} = right field at {@code rightStart}. */
  private void joinOn(int left, int rightStart) {
    RelNode leftRel = builder.peek(1);
    RelNode rightRel = builder.peek();
    builder.join(JoinRelType.INNER, rex.makeCall(SqlStdOperatorTable.EQUALS,
        rex.makeInputRef(leftRel.getRowType().getFieldList().get(left).getType(), left),
        rex.makeInputRef(rightRel.getRowType().getFieldList().get(0).getType(), rightStart)));
  }

  /**
   * {@code not { ... }} as an anti-join ({@code gq-language.md} §5.7): the inner block is planned on
   * a copy of the outer relation, projected to the ids of every outer variable, and outer rows with
   * a matching id tuple are dropped. Ids identify a row's entities, so this correlates on the whole
   * outer row.
   */
  private void antiJoin(MatchStep.Negation negation) {
    RelNode outer = builder.peek();
    Map<String, Map<String, Integer>> savedLayout = new LinkedHashMap<>();
    layout.forEach((variable, fields) -> savedLayout.put(variable, new LinkedHashMap<>(fields)));
    Set<String> savedEdges = new LinkedHashSet<>(edgeLayout);
    int savedWidth = width;
    List<Integer> keys = new ArrayList<>();
    savedLayout.values().forEach(fields -> keys.add(fields.get("id")));
    builder.push(outer);
    block(negation.steps(), true);
    builder.project(keys.stream().map(builder::field).toList());
    layout.clear();
    layout.putAll(savedLayout);
    edgeLayout.clear();
    edgeLayout.addAll(savedEdges);
    width = savedWidth;
    List<RexNode> conditions = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      conditions.add(builder.equals(builder.field(2, 0, keys.get(i)), builder.field(2, 1, i)));
    }
    builder.join(JoinRelType.ANTI, conditions);
  }

  private RexNode filterCondition(MatchStep.Filter filter) {
    RexNode left = value(filter.left());
    RexNode right = value(filter.right());
    return switch (filter.operator()) {
      case "=" -> rex.makeCall(SqlStdOperatorTable.EQUALS, left, right);
      case "!=" -> rex.makeCall(SqlStdOperatorTable.NOT_EQUALS, left, right);
      case "<" -> rex.makeCall(SqlStdOperatorTable.LESS_THAN, left, right);
      case "<=" -> rex.makeCall(SqlStdOperatorTable.LESS_THAN_OR_EQUAL, left, right);
      case ">" -> rex.makeCall(SqlStdOperatorTable.GREATER_THAN, left, right);
      case ">=" -> rex.makeCall(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, left, right);
      case "starts_with" -> rex.makeCall(GraphOperators.STARTS_WITH, left, right);
      case "contains" -> rex.makeCall(checked.typeOf(filter.left()).list() ? GraphOperators.LIST_CONTAINS : GraphOperators.CONTAINS_TEXT,
          left, right);
      default -> throw new IllegalStateException("unknown operator " + filter.operator());
    };
  }

  /** A value expression over the relation on top of the builder. */
  private RexNode value(Expr expr) {
    if (expr instanceof Expr.PropAccess access) {
      return builder.field(layout.get(access.variable()).get(access.property()));
    } else if (expr instanceof Expr.Variable variable) {
      PropType param = checked.parameterTypes().get(variable.name());
      return param != null ? slot(new ValueSlot.Param(variable.name(), param)) : builder.field(layout.get(variable.name()).get("id"));
    } else if (expr instanceof Expr.Literal literal) {
      return slot(new ValueSlot.Constant(literal.value(), checked.typeOf(literal)));
    } else if (expr instanceof Expr.Now now) {
      return slot(new ValueSlot.Now(checked.typeOf(now)));
    }
    throw new IllegalStateException("not a value expression: " + expr);
  }

  private RexNode slot(ValueSlot slot) {
    slots.add(slot);
    return rex.makeDynamicParam(RelTypes.of(rex.getTypeFactory(), slot.type().withNullable(true)), slots.size() - 1);
  }

  // ---- return -----------------------------------------------------------------------------

  private void plainReturn() {
    Query query = checked.query();
    List<RexNode> exprs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < query.returns().size(); i++) {
      exprs.add(value(query.returns().get(i).expr()));
      names.add("$r" + i);
    }
    int returned = exprs.size();
    List<int[]> sortKeys = new ArrayList<>();
    if (!query.order().isEmpty()) {
      for (Query.Ordering ordering : query.order()) {
        int index = ordering.expr() instanceof Expr.AliasRef alias ? checked.columnNames().indexOf(alias.name()) : exprs.size();
        if (!(ordering.expr() instanceof Expr.AliasRef)) {
          exprs.add(value(ordering.expr()));
          names.add("$o" + index);
        }
        sortKeys.add(new int[] {index, ordering.descending() ? 1 : 0});
      }
      List<String> variables = new ArrayList<>(layout.keySet());
      variables.sort((a, b) -> (a + ".id").compareTo(b + ".id"));
      for (String variable : variables) {
        sortKeys.add(new int[] {exprs.size(), 0});
        exprs.add(builder.field(layout.get(variable).get("id")));
        names.add("$t" + variable);
      }
    }
    builder.project(exprs, names, true);
    sortAndLimit(sortKeys, query.limit());
    List<RexNode> finalFields = new ArrayList<>();
    for (int i = 0; i < returned; i++) {
      finalFields.add(builder.field(i));
    }
    builder.project(finalFields, checked.columnNames(), true);
  }

  /** Sorts by {@code keys} ({field, 1 for descending}) with nulls first ascending, last descending; then limits. */
  private void sortAndLimit(List<int[]> keys, Long limit) {
    if (keys.isEmpty() && limit == null) {
      return;
    }
    List<RexNode> collation = new ArrayList<>();
    for (int[] key : keys) {
      RexNode ref = builder.field(key[0]);
      collation.add(key[1] == 1 ? builder.nullsLast(builder.desc(ref)) : builder.nullsFirst(ref));
    }
    builder.sortLimit(-1, limit == null ? -1 : (int) Math.min(limit, Integer.MAX_VALUE), collation);
  }

  private void aggregateReturn() {
    Query query = checked.query();
    List<RexNode> inputs = new ArrayList<>();
    List<Integer> groupFields = new ArrayList<>();
    for (Query.Projection projection : query.returns()) {
      if (!(projection.expr() instanceof Expr.Aggregate)) {
        groupFields.add(inputs.size());
        inputs.add(value(projection.expr()));
      }
    }
    List<Integer> argFields = new ArrayList<>();
    for (Query.Projection projection : query.returns()) {
      if (projection.expr() instanceof Expr.Aggregate agg) {
        argFields.add(inputs.size());
        inputs.add(value(agg.argument()));
      }
    }
    builder.project(inputs);
    List<RelBuilder.AggCall> calls = new ArrayList<>();
    int a = 0;
    for (Query.Projection projection : query.returns()) {
      if (projection.expr() instanceof Expr.Aggregate agg) {
        RexNode arg = builder.field(argFields.get(a++));
        boolean countRows = agg.function().equals("count") && agg.argument() instanceof Expr.Variable v
            && !checked.parameterTypes().containsKey(v.name());
        calls.add(switch (agg.function()) {
          case "count" -> countRows ? builder.countStar(null) : builder.count(arg);
          case "sum" -> builder.sum(arg);
          case "avg" -> builder.avg(arg);
          case "min" -> builder.min(arg);
          case "max" -> builder.max(arg);
          default -> throw new IllegalStateException(agg.function());
        });
      }
    }
    builder.aggregate(builder.groupKey(groupFields.stream().map(builder::field).toList()), calls);
    List<RexNode> ordered = new ArrayList<>();
    int g = 0;
    int c = groupFields.size();
    for (Query.Projection projection : query.returns()) {
      ordered.add(builder.field(projection.expr() instanceof Expr.Aggregate ? c++ : g++));
    }
    builder.project(ordered, checked.columnNames(), true);
    List<int[]> sortKeys = new ArrayList<>();
    for (Query.Ordering ordering : query.order()) {
      String name = ordering.expr() instanceof Expr.AliasRef alias ? alias.name()
          : ((Expr.PropAccess) ordering.expr()).variable() + "." + ((Expr.PropAccess) ordering.expr()).property();
      sortKeys.add(new int[] {checked.columnNames().indexOf(name), ordering.descending() ? 1 : 0});
    }
    sortAndLimit(sortKeys, query.limit());
  }
}
