package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample graph: init, load, and every query of {@code examples/social/queries.gq}. */
class SampleGraphIT {
  static final Path EXAMPLE = Path.of("..", "examples", "social");

  @TempDir
  static Path dir;
  static Graph graph;
  static String queries;

  @BeforeAll
  static void load() throws Exception {
    graph = Graph.init(dir.resolve("g"), EXAMPLE.resolve("schema.pg"));
    LoadResult result = graph.load(EXAMPLE.resolve("data.jsonl"));
    assertThat(result.nodesLoaded()).containsExactly(Map.entry("Person", 6L), Map.entry("Company", 3L), Map.entry("Project", 3L));
    assertThat(result.edgesLoaded()).containsExactly(Map.entry("Knows", 6L), Map.entry("WorksAt", 4L), Map.entry("Contributes", 4L), Map.entry("Sponsors", 3L));
    queries = Files.readString(EXAMPLE.resolve("queries.gq"));
  }

  @AfterAll
  static void close() {
    graph.close();
  }

  private QueryResult run(String name, Map<String, ?> params) {
    return graph.query(queries, "queries.gq", name, params);
  }

  @Test
  void keyLookupReturnsTypedValues() {
    QueryResult result = run("person", Map.of("slug", "ada"));
    assertThat(result.columnNames()).containsExactly("p.name", "p.city", "p.born", "p.level", "p.skills");
    assertThat(result.rowsAsLists()).containsExactly(
        List.of("Ada Lovelace", "London", LocalDate.of(1990, 12, 10), "staff", List.of("math", "compilers")));
  }

  @Test
  void unknownKeyReturnsNoRows() {
    assertThat(run("person", Map.of("slug", "nobody")).rowCount()).isZero();
  }

  @Test
  void oneHopTraversalIsOrdered() {
    assertThat(run("friends_of", Map.of("slug", "ada")).rowsAsLists())
        .containsExactly(List.of("Alan Turing", "Manchester"), List.of("Grace Hopper", "New York"));
  }

  @Test
  void twoHopChainKeepsOneRowPerPath() {
    assertThat(run("friends_of_friends", Map.of("slug", "ada")).rowsAsLists())
        .containsExactly(List.of("Grace Hopper", "Barbara Liskov"), List.of("Alan Turing", "Edsger Dijkstra"));
  }

  @Test
  void reverseTraversalFromBoundTarget() {
    QueryResult result = run("colleagues_at", Map.of("company", "unisoft"));
    assertThat(result.columnNames()).containsExactly("p.name", "company");
    assertThat(result.rowsAsLists()).containsExactly(List.of("Grace Hopper", "Unisoft"), List.of("Ken Thompson", "Unisoft"));
  }

  @Test
  void enumMatchWithDescendingDateOrder() {
    assertThat(run("staff_engineers", Map.of()).rowsAsLists())
        .containsExactly(List.of("ada", "Ada Lovelace"), List.of("grace", "Grace Hopper"));
  }

  @Test
  void listMembershipFilter() {
    assertThat(run("people_with_skill", Map.of("skill", "compilers")).rowsAsLists())
        .containsExactly(List.of("Ada Lovelace"), List.of("Grace Hopper"));
  }

  @Test
  void groupedCountOrderedByAlias() {
    QueryResult result = run("headcount", Map.of());
    assertThat(result.rowsAsLists()).containsExactly(
        List.of("Unisoft", 2L), List.of("Analytical Engines", 1L), List.of("Bletchley Labs", 1L));
  }

  @Test
  void numericFilterWithParameterCoercion() {
    assertThat(run("sponsored_projects", Map.of("min_budget", 17000)).rowsAsLists()).containsExactly(
        List.of("Bletchley Labs", "Enigma Breaker", 250000.0), List.of("Analytical Engines", "Difference Engine", 17000.5));
  }

  @Test
  void reopenedGraphSeesTheSameData() {
    try (Graph reopened = Graph.open(dir.resolve("g"), 0)) {
      QueryResult result = reopened.query(queries, "queries.gq", "friends_of", Map.of("slug", "ada"));
      assertThat(result.rowCount()).isEqualTo(2);
    }
  }
}
