package dev.omnigraph.conformance;

import static dev.omnigraph.conformance.ReferenceFixtures.firstColumn;
import static dev.omnigraph.conformance.ReferenceFixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.MutationResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist items 53–72 of {@code gq-language.md} §12 (mutations) on a fresh F1 graph each: Alice
 * 30, Bob 25, Charlie 35, Diana 28; Knows Alice→Bob, Alice→Charlie, Bob→Diana; WorksAt
 * Alice→Acme, Bob→Globex. Every rejected mutation is also checked to leave the graph version and
 * rows as they were.
 */
class ReferenceChecklistMutationsIT {
  private static final String INSERT_PERSON = "query m($name: String, $age: I32) { insert Person { name: $name, age: $age } }";

  @TempDir
  Path dir;
  Graph graph;

  /** Hook for the variant that reads every table through Lance. */
  Graph use(Graph created) {
    return created;
  }

  @BeforeEach
  void create() {
    graph = use(ReferenceFixtures.f1(dir.resolve("f1")));
  }

  @AfterEach
  void close() {
    if (graph != null) {
      graph.close();
    }
  }

  @Test
  void item53InsertNode() {
    assertCounts(mutate(INSERT_PERSON, "name", "Eve", "age", 22), 1, 0);
    assertThat(names("$p: Person { name: \"Eve\" }")).containsExactly("Eve");
  }

  @Test
  void item54InsertEdgeAfterNode() {
    mutate(INSERT_PERSON, "name", "Eve", "age", 22);
    assertCounts(mutate("query m($from: String, $to: String) { insert Knows { from: $from, to: $to } }", "from", "Eve", "to", "Alice"), 0, 1);
    assertThat(friends("Eve")).containsExactly("Alice");
  }

  @Test
  void item55InsertNodeAndEdgeInOneMutation() {
    assertCounts(mutate("query m($name: String, $age: I32, $friend: String) { insert Person { name: $name, age: $age }"
        + "  insert Knows { from: $name, to: $friend } }", "name", "Eve", "age", 22, "friend", "Alice"), 1, 1);
    assertThat(friends("Eve")).containsExactly("Alice");
  }

  @Test
  void item56Update() {
    assertCounts(mutate("query m($name: String, $age: I32) { update Person set { age: $age } where name = $name }",
        "name", "Alice", "age", 31), 1, 0);
    assertThat(ages("Alice")).containsExactly(31);
  }

  @Test
  void item57DeleteNodeCascades() {
    assertCounts(mutate("query m($name: String) { delete Person where name = $name }", "name", "Alice"), 1, 3);
    assertThat(firstColumn(graph.query("query q() { match { $a: Person  $a knows $b } return { $b.name } }", "q.gq", null, params())))
        .containsExactly("Diana");
    assertThat(count("match { $a: Person  $a worksAt $c }")).isEqualTo(1);
  }

  @Test
  void item58DeleteEdgesByFrom() {
    assertCounts(mutate("query m($from: String) { delete Knows where from = $from }", "from", "Alice"), 0, 2);
    assertThat(names("$p: Person { name: \"Alice\" }")).containsExactly("Alice");
    assertThat(friends("Alice")).isEmpty();
  }

  @Test
  void item59InsertOfAStoredKeyIsAnUpsert() {
    assertCounts(mutate(INSERT_PERSON, "name", "Alice", "age", 99), 1, 0);
    assertThat(ages("Alice")).containsExactly(99);
  }

  @Test
  void item60UpdatingAKeyFails() {
    rejected("query m($old_name: String, $new_name: String) { update Person set { name: $new_name } where name = $old_name }",
        "@key", "old_name", "Alice", "new_name", "Alicia");
  }

  @Test
  void item61UpdatingAnEdgeFails() {
    rejected("query m($from: String) { update Knows set { since: \"2025-01-01\" } where from = $from }", "T16", "from", "Alice");
  }

  @Test
  void item62MixingInsertsAndDeletesFails() {
    rejected("query m($name: String, $victim: String) { insert Person { name: $name }  delete Person where name = $victim }",
        "split into separate mutations", "name", "Eve", "victim", "Bob");
  }

  @Test
  void item63SeveralDeletesCountDistinctRows() {
    assertCounts(mutate("query m($name: String, $threshold: I32) { delete Person where name = $name"
        + "  delete Person where age > $threshold }", "name", "Alice", "threshold", 29), 2, 3);
    assertThat(count("match { $p: Person }")).isEqualTo(2);
    assertThat(knowsEdges()).isEqualTo(1);
    assertThat(count("match { $a: Person  $a worksAt $c }")).isEqualTo(1);
  }

  @Test
  void item64NullDoesNotShieldARowFromALaterDelete(@TempDir Path other) {
    graph.close();
    graph = use(ReferenceFixtures.graph(other.resolve("g"), ReferenceFixtures.f1Schema(),
        ReferenceFixtures.persons("Charlie:35", "Zoe") + ReferenceFixtures.edges("Knows", "Zoe>Charlie")));
    assertCounts(mutate("query m($threshold: I32, $name: String) { delete Person where age > $threshold"
        + "  delete Person where name = $name }", "threshold", 30, "name", "Zoe"), 2, 1);
    assertThat(count("match { $p: Person }")).isZero();
  }

  @Test
  void item65InsertThenUpdateInOneCommit() {
    long version = graph.version();
    MutationResult result = mutate("query m($name: String, $insert_age: I32, $update_age: I32) {"
        + " insert Person { name: $name, age: $insert_age }  update Person set { age: $update_age } where name = $name }",
        "name", "Yves", "insert_age", 10, "update_age", 99);
    assertThat(result.affectedNodes()).isEqualTo(2);
    assertThat(ages("Yves")).containsExactly(99);
    assertThat(graph.version()).isEqualTo(version + 1);
  }

