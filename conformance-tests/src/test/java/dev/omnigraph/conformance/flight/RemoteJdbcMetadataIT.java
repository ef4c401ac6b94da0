package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote driver ({@code jdbc:omnigraph://host:port}) and the embedded one
 * ({@code jdbc:omnigraph:<dir>}) on the same graph answer DBeaver's browsing calls and describe
 * result columns identically: the remote side rebuilds its metadata from the server's
 * {@code omnigraph.describe} answer and its column types from the result schema's field metadata.
 */
class RemoteJdbcMetadataIT {
  @TempDir
  Path dir;
  SocialGraphServer fixture;
  Connection remote;
  Connection embedded;

  @BeforeEach
  void start() throws SQLException {
    fixture = SocialGraphServer.start(dir);
    fixture.graph.createBranch("feature", "main");
    remote = DriverManager.getConnection("jdbc:omnigraph://127.0.0.1:" + fixture.server.port());
    embedded = DriverManager.getConnection("jdbc:omnigraph:" + fixture.graph.root());
  }

  @AfterEach
  void stop() throws Exception {
    remote.close();
    embedded.close();
    fixture.close();
  }

  /** Every row of {@code rows}, every column by position, then closes it. */
  static List<List<Object>> rows(ResultSet rows) throws SQLException {
    try (rows) {
      List<List<Object>> out = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          Object value = rows.getObject(c);
          row.add(value instanceof java.sql.Array array ? Arrays.asList((Object[]) array.getArray()) : value);
        }
        out.add(row);
      }
      return out;
    }
  }

  private interface Browse {
    ResultSet of(DatabaseMetaData metaData) throws SQLException;
  }

  private void assertSameRows(Browse browse) throws SQLException {
    List<List<Object>> expected = rows(browse.of(embedded.getMetaData()));
    assertThat(expected).isNotEmpty();
    assertThat(rows(browse.of(remote.getMetaData()))).isEqualTo(expected);
  }

  @Test
  void browsingAsDbeaverDoesGivesTheEmbeddedRows() throws SQLException {
    assertSameRows(m -> m.getCatalogs());
    assertSameRows(m -> m.getSchemas());
    assertSameRows(m -> m.getSchemas(null, "%"));
    assertSameRows(m -> m.getTables(null, "main", "%", null));
    assertSameRows(m -> m.getColumns(null, "main", "%", "%"));
    assertSameRows(m -> m.getPrimaryKeys(null, "main", "%"));
    assertSameRows(m -> m.getImportedKeys(null, "main", "WorksAt"));
    assertSameRows(m -> m.getExportedKeys(null, "main", "Person"));
    assertSameRows(m -> m.getIndexInfo(null, "main", "Person", false, true));
    assertSameRows(m -> m.getProcedures(null, "main", "%"));
    assertSameRows(m -> m.getProcedureColumns(null, "main", "%", "%"));
    assertSameRows(m -> m.getFunctionColumns(null, "main", "%", "%"));
    assertSameRows(m -> m.getTypeInfo());
  }

  @Test
  void theConnectionDescribesItselfAsEmbeddedDoes() throws SQLException {
    DatabaseMetaData r = remote.getMetaData();
    DatabaseMetaData e = embedded.getMetaData();
    assertThat(remote.getCatalog()).isEqualTo(embedded.getCatalog()).isEqualTo("social");
    assertThat(remote.getSchema()).isEqualTo("main");
    assertThat(r.getURL()).isEqualTo("jdbc:omnigraph://127.0.0.1:" + fixture.server.port());
    assertThat(r.getDatabaseProductName()).isEqualTo(e.getDatabaseProductName());
    assertThat(r.getDefaultTransactionIsolation()).isEqualTo(e.getDefaultTransactionIsolation());
    assertThat(remote.getTransactionIsolation()).isEqualTo(embedded.getTransactionIsolation())
        .isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    assertThat(r.getUserName()).isEmpty();
    assertThat(remote.isReadOnly()).isFalse();
    assertThat(remote.isValid(5)).isTrue();
  }

  @Test
  void resultColumnsCarryTheirTypesAndTablesAcrossTheWire() throws SQLException {
    String[] queries = {
        "SELECT p.name, p.born, p.level, p.skills, c.name AS company, c.founded, COUNT(*) AS n "
            + "FROM Person p JOIN WorksAt w ON w.src = p.id JOIN Company c ON c.id = w.dst "
            + "GROUP BY p.name, p.born, p.level, p.skills, c.name, c.founded ORDER BY p.name",
        "SELECT title, budget, started FROM Project ORDER BY title",
        "query q() { match { $p: Person } return { $p.name, $p.level, $p.born } order { $p.name } }"};
    for (String query : queries) {
      try (ResultSet r = remote.createStatement().executeQuery(query);
          ResultSet e = embedded.createStatement().executeQuery(query)) {
        ResultSetMetaData rm = r.getMetaData();
        ResultSetMetaData em = e.getMetaData();
        assertThat(rm.getColumnCount()).isEqualTo(em.getColumnCount());
        for (int c = 1; c <= em.getColumnCount(); c++) {
          assertThat(rm.getColumnLabel(c)).isEqualTo(em.getColumnLabel(c));
          assertThat(rm.getColumnType(c)).as(query + " column " + c).isEqualTo(em.getColumnType(c));
          assertThat(rm.getColumnTypeName(c)).isEqualTo(em.getColumnTypeName(c));
          assertThat(rm.getColumnClassName(c)).isEqualTo(em.getColumnClassName(c));
          assertThat(rm.getTableName(c)).isEqualTo(em.getTableName(c));
          assertThat(rm.getSchemaName(c)).isEqualTo(em.getSchemaName(c));
          assertThat(rm.getCatalogName(c)).isEqualTo(em.getCatalogName(c));
          assertThat(rm.isNullable(c)).isEqualTo(em.isNullable(c));
        }
        assertThat(rows(r)).isEqualTo(rows(e)).isNotEmpty();
      }
    }
  }
}
