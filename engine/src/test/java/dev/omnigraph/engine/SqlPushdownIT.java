package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL over the sample graph with residency off, so every table read is a Lance scan: what the SQL
 * plan pushed into each scan, what Lance was given, and that plans are cached by text.
 */
class SqlPushdownIT {
  @TempDir
  static Path dir;
  static Graph graph;

  @BeforeAll
  static void load() {
    Path example = Path.of("..", "examples", "social");
    Graph.init(dir.resolve("g"), example.resolve("schema.pg")).close();
    try (Graph writer = Graph.open(dir.resolve("g"))) {
      writer.load(example.resolve("data.jsonl"));
    }
    graph = Graph.open(dir.resolve("g"), 0);
  }

  @AfterAll
  static void close() {
    graph.close();
  }

  @Test
  void aKeyFilterReachesLanceWithOnlyTheColumnsRead() {
    PreparedQuery query = graph.prepareSql("SELECT name FROM Person WHERE slug = 'grace'");
    assertThat(query.explain()).contains("LanceTableScan(table=[node:Person], columns=[[name, slug]], filter=[=($1, 'grace')])");
    QueryResult result = query.execute(Map.of());
    assertThat(result.rowsAsLists()).containsExactly(List.of("Grace Hopper"));
    assertThat(result.lanceScans()).containsExactly("node:Person filter=`slug` = 'grace' limit=null");
  }

  @Test
  void aLimitWithoutOrderReachesLance() {
    QueryResult result = graph.prepareSql("SELECT slug FROM Person LIMIT 2").execute(Map.of());
    assertThat(result.rowCount()).isEqualTo(2);
    assertThat(result.lanceScans()).containsExactly("node:Person filter=null limit=2");
  }

  @Test
  void markersBindAsParametersAndReachLance() {
    PreparedQuery query = graph.prepareSql("SELECT name FROM Person WHERE slug = ? OR slug = ?");
    assertThat(query.parameters()).extracting(p -> p.name() + ":" + p.type()).containsExactly("1:String?", "2:String?");
    QueryResult result = query.execute(Map.of("1", "ada", "2", "alan"));
    assertThat(result.rowsAsLists()).containsExactlyInAnyOrder(List.of("Ada Lovelace"), List.of("Alan Turing"));
  }

  @Test
  void aRepeatedStatementIsPlannedOnce() {
    String sql = "SELECT city, COUNT(*) FROM Person GROUP BY city";
    assertThat(graph.prepareSql(sql)).isSameAs(graph.prepareSql(sql));
    assertThat(graph.prepareSql(sql + " ")).isNotSameAs(graph.prepareSql(sql));
  }

  @Test
  void explainReturnsThePlanAsOneRow() {
    QueryResult result = graph.prepareSql("EXPLAIN PLAN FOR SELECT name FROM Person WHERE city = 'London' LIMIT 3")
        .execute(Map.of());
    assertThat(result.columnNames()).containsExactly("PLAN");
    assertThat((String) result.get(0, 0))
        .contains("LanceTableScan(table=[node:Person], columns=[[city, name]], filter=[=($0, 'London')], limit=[3])");
    assertThat(result.lanceScans()).isEmpty();
  }

  @Test
  void unsupportedStatementsAreRefusedBeforeRunning() {
    assertThatThrownBy(() -> graph.prepareSql("INSERT INTO Person (slug, name) VALUES ('x', 'X')"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
    assertThatThrownBy(() -> graph.prepareSql("SELECT name FROM Person GROUP BY ROLLUP(name)"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED))
        .hasMessageContaining("GROUPING SETS");
  }
}