  @Test
  void item66ChainedUpdatesSeePendingValues() {
    mutate("query m($n: String, $a: I32, $b: I32, $t: I32) { update Person set { age: $a } where name = $n"
        + "  update Person set { age: $b } where age > $t }", "n", "Alice", "a", 99, "b", 10, "t", 50);
    assertThat(ages("Alice")).containsExactly(10);
  }

  @Test
  void item67MissingEndpointFailsWithNoEffect() {
    rejected("query m() { insert Knows { from: \"Alice\", to: \"Missing\" } }", "not found");
    assertThat(friends("Alice")).hasSize(2);
    rejected("query m($name: String, $age: I32, $friend: String) { insert Person { name: $name, age: $age }"
        + "  insert Knows { from: $name, to: $friend } }", "not found", "name", "Eve", "age", 22, "friend", "Missing");
    assertThat(names("$p: Person { name: \"Eve\" }")).isEmpty();
  }

  @Test
  void item68DeleteNodeAndEdgesTogether() {
    mutate("query m($name: String, $other: String) { delete Person where name = $name  delete Knows where from = $other }",
        "name", "Alice", "other", "Bob");
    assertThat(knowsEdges()).isZero();
  }

  @Test
  void item69CardinalityMinimum(@TempDir Path other) {
    graph.close();
    graph = use(ReferenceFixtures.graph(other.resolve("g"), "node Person { name: String @key  age: I32? }\n"
        + "edge Knows: Person -> Person @card(2..) { since: Date? }\n", ReferenceFixtures.persons("Alice", "Bob")));
    rejectedWith("query m() { insert Knows { from: \"Alice\", to: \"Bob\" } }", "@card violation", "min 2");
  }

  @Test
  void item70InsertWithoutTheKeyFails() {
    rejected("query m($age: I32) { insert Person { age: $age } }", "T12", "age", 3);
  }

  @Test
  void item71RangeAndCheckViolations(@TempDir Path other) {
    graph.close();
    graph = use(ReferenceFixtures.graph(other.resolve("g"), "node Person { name: String @key  age: I32?  code: String?\n"
        + "  @range(age, 0..200)  @check(code, \"^[A-Z]{3}-[0-9]+$\") }\n", ReferenceFixtures.persons("Alice:30")));
    rejected(INSERT_PERSON, "@range violation", "name", "Eve", "age", 300);
    rejected("query m($age: I32) { update Person set { age: $age } where name = \"Alice\" }", "@range violation", "age", 300);
    rejected("query m() { insert Person { name: \"Eve\", code: \"invalid\" } }", "@check violation");
  }

  @Test
  void item72ParallelEdgesInOneMutation() {
    long version = graph.version();
    MutationResult result = mutate("query m() { insert Knows { from: \"Alice\", to: \"Bob\" }"
        + "  insert Knows { from: \"Alice\", to: \"Diana\" } }");
    assertThat(result.affectedEdges()).isEqualTo(2);
    assertThat(knowsEdges()).isEqualTo(5);
    assertThat(graph.version()).isEqualTo(version + 1);
  }

  private MutationResult mutate(String gq, Object... nameValues) {
    return graph.mutate(gq, "m.gq", null, params(nameValues));
  }

  private void rejected(String gq, String message, Object... nameValues) {
    rejectedWith(gq, message, null, nameValues);
  }

  private void rejectedWith(String gq, String message, String alsoMessage, Object... nameValues) {
    long version = graph.version();
    long persons = count("match { $p: Person }");
    long knows = knowsEdges();
    assertThatThrownBy(() -> mutate(gq, nameValues)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.getMessage()).contains(message);
      if (alsoMessage != null) {
        assertThat(e.getMessage()).contains(alsoMessage);
      }
    });
    assertThat(graph.version()).isEqualTo(version);
    assertThat(count("match { $p: Person }")).isEqualTo(persons);
    assertThat(knowsEdges()).isEqualTo(knows);
  }

  /** Knows edge rows, parallel edges included (a traversal reaches each node once). */
  private long knowsEdges() {
    if (graph.catalog().edgeType("Knows").isEmpty()) {
      return 0;
    }
    return graph.query("query q() { match { $a: Person  $a $k:knows $b } return { $a.name, $b.name, $k.since } }", "q.gq", null,
        params()).rowCount();
  }

  private static void assertCounts(MutationResult result, long nodes, long edges) {
    assertThat(List.of(result.affectedNodes(), result.affectedEdges())).containsExactly(nodes, edges);
  }

  private List<Object> names(String binding) {
    return firstColumn(graph.query("query q() { match { " + binding + " } return { $p.name } }", "q.gq", null, params()));
  }

  private List<Object> ages(String name) {
    return firstColumn(graph.query("query q($n: String) { match { $p: Person { name: $n } } return { $p.age } }", "q.gq", null,
        params("n", name)));
  }

  private List<Object> friends(String name) {
    return firstColumn(graph.query("query q($n: String) { match { $p: Person { name: $n }  $p knows $f } return { $f.name } }",
        "q.gq", null, params("n", name)));
  }

  private long count(String match) {
    String variable = match.contains("$b") ? "$b" : match.contains("$c") ? "$c" : "$p";
    return (Long) graph.query("query q() { " + match + " return { count(" + variable + ") as n } }", "q.gq", null, params()).get(0, 0);
  }
}
