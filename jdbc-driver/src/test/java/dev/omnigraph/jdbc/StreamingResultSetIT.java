package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result sets stream (ecosystem.md §2.3, {@code setFetchSize}): rows are computed as
 * {@code next()} asks for them, so a cancel or a query timeout while a result set is read stops
 * the engine, and an error far into a result surfaces at the row that causes it. Each test would
 * fail against a driver that materialised the result at {@code executeQuery}.
 */
class StreamingResultSetIT {
  private static final int ROWS = 40_000;

  @TempDir static Path dir;
  static String url;

  @BeforeAll
  static void create() {
    Path graph = dir.resolve("items.omni");
    Graph.init(graph, "node Item {\n  name: String @key\n  n: I64\n}\n", "items.pg").close();
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      jsonl.append("{\"type\":\"Item\",\"data\":{\"name\":\"item-").append(i).append("\",\"n\":").append(i).append("}}\n");
    }
    try (Graph writer = Graph.open(graph)) {
      writer.load(jsonl.toString(), "items.jsonl");
    }
    url = "jdbc:omnigraph:" + graph;
  }

  /** Rows {@code rs} still yields before {@code next()} throws; fails when it never throws. */
  private static long rowsBeforeFailure(ResultSet rs, Class<? extends SQLException> expected) {
    long[] rows = {0};
    assertThatThrownBy(() -> {
      while (rs.next()) {
        rows[0]++;
      }
    }).isInstanceOf(expected).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isNotNull());
    return rows[0];
  }

  @Test
  void cancelWhileReadingStopsTheQuery() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT \"name\", \"n\" FROM \"Item\"");
      assertThat(rs.next()).isTrue();
      s.cancel();
      long more = rowsBeforeFailure(rs, SQLException.class);
      assertThat(more).isLessThan(ROWS - 1L);
      assertThat(rs.next()).as("a stopped result set has no more rows").isFalse();
      assertThat(s.executeQuery("SELECT COUNT(*) FROM \"Item\"").next()).as("the statement runs again").isTrue();
    }
  }

  @Test
  void theCancelErrorSaysSoWithSqlState57014() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT \"n\" FROM \"Item\"");
      rs.next();
      s.cancel();
      assertThatThrownBy(() -> {
        while (rs.next()) {
          rs.getLong(1);
        }
      }).isInstanceOfSatisfying(SQLException.class, e -> {
        assertThat(e.getSQLState()).isEqualTo("57014");
        assertThat(e.getMessage()).contains("canceled");
      });
    }
  }

  @Test
  void aQueryTimeoutStopsAResultSetThatIsReadTooSlowly() throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      ResultSet rs = s.executeQuery("SELECT \"name\" FROM \"Item\"");
      assertThat(rs.next()).isTrue();
      Thread.sleep(1_300);
      assertThat(rowsBeforeFailure(rs, SQLTimeoutException.class)).isLessThan(ROWS - 1L);
    }
  }

  @Test
  void anErrorFarIntoTheResultSurfacesAtItsRow() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      ResultSet rs = s.executeQuery("SELECT 100 / (\"n\" - 30000) AS q FROM \"Item\" WHERE \"n\" <= 30000");
      long rows = rowsBeforeFailure(rs, SQLDataException.class);
      assertThat(rows).as("rows before the failing one were delivered").isEqualTo(30_000L);
    }
  }

  @Test
  void maxRowsStopsReadingAndTheCursorReportsItsPosition() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.setMaxRows(3);
      ResultSet rs = s.executeQuery("SELECT \"n\" FROM \"Item\"");
      assertThat(rs.isBeforeFirst()).isTrue();
      assertThat(rs.next()).isTrue();
      assertThat(rs.isFirst()).isTrue();
      assertThat(rs.next()).isTrue();
      assertThat(rs.next()).isTrue();
      assertThat(rs.isLast()).isTrue();
      assertThat(rs.getRow()).isEqualTo(3);
      assertThat(rs.next()).isFalse();
      assertThat(rs.isAfterLast()).isTrue();
      assertThat(rs.getRow()).isZero();
    }
  }
}
