package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.Graph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded JDBC driver over a cookbook graph: labels, JDBC types, values, errors. */
class JdbcDriverIT {
  @TempDir
  static Path dir;
  static Connection connection;
  static String url;

  @BeforeAll
  static void createGraph() throws SQLException {
    Path cookbook = CookbookGraph.cookbookDir("industry-intel");
    try (Graph graph = Graph.init(dir.resolve("industry"), cookbook.resolve("schema.pg"))) {
      graph.load(cookbook.resolve("seed.jsonl"));
    }
    url = "jdbc:omnigraph:" + dir.resolve("industry");
    connection = DriverManager.getConnection(url);
  }

  @AfterAll
  static void closeConnection() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void gqQueryReturnsReferenceColumnLabelsAndJdbcTypes() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("""
            query q() {
              match { $s: Signal { slug: "sig-meta-rogue-agent-breach" } }
              return { $s.slug, $s.domain, $s.stagingTimestamp, $s.name as title }
            }""")) {
      ResultSetMetaData meta = rs.getMetaData();
      assertThat(meta.getColumnCount()).isEqualTo(4);
      assertThat(List.of(meta.getColumnLabel(1), meta.getColumnLabel(2), meta.getColumnLabel(3), meta.getColumnLabel(4)))
          .containsExactly("s.slug", "s.domain", "s.stagingTimestamp", "title");
      assertThat(meta.getColumnType(1)).isEqualTo(Types.VARCHAR);
      assertThat(meta.getColumnType(3)).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
      assertThat(meta.getTableName(1)).isEqualTo("Signal");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString("s.slug")).isEqualTo("sig-meta-rogue-agent-breach");
      assertThat(rs.getString(2)).isEqualTo("security");
      Instant staged = Instant.parse("2026-03-18T00:00:00Z");
      assertThat(rs.getObject(3, OffsetDateTime.class)).isEqualTo(staged.atOffset(ZoneOffset.UTC));
      assertThat(rs.getTimestamp(3).toInstant()).isEqualTo(staged);
      assertThat(rs.getString("title")).isEqualTo("Meta rogue agent breach");
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void traversalWithOrderAndCountThroughJdbc() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("""
            query q() {
              match { $p: Pattern { slug: "pat-context-graphs" }  $s formsPattern $p }
              return { $s.slug }
              order { $s.slug }
            }""")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    assertThat(names).isSorted().hasSize(3);
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("query q() { match { $s: Signal } return { count($s) as n } }")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
      assertThat(rs.getLong("n")).isEqualTo(15L);
    }
  }

  @Test
  void maxRowsTruncatesTheResult() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(2);
      try (ResultSet rs = statement.executeQuery("query q() { match { $s: Signal } return { $s.slug } }")) {
        int rows = 0;
        while (rs.next()) {
          rows++;
        }
        assertThat(rows).isEqualTo(2);
      }
    }
  }

  @Test
  void queryErrorsCarryTheirSqlStateAndPlace() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeQuery("query q() { match { $s: Signl } return { $s.slug } }"))
          .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo("42804");
            assertThat(e.getMessage()).contains("1:21").contains("T1: unknown node type `Signl`");
          });
      assertThatThrownBy(() -> statement.executeQuery("query q() { match { $s: Signal } }"))
          .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42601"));
    }
  }

  @Test
  void foreignUrlsAreLeftToOtherDrivers() throws SQLException {
    assertThat(DriverManager.getDriver(url).connect("jdbc:postgresql://localhost/x", new java.util.Properties())).isNull();
    assertThat(DriverManager.getDriver(url).acceptsURL("jdbc:duckdb:")).isFalse();
  }

  @Test
  void closingTheConnectionClosesItsStatements() throws SQLException {
    Connection own = DriverManager.getConnection(url);
    Statement statement = own.createStatement();
    own.close();
    assertThat(statement.isClosed()).isTrue();
    assertThatThrownBy(own::createStatement).isInstanceOf(SQLException.class).hasMessageContaining("closed");
  }

  @Test
  void missingGraphIsAClearError() {
    Path missing = dir.resolve("missing");
    assertThat(Files.exists(missing)).isFalse();
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:omnigraph:" + missing))
        .isInstanceOf(SQLException.class).hasMessageContaining("no graph at");
  }
}
