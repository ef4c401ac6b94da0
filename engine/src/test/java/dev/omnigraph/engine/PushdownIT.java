package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With residency off, every read is a Lance scan: these tests assert what the plan pushed into
 * each scan and what Lance was actually given, and that residual conjuncts keep results exact.
 */
class PushdownIT {
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

  private static String query(String body) {
    return "query q($s: String, $n: I64, $x: F64) { " + body + " }";
  }

  @Test
  void keyMatchIsPushedIntoTheLanceScanWithOnlyUsedColumns() {
    PreparedQuery prepared = graph.prepare(query("match { $p: Person { slug: $s } } return { $p.name }"), "<test>", null);
    assertThat(prepared.explain()).contains("LanceTableScan(table=[node:Person], columns=[[id, slug, name]], filter=[=($1, ?0)])");
    QueryResult result = prepared.execute(Map.of("s", "grace", "n", 1, "x", 1.0));
    assertThat(result.rowsAsLists()).containsExactly(List.of("Grace Hopper"));
    assertThat(result.lanceScans()).containsExactly("node:Person filter=`slug` = 'grace' limit=null");
  }

  @Test
  void limitWithoutOrderReachesLance() {
    QueryResult result = graph.query(query("match { $p: Person } return { $p.slug } limit 2"), "<test>", null,
        Map.of("s", "", "n", 1, "x", 1.0));
    assertThat(result.rowCount()).isEqualTo(2);
    assertThat(result.lanceScans()).containsExactly("node:Person filter=null limit=2");
  }

  @Test
  void stringPredicatesPushAndTheRestStaysResidual() {
    QueryResult result = graph.query(query(
        "match { $c: Company  $c.name starts_with \"B\"  $c.founded > 1900 } return { $c.slug }"), "<test>", null,
        Map.of("s", "", "n", 1, "x", 1.0));
    assertThat(result.rowsAsLists()).containsExactly(List.of("bletchley"));
    assertThat(result.lanceScans()).containsExactly("node:Company filter=starts_with(`name`, 'B') AND `founded` > 1900 limit=null");
  }

  @Test
  void fractionalValueAgainstIntegerColumnIsEvaluatedExactlyInTheEngine() {
    QueryResult result = graph.query(query("match { $c: Company  $c.founded = $x } return { $c.slug }"), "<test>", null,
        Map.of("s", "", "n", 1, "x", 1939.5));
    assertThat(result.rowCount()).isZero();
    assertThat(result.lanceScans()).containsExactly("node:Company filter=null limit=null");
  }

  @Test
  void residualFilterDisablesTheLanceLimit() {
    QueryResult result = graph.query(query("match { $p: Person  $p.born >= date(\"1992-01-01\") } return { $p.slug } limit 2"),
        "<test>", null, Map.of("s", "", "n", 1, "x", 1.0));
    assertThat(result.rowCount()).isEqualTo(2);
    assertThat(result.lanceScans()).containsExactly("node:Person filter=null limit=null");
  }

  @Test
  void residentAndLanceReadsAgree() {
    String text = query("match { $p: Person  $p knows $f  $f.city != \"Boston\" } return { $p.slug, $f.slug } order { $p.slug, $f.slug }");
    try (Graph resident = Graph.open(dir.resolve("g"))) {
      QueryResult fromMemory = resident.query(text, "<test>", null, Map.of("s", "", "n", 1, "x", 1.0));
      QueryResult fromLance = graph.query(text, "<test>", null, Map.of("s", "", "n", 1, "x", 1.0));
      assertThat(fromMemory.lanceScans()).isEmpty();
      assertThat(fromLance.lanceScans()).isNotEmpty();
      assertThat(fromMemory.rowsAsLists()).isEqualTo(fromLance.rowsAsLists()).hasSize(4);
    }
  }
}
