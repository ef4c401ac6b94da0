package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DatabaseMetaData on a small graph: shapes, patterns, keys, procedures (ecosystem.md §2.1, §2.2). */
class DatabaseMetaDataIT {
  @TempDir static Path dir;
  static Connection connection;
  static DatabaseMetaData meta;

  @BeforeAll
  static void createGraph() throws SQLException {
    Path root = dir.resolve("people.omni");
    try (Graph graph = Graph.init(root, """
        node Person @description("people we track") {
            slug: String @key
            name: String @index
            level: enum(low, high)?
            born: Date?
            seen: DateTime?
            tags: [String]?
        }
        node Company { name: String }
        edge Knows: Person -> Person { since: Date? }
        edge WorksAt: Person -> Company
        """, "s.pg")) {
      graph.registerQueries("""
          query by_level($level: String, $limit: I32?) @description("people of a level") {
              match { $p: Person { level: $level } }
              return { $p.name, $p.born }
          }
          """, "people.gq");
    }
    connection = DriverManager.getConnection("jdbc:omnigraph:" + root);
    meta = connection.getMetaData();
  }

  @AfterAll
  static void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void identifiesProductDriverAndDialect() throws SQLException {
    assertThat(meta.getDatabaseProductName()).isEqualTo("OmniGraph");
    assertThat(meta.getDriverVersion()).startsWith(meta.getDriverMajorVersion() + "." + meta.getDriverMinorVersion());
    assertThat(meta.getIdentifierQuoteString()).isEqualTo("\"");
    assertThat(meta.storesMixedCaseIdentifiers()).isTrue();
    assertThat(meta.storesUpperCaseIdentifiers()).isFalse();
    assertThat(meta.storesLowerCaseIdentifiers()).isFalse();
    assertThat(meta.getSchemaTerm()).isEqualTo("branch");
    assertThat(meta.getCatalogTerm()).isEqualTo("graph");
    assertThat(meta.getSearchStringEscape()).isEqualTo("\\");
    assertThat(meta.getSQLKeywords()).isNotEmpty();
    assertThat(meta.getStringFunctions()).contains("UPPER");
    assertThat(meta.getURL()).startsWith("jdbc:omnigraph:").endsWith("people.omni");
    assertThat(meta.getConnection()).isSameAs(connection);
    assertThat(meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)).isTrue();
    assertThat(meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_NONE)).isFalse();
    assertThat(meta.supportsTransactionIsolationLevel(Connection.TRANSACTION_SERIALIZABLE)).isFalse();
  }

  @Test
  void theGraphIsTheOnlyCatalogAndMainTheOnlySchema() throws SQLException {
    assertThat(rows(meta.getCatalogs())).containsExactly(List.of("people.omni"));
    assertThat(rows(meta.getSchemas())).containsExactly(List.of("main", "people.omni"));
    assertThat(rows(meta.getSchemas("people.omni", "%"))).hasSize(1);
    assertThat(rows(meta.getSchemas("other", "%"))).isEmpty();
    assertThat(rows(meta.getTableTypes())).containsExactly(List.of("TABLE"));
  }

  @Test
  void listsNodeAndEdgeTablesWithTheirKindInRemarks() throws SQLException {
    List<List<Object>> tables = rows(meta.getTables(null, null, "%", new String[] {"TABLE", "VIEW"}));
    assertThat(tables).extracting(r -> r.get(2)).containsExactly("Company", "Knows", "Person", "WorksAt");
    assertThat(tables.get(2).subList(0, 5))
        .containsExactly("people.omni", "main", "Person", "TABLE", "node type; people we track");
    assertThat(tables.get(3).get(4)).isEqualTo("edge WorksAt: Person -> Company");
    assertThat(rows(meta.getTables("people.omni", "main", "K%", null))).extracting(r -> r.get(2)).containsExactly("Knows");
    assertThat(rows(meta.getTables(null, null, "%", new String[] {"VIEW"}))).isEmpty();
  }

  @Test
  void describesColumnsWithJdbcTypesNullabilityAndRemarks() throws SQLException {
    List<List<Object>> columns = rows(meta.getColumns(null, null, "Person", "%"));
    assertThat(columns).extracting(r -> r.get(3)).containsExactly("id", "born", "level", "name", "seen", "slug", "tags");
    List<Object> level = columns.get(2);
    assertThat(level.get(4)).isEqualTo(Types.VARCHAR);
    assertThat(level.get(10)).isEqualTo(DatabaseMetaData.columnNullable);
    assertThat(level.get(11)).isEqualTo("enum(high, low)");
    assertThat(level.get(17)).isEqualTo("YES");
    assertThat(columns.get(4).subList(4, 6)).containsExactly(Types.TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP WITH TIME ZONE");
    assertThat(columns.get(6).subList(4, 6)).containsExactly(Types.ARRAY, "VARCHAR ARRAY");
    List<Object> slug = columns.get(5);
    assertThat(slug.get(10)).isEqualTo(DatabaseMetaData.columnNoNulls);
    assertThat(slug.get(11)).isEqualTo("@key");
    assertThat(slug.get(16)).isEqualTo(6);
    assertThat(rows(meta.getColumns(null, null, "%", "since"))).extracting(r -> r.get(2)).containsExactly("Knows");
  }

  @Test
  void primaryKeysAcceptAPercentTableName() throws SQLException {
    List<List<Object>> keys = rows(meta.getPrimaryKeys(null, null, "%"));
    assertThat(keys).extracting(r -> r.get(2) + "." + r.get(3))
        .containsExactlyInAnyOrder("Company.id", "Knows.id", "Person.slug", "WorksAt.id");
    assertThat(rows(meta.getPrimaryKeys(null, null, "Person")))
        .containsExactly(List.of("people.omni", "main", "Person", "slug", 1, "Person_pkey"));
  }

  @Test
  void edgeEndpointsAreForeignKeysSoErDiagramsDrawTheGraph() throws SQLException {
    List<List<Object>> imported = rows(meta.getImportedKeys(null, null, "WorksAt"));
    assertThat(imported).extracting(r -> r.get(2) + "." + r.get(3) + " <- " + r.get(6) + "." + r.get(7) + " " + r.get(11))
        .containsExactly("Company.id <- WorksAt.dst WorksAt_dst_fkey", "Person.id <- WorksAt.src WorksAt_src_fkey");
    assertThat(rows(meta.getExportedKeys(null, null, "Person"))).extracting(r -> r.get(11))
        .containsExactly("Knows_dst_fkey", "Knows_src_fkey", "WorksAt_src_fkey");
    assertThat(rows(meta.getCrossReference(null, null, "Company", null, null, "%"))).extracting(r -> r.get(11))
        .containsExactly("WorksAt_dst_fkey");
    assertThat(rows(meta.getImportedKeys(null, null, "Person"))).isEmpty();
  }

  @Test
  void indexInfoListsKeysAndSchemaIndexes() throws SQLException {
    assertThat(rows(meta.getIndexInfo(null, null, "Person", false, true))).extracting(r -> r.get(3) + " " + r.get(5) + " " + r.get(8))
        .containsExactly("false Person_id_key id", "false Person_pkey slug", "true Person_name_idx name");
    assertThat(rows(meta.getIndexInfo(null, null, "Person", true, true))).hasSize(2);
  }

  @Test
  void typeInfoIsOrderedByDataType() throws SQLException {
    List<List<Object>> types = rows(meta.getTypeInfo());
    assertThat(types).extracting(r -> (Integer) r.get(1)).isSorted();
    assertThat(types).extracting(r -> r.get(0)).contains("VARCHAR", "TIMESTAMP WITH TIME ZONE", "ARRAY", "BOOLEAN");
  }

  @Test
  void storedQueriesAreProceduresAndFunctions() throws SQLException {
    assertThat(rows(meta.getProcedures(null, null, "%"))).containsExactly(Arrays.asList("people.omni", "main",
        "by_level", null, null, null, "people of a level", DatabaseMetaData.procedureReturnsResult, "by_level"));
    assertThat(rows(meta.getProcedureColumns(null, null, "by_level", "%")))
        .extracting(r -> r.get(3) + ":" + r.get(4) + ":" + r.get(17))
        .containsExactly("level:1:1", "limit:1:2", "p.name:3:1", "p.born:3:2");
    assertThat(rows(meta.getFunctions(null, null, "by%"))).extracting(r -> r.get(2)).containsExactly("by_level");
    assertThat(rows(meta.getFunctionColumns(null, null, "by_level", "limit"))).extracting(r -> r.get(5))
        .containsExactly(Types.INTEGER);
  }

  @Test
  void everyResultSetHasTheJdbcColumnNames() throws SQLException {
    assertThat(labels(meta.getTables(null, null, null, null))).containsExactly("TABLE_CAT", "TABLE_SCHEM",
        "TABLE_NAME", "TABLE_TYPE", "REMARKS", "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME",
        "REF_GENERATION");
    assertThat(labels(meta.getColumns(null, null, null, null))).hasSize(24).startsWith("TABLE_CAT", "TABLE_SCHEM",
        "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE").endsWith("IS_AUTOINCREMENT",
        "IS_GENERATEDCOLUMN");
    assertThat(labels(meta.getPrimaryKeys(null, null, null))).containsExactly("TABLE_CAT", "TABLE_SCHEM",
        "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
    assertThat(labels(meta.getImportedKeys(null, null, null))).hasSize(14).endsWith("FK_NAME", "PK_NAME", "DEFERRABILITY");
    assertThat(labels(meta.getIndexInfo(null, null, null, false, false))).hasSize(13).endsWith("CARDINALITY",
        "PAGES", "FILTER_CONDITION");
    assertThat(labels(meta.getTypeInfo())).hasSize(18).endsWith("SQL_DATA_TYPE", "SQL_DATETIME_SUB", "NUM_PREC_RADIX");
    assertThat(labels(meta.getProcedures(null, null, null))).hasSize(9).endsWith("PROCEDURE_TYPE", "SPECIFIC_NAME");
    assertThat(labels(meta.getProcedureColumns(null, null, null, null))).hasSize(20);
    assertThat(labels(meta.getFunctionColumns(null, null, null, null))).hasSize(17);
    assertThat(labels(meta.getAttributes(null, null, null, null))).hasSize(21);
    assertThat(labels(meta.getUDTs(null, null, null, null))).hasSize(7);
    assertThat(labels(meta.getBestRowIdentifier(null, null, "Person", 0, true))).hasSize(8);
    assertThat(rows(meta.getBestRowIdentifier(null, null, "Person", 0, true))).extracting(r -> r.get(1)).containsExactly("slug");
    assertThat(rows(meta.getClientInfoProperties())).extracting(r -> r.get(0)).contains("ApplicationName");
  }

  @Test
  void metadataFailsOnceTheConnectionIsClosed() throws SQLException {
    Connection other = DriverManager.getConnection(meta.getURL());
    DatabaseMetaData otherMeta = other.getMetaData();
    other.close();
    assertThatThrownBy(() -> otherMeta.getTables(null, null, "%", null)).hasMessage("connection is closed");
  }

  private static List<String> labels(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      out.add(md.getColumnLabel(i));
    }
    return out;
  }

  static List<List<Object>> rows(ResultSet rs) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    int columns = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= columns; i++) {
        row.add(rs.getObject(i));
      }
      out.add(row);
    }
    return out;
  }
}
