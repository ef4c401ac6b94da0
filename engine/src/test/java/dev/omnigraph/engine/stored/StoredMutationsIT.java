package dev.omnigraph.engine.stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.diag.SourceLocation;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.MutationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running registered mutations by name ({@code gq-language.md} §9, §11): {@link Graph#mutateStored}. */
class StoredMutationsIT {
  static final String PEOPLE = StoredQueriesIT.PEOPLE + """

      query befriend($from: String, $to: String) {
          insert Knows { from: $from, to: $to }
      }
      """;

  @TempDir Path dir;
  Path root;
  Graph graph;

  @BeforeEach
  void create() {
    root = dir.resolve("g");
    graph = Graph.init(root, StoredQueriesIT.SCHEMA, "s.pg");
    graph.load(StoredQueriesIT.DATA, "d.jsonl");
    graph.registerQueries(PEOPLE, "people.gq");
  }

  @AfterEach
  void close() {
    graph.close();
  }

  @Test
  void runsAStoredMutationByNameAsOneGraphCommit() {
    long before = graph.version();

    MutationResult added = graph.mutateStored("add_person", Map.of("name", "Dan"));
    MutationResult linked = graph.mutateStored("befriend", Map.of("from", "Dan", "to", "Alice"));

    assertThat(added.affectedNodes()).isEqualTo(1);
    assertThat(linked.affectedEdges()).isEqualTo(1);
    assertThat(graph.version()).isEqualTo(before + 2);
    assertThat(graph.headCommit()).isEqualTo(linked.commitId());
    assertThat(friendsOf("Dan")).containsExactly(List.of("Alice"));
  }

  @Test
  void storedMutationsRunAfterReopen() {
    graph.close();
    graph = Graph.open(root);

    graph.mutateStored("add_person", Map.of("name", "Eve"));

    assertThat(graph.queryStored("get_person", Map.of("name", "Eve")).rowsAsLists()).containsExactly(java.util.Arrays.asList("Eve", null));
  }

  @Test
  void aFailingStoredMutationNamesTheQueryAndTheStoredFileAndWritesNothing() {
    long before = graph.version();
    Path stored = root.resolve("_queries/people.gq");

    assertThatThrownBy(() -> graph.mutateStored("befriend", Map.of("from", "Alice", "to", "Nobody")))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATION);
          assertThat(e.location()).map(SourceLocation::toString).contains(stored + ":18:5");
          assertThat(e.detail()).startsWith("stored mutation `befriend`: ").contains("'Nobody' not found in Person");
        });
    assertThatThrownBy(() -> graph.mutateStored("befriend", Map.of("from", "Alice")))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessage("stored mutation `befriend`: parameter 'to' not provided (query befriend declares $to: String)");
    assertThat(graph.version()).isEqualTo(before);
  }

  @Test
  void anUnknownNameOrAReadQueryIsRefusedNamingIt() {
    assertThatThrownBy(() -> graph.mutateStored("add_persn", Map.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessage("query 'add_persn' not found; did you mean add_person?");
    assertThatThrownBy(() -> graph.mutateStored("get_person", Map.of("name", "Alice")))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR))
        .hasMessageStartingWith("mutation execution called on read query `get_person`; use query instead");
  }

  @Test
  void runningAStoredMutationAsAQuerySaysToRunItWithMutate() {
    assertThatThrownBy(() -> graph.queryStored("add_person", Map.of("name", "Dan")))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
        .hasMessageStartingWith("query `add_person` is a mutation; run it with mutate");
    assertThatThrownBy(() -> graph.query("query m() { insert Person { name: \"Dan\" } }", "m.gq", null, Map.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
        .hasMessage("m.gq:1:1: query `m` is a mutation; run it with mutate instead of query");
  }

  @Test
  void aMutationThatDoesNotTypeCheckRefusesItsFile() throws Exception {
    String broken = "query hire($name: String) {\n    insert Employee { name: $name }\n}\n";

    assertThatThrownBy(() -> graph.registerQueries(broken, "hr.gq"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TYPE_ERROR);
          assertThat(e.location()).map(SourceLocation::toString).contains("hr.gq:2:5");
        });
    assertThat(graph.storedQueries()).extracting(StoredQuery::name).doesNotContain("hire");
    assertThat(Files.exists(root.resolve("_queries/hr.gq"))).isFalse();
  }

  private List<List<Object>> friendsOf(String name) {
    return graph.query("query q($n: String) { match { $p: Person { name: $n }  $p knows $f } return { $f.name } }", "q.gq", null,
        Map.of("n", name)).rowsAsLists();
  }
}
