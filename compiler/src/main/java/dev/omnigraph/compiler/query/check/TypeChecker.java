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
 * <p>Features that parse but are not executed by this version (negation, undirected and
 * variable-length traversals, edge bindings, search and ranking) are {@code UNSUPPORTED} errors
 * naming the feature. Not thread-safe: one instance checks one query.
 */
public final class TypeChecker {
  private static final PropType STRING = PropType.of(ScalarType.STRING, false);
  private static final PropType BOOL = PropType.of(ScalarType.BOOL, false);

  private final Catalog catalog;
  private final Query query;
  private final Map<String, PropType> params = new LinkedHashMap<>();
  private final LinkedHashMap<String, NodeType> variables = new LinkedHashMap<>();
  private final List<MatchStep> steps = new ArrayList<>();
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
   * @throws OmniGraphException {@code TYPE_ERROR} or {@code UNSUPPORTED} at the offending place
   */
  public static CheckedQuery check(Catalog catalog, Query query) {
    if (query.isMutation()) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, query.at(),
          "query `" + query.name() + "` is a mutation; mutations are not executed by this version");
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
      columnTables.add(projection.expr() instanceof Expr.PropAccess access ? variables.get(access.variable()).name() : null);
    }
    for (Query.Ordering ordering : query.order()) {
      ordering(ordering, names, aggregate);
    }
    return new CheckedQuery(query, variables, steps, types, names, columnTypes, columnTables, aggregate);
  }

  private void clause(Clause clause) {
    if (clause instanceof Clause.Binding binding) {
      binding(binding);
    } else if (clause instanceof Clause.Traversal traversal) {
      traversal(traversal);
    } else if (clause instanceof Clause.Filter filter) {
      filter(filter);
    } else if (clause instanceof Clause.Negation negation) {
      throw unsupported(negation.at(), "negation `not { }`");
    } else if (clause instanceof Clause.SearchClause search) {
      throw unsupported(search.at(), "`" + search.call().function() + "()`");
    }
  }

  private void binding(Clause.Binding binding) {
    NodeType type = catalog.nodeType(binding.typeName()).orElseThrow(() ->
        typeError(binding.at(), "T1", "unknown node type `" + binding.typeName() + "`"));
    NodeType bound = variables.get(binding.variable());
    if (bound != null && !bound.name().equals(type.name())) {
      throw typeError(binding.at(), null, "variable `$" + binding.variable() + "` already bound to type `" + bound.name()
          + "`, cannot rebind to `" + type.name() + "`");
    }
    if (bound == null && !binding.variable().equals("_")) {
      variables.put(binding.variable(), type);
      steps.add(new MatchStep.Scan(binding.variable(), type));
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
      steps.add(new MatchStep.PropertyMatch(binding.variable(), match.property(), target.list(), match.value()));
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
    if (traversal.undirected()) {
      throw unsupported(traversal.at(), "undirected traversal `<" + traversal.edgeName() + ">`");
    }
    if (traversal.edgeVariable() != null && !traversal.edgeVariable().equals("_")) {
      throw unsupported(traversal.at(), "edge binding `$" + traversal.edgeVariable() + ":" + traversal.edgeName() + "`");
    }
    if (traversal.minHops() != 1 || traversal.maxHops() != 1) {
      throw unsupported(traversal.at(), "variable-length traversal {" + traversal.minHops() + "," + traversal.maxHops() + "}");
    }
    NodeType from = catalog.nodeType(edge.fromType()).orElseThrow();
    NodeType to = catalog.nodeType(edge.toType()).orElseThrow();
    String source = traversal.source();
    String target = traversal.target();
    NodeType sourceType = source.equals("_") ? null : variables.get(source);
    NodeType targetType = target.equals("_") ? null : variables.get(target);
    if (sourceType != null) {
      boolean forward = sourceType.name().equals(from.name());
      if (!forward && !sourceType.name().equals(to.name())) {
        throw endpointError(traversal, edge, source, sourceType);
      }
      expand(traversal, source, edge, forward, target, forward ? to : from, targetType);
    } else if (targetType != null) {
      boolean forward = targetType.name().equals(to.name());
      if (!forward && !targetType.name().equals(from.name())) {
        throw endpointError(traversal, edge, target, targetType);
      }
      expand(traversal, target, edge, !forward, source, forward ? from : to, null);
    } else {
      String root = source.equals("_") ? anonymous() : source;
      variables.put(root, from);
      steps.add(new MatchStep.Scan(root, from));
      expand(traversal, root, edge, true, target, to, null);
    }
  }

  private void expand(Clause.Traversal traversal, String fromVariable, EdgeType edge, boolean forward, String toVariable,
      NodeType toType, NodeType boundToType) {
    if (boundToType != null && !boundToType.name().equals(toType.name())) {
      throw endpointError(traversal, edge, toVariable, boundToType);
    }
    String to = toVariable.equals("_") ? anonymous() : toVariable;
    boolean isNew = boundToType == null;
    if (isNew) {
      variables.put(to, toType);
    }
    steps.add(new MatchStep.Expand(fromVariable, edge, forward, to, toType, isNew));
  }

  private String anonymous() {
    return "_" + variables.size() + "_anon";
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
      if (type == null && variables.containsKey(variable.name())) {
        type = STRING;
      }
      if (type == null) {
        throw typeError(expr.at(), "T14", "variable `$" + variable.name() + "` is neither a declared parameter nor a bound variable");
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

  private PropType propertyType(Expr.PropAccess access) {
    NodeType type = variables.get(access.variable());
    if (type == null) {
      throw typeError(access.at(), "T6", "variable `$" + access.variable() + "` is not bound");
    }
    Property property = type.property(access.property()).orElseThrow(() ->
        typeError(access.at(), "T6", "node type `" + type.name() + "` has no property `" + access.property() + "`"));
    return property.type();
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
      throw unsupported(expr.at(), "`" + call.function() + "()` in return");
    }
    if (expr instanceof Expr.AliasRef alias) {
      throw typeError(expr.at(), null, "alias `" + alias.name() + "` cannot be returned; return the expression it names");
    }
    PropType type = value(expr);
    if (type.scalar() == ScalarType.BLOB) {
      throw typeError(expr.at(), "T24", "Blob property is not available as a .gq read value; Blob values require a dedicated API");
    }
    return type;
  }

  private PropType aggregateType(Expr.Aggregate agg) {
    Expr argument = agg.argument();
    if (argument instanceof Expr.Aggregate || argument instanceof Expr.Call || argument instanceof Expr.AliasRef) {
      throw typeError(agg.at(), null, "`" + agg.function() + "` takes a property, variable, parameter or literal");
    }
    PropType arg = value(argument);
    PropType result = switch (agg.function()) {
      case "count" -> {
        if (arg.scalar() == ScalarType.BLOB) {
          throw typeError(agg.at(), "T24", "Blob values cannot be aggregated");
        }
        yield PropType.of(ScalarType.I64, false);
      }
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
      throw unsupported(expr.at(), "ordering by `" + call.function() + "()`");
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
