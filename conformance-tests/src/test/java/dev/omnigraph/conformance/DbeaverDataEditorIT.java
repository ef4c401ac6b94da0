package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays DBeaver's data editor ({@code ecosystem.md} §2.2) on the pharma-intel cookbook's
 * {@code Company} table: open the Data tab ({@code SELECT *}), edit a cell (an {@code UPDATE}
 * keyed by the primary key), insert a row (an {@code INSERT} of every column, unset ones bound
 * as null), delete a row (a keyed {@code DELETE}, which takes the company's edges with it), with
 * auto-commit on and with manual commit, where nothing shows to another connection before
 * {@code commit()}.
 */
class DbeaverDataEditorIT {
  private static final String TABLE = "\"pharma\".\"main\".\"Company\"";
  private static final String EDITED = "co-eli-lilly";
  private static final String DELETED = "co-novo-nordisk";

  @TempDir Path dir;

  private String createGraph() throws IOException {
    Path cookbook = CookbookGraph.cookbookDir("pharma-intel");
    try (Graph graph = Graph.init(dir.resolve("pharma"), cookbook.resolve("schema.pg"))) {
      graph.load(cookbook.resolve("seed.jsonl"));
    }
    return "jdbc:omnigraph:" + dir.resolve("pharma");
  }

  /** The seed's edges that touch the deleted company, which its delete cascades to. */
  private static long edgesOfDeleted() throws IOException {
    try (var lines = Files.lines(CookbookGraph.cookbookDir("pharma-intel").resolve("seed.jsonl"))) {
      return lines.filter(l -> l.contains("\"edge\"")
          && (l.contains("\"to\":\"" + DELETED + "\"") || l.contains("\"from\":\"" + DELETED + "\""))).count();
    }
  }

  @Test
  void editsSaveWithAutoCommit() throws Exception {
    replay(true);
  }

  @Test
  void editsSaveOnCommit() throws Exception {
    replay(false);
  }

  private void replay(boolean autoCommit) throws Exception {
    String url = createGraph();
    long cascaded = edgesOfDeleted();
    assertThat(cascaded).isPositive();
    try (Connection editor = DriverManager.getConnection(url); Connection viewer = DriverManager.getConnection(url)) {
      editor.setAutoCommit(autoCommit);
      List<String> columns = dataTab(editor);
      int before = count(viewer);

      try (PreparedStatement update = editor.prepareStatement("UPDATE " + TABLE + " SET \"hq\"=? WHERE \"slug\"=?")) {
        update.setString(1, "Indianapolis, Indiana");
        update.setString(2, EDITED);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      String insert = "INSERT INTO " + TABLE + " (" + columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","))
          + ") VALUES (" + columns.stream().map(c -> "?").collect(Collectors.joining(",")) + ")";
      try (PreparedStatement row = editor.prepareStatement(insert)) {
        for (int i = 0; i < columns.size(); i++) {
          switch (columns.get(i)) {
            case "slug" -> row.setString(i + 1, "co-acme");
            case "name" -> row.setString(i + 1, "Acme Bio");
            case "type" -> row.setString(i + 1, "biotech");
            default -> row.setNull(i + 1, Types.VARCHAR);
          }
        }
        assertThat(row.executeUpdate()).isEqualTo(1);
      }
      try (PreparedStatement delete = editor.prepareStatement("DELETE FROM " + TABLE + " WHERE \"slug\"=?")) {
        delete.setString(1, DELETED);
        assertThat(delete.executeUpdate()).isEqualTo(1 + cascaded);
      }
      assertThat(count(editor)).isEqualTo(before);
      assertThat(hq(editor, EDITED)).isEqualTo("Indianapolis, Indiana");

      if (!autoCommit) {
        assertThat(hq(viewer, EDITED)).isNotEqualTo("Indianapolis, Indiana");
        assertThat(hq(viewer, DELETED)).isNotNull();
        editor.commit();
      }
    }
    try (Connection reopened = DriverManager.getConnection(url)) {
      assertThat(hq(reopened, EDITED)).isEqualTo("Indianapolis, Indiana");
      assertThat(hq(reopened, DELETED)).isNull();
      assertThat(rows(reopened, "SELECT \"id\", \"name\", \"type\" FROM " + TABLE + " WHERE \"slug\" = 'co-acme'"))
          .containsExactly(List.of("co-acme", "Acme Bio", "biotech"));
      assertThat(rows(reopened, "SELECT COUNT(*) FROM \"pharma\".\"main\".\"DevelopedByCompany\" WHERE \"dst\" = '" + DELETED + "'"))
          .containsExactly(List.of(0L));
    }
  }

  /** Opens the Data tab: every column, each tied to the table (which makes the grid editable). */
  private static List<String> dataTab(Connection c) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + TABLE)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        assertThat(meta.getTableName(i)).isEqualTo("Company");
        columns.add(meta.getColumnName(i));
      }
      assertThat(columns).startsWith("id").contains("slug", "name", "hq");
      return columns;
    }
  }

  private static int count(Connection c) throws SQLException {
    return ((Number) rows(c, "SELECT COUNT(*) FROM (SELECT * FROM " + TABLE + ")").get(0).get(0)).intValue();
  }

  /** The {@code hq} of a company, or null when the company does not exist. */
  private static String hq(Connection c, String slug) throws SQLException {
    List<List<Object>> rows = rows(c, "SELECT \"hq\" FROM " + TABLE + " WHERE \"slug\" = '" + slug + "'");
    return rows.isEmpty() ? null : (String) rows.get(0).get(0);
  }

  private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      List<List<Object>> out = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
      return out;
    }
  }
}
