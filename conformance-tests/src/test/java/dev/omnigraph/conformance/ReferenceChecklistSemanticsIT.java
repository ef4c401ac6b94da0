package dev.omnigraph.conformance;

import static dev.omnigraph.conformance.ReferenceFixtures.assertColumn;
import static dev.omnigraph.conformance.ReferenceFixtures.assertColumnAnyOrder;
import static dev.omnigraph.conformance.ReferenceFixtures.edges;
import static dev.omnigraph.conformance.ReferenceFixtures.f1Schema;
import static dev.omnigraph.conformance.ReferenceFixtures.nodes;
import static dev.omnigraph.conformance.ReferenceFixtures.persons;
import static dev.omnigraph.conformance.ReferenceFixtures.run;
import static dev.omnigraph.conformance.ReferenceFixtures.runF1Query;
import static dev.omnigraph.conformance.RowAssertions.assertRows;
import static dev.omnigraph.conformance.RowAssertions.assertRowsAnyOrder;
import static dev.omnigraph.conformance.RowAssertions.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read semantics of {@code gq-language.md} §5 that the §12 checklist does not pin with an item:
 * null logic, aggregates over nulls and empty input, projections, duplicates, the BFS rules of
 * §5.4, correlated negation, string operators and byte order. Tests marked "recommendation" follow
 * a §14 quirk recommendation rather than reference behaviour.
 */
class ReferenceChecklistSemanticsIT {
  private static final String ALICE = "$p: Person { name: \"Alice\" }  ";
  private static final String PEOPLE = "node Person {\n    name: String @key\n}\nedge Knows: Person -> Person\n";
  @TempDir Path dir;
  private int graphs;

  /** Hook for the variant that reads every table through Lance: the graph to query, once loaded. */
  Graph use(Graph graph) {
    return graph;
  }

  private Graph graph(String schema, String jsonl) {
    return use(ReferenceFixtures.graph(dir.resolve("g" + graphs++), schema, jsonl));
  }

  private Graph f1(String extraJsonl) {
    return graph(f1Schema(), persons("Alice:30", "Bob:25", "Charlie:35", "Diana:28") + nodes("Company", "name", "Acme", "Globex")
        + edges("Knows", "Alice>Bob", "Alice>Charlie", "Bob>Diana") + edges("WorksAt", "Alice>Acme", "Bob>Globex") + extraJsonl);
  }

  /** Persons only: Alice 30, Bob (no age), Charlie 25. */
  private Graph withNullAge() {
    return graph(f1Schema(), persons("Alice:30", "Bob", "Charlie:25"));
  }

  private Graph people(String... knows) {
    Set<String> names = new TreeSet<>();
    for (String pair : knows) {
      names.addAll(List.of(pair.split(">")));
    }
    return graph(PEOPLE, nodes("Person", "name", names.toArray(String[]::new)) + edges("Knows", knows));
  }

  @Test
  void comparisonsWithNullDropTheRowEvenForNotEquals() {
    try (Graph g = withNullAge()) {
      assertColumnAnyOrder(run(g, "$p: Person  $p.age != 30  return { $p.name }"), "p.name", "Charlie");
    }
  }

  @Test
  void omittedNullableParameterMakesItsComparisonsMatchNothing() {
    try (Graph g = withNullAge()) {
      assertColumnAnyOrder(run(g, "$a: I32?", "$p: Person  $p.age = $a  return { $p.name }"), "p.name");
      assertColumnAnyOrder(run(g, "$a: I32?", "$p: Person  $p.age != $a  return { $p.name }"), "p.name");
      assertColumnAnyOrder(run(g, "$a: I32?", "$p: Person { age: $a }  return { $p.name }"), "p.name");
    }
  }

