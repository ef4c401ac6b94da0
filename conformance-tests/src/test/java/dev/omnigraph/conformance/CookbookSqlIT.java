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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every table of every cookbook through SQL: {@code SELECT *} returns the rows that were loaded,
 * with the columns {@code getColumns} lists, every value readable with {@code getObject}; and each
 * edge table joins to its endpoint tables on {@code src}/{@code dst} for every row (the foreign
 * keys metadata reports hold).
 */
class CookbookSqlIT {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"industry-intel", "pharma-intel", "second-brain"})
  void everyTableReadsBackWhatWasLoaded(String cookbook) throws SQLException {
    Path source = CookbookGraph.cookbookDir(cookbook);
    LoadResult loaded;
    try (Graph graph = Graph.init(dir.resolve(cookbook), source.resolve("schema.pg"))) {
      loaded = graph.load(source.resolve("seed.jsonl"));
    }
    Map<String, Long> expected = new HashMap<>(loaded.nodesLoaded());
    expected.putAll(loaded.edgesLoaded());
    try (Connection connection = DriverManager.getConnection("jdbc:omnigraph:" + dir.resolve(cookbook));
        Statement statement = connection.createStatement()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet tables = meta.getTables(null, null, "%", null)) {
        while (tables.next()) {
          String table = tables.getString("TABLE_NAME");
          int columns = count(meta.getColumns(null, null, table, "%"));
          long rows = 0;
          try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            assertThat(rs.getMetaData().getColumnCount()).as(table).isEqualTo(columns);
            while (rs.next()) {
              for (int c = 1; c <= columns; c++) {
                rs.getObject(c);
              }
              rows++;
            }
          }
          assertThat(rows).as(table).isEqualTo(expected.getOrDefault(table, 0L));
        }
      }
      try (ResultSet keys = meta.getImportedKeys(null, null, "%")) {
        while (keys.next()) {
          String sql = "SELECT COUNT(*) FROM \"" + keys.getString("FKTABLE_NAME") + "\" e JOIN \""
              + keys.getString("PKTABLE_NAME") + "\" n ON n.id = e." + keys.getString("FKCOLUMN_NAME");
          try (ResultSet joined = statement.executeQuery(sql)) {
            joined.next();
            assertThat(joined.getLong(1)).as(sql).isEqualTo(expected.getOrDefault(keys.getString("FKTABLE_NAME"), 0L));
          }
        }
      }
    }
  }

  private static int count(ResultSet rs) throws SQLException {
    int n = 0;
    while (rs.next()) {
      n++;
    }
    rs.close();
    return n;
  }
}
