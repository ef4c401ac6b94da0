package dev.omnigraph.conformance;

import static dev.omnigraph.conformance.ReferenceFixtures.assertColumn;
import static dev.omnigraph.conformance.ReferenceFixtures.assertColumnAnyOrder;
import static dev.omnigraph.conformance.ReferenceFixtures.edges;
import static dev.omnigraph.conformance.ReferenceFixtures.f1Schema;
import static dev.omnigraph.conformance.ReferenceFixtures.nodes;
import static dev.omnigraph.conformance.ReferenceFixtures.persons;
import static dev.omnigraph.conformance.ReferenceFixtures.run;
import static dev.omnigraph.conformance.RowAssertions.assertRows;
import static dev.omnigraph.conformance.RowAssertions.row;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist items 27–32 of {@code gq-language.md} §12: the chain fixture F2, multi-hop and nested
 * negation fixtures, and the ordering goldens (null placement and id tie-breaks).
 */
class ReferenceChecklistF2IT {
  private static final String CHAIN_SCHEMA = """
      node Person {
          name: String @key
      }
      edge Knows: Person -> Person
      """;
  /** F1's schema with a {@code label} on Knows, for item 32's edge-id tie-break. */
  private static final String LABELLED_KNOWS_SCHEMA = """
      node Person {
          name: String @key
          age: I32?
      }
      node Company {
          name: String @key
      }
      edge Knows: Person -> Person {
          since: Date?
          label: String?
      }
      edge WorksAt: Person -> Company
      """;

  @TempDir Path dir;

  /** Hook for the variant that reads every table through Lance: the graph to query, once loaded. */
  Graph use(Graph graph) {
    return graph;
  }

  private Graph graph(String schema, String jsonl) {
    return use(ReferenceFixtures.graph(dir.resolve("g"), schema, jsonl));
  }

  private Graph chain(String... pairs) {
    Set<String> names = new TreeSet<>();
    for (String pair : pairs) {
      names.addAll(List.of(pair.split(">")));
    }
    return graph(CHAIN_SCHEMA, nodes("Person", "name", names.toArray(String[]::new)) + edges("Knows", pairs));
  }

  @Test // 27
  void boundedTraversalFromOneToThreeHopsReachesTheWholeChain() {
    try (Graph graph = chain("A>B", "B>C", "C>D")) {
      assertColumnAnyOrder(run(graph, "$p: Person { name: \"A\" }  $p knows{1,3} $f  return { $f.name }"),
          "f.name", "B", "C", "D");
    }
  }

  @Test // 27
  void boundedTraversalWithMinimumTwoSkipsTheFirstHop() {
    try (Graph graph = chain("A>B", "B>C", "C>D")) {
      assertColumnAnyOrder(run(graph, "$p: Person { name: \"A\" }  $p knows{2,3} $f  return { $f.name }"),
          "f.name", "C", "D");
    }
  }

  @Test // 27
  void exactlyTwoHopsReachesOnlyTheSecondNode() {
    try (Graph graph = chain("A>B", "B>C", "C>D")) {
      assertColumnAnyOrder(run(graph, "$p: Person { name: \"A\" }  $p knows{2,2} $f  return { $f.name }"),
          "f.name", "C");
    }
  }

  @Test // 28
  void multiHopNegationRemovesOnlySourcesWithATwoHopDestination() {
    try (Graph graph = chain("a>b", "c>d", "d>e")) {
      assertColumnAnyOrder(run(graph, "$p: Person  not { $p knows{2,2} $x }  return { $p.name }"),
          "p.name", "a", "b", "d", "e");
    }
  }

  @Test // 29
  void nestedNegationWithFanOutKeepsPersonsWithoutANonAcmeEmployer() {
    try (Graph graph = graph(f1Schema(),
        persons("p1", "p2", "p3", "p4") + nodes("Company", "name", "Acme", "Globex")
            + edges("WorksAt", "p1>Acme", "p1>Globex", "p2>Globex", "p3>Acme"))) {
      assertColumnAnyOrder(run(graph, "$p: Person  not { $p worksAt $c  not { $c.name = \"Acme\" } }  return { $p.name }"),
          "p.name", "p3", "p4");
    }
  }

  @Test // 30
  void secondOrderKeyBreaksTiesOfTheFirst() {
    try (Graph graph = graph(f1Schema(), persons("Bob:30", "Alice:30", "Charlie:25"))) {
      assertColumn(run(graph, "$p: Person  return { $p.name } order { $p.age desc, $p.name asc }"),
          "p.name", "Alice", "Bob", "Charlie");
    }
  }

  @Test // 30
  void tiesAreBrokenByKeyIdNotByLoadOrder() {
    try (Graph graph = graph(f1Schema(), persons("Bob:30", "Alice:30", "Charlie:25"))) {
      assertColumn(run(graph, "$p: Person  return { $p.name } order { $p.age asc }"), "p.name", "Charlie", "Alice", "Bob");
    }
  }

