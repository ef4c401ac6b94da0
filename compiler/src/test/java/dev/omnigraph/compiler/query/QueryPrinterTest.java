package dev.omnigraph.compiler.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.query.ast.Clause;
import dev.omnigraph.compiler.query.ast.Expr;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Example-based cases of {@link QueryPrinter}; the random round trip is {@link QueryPrinterProperties}. */
class QueryPrinterTest {

  private static QueryFile parse(String source) {
    return QueryParser.parse(source, "t.gq");
  }

  /**
   * Parses, prints, and checks that the print parses back to the same AST (locations aside, and
   * literal texts as the printer writes them, since the sources here are not all canonical).
   */
  private static String roundTrip(String source) {
    QueryFile file = parse(source);
    String printed = QueryPrinter.print(file);
    QueryFile reparsed = parse(printed);
    assertThat(QueryPrinterProperties.strip(reparsed)).as(printed).isEqualTo(QueryPrinterProperties.strip(file, true));
    assertThat(QueryPrinter.print(reparsed)).isEqualTo(printed);
    return printed;
  }

  private static Expr.Literal literal(Object value) {
    return new Expr.Literal(value, QueryPrinter.literal(value), null);
  }

  private static Query readQuery(List<Clause> match) {
    return new Query("q", List.of(), java.util.Map.of(), match,
        List.of(new Query.Projection(new Expr.Variable("p", null), null, null)), List.of(), null, List.of(), null);
  }

  @Test
  void printsTheCanonicalShape() {
    String printed = roundTrip("""
        query friends($name: String, $min: I32?, $tags: [String]?, $q: Vector(3)) @instruction("use \\"it\\"") @description("Friends
        of a person") {
          match { $p: Person { name: $name, tags: "a", } $p $e:knows{1,1} $f  $f <knows>{2,} $_ $f.age >= 30.5
            not { $f livesIn $c not { $c.name starts_with "Par" } } search($p.name, "x") }
          return { $p.name as who $f count($f.age) }
          order { who desc, $p.age asc }
          limit 10
        }
        """);
    assertThat(printed).isEqualTo("""
        query friends($name: String, $min: I32?, $tags: [String]?, $q: Vector(3))
          @description("Friends\\nof a person")
          @instruction("use \\"it\\"")
        {
          match {
            $p: Person { name: $name, tags: "a" }
            $p $e:knows $f
            $f <knows>{2,} $_
            $f.age >= 30.5
            not {
              $f livesIn $c
              not {
                $c.name starts_with "Par"
              }
            }
            search($p.name, "x")
          }
          return { $p.name as who, $f, count($f.age) }
          order { who desc, $p.age }
          limit 10
        }
        """);
  }

  @Test
  void printsMutationsAndSeveralQueries() {
    String printed = roundTrip("""
        query add($n: String) { insert Person { name: $n age: 3, born: date("2000-01-02") }
          update Person set { age: 4 seen: now() } where name = $n
          delete Person where age < 2.5 }
        query read() { match { $p: Person } return { $p } }
        """);
    assertThat(printed).isEqualTo("""
        query add($n: String)
        {
          insert Person { name: $n, age: 3, born: date("2000-01-02") }
          update Person set { age: 4, seen: now() } where name = $n
          delete Person where age < 2.5
        }

        query read()
        {
          match {
            $p: Person
          }
          return { $p }
        }
        """);
  }

  @Test
  void keywordsAreIdentifiersEverywhereTheGrammarAllows() {
    roundTrip("""
        query not($match: I32) {
          match { $match: Person { limit: 1, not: 2 } $match order $desc $desc.as = $match not { $desc contains $as }
            count = 1 not = asc }
          return { $match.as as asc, as, desc as as }
          order { asc desc, desc, as asc, now }
        }
        """);
  }

