package dev.omnigraph.compiler.query.check;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.Property;
import dev.omnigraph.compiler.schema.ScalarType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static check of a read query ({@code gq-language.md} §5-7): resolves every type, edge,
 * variable and property, infers traversal direction (§5.4), types every expression, and names the
 * result columns (§10.3). Errors are {@code TYPE_ERROR}s whose message starts with the
 * reference's diagnostic code ({@code T1: unknown node type `Foo`}) and whose location is the
 * offending clause or expression.
 *
 * <p>Search and ranking ({@code search}, {@code fuzzy}, {@code match_text}, {@code bm25},
 * {@code nearest}, {@code rrf}) are fully type-checked (T15, T17-T21); a query that passes and
 * uses them is then an {@code UNSUPPORTED} error, because this version does not execute them.
 * Not thread-safe: one instance checks one query.
 */
public final class TypeChecker {
  private static final PropType STRING = PropType.of(ScalarType.STRING, false);
  private static final PropType BOOL = PropType.of(ScalarType.BOOL, false);

  private final Catalog catalog;
  private final Query query;
  private final Map<String, PropType> params = new LinkedHashMap<>();
  private LinkedHashMap<String, NodeType> variables = new LinkedHashMap<>();
  private LinkedHashMap<String, EdgeType> edgeVariables = new LinkedHashMap<>();
  private List<MatchStep> steps = new ArrayList<>();
  private int anonymousCount;
  private boolean usesSearch;
  private final IdentityHashMap<Expr, PropType> types = new IdentityHashMap<>();

  private TypeChecker(Catalog catalog, Query query) {
    this.catalog = catalog;
    this.query = query;
    for (ParamDecl param : query.params()) {
      params.put(param.name(), param.type());
    }
  }