  @Test // 30
  void tiesAreBrokenByKeyIdAlsoUnderDescendingOrder() {
    // Not a checklist line: §5.11 says the id tie-break is ascending whatever the user key's direction.
    try (Graph graph = graph(f1Schema(), persons("Bob:30", "Alice:30", "Charlie:25"))) {
      assertColumn(run(graph, "$p: Person  return { $p.name } order { $p.age desc }"), "p.name", "Alice", "Bob", "Charlie");
    }
  }

  @Test // §5.11: tie-break variables are taken in ascending order of "<var>.id", so $f before $p
  void tiesAreBrokenByVariableIdsInVariableNameOrder() {
    try (Graph graph = graph(f1Schema(), persons("A:30", "B:30", "Y:30", "Z:30") + edges("Knows", "A>Z", "B>Y"))) {
      assertRows(run(graph, "$p: Person  $p knows $f  return { $p.name, $f.name } order { $p.age asc }"),
          List.of("p.name", "f.name"), List.of(row("B", "Y"), row("A", "Z")));
    }
  }

  @Test // 31
  void nullsSortFirstAscending() {
    try (Graph graph = graph(f1Schema(), persons("Alice:30", "Bob", "Charlie:25"))) {
      assertColumn(run(graph, "$p: Person  return { $p.name } order { $p.age asc }"), "p.name", "Bob", "Charlie", "Alice");
    }
  }

  @Test // 31
  void nullsSortLastDescending() {
    try (Graph graph = graph(f1Schema(), persons("Alice:30", "Bob", "Charlie:25"))) {
      assertColumn(run(graph, "$p: Person  return { $p.name } order { $p.age desc }"), "p.name", "Alice", "Charlie", "Bob");
    }
  }

  @Test // 32
  void parallelEdgesTieBreakByEdgeIdNotLoadOrder() {
    Graph created = ReferenceFixtures.graph(dir.resolve("g"), LABELLED_KNOWS_SCHEMA, persons("Alice:30", "Bob:25"));
    created.load("""
        {"edge": "Knows", "from": "Alice", "to": "Bob", "data": {"id": "edge-b", "label": "loaded-first"}}
        """, "edge-b.jsonl");
    created.load("""
        {"edge": "Knows", "from": "Alice", "to": "Bob", "data": {"id": "edge-a", "label": "id-first"}}
        """, "edge-a.jsonl");
    try (Graph graph = use(created)) {
      assertColumn(run(graph, "$p: Person { name: \"Alice\" }  $p $w:knows $f  return { $w.label } order { $p.age asc }"),
          "w.label", "id-first", "loaded-first");
    }
  }

  @Test // §5.4/§5.5: a bounded traversal between two bound variables is a reachability check
  void boundedTraversalBetweenBoundVariablesChecksReachability() {
    try (Graph graph = chain("A>B", "B>C", "C>D")) {
      String both = "$a: Person { name: \"A\" }  $d: Person { name: \"D\" }  ";
      assertColumnAnyOrder(run(graph, both + "$a knows{1,3} $d  return { $a.name }"), "a.name", "A");
      assertColumnAnyOrder(run(graph, both + "$a knows{1,2} $d  return { $a.name }"), "a.name");
    }
  }

  @Test // §5.4: with only the destination bound, the bounded traversal runs backwards
  void boundedTraversalFromABoundDestinationFindsTheSources() {
    try (Graph graph = chain("A>B", "B>C", "C>D")) {
      assertColumnAnyOrder(run(graph, "$d: Person { name: \"D\" }  $a knows{1,3} $d  return { $a.name }"), "a.name", "A", "B", "C");
      assertColumnAnyOrder(run(graph, "$b: Person { name: \"B\" }  $x <knows> $b  return { $x.name }"), "x.name", "A", "C");
    }
  }

  @Test // §5.8: an anonymous multi-hop destination yields one row per distinct destination
  void anonymousBoundedDestinationYieldsOneRowPerDistinctNode() {
    try (Graph graph = chain("A>B", "B>C", "C>D", "A>C")) {
      assertColumnAnyOrder(run(graph, "$p: Person { name: \"A\" }  $p knows{1,3} $_  return { $p.name }"), "p.name", "A", "A", "A");
    }
  }

  @Test // §5.5: bindings in separate components joined by a later traversal
  void laterTraversalJoinsTwoSeparatelyBoundVariables() {
    try (Graph graph = graph(f1Schema(), persons("Alice:30", "Bob:25") + nodes("Company", "name", "Acme", "Globex")
        + edges("WorksAt", "Alice>Acme", "Bob>Globex"))) {
      assertColumn(run(graph, "$p: Person  $c: Company { name: \"Acme\" }  $p worksAt $c  return { $p.name }"), "p.name", "Alice");
    }
  }
}
