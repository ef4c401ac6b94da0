package dev.omnigraph.conformance.property;

import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A deliberately naive evaluator of read queries over {@link GenGraph}s, written from
 * {@code gq-language.md} §5 alone (no engine or planner code): the match is a
 * generate-and-test over every variable's domain with backtracking, traversals test membership in
 * the BFS reach set of §5.4 computed literally from the spec's pseudo-code, negations are
 * existence checks over their local variables with the outer row fixed (§5.7), then projection,
 * aggregation (§5.10), ordering with the id tie-break (§5.11) and limit (§5.12).
 *
 * <p>Supported subset: bindings with property matches (list membership for list properties),
 * traversals (direction inferred from what is bound, in clause order), edge bindings, filters
 * with {@code = != < <= > >= contains starts_with} over property accesses and literals, nested
 * {@code not { }}, returns of properties, bare node variables and literals, {@code count}, {@code
 * sum}, {@code avg}, {@code min}, {@code max} with implicit grouping, {@code order} by property
 * accesses or aliases, {@code limit}.
 */
final class NaiveEvaluator {

  /** The expected answer: column names, rows, and what the order of the rows means. */
  record Expected(List<String> columns, List<List<Object>> rows, Ordering ordering, List<List<Object>> allRows,
      List<List<Object>> sortKeys) {}

  /**
   * How rows may be compared: {@code EXACT} (the order is total), {@code KEYS} (sorted by the
   * user keys only, ties unordered: aggregate results), {@code NONE} (no order clause).
   */
  enum Ordering { EXACT, KEYS, NONE }

  private final GenGraph graph;
  /** Parameter values by name, typed as declared (I32 as Integer); null for null or omitted. */
  private Map<String, Object> params = Map.of();
  private final Map<String, Set<String>> bfsMemo = new HashMap<>();
  private int anonymous;

  NaiveEvaluator(GenGraph graph) {
    this.graph = graph;
  }

  // ---------------------------------------------------------------------------------------------
  // Static analysis of a match block (direction inference in clause order, §5.4 / §5.6)
  // ---------------------------------------------------------------------------------------------

  /** A variable of a block: a node of {@code type} or an edge row of edge type {@code type}. */
  record Var(String name, String type, boolean edge) {}

  /** A condition on the variables it names, tested once they are all assigned. */
  interface Condition {
    Set<String> vars();

    boolean test(Map<String, Object> row);
  }

  /** One {@code match} or {@code not} block: its own variables, conditions and inner negations. */
  static final class Block {
    final List<Var> vars = new ArrayList<>();
    final List<Condition> conditions = new ArrayList<>();
    final List<Block> negations = new ArrayList<>();
  }

  private String anon() {
    return "_anon" + (++anonymous);
  }

  private Block analyze(List<Clause> clauses, Map<String, Var> outerScope) {
    Block block = new Block();
    Map<String, Var> scope = new LinkedHashMap<>(outerScope);
    for (Clause clause : clauses) {
      if (clause instanceof Clause.Binding b) {
        String name = b.variable().equals("_") ? anon() : b.variable();
        if (!scope.containsKey(name)) {
          declare(block, scope, new Var(name, b.typeName(), false));
        }
        for (Clause.PropMatch m : b.matches()) {
          String prop = m.property();
          block.conditions.add(condition(Set.of(name), row -> {
            Object value = value(m.value(), row);
            Object actual = ((GenGraph.Node) row.get(name)).props().get(prop);
            if (actual instanceof List<?> list) {
              return list.stream().anyMatch(item -> compare(item, "=", value));
            }
            return compare(actual, "=", value);
          }));
        }
      } else if (clause instanceof Clause.Traversal t) {
        traversal(t, block, scope);
      } else if (clause instanceof Clause.Filter f) {
        Set<String> vars = new LinkedHashSet<>();
        collect(f.left(), vars);
        collect(f.right(), vars);
        block.conditions.add(condition(vars, row -> compare(value(f.left(), row), f.operator(), value(f.right(), row))));
      } else if (clause instanceof Clause.Negation n) {
        // Analysed in clause order (anonymous numbering, what is bound) but tested after all positive clauses.
        block.negations.add(analyze(n.clauses(), scope));
      } else {
        throw new IllegalArgumentException("outside the evaluator's subset: " + clause);
      }
    }
    return block;
  }

