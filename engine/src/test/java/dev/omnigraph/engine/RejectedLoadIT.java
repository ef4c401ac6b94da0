package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rejected load names the JSONL line, the row and the constraint or expected value, and leaves the graph unchanged. */
class RejectedLoadIT {
  private static final String SCHEMA = """
      node Person { name: String @key  age: I32?  role: enum(admin, member)?  code: String?  @check(code, "^[A-Z]{3}$")
                    score: F64?  @range(score, 0..100) }
      edge Knows: Person -> Person
      """;
  private static final String BASE = """
      {"type":"Person","data":{"name":"Alice","age":30}}
      {"type":"Person","data":{"name":"Bob"}}
      {"edge":"Knows","from":"Alice","to":"Bob"}
      """;

  @TempDir
  Path dir;
  Graph graph;

  @BeforeEach
  void create() {
    graph = Graph.init(dir.resolve("g"), SCHEMA, "schema.pg");
    graph.load(BASE, "base.jsonl");
  }

  @AfterEach
  void close() {
    graph.close();
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(delimiter = '|', textBlock = """
      {"type":"Person","data":{"name":"Carol","age":"old"}}                       | DATA_ERROR           | bad.jsonl:2 | property 'age': expects I32, got "old"
      {"type":"Person","data":{"name":"Carol","age":3000000000}}                  | DATA_ERROR           | bad.jsonl:2 | value 3000000000 exceeds I32 range
      {"type":"Person","data":{"name":"Alice"}}                                   | KEY_CONFLICT         | bad.jsonl:2 | node type 'Person' already has @key value 'Alice'
      {"type":"Person","data":{"name":"Carol"}}                                   | CONSTRAINT_VIOLATION | bad.jsonl:2 | duplicate @key value 'Carol' for node:Person (first at line 1)
      {"edge":"Knows","from":"Alice","to":"Ghost"}                                | CONSTRAINT_VIOLATION | bad.jsonl:2 | dst 'Ghost' not found in Person (edge Knows 'Alice' -> 'Ghost')
      {"type":"Person","data":{"name":"Carol","nickname":"C"}}                    | DATA_ERROR           | bad.jsonl:2 | unknown input field 'nickname' for 'node:Person'
      {"type":"Robot","data":{"name":"R2"}}                                       | DATA_ERROR           | bad.jsonl:2 | unknown node type 'Robot'
      {"type":"Person","data":{"name":"Dave","role":"owner"}}                     | CONSTRAINT_VIOLATION | bad.jsonl:2 | invalid enum value 'owner' for Person.role (expected: admin, member) (node Person 'Dave')
      {"type":"Person","data":{"name":"Dave","code":"abc"}}                       | CONSTRAINT_VIOLATION | bad.jsonl:2 | @check violation on Person.code: value 'abc' does not match pattern '^[A-Z]{3}$' (node Person 'Dave')
      {"type":"Person","data":{"name":"Dave","score":101}}                        | CONSTRAINT_VIOLATION | bad.jsonl:2 | @range violation on Person.score: value 101 > max 100 (node Person 'Dave')
      {"type":"Person","data":{"age":3}}                                          | DATA_ERROR           | bad.jsonl:2 | node Person is missing a non-null @key value for 'name'
      {"type":"Person","data":{"name":"Carol"},"extra":1}                         | DATA_ERROR           | bad.jsonl:2 | unknown top-level field 'extra'
      {"type":"Person","data":{"name":"Carol"                                     | DATA_ERROR           | bad.jsonl:2 | malformed JSON
      """)
  void rejectsTheLoadAndKeepsTheGraph(String badLine, ErrorCode code, String location, String message) {
    String good = "{\"type\":\"Person\",\"data\":{\"name\":\"Carol\"}}\n";
    String input = good + badLine + "\n";
    long versionBefore = graph.version();
    assertThatThrownBy(() -> graph.load(input, "bad.jsonl")).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.location()).map(Object::toString).hasValue(location);
      assertThat(e.detail()).contains(message);
    });
    assertThat(graph.version()).isEqualTo(versionBefore);
    try (Graph reopened = Graph.open(dir.resolve("g"))) {
      QueryResult people = reopened.query("query q() { match { $p: Person } return { count($p) as n } }", "<q>", null, Map.of());
      assertThat(people.get(0, 0)).isEqualTo(2L);
      assertThat(reopened.version()).isEqualTo(versionBefore);
    }
  }

  @Test
  void edgesMayReferenceNodesOfTheSameLoad() {
    LoadResult result = graph.load("""
        {"edge":"Knows","from":"Carol","to":"Alice"}
        {"type":"Person","data":{"name":"Carol"}}
        """, "more.jsonl");
    assertThat(result.nodesLoaded()).containsEntry("Person", 1L);
    assertThat(graph.query("query q() { match { $p: Person { name: \"Carol\" }  $p knows $f } return { $f.name } }", "<q>", null, Map.of())
        .rowsAsLists()).containsExactly(java.util.List.of("Alice"));
  }

  @Test
  void committedIdsAreCheckedThroughLanceWhenTablesAreNotResident() {
    graph.close();
    graph = Graph.open(dir.resolve("g"), 0);
    graph.load("{\"edge\":\"Knows\",\"from\":\"Bob\",\"to\":\"Alice\"}\n", "ok.jsonl");
    assertThatThrownBy(() -> graph.load("{\"type\":\"Person\",\"data\":{\"name\":\"Bob\"}}\n", "dup.jsonl"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.getMessage())
            .isEqualTo("dup.jsonl:1: node type 'Person' already has @key value 'Bob' (append mode adds new rows only; use merge to replace)"));
    assertThatThrownBy(() -> graph.load("{\"edge\":\"Knows\",\"from\":\"Bob\",\"to\":\"Zed\"}\n", "dangling.jsonl"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.getMessage())
            .isEqualTo("dangling.jsonl:1: dst 'Zed' not found in Person (edge Knows 'Bob' -> 'Zed')"));
  }

  @Test
  void initRefusesAnExistingGraph() {
    assertThatThrownBy(() -> Graph.init(dir.resolve("g"), SCHEMA, "schema.pg"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));
  }

  @Test
  void openRefusesADirectoryWithoutAGraph() {
    assertThatThrownBy(() -> Graph.open(dir.resolve("nothing")))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }
}
