package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three load modes ({@code pg-schema.md} §7.3, {@code storage-recovery.md} §3.11) on the
 * {@link MutationIT} graph: merge upserts whole rows by key, overwrite replaces exactly the tables
 * in the input, and both validate the graph as it will be after the load.
 */
class LoadModesIT {
  @TempDir
  Path dir;
  Graph graph;

  @BeforeEach
  void create() {
    graph = Graph.init(dir.resolve("g"), MutationIT.SCHEMA, "schema.pg");
    graph.load(MutationIT.SEED, "seed.jsonl");
  }

  @AfterEach
  void close() {
    graph.close();
  }

  @Test
  void mergeReplacesStoredRowsWholeAndAddsNewOnes() {
    LoadResult result = graph.load("""
        {"type":"Person","data":{"name":"Alice","role":"admin"}}
        {"type":"Person","data":{"name":"Eve","age":22}}
        """, "merge.jsonl", LoadMode.MERGE);
    assertThat(result.nodesLoaded()).containsEntry("Person", 2L);
    assertThat(rows("match { $p: Person  $p.name <= \"Alice\" } return { $p.name, $p.age, $p.role, $p.email }"))
        .containsExactly(Arrays.asList("Alice", null, "admin", null));
    assertThat(rows("match { $p: Person } return { count($p) as n }")).containsExactly(List.of(5L));
    assertThat(rows("match { $p: Person { name: \"Alice\" }  $p knows $f } return { count($f) as n }")).containsExactly(List.of(2L));
  }

  @Test
  void mergeMayMoveAUniqueValueBetweenRowsItReplaces() {
    graph.load("""
        {"type":"Person","data":{"name":"Alice","age":30}}
        {"type":"Person","data":{"name":"Bob","email":"alice@x"}}
        """, "merge.jsonl", LoadMode.MERGE);
    assertThat(rows("match { $p: Person  $p.email = \"alice@x\" } return { $p.name }")).containsExactly(List.of("Bob"));
  }

  @Test
  void mergeRejectsAUniqueValueHeldByAKeptRow() {
    rejected("{\"type\":\"Person\",\"data\":{\"name\":\"Bob\",\"email\":\"alice@x\"}}\n", LoadMode.MERGE,
        ErrorCode.CONSTRAINT_VIOLATION, "in.jsonl:1", "@unique violation on Person.email: value 'alice@x' held by 'Alice' and 'Bob'");
  }

  @Test
  void everyModeRejectsAKeyListedTwice() {
    for (LoadMode mode : LoadMode.values()) {
      rejected("""
          {"type":"Person","data":{"name":"Eve"}}
          {"type":"Person","data":{"name":"Eve","age":3}}
          """, mode, ErrorCode.CONSTRAINT_VIOLATION, "in.jsonl:2", "duplicate @key value 'Eve' for node:Person (first at line 1)");
    }
  }

  @Test
  void overwriteReplacesExactlyTheTablesInTheInput() {
    LoadResult result = graph.load("""
        {"type":"Person","data":{"name":"Alice"}}
        {"type":"Person","data":{"name":"Zed","age":40}}
        {"edge":"Knows","from":"Zed","to":"Alice"}
        {"edge":"WorksAt","from":"Alice","to":"Acme"}
        """, "image.jsonl", LoadMode.OVERWRITE);
    assertThat(result.nodesLoaded()).containsEntry("Person", 2L);
    assertThat(rows("match { $p: Person } return { $p.name, $p.age } order { $p.name }"))
        .containsExactly(Arrays.asList("Alice", null), List.of("Zed", 40));
    assertThat(rows("match { $a: Person  $a knows $b } return { $a.name, $b.name }")).containsExactly(List.of("Zed", "Alice"));
    assertThat(rows("match { $c: Company } return { count($c) as n }")).containsExactly(List.of(2L));
    assertThat(rows("match { $a: Person  $a worksAt $c } return { $a.name, $c.name }")).containsExactly(List.of("Alice", "Acme"));
  }

  @Test
  void overwriteRejectsRemovingNodesThatKeptEdgesReference() {
    rejected("""
        {"type":"Person","data":{"name":"Alice"}}
        {"type":"Person","data":{"name":"Bob"}}
        {"type":"Person","data":{"name":"Diana"}}
        """, LoadMode.OVERWRITE, ErrorCode.CONSTRAINT_VIOLATION, "in.jsonl:1",
        "dst 'Charlie' not found in Person: this write removes node Person 'Charlie' but committed edge Knows 'Alice' -> 'Charlie'");
    rejected("""
        {"type":"Company","data":{"name":"Acme"}}
        """, LoadMode.OVERWRITE, ErrorCode.CONSTRAINT_VIOLATION, "in.jsonl:1",
        "dst 'Globex' not found in Company: this write removes node Company 'Globex' but committed edge WorksAt 'Bob' -> 'Globex' still references it");
  }

  @Test
  void loadsCheckCardinalityOfTouchedSources() {
    rejected("{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Globex\"}\n", LoadMode.APPEND, ErrorCode.CONSTRAINT_VIOLATION,
        "in.jsonl:1", "@card violation on edge WorksAt: source 'Alice' has 2 edges (max 1)");
    graph.load("{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Globex\"}\n", "move.jsonl", LoadMode.OVERWRITE);
    assertThat(rows("match { $a: Person  $a worksAt $c } return { $a.name, $c.name }")).containsExactly(List.of("Alice", "Globex"));
  }

  @Test
  void appendRejectsStoredIdsAsKeyConflicts() {
    rejected("{\"type\":\"Company\",\"data\":{\"name\":\"Acme\"}}\n", LoadMode.APPEND, ErrorCode.KEY_CONFLICT, "in.jsonl:1",
        "node type 'Company' already has @key value 'Acme'");
  }

  private void rejected(String jsonl, LoadMode mode, ErrorCode code, String location, String message) {
    long version = graph.version();
    List<List<Object>> before = MutationIT.snapshot(graph);
    assertThatThrownBy(() -> graph.load(jsonl, "in.jsonl", mode)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.location()).map(Object::toString).hasValue(location);
      assertThat(e.detail()).contains(message);
    });
    assertThat(graph.version()).isEqualTo(version);
    assertThat(MutationIT.snapshot(graph)).isEqualTo(before);
    try (Graph reopened = Graph.open(dir.resolve("g"))) {
      assertThat(MutationIT.snapshot(reopened)).isEqualTo(before);
    }
  }

  private List<List<Object>> rows(String body) {
    return MutationIT.rows(graph, body);
  }
}