  private static void declare(Block block, Map<String, Var> scope, Var var) {
    block.vars.add(var);
    scope.put(var.name(), var);
  }

  private void traversal(Clause.Traversal t, Block block, Map<String, Var> scope) {
    GenGraph.EdgeType edge = GenGraph.edgeType(t.edgeName());
    boolean sameType = edge.from().equals(edge.to());
    boolean srcBound = !t.source().equals("_") && scope.containsKey(t.source());
    boolean dstBound = !t.target().equals("_") && scope.containsKey(t.target());
    String start;
    String other;
    String otherType;
    Dir dir;
    if (srcBound) {
      start = t.source();
      boolean forward = scope.get(start).type().equals(edge.from());
      dir = forward ? Dir.OUT : Dir.IN;
      other = t.target();
      otherType = forward ? edge.to() : edge.from();
    } else if (dstBound) {
      start = t.target();
      boolean targetIsTo = scope.get(start).type().equals(edge.to());
      dir = targetIsTo ? Dir.IN : Dir.OUT;
      other = t.source();
      otherType = targetIsTo ? edge.from() : edge.to();
    } else {
      start = t.source().equals("_") ? anon() : t.source();
      declare(block, scope, new Var(start, edge.from(), false));
      dir = Dir.OUT;
      other = t.target();
      otherType = edge.to();
    }
    if (other.equals("_")) {
      other = anon();
    }
    if (!scope.containsKey(other)) {
      declare(block, scope, new Var(other, otherType, false));
    }
    if (t.undirected()) {
      dir = Dir.BOTH;
    }
    long min = t.minHops();
    long max = sameType ? t.maxHops() : 1;
    String s = start;
    String o = other;
    Dir d = dir;
    String edgeVar = t.edgeVariable() == null || t.edgeVariable().equals("_") ? null : t.edgeVariable();
    if (edgeVar != null) {
      declare(block, scope, new Var(edgeVar, edge.name(), true));
      block.conditions.add(condition(setOf(s, o, edgeVar), row -> {
        GenGraph.Edge e = (GenGraph.Edge) row.get(edgeVar);
        String from = ((GenGraph.Node) row.get(s)).id();
        String to = ((GenGraph.Node) row.get(o)).id();
        boolean out = e.src().equals(from) && e.dst().equals(to);
        boolean in = e.dst().equals(from) && e.src().equals(to);
        return switch (d) {
          case OUT -> out;
          case IN -> in;
          case BOTH -> out || in;
        };
      }));
    } else {
      block.conditions.add(condition(setOf(s, o), row ->
          reach(((GenGraph.Node) row.get(s)).id(), edge, d, min, max).contains(((GenGraph.Node) row.get(o)).id())));
    }
  }

  private static Set<String> setOf(String... names) {
    return new LinkedHashSet<>(Arrays.asList(names));
  }

  private static void collect(Expr expr, Set<String> vars) {
    if (expr instanceof Expr.PropAccess p) {
      vars.add(p.variable());
    }
  }

