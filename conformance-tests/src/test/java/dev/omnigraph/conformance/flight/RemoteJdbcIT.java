package dev.omnigraph.conformance.flight;

import static dev.omnigraph.conformance.flight.RemoteJdbcMetadataIT.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.flight.ServerOptions;
import dev.omnigraph.flight.auth.Users;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote JDBC driver against an in-process {@code FlightSqlServer} on the sample graph: SQL and
 * {@code .gq} queries, prepared statements and calls with parameters, updates, transactions,
 * branches as schemas, and errors that match the embedded driver's.
 */
class RemoteJdbcIT {
  static final String NAMES = "SELECT name FROM Person ORDER BY name";

  @TempDir
  Path dir;
  SocialGraphServer fixture;
  String url;
  Connection connection;

  @BeforeEach
  void start() throws SQLException {
    fixture = SocialGraphServer.start(dir);
    url = "jdbc:omnigraph://127.0.0.1:" + fixture.server.port();
    connection = DriverManager.getConnection(url);
  }

  @AfterEach
  void stop() throws Exception {
    connection.close();
    if (fixture != null) {
      fixture.close();
    }
  }

  private List<List<Object>> query(Connection on, String text) throws SQLException {
    try (Statement statement = on.createStatement()) {
      return rows(statement.executeQuery(text));
    }
  }

