package dev.omnigraph.conformance.property;

import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a random, type-correct read query over {@link GenGraph#SCHEMA} from a list of choices
 * (each choice an int; an exhausted list reads as 0, the simplest option), so that jqwik shrinks
 * queries by shrinking the list. Every query stays within the subset {@link NaiveEvaluator}
 * understands; variable names are never reused within a query.
 *
 * <p>Shapes: bindings with property matches (list membership on {@code tags}, literals or
 * parameters, {@code $_: T}, re-binding a bound variable); directed and undirected Knows traversals
 * with bounds {@code {1,1} {1,2} {2,3} {1,3}} from a bound end, to a bound end (cycle checks,
 * including {@code $x knows $x}) or between fresh variables, with {@code $_} ends; one-hop LivesIn
 * written in either direction; edge bindings on Knows and LivesIn; filters {@code = != < <= > >=
 * contains starts_with} on names, ages, pops, {@code since} and tags against literals (integers and
 * floats, §5.3 exact comparison), other properties or nullable parameters (null or omitted), with the
 * literal or parameter on either side; {@code not { }} anchored on an outer variable, with inner
 * traversals, bindings, filters, edge bindings and one level of nested negation; returns of
 * properties, bare variables, literals and parameters with or without aliases, or {@code count sum
 * avg min max} with 0-2 group keys; {@code order} by properties or aliases, asc/desc; {@code limit
 * 0..4}.
 */
final class QueryGen {
  private static final List<String> NODE_VARS = List.of("p", "f", "g", "c", "x", "y", "z", "h", "m", "q", "r", "s");
  private static final List<String> EDGE_VARS = List.of("e", "w", "e2", "w2", "v");
  private static final List<String> STRINGS = List.of("Al", "Alice", "Bob", "Carol", "Eve", "Zed", "Dave", "Paris", "Par", "Oslo", "b",
      "", "li", "a", "o", "ab", "Alicia", "bob");
  private static final List<String> TAGS = List.of("a", "b", "ab", "A");
  private static final List<Object> AGES = List.of(30L, 31L, 29L, 0L, 1L, 5L, 30.0, 30.5, 40L, 0.5, 2000L);
  private static final List<Object> POPS = List.of(30L, 10L, 100L, 0L, 5000000000L, 30.5, 100.0);
  private static final List<Object> SINCES = List.of(2000L, 1999L, 2001L, 30L, 2000.0, 2000.5, 0L);
  private static final List<String> COMPARISONS = List.of("=", "!=", "<", "<=", ">", ">=");
  private static final List<long[]> BOUNDS = List.of(new long[] {1, 1}, new long[] {1, 2}, new long[] {2, 3}, new long[] {1, 3});
  private static final int MAX_TOP_NODE_VARS = 4;

  private final List<Integer> choices;
  private int position;
  private final Set<String> usedNames = new HashSet<>();
  /** Declared parameters (all nullable): {@code $pn: I32?}, {@code $pf: F64?}, {@code $ps: String?}. */
  private final Map<String, ScalarType> params = new LinkedHashMap<>();
  /** Values passed at run time; a declared parameter that is absent here is omitted. */
  private final Map<String, Object> paramValues = new LinkedHashMap<>();
  private boolean anonymousBinding;

  private QueryGen(List<Integer> choices) {
    this.choices = choices;
  }

  /** A generated query and the parameter values to run it with (a null value is passed as JSON null). */
  record Generated(Query query, Map<String, Object> params) {
    /** The value each declared parameter has at run time: omitted nullable parameters are null (§10.4). */
    Map<String, Object> effectiveParams() {
      Map<String, Object> out = new LinkedHashMap<>();
      query.params().forEach(p -> out.put(p.name(), params.get(p.name())));
      return out;
    }
  }

  static Generated build(List<Integer> choices) {
    QueryGen gen = new QueryGen(choices);
    Query query = gen.query();
    return new Generated(query, gen.paramValues);
  }

  // ---- choices ----

  private int next(int bound) {
    if (position >= choices.size()) {
      return 0;
    }
    return Math.floorMod(choices.get(position++), bound);
  }

  /** True with about {@code percent}% probability; false when choices are exhausted. */
  private boolean chance(int percent) {
    return next(100) >= 100 - percent;
  }

  private <T> T pick(List<T> options) {
    return options.get(next(options.size()));
  }

  // ---- scope ----

  /** The variables visible in a block: node variables with their types, edge variables with theirs. */
  private static final class Scope {
    final Map<String, String> nodes = new LinkedHashMap<>();
    final Map<String, String> edges = new LinkedHashMap<>();
    final Set<String> outer = new HashSet<>();

    Scope child() {
      Scope inner = new Scope();
      inner.nodes.putAll(nodes);
      inner.edges.putAll(edges);
      inner.outer.addAll(nodes.keySet());
      inner.outer.addAll(edges.keySet());
      return inner;
    }

    List<String> nodesOf(String type) {
      return nodes.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).toList();
    }

    List<String> outerNodesOf(String type) {
      return nodesOf(type).stream().filter(outer::contains).toList();
    }
  }

  private String freshNode() {
    List<String> free = NODE_VARS.stream().filter(n -> !usedNames.contains(n)).toList();
    String name = pick(free);
    usedNames.add(name);
    return name;
  }

  private String freshEdge() {
    List<String> free = EDGE_VARS.stream().filter(n -> !usedNames.contains(n)).toList();
    String name = pick(free);
    usedNames.add(name);
    return name;
  }

  // ---- query ----

  private Query query() {
    declareParams();
    Scope top = new Scope();
    List<Clause> match = new ArrayList<>();
    switch (next(12)) {
      case 1, 6 -> match.add(binding(top, "City"));
      case 2, 7, 8 -> match.add(knows(top, null, null));
      case 3, 9 -> match.add(livesIn(top, null, null));
      case 4 -> {
        // `$x knows $x` with $x not yet bound: the source is bound by the traversal itself, so it is a cycle check.
        String x = freshNode();
        top.nodes.put(x, "Person");
        match.add(new Clause.Traversal(x, null, "knows", chance(30), 1, 1L, x, null));
      }
      default -> match.add(binding(top, "Person"));
    }
    int extra = next(4);
    for (int i = 0; i < extra; i++) {
      match.add(topClause(top));
    }
    boolean aggregate = chance(25);
    List<Query.Projection> returns = aggregate ? aggregateReturns(top) : plainReturns(top);
    List<Query.Ordering> order = chance(50) ? order(top, returns, aggregate) : List.of();
    Long limit = chance(30) ? (long) next(5) : null;
    List<ParamDecl> decls = new ArrayList<>();
    params.forEach((name, type) -> decls.add(new ParamDecl(name, PropType.of(type, true))));
    return new Query("q", decls, Map.of(), match, returns, order, limit, List.of(), null);
  }

  private void declareParams() {
    for (String name : List.of("pn", "pf", "ps")) {
      if (!chance(25)) {
        continue;
      }
      ScalarType type = switch (name) {
        case "pn" -> ScalarType.I32;
        case "pf" -> ScalarType.F64;
        default -> ScalarType.STRING;
      };
      params.put(name, type);
      switch (next(8)) {
        case 6 -> paramValues.put(name, null);
        case 7 -> { } // omitted: a nullable parameter is then null
        default -> paramValues.put(name, switch (type) {
          case I32 -> pick(List.of(30L, 31L, 29L, 0L, 5L, 40L, 2000L, 1999L));
          case F64 -> pick(List.of(30.5, 30.0, 2000.0, 0.5, 1999.5));
          default -> pick(STRINGS);
        });
      }
    }
  }

  /** A declared parameter usable where a value of {@code kind} ("number" or "string") goes, or null. */
  private Expr param(String kind) {
    List<String> fitting = params.entrySet().stream()
        .filter(e -> kind.equals("string") == (e.getValue() == ScalarType.STRING)).map(Map.Entry::getKey).toList();
    return fitting.isEmpty() || !chance(30) ? null : new Expr.Variable(pick(fitting), null);
  }

  private Clause topClause(Scope top) {
    boolean roomForNodes = top.nodes.size() < MAX_TOP_NODE_VARS;
    List<String> persons = top.nodesOf("Person");
    switch (next(10)) {
      case 1, 2:
        if (roomForNodes && !persons.isEmpty()) {
          return knows(top, pick(persons), null);
        }
        break;
      case 3:
        if (persons.size() >= 1) {
          return knows(top, pick(persons), pick(persons));
        }
        break;
      case 4:
        if (roomForNodes && !persons.isEmpty()) {
          return knows(top, null, pick(persons));
        }
        break;
      case 5:
        if (roomForNodes || (!persons.isEmpty() && !top.nodesOf("City").isEmpty())) {
          return livesInFromScope(top, roomForNodes);
        }
        break;
      case 6, 7:
        if (!top.nodes.isEmpty()) {
          return negation(top, 0);
        }
        break;
      case 8:
        if (top.edges.size() < 2 && !persons.isEmpty() && roomForNodes) {
          return edgeBound(top);
        }
        break;
      case 9:
        if (!top.nodes.isEmpty() && chance(50)) {
          // Re-binding a bound variable constrains it (§5.2; the Java port merges, Q15).
          String v = pick(new ArrayList<>(top.nodes.keySet()));
          return rebinding(v, top.nodes.get(v));
        }
        if (!anonymousBinding && chance(30)) {
          // `$_: T` is a fresh variable each time (a cross product, §5.4); the engine names it _anonN.
          anonymousBinding = true;
          String type = chance(50) ? "City" : "Person";
          return new Clause.Binding("_", type, propMatches(type), null);
        }
        if (roomForNodes) {
          return binding(top, chance(50) ? "City" : "Person");
        }
        break;
      default:
        break;
    }
    Clause filter = filter(top);
    return filter != null ? filter : binding(top, "Person");
  }

  // ---- clauses ----

  private Clause.Binding binding(Scope scope, String type) {
    String v = freshNode();
    scope.nodes.put(v, type);
    return new Clause.Binding(v, type, propMatches(type), null);
  }

  private Clause.Binding rebinding(String v, String type) {
    List<Clause.PropMatch> matches = propMatches(type);
    if (matches.isEmpty()) {
      matches = List.of(propMatch(type));
    }
    return new Clause.Binding(v, type, matches, null);
  }

  private List<Clause.PropMatch> propMatches(String type) {
    List<Clause.PropMatch> matches = new ArrayList<>();
    int n = chance(20) ? 1 + next(2) : 0;
    for (int i = 0; i < n; i++) {
      matches.add(propMatch(type));
    }
    return matches;
  }

  private Clause.PropMatch propMatch(String type) {
    Clause.PropMatch withParam = paramMatch(type);
    if (withParam != null) {
      return withParam;
    }
    if (type.equals("Person")) {
      return switch (next(3)) {
        case 1 -> new Clause.PropMatch("age", number("age"), null);
        case 2 -> new Clause.PropMatch("tags", literal(pick(TAGS)), null);
        default -> new Clause.PropMatch("name", literal(pick(STRINGS)), null);
      };
    }
    return next(2) == 1 ? new Clause.PropMatch("pop", number("pop"), null) : new Clause.PropMatch("name", literal(pick(STRINGS)), null);
  }

  private Clause.PropMatch paramMatch(String type) {
    if (!chance(30)) {
      return null;
    }
    Expr number = param("number");
    Expr string = param("string");
    if (number != null) {
      return new Clause.PropMatch(type.equals("Person") ? "age" : "pop", number, null);
    }
    if (string != null) {
      return new Clause.PropMatch(type.equals("Person") && chance(30) ? "tags" : "name", string, null);
    }
    return null;
  }

  /**
   * {@code $src knows $dst}: {@code src}/{@code dst} null means a fresh variable (sometimes
   * {@code $_} when the other end is bound); bounds and undirectedness vary.
   */
  private Clause knows(Scope scope, String src, String dst) {
    boolean srcNew = src == null;
    boolean dstNew = dst == null;
    if (srcNew) {
      src = !dstNew && chance(20) ? "_" : freshNode();
    }
    if (dstNew) {
      dst = !srcNew && chance(20) ? "_" : freshNode();
    }
    long[] bounds = pick(BOUNDS);
    boolean undirected = chance(25);
    if (!src.equals("_")) {
      scope.nodes.put(src, "Person");
    }
    if (!dst.equals("_")) {
      scope.nodes.put(dst, "Person");
    }
    return new Clause.Traversal(src, null, "knows", undirected, bounds[0], bounds[1], dst, null);
  }

  /** {@code $p livesIn $c} between fresh variables. */
  private Clause livesIn(Scope scope, String person, String city) {
    String p = person != null ? person : freshNode();
    String c = city != null ? city : freshNode();
    scope.nodes.put(p, "Person");
    scope.nodes.put(c, "City");
    return new Clause.Traversal(p, null, "livesIn", false, 1, 1L, c, null);
  }

  /** A LivesIn traversal with at least one endpoint bound, written in either direction. */
  private Clause livesInFromScope(Scope scope, boolean roomForNodes) {
    List<String> persons = scope.nodesOf("Person");
    List<String> cities = scope.nodesOf("City");
    String p = !persons.isEmpty() && (!roomForNodes || chance(70)) ? pick(persons) : null;
    String c = !cities.isEmpty() && (p == null || !roomForNodes || chance(40)) ? pick(cities) : null;
    if (p == null && c == null) {
      return livesIn(scope, null, null);
    }
    String pName = p != null ? p : (chance(20) ? "_" : freshNode());
    String cName = c != null ? c : (chance(20) ? "_" : freshNode());
    if (!pName.equals("_")) {
      scope.nodes.put(pName, "Person");
    }
    if (!cName.equals("_")) {
      scope.nodes.put(cName, "City");
    }
    // Written direction is lenient for a cross-type edge when one end is bound (§5.4).
    boolean reversed = chance(40);
    return reversed ? new Clause.Traversal(cName, null, "livesIn", false, 1, 1L, pName, null)
        : new Clause.Traversal(pName, null, "livesIn", false, 1, 1L, cName, null);
  }

  /** {@code $p $e:knows $f} or {@code $p $w:livesIn $c}: one row per edge row (§5.4). */
  private Clause edgeBound(Scope scope) {
    String p = pick(scope.nodesOf("Person"));
    String e = freshEdge();
    if (chance(70)) {
      List<String> persons = scope.nodesOf("Person");
      String f = chance(30) ? pick(persons) : freshNode();
      scope.nodes.put(f, "Person");
      scope.edges.put(e, "Knows");
      boolean reversed = chance(30);
      return new Clause.Traversal(reversed ? f : p, e, "knows", chance(25), 1, 1L, reversed ? p : f, null);
    }
    List<String> cities = scope.nodesOf("City");
    String c = !cities.isEmpty() && chance(40) ? pick(cities) : freshNode();
    scope.nodes.put(c, "City");
    scope.edges.put(e, "LivesIn");
    return chance(30) ? new Clause.Traversal(c, e, "livesIn", false, 1, 1L, p, null)
        : new Clause.Traversal(p, e, "livesIn", false, 1, 1L, c, null);
  }

  private Clause negation(Scope outer, int depth) {
    Scope inner = outer.child();
    List<Clause> clauses = new ArrayList<>();
    clauses.add(anchoredClause(inner));
    int extra = next(3);
    for (int i = 0; i < extra; i++) {
      Clause clause = innerClause(inner, depth);
      if (clause != null) {
        clauses.add(clause);
      }
    }
    return new Clause.Negation(clauses, null);
  }

  /** A clause of a {@code not} block that uses an outer variable (T9). */
  private Clause anchoredClause(Scope inner) {
    List<String> persons = inner.outerNodesOf("Person");
    List<String> cities = inner.outerNodesOf("City");
    switch (next(7)) {
      case 1, 2:
        if (!persons.isEmpty()) {
          String p = pick(persons);
          return switch (next(4)) {
            case 1 -> knows(inner, p, pick(persons));
            case 2 -> knows(inner, null, p);
            default -> knows(inner, p, null);
          };
        }
        break;
      case 3:
        if (!persons.isEmpty() || !cities.isEmpty()) {
          if (!persons.isEmpty() && (cities.isEmpty() || chance(60))) {
            String c = chance(30) ? "_" : freshNode();
            if (!c.equals("_")) {
              inner.nodes.put(c, "City");
            }
            String p = pick(persons);
            return chance(30) ? new Clause.Traversal(c, null, "livesIn", false, 1, 1L, p, null)
                : new Clause.Traversal(p, null, "livesIn", false, 1, 1L, c, null);
          }
          String c = pick(cities);
          String p = freshNode();
          inner.nodes.put(p, "Person");
          return new Clause.Traversal(p, null, "livesIn", false, 1, 1L, c, null);
        }
        break;
      case 4: {
        String v = pick(new ArrayList<>(inner.outer.stream().filter(inner.nodes::containsKey).sorted().toList()));
        return rebinding(v, inner.nodes.get(v));
      }
      case 5:
        if (!persons.isEmpty()) {
          String p = pick(persons);
          String e = freshEdge();
          String f = chance(30) ? pick(persons) : freshNode();
          inner.nodes.put(f, "Person");
          inner.edges.put(e, "Knows");
          return new Clause.Traversal(p, e, "knows", chance(25), 1, 1L, f, null);
        }
        break;
      default:
        break;
    }
    Clause filter = filterOn(inner, new ArrayList<>(inner.outer));
    if (filter != null) {
      return filter;
    }
    String v = pick(inner.outer.stream().filter(inner.nodes::containsKey).sorted().toList());
    return rebinding(v, inner.nodes.get(v));
  }

  private Clause innerClause(Scope inner, int depth) {
    List<String> persons = inner.nodesOf("Person");
    switch (next(6)) {
      case 1:
        if (!persons.isEmpty()) {
          return next(2) == 0 ? knows(inner, pick(persons), null) : knows(inner, pick(persons), pick(persons));
        }
        break;
      case 2:
        if (depth < 1) {
          return negation(inner, depth + 1);
        }
        break;
      case 3:
        return livesInFromScope(inner, true);
      case 4:
        if (chance(50)) {
          // A variable first bound inside the block is existential and local (§5.7).
          return binding(inner, chance(30) ? "City" : "Person");
        }
        break;
      default:
        break;
    }
    return filter(inner);
  }

  // ---- filters ----

  private Clause filter(Scope scope) {
    List<String> vars = new ArrayList<>(scope.nodes.keySet());
    vars.addAll(scope.edges.keySet());
    return filterOn(scope, vars);
  }

  /** A random filter on one of {@code vars}, or null when none has a property. */
  private Clause filterOn(Scope scope, List<String> vars) {
    List<String> candidates = vars.stream().filter(v -> !properties(scope, v).isEmpty()).sorted().toList();
    if (candidates.isEmpty()) {
      return null;
    }
    String v = pick(candidates);
    String prop = pick(properties(scope, v));
    Expr left = new Expr.PropAccess(v, prop, null);
    String kind = kind(prop);
    switch (kind) {
      case "list": {
        Expr right = param("string");
        if (right == null) {
          right = chance(25) ? stringProperty(scope) : literal(pick(TAGS));
        }
        return new Clause.Filter(left, "contains", right, null);
      }
      case "string": {
        String op = pick(List.of("=", "!=", "<", "<=", ">", ">=", "starts_with", "contains", "starts_with", "contains"));
        Expr right = param("string");
        if (right == null) {
          right = chance(25) ? stringProperty(scope) : literal(pick(STRINGS));
        }
        if ((right instanceof Expr.Literal || right instanceof Expr.Variable && !op.equals("contains") && !op.equals("starts_with"))
            && chance(25)) {
          return new Clause.Filter(right, op, left, null);
        }
        return new Clause.Filter(left, op, right, null);
      }
      default: {
        String op = pick(COMPARISONS);
        Expr right = param("number");
        if (right == null) {
          right = chance(25) ? numberProperty(scope) : number(prop);
        }
        if ((right instanceof Expr.Literal || right instanceof Expr.Variable) && chance(25)) {
          return new Clause.Filter(right, op, left, null);
        }
        return new Clause.Filter(left, op, right, null);
      }
    }
  }

  private static List<String> properties(Scope scope, String v) {
    String nodeType = scope.nodes.get(v);
    if (nodeType != null) {
      return nodeType.equals("Person") ? List.of("name", "age", "tags") : List.of("name", "pop");
    }
    return scope.edges.get(v).equals("Knows") ? List.of("since") : List.of();
  }

  private static String kind(String prop) {
    return switch (prop) {
      case "tags" -> "list";
      case "name" -> "string";
      default -> "number";
    };
  }

  private Expr stringProperty(Scope scope) {
    List<String> nodes = new ArrayList<>(scope.nodes.keySet());
    return new Expr.PropAccess(pick(nodes), "name", null);
  }

  private Expr numberProperty(Scope scope) {
    List<Expr> options = new ArrayList<>();
    scope.nodes.forEach((v, t) -> options.add(new Expr.PropAccess(v, t.equals("Person") ? "age" : "pop", null)));
    scope.edges.forEach((v, t) -> {
      if (t.equals("Knows")) {
        options.add(new Expr.PropAccess(v, "since", null));
      }
    });
    return pick(options);
  }

  /** A numeric literal, mostly values that {@code prop} takes in generated graphs. */
  private Expr number(String prop) {
    return literal(pick(switch (prop) {
      case "age" -> AGES;
      case "pop" -> POPS;
      default -> SINCES;
    }));
  }

  private static Expr.Literal literal(Object value) {
    return new Expr.Literal(value, dev.omnigraph.compiler.query.QueryPrinter.literal(value), null);
  }

  // ---- return / order ----

  private List<Query.Projection> plainReturns(Scope top) {
    List<Query.Projection> out = new ArrayList<>();
    int n = 1 + next(3);
    int alias = 0;
    for (int i = 0; i < n; i++) {
      Expr expr;
      if (chance(5)) {
        expr = chance(50) ? literal(7L) : literal("k");
      } else if (!params.isEmpty() && chance(5)) {
        expr = new Expr.Variable(pick(new ArrayList<>(params.keySet())), null);
      } else {
        expr = valueOf(top, true);
      }
      out.add(new Query.Projection(expr, chance(30) ? "a" + (++alias) : null, null));
    }
    return out;
  }

  /** A property access of a top-level variable (node or edge) or, when {@code bareAllowed}, a bare node variable. */
  private Expr valueOf(Scope top, boolean bareAllowed) {
    List<String> vars = new ArrayList<>(top.nodes.keySet());
    top.edges.forEach((v, t) -> {
      if (t.equals("Knows")) {
        vars.add(v);
      }
    });
    String v = pick(vars);
    if (top.nodes.containsKey(v) && bareAllowed && chance(20)) {
      return new Expr.Variable(v, null);
    }
    return new Expr.PropAccess(v, pick(properties(top, v)), null);
  }

  private List<Query.Projection> aggregateReturns(Scope top) {
    List<Query.Projection> out = new ArrayList<>();
    int keys = next(3);
    int alias = 0;
    for (int i = 0; i < keys; i++) {
      Expr key = valueOf(top, true);
      if (key instanceof Expr.PropAccess access && access.property().equals("tags") && !chance(20)) {
        key = new Expr.PropAccess(access.variable(), "name", null);
      }
      out.add(new Query.Projection(key, chance(30) ? "a" + (++alias) : null, null));
    }
    int aggs = 1 + next(2);
    for (int i = 0; i < aggs; i++) {
      String fn = pick(List.of("count", "count", "sum", "avg", "min", "max"));
      Expr arg;
      if (fn.equals("count")) {
        arg = valueOf(top, true);
      } else {
        Expr candidate = valueOf(top, false);
        String prop = ((Expr.PropAccess) candidate).property();
        boolean ok = fn.equals("min") || fn.equals("max") ? !prop.equals("tags") : kind(prop).equals("number");
        if (!ok) {
          fn = "count";
        }
        arg = candidate;
      }
      boolean aliased = keys == 0 || chance(50);
      out.add(new Query.Projection(new Expr.Aggregate(fn, arg, null), aliased ? "a" + (++alias) : null, null));
    }
    // An unaliased aggregate is named after its argument (`count($p.age)` is `p.age`, §10.3); alias it
    // when that name is also another column's, so that order keys name one column.
    List<Query.Projection> named = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Query.Projection p = out.get(i);
      if (p.alias() == null && p.expr() instanceof Expr.Aggregate) {
        String name = NaiveEvaluator.columnName(p.expr());
        boolean clash = false;
        for (int j = 0; j < out.size(); j++) {
          Query.Projection o = out.get(j);
          clash |= j != i && name.equals(o.alias() != null ? o.alias() : NaiveEvaluator.columnName(o.expr()));
        }
        if (clash) {
          p = new Query.Projection(p.expr(), "a" + (++alias), null);
        }
      }
      named.add(p);
    }
    return named;
  }

  private List<Query.Ordering> order(Scope top, List<Query.Projection> returns, boolean aggregate) {
    List<Expr> candidates = new ArrayList<>();
    for (Query.Projection p : returns) {
      boolean listValued = p.expr() instanceof Expr.PropAccess a && a.property().equals("tags");
      if (p.alias() != null && !listValued && !(p.expr() instanceof Expr.Literal)) {
        candidates.add(new Expr.AliasRef(p.alias(), null));
      }
      if (aggregate && p.alias() == null && p.expr() instanceof Expr.PropAccess && !listValued) {
        candidates.add(p.expr());
      }
    }
    if (!aggregate) {
      for (String v : top.nodes.keySet()) {
        for (String prop : properties(top, v)) {
          if (!prop.equals("tags")) {
            candidates.add(new Expr.PropAccess(v, prop, null));
          }
        }
      }
      top.edges.forEach((v, t) -> {
        if (t.equals("Knows")) {
          candidates.add(new Expr.PropAccess(v, "since", null));
        }
      });
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Query.Ordering> out = new ArrayList<>();
    int n = 1 + next(2);
    for (int i = 0; i < n; i++) {
      out.add(new Query.Ordering(pick(candidates), chance(50), null));
    }
    return out;
  }
}
