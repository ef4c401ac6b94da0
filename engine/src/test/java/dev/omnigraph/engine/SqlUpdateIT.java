package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Graph#prepareSqlUpdate}: ids of unkeyed nodes, counts, commits, and constraints checked as for mutations. */
class SqlUpdateIT {
  @TempDir Path dir;
  Graph graph;

  @BeforeEach
  void create() {
    graph = Graph.init(dir.resolve("g"), """
        node Tag { label: String @unique  weight: I32?  @range(weight, 0..10) }
        node Person { slug: String @key }
        edge Tagged: Person -> Tag
        """, "s.pg");
    graph.load("""
        {"type":"Person","data":{"slug":"ada"}}
        """, "d.jsonl");
  }

  @AfterEach
  void close() {
    graph.close();
  }

  private List<Object[]> rows(String sql) {
    QueryResult result = graph.prepareSql(sql).execute(Map.of());
    return java.util.stream.IntStream.range(0, result.rowCount()).mapToObj(result::row).toList();
  }

  @Test
  void unkeyedNodesGetNewIdsAndEachStatementIsOneCommit() {
    String before = graph.headCommit();
    MutationResult inserted = graph.prepareSqlUpdate("INSERT INTO Tag(label, weight) VALUES (?, 3)").execute(Map.of("1", "math"));
    assertThat(inserted.affectedNodes()).isEqualTo(1);
    assertThat(inserted.commitId()).isNotEqualTo(before).isEqualTo(graph.headCommit());
    String id = (String) rows("SELECT id FROM Tag WHERE label = 'math'").get(0)[0];
    assertThat(id).hasSize(26);
    MutationResult edge = graph.prepareSqlUpdate("INSERT INTO Tagged(src, dst) VALUES ('ada', ?)").execute(Map.of("1", id));
    assertThat(edge.affectedEdges()).isEqualTo(1);
    MutationResult none = graph.prepareSqlUpdate("UPDATE Tag SET weight = 4 WHERE label = 'none'").execute(Map.of());
    assertThat(none.affectedNodes()).isZero();
    assertThat(none.commitId()).isNull();
  }

  @Test
  void constraintsFailAsForMutationsAndChangeNothing() {
    graph.prepareSqlUpdate("INSERT INTO Tag(label) VALUES ('math')").execute(Map.of());
    assertThatThrownBy(() -> graph.prepareSqlUpdate("INSERT INTO Tag(label) VALUES ('math')").execute(Map.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATION))
        .hasMessageStartingWith("<statement>:1:1:");
    assertThatThrownBy(() -> graph.prepareSqlUpdate("UPDATE Tag SET weight = 11").execute(Map.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATION));
    assertThat(rows("SELECT label, weight FROM Tag")).hasSize(1).allSatisfy(r -> assertThat(r[1]).isNull());
  }

  @Test
  void otherStatementsAndUnknownColumnsAreRefusedWhenPrepared() {
    assertThatThrownBy(() -> graph.prepareSqlUpdate("SELECT * FROM Tag"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
    assertThatThrownBy(() -> graph.prepareSqlUpdate("UPDATE Tag SET colour = 'red'"))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    assertThatThrownBy(() -> graph.at(graph.headCommit()).prepareSqlUpdate("DELETE FROM Tag").execute(Map.of()))
        .isInstanceOfSatisfying(OmniGraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED));
  }
}
