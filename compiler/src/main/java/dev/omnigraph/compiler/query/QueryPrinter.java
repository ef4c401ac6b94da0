package dev.omnigraph.compiler.query;

import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Mutation;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a {@code .gq} AST back to canonical source text ({@code gq-language.md} §2-3): the
 * inverse of {@link QueryParser}. Stateless.
 *
 * <p><b>What round-trips.</b> For every AST this class accepts, {@code QueryParser.parse(print(ast))}
 * yields an AST equal to {@code ast} except for the {@link dev.omnigraph.compiler.diag.SourceLocation}s
 * ({@code at()} fields, which describe the printed text) and {@link Expr.Literal#text()}, which
 * becomes {@link #literal(Object)} of the value: the printer renders a literal from its
 * {@link Expr.Literal#value() value} and ignores the text it was written with. Printing is
 * idempotent: {@code print(parse(print(ast))).equals(print(ast))}. Comments and the original
 * layout are not kept.
 *
 * <p><b>Canonical shape.</b>
 * <pre>
 * query name($a: String, $b: [I32]?, $v: Vector(3))
 *   &#64;description("...")
 *   &#64;instruction("...")
 * {
 *   match {
 *     $p: Person { name: "Alice", age: 30 }
 *     $p $e:knows{1,2} $f
 *     $f &lt;knows&gt; $_
 *     $p.age &gt;= 30.5
 *     not {
 *       $f livesIn $c
 *     }
 *     search($p.bio, "graph")
 *   }
 *   return { $p.name as who, count($f) }
 *   order { who desc, $p.age }
 *   limit 10
 * }
 * </pre>
 * Omitted traversal bounds ({@code {1,1}}) are not written; {@code {m,}} is written for an absent
 * maximum. Projections, property matches, assignments, parameters and order keys are separated by
 * {@code ", "}; list literals are written without spaces ({@code [1,2]}) because that is the text
 * the parser records for them. Only {@code desc} is written (ascending is the default).
 * Queries of a {@link QueryFile} are separated by a blank line.
 *
 * <p><b>Literals</b> ({@link #literal(Object)}): strings are double-quoted with the escapes
 * {@code \"}, {@code \\}, {@code \n}, {@code \r} and {@code \t} (every other character raw);
 * integers ({@link Long}) in decimal; floats ({@link Double}) in plain decimal notation with at least
 * one digit on each side of the point and no exponent, so {@link Double#parseDouble} returns the
 * same value ({@code 1.0E10} prints as {@code 10000000000.0}); booleans as {@code true}/{@code false};
 * a {@link LocalDate} as {@code date("YYYY-MM-DD")}; an {@link Instant} as
 * {@code datetime("YYYY-MM-DDTHH:MM:SS[.fraction]Z")}; lists as {@code [a,b]}.
 *
 * <p><b>What cannot be printed</b> (an {@link IllegalArgumentException} naming the node): ASTs the
 * grammar cannot express, for which no text parses to an equal AST — negative or non-finite numbers
 * (the grammar has no sign; {@code -0.0} included), dates outside years 0000-9999, an identifier,
 * type name or variable name of the wrong shape, the edge word {@code not}, an alias reference named
 * {@code true}/{@code false} (it would read as a literal), a filter {@code $a contains $b} or
 * {@code $a starts_with $b.x} with a bare variable on the left (§3.1 rule 1: a traversal), a
 * property-match or assignment value that is not a literal, variable or {@code now()}, a
 * {@code nearest} whose first argument is not a property access, {@code rrf} arms other than
 * {@code nearest}/{@code bm25}, a read query without match clauses or projections, a query with both
 * a read body and mutations, an annotation other than {@code description}/{@code instruction}, an
 * enum parameter type, and a {@code Vector(n)} list or {@code n < 1}.
 */
public final class QueryPrinter {
  private static final Pattern IDENT = Pattern.compile("[a-z_][A-Za-z0-9_]*");
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*");
  private static final Set<String> FILTER_OPS = Set.of("=", "!=", "<", "<=", ">", ">=", "contains", "starts_with");
  private static final Set<String> COMPARISON_OPS = Set.of("=", "!=", "<", "<=", ">", ">=");
  private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max");
  private static final Set<String> TEXT_SEARCH = Set.of("search", "fuzzy", "match_text");
  private static final String INDENT = "  ";

  private QueryPrinter() {}

  /**
   * The queries of {@code file} in order, separated by a blank line, ending with a newline (empty
   * for a file without queries). {@link QueryFile#source()} is not part of the text.
   */
  public static String print(QueryFile file) {
    StringBuilder out = new StringBuilder();
    for (Query query : file.queries()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(print(query));
    }
    return out.toString();
  }

  /** One {@code query} declaration, ending with a newline. */
  public static String print(Query query) {
    StringBuilder out = new StringBuilder();
    out.append("query ").append(ident(query.name(), "query name")).append('(');
    for (int i = 0; i < query.params().size(); i++) {
      ParamDecl param = query.params().get(i);
      out.append(i == 0 ? "" : ", ").append(variable(param.name())).append(": ").append(type(param.type()));
    }
    out.append(")\n");
    for (String key : query.annotations().keySet()) {
      if (!key.equals("description") && !key.equals("instruction")) {
        throw new IllegalArgumentException("annotation @" + key + " cannot be printed (only @description and @instruction exist)");
      }
    }
    for (String key : List.of("description", "instruction")) {
      String value = query.annotations().get(key);
      if (value != null) {
        out.append(INDENT).append('@').append(key).append('(').append(string(value)).append(")\n");
      }
    }
    out.append("{\n");
    if (query.isMutation()) {
      if (!query.match().isEmpty() || !query.returns().isEmpty() || !query.order().isEmpty() || query.limit() != null) {
        throw new IllegalArgumentException("query `" + query.name() + "` has both mutations and a read body");
      }
      for (Mutation mutation : query.mutations()) {
        out.append(INDENT).append(mutation(mutation)).append('\n');
      }
    } else {
      if (query.match().isEmpty() || query.returns().isEmpty()) {
        throw new IllegalArgumentException("read query `" + query.name() + "` needs at least one match clause and one projection");
      }
      out.append(INDENT).append("match {\n");
      clauses(query.match(), 2, out);
      out.append(INDENT).append("}\n");
      out.append(INDENT).append("return { ");
      for (int i = 0; i < query.returns().size(); i++) {
        Query.Projection projection = query.returns().get(i);
        out.append(i == 0 ? "" : ", ").append(expr(projection.expr()));
        if (projection.alias() != null) {
          out.append(" as ").append(ident(projection.alias(), "alias"));
        }
      }
      out.append(" }\n");
      if (!query.order().isEmpty()) {
        out.append(INDENT).append("order { ");
        for (int i = 0; i < query.order().size(); i++) {
          Query.Ordering ordering = query.order().get(i);
          out.append(i == 0 ? "" : ", ").append(expr(ordering.expr()));
          if (ordering.descending()) {
            if (ordering.expr() instanceof Expr.Call call && call.function().equals("nearest")) {
              throw new IllegalArgumentException("a `nearest` ordering takes no direction (§3.1 rule 5)");
            }
            out.append(" desc");
          }
        }
        out.append(" }\n");
      }
      if (query.limit() != null) {
        out.append(INDENT).append("limit ").append(nonNegative(query.limit(), "limit")).append('\n');
      }
    }
    out.append("}\n");
    return out.toString();
  }

  /** A parameter type as written after {@code $name:}: {@code String}, {@code [I32]?}, {@code Vector(3)}. */
  public static String type(PropType type) {
    if (type.isEnum()) {
      throw new IllegalArgumentException("enum types are not parameter types: " + type);
    }
    String base;
    if (type.scalar() == ScalarType.VECTOR) {
      if (type.list() || type.vectorDim() < 1) {
        throw new IllegalArgumentException("cannot print the parameter type " + type);
      }
      base = "Vector(" + type.vectorDim() + ")";
    } else {
      base = type.list() ? "[" + type.scalar().spelling() + "]" : type.scalar().spelling();
    }
    return type.nullable() ? base + "?" : base;
  }

  /** One match clause: a single line, except a negation, which spans several. */
  public static String clause(Clause clause) {
    StringBuilder out = new StringBuilder();
    clause(clause, 0, out);
    return out.toString().strip();
  }

  private static void clauses(List<Clause> clauses, int depth, StringBuilder out) {
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("a match or not block needs at least one clause");
    }
    for (Clause clause : clauses) {
      clause(clause, depth, out);
    }
  }

  private static void clause(Clause clause, int depth, StringBuilder out) {
    String indent = INDENT.repeat(depth);
    out.append(indent);
    if (clause instanceof Clause.Negation negation) {
      out.append("not {\n");
      clauses(negation.clauses(), depth + 1, out);
      out.append(indent).append("}\n");
      return;
    }
    if (clause instanceof Clause.Binding binding) {
      out.append(variable(binding.variable())).append(": ").append(typeName(binding.typeName()));
      if (!binding.matches().isEmpty()) {
        out.append(" { ");
        for (int i = 0; i < binding.matches().size(); i++) {
          Clause.PropMatch match = binding.matches().get(i);
          out.append(i == 0 ? "" : ", ").append(ident(match.property(), "property name")).append(": ").append(value(match.value()));
        }
        out.append(" }");
      }
    } else if (clause instanceof Clause.Traversal t) {
      out.append(variable(t.source())).append(' ');
      if (t.edgeVariable() != null) {
        out.append(variable(t.edgeVariable())).append(':');
      }
      String word = ident(t.edgeName(), "edge word");
      if (word.equals("not")) {
        throw new IllegalArgumentException("`not` cannot be an edge word");
      }
      out.append(t.undirected() ? "<" + word + ">" : word);
      if (t.minHops() != 1 || t.maxHops() == null || t.maxHops() != 1) {
        out.append('{').append(nonNegative(t.minHops(), "hop bound")).append(',');
        if (t.maxHops() != null) {
          out.append(nonNegative(t.maxHops(), "hop bound"));
        }
        out.append('}');
      }
      out.append(' ').append(variable(t.target()));
    } else if (clause instanceof Clause.Filter filter) {
      if (!FILTER_OPS.contains(filter.operator())) {
        throw new IllegalArgumentException("unknown filter operator `" + filter.operator() + "`");
      }
      boolean textOp = filter.operator().equals("contains") || filter.operator().equals("starts_with");
      if (textOp && filter.left() instanceof Expr.Variable
          && (filter.right() instanceof Expr.Variable || filter.right() instanceof Expr.PropAccess)) {
        throw new IllegalArgumentException("the filter `" + expr(filter.left()) + " " + filter.operator() + " " + expr(filter.right())
            + "` cannot be written: a variable, a word and a variable form a traversal (§3.1 rule 1)");
      }
      out.append(expr(filter.left())).append(' ').append(filter.operator()).append(' ').append(expr(filter.right()));
    } else if (clause instanceof Clause.SearchClause search) {
      if (!TEXT_SEARCH.contains(search.call().function())) {
        throw new IllegalArgumentException("`" + search.call().function() + "` cannot be a search clause");
      }
      out.append(expr(search.call()));
    } else {
      throw new IllegalArgumentException("unknown clause " + clause);
    }
    out.append('\n');
  }

  /** A mutation statement on one line. */
  public static String mutation(Mutation mutation) {
    if (mutation instanceof Mutation.Insert insert) {
      return "insert " + typeName(insert.typeName()) + " { " + assignments(insert.assignments()) + " }";
    }
    if (mutation instanceof Mutation.Update update) {
      return "update " + typeName(update.typeName()) + " set { " + assignments(update.assignments()) + " } where "
          + predicate(update.where());
    }
    if (mutation instanceof Mutation.Delete delete) {
      return "delete " + typeName(delete.typeName()) + " where " + predicate(delete.where());
    }
    throw new IllegalArgumentException("unknown mutation " + mutation);
  }

  private static String assignments(List<Mutation.Assignment> assignments) {
    if (assignments.isEmpty()) {
      throw new IllegalArgumentException("insert and update need at least one assignment");
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < assignments.size(); i++) {
      Mutation.Assignment assignment = assignments.get(i);
      out.append(i == 0 ? "" : ", ").append(ident(assignment.property(), "property name")).append(": ").append(value(assignment.value()));
    }
    return out.toString();
  }

  private static String predicate(Mutation.Predicate predicate) {
    if (!COMPARISON_OPS.contains(predicate.operator())) {
      throw new IllegalArgumentException("a mutation predicate takes a comparison, not `" + predicate.operator() + "`");
    }
    return ident(predicate.property(), "property name") + " " + predicate.operator() + " " + value(predicate.value());
  }

  /** A {@code value} position (property match, assignment, predicate): literal, variable or now(). */
  private static String value(Expr value) {
    if (value instanceof Expr.Literal || value instanceof Expr.Variable || value instanceof Expr.Now) {
      return expr(value);
    }
    throw new IllegalArgumentException("only a literal, a variable or now() can be written here, not " + value);
  }

  /** An expression. */
  public static String expr(Expr expr) {
    if (expr instanceof Expr.PropAccess access) {
      return variable(access.variable()) + "." + ident(access.property(), "property name");
    }
    if (expr instanceof Expr.Variable variable) {
      return variable(variable.name());
    }
    if (expr instanceof Expr.Literal literal) {
      return literal(literal.value());
    }
    if (expr instanceof Expr.Now) {
      return "now()";
    }
    if (expr instanceof Expr.AliasRef alias) {
      String name = ident(alias.name(), "alias reference");
      if (name.equals("true") || name.equals("false")) {
        throw new IllegalArgumentException("an alias reference named `" + name + "` would read as a literal");
      }
      return name;
    }
    if (expr instanceof Expr.Aggregate agg) {
      if (!AGGREGATES.contains(agg.function())) {
        throw new IllegalArgumentException("unknown aggregate `" + agg.function() + "`");
      }
      return agg.function() + "(" + expr(agg.argument()) + ")";
    }
    if (expr instanceof Expr.Call call) {
      return call(call);
    }
    throw new IllegalArgumentException("unknown expression " + expr);
  }

  private static String call(Expr.Call call) {
    List<Expr> args = call.arguments();
    switch (call.function()) {
      case "search", "match_text", "bm25" -> arity(call, 2, 2);
      case "fuzzy" -> arity(call, 2, 3);
      case "nearest" -> {
        arity(call, 2, 2);
        if (!(args.get(0) instanceof Expr.PropAccess)) {
          throw new IllegalArgumentException("the first argument of `nearest` must be a property access");
        }
      }
      case "rrf" -> {
        arity(call, 2, 3);
        for (int i = 0; i < 2; i++) {
          if (!(args.get(i) instanceof Expr.Call arm && (arm.function().equals("nearest") || arm.function().equals("bm25")))) {
            throw new IllegalArgumentException("`rrf` arms must be nearest(...) or bm25(...) (§3.1 rule 6)");
          }
        }
      }
      default -> throw new IllegalArgumentException("unknown function `" + call.function() + "`");
    }
    StringBuilder out = new StringBuilder(call.function()).append('(');
    for (int i = 0; i < args.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(expr(args.get(i)));
    }
    return out.append(')').toString();
  }

  private static void arity(Expr.Call call, int min, int max) {
    int n = call.arguments().size();
    if (n < min || n > max) {
      throw new IllegalArgumentException("`" + call.function() + "` takes " + (min == max ? "" + min : min + " or " + max)
          + " arguments, got " + n);
    }
  }

  /**
   * The canonical source text of a literal value ({@link String}, {@link Long}, {@link Double},
   * {@link Boolean}, {@link LocalDate}, {@link Instant} or a {@link List} of those) — the same text
   * the parser records as {@link Expr.Literal#text()} when it reads it back.
   */
  public static String literal(Object value) {
    if (value instanceof String s) {
      return string(s);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return Long.toString(nonNegative(((Number) value).longValue(), "integer literal"));
    }
    if (value instanceof Double d) {
      return decimal(d);
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof LocalDate date) {
      if (date.getYear() < 0 || date.getYear() > 9999) {
        throw new IllegalArgumentException("date " + date + " is outside years 0000-9999");
      }
      return "date(" + string(date.toString()) + ")";
    }
    if (value instanceof Instant instant) {
      int year = instant.atOffset(ZoneOffset.UTC).getYear();
      if (year < 0 || year > 9999) {
        throw new IllegalArgumentException("datetime " + instant + " is outside years 0000-9999");
      }
      return "datetime(" + string(instant.toString()) + ")";
    }
    if (value instanceof List<?> items) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        out.append(i == 0 ? "" : ",").append(literal(items.get(i)));
      }
      return out.append(']').toString();
    }
    throw new IllegalArgumentException("cannot print the literal " + value + (value == null ? "" : " (" + value.getClass().getName() + ")"));
  }

  /** A double-quoted string literal with {@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t} escaped. */
  public static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Plain decimal with a digit on each side of the point; round-trips through Double.parseDouble. */
  private static String decimal(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d) || d < 0 || (d == 0 && 1 / d < 0)) {
      throw new IllegalArgumentException("float literal " + d + " cannot be written (no sign, no NaN or infinity in .gq)");
    }
    String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return text.indexOf('.') < 0 ? text + ".0" : text;
  }

  private static long nonNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " " + value + " cannot be written (no sign in .gq)");
    }
    return value;
  }

  private static String variable(String name) {
    if (name == null || !IDENT.matcher(name).matches()) {
      throw new IllegalArgumentException("`$" + name + "` is not a variable name ([a-z_][A-Za-z0-9_]*)");
    }
    return "$" + name;
  }

  private static String ident(String name, String what) {
    if (name == null || !IDENT.matcher(name).matches()) {
      throw new IllegalArgumentException("`" + name + "` is not a valid " + what + " ([a-z_][A-Za-z0-9_]*)");
    }
    return name;
  }

  private static String typeName(String name) {
    if (name == null || !TYPE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("`" + name + "` is not a type name ([A-Z][A-Za-z0-9_]*)");
    }
    return name;
  }
}
