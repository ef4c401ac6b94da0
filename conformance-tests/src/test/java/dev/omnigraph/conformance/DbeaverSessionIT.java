package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays what DBeaver's generic driver calls on connect and while browsing ({@code ecosystem.md}
 * §2.1, §2.2) against the pharma-intel cookbook graph: every call must answer, the navigator must
 * list every node and edge type, the ER diagram must connect every edge table to its endpoint
 * tables, and the Data tab's {@code SELECT *} and row count must agree with what was loaded.
 */
class DbeaverSessionIT {
  @TempDir
  static Path dir;
  static Connection connection;
  static LoadResult loaded;
  static String catalog;

  @BeforeAll
  static void createGraph() throws SQLException {
    Path cookbook = CookbookGraph.cookbookDir("pharma-intel");
    try (Graph graph = Graph.init(dir.resolve("pharma"), cookbook.resolve("schema.pg"))) {
      loaded = graph.load(cookbook.resolve("seed.jsonl"));
      graph.registerQueries(cookbook.resolve("queries").resolve("compounds.gq"));
    }
    connection = DriverManager.getConnection("jdbc:omnigraph:" + dir.resolve("pharma"));
    catalog = connection.getCatalog();
  }

  @AfterAll
  static void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void connectProbesAllAnswer() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    assertThat(meta.isReadOnly()).isFalse();
    assertThat(List.of(meta.getDatabaseProductName(), meta.getDriverName())).doesNotContainNull();
    assertThat(meta.getDatabaseProductVersion()).isEqualTo(meta.getDriverVersion());
    assertThat(List.of(meta.getSchemaTerm(), meta.getProcedureTerm(), meta.getCatalogTerm())).doesNotContain("");
    assertThat(meta.supportsBatchUpdates()).isFalse();
    assertThat(meta.supportsTransactions()).isTrue();
    assertThat(meta.getDefaultTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
    for (int level : new int[] {Connection.TRANSACTION_READ_UNCOMMITTED, Connection.TRANSACTION_READ_COMMITTED,
        Connection.TRANSACTION_REPEATABLE_READ}) {
      assertThat(meta.supportsTransactionIsolationLevel(level)).isTrue();
    }
    assertThat(meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE)).isFalse();
    assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
    assertThat(meta.getSQLStateType()).isEqualTo(DatabaseMetaData.sqlStateSQL);
    assertThat(List.of(meta.supportsSubqueriesInComparisons(), meta.supportsSubqueriesInExists(),
        meta.supportsSubqueriesInIns(), meta.supportsSubqueriesInQuantifieds(), meta.supportsCorrelatedSubqueries()))
        .containsOnly(true);
    assertThat(meta.storesMixedCaseIdentifiers()).isTrue();
    assertThat(meta.storesMixedCaseQuotedIdentifiers()).isTrue();
    assertThat(List.of(meta.storesUpperCaseIdentifiers(), meta.storesLowerCaseIdentifiers(),
        meta.storesUpperCaseQuotedIdentifiers(), meta.storesLowerCaseQuotedIdentifiers())).containsOnly(false);
    assertThat(meta.getCatalogSeparator()).isEqualTo(".");
    assertThat(meta.isCatalogAtStart()).isTrue();
    assertThat(meta.supportsCatalogsInDataManipulation()).isTrue();
    assertThat(meta.supportsSchemasInDataManipulation()).isTrue();
    assertThat(meta.getExtraNameCharacters()).isEmpty();
    assertThat(List.of(meta.getNumericFunctions(), meta.getStringFunctions(), meta.getTimeDateFunctions(),
        meta.getSQLKeywords())).allSatisfy(list -> assertThat(list).doesNotContain(" "));
    assertThat(count(meta.getTypeInfo())).isGreaterThan(5);
    assertThat(rows(meta.getCatalogs())).containsExactly(List.of(catalog));
    assertThat(rows(meta.getSchemas(catalog, "%"))).containsExactly(List.of("main", catalog));
    assertThat(count(meta.getClientInfoProperties())).isPositive();
  }

  @Test
  void theNavigatorListsEveryTypeWithItsColumnsAndKeys() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Set<String> tables = new HashSet<>();
    for (List<Object> row : rows(meta.getTables(catalog, "main", "%", null))) {
      tables.add((String) row.get(2));
    }
    Set<String> types = new HashSet<>(loaded.nodesLoaded().keySet());
    types.addAll(loaded.edgesLoaded().keySet());
    assertThat(tables).containsAll(types).hasSize(15 + 38);
    Set<String> withColumns = new HashSet<>();
    for (List<Object> row : rows(meta.getColumns(catalog, "main", "%", "%"))) {
      withColumns.add((String) row.get(2));
    }
    assertThat(withColumns).isEqualTo(tables);
    Set<String> withKeys = new HashSet<>();
    for (List<Object> row : rows(meta.getPrimaryKeys(catalog, "main", "%"))) {
      withKeys.add((String) row.get(2));
    }
    assertThat(withKeys).isEqualTo(tables);
    assertThat(rows(meta.getIndexInfo(catalog, "main", "Compound", false, true))).extracting(r -> r.get(8))
        .contains("slug", "name", "phase");
    assertThat(rows(meta.getProcedures(catalog, "main", "%"))).extracting(r -> r.get(2)).contains("compounds_by_phase");
  }

  @Test
  void theErDiagramConnectsEveryEdgeTableToItsEndpoints() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    int edgeTables = 0;
    for (List<Object> table : rows(meta.getTables(catalog, "main", "%", null))) {
      String name = (String) table.get(2);
      List<List<Object>> imported = rows(meta.getImportedKeys(catalog, "main", name));
      if (((String) table.get(4)).startsWith("edge ")) {
        edgeTables++;
        assertThat(imported).extracting(r -> (String) r.get(7)).containsExactlyInAnyOrder("src", "dst");
        assertThat(imported).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("id"));
      } else {
        assertThat(imported).isEmpty();
      }
    }
    assertThat(edgeTables).isEqualTo(38);
    assertThat(count(meta.getExportedKeys(catalog, "main", "Compound"))).isPositive();
  }

  @Test
  void theDataTabReadsEveryTableAndCountsItsRows() throws SQLException {
    Map<String, Long> expected = new HashMap<>(loaded.nodesLoaded());
    expected.putAll(loaded.edgesLoaded());
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(200);
      for (Map.Entry<String, Long> type : expected.entrySet()) {
        String table = "\"" + catalog + "\".\"main\".\"" + type.getKey() + "\"";
        assertThat(count(statement.executeQuery("SELECT * FROM " + table))).as(table).isEqualTo(type.getValue());
        ResultSet total = statement.executeQuery("SELECT COUNT(*) FROM (SELECT * FROM " + table + ") t");
        total.next();
        assertThat(total.getLong(1)).as(table).isEqualTo(type.getValue());
      }
    }
  }

  @Test
  void sqlJoinsAnEdgeTableToItsEndpoints() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      ResultSet rs = statement.executeQuery("""
          SELECT c.phase, COUNT(*) AS compounds
          FROM Compound c
          WHERE c.id IN (SELECT src FROM TargetsMechanism)
          GROUP BY c.phase ORDER BY compounds DESC, c.phase""");
      long total = 0;
      while (rs.next()) {
        total += rs.getLong("compounds");
      }
      ResultSet distinct = statement.executeQuery("SELECT COUNT(DISTINCT src) FROM TargetsMechanism");
      distinct.next();
      assertThat(total).isEqualTo(distinct.getLong(1)).isPositive();
    }
  }

  private static long count(ResultSet rs) throws SQLException {
    long n = 0;
    while (rs.next()) {
      n++;
    }
    rs.close();
    return n;
  }

  private static List<List<Object>> rows(ResultSet rs) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    int columns = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= columns; i++) {
        row.add(rs.getObject(i));
      }
      out.add(row);
    }
    rs.close();
    return out;
  }
}