  private static Condition condition(Set<String> vars, java.util.function.Predicate<Map<String, Object>> test) {
    return new Condition() {
      @Override
      public Set<String> vars() {
        return vars;
      }

      @Override
      public boolean test(Map<String, Object> row) {
        return test.test(row);
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Reachability: the BFS of §5.4, literally
  // ---------------------------------------------------------------------------------------------

  enum Dir { OUT, IN, BOTH }

  Set<String> reach(String source, GenGraph.EdgeType edge, Dir dir, long min, long max) {
    String key = source + "|" + edge.name() + "|" + dir + "|" + min + "|" + max;
    Set<String> cached = bfsMemo.get(key);
    if (cached != null) {
      return cached;
    }
    boolean sameType = edge.from().equals(edge.to());
    Set<String> visited = new java.util.HashSet<>();
    visited.add(source);
    Set<String> seen = new LinkedHashSet<>();
    List<String> frontier = List.of(source);
    for (long hop = 1; hop <= max; hop++) {
      List<String> next = new ArrayList<>();
      for (String node : frontier) {
        for (String nb : neighbours(node, edge, dir)) {
          if (sameType && nb.equals(node)) {
            if (hop >= min) {
              seen.add(nb);
            }
            continue;
          }
          if (!sameType || !visited.contains(nb)) {
            visited.add(nb);
            next.add(nb);
            if (hop >= min) {
              seen.add(nb);
            }
          }
        }
      }
      frontier = next;
      if (frontier.isEmpty()) {
        break;
      }
    }
    bfsMemo.put(key, seen);
    return seen;
  }

  private List<String> neighbours(String node, GenGraph.EdgeType edge, Dir dir) {
    List<String> out = new ArrayList<>();
    for (GenGraph.Edge e : graph.edges(edge.name())) {
      if (dir != Dir.IN && e.src().equals(node)) {
        out.add(e.dst());
      }
      if (dir != Dir.OUT && e.dst().equals(node) && !(dir == Dir.BOTH && e.src().equals(node))) {
        out.add(e.src());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Enumeration
  // ---------------------------------------------------------------------------------------------

  private List<?> domain(Var var) {
    return var.edge() ? graph.edges(var.type()) : graph.nodes(var.type());
  }

  /** Every assignment of {@code block}'s variables extending {@code outer} (stops at the first when {@code firstOnly}). */
  private void enumerate(Block block, Map<String, Object> outer, boolean firstOnly, List<Map<String, Object>> out) {
    // Each condition is tested as soon as its last variable is assigned.
    Map<Integer, List<Condition>> at = new HashMap<>();
    for (Condition c : block.conditions) {
      int last = -1;
      for (int i = 0; i < block.vars.size(); i++) {
        if (c.vars().contains(block.vars.get(i).name())) {
          last = i;
        }
      }
      at.computeIfAbsent(last, k -> new ArrayList<>()).add(c);
    }
    Map<String, Object> row = new LinkedHashMap<>(outer);
    for (Condition c : at.getOrDefault(-1, List.of())) {
      if (!c.test(row)) {
        return;
      }
    }
    assign(block, 0, row, at, firstOnly, out);
  }

  private boolean assign(Block block, int index, Map<String, Object> row, Map<Integer, List<Condition>> at, boolean firstOnly,
      List<Map<String, Object>> out) {
    if (index == block.vars.size()) {
      for (Block negation : block.negations) {
        List<Map<String, Object>> witness = new ArrayList<>();
        enumerate(negation, row, true, witness);
        if (!witness.isEmpty()) {
          return false;
        }
      }
      out.add(new LinkedHashMap<>(row));
      return firstOnly;
    }
    Var var = block.vars.get(index);
    for (Object candidate : domain(var)) {
      row.put(var.name(), candidate);
      boolean ok = true;
      for (Condition c : at.getOrDefault(index, List.of())) {
        if (!c.test(row)) {
          ok = false;
          break;
        }
      }
      if (ok && assign(block, index + 1, row, at, firstOnly, out)) {
        row.remove(var.name());
        return true;
      }
      row.remove(var.name());
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Values and comparisons (§5.3)
  // ---------------------------------------------------------------------------------------------

  private Object value(Expr expr, Map<String, Object> row) {
    if (expr instanceof Expr.Literal l) {
      return l.value();
    }
    if (expr instanceof Expr.PropAccess p) {
      Object entity = row.get(p.variable());
      return entity instanceof GenGraph.Node n ? n.props().get(p.property()) : ((GenGraph.Edge) entity).props().get(p.property());
    }
    if (expr instanceof Expr.Variable v) {
      // Value positions resolve a name to a parameter first (§4).
      if (params.containsKey(v.name())) {
        return params.get(v.name());
      }
      return ((GenGraph.Node) row.get(v.name())).id();
    }
    throw new IllegalArgumentException("outside the evaluator's subset: " + expr);
  }

  /** {@code left op right} with SQL null logic: a null on either side is not a match. */
  static boolean compare(Object left, String op, Object right) {
    if (left == null || right == null) {
      return false;
    }
    switch (op) {
      case "contains":
        if (left instanceof List<?> list) {
          return list.stream().anyMatch(item -> compare(item, "=", right));
        }
        return ((String) left).contains((String) right);
      case "starts_with":
        return ((String) left).startsWith((String) right);
      default:
        int c = compareValues(left, right);
        return switch (op) {
          case "=" -> c == 0;
          case "!=" -> c != 0;
          case "<" -> c < 0;
          case "<=" -> c <= 0;
          case ">" -> c > 0;
          case ">=" -> c >= 0;
          default -> throw new IllegalArgumentException(op);
        };
    }
  }

  /** Numbers exactly (§5.3), strings by UTF-8 bytes. Both non-null. */
  static int compareValues(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return decimal(x).compareTo(decimal(y));
    }
    if (a instanceof String x && b instanceof String y) {
      return Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8));
    }
    throw new IllegalArgumentException("incomparable " + a + " and " + b);
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof Double || n instanceof Float ? new BigDecimal(n.doubleValue()) : BigDecimal.valueOf(n.longValue());
  }

  /** Sort order of §5.11: null is the smallest value. */
  static int compareNullable(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return compareValues(a, b);
  }

  // ---------------------------------------------------------------------------------------------
  // The whole query
  // ---------------------------------------------------------------------------------------------

  Expected evaluate(Query query, Map<String, Object> paramValues) {
    anonymous = 0;
    params = new HashMap<>();
    for (var decl : query.params()) {
      Object v = paramValues.get(decl.name());
      params.put(decl.name(), v == null ? null : switch (decl.type().scalar()) {
        case I32 -> ((Number) v).intValue();
        case I64 -> ((Number) v).longValue();
        case F64 -> ((Number) v).doubleValue();
        default -> v;
      });
    }
    Block match = analyze(query.match(), Map.of());
    List<Map<String, Object>> assignments = new ArrayList<>();
    enumerate(match, Map.of(), false, assignments);

    List<String> columns = new ArrayList<>();
    for (Query.Projection p : query.returns()) {
      columns.add(p.alias() != null ? p.alias() : columnName(p.expr()));
    }
    boolean aggregate = query.returns().stream().anyMatch(p -> p.expr() instanceof Expr.Aggregate);
    List<List<Object>> rows = new ArrayList<>();
    List<List<Object>> keys = new ArrayList<>();
    if (aggregate) {
      aggregate(query, assignments, rows);
      for (List<Object> row : rows) {
        keys.add(userKeys(query, row, null, columns));
      }
    } else {
      for (Map<String, Object> a : assignments) {
        List<Object> row = new ArrayList<>();
        for (Query.Projection p : query.returns()) {
          row.add(value(p.expr(), a));
        }
        rows.add(row);
        keys.add(userKeys(query, row, a, columns));
      }
    }
    Ordering ordering = query.order().isEmpty() ? Ordering.NONE : aggregate ? Ordering.KEYS : Ordering.EXACT;
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      index.add(i);
    }
    if (ordering != Ordering.NONE) {
      Comparator<Integer> byKeys = (i, j) -> compareKeys(query, keys.get(i), keys.get(j));
      if (ordering == Ordering.EXACT) {
        // Tie-break (§5.11): ids of every bound variable of the positive match, ascending, in "<var>.id" order.
        List<String> tieVars = match.vars.stream().map(Var::name).sorted(Comparator.comparing(v -> v + ".id")).toList();
        byKeys = byKeys.thenComparing((i, j) -> {
          for (String v : tieVars) {
            int c = compareValues(idOf(assignments.get(i).get(v)), idOf(assignments.get(j).get(v)));
            if (c != 0) {
              return c;
            }
          }
          return 0;
        });
      }
      index.sort(byKeys);
    }
    List<List<Object>> all = new ArrayList<>();
    List<List<Object>> sortKeys = new ArrayList<>();
    for (int i : index) {
      all.add(rows.get(i));
      sortKeys.add(keys.get(i));
    }
    List<List<Object>> limited = all;
    List<List<Object>> limitedKeys = sortKeys;
    if (query.limit() != null) {
      int n = (int) Math.min(query.limit(), all.size());
      limited = all.subList(0, n);
      limitedKeys = sortKeys.subList(0, n);
    }
    return new Expected(columns, limited, ordering, all, limitedKeys);
  }

  private static String idOf(Object entity) {
    return entity instanceof GenGraph.Node n ? n.id() : ((GenGraph.Edge) entity).id();
  }

  /** The user's order keys of one output row (by alias: the projected value; by property: the assignment's). */
  private List<Object> userKeys(Query query, List<Object> row, Map<String, Object> assignment, List<String> columns) {
    List<Object> keys = new ArrayList<>();
    for (Query.Ordering o : query.order()) {
      if (o.expr() instanceof Expr.AliasRef alias) {
        keys.add(row.get(columns.indexOf(alias.name())));
      } else if (assignment != null) {
        keys.add(value(o.expr(), assignment));
      } else {
        // Aggregate query: a property access names an unaliased group-key column.
        keys.add(row.get(columns.indexOf(columnName(o.expr()))));
      }
    }
    return keys;
  }

  static int compareKeys(Query query, List<Object> a, List<Object> b) {
    for (int k = 0; k < query.order().size(); k++) {
      int c = compareNullable(a.get(k), b.get(k));
      if (c != 0) {
        return query.order().get(k).descending() ? -c : c;
      }
    }
    return 0;
  }

  static String columnName(Expr expr) {
    if (expr instanceof Expr.PropAccess p) {
      return p.variable() + "." + p.property();
    }
    if (expr instanceof Expr.Variable v) {
      return v.name();
    }
    if (expr instanceof Expr.Literal) {
      return "literal";
    }
    if (expr instanceof Expr.Aggregate a) {
      return columnName(a.argument());
    }
    throw new IllegalArgumentException("no column name for " + expr);
  }

  /** Implicit GROUP BY over the non-aggregate projections (§5.10). */
  private void aggregate(Query query, List<Map<String, Object>> assignments, List<List<Object>> out) {
    List<Query.Projection> projections = query.returns();
    boolean grouped = projections.stream().anyMatch(p -> !(p.expr() instanceof Expr.Aggregate));
    Map<List<Object>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
    for (Map<String, Object> a : assignments) {
      List<Object> key = new ArrayList<>();
      for (Query.Projection p : projections) {
        if (!(p.expr() instanceof Expr.Aggregate)) {
          key.add(value(p.expr(), a));
        }
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    }
    if (!grouped && groups.isEmpty()) {
      groups.put(List.of(), List.of());
    }
    for (Map.Entry<List<Object>, List<Map<String, Object>>> group : groups.entrySet()) {
      List<Object> row = new ArrayList<>();
      int keyIndex = 0;
      for (Query.Projection p : projections) {
        if (p.expr() instanceof Expr.Aggregate agg) {
          row.add(aggregateValue(agg, group.getValue()));
        } else {
          row.add(group.getKey().get(keyIndex++));
        }
      }
      out.add(row);
    }
  }

  private Object aggregateValue(Expr.Aggregate agg, List<Map<String, Object>> rows) {
    List<Object> values = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Object v = value(agg.argument(), row);
      if (v != null) {
        values.add(v);
      }
    }
    switch (agg.function()) {
      case "count":
        return (long) values.size();
      case "sum":
      case "avg": {
        if (values.isEmpty()) {
          return null;
        }
        double sum = 0;
        for (Object v : values) {
          sum += ((Number) v).doubleValue();
        }
        return agg.function().equals("sum") ? sum : sum / values.size();
      }
      case "min":
      case "max": {
        Object best = null;
        for (Object v : values) {
          if (best == null || (agg.function().equals("min") ? compareValues(v, best) < 0 : compareValues(v, best) > 0)) {
            best = v;
          }
        }
        return best;
      }
      default:
        throw new IllegalArgumentException(agg.function());
    }
  }

  /** Renders a value with its Java type, so that 30 (Integer) and 30 (Long) differ in comparisons. */
  static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(render(item)));
      return items.toString();
    }
    if (value instanceof String s) {
      return '"' + s + '"';
    }
    return value.getClass().getSimpleName() + ":" + value;
  }

  static List<String> renderRow(List<Object> row) {
    List<String> out = new ArrayList<>();
    row.forEach(v -> out.add(render(v)));
    return out;
  }

  static boolean sameRow(List<Object> a, List<Object> b) {
    return Objects.equals(renderRow(a), renderRow(b));
  }
}