  @Test
  void writesFloatsInPlainNotationThatParsesBackExactly() {
    assertThat(QueryPrinter.literal(1e10)).isEqualTo("10000000000.0");
    assertThat(QueryPrinter.literal(1e-7)).isEqualTo("0.0000001");
    assertThat(QueryPrinter.literal(5.0)).isEqualTo("5.0");
    assertThat(QueryPrinter.literal(0.0)).isEqualTo("0.0");
    assertThat(QueryPrinter.literal(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    for (double d : new double[] {Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, 123456789.125, 2.5e-300}) {
      assertThat(Double.parseDouble(QueryPrinter.literal(d))).isEqualTo(d);
      assertThat(QueryPrinter.literal(d)).doesNotContain("E").contains(".");
    }
  }

  @Test
  void escapesStringsAndKeepsOtherCharactersRaw() {
    String value = "a\"b\\c\nd\re\tf é 😀 /* x */";
    assertThat(QueryPrinter.literal(value)).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf é 😀 /* x */\"");
    assertThat(QueryPrinter.print(new Query("q", List.of(), java.util.Map.of("description", "\\n"), List.of(new Clause.Binding("p", "P",
            List.of(new Clause.PropMatch("x", literal(value), null)), null)),
        List.of(new Query.Projection(new Expr.Variable("p", null), null, null)), List.of(), null, List.of(), null)))
        .contains("@description(\"\\\\n\")");
  }

  @Test
  void writesTemporalAndListLiteralsAsTheParserRecordsThem() {
    assertThat(QueryPrinter.literal(LocalDate.of(7, 3, 9))).isEqualTo("date(\"0007-03-09\")");
    assertThat(QueryPrinter.literal(Instant.parse("2024-06-01T12:00:00.000000123Z"))).isEqualTo("datetime(\"2024-06-01T12:00:00.000000123Z\")");
    assertThat(QueryPrinter.literal(List.of(1L, List.of(), List.of("a", 2.5)))).isEqualTo("[1,[],[\"a\",2.5]]");
    // A datetime written with a space and an offset prints as its UTC instant.
    assertThat(roundTrip("query q() { match { $p: P { t: datetime(\"2024-06-01 14:00:00+02:00\"), d: [ 1 , 2 ] } } return { $p } }"))
        .contains("t: datetime(\"2024-06-01T12:00:00Z\")").contains("d: [1,2]");
  }

  @Test
  void writesBoundsOnlyWhenNotOneOne() {
    assertThat(roundTrip("query q() { match { $a knows{1,1} $b $a knows{1,} $c $a knows{0,0} $d $a <knows>{2,3} $e } return { $a } }"))
        .contains("$a knows $b\n").contains("$a knows{1,} $c").contains("$a knows{0,0} $d").contains("$a <knows>{2,3} $e");
  }

  @Test
  void printsEverySearchCallShape() {
    roundTrip("""
        query s($q: String, $v: Vector(2)) {
          match { $d: Doc  search($d.t, $q)  fuzzy($d.t, "x")  fuzzy($d.t, "x", 2)  match_text($d.t, $q)
            bm25($d.t, $q) > 0.5 }
          return { $d.t, rrf(nearest($d.e, $v), bm25($d.t, $q)) as s }
          order { nearest($d.e, [1.0,2]), rrf(nearest($d.e, $v), bm25($d.t, $q), 60) desc, bm25($d.t, "y") }
          limit 3
        }
        """);
  }

  @Test
  void refusesWhatTheGrammarCannotExpress() {
    Clause traversalShaped = new Clause.Filter(new Expr.Variable("a", null), "contains", new Expr.Variable("b", null), null);
    assertThatThrownBy(() -> QueryPrinter.print(readQuery(List.of(traversalShaped))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("traversal");
    // The same words parse as a traversal over an edge named `contains`, which prints back unchanged.
    assertThat(roundTrip("query q() { match { $a contains $b } return { $a } }")).contains("$a contains $b");
    assertThat(roundTrip("query q() { match { $a.x contains $b } return { $a } }")).contains("$a.x contains $b");

    for (Object bad : new Object[] {-1L, -0.5, -0.0, Double.NaN, Double.POSITIVE_INFINITY, LocalDate.of(10000, 1, 1), 'c'}) {
      assertThatThrownBy(() -> QueryPrinter.literal(bad)).as("%s", bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> QueryPrinter.print(readQuery(List.of(new Clause.Traversal("a", null, "not", false, 1, 1L, "b", null)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueryPrinter.print(readQuery(List.of(new Clause.Binding("A", "P", List.of(), null)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueryPrinter.print(readQuery(List.of(new Clause.Filter(new Expr.AliasRef("true", null), "=",
        literal(1L), null))))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueryPrinter.print(readQuery(List.of()))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void strippedComparisonStillSeesDifferences() {
    assertThat(QueryPrinterProperties.strip(parse("query q() { match { $p: P { a: 1 } } return { $p } }")))
        .isNotEqualTo(QueryPrinterProperties.strip(parse("query q() { match { $p: P { a: 1.0 } } return { $p } }")));
    assertThat(QueryPrinterProperties.strip(parse("query q() { match { $p knows{1,2} $f } return { $p } }")))
        .isNotEqualTo(QueryPrinterProperties.strip(parse("query q() { match { $p knows{1,} $f } return { $p } }")));
    assertThat(QueryPrinterProperties.strip(parse("query q() { match { $p: P } return { $p } }")))
        .isEqualTo(QueryPrinterProperties.strip(parse("query q() {\n  match {\n\n $p: P }\n return { $p, } }")));
  }
}
