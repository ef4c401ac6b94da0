package dev.omnigraph.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs both grammars must reject, and positive snippets for every production the real datasets
 * do not exercise.
 */
class GrammarRejectsTest {

  private static final String Q = "query q($q: String) { match { $p: Person } return { $p.name } ";

  @ParameterizedTest
  @ValueSource(strings = {
      "query q() { match { $p: Person } }",                                   // no return
      Q + "order { nearest($p.e, $q) desc } limit 3 }",                        // nearest takes no direction
      Q + "order { nearest($p.e, $q) asc } limit 3 }",
      "query q() { match { $p: Person } return { .5 } }",                      // float needs leading digits
      "query q() { match { $p: Person } return { 5. } }",                      // ... and trailing digits
      "query q() { match { $p: Person $p.age > -1 } return { $p } }",         // no negative literals
      "query q() { match { $p: Person { } } return { $p } }",                  // empty property match
      "query q() { match { } return { $p } }",                                 // empty match
      "query q() { match { $p: Person $p contains $m.label } return { $p } }", // §3.1: a traversal
      Q + "order { rrf(search($p.n, $q), bm25($p.n, $q)) } limit 3 }",         // rrf args: nearest|bm25
      "query q() { match { $a not $b } return { $a } }",                       // `not` is no edge word
      "query q() { match { $p: Person } return { $p } limit 1 order { $p.age } }",
      "query q() { match { $p: Person } return { $p } insert P { a: 1 } }",    // read + mutation
      "query q() { match { $Person: Person } return { 1 } }",                  // $ + uppercase
      "query q { match { $p: Person } return { $p } }",                        // no parameter list
      "query q($n: String) { update Person set { age: 1 } }",                  // update needs where
      "query q($n: String) { delete Person where name contains $n }",          // comparison only
      "query q($n: String) { delete Person where name = $n and age = 1 }",
      "query q() @tag(\"x\") { match { $p: Person } return { $p } }",          // only description/instruction
      "query q() { match { $p knows{1} $f } return { $p } }",                  // bounds need a comma
      "query q() { match { $p: P { tags: [1, 2,] } } return { $p } }",         // no trailing comma in lists
      "query q() { match { $p: P { name: \"unterminated } } return { $p } }",
      "query q() { match { $p: P } return { $p } order { } }",
      "query q($v: Vector) { match { $p: P } return { $p } }",
      "query q($v: enum(a)) { match { $p: P } return { $p } }",
      "query q() { match { $p: P } return { $p } limit 1.5 }",
  })
  void rejectsInvalidQueries(String source) {
    assertThat(Parsing.gq(source).errors()).as(source).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "node person {}",                                       // type names are upper-case
      "edge E: A -> B @foo @card(0..1)",                       // @card must come first
      "edge E: A -> B @card(..1)",
      "edge E: A -> B @unique(src, dst)",                      // body constraint needs a body
      "node A { tags: [[String]] }",
      "node A { vs: [Vector(3)] }",
      "node A { es: [enum(a, b)] }",
      "interface I @foo { name: String }",                     // interfaces take no annotations
      "interface I { name: String @key(name) }",              // nor body constraints
      "node A { x: String @foo(\"a\", \"b\") }",              // one positional argument at most
      "node A { x: String @foo(model=\"m\") }",               // positional argument first
      "node A { x: String?? }",
      "node A { x: enum(1.5) }",
      "node A { x: I32 @check(x, -5) }",
      "node A { x: I32 } /* unterminated",
      "edge E: A B",
      "node A @key(x) { x: String }",
      "node A { x: String } implements B",
      "node A implements B @foo { }",                          // annotations come before implements
  })
  void rejectsInvalidSchemas(String source) {
    assertThat(Parsing.pg(source).errors()).as(source).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "// only a comment\n/* and a block\n comment */",
      """
      query onboard($name: String, $age: I32?, $tags: [String]?, $when: DateTime, $v: Vector(3)) {
          insert Person { name: $name age: $age, tags: ["a", "b"], joined: now() }
          insert Knows { from: $name, to: "Bob", since: date("2024-01-01") }
          update Person set { age: 1, seen: datetime("2024-06-01T12:00:00Z") } where name != $name
          update Person set { score: 1.5 } where age >= 30
      }
      query remove($name: String) { delete Person where name = $name  delete Knows where from <= "x" }
      """,
      """
      query q($q: String, $v: Vector(4), $k: I64) @description("d \\"quoted\\" \\q") @instruction("i") {
          match {
              $d: Doc { status: "hit", tags: "red", seen: now(), born: date("2024-01-01"), }
              fuzzy($d.title, $q, 2)
              match_text($d.body, $q)
              search($d.title, $q) = true
              $d.title starts_with "x"  "alps" contains $d.title  $d.n >= 1.5  $d.x < $k
              $d.seen < now()
              $d.born >= date("2024-01-01")
              $d.tags contains "red"
              $d knows{1,} $e
              $d <knows>{1,2} $f
              $d $w:knows $g
              $d $w2:<knows> $h
              $d $w3:knows{1,2} $i
              $q2 contains $m
              not { $d linked $_  not { $_ <linked> $d } }
          }
          return { $d.slug as slug, $d, $k, 42, "lit", now(), count($d) as n sum($w.weight) avg($d.n)
                   min($d.n) max($d.n), [1, 2.5, "x", [true, false]], search($d.title, $q) }
          order { rrf(nearest($d.emb, $v), bm25($d.title, $q), 60) desc, slug asc, $d.n }
          limit 10
      }
      query knn($v: Vector(3)) { match { $d: Doc } return { $d.slug }
          order { nearest($d.emb, [0.1, 0.2, 0.3]), $d.slug } limit 3 }
      query kw() { match { $p: Person $p.date = $p.count $p.limit > $p.match } return { $p.type as count
          $p.key as limit } order { count desc, limit } }
      """,
  })
  void acceptsQueryProductions(String source) {
    Parsing.gq(source).orFail();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      """
      /* block comment */ interface Named { name: String @key  // trailing comment
          note: String? @description("the note") @rename_from("old_note") }
      interface Stamped { at: DateTime }
      node Person @description("a person") @instruction("use slugs") implements Named, Stamped {
          code: String @unique @index
          age: I32? @index
          temp: F64
          tags: [String]?
          days: [Date]?
          blob: Blob?
          embedding: Vector(3) @embed("name", model="m") @index
          level: enum(low, data-eng, phase-1, i-owe, 2fa, -x, x-, String, true, Node, 42, -7)
          node: String? @range @card @foo(bar) @baz(1.5, k=true, j="s", i=3)
          type: String?  enum: I32?  date: Date?  key: String?
          @key(name) @unique(code, age) @index(age, temp)
          @check(code, "^[A-Z]{3}-[0-9]+\\\\d\\"$") @range(age, 0..200) @range(temp, -40.0..60.0)
          @range(temp, ..10) @range(age, 5..) @range(age, -5..-1)
      }
      node Company { name: String @key }
      edge WorksAt: Person -> Company
      edge Knows:Person->Person @card(0..1) @description("k") { since: Date? @rename_from("s") @unique(src, dst) }
      edge Manages: Person -> Person @card(1..) @foo
      edge Empty: Person -> Person {}
      edge Cites: Person -> Person @unique
      """,
  })
  void acceptsSchemaProductions(String source) {
    Parsing.pg(source).orFail();
  }
}
