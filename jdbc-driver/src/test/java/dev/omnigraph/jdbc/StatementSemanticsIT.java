package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlGraph.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import dev.omnigraph.engine.QueryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statement settings and lifecycle with SQL text (ecosystem.md §2.3). */
class StatementSemanticsIT {
  @TempDir static Path dir;
  static String url;

  @BeforeAll
  static void create() {
    url = "jdbc:omnigraph:" + SqlGraph.create(dir);
  }

  @Test
  void maxRowsCutsWhatAResultSetExposes() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.setMaxRows(2);
      assertThat(rows(s.executeQuery("SELECT slug FROM Person ORDER BY slug"))).containsExactly(List.of("ada"), List.of("bob"));
      s.setMaxRows(0);
      assertThat(rows(s.executeQuery("SELECT slug FROM Person"))).hasSize(3);
    }
  }

  @Test
  void fetchSizeIsPassedToResultSets() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.setFetchSize(200);
      try (ResultSet rs = s.executeQuery("SELECT * FROM Person")) {
        assertThat(rs.getFetchSize()).isEqualTo(200);
      }
      assertThatThrownBy(() -> s.setFetchSize(-1)).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void queriesHaveNoUpdateCountAndOneResult() throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      assertThat(s.execute("SELECT name FROM Company")).isTrue();
      assertThat(s.getUpdateCount()).isEqualTo(-1);
      assertThat(rows(s.getResultSet())).hasSize(2);
      assertThat(s.getMoreResults()).isFalse();
      assertThat(s.getUpdateCount()).isEqualTo(-1);
    }
  }

  @Test
  void cancelWithNothingRunningLeavesTheNextExecutionAlone() throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement("SELECT name FROM Person WHERE slug = ?")) {
      ps.cancel();
      ps.setString(1, "cy");
      assertThat(rows(ps.executeQuery())).containsExactly(List.of("Cy"));
      ps.close();
      assertThatThrownBy(ps::cancel).hasMessage("statement is closed");
    }
  }

  @Test
  void cancelFromAnotherThreadDiscardsTheRunningExecution() throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      StatementBase statement = (StatementBase) s;
      CountDownLatch started = new CountDownLatch(1);
      Thread canceller = new Thread(() -> {
        try {
          started.await();
          statement.cancel();
        } catch (InterruptedException | SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      canceller.start();
      assertThatThrownBy(() -> statement.execute(() -> {
        started.countDown();
        awaitQuietly(canceller::join);
        return new QueryResult(List.of(), new ArrayList<>());
      })).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"))
          .hasMessageContaining("canceled");
      assertThat(rows(s.executeQuery("SELECT slug FROM Person WHERE slug = 'ada'"))).hasSize(1);
    }
  }

  @Test
  void anExecutionPastItsQueryTimeoutFailsWithSqlTimeout() throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      assertThat(s.getQueryTimeout()).isEqualTo(1);
      assertThat(rows(s.executeQuery("SELECT slug FROM Person"))).hasSize(3);
      assertThatThrownBy(() -> ((StatementBase) s).execute(() -> {
        awaitQuietly(() -> Thread.sleep(1_500));
        return new QueryResult(List.of(), new ArrayList<>());
      })).isInstanceOfSatisfying(SQLTimeoutException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
      assertThatThrownBy(() -> s.setQueryTimeout(-1)).isInstanceOf(SQLException.class);
    }
  }

  /** A blocking call in an {@link StatementBase.Execution}, which may only throw SQLException. */
  interface Blocking {
    void run() throws InterruptedException;
  }

  private static void awaitQuietly(Blocking blocking) {
    try {
      blocking.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void closingTheConnectionClosesItsStatementsAndResultSets() throws SQLException {
    Connection c = DriverManager.getConnection(url);
    Statement s = c.createStatement();
    ResultSet rs = s.executeQuery("SELECT * FROM Knows");
    PreparedStatement ps = c.prepareStatement("SELECT * FROM Person WHERE age > ?");
    c.close();
    assertThat(s.isClosed()).isTrue();
    assertThat(rs.isClosed()).isTrue();
    assertThat(ps.isClosed()).isTrue();
    assertThatThrownBy(rs::next).hasMessage("result set is closed");
    assertThatThrownBy(() -> c.createStatement()).hasMessage("connection is closed");
  }

  @Test
  void foreignUrlsAreNotThisDriversBusiness() throws SQLException {
    OmniGraphDriver driver = new OmniGraphDriver();
    assertThat(driver.acceptsURL("jdbc:postgresql://localhost/db")).isFalse();
    assertThat(driver.connect("jdbc:postgresql://localhost/db", new Properties())).isNull();
  }
}
