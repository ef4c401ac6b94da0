package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Branches as schemas and time travel over JDBC on the pharma-intel cookbook graph: a branch
 * made with the embedded API shows in {@code getSchemas}, SQL and {@code .gq} written on it
 * through the driver stay off {@code main}, {@code "review"."Company"} reads it from a {@code main}
 * connection, and {@code ;at=} connections read the graph before and after those writes, refusing
 * writes.
 */
class JdbcBranchesIT {
  @TempDir Path dir;

  @Test
  void branchesAreSchemasAndAtPinsSnapshots() throws Exception {
    Path cookbook = CookbookGraph.cookbookDir("pharma-intel");
    Path root = dir.resolve("pharma");
    String seeded;
    try (Graph graph = Graph.init(root, cookbook.resolve("schema.pg"))) {
      graph.load(cookbook.resolve("seed.jsonl"));
      graph.createBranch("review", "main");
      seeded = graph.headCommit();
    }
    String url = "jdbc:omnigraph:" + root;
    int companies;
    String written;
    try (Connection c = DriverManager.getConnection(url)) {
      assertThat(column(c.getMetaData().getSchemas())).containsExactly("main", "review");
      companies = count(c, "SELECT COUNT(*) FROM \"Company\"");
      c.setSchema("review");
      assertThat(c.createStatement().executeUpdate(
          "INSERT INTO \"Company\"(slug, name, type) VALUES ('co-acme', 'Acme Bio', 'biotech')")).isEqualTo(1);
      assertThat(c.createStatement().executeUpdate(
          "query m() { update Company set { hq: \"Basel\" } where slug = \"co-acme\" }")).isEqualTo(1);
      assertThat(count(c, "SELECT COUNT(*) FROM \"Company\"")).isEqualTo(companies + 1);
      c.setSchema("main");
      assertThat(count(c, "SELECT COUNT(*) FROM \"Company\"")).isEqualTo(companies);
      assertThat(count(c, "SELECT COUNT(*) FROM \"review\".\"Company\" WHERE hq = 'Basel'")).isEqualTo(1);
    }
    try (Graph graph = Graph.open(root)) {
      written = graph.branch("review").headCommit();
    }
    try (Connection before = DriverManager.getConnection(url + ";branch=review;at=" + seeded);
         Connection after = DriverManager.getConnection(url + ";branch=review;at=" + written)) {
      assertThat(before.isReadOnly()).isTrue();
      assertThat(count(before, "SELECT COUNT(*) FROM \"Company\"")).isEqualTo(companies);
      assertThat(count(after, "SELECT COUNT(*) FROM \"Company\"")).isEqualTo(companies + 1);
      assertThat(column(after.createStatement().executeQuery(
          "query q() { match { $c: Company { slug: \"co-acme\" } } return { $c.hq } }"))).containsExactly("Basel");
      assertThatThrownBy(() -> before.createStatement().executeUpdate("DELETE FROM \"Company\" WHERE slug = 'co-acme'"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
    }
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }

  private static List<Object> column(ResultSet rs) throws SQLException {
    try (rs) {
      List<Object> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getObject(1));
      }
      return out;
    }
  }
}
