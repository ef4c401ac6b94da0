package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutations end to end through {@link Graph#mutate} ({@code gq-language.md} §9): effects checked
 * by reads, affected counts, and every rejected mutation leaving the graph exactly as it was, on
 * disk and in memory. {@link MutationLanceScanIT} runs the same with every table read by Lance.
 */
class MutationIT {
  static final String SCHEMA = """
      node Person { name: String @key  age: I32?  role: enum(admin, member)?  email: String? @unique
                    code: String?  @check(code, "^[A-Z]{3}-[0-9]+$")  @range(age, 0..200) }
      node Company { name: String @key }
      node Memo { text: String }
      edge Knows: Person -> Person { since: Date? }
      edge WorksAt: Person -> Company @card(0..1)
      """;
  static final String SEED = """
      {"type":"Person","data":{"name":"Alice","age":30,"email":"alice@x"}}
      {"type":"Person","data":{"name":"Bob","age":25}}
      {"type":"Person","data":{"name":"Charlie","age":35}}
      {"type":"Person","data":{"name":"Diana","age":28}}
      {"type":"Company","data":{"name":"Acme"}}
      {"type":"Company","data":{"name":"Globex"}}
      {"edge":"Knows","from":"Alice","to":"Bob"}
      {"edge":"Knows","from":"Alice","to":"Charlie"}
      {"edge":"Knows","from":"Bob","to":"Diana"}
      {"edge":"WorksAt","from":"Alice","to":"Acme"}
      {"edge":"WorksAt","from":"Bob","to":"Globex"}
      """;

  @TempDir
  Path dir;
  Graph graph;

  /** Rows up to this count stay in memory; {@link MutationLanceScanIT} sets 0. */
  long residentRowLimit() {
    return Graph.DEFAULT_RESIDENT_ROW_LIMIT;
  }

  @BeforeEach
  void create() {
    try (Graph created = Graph.init(dir.resolve("g"), SCHEMA, "schema.pg")) {
      created.load(SEED, "seed.jsonl");
    }
    graph = Graph.open(dir.resolve("g"), residentRowLimit());
  }

  @AfterEach
  void close() {
    graph.close();
  }

  @Test
  void insertsANodeAndAnEdgeNamingEndpointsByKey() {
    MutationResult result = mutate("query m($n: String, $a: I32, $f: String) { insert Person { name: $n, age: $a }"
        + "  insert Knows { from: $n, to: $f, since: date(\"2024-01-01\") } }", "n", "Eve", "a", 22, "f", "Alice");
    assertThat(result.affectedNodes()).isEqualTo(1);
    assertThat(result.affectedEdges()).isEqualTo(1);
    assertThat(result.commitId()).isNotNull();
    assertThat(rows("match { $p: Person { name: \"Eve\" }  $p knows $f } return { $p.age, $f.name }"))
        .containsExactly(List.of(22, "Alice"));
  }

  @Test
  void insertOfAStoredKeyReplacesTheWholeRow() {
    MutationResult result = mutate("query m() { insert Person { name: \"Alice\", role: \"admin\" } }");
    assertThat(result.affectedNodes()).isEqualTo(1);
    assertThat(rows("match { $p: Person { name: \"Alice\" } } return { $p.age, $p.role, $p.email }"))
        .containsExactly(Arrays.asList(null, "admin", null));
    assertThat(rows("match { $p: Person { name: \"Alice\" }  $p knows $f } return { $f.name } order { $f.name }"))
        .containsExactly(List.of("Bob"), List.of("Charlie"));
  }

  @Test
  void unkeyedNodesGetFreshIds() {
    mutate("query m() { insert Memo { text: \"a\" }  insert Memo { text: \"a\" } }");
    assertThat(rows("match { $m: Memo } return { $m.text }")).hasSize(2);
    assertThat(rows("match { $m: Memo } return { $m }").stream().map(r -> (String) r.get(0)).distinct())
        .hasSize(2).allMatch(id -> id.length() == 26);
  }

  @Test
  void updatesSeeEarlierStatementsPendingRows() {
    MutationResult result = mutate("query m() { insert Person { name: \"Yves\", age: 10 }"
        + "  update Person set { age: 99 } where name = \"Alice\"  update Person set { age: 150 } where age > 50 }");
    assertThat(result.affectedNodes()).isEqualTo(3);
    assertThat(rows("match { $p: Person  $p.age >= 99 } return { $p.name, $p.age } order { $p.name }"))
        .containsExactly(List.of("Alice", 150));
    assertThat(rows("match { $p: Person { name: \"Yves\" } } return { $p.age }")).containsExactly(List.of(10));
  }

  @Test
  void updateKeepsUnassignedPropertiesAndMatchingNothingPublishesNothing() {
    long version = graph.version();
    MutationResult none = mutate("query m() { update Person set { age: 1 } where name = \"Nobody\" }");
    assertThat(none.affectedNodes()).isZero();
    assertThat(none.commitId()).isNull();
    assertThat(graph.version()).isEqualTo(version);
    mutate("query m() { update Person set { role: \"member\" } where name = \"Alice\" }");
    assertThat(rows("match { $p: Person { name: \"Alice\" } } return { $p.age, $p.role, $p.email }"))
        .containsExactly(List.of(30, "member", "alice@x"));
  }

  @Test
  void nodeDeletesCascadeAndCountEachRowOnce() {
    MutationResult result = mutate("query m() { delete Person where name = \"Alice\"  delete Person where age > 29 }");
    assertThat(result.affectedNodes()).isEqualTo(2);
    assertThat(result.affectedEdges()).isEqualTo(3);
    assertThat(rows("match { $a: Person  $a knows $b } return { $a.name, $b.name }")).containsExactly(List.of("Bob", "Diana"));
    assertThat(rows("match { $a: Person  $a worksAt $c } return { $a.name }")).containsExactly(List.of("Bob"));
  }

  @Test
  void edgeDeletesMatchFromAndTo() {
    MutationResult result = mutate("query m() { delete Knows where from = \"Alice\" }");
    assertThat(result.affectedEdges()).isEqualTo(2);
    assertThat(rows("match { $a: Person  $a knows $b } return { $a.name }")).containsExactly(List.of("Bob"));
    assertThat(mutate("query m() { delete Knows where to = \"Diana\" }").affectedEdges()).isEqualTo(1);
  }

  @Test
  void nullComparesAsUnknown() {
    mutate("query m() { insert Person { name: \"Zoe\" } }");
    assertThat(mutate("query m() { delete Person where age != 1000 }").affectedNodes()).isEqualTo(4);
    assertThat(rows("match { $p: Person } return { $p.name }")).containsExactly(List.of("Zoe"));
  }

  @Test
  void rejectsAMissingEndpoint() {
    rejected("query m() { insert Person { name: \"Eve\" }  insert Knows { from: \"Eve\", to: \"Missing\" } }",
        ErrorCode.CONSTRAINT_VIOLATION, "m.gq:1:44", "dst 'Missing' not found in Person (edge Knows 'Eve' -> 'Missing')");
  }

  @Test
  void rejectsValueConstraints() {
    rejected("query m() { insert Person { name: \"Eve\", age: 300 } }", ErrorCode.CONSTRAINT_VIOLATION, "m.gq:1:13",
        "@range violation on Person.age: value 300 > max 200 (node Person 'Eve')");
    rejected("query m() { update Person set { age: 201 } where name = \"Bob\" }", ErrorCode.CONSTRAINT_VIOLATION, "m.gq:1:13",
        "@range violation on Person.age: value 201 > max 200 (node Person 'Bob')");
    rejected("query m() { insert Person { name: \"Eve\", code: \"invalid\" } }", ErrorCode.CONSTRAINT_VIOLATION, "m.gq:1:13",
        "@check violation on Person.code: value 'invalid' does not match pattern '^[A-Z]{3}-[0-9]+$' (node Person 'Eve')");
    rejected("query m($r: String) { insert Person { name: \"Eve\", role: $r } }", ErrorCode.CONSTRAINT_VIOLATION, "m.gq:1:23",
        "invalid enum value 'owner' for Person.role (expected: admin, member) (node Person 'Eve')", "r", "owner");
  }

  @Test
  void checkIsARegexSearchNotAWholeMatch() {
    mutate("query m() { insert Person { name: \"Eve\", code: \"ABC-12\" } }");
    assertThat(rows("match { $p: Person { name: \"Eve\" } } return { $p.code }")).containsExactly(List.of("ABC-12"));
  }

  @Test
  void rejectsUniqueValuesHeldByCommittedOrPendingRows() {
    rejected("query m() { update Person set { email: \"alice@x\" } where name = \"Bob\" }", ErrorCode.CONSTRAINT_VIOLATION,
        "m.gq:1:13", "@unique violation on Person.email: value 'alice@x' held by 'Alice' and 'Bob'");
    rejected("query m() { insert Person { name: \"E\", email: \"e@x\" }  insert Person { name: \"F\", email: \"e@x\" } }",
        ErrorCode.CONSTRAINT_VIOLATION, "m.gq:1:56", "@unique violation on Person.email: value 'e@x' held by 'E' and 'F'");
    MutationResult moved = mutate("query m() { update Person set { email: \"a2@x\" } where name = \"Alice\""
        + "  update Person set { email: \"alice@x\" } where name = \"Bob\" }");
    assertThat(moved.affectedNodes()).isEqualTo(2);
  }

  @Test
  void rejectsCardinalityBeyondMax() {
    rejected("query m() { insert WorksAt { from: \"Alice\", to: \"Globex\" } }", ErrorCode.CONSTRAINT_VIOLATION, "m.gq:1:13",
        "@card violation on edge WorksAt: source 'Alice' has 2 edges (max 1)");
    assertThat(mutate("query m() { insert WorksAt { from: \"Charlie\", to: \"Globex\" } }").affectedEdges()).isEqualTo(1);
  }

  @Test
  void rejectsValuesThatDoNotFitTheirProperty() {
    rejected("query m($a: I64) { insert Person { name: \"Eve\", age: $a } }", ErrorCode.DATA_ERROR, "m.gq:1:20",
        "property 'age': value 3000000000 exceeds I32 range", "a", 3_000_000_000L);
    rejected("query m($n: String?) { insert Person { name: $n } }", ErrorCode.DATA_ERROR, "m.gq:1:24",
        "insert @key property 'name' cannot contain null", "n", null);
    rejected("query m($t: String?) { insert Memo { text: $t } }", ErrorCode.DATA_ERROR, "m.gq:1:24",
        "non-nullable property 'text' of node:Memo has no value", "t", null);
  }

  @Test
  void rejectsUnknownTypesAndPropertiesStatically() {
    rejected("query m() { insert Robot { name: \"R\" } }", ErrorCode.TYPE_ERROR, "m.gq:1:13", "T10");
    rejected("query m() { insert Person { name: \"R\", nickname: \"r\" } }", ErrorCode.TYPE_ERROR, "m.gq:1:40", "T11");
    rejected("query m() { insert Person { name: 3 } }", ErrorCode.TYPE_ERROR, "m.gq:1:29", "T3");
    rejected("query m() { insert Person { name: \"E\" }  delete Person where name = \"Bob\" }", ErrorCode.TYPE_ERROR,
        "m.gq:1:42", "inserts/updates and deletes");
    rejected("query m() { match { $p: Person } return { $p.name } }", ErrorCode.TYPE_ERROR, "m.gq:1:1",
        "mutation execution called on read query");
  }

  MutationResult mutate(String gq, Object... nameValues) {
    return graph.mutate(gq, "m.gq", null, params(nameValues));
  }

  /** Asserts the mutation fails as given and the graph is unchanged in this handle and on disk. */
  void rejected(String gq, ErrorCode code, String location, String message, Object... nameValues) {
    long version = graph.version();
    List<List<Object>> before = snapshot(graph);
    assertThatThrownBy(() -> mutate(gq, nameValues)).isInstanceOfSatisfying(OmniGraphException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.location()).map(Object::toString).hasValue(location);
      assertThat(e.detail()).contains(message);
    });
    assertThat(graph.version()).isEqualTo(version);
    assertThat(snapshot(graph)).isEqualTo(before);
    try (Graph reopened = Graph.open(dir.resolve("g"), residentRowLimit())) {
      assertThat(reopened.version()).isEqualTo(version);
      assertThat(snapshot(reopened)).isEqualTo(before);
    }
  }

  /** Every node and edge as (type, key or endpoints, properties), sorted. */
  static List<List<Object>> snapshot(Graph graph) {
    List<List<Object>> out = new ArrayList<>();
    out.addAll(rows(graph, "match { $p: Person } return { $p.name, $p.age, $p.role, $p.email, $p.code }"));
    out.addAll(rows(graph, "match { $c: Company } return { $c.name }"));
    out.addAll(rows(graph, "match { $m: Memo } return { $m.text }"));
    out.addAll(rows(graph, "match { $a: Person  $a $k:knows $b } return { $a.name, $b.name, $k.since }"));
    out.addAll(rows(graph, "match { $a: Person  $a worksAt $c } return { $a.name, $c.name }"));
    out.sort(java.util.Comparator.comparing(Object::toString));
    return out;
  }

  List<List<Object>> rows(String body) {
    return rows(graph, body);
  }

  static List<List<Object>> rows(Graph graph, String body) {
    return graph.query("query q() { " + body + " }", "q.gq", null, Map.of()).rowsAsLists();
  }

  static Map<String, Object> params(Object... nameValues) {
    Map<String, Object> out = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      out.put((String) nameValues[i], nameValues[i + 1]);
    }
    return out;
  }
}