  /**
   * Checks a read query against a catalog.
   *
   * @throws OmniGraphException {@code TYPE_ERROR} or {@code UNSUPPORTED} at the offending place;
   *     {@code UNSUPPORTED} for a mutation, saying to run it with mutate
   */
  public static CheckedQuery check(Catalog catalog, Query query) {
    if (query.isMutation()) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, query.at(),
          "query `" + query.name() + "` is a mutation; run it with mutate instead of query");
    }
    return new TypeChecker(catalog, query).run();
  }

  private CheckedQuery run() {
    for (ParamDecl param : query.params()) {
      if (param.name().equals("__nanograph_now")) {
        throw typeError(query.at(), null, "parameter name `$__nanograph_now` is reserved for runtime timestamp injection");
      }
    }
    for (Clause clause : query.match()) {
      clause(clause);
    }
    List<String> names = new ArrayList<>();
    List<PropType> columnTypes = new ArrayList<>();
    List<String> columnTables = new ArrayList<>();
    boolean aggregate = query.returns().stream().anyMatch(p -> p.expr() instanceof Expr.Aggregate);
    for (Query.Projection projection : query.returns()) {
      PropType type = projection(projection.expr(), aggregate);
      names.add(projection.alias() != null ? projection.alias() : columnName(projection.expr()));
      columnTypes.add(type);
      columnTables.add(projection.expr() instanceof Expr.PropAccess access ? ownerOf(access.variable()).name() : null);
    }
    for (Query.Ordering ordering : query.order()) {
      ordering(ordering, names, aggregate);
    }
    if (usesSearch) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, query.at(), "query `" + query.name()
          + "` type-checks, but search and ranking functions are not executed by this version");
    }
    return new CheckedQuery(query, variables, edgeVariables, steps, types, names, columnTypes, columnTables, aggregate);
  }

  private void clause(Clause clause) {
    if (clause instanceof Clause.Binding binding) {
      binding(binding);
    } else if (clause instanceof Clause.Traversal traversal) {
      traversal(traversal);
    } else if (clause instanceof Clause.Filter filter) {
      filter(filter);
    } else if (clause instanceof Clause.Negation negation) {
      negation(negation);
    } else if (clause instanceof Clause.SearchClause search) {
      PropType type = call(search.call());
      if (type.scalar() != ScalarType.BOOL) {
        throw typeError(search.at(), "T19", "`" + search.call().function() + "` is not a predicate");
      }
    }
  }

  /**
   * {@code not { ... }}: inner clauses are checked in a scope that sees the outer variables;
   * variables first bound inside stay local (§5.7). The block must use an outer variable (T9).
   */
  private void negation(Clause.Negation negation) {
    LinkedHashMap<String, NodeType> outerVariables = variables;
    LinkedHashMap<String, EdgeType> outerEdges = edgeVariables;
    List<MatchStep> outerSteps = steps;
    variables = new LinkedHashMap<>(outerVariables);
    edgeVariables = new LinkedHashMap<>(outerEdges);
    steps = new ArrayList<>();
    for (Clause inner : negation.clauses()) {
      clause(inner);
    }
    List<MatchStep> innerSteps = steps;
    variables = outerVariables;
    edgeVariables = outerEdges;
    steps = outerSteps;
    if (!usesOuter(innerSteps)) {
      throw typeError(negation.at(), "T9", "negation block must reference at least one outer-bound variable");
    }
    steps.add(new MatchStep.Negation(innerSteps));
  }

  private boolean usesOuter(List<MatchStep> inner) {
    for (MatchStep step : inner) {
      boolean uses = switch (step.getClass().getSimpleName()) {
        case "Expand" -> variables.containsKey(((MatchStep.Expand) step).from())
            || (!((MatchStep.Expand) step).toIsNew() && variables.containsKey(((MatchStep.Expand) step).to()));
        case "PropertyMatch" -> variables.containsKey(((MatchStep.PropertyMatch) step).variable());
        case "Filter" -> ((MatchStep.Filter) step).variables().stream().anyMatch(v -> variables.containsKey(v) || edgeVariables.containsKey(v));
        case "Negation" -> usesOuter(((MatchStep.Negation) step).steps());
        default -> false;
      };
      if (uses) {
        return true;
      }
    }
    return false;
  }

  private void binding(Clause.Binding binding) {
    NodeType type = catalog.nodeType(binding.typeName()).orElseThrow(() ->
        typeError(binding.at(), "T1", "unknown node type `" + binding.typeName() + "`"));
    if (edgeVariables.containsKey(binding.variable())) {
      throw typeError(binding.at(), "T23", "`$" + binding.variable() + "` is bound to an edge and cannot be rebound as a node");
    }
    NodeType bound = variables.get(binding.variable());
    if (bound != null && !bound.name().equals(type.name())) {
      throw typeError(binding.at(), null, "variable `$" + binding.variable() + "` already bound to type `" + bound.name()
          + "`, cannot rebind to `" + type.name() + "`");
    }
    String variable = binding.variable().equals("_") ? anonymous() : binding.variable();
    if (bound == null) {
      variables.put(variable, type);
      steps.add(new MatchStep.Scan(variable, type));
    }
    for (Clause.PropMatch match : binding.matches()) {
      Property property = type.property(match.property()).orElseThrow(() ->
          typeError(match.at(), "T2", "node type `" + type.name() + "` has no property `" + match.property() + "`"));
      PropType target = property.type();
      if (target.scalar() == ScalarType.BLOB) {
        throw typeError(match.at(), "T3", "Blob property `" + match.property() + "` cannot be matched");
      }
      PropType valueType = value(match.value());
      if (valueType.list()) {
        throw typeError(match.at(), match.value() instanceof Expr.Literal ? "T3" : "T7", "list equality is not supported");
      }
      if (!compatible(target.elementType(), valueType)) {
        throw typeError(match.at(), match.value() instanceof Expr.Literal ? "T3" : "T7", "property `" + type.name() + "."
            + match.property() + "` has type " + target + ", but the value has type " + valueType);
      }
      if (target.isEnum() && match.value() instanceof Expr.Literal literal && !target.enumValues().contains(literal.value())) {
        throw typeError(match.at(), "T3", "property `" + type.name() + "." + match.property() + "` expects one of "
            + target.enumValues() + ", got " + literal.text());
      }
      steps.add(new MatchStep.PropertyMatch(variable, match.property(), target.list(), match.value()));
    }
  }

  private void traversal(Clause.Traversal traversal) {
    EdgeType edge = catalog.edgeType(traversal.edgeName()).orElseThrow(() ->
        typeError(traversal.at(), "T4", "unknown edge type `" + traversal.edgeName() + "`"));
    if (traversal.maxHops() == null) {
      throw typeError(traversal.at(), "T15", "unbounded traversal is disabled; give an upper bound {min,max}");
    }
    if (traversal.minHops() < 1 || traversal.maxHops() < traversal.minHops()) {
      throw typeError(traversal.at(), "T15", "traversal bounds {" + traversal.minHops() + "," + traversal.maxHops()
          + "} need 1 <= min <= max");
    }
    boolean sameType = edge.fromType().equals(edge.toType());
    if (traversal.undirected() && !sameType) {
      throw typeError(traversal.at(), "T22", "undirected traversal needs an edge between one node type, but `" + edge.name()
          + "` connects " + edge.fromType() + " to " + edge.toType());
    }
    String edgeVariable = traversal.edgeVariable() == null || traversal.edgeVariable().equals("_") ? null : traversal.edgeVariable();
    String source = traversal.source();
    String target = traversal.target();
    for (String endpoint : List.of(source, target)) {
      if (edgeVariables.containsKey(endpoint)) {
        throw typeError(traversal.at(), "T23", "`$" + endpoint + "` is bound to an edge and cannot be a traversal endpoint");
      }
    }
    if (edgeVariable != null) {
      if (traversal.minHops() != 1 || traversal.maxHops() != 1) {
        throw typeError(traversal.at(), "T23", "edge binding `$" + edgeVariable + "` cannot be used with multi-hop bounds {"
            + traversal.minHops() + "," + traversal.maxHops() + "}");
      }
      if (edgeVariable.equals(source) || edgeVariable.equals(target)) {
        throw typeError(traversal.at(), "T23", "edge binding `$" + edgeVariable + "` reuses an endpoint name");
      }
      if (variables.containsKey(edgeVariable) || edgeVariables.containsKey(edgeVariable) || params.containsKey(edgeVariable)) {
        throw typeError(traversal.at(), "T23", "edge binding `$" + edgeVariable + "` is already bound");
      }
    }
    NodeType from = catalog.nodeType(edge.fromType()).orElseThrow();
    NodeType to = catalog.nodeType(edge.toType()).orElseThrow();
    NodeType sourceType = source.equals("_") ? null : variables.get(source);
    NodeType targetType = target.equals("_") ? null : variables.get(target);
    if (sourceType != null) {
      boolean forward = sourceType.name().equals(from.name());
      if (!forward && !sourceType.name().equals(to.name())) {
        throw endpointError(traversal, edge, source, sourceType);
      }
      expand(traversal, edge, edgeVariable, source, forward, target, forward ? to : from, targetType);
    } else if (targetType != null) {
      boolean forward = targetType.name().equals(to.name());
      if (!forward && !targetType.name().equals(from.name())) {
        throw endpointError(traversal, edge, target, targetType);
      }
      expand(traversal, edge, edgeVariable, target, !forward, source, forward ? from : to, null);
    } else {
      String root = source.equals("_") ? anonymous() : source;
      variables.put(root, from);
      steps.add(new MatchStep.Scan(root, from));
      // `$p knows $p` with `$p` fresh: the target is the source just bound, so the step is a cycle check.
      NodeType boundTarget = target.equals(root) ? from : null;
      expand(traversal, edge, edgeVariable, root, true, target, to, boundTarget);
    }
  }

  private void expand(Clause.Traversal traversal, EdgeType edge, String edgeVariable, String fromVariable, boolean forward,
      String toVariable, NodeType toType, NodeType boundToType) {
    if (boundToType != null && !boundToType.name().equals(toType.name())) {
      throw endpointError(traversal, edge, toVariable, boundToType);
    }
    String to = toVariable.equals("_") ? anonymous() : toVariable;
    boolean isNew = boundToType == null;
    if (isNew) {
      variables.put(to, toType);
    }
    if (edgeVariable != null) {
      edgeVariables.put(edgeVariable, edge);
    }
    steps.add(new MatchStep.Expand(fromVariable, edge, forward, traversal.undirected(), traversal.minHops(), traversal.maxHops(),
        edgeVariable, to, toType, isNew));
  }

  /** A fresh name for an occurrence of {@code $_}: each one is a distinct variable (§5.4). */
  private String anonymous() {
    return "_anon" + (++anonymousCount);
  }

  private OmniGraphException endpointError(Clause.Traversal traversal, EdgeType edge, String variable, NodeType type) {
    return typeError(traversal.at(), "T5", "`$" + variable + "` has type `" + type.name() + "`, which is not an endpoint of edge `"
        + edge.name() + ": " + edge.fromType() + " -> " + edge.toType() + "`");
  }

  private void filter(Clause.Filter filter) {
    PropType left = operand(filter.left());
    PropType right = operand(filter.right());
    String op = filter.operator();
    switch (op) {
      case "contains" -> {
        if (left.list()) {
          if (right.list() || !compatible(left.elementType(), right)) {
            throw typeError(filter.at(), "T7", "`contains` on a list of " + left.elementType() + " needs a scalar of that type, got " + right);
          }
        } else if (left.scalar() != ScalarType.STRING || right.list() || right.scalar() != ScalarType.STRING) {
          throw typeError(filter.at(), "T7", "`contains` needs a String or a list on the left and a String on the right, got "
              + left + " and " + right);
        }
      }
      case "starts_with" -> {
        if (left.list() || right.list() || left.scalar() != ScalarType.STRING || right.scalar() != ScalarType.STRING) {
          throw typeError(filter.at(), "T7", "`starts_with` needs String operands, got " + left + " and " + right);
        }
      }
      default -> {
        if (left.list() || right.list() || isOpaque(left) || isOpaque(right)) {
          throw typeError(filter.at(), "T7", "`" + op + "` cannot compare " + left + " with " + right
              + " (lists, vectors and blobs are not comparable)");
        }
        if (!compatible(left, right)) {
          throw typeError(filter.at(), "T7", "`" + op + "` cannot compare " + left + " with " + right);
        }
      }
    }
    List<String> used = new ArrayList<>();
    collectVariables(filter.left(), used);
    collectVariables(filter.right(), used);
    steps.add(new MatchStep.Filter(filter.left(), op, filter.right(), used));
  }

  private static boolean isOpaque(PropType type) {
    return type.scalar() == ScalarType.VECTOR || type.scalar() == ScalarType.BLOB;
  }

  private void collectVariables(Expr expr, List<String> out) {
    if (expr instanceof Expr.PropAccess access && !out.contains(access.variable())) {
      out.add(access.variable());
    }
  }

  /** A scalar filter operand: property access, parameter, literal or now(). */
  private PropType operand(Expr expr) {
    if (expr instanceof Expr.Call call) {
      return call(call);
    }
    if (expr instanceof Expr.Variable variable && variables.containsKey(variable.name()) && !params.containsKey(variable.name())) {
      throw typeError(expr.at(), "T7", "node variable `$" + variable.name() + "` is not a scalar; compare one of its properties");
    }
    if (expr instanceof Expr.AliasRef alias) {
      throw typeError(expr.at(), "T7", "alias `" + alias.name() + "` cannot be used in a filter");
    }
    if (expr instanceof Expr.PropAccess || expr instanceof Expr.Variable || expr instanceof Expr.Literal || expr instanceof Expr.Now) {
      return value(expr);
    }
    throw unsupported(expr.at(), "this expression in a filter");
  }

  /** The type of a value expression (property access, parameter, literal, now()). */
  private PropType value(Expr expr) {
    PropType type;
    if (expr instanceof Expr.PropAccess access) {
      type = propertyType(access);
    } else if (expr instanceof Expr.Variable variable) {
      type = params.get(variable.name());
      if (type == null && edgeVariables.containsKey(variable.name())) {
        throw typeError(expr.at(), "T23", "edge binding `$" + variable.name() + "` cannot be used bare; use one of its properties");
      }
      if (type == null && variables.containsKey(variable.name())) {
        type = STRING;
      }
      if (type == null) {
        throw typeError(expr.at(), null, "variable `$" + variable.name() + "` is not bound");
      }
    } else if (expr instanceof Expr.Literal literal) {
      type = literalType(literal);
    } else if (expr instanceof Expr.Now) {
      type = PropType.of(ScalarType.DATETIME, false);
    } else {
      throw unsupported(expr.at(), "this expression here");
    }
    types.put(expr, type);
    return type;
  }

  /** The node or edge type bound to {@code variable} in the current scope, or null. */
  private GraphType ownerOf(String variable) {
    return variables.containsKey(variable) ? variables.get(variable) : edgeVariables.get(variable);
  }

  private PropType propertyType(Expr.PropAccess access) {
    GraphType type = ownerOf(access.variable());
    if (type == null) {
      throw typeError(access.at(), "T6", "variable `$" + access.variable() + "` is not bound");
    }
    String kind = type instanceof EdgeType ? "edge type" : "node type";
    Property property = type.property(access.property()).orElseThrow(() ->
        typeError(access.at(), "T6", kind + " `" + type.name() + "` has no property `" + access.property() + "`"));
    return property.type();
  }

  /**
   * Types a search or ranking call ({@code gq-language.md} §6.1): {@code search}/{@code fuzzy}
   * (T19), {@code match_text}/{@code bm25} (T20) and {@code nearest} (T15) on a node variable's
   * property (T23 for an edge variable), {@code rrf} of two rankings (T21).
   */
  private PropType call(Expr.Call call) {
    usesSearch = true;
    List<Expr> args = call.arguments();
    PropType result = switch (call.function()) {
      case "search", "fuzzy", "match_text", "bm25" -> {
        String code = call.function().equals("search") || call.function().equals("fuzzy") ? "T19" : "T20";
        textField(call, args.get(0), code);
        PropType query = value(args.get(1));
        if (query.list() || query.scalar() != ScalarType.STRING) {
          throw typeError(call.at(), code, "`" + call.function() + "` needs a String query, got " + query);
        }
        if (args.size() > 2) {
          PropType edits = value(args.get(2));
          if (edits.list() || !edits.scalar().isInteger()) {
            throw typeError(call.at(), "T19", "`fuzzy` max_edits must be an integer, got " + edits);
          }
        }
        yield call.function().equals("bm25") ? PropType.of(ScalarType.F64, false) : BOOL;
      }
      case "nearest" -> nearest(call);
      case "rrf" -> {
        for (int i = 0; i < 2; i++) {
          PropType arm = call((Expr.Call) args.get(i));
          if (arm.scalar() != ScalarType.F64) {
            throw typeError(call.at(), "T21", "`rrf` arms must be rankings (nearest or bm25)");
          }
        }
        if (args.size() > 2) {
          PropType k = value(args.get(2));
          if (k.list() || !k.scalar().isInteger()) {
            throw typeError(call.at(), "T21", "`rrf` k must be an integer, got " + k);
          }
          if (args.get(2) instanceof Expr.Literal literal && ((Long) literal.value()) <= 0) {
            throw typeError(call.at(), "T21", "`rrf` k must be greater than 0, got " + literal.text());
          }
        }
        yield PropType.of(ScalarType.F64, false);
      }
      default -> throw new IllegalStateException("unknown function " + call.function());
    };
    types.put(call, result);
    return result;
  }

  private void textField(Expr.Call call, Expr field, String code) {
    if (field instanceof Expr.PropAccess access && edgeVariables.containsKey(access.variable())) {
      throw typeError(call.at(), "T23", "`" + call.function() + "` cannot target edge binding `$" + access.variable() + "`");
    }
    PropType type = value(field);
    if (!(field instanceof Expr.PropAccess) || type.list() || type.scalar() != ScalarType.STRING) {
      throw typeError(call.at(), code, "`" + call.function() + "` needs a String property of a node, got " + type);
    }
  }

  private PropType nearest(Expr.Call call) {
    Expr.PropAccess field = (Expr.PropAccess) call.arguments().get(0);
    if (edgeVariables.containsKey(field.variable())) {
      throw typeError(call.at(), "T23", "`nearest` cannot target edge binding `$" + field.variable() + "`");
    }
    if (!variables.containsKey(field.variable())) {
      throw typeError(call.at(), "T15", "`nearest` on unbound variable `$" + field.variable() + "`");
    }
    PropType vector = propertyType(field);
    types.put(field, vector);
    if (vector.list() || vector.scalar() != ScalarType.VECTOR) {
      throw typeError(call.at(), "T15", "`nearest` needs a Vector property, but `" + field.variable() + "." + field.property()
          + "` is " + vector);
    }
    Expr query = call.arguments().get(1);
    PropType queryType = value(query);
    boolean ok = queryType.scalar() == ScalarType.STRING && !queryType.list()
        || queryType.scalar() == ScalarType.VECTOR && queryType.vectorDim() == vector.vectorDim()
        || query instanceof Expr.Literal literal && literal.value() instanceof List<?> items && items.size() == vector.vectorDim()
            && queryType.scalar().isNumeric();
    if (!ok) {
      throw typeError(call.at(), "T15", "`nearest` query must be a Vector(" + vector.vectorDim() + "), a list of "
          + vector.vectorDim() + " numbers or a String, got " + queryType);
    }
    return PropType.of(ScalarType.F64, false);
  }

  private PropType literalType(Expr.Literal literal) {
    Object value = literal.value();
    if (value instanceof List<?> items) {
      PropType element = items.isEmpty() ? STRING : scalarLiteralType(items.get(0), literal);
      for (Object item : items) {
        if (item instanceof List<?>) {
          throw typeError(literal.at(), null, "nested list literals are not supported");
        }
        if (!compatible(element, scalarLiteralType(item, literal))) {
          throw typeError(literal.at(), null, "list literal elements must share a compatible scalar type");
        }
      }
      return new PropType(element.scalar(), true, false, null, 0);
    }
    return scalarLiteralType(value, literal);
  }

  private PropType scalarLiteralType(Object value, Expr.Literal literal) {
    if (value instanceof String) {
      return STRING;
    }
    if (value instanceof Long) {
      return PropType.of(ScalarType.I64, false);
    }
    if (value instanceof Double) {
      return PropType.of(ScalarType.F64, false);
    }
    if (value instanceof Boolean) {
      return BOOL;
    }
    if (value instanceof java.time.LocalDate) {
      return PropType.of(ScalarType.DATE, false);
    }
    if (value instanceof java.time.Instant) {
      return PropType.of(ScalarType.DATETIME, false);
    }
    throw typeError(literal.at(), null, "unsupported literal " + literal.text());
  }

  /** Same base scalar, or both numeric ({@code gq-language.md} §4); nullability ignored. */
  private static boolean compatible(PropType a, PropType b) {
    if (a.scalar().isNumeric() && b.scalar().isNumeric()) {
      return true;
    }
    return a.scalar() == b.scalar() && (a.scalar() != ScalarType.VECTOR || a.vectorDim() == b.vectorDim());
  }

  private PropType projection(Expr expr, boolean aggregate) {
    if (expr instanceof Expr.Aggregate agg) {
      return aggregateType(agg);
    }
    if (aggregate && !(expr instanceof Expr.PropAccess || expr instanceof Expr.Variable)) {
      throw typeError(expr.at(), "T9", "non-aggregate expressions in an aggregate query must be property accesses or variables");
    }
    if (expr instanceof Expr.Call call) {
      return call(call);
    }
    if (expr instanceof Expr.AliasRef alias) {
      throw typeError(expr.at(), null, "alias `" + alias.name() + "` cannot be returned; return the expression it names");
    }
    PropType type = value(expr);
    requireReadable(expr, type);
    return type;
  }

  private static void requireReadable(Expr expr, PropType type) {
    if (type.scalar() == ScalarType.BLOB) {
      String what = expr instanceof Expr.PropAccess access ? "Blob property `$" + access.variable() + "." + access.property() + "`"
          : "Blob value";
      throw typeError(expr.at(), "T24", what + " is not available as a .gq read value; Blob values require a dedicated API");
    }
  }

  private PropType aggregateType(Expr.Aggregate agg) {
    Expr argument = agg.argument();
    if (argument instanceof Expr.Aggregate || argument instanceof Expr.Call || argument instanceof Expr.AliasRef) {
      throw typeError(agg.at(), null, "`" + agg.function() + "` takes a property, variable, parameter or literal");
    }
    PropType arg = value(argument);
    requireReadable(argument, arg);
    PropType result = switch (agg.function()) {
      case "count" -> PropType.of(ScalarType.I64, false);
      case "sum", "avg" -> {
        if (arg.list() || !arg.scalar().isNumeric()) {
          throw typeError(agg.at(), "T8", "`" + agg.function() + "` needs a numeric argument, got " + arg);
        }
        yield PropType.of(ScalarType.F64, true);
      }
      case "min", "max" -> {
        if (arg.list() || !(arg.scalar().isNumeric() || arg.scalar() == ScalarType.STRING)) {
          throw typeError(agg.at(), "T8", "`" + agg.function() + "` needs a numeric or String argument, got " + arg);
        }
        yield arg.withNullable(true);
      }
      default -> throw new IllegalStateException("unknown aggregate " + agg.function());
    };
    types.put(agg, result);
    return result;
  }

  private void ordering(Query.Ordering ordering, List<String> columnNames, boolean aggregate) {
    Expr expr = ordering.expr();
    if (expr instanceof Expr.AliasRef alias) {
      if (!columnNames.contains(alias.name())) {
        throw typeError(expr.at(), null, "alias `" + alias.name() + "` not found for ordering (return columns: " + columnNames + ")");
      }
      return;
    }
    if (expr instanceof Expr.PropAccess access) {
      PropType type = value(access);
      requireReadable(access, type);
      if (type.list() || isOpaque(type)) {
        throw typeError(expr.at(), type.scalar() == ScalarType.BLOB ? "T24" : "T7", "cannot order by a value of type " + type);
      }
      if (aggregate && !columnNames.contains(columnName(access))) {
        throw typeError(expr.at(), null, "in an aggregate query, order by a returned group key or an alias; `"
            + columnName(access) + "` is not returned");
      }
      return;
    }
    if (expr instanceof Expr.Call call) {
      call(call);
      if (call.function().equals("nearest") && query.limit() == null) {
        throw typeError(expr.at(), "T17", "`nearest` ordering requires a `limit`");
      }
      if (call.function().equals("nearest") && query.order().stream().anyMatch(o -> o.expr() instanceof Expr.AliasRef)) {
        throw typeError(expr.at(), "T18", "`nearest` ordering cannot be combined with an alias ordering");
      }
      if (call.function().equals("rrf") && query.limit() == null) {
        throw typeError(expr.at(), "T21", "`rrf` ordering requires a `limit`");
      }
      return;
    }
    throw typeError(expr.at(), null, "unsupported ordering expression; order by a property or a return alias");
  }

  /** The runtime column name of an unaliased projection ({@code gq-language.md} §10.3). */
  static String columnName(Expr expr) {
    if (expr instanceof Expr.PropAccess access) {
      return access.variable() + "." + access.property();
    } else if (expr instanceof Expr.Variable variable) {
      return variable.name();
    } else if (expr instanceof Expr.Literal) {
      return "literal";
    } else if (expr instanceof Expr.Now) {
      return "__nanograph_now";
    } else if (expr instanceof Expr.Aggregate agg) {
      return columnName(agg.argument());
    } else if (expr instanceof Expr.AliasRef alias) {
      return alias.name();
    }
    return ((Expr.Call) expr).function();
  }

  private static OmniGraphException typeError(SourceLocation at, String code, String message) {
    return new OmniGraphException(ErrorCode.TYPE_ERROR, at, code == null ? message : code + ": " + message);
  }

  private static OmniGraphException unsupported(SourceLocation at, String feature) {
    return new OmniGraphException(ErrorCode.UNSUPPORTED, at, feature + " is not supported by this version");
  }
}