  @Test
  void missingNonNullableParameterFailsTheQuery() {
    try (Graph g = withNullAge()) {
      OmniGraphException error = catchThrowableOfType(OmniGraphException.class,
          () -> run(g, "$name: String", "$p: Person { name: $name }  return { $p.name }"));
      assertThat(error).as("missing $name").isNotNull();
      assertThat(error.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
    }
  }

  @Test
  void aggregatesSkipNullsAndCountOfAVariableCountsRows() {
    try (Graph g = withNullAge()) {
      assertRows(run(g, "$p: Person  return { count($p) as n, count($p.age) as aged, sum($p.age) as s,"
              + " avg($p.age) as a, min($p.age) as lo, max($p.age) as hi }"),
          List.of("n", "aged", "s", "a", "lo", "hi"), List.of(row(3L, 2L, 55.0, 27.5, 25, 30)));
      assertRows(run(g, "$p: Person  $p.name = \"Bob\"  return { sum($p.age) as s, count($p.age) as c }"),
          List.of("s", "c"), List.of(row(null, 0L)));
    }
  }

  @Test
  void nullGroupKeyFormsItsOwnGroup() {
    try (Graph g = withNullAge()) {
      assertRowsAnyOrder(run(g, "$p: Person  return { $p.age, count($p) as n }"), List.of("p.age", "n"),
          List.of(row(30, 1L), row(null, 1L), row(25, 1L)));
    }
  }

  @Test
  void aggregateOverNoRowsIsOneRowWithoutGroupKeysAndNoneWithThem() {
    try (Graph g = f1("")) {
      assertRows(run(g, "$p: Person { name: \"Nobody\" }  return { count($p) as n, sum($p.age) as s, max($p.age) as m }"),
          List.of("n", "s", "m"), List.of(row(0L, null, null)));
      assertRows(run(g, "$p: Person { name: \"Nobody\" }  return { $p.name, count($p) as n }"), List.of("p.name", "n"), List.of());
    }
  }

  @Test
  void wholeNodeReturnYieldsTheKeyIdAndParameterReturnRepeatsTheValue() {
    try (Graph g = f1("")) {
      assertColumnAnyOrder(run(g, ALICE + "$p knows $f  return { $f }"), "f", "Bob", "Charlie");
      assertRows(run(g, "$name: String", "$p: Person { name: $name }  return { $p.age, $name }", "name", "Alice"),
          List.of("p.age", "name"), List.of(row(30, "Alice")));
    }
  }

  @Test
  void orderByAliasAndByGroupKey() {
    try (Graph g = f1("")) {
      assertColumn(run(g, "$p: Person  return { $p.name as n } order { n desc }"), "n", "Diana", "Charlie", "Bob", "Alice");
      assertRows(run(g, "$p: Person  $p knows $f  return { $p.name, count($f) as c } order { $p.name desc }"),
          List.of("p.name", "c"), List.of(row("Bob", 1L), row("Alice", 2L)));
    }
  }

  @Test
  void limitZeroYieldsNoRows() {
    try (Graph g = f1("")) {
      assertColumn(run(g, "$p: Person  return { $p.name } order { $p.name asc } limit 0"), "p.name");
      assertColumn(run(g, "$p: Person  return { $p.name } limit 0"), "p.name");
    }
  }

  @Test
  void parallelEdgesDoNotMultiplyUnboundTraversalRowsButTwoPathsDo() {
    try (Graph g = f1(edges("Knows", "Alice>Bob", "Charlie>Diana"))) {
      assertColumnAnyOrder(run(g, ALICE + "$p knows $f  return { $f.name }"), "f.name", "Bob", "Charlie");
      assertColumnAnyOrder(run(g, "$p: Person  $p knows $_  return { $p.name }"), "p.name", "Alice", "Alice", "Bob", "Charlie");
      assertColumnAnyOrder(runF1Query(g, "friends_of_friends", "name", "Alice"), "fof.name", "Diana", "Diana");
    }
  }

  @Test
  void eachAnonymousVariableIsAFreshNode() {
    try (Graph g = f1("")) {
      assertColumnAnyOrder(run(g, "$p: Person  $p knows $_  $_ knows $p  return { $p.name }"), "p.name", "Bob");
    }
  }

  @Test
  void traversalBetweenTwoBoundVariablesIsAnExistenceCheck() {
    try (Graph g = people("x>y", "y>z", "z>x", "z>w")) {
      assertColumnAnyOrder(run(g, "$a: Person  $a knows $b  $b knows $c  $c knows $a  return { $a.name }"),
          "a.name", "x", "y", "z");
    }
  }

  @Test
  void writtenOrderOfAnAsymmetricEdgeIsLenient() {
    try (Graph g = f1("")) {
      assertColumn(run(g, "$c: Company { name: \"Acme\" }  $c worksAt $p  return { $p.name }"), "p.name", "Alice");
      assertColumnAnyOrder(run(g, ALICE + "$p worksat $c  return { $c.name }"), "c.name", "Acme");
    }
  }

  @Test
  void crossTypeEdgeCannotChainBeyondOneHop() {
    try (Graph g = f1("")) {
      assertColumnAnyOrder(run(g, ALICE + "$p worksAt{2,3} $c  return { $c.name }"), "c.name");
      assertColumnAnyOrder(run(g, ALICE + "$p worksAt{1,2} $c  return { $c.name }"), "c.name", "Acme");
    }
  }

  @Test
  void boundedTraversalReportsANodeOnlyAtItsShortestDistance() {
    try (Graph g = people("A>B", "A>C", "C>B", "B>D")) {
      assertColumnAnyOrder(run(g, "$p: Person { name: \"A\" }  $p knows{2,3} $f  return { $f.name }"), "f.name", "D");
      assertColumnAnyOrder(run(g, "$p: Person { name: \"A\" }  $p knows{1,3} $f  return { $f.name }"), "f.name", "B", "C", "D");
    }
  }

  @Test
  void sourceIsReportedOnlyThroughADirectSelfLoop() {
    try (Graph g = people("A>B", "B>A", "C>C", "C>D")) {
      assertColumnAnyOrder(run(g, "$p: Person { name: \"A\" }  $p knows{1,3} $f  return { $f.name }"), "f.name", "B");
      assertColumnAnyOrder(run(g, "$p: Person { name: \"C\" }  $p knows{1,2} $f  return { $f.name }"), "f.name", "C", "D");
      assertColumnAnyOrder(run(g, "$p: Person { name: \"C\" }  $p <knows> $f  return { $f.name }"), "f.name", "C", "D");
      assertColumnAnyOrder(run(g, "$p: Person { name: \"C\" }  $p $w:<knows> $f  return { $f.name }"), "f.name", "C", "D");
    }
  }

  @Test
  void negationIsAnAntiJoinOnTheWholeOuterRow() {
    try (Graph g = f1("")) {
      assertRowsAnyOrder(run(g, "$p: Person  $p knows $f  not { $f knows $x }  return { $p.name, $f.name }"),
          List.of("p.name", "f.name"), List.of(row("Alice", "Charlie"), row("Bob", "Diana")));
    }
  }

  @Test // recommendation of quirk Q10
  void outerVariableReboundInsideNegationActsAsAFilter() {
    try (Graph g = f1("")) {
      assertColumnAnyOrder(run(g, "$p: Person  not { $p: Person { name: \"Alice\" } }  return { $p.name }"),
          "p.name", "Bob", "Charlie", "Diana");
    }
  }

  @Test // recommendation of quirk Q15
  void secondBindingOfTheSameVariableIsAConjunction() {
    try (Graph g = f1("")) {
      assertColumn(run(g, "$p: Person  $p: Person { name: \"Alice\" }  return { $p.name }"), "p.name", "Alice");
    }
  }

  @Test // §5.3 Q8 recommendation: exact numeric comparison on root scans and traversal-introduced variables
  void fractionalLiteralsCompareExactlyAgainstI32() {
    try (Graph g = f1("")) {
      assertColumnAnyOrder(run(g, "$p: Person  $p.age >= 25.5  return { $p.name }"), "p.name", "Alice", "Charlie", "Diana");
      assertColumnAnyOrder(run(g, ALICE + "$p knows $f  $f.age >= 25.5  return { $f.name }"), "f.name", "Charlie");
      assertColumnAnyOrder(run(g, "$x: F64", "$p: Person  $p.age > $x  return { $p.name }", "x", 28.5), "p.name", "Alice", "Charlie");
    }
  }

  @Test
  void stringsCompareAndOrderByUtf8Bytes() {
    String replacement = "\uFFFD";
    String emoji = "\uD83D\uDE00";
    try (Graph g = graph(PEOPLE, nodes("Person", "name", "z", replacement, emoji))) {
      assertColumn(run(g, "$p: Person  return { $p.name } order { $p.name asc }"), "p.name", "z", replacement, emoji);
      assertColumnAnyOrder(run(g, "$p: Person  $p.name > \"" + replacement + "\"  return { $p.name }"), "p.name", emoji);
      assertRows(run(g, "$p: Person  return { max($p.name) as m }"), List.of("m"), List.of(row(emoji)));
    }
  }

  @Test
  void percentAndUnderscoreAreLiteralCharactersInContainsAndStartsWith() {
    try (Graph g = graph(PEOPLE, nodes("Person", "name", "50%_off", "50 off", "a_b", "axb", "A_B"))) {
      assertColumnAnyOrder(run(g, "$p: Person  $p.name contains \"%\"  return { $p.name }"), "p.name", "50%_off");
      assertColumnAnyOrder(run(g, "$p: Person  $p.name starts_with \"50%\"  return { $p.name }"), "p.name", "50%_off");
      assertColumnAnyOrder(run(g, "$p: Person  $p.name contains \"a_b\"  return { $p.name }"), "p.name", "a_b");
      assertColumnAnyOrder(run(g, "$p: Person  $p.name starts_with \"a_\"  return { $p.name }"), "p.name", "a_b");
      assertColumnAnyOrder(run(g, "$p: Person  $p.name contains \"_\"  return { $p.name }"), "p.name", "50%_off", "a_b", "A_B");
    }
  }

  @Test
  void stringValuesWithQuotesAndBackslashesCompareExactly() {
    String oneBackslash = "a\\b";
    String twoBackslashes = "a\\\\b";
    try (Graph g = graph(PEOPLE, nodes("Person", "name", "O'Brien", "ab") + """
        {"type": "Person", "data": {"name": "a\\\\b"}}
        {"type": "Person", "data": {"name": "a\\\\\\\\b"}}
        """)) {
      assertColumnAnyOrder(run(g, "$p: Person  $p.name = \"O'Brien\"  return { $p.name }"), "p.name", "O'Brien");
      assertColumnAnyOrder(run(g, "$p: Person  $p.name starts_with \"O'\"  return { $p.name }"), "p.name", "O'Brien");
      assertColumnAnyOrder(run(g, "$p: Person  $p.name = \"a\\\\b\"  return { $p.name }"), "p.name", oneBackslash);
      assertColumnAnyOrder(run(g, "$n: String", "$p: Person  $p.name = $n  return { $p.name }", "n", twoBackslashes),
          "p.name", twoBackslashes);
      assertColumnAnyOrder(run(g, "$n: String", "$p: Person  $p.name starts_with $n  return { $p.name }", "n", "a\\"),
          "p.name", oneBackslash, twoBackslashes);
    }
  }

  @Test // recommendation of quirk Q4: now() is injected for reads too
  void nowInAReadQueryIsTheRequestTimestamp() {
    try (Graph g = graph("node Event {\n    name: String @key\n    at: DateTime?\n}\n", """
        {"type": "Event", "data": {"name": "past", "at": "2020-01-01T00:00:00Z"}}
        {"type": "Event", "data": {"name": "future", "at": "2999-01-01T00:00:00Z"}}
        """)) {
      assertColumnAnyOrder(run(g, "$e: Event  $e.at < now()  return { $e.name }"), "e.name", "past");
    }
  }

  @Test
  void commentsAreAllowedWhereverWhitespaceIs() {
    try (Graph g = f1("")) {
      String text = "// leading\nquery q() { /* block */ match { $p: Person // line\n $p.age > 30 } return { $p.name /* x */ } }";
      assertColumn(g.query(text, "c.gq", null, Map.of()), "p.name", "Charlie");
    }
  }

  @Test // item 21's "after adding an edge", on a graph that has already answered reads (caches, prepared plans)
  void readsSeeRowsAppendedAfterEarlierReads() {
    Graph created = ReferenceFixtures.f1(dir.resolve("appended"));
    try (Graph g = use(created)) {
      String friends = ReferenceFixtures.gq("", "$p: Person { name: \"Bob\" }  $p <knows> $f  return { $f.name }");
      var prepared = g.prepare(friends, "friends.gq", null);
      assertColumnAnyOrder(prepared.execute(Map.of()), "f.name", "Alice", "Diana");
      assertColumnAnyOrder(runF1Query(g, "unemployed"), "p.name", "Charlie", "Diana");
      g.load(persons("Eve:40") + edges("Knows", "Bob>Charlie", "Eve>Bob") + edges("WorksAt", "Charlie>Acme"), "more.jsonl");
      assertColumnAnyOrder(prepared.execute(Map.of()), "f.name", "Alice", "Charlie", "Diana", "Eve");
      assertColumnAnyOrder(runF1Query(g, "unemployed"), "p.name", "Diana", "Eve");
      assertRows(run(g, "$p: Person  return { count($p) as n }"), List.of("n"), List.of(row(5L)));
    }
  }
}
