package dev.omnigraph.compiler.query.check;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ParamDecl;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Mutation;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.EdgeType;
import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.compiler.schema.NodeType;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.Property;
import dev.omnigraph.compiler.schema.ScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The static check of a mutation query ({@code gq-language.md} §7, §9): resolves each statement's
 * target, checks every assignment and {@code where} predicate against the schema and the declared
 * parameters, and applies the whole-mutation rule. Errors are {@code TYPE_ERROR}s whose message
 * starts with the reference's code, in the style of {@link TypeChecker}.
 *
 * <p>Per statement, in the reference's order:
 *
 * <ul>
 *   <li>{@code insert}: no assignments (T10); a property assigned twice (T13); then the target —
 *       the node namespace first (exact name), then the edge namespace (exact, then
 *       case-insensitive); neither is T10. Each assignment names a property of the type (T11; on an
 *       edge also {@code from}/{@code to}) and its value must fit (below). A node insert must assign
 *       every non-nullable property, except an {@code @embed} target whose source is assigned (T12);
 *       an edge insert must assign {@code from}, then {@code to}, then every non-nullable edge
 *       property (T12). Missing properties are reported in property-name order.
 *   <li>{@code update}: the target must be a node type (an edge type is T16, neither T10); at least
 *       one assignment (T10); no duplicates (T13); assignments as for insert; then the predicate.
 *   <li>{@code delete}: node then edge namespace (T10); then the predicate.
 *   <li>{@code where prop op value}: {@code prop} is a property of the target (T11), or on an edge
 *       also {@code from}/{@code to} (typed {@code String}); a Blob property is T11.
 * </ul>
 *
 * <p>Values (§4, §9.1): a literal must have the property's type — same scalar or both numeric,
 * list-ness equal, a numeric list literal of exactly n elements for a {@code Vector(n)}, a value of
 * the set for an enum — else T3; a {@code $var} must be a declared parameter (T14) whose type is
 * compatible the same way, where additionally a {@code String} parameter may be assigned to a
 * {@code Blob} property, else T7; {@code now()} only for a (non-list) {@code DateTime} property,
 * else T7. An edge's {@code from}/{@code to} are {@code String}-typed, so a non-String parameter or
 * {@code now()} there is T7 and a non-String literal is T3 (the reference's rule for any insert
 * literal). Nullability is not checked statically (a null parameter fails at run time).
 *
 * <p>Whole mutation (§9.5): after every statement checked, a mutation that mixes inserts/updates
 * with deletes is an uncoded {@code TYPE_ERROR} ("... inserts/updates and deletes ... split into
 * separate mutations") at the first statement of the other kind. The reference rejects this at
 * execution, before any I/O; rejecting it here is earlier but has the same effect.
 *
 * <p><b>Updating a {@code @key} property</b> is rejected here, statically, as an uncoded
 * {@code TYPE_ERROR} with the reference's run-time message ("cannot update @key property 'name' —
 * delete and re-insert instead"), at the assignment, after all coded checks of the statement. The
 * reference raises it only at execution; since such an update can never succeed, reporting it before
 * the query is stored or run (and in {@code lint}) is strictly more useful, and the message still
 * mentions {@code @key} as the reference's tests require. Consequence: {@code lint} reports such a
 * query as an error where the reference's lint says ok.
 *
 * <p>Stateless; thread-safe.
 */
public final class MutationChecker {
  private static final PropType STRING = PropType.of(ScalarType.STRING, false);
  private static final PropType DATETIME = PropType.of(ScalarType.DATETIME, false);

  private final Catalog catalog;
  private final Query query;
  private final Map<String, PropType> params = new LinkedHashMap<>();

  private MutationChecker(Catalog catalog, Query query) {
    this.catalog = catalog;
    this.query = query;
    for (ParamDecl param : query.params()) {
      params.put(param.name(), param.type());
    }
  }

  /**
   * Checks a mutation query against a catalog.
   *
   * @throws OmniGraphException {@code TYPE_ERROR} at the offending statement, assignment or value;
   *     {@code UNSUPPORTED} when {@code query} is a read query (check it with {@link TypeChecker})
   */
  public static CheckedMutation check(Catalog catalog, Query query) {
    if (!query.isMutation()) {
      throw new OmniGraphException(ErrorCode.UNSUPPORTED, query.at(),
          "query `" + query.name() + "` is a read query; check it with the read-query checker");
    }
    return new MutationChecker(catalog, query).run();
  }

  private CheckedMutation run() {
    for (ParamDecl param : query.params()) {
      if (param.name().equals("__nanograph_now")) {
        throw typeError(query.at(), null, "parameter name `$__nanograph_now` is reserved for runtime timestamp injection");
      }
    }
    List<CheckedMutation.Statement> statements = new ArrayList<>();
    for (Mutation mutation : query.mutations()) {
      statements.add(statement(mutation));
    }
    boolean destructive = query.mutations().get(0) instanceof Mutation.Delete;
    for (Mutation mutation : query.mutations()) {
      if ((mutation instanceof Mutation.Delete) != destructive) {
        throw typeError(mutation.at(), null, "mutation `" + query.name()
            + "` mixes inserts/updates and deletes; split into separate mutations");
      }
    }
    return new CheckedMutation(query, statements);
  }

  private CheckedMutation.Statement statement(Mutation mutation) {
    if (mutation instanceof Mutation.Insert insert) {
      return insert(insert);
    }
    if (mutation instanceof Mutation.Update update) {
      return update(update);
    }
    return delete((Mutation.Delete) mutation);
  }

  private CheckedMutation.Insert insert(Mutation.Insert insert) {
    if (insert.assignments().isEmpty()) {
      throw typeError(insert.at(), "T10", "insert mutation requires at least one assignment");
    }
    requireDistinct(insert.assignments());
    Optional<NodeType> node = catalog.nodeType(insert.typeName());
    if (node.isPresent()) {
      NodeType type = node.get();
      List<CheckedMutation.Assignment> assignments = assignments(type, insert.assignments(), false);
      Set<String> assigned = assignedNames(insert.assignments());
      for (Property property : type.properties()) {
        if (property.type().nullable() || assigned.contains(property.name())) {
          continue;
        }
        String source = property.annotations().get("embed");
        if (source != null && !source.isEmpty()) {
          if (assigned.contains(source)) {
            continue;
          }
          throw typeError(insert.at(), "T12", "insert for `" + type.name() + "` must provide non-nullable property `"
              + property.name() + "` or @embed source `" + source + "`");
        }
        throw typeError(insert.at(), "T12", "insert for `" + type.name() + "` must provide non-nullable property `"
            + property.name() + "`");
      }
      return new CheckedMutation.Insert(insert, type, assignments);
    }
    Optional<EdgeType> edge = catalog.edgeType(insert.typeName());
    if (edge.isPresent()) {
      EdgeType type = edge.get();
      List<CheckedMutation.Assignment> assignments = assignments(type, insert.assignments(), true);
      Set<String> assigned = assignedNames(insert.assignments());
      for (String endpoint : List.of("from", "to")) {
        if (!assigned.contains(endpoint)) {
          throw typeError(insert.at(), "T12", "insert for `" + type.name() + "` must provide required endpoint `"
              + endpoint + "`");
        }
      }
      for (Property property : type.properties()) {
        if (!property.type().nullable() && !assigned.contains(property.name())) {
          throw typeError(insert.at(), "T12", "insert for `" + type.name() + "` must provide non-nullable property `"
              + property.name() + "`");
        }
      }
      return new CheckedMutation.Insert(insert, type, assignments);
    }
    throw unknownType(insert.at(), insert.typeName());
  }

  private CheckedMutation.Update update(Mutation.Update update) {
    Optional<NodeType> node = catalog.nodeType(update.typeName());
    if (node.isEmpty()) {
      Optional<EdgeType> edge = catalog.edgeType(update.typeName());
      if (edge.isPresent()) {
        throw typeError(update.at(), "T16", "update mutation for edge type `" + edge.get().name() + "` is not supported");
      }
      throw unknownType(update.at(), update.typeName());
    }
    NodeType type = node.get();
    if (update.assignments().isEmpty()) {
      throw typeError(update.at(), "T10", "update mutation requires at least one assignment");
    }
    requireDistinct(update.assignments());
    List<CheckedMutation.Assignment> assignments = assignments(type, update.assignments(), false);
    CheckedMutation.Predicate where = predicate(type, update.where(), false);
    for (Mutation.Assignment assignment : update.assignments()) {
      if (type.key().contains(assignment.property())) {
        throw typeError(assignment.at(), null, "cannot update @key property '" + assignment.property()
            + "' — delete and re-insert instead");
      }
    }
    return new CheckedMutation.Update(update, type, assignments, where);
  }

  private CheckedMutation.Delete delete(Mutation.Delete delete) {
    Optional<NodeType> node = catalog.nodeType(delete.typeName());
    if (node.isPresent()) {
      return new CheckedMutation.Delete(delete, node.get(), predicate(node.get(), delete.where(), false));
    }
    Optional<EdgeType> edge = catalog.edgeType(delete.typeName());
    if (edge.isPresent()) {
      return new CheckedMutation.Delete(delete, edge.get(), predicate(edge.get(), delete.where(), true));
    }
    throw unknownType(delete.at(), delete.typeName());
  }

  /** T13: the first property assigned a second time, at its second assignment. */
  private static void requireDistinct(List<Mutation.Assignment> assignments) {
    Set<String> seen = new HashSet<>();
    for (Mutation.Assignment assignment : assignments) {
      if (!seen.add(assignment.property())) {
        throw typeError(assignment.at(), "T13", "duplicate assignment for property `" + assignment.property() + "`");
      }
    }
  }

  private static Set<String> assignedNames(List<Mutation.Assignment> assignments) {
    Set<String> out = new HashSet<>();
    assignments.forEach(a -> out.add(a.property()));
    return out;
  }

  private List<CheckedMutation.Assignment> assignments(GraphType type, List<Mutation.Assignment> assignments,
      boolean endpoints) {
    List<CheckedMutation.Assignment> out = new ArrayList<>();
    for (Mutation.Assignment assignment : assignments) {
      PropType target = propertyType(type, assignment.property(), endpoints, assignment.at());
      PropType valueType = value(assignment.value(), target, assignment.property(), assignment.at(), true);
      out.add(new CheckedMutation.Assignment(assignment.property(), target, assignment.value(), valueType));
    }
    return out;
  }

  private CheckedMutation.Predicate predicate(GraphType type, Mutation.Predicate where, boolean endpoints) {
    PropType target = propertyType(type, where.property(), endpoints, where.at());
    if (target.scalar() == ScalarType.BLOB) {
      throw typeError(where.at(), "T11", "blob property `" + where.property() + "` cannot be used in WHERE predicates");
    }
    PropType valueType = value(where.value(), target, where.property(), where.at(), false);
    return new CheckedMutation.Predicate(where.property(), target, where.operator(), where.value(), valueType);
  }

  /** The type of {@code property} on {@code type}; an edge's {@code from}/{@code to} are String. T11 when unknown. */
  private static PropType propertyType(GraphType type, String property, boolean endpoints, SourceLocation at) {
    if (endpoints && (property.equals("from") || property.equals("to"))) {
      return STRING;
    }
    return type.property(property).map(Property::type).orElseThrow(() ->
        typeError(at, "T11", "type `" + type.name() + "` has no property `" + property + "`"));
  }

  /**
   * Types a mutation value against the property type {@code expected}.
   *
   * @param assignment true for an assignment (a String parameter may then feed a Blob property)
   */
  private PropType value(Expr value, PropType expected, String property, SourceLocation at, boolean assignment) {
    if (value instanceof Expr.Now) {
      if (expected.list() || expected.scalar() != ScalarType.DATETIME) {
        throw typeError(at, "T7", "cannot assign/compare DateTime with " + expected + " for property `" + property + "`");
      }
      return DATETIME;
    }
    if (value instanceof Expr.Variable variable) {
      PropType actual = params.get(variable.name());
      if (actual == null) {
        throw typeError(value.at(), "T14", "mutation variable `$" + variable.name() + "` must be a declared query parameter");
      }
      boolean blobUri = assignment && expected.scalar() == ScalarType.BLOB && !expected.list()
          && actual.scalar() == ScalarType.STRING && !actual.list();
      if (!blobUri && !compatible(actual, expected)) {
        throw typeError(at, "T7", "cannot assign/compare " + actual + " with " + expected + " for property `" + property + "`");
      }
      return actual;
    }
    if (value instanceof Expr.Literal literal) {
      return literal(literal, expected, property, at);
    }
    throw new IllegalStateException("unexpected mutation value " + value);
  }

  private static PropType literal(Expr.Literal literal, PropType expected, String property, SourceLocation at) {
    if (!expected.list() && expected.scalar() == ScalarType.VECTOR && literal.value() instanceof List<?> items
        && !items.isEmpty() && items.stream().allMatch(i -> i instanceof Long || i instanceof Double)) {
      if (items.size() != expected.vectorDim()) {
        throw typeError(at, "T3", "property `" + property + "` has type " + expected + " but got vector literal with "
            + items.size() + " elements");
      }
      return expected.withNullable(false);
    }
    PropType actual = literalType(literal);
    if (!compatible(actual, expected)) {
      throw typeError(at, "T3", "property `" + property + "` has type " + expected + " but got " + actual);
    }
    if (expected.isEnum()) {
      List<?> values = literal.value() instanceof List<?> items ? items : List.of(literal.value());
      for (Object item : values) {
        if (item instanceof String text && !expected.enumValues().contains(text)) {
          throw typeError(at, "T3", "property `" + property + "` expects one of [" + String.join(", ", expected.enumValues())
              + "], got '" + text + "'");
        }
      }
    }
    return actual;
  }

  /** Literal types (§7): integer I64, float F64, list of the first element's type, empty list [String]. */
  private static PropType literalType(Expr.Literal literal) {
    if (literal.value() instanceof List<?> items) {
      PropType element = items.isEmpty() ? STRING : scalarType(items.get(0), literal);
      for (Object item : items) {
        if (item instanceof List<?>) {
          throw typeError(literal.at(), null, "nested list literals are not supported");
        }
        if (!compatible(element, scalarType(item, literal))) {
          throw typeError(literal.at(), null, "list literal elements must share a compatible scalar type");
        }
      }
      return new PropType(element.scalar(), true, false, null, 0);
    }
    return scalarType(literal.value(), literal);
  }

  private static PropType scalarType(Object value, Expr.Literal literal) {
    if (value instanceof String) {
      return STRING;
    } else if (value instanceof Long) {
      return PropType.of(ScalarType.I64, false);
    } else if (value instanceof Double) {
      return PropType.of(ScalarType.F64, false);
    } else if (value instanceof Boolean) {
      return PropType.of(ScalarType.BOOL, false);
    } else if (value instanceof LocalDate) {
      return PropType.of(ScalarType.DATE, false);
    } else if (value instanceof Instant) {
      return DATETIME;
    } else if (value instanceof List<?>) {
      throw typeError(literal.at(), null, "nested list literals are not supported");
    }
    throw typeError(literal.at(), null, "unsupported literal " + literal.text());
  }

  /** List-ness equal, and the same scalar (same dimension for vectors) or both numeric ({@code gq-language.md} §4). */
  private static boolean compatible(PropType a, PropType b) {
    if (a.list() != b.list()) {
      return false;
    }
    if (a.scalar().isNumeric() && b.scalar().isNumeric()) {
      return true;
    }
    return a.scalar() == b.scalar() && (a.scalar() != ScalarType.VECTOR || a.vectorDim() == b.vectorDim());
  }

  private static OmniGraphException unknownType(SourceLocation at, String name) {
    return typeError(at, "T10", "unknown node/edge type `" + name + "`");
  }

  private static OmniGraphException typeError(SourceLocation at, String code, String message) {
    return new OmniGraphException(ErrorCode.TYPE_ERROR, at, code == null ? message : code + ": " + message);
  }
}
