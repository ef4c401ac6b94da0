package dev.omnigraph.compiler.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Mutation;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.compiler.schema.PropType;
import dev.omnigraph.compiler.schema.ScalarType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@code parse(print(ast))} equals {@code ast} for random ASTs of every production
 * ({@link QueryPrinter}). ASTs are compared with their source locations stripped (records compare
 * their {@code at()} too); {@link Expr.Literal#text()} is generated as the printer's canonical text
 * of the value, which is what the parser records, so it is compared as is.
 *
 * <p>The generators avoid only what the grammar cannot express (see {@link QueryPrinter}): keywords
 * are generated as identifiers, variables, aliases, property names and edge words (except the edge
 * word {@code not} and the alias references {@code true}/{@code false}); a filter with a bare
 * variable on the left of {@code contains}/{@code starts_with} and a variable or property access on
 * the right is not generated (it is a traversal, §3.1 rule 1).
 */
class QueryPrinterProperties {
  private static final SourceLocation NO_LOCATION = null;

  static final List<String> KEYWORDS = List.of("query", "match", "return", "order", "limit", "not", "insert", "update", "delete",
      "set", "where", "as", "asc", "desc", "true", "false", "date", "datetime", "now", "nearest", "search", "fuzzy",
      "match_text", "bm25", "rrf", "count", "sum", "avg", "min", "max", "contains", "starts_with");
  static final List<String> TYPE_WORDS = List.of("Vector", "String", "Blob", "Bool", "I32", "I64", "U32", "U64", "F32", "F64",
      "DateTime", "Date");
  private static final List<String> FILTER_OPS = List.of("=", "!=", "<", "<=", ">", ">=", "contains", "starts_with");
  private static final List<String> COMPARISON_OPS = List.of("=", "!=", "<", "<=", ">", ">=");

  // ---------------------------------------------------------------------------------------------
  // Properties
  // ---------------------------------------------------------------------------------------------

  @Property(tries = 1000)
  void parseOfPrintEqualsTheAst(@ForAll("queryFiles") QueryFile file) {
    String text = QueryPrinter.print(file);
    QueryFile reparsed = QueryParser.parse(text, file.source());
    assertThat(strip(reparsed)).as("parse(print(ast)) for\n%s", text).isEqualTo(strip(file));
    assertThat(QueryPrinter.print(reparsed)).as("print is idempotent").isEqualTo(text);
  }

  @Property(tries = 1000)
  void everyLiteralRoundTripsWithItsCanonicalText(@ForAll("literalValues") Object value) {
    String text = "query q() { match { $p: P { x: " + QueryPrinter.literal(value) + " } } return { $p } }";
    Clause.Binding binding = (Clause.Binding) QueryParser.parse(text, "l.gq").queries().get(0).match().get(0);
    Expr.Literal literal = (Expr.Literal) binding.matches().get(0).value();
    assertThat(literal.value()).isEqualTo(value);
    assertThat(literal.text()).isEqualTo(QueryPrinter.literal(value));
  }

  // ---------------------------------------------------------------------------------------------
  // Location stripping
  // ---------------------------------------------------------------------------------------------

  /** A copy of an AST value with every {@link SourceLocation} component replaced by null. */
  static Object strip(Object value) {
    return strip(value, false);
  }

  /**
   * As {@link #strip(Object)}, also replacing each {@link Expr.Literal#text()} by the printer's
   * canonical text of its value when {@code canonicalText} (for sources not written canonically).
   */
  static Object strip(Object value, boolean canonicalText) {
    if (value instanceof Expr.Literal literal && canonicalText) {
      return new Expr.Literal(literal.value(), QueryPrinter.literal(literal.value()), null);
    }
    if (value instanceof SourceLocation) {
      return null;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(strip(item, canonicalText)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, strip(v, canonicalText)));
      return out;
    }
    if (value instanceof Record record && record.getClass().getPackageName().startsWith("dev.omnigraph.compiler.query")) {
      try {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          Object component = components[i].getAccessor().invoke(record);
          // Literal values are data (a List there is a list literal), never AST nodes.
          args[i] = record instanceof Expr.Literal && components[i].getName().equals("value") ? component : strip(component, canonicalText);
        }
        Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Generators
  // ---------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<QueryFile> queryFiles() {
    return Combinators.combine(Arbitraries.of("q.gq", "<inline>", "dir/x.gq"), query().list().ofMaxSize(3))
        .as(QueryFile::new);
  }

  @Provide
  Arbitrary<Object> literalValues() {
    return literalValue(2);
  }

  static Arbitrary<String> ident() {
    Arbitrary<String> random = Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').withChars('_').ofLength(1),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars('_').ofMaxLength(6))
        .as(String::concat);
    return weighted(w(3, Arbitraries.of(KEYWORDS)), w(1, Arbitraries.of("p", "f", "_", "x1", "aB_9")),
        w(4, random));
  }

  static Arbitrary<String> typeName() {
    Arbitrary<String> random = Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars('_').ofMaxLength(6))
        .as(String::concat);
    return Arbitraries.oneOf(Arbitraries.of(TYPE_WORDS), Arbitraries.of("Person", "City"), random);
  }

  static Arbitrary<String> edgeWord() {
    return ident().filter(word -> !word.equals("not"));
  }

  static Arbitrary<String> strings() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\r', '\t', 'é', '中', '\u00a0')
        .ofMaxLength(8);
    return Arbitraries.oneOf(plain, Arbitraries.of("", "\"", "\\", "\\n", "a\"b\\c", "😀", "line1\nline2", "/* not a comment */",
        "// nor this", "tab\there"));
  }

  static Arbitrary<Double> floats() {
    Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble)
        .filter(d -> Double.isFinite(d) && d >= 0 && !(d == 0 && 1 / d < 0));
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1000).ofScale(4).filter(d -> !(d == 0 && 1 / d < 0)),
        anyBits,
        Arbitraries.of(0.0, 0.5, 1.0, 30.5, 1e10, 1e-7, 123456789.125, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2));
  }

  static Arbitrary<Object> scalarValue() {
    Arbitrary<LocalDate> dates = Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<Instant> instants = Combinators.combine(
            Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay() * 86400, LocalDate.of(9999, 12, 31).toEpochDay() * 86400 + 86399),
            Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999_999)))
        .as(Instant::ofEpochSecond);
    return Arbitraries.oneOf(
        strings().map(s -> (Object) s),
        Arbitraries.oneOf(Arbitraries.longs().between(0, 100), Arbitraries.longs().between(0, Long.MAX_VALUE)).map(l -> (Object) l),
        floats().map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        dates.map(d -> (Object) d),
        instants.map(i -> (Object) i));
  }

  static Arbitrary<Object> literalValue(int depth) {
    if (depth == 0) {
      return scalarValue();
    }
    return weighted(
        w(5, scalarValue()),
        w(1, literalValue(depth - 1).list().ofMaxSize(3).map(list -> (Object) list)));
  }

  static Arbitrary<Expr> literal() {
    return literalValue(1).map(value -> new Expr.Literal(value, QueryPrinter.literal(value), NO_LOCATION));
  }

  static Arbitrary<Expr.PropAccess> propAccess() {
    return Combinators.combine(ident(), ident()).as((v, p) -> new Expr.PropAccess(v, p, NO_LOCATION));
  }

  /** A {@code value} position: literal, variable or now(). */
  static Arbitrary<Expr> valueExpr() {
    return weighted(
        w(4, literal()),
        w(2, ident().map(v -> (Expr) new Expr.Variable(v, NO_LOCATION))),
        w(1, Arbitraries.just(new Expr.Now(NO_LOCATION))));
  }

  static Arbitrary<Expr> leafExpr() {
    return weighted(
        w(4, propAccess().map(p -> (Expr) p)),
        w(2, ident().map(v -> (Expr) new Expr.Variable(v, NO_LOCATION))),
        w(3, literal()),
        w(1, Arbitraries.just(new Expr.Now(NO_LOCATION))),
        w(2, ident().filter(n -> !n.equals("true") && !n.equals("false")).map(n -> (Expr) new Expr.AliasRef(n, NO_LOCATION))));
  }

  static Arbitrary<Expr.Call> nearestCall(int depth) {
    return Combinators.combine(propAccess(), expr(depth - 1))
        .as((field, query) -> new Expr.Call("nearest", List.of(field, query), NO_LOCATION));
  }

  static Arbitrary<Expr.Call> twoArgCall(String function, int depth) {
    return Combinators.combine(expr(depth - 1), expr(depth - 1))
        .as((a, b) -> new Expr.Call(function, List.of(a, b), NO_LOCATION));
  }

  static Arbitrary<Expr.Call> textSearchCall(int depth) {
    Arbitrary<Expr.Call> fuzzy3 = Combinators.combine(expr(depth - 1), expr(depth - 1), expr(depth - 1))
        .as((a, b, c) -> new Expr.Call("fuzzy", List.of(a, b, c), NO_LOCATION));
    return Arbitraries.oneOf(twoArgCall("search", depth), twoArgCall("fuzzy", depth), fuzzy3, twoArgCall("match_text", depth));
  }

  static Arbitrary<Expr> expr(int depth) {
    if (depth <= 0) {
      return leafExpr();
    }
    Arbitrary<Expr.Call> rank = Arbitraries.oneOf(nearestCall(depth), twoArgCall("bm25", depth));
    Arbitrary<Expr> rrf = Combinators.combine(rank, rank, expr(depth - 1).optional())
        .as((a, b, k) -> new Expr.Call("rrf", k.map(e -> List.of(a, b, e)).orElse(List.of(a, b)), NO_LOCATION));
    Arbitrary<Expr> aggregate = Combinators.combine(Arbitraries.of("count", "sum", "avg", "min", "max"), expr(depth - 1))
        .as((fn, arg) -> new Expr.Aggregate(fn, arg, NO_LOCATION));
    return weighted(
        w(8, leafExpr()),
        w(1, aggregate),
        w(1, textSearchCall(depth).map(c -> (Expr) c)),
        w(1, twoArgCall("bm25", depth).map(c -> (Expr) c)),
        w(1, nearestCall(depth).map(c -> (Expr) c)),
        w(1, rrf));
  }

  static boolean isTraversalShaped(Expr left, String op, Expr right) {
    return (op.equals("contains") || op.equals("starts_with")) && left instanceof Expr.Variable
        && (right instanceof Expr.Variable || right instanceof Expr.PropAccess);
  }

  static Arbitrary<Clause> clause(int depth) {
    Arbitrary<Clause> binding = Combinators.combine(ident(), typeName(),
            Combinators.combine(ident(), valueExpr()).as((p, v) -> new Clause.PropMatch(p, v, NO_LOCATION)).list().ofMaxSize(3))
        .as((v, t, m) -> new Clause.Binding(v, t, m, NO_LOCATION));
    Arbitrary<long[]> bounds = Arbitraries.oneOf(
        Arbitraries.just(new long[] {1, 1}),
        Combinators.combine(Arbitraries.longs().between(0, 5), Arbitraries.longs().between(0, 5)).as((a, b) -> new long[] {a, b}),
        Arbitraries.longs().between(0, 5).map(a -> new long[] {a, -1}),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(a -> new long[] {a, Long.MAX_VALUE}));
    Arbitrary<Clause> traversal = Combinators.combine(ident(), ident().optional(), edgeWord(), Arbitraries.of(false, true), bounds, ident())
        .as((s, e, w, u, b, d) -> new Clause.Traversal(s, e.orElse(null), w, u, b[0], b[1] < 0 ? null : b[1], d, NO_LOCATION));
    Arbitrary<Clause> filter = Combinators.combine(expr(1), Arbitraries.of(FILTER_OPS), expr(1))
        .filter((l, op, r) -> !isTraversalShaped(l, op, r))
        .as((l, op, r) -> new Clause.Filter(l, op, r, NO_LOCATION));
    Arbitrary<Clause> search = textSearchCall(1).map(call -> new Clause.SearchClause(call, NO_LOCATION));
    if (depth <= 0) {
      return weighted(w(3, binding), w(3, traversal), w(3, filter),
          w(1, search));
    }
    Arbitrary<Clause> negation = clause(depth - 1).list().ofMinSize(1).ofMaxSize(3)
        .map(clauses -> new Clause.Negation(clauses, NO_LOCATION));
    return weighted(w(3, binding), w(3, traversal), w(3, filter),
        w(1, search), w(2, negation));
  }

  static Arbitrary<PropType> paramType() {
    List<ScalarType> bases = Arrays.stream(ScalarType.values()).filter(t -> t != ScalarType.VECTOR).toList();
    Arbitrary<PropType> base = Combinators.combine(Arbitraries.of(bases), Arbitraries.of(false, true), Arbitraries.of(false, true))
        .as((s, list, nullable) -> new PropType(s, list, nullable, null, 0));
    Arbitrary<PropType> vector = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.integers().between(1, 2048), Arbitraries.just(Integer.MAX_VALUE)), Arbitraries.of(false, true))
        .as((dim, nullable) -> new PropType(ScalarType.VECTOR, false, nullable, null, dim));
    return weighted(w(4, base), w(1, vector));
  }

  static Arbitrary<Mutation> mutation() {
    Arbitrary<List<Mutation.Assignment>> assignments = Combinators.combine(ident(), valueExpr())
        .as((p, v) -> new Mutation.Assignment(p, v, NO_LOCATION)).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<Mutation.Predicate> predicate = Combinators.combine(ident(), Arbitraries.of(COMPARISON_OPS), valueExpr())
        .as((p, op, v) -> new Mutation.Predicate(p, op, v, NO_LOCATION));
    return Arbitraries.oneOf(
        Combinators.combine(typeName(), assignments).as((t, a) -> (Mutation) new Mutation.Insert(t, a, NO_LOCATION)),
        Combinators.combine(typeName(), assignments, predicate).as((t, a, p) -> (Mutation) new Mutation.Update(t, a, p, NO_LOCATION)),
        Combinators.combine(typeName(), predicate).as((t, p) -> (Mutation) new Mutation.Delete(t, p, NO_LOCATION)));
  }

  static Arbitrary<Query> query() {
    Arbitrary<List<ParamDecl>> params = Combinators.combine(ident(), paramType()).as(ParamDecl::new).list().ofMaxSize(3);
    Arbitrary<Map<String, String>> annotations = Combinators.combine(strings().optional(), strings().optional())
        .as((d, i) -> {
          Map<String, String> map = new LinkedHashMap<>();
          d.ifPresent(v -> map.put("description", v));
          i.ifPresent(v -> map.put("instruction", v));
          return map;
        });
    Arbitrary<Query.Projection> projection = Combinators.combine(expr(2), ident().optional())
        .as((e, alias) -> new Query.Projection(e, alias.orElse(null), NO_LOCATION));
    Arbitrary<Query.Ordering> ordering = Combinators.combine(expr(2), Arbitraries.of(false, true))
        .as((e, desc) -> new Query.Ordering(e, desc && !(e instanceof Expr.Call c && c.function().equals("nearest")), NO_LOCATION));
    Arbitrary<Optional<Long>> limit = Arbitraries.oneOf(Arbitraries.longs().between(0, 20), Arbitraries.longs().between(0, Long.MAX_VALUE))
        .optional();
    Arbitrary<Query> read = Combinators.combine(ident(), params, annotations, clause(2).list().ofMinSize(1).ofMaxSize(5),
            projection.list().ofMinSize(1).ofMaxSize(4), ordering.list().ofMaxSize(3), limit)
        .as((name, ps, an, match, ret, order, lim) ->
            new Query(name, ps, an, match, ret, order, lim.orElse(null), List.of(), NO_LOCATION));
    Arbitrary<Query> write = Combinators.combine(ident(), params, annotations, mutation().list().ofMinSize(1).ofMaxSize(3))
        .as((name, ps, an, muts) -> new Query(name, ps, an, List.of(), List.of(), List.of(), null, muts, NO_LOCATION));
    return weighted(w(4, read), w(1, write));
  }

  /** A weighted choice for {@link #weighted}. */
  record W<T>(int weight, Arbitrary<? extends T> arbitrary) {}

  static <T> W<T> w(int weight, Arbitrary<? extends T> arbitrary) {
    return new W<>(weight, arbitrary);
  }

  /** {@link Arbitraries#frequencyOf} over choices of different subtypes of {@code T}. */
  @SafeVarargs
  @SuppressWarnings("unchecked")
  static <T> Arbitrary<T> weighted(W<? extends T>... choices) {
    List<Tuple.Tuple2<Integer, Arbitrary<T>>> list = new ArrayList<>();
    for (W<? extends T> choice : choices) {
      list.add(Tuple.of(choice.weight(), (Arbitrary<T>) choice.arbitrary()));
    }
    return Arbitraries.frequencyOf(list);
  }
}
