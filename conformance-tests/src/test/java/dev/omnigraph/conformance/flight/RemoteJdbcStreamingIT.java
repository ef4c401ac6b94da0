package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.jdbc.remote.RemoteSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote result sets stream: a 46,656-row result (a six-way cross join of the six people) arrives
 * in batches of 1,000 rows and the client's Arrow memory stays a small fraction of the whole
 * result while it is read; cancelling mid-stream stops it with SQLSTATE 57014; closing the
 * connection with a result still open frees every buffer (the session's allocator refuses to
 * close otherwise).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RemoteJdbcStreamingIT {
  static final String CROSS_JOIN = "SELECT a.name, b.name, c.name, d.name, e.name, f.name "
      + "FROM Person a, Person b, Person c, Person d, Person e, Person f";
  static final int ROWS = 46_656;

  @TempDir
  Path dir;
  SocialGraphServer fixture;
  Connection connection;
  BufferAllocator allocator;

  @BeforeEach
  void start() throws SQLException {
    fixture = new SocialGraphServer(dir, null, 1_000);
    connection = DriverManager.getConnection("jdbc:omnigraph://127.0.0.1:" + fixture.server.port());
    allocator = connection.unwrap(RemoteSession.class).allocator();
  }

  @AfterEach
  void stop() throws Exception {
    connection.close();
    fixture.close();
  }

  @Test
  void aLargeResultStreamsInBoundedMemory() throws SQLException {
    long rows = 0;
    long chars = 0;
    long peak = 0;
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(CROSS_JOIN)) {
      while (result.next()) {
        rows++;
        for (int c = 1; c <= 6; c++) {
          chars += result.getString(c).length();
        }
        peak = Math.max(peak, allocator.getAllocatedMemory());
      }
    }
    assertThat(rows).isEqualTo(ROWS);
    // The whole result is over 3.5 MB of text plus offsets; the client holds a few batches at most.
    assertThat(chars).isGreaterThan(3_500_000);
    assertThat(peak).isPositive().isLessThan(chars / 4);
    assertThat(allocator.getAllocatedMemory()).isZero();
  }

  @Test
  void cancellingMidStreamStopsTheResult() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      ResultSet result = statement.executeQuery(CROSS_JOIN);
      for (int i = 0; i < 10; i++) {
        assertThat(result.next()).isTrue();
      }
      statement.cancel();
      assertThatThrownBy(() -> {
        while (result.next()) {
          // rows already received may still be read
        }
      }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
      assertThat(allocator.getAllocatedMemory()).isZero();
      assertThat(statement.executeQuery("SELECT COUNT(*) FROM Person").next()).isTrue();
    }
  }

  @Test
  void closingTheConnectionClosesItsOpenResults() throws SQLException {
    Statement statement = connection.createStatement();
    ResultSet result = statement.executeQuery(CROSS_JOIN);
    assertThat(result.next()).isTrue();
    assertThat(allocator.getAllocatedMemory()).isPositive();
    long start = System.nanoTime();
    connection.close();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("close() cancels the stream, never drains it")
        .isLessThan(2_000);
    assertThat(result.isClosed()).isTrue();
    assertThat(statement.isClosed()).isTrue();
  }
}
