package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The driver's URL handling; opening a real graph is covered by the conformance tests. */
class OmniGraphDriverTest {
  private final Driver driver = new OmniGraphDriver();

  @Test
  void acceptsOnlyOmniGraphUrls() throws SQLException {
    assertThat(driver.acceptsURL("jdbc:omnigraph:/data/people.omni")).isTrue();
    assertThat(driver.acceptsURL("jdbc:omnigraph:people.omni")).isTrue();
    assertThat(driver.acceptsURL("jdbc:duckdb:people.db")).isFalse();
    assertThat(driver.acceptsURL("omnigraph:people.omni")).isFalse();
    assertThatThrownBy(() -> driver.acceptsURL(null)).isInstanceOf(SQLException.class);
  }

  @Test
  void returnsNullForForeignUrls() throws SQLException {
    assertThat(driver.connect("jdbc:postgresql://localhost/db", new Properties())).isNull();
  }

  @Test
  void rejectsAUrlWithoutADirectory() {
    assertThatThrownBy(() -> driver.connect("jdbc:omnigraph:", null))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessage("'jdbc:omnigraph:' names no graph directory or server; use jdbc:omnigraph:<graph-dir>[;branch=<name>]"
            + "[;at=<commit|time>] or jdbc:omnigraph://<host>:<port>[;...]");
  }

  @Test
  void rejectsUnknownPropertiesBeforeOpeningTheGraph() {
    Properties info = new Properties();
    info.setProperty("user", "ada");
    info.setProperty("brnach", "main");

    assertThatThrownBy(() -> driver.connect("jdbc:omnigraph:/no/such/graph", info))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessage("unknown connection property 'brnach'; jdbc:omnigraph: takes at, branch, password, user");
    assertThatThrownBy(() -> driver.connect("jdbc:omnigraph:/no/such/graph;at", null))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessage("'at' in 'jdbc:omnigraph:/no/such/graph;at' is not name=value");
    assertThatThrownBy(() -> driver.connect("jdbc:omnigraph:/no/such/graph;branch=", null))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessage("connection property 'branch' is empty");
  }

  @Test
  void isFoundByDriverManagerThroughTheServiceFile() throws SQLException {
    assertThat(DriverManager.getDriver("jdbc:omnigraph:people.omni")).isInstanceOf(OmniGraphDriver.class);
  }

  @Test
  void describesItself() throws SQLException {
    assertThat(driver.getMajorVersion()).isZero();
    assertThat(driver.getMinorVersion()).isEqualTo(1);
    assertThat(driver.jdbcCompliant()).isFalse();
  }

  @Test
  void listsEveryPropertyItAccepts() throws SQLException {
    Properties info = new Properties();
    info.setProperty("user", "ada");
    info.setProperty("branch", "review");
    DriverPropertyInfo[] properties = driver.getPropertyInfo("jdbc:omnigraph:x", info);
    assertThat(properties).extracting(p -> p.name).containsExactly("branch", "at", "user", "password");
    assertThat(properties).extracting(p -> p.value).containsExactly("review", null, "ada", null);
    assertThat(properties[1].description).contains("commit id or ISO-8601 time");
    assertThat(properties[2].description).contains("ignored");
  }
}
