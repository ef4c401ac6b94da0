package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlGraph.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manual commit through the driver: staged writes, read-your-writes, commit, rollback, conflicts, isolation. */
class TransactionsIT {
  private static final String NAMES = "SELECT slug FROM Person ORDER BY slug";

  @TempDir Path dir;
  String url;
  Connection tx;
  Connection other;

  @BeforeEach
  void open() throws SQLException {
    url = "jdbc:omnigraph:" + SqlGraph.create(dir);
    tx = DriverManager.getConnection(url);
    other = DriverManager.getConnection(url);
  }

  @AfterEach
  void close() throws SQLException {
    tx.close();
    other.close();
  }

  private static String add(String slug) {
    return "query add() { insert Person { slug: \"" + slug + "\", name: \"" + slug + "\" } }";
  }

  private List<List<Object>> names(Connection c) throws SQLException {
    return rows(c.createStatement().executeQuery(NAMES));
  }

  @Test
  void writesShowInsideTheTransactionAndElsewhereOnlyAfterCommit() throws SQLException {
    tx.setAutoCommit(false);
    try (Statement s = tx.createStatement()) {
      assertThat(s.executeUpdate(add("dee"))).isEqualTo(1);
      assertThat(s.executeUpdate("query older() { update Person set { age: 99 } where slug = \"dee\" }")).isEqualTo(1);
      assertThat(rows(s.executeQuery("SELECT age FROM Person WHERE slug = 'dee'"))).containsExactly(List.of(99));
    }
    assertThat(names(other)).containsExactly(List.of("ada"), List.of("bob"), List.of("cy"));
    tx.commit();
    other.unwrap(EmbeddedSession.class).current().refresh();
    assertThat(names(other)).containsExactly(List.of("ada"), List.of("bob"), List.of("cy"), List.of("dee"));
  }

  @Test
  void rollbackDiscardsAndTheNextStatementBeginsAgain() throws SQLException {
    tx.setAutoCommit(false);
    tx.createStatement().executeUpdate(add("dee"));
    tx.rollback();
    assertThat(names(tx)).containsExactly(List.of("ada"), List.of("bob"), List.of("cy"));
    tx.createStatement().executeUpdate(add("eve"));
    tx.setAutoCommit(true);
    assertThat(tx.getAutoCommit()).isTrue();
    assertThat(names(tx)).containsExactly(List.of("ada"), List.of("bob"), List.of("cy"), List.of("eve"));
  }

  @Test
  void closingRollsBack() throws SQLException {
    tx.setAutoCommit(false);
    tx.createStatement().executeUpdate(add("dee"));
    tx.close();
    try (Connection again = DriverManager.getConnection(url)) {
      assertThat(names(again)).containsExactly(List.of("ada"), List.of("bob"), List.of("cy"));
    }
  }

  @Test
  void aConflictingCommitFailsWith40001AndEndsTheTransaction() throws SQLException {
    tx.setAutoCommit(false);
    tx.createStatement().executeUpdate("query a() { update Person set { age: 1 } where slug = \"ada\" }");
    other.createStatement().executeUpdate("query b() { update Person set { age: 2 } where slug = \"ada\" }");
    assertThatThrownBy(tx::commit)
        .isInstanceOfSatisfying(SQLTransactionRollbackException.class, e -> assertThat(e.getSQLState()).isEqualTo("40001"))
        .hasMessageContaining("nothing was committed")
        .hasMessageContaining("ada");
    tx.commit(); // the transaction is over: nothing is open
    tx.unwrap(EmbeddedSession.class).current().refresh();
    assertThat(rows(tx.createStatement().executeQuery("SELECT age FROM Person WHERE slug = 'ada'")))
        .containsExactly(List.of(2));
  }

  @Test
  void commitAndRollbackNeedManualCommitMode() {
    assertThatThrownBy(tx::commit).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25000"));
    assertThatThrownBy(tx::rollback).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25000"));
  }

  @Test
  void isolationIsSnapshotReportedAsRepeatableRead() throws SQLException {
    assertThat(tx.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(tx.getMetaData().getDefaultTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(tx.getMetaData().supportsTransactions()).isTrue();
    tx.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(tx.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThatThrownBy(() -> tx.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE))
        .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("not SERIALIZABLE");
  }
}
