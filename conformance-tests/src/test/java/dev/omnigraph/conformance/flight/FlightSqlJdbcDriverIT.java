package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock Arrow Flight SQL JDBC driver ({@code org.apache.arrow:flight-sql-jdbc-driver}, the one
 * DBeaver and BI tools load) against the server: {@code DatabaseMetaData} browsing as DBeaver does
 * it on connect ({@code ecosystem.md} §2.1-2.2: catalogs, schemas, tables with {@code %}, columns,
 * keys), its Data tab's {@code SELECT *}, {@code .gq} and SQL queries, prepared statements with
 * parameters, and updates. The driver turns every statement into a server prepared statement.
 */
class FlightSqlJdbcDriverIT {
  static final Path EXAMPLE = Path.of("..", "examples", "social");

  @TempDir
  static Path dir;
  static Graph graph;
  static FlightSqlServer server;
  static Connection connection;

  @BeforeAll
  static void start() throws SQLException {
    graph = Graph.init(dir.resolve("social"), EXAMPLE.resolve("schema.pg"));
    graph.load(EXAMPLE.resolve("data.jsonl"));
    graph.registerQueries(EXAMPLE.resolve("queries.gq"));
    server = FlightSqlServer.start(graph, ServerOptions.local(0));
    connection = DriverManager.getConnection("jdbc:arrow-flight-sql://127.0.0.1:" + server.port() + "/?useEncryption=false");
  }

  @AfterAll
  static void stop() throws SQLException {
    connection.close();
    server.close();
    graph.close();
  }

  private static List<List<Object>> rows(ResultSet rs, String... columns) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (rs) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (String column : columns) {
          row.add(rs.getObject(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @Test
  void databaseMetaDataBrowsesLikeDbeaver() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    assertThat(meta.getDatabaseProductName()).isEqualTo("OmniGraph");
    assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
    assertThat(meta.supportsTransactions()).isTrue();
    assertThat(meta.supportsFullOuterJoins()).isTrue();
    assertThat(meta.supportsUnionAll()).isTrue();
    assertThat(meta.supportsSavepoints()).isFalse();
    // The server answers the protocol's SQL_TRANSACTION_REPEATABLE_READ (3); the driver hands the
    // number on unmapped, where JDBC's TRANSACTION_REPEATABLE_READ is 4.
    assertThat(meta.getDefaultTransactionIsolation()).isEqualTo(3);
    assertThat(meta.getSQLKeywords()).isNotEmpty();
    assertThat(rows(meta.getCatalogs(), "TABLE_CAT")).containsExactly(List.of("social"));
    assertThat(rows(meta.getSchemas(), "TABLE_SCHEM", "TABLE_CATALOG")).containsExactly(List.of("main", "social"));
    assertThat(rows(meta.getTableTypes(), "TABLE_TYPE")).containsExactly(List.of("TABLE"));
    assertThat(rows(meta.getTables(null, null, "%", null), "TABLE_NAME")).extracting(row -> row.get(0))
        .containsExactly("Company", "Contributes", "Knows", "Person", "Project", "Sponsors", "WorksAt");
    assertThat(rows(meta.getColumns(null, null, "Person", "%"), "COLUMN_NAME", "TYPE_NAME", "ORDINAL_POSITION"))
        .containsExactly(List.of("id", "VARCHAR", 1), List.of("born", "DATE", 2), List.of("city", "VARCHAR", 3),
            List.of("level", "VARCHAR", 4), List.of("name", "VARCHAR", 5), List.of("skills", "VARCHAR ARRAY", 6),
            List.of("slug", "VARCHAR", 7));
    assertThat(rows(meta.getPrimaryKeys(null, null, "Person"), "COLUMN_NAME", "PK_NAME")).containsExactly(List.of("slug", "Person_pkey"));
    assertThat(rows(meta.getImportedKeys(null, null, "Knows"), "PKTABLE_NAME", "PKCOLUMN_NAME", "FKCOLUMN_NAME"))
        .containsExactlyInAnyOrder(List.of("Person", "id", "src"), List.of("Person", "id", "dst"));
    assertThat(rows(meta.getExportedKeys(null, null, "Company"), "FKTABLE_NAME", "FKCOLUMN_NAME"))
        .containsExactly(List.of("Sponsors", "src"), List.of("WorksAt", "dst"));
  }

  @Test
  void queriesRunThroughTheDriversPreparedStatements() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThat(rows(statement.executeQuery("SELECT * FROM Company"), "slug")).hasSize(3);
      assertThat(rows(statement.executeQuery(
          "query q() { match { $p: Person { slug: \"ada\" } $p knows $f } return { $f.name } order { $f.name } }"), "f.name"))
          .containsExactly(List.of("Alan Turing"), List.of("Grace Hopper"));
      assertThat(rows(statement.executeQuery("CALL friends_of('alan')"), "f.name")).containsExactly(List.of("Edsger Dijkstra"));
      java.sql.ResultSetMetaData columns = statement.executeQuery("SELECT slug, founded FROM Company").getMetaData();
      assertThat(List.of(columns.getColumnTypeName(1), columns.getColumnTypeName(2))).containsExactly("VARCHAR", "INTEGER");
      assertThat(columns.getTableName(1)).isEqualTo("Company");
    }
    try (PreparedStatement prepared = connection.prepareStatement("SELECT name FROM Person WHERE slug = ?")) {
      prepared.setString(1, "grace");
      assertThat(rows(prepared.executeQuery(), "name")).containsExactly(List.of("Grace Hopper"));
      prepared.setString(1, "ada");
      assertThat(rows(prepared.executeQuery(), "name")).containsExactly(List.of("Ada Lovelace"));
    }
  }

  @Test
  void updatesRunMutationsAndErrorsNameTheProblem() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThat(statement.executeUpdate("query add() { insert Person { slug: \"hedy\", name: \"Hedy Lamarr\" } }")).isEqualTo(1);
      assertThat(rows(statement.executeQuery("SELECT name FROM Person WHERE slug = 'hedy'"), "name"))
          .containsExactly(List.of("Hedy Lamarr"));
      assertThat(statement.executeUpdate("UPDATE Person SET city = 'Vienna' WHERE slug = 'hedy'")).isEqualTo(1);
      assertThat(rows(statement.executeQuery("SELECT city FROM Person WHERE slug = 'hedy'"), "city"))
          .containsExactly(List.of("Vienna"));
      assertThatThrownBy(() -> statement.executeQuery("SELECT nme FROM Person")).isInstanceOf(SQLException.class)
          .hasMessageContaining("nme");
    }
    try (PreparedStatement prepared = connection.prepareStatement(
        "query add($slug: String, $name: String) { insert Person { slug: $slug, name: $name } }")) {
      prepared.setString(1, "annie");
      prepared.setString(2, "Annie Easley");
      assertThat(prepared.executeUpdate()).isEqualTo(1);
    }
    try (PreparedStatement prepared = connection.prepareStatement("DELETE FROM Person WHERE slug = ?")) {
      prepared.setString(1, "annie");
      assertThat(prepared.executeUpdate()).isEqualTo(1);
    }
  }
}