  @Test
  void sqlWithJoinsAndGqQueriesReturnTheirRows() throws SQLException {
    assertThat(query(connection, "SELECT p.name, c.name FROM Person p JOIN WorksAt w ON w.src = p.id "
        + "JOIN Company c ON c.id = w.dst WHERE c.sector <> 'research' ORDER BY p.name"))
        .isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(2).doesNotContainNull().doesNotContain("Bletchley Labs"));
    assertThat(query(connection, "query q() { match { $p: Person { slug: \"ada\" } } return { $p.name } }"))
        .containsExactly(List.of("Ada Lovelace"));
  }

  @Test
  void preparedStatementsBindByPosition() throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT name FROM Person WHERE slug = ? OR slug = ? ORDER BY name")) {
      assertThat(sql.getParameterMetaData().getParameterCount()).isEqualTo(2);
      sql.setString(1, "ada");
      sql.setString(2, "grace");
      assertThat(rows(sql.executeQuery())).containsExactly(List.of("Ada Lovelace"), List.of("Grace Hopper"));
      sql.setString(2, "nobody");
      assertThat(rows(sql.executeQuery())).containsExactly(List.of("Ada Lovelace"));
    }
    try (PreparedStatement gq = connection.prepareStatement(
        "query q($slug: String) { match { $p: Person { slug: $slug } } return { $p.name } }")) {
      gq.setString(1, "grace");
      assertThat(rows(gq.executeQuery())).containsExactly(List.of("Grace Hopper"));
    }
  }

  @Test
  void storedQueriesAreCalledWithLiteralsOrMarkers() throws SQLException {
    List<List<Object>> expected = query(connection, "CALL friends_of('ada')");
    assertThat(expected).isNotEmpty();
    try (CallableStatement call = connection.prepareCall("{call friends_of(?)}")) {
      call.setString(1, "ada");
      assertThat(rows(call.executeQuery())).isEqualTo(expected);
    }
    assertThatThrownBy(() -> query(connection, "CALL friends_of('ada', 2)"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"));
    assertThatThrownBy(() -> query(connection, "CALL no_such_query()"))
        .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42704"));
  }

  @Test
  void updatesCountTheirRows() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThat(statement.executeUpdate("INSERT INTO Person (slug, name) VALUES ('zed', 'Zed')")).isEqualTo(1);
      assertThat(statement.executeUpdate("query add() { insert Person { slug: \"yan\", name: \"Yan\" } }")).isEqualTo(1);
      assertThat(statement.execute("query rm() { delete Person where slug = \"yan\" }")).isFalse();
      assertThat(statement.getUpdateCount()).isEqualTo(1);
      assertThatThrownBy(() -> statement.executeQuery("query add() { insert Person { slug: \"x\", name: \"X\" } }"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07000"));
    }
    try (PreparedStatement update = connection.prepareStatement("UPDATE Person SET name = ? WHERE slug = ?")) {
      update.setString(1, "Zed Z");
      update.setString(2, "zed");
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    assertThat(query(connection, "SELECT name FROM Person WHERE slug IN ('zed', 'yan', 'x')")).containsExactly(List.of("Zed Z"));
  }

  @Test
  void aCommittedTransactionPublishesAndARolledBackOneLeavesNothing() throws SQLException {
    List<List<Object>> before = query(connection, NAMES);
    try (Connection other = DriverManager.getConnection(url)) {
      connection.setAutoCommit(false);
      connection.createStatement().executeUpdate("INSERT INTO Person (slug, name) VALUES ('tx1', 'Tx One')");
      assertThat(query(connection, "SELECT name FROM Person WHERE slug = 'tx1'")).containsExactly(List.of("Tx One"));
      assertThat(query(other, NAMES)).isEqualTo(before);
      connection.rollback();
      assertThat(query(connection, "SELECT name FROM Person WHERE slug = 'tx1'")).isEmpty();

      connection.createStatement().executeUpdate("query add() { insert Person { slug: \"tx2\", name: \"Tx Two\" } }");
      try (PreparedStatement prepared = connection.prepareStatement("SELECT name FROM Person WHERE slug = ?")) {
        prepared.setString(1, "tx2");
        assertThat(rows(prepared.executeQuery())).containsExactly(List.of("Tx Two"));
        connection.commit();
        assertThat(rows(prepared.executeQuery())).containsExactly(List.of("Tx Two"));
      }
      assertThat(query(other, "SELECT name FROM Person WHERE slug LIKE 'tx%'")).containsExactly(List.of("Tx Two"));
    }
  }

  @Test
  void branchesAreSchemas() throws SQLException {
    fixture.graph.createBranch("feature", "main");
    connection.setSchema("feature");
    assertThat(connection.getSchema()).isEqualTo("feature");
    connection.createStatement().executeUpdate("INSERT INTO Person (slug, name) VALUES ('fb', 'Feature Bee')");
    assertThat(query(connection, "SELECT name FROM Person WHERE slug = 'fb'")).containsExactly(List.of("Feature Bee"));
    try (Connection main = DriverManager.getConnection(url)) {
      assertThat(query(main, "SELECT name FROM Person WHERE slug = 'fb'")).isEmpty();
    }
    try (Connection feature = DriverManager.getConnection(url + ";branch=feature")) {
      assertThat(feature.getSchema()).isEqualTo("feature");
      assertThat(query(feature, "SELECT name FROM Person WHERE slug = 'fb'")).containsExactly(List.of("Feature Bee"));
    }
    assertThatThrownBy(() -> connection.setSchema("nope"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("3F000"));
    assertThat(rows(connection.getMetaData().getSchemas())).extracting(row -> row.get(0)).containsExactly("feature", "main");
  }

  @Test
  void aSnapshotConnectionReadsThePastAndRefusesWrites() throws SQLException {
    String head = fixture.graph.headCommit();
    connection.createStatement().executeUpdate("INSERT INTO Person (slug, name) VALUES ('late', 'Late')");
    try (Connection past = DriverManager.getConnection(url + ";at=" + head)) {
      assertThat(past.isReadOnly()).isTrue();
      assertThat(query(past, "SELECT name FROM Person WHERE slug = 'late'")).isEmpty();
      assertThatThrownBy(() -> past.createStatement().executeUpdate("INSERT INTO Person (slug, name) VALUES ('x', 'X')"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
    }
  }

  @Test
  void errorsAreTheEmbeddedDriversErrors() throws SQLException {
    try (Connection embedded = DriverManager.getConnection("jdbc:omnigraph:" + fixture.graph.root())) {
      for (String bad : new String[] {"SELEC name FROM Person", "query q() { match { $p: Person } return { $p.nme } }",
          "query q( { }", "SELECT nme FROM Person"}) {
        SQLException expected = catchSql(() -> query(embedded, bad));
        SQLException actual = catchSql(() -> query(connection, bad));
        assertThat((Throwable) actual).as(bad).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        assertThat(actual.getSQLState()).isEqualTo(expected.getSQLState());
        assertThat(actual.getErrorCode()).isEqualTo(expected.getErrorCode());
      }
    }
    SQLException syntax = catchSql(() -> query(connection, "SELEC name FROM Person"));
    assertThat((Throwable) syntax).isInstanceOf(SQLSyntaxErrorException.class).hasMessageContaining("<statement>:1:1");
    assertThat(syntax.getSQLState()).isEqualTo("42601");
  }

  @Test
  void connectionFailuresNameWhatWasExpected() throws Exception {
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:omnigraph://127.0.0.1:notaport"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessageContaining("jdbc:omnigraph://<host>:<port>");
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:omnigraph://127.0.0.1:" + free))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"))
        .hasMessageContaining("127.0.0.1:" + free);
    assertThatThrownBy(() -> DriverManager.getConnection(url + ";brnach=main"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"));
    assertThatThrownBy(() -> DriverManager.getConnection(url + ";branch=nope"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("3F000"));
  }

  @Test
  void aServerThatWentAwayIsAnSqlExceptionAlsoWhileBrowsing() throws Exception {
    java.sql.DatabaseMetaData meta = connection.getMetaData();
    assertThat(rows(meta.getSchemas())).isNotEmpty();
    fixture.close();
    fixture = null;
    assertThatThrownBy(() -> meta.getSchemas())
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08006"));
    assertThatThrownBy(() -> meta.getTables(null, null, "%", null))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08006"));
    assertThatThrownBy(() -> query(connection, NAMES))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("08"));
  }

  @Test
  void credentialsBecomeABearerTokenAndAWrongPasswordIs28000() throws Exception {
    try (SocialGraphServer secured = new SocialGraphServer(dir.resolve("secured"), new Users(Map.of("ada", "lovelace")),
        ServerOptions.DEFAULT_BATCH_ROWS)) {
      String securedUrl = "jdbc:omnigraph://127.0.0.1:" + secured.server.port();
      try (Connection ada = DriverManager.getConnection(securedUrl, "ada", "lovelace")) {
        assertThat(ada.getMetaData().getUserName()).isEqualTo("ada");
        assertThat(query(ada, NAMES)).isNotEmpty();
        ada.createStatement().executeUpdate("INSERT INTO Person (slug, name) VALUES ('auth', 'Auth')");
      }
      assertThatThrownBy(() -> DriverManager.getConnection(securedUrl, "ada", "wrong"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"))
          .hasMessageContaining("127.0.0.1:" + secured.server.port());
      assertThatThrownBy(() -> DriverManager.getConnection(securedUrl))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28000"));
    }
  }

  private interface SqlCall {
    void run() throws SQLException;
  }

  private static SQLException catchSql(SqlCall call) {
    try {
      call.run();
    } catch (SQLException e) {
      return e;
    }
    throw new AssertionError("expected an SQLException");
  }
}
