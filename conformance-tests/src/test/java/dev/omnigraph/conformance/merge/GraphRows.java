package dev.omnigraph.conformance.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every row of the truth-table fixture, as values a test can compare: persons by name with their
 * age, and {@code Knows} edges as sorted {@code "src->dst"} texts (an edge's own id is a fresh
 * ULID, so two edges between the same persons are two equal entries). Also the model the expected
 * merge results are computed with: {@link MergeOp#applyTo} edits a copy.
 *
 * @param persons name to age, sorted by name
 * @param knows {@code "Bob->Carol"} per edge row, sorted
 */
record GraphRows(Map<String, Integer> persons, List<String> knows) {

  /** Copies its arguments into a sorted map and a sorted list. */
  GraphRows {
    persons = new TreeMap<>(persons);
    knows = knows.stream().sorted().toList();
  }

  /** The fixture as loaded: Alice 30, Bob 25, Carol 35, Dan 40; Bob knows Carol. */
  static final GraphRows FIXTURE = new GraphRows(Map.of("Alice", 30, "Bob", 25, "Carol", 35, "Dan", 40), List.of("Bob->Carol"));

  /**
   * The rows {@code graph} reads now (on its branch or snapshot): edges from the edge table by SQL,
   * so parallel edges count twice. The distinct endpoint pairs a {@code .gq} traversal reaches must
   * be the same (a traversal reaches each neighbour once), which also checks that traversals read
   * this branch's fork of the edge table.
   */
  static GraphRows read(Graph graph) {
    QueryResult persons = graph.query("query q() { match { $p: Person } return { $p.name, $p.age } }", "rows.gq", null, Map.of());
    Map<String, Integer> ages = new TreeMap<>();
    for (int r = 0; r < persons.rowCount(); r++) {
      ages.put((String) persons.get(r, 0), (Integer) persons.get(r, 1));
    }
    List<String> knows = pairs(graph.prepareSql("SELECT src, dst FROM Knows").execute(Map.of()));
    List<String> traversed = pairs(graph.query("query q() { match { $a: Person  $a knows $b } return { $a.name, $b.name } }",
        "rows.gq", null, Map.of()));
    assertThat(new TreeSet<>(traversed)).as("pairs a traversal reaches").isEqualTo(new TreeSet<>(knows));
    return new GraphRows(ages, knows);
  }

  private static List<String> pairs(QueryResult result) {
    List<String> pairs = new ArrayList<>();
    for (int r = 0; r < result.rowCount(); r++) {
      pairs.add(result.get(r, 0) + "->" + result.get(r, 1));
    }
    return pairs;
  }

  /** A copy with {@code name}'s age set, or added as a new person. */
  GraphRows withPerson(String name, int age) {
    Map<String, Integer> next = new TreeMap<>(persons);
    next.put(name, age);
    return new GraphRows(next, knows);
  }

  /** A copy without person {@code name} and without every edge from or to it (a cascading delete). */
  GraphRows withoutPerson(String name) {
    Map<String, Integer> next = new TreeMap<>(persons);
    next.remove(name);
    return new GraphRows(next, knows.stream().filter(e -> !e.startsWith(name + "->") && !e.endsWith("->" + name)).toList());
  }

  /** A copy with one more edge {@code "src->dst"}. */
  GraphRows withEdge(String edge) {
    List<String> next = new ArrayList<>(knows);
    next.add(edge);
    return new GraphRows(persons, next);
  }

  /** A copy without every edge from {@code src}. */
  GraphRows withoutEdgesFrom(String src) {
    return new GraphRows(persons, knows.stream().filter(e -> !e.startsWith(src + "->")).toList());
  }
}
