package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlGraph.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branches as schemas and time travel through the driver: listing, switching, the branch and at properties. */
class BranchSchemasIT {
  private static final String NAMES = "SELECT slug FROM Person ORDER BY slug";
  private static final String GQ_NAMES = "query q() { match { $p: Person } return { $p.slug } order { $p.slug } }";

  @TempDir Path dir;
  Path root;
  String beforeFeature;

  /** main: ada, bob, cy; feature-x: ada, bob, cy, dee. */
  @BeforeEach
  void branch() {
    root = SqlGraph.create(dir);
    try (Graph graph = Graph.open(root)) {
      beforeFeature = graph.headCommit();
      graph.createBranch("feature-x", "main");
      graph.branch("feature-x").mutate("query add() { insert Person { slug: \"dee\", name: \"Dee\" } }", "m.gq", null, java.util.Map.of());
    }
  }

  private static List<List<Object>> names(Connection c, String text) throws SQLException {
    return rows(c.createStatement().executeQuery(text));
  }

  @Test
  void schemasAreTheBranchesAndSetSchemaSwitches() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:omnigraph:" + root)) {
      assertThat(rows(c.getMetaData().getSchemas())).extracting(r -> r.get(0)).containsExactly("feature-x", "main");
      assertThat(c.getSchema()).isEqualTo("main");
      assertThat(names(c, NAMES)).hasSize(3);
      c.setSchema("feature-x");
      assertThat(c.getSchema()).isEqualTo("feature-x");
      assertThat(names(c, NAMES)).hasSize(4);
      assertThat(names(c, GQ_NAMES)).hasSize(4);
      assertThat(c.createStatement().executeQuery(NAMES).getMetaData().getSchemaName(1)).isEqualTo("feature-x");
      c.createStatement().executeUpdate("query add() { insert Person { slug: \"eve\", name: \"Eve\" } }");
      c.setSchema("main");
      assertThat(names(c, NAMES)).hasSize(3);
      assertThatThrownBy(() -> c.setSchema("nope"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("3F000"))
          .hasMessageContaining("main, feature-x");
    }
  }

  @Test
  void sqlNamesABranchAsASchema() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:omnigraph:" + root)) {
      assertThat(names(c, "SELECT slug FROM \"feature-x\".\"Person\" ORDER BY slug")).hasSize(4);
      assertThat(names(c, "SELECT slug FROM \"people.omni\".\"feature-x\".Person")).hasSize(4);
      assertThat(names(c, "SELECT slug FROM main.Person")).hasSize(3);
      assertThatThrownBy(() -> names(c, "SELECT a.slug FROM Person a JOIN \"feature-x\".Person b ON a.id = b.id"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"))
          .hasMessageContaining("reads one branch");
      assertThatThrownBy(() -> c.createStatement().executeUpdate("DELETE FROM \"feature-x\".Person WHERE slug = 'dee'"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"))
          .hasMessageContaining("switch to 'feature-x'");
      c.setSchema("feature-x");
      assertThat(c.createStatement().executeUpdate("DELETE FROM \"feature-x\".Person WHERE slug = 'dee'")).isEqualTo(1);
      assertThat(names(c, "SELECT slug FROM Person")).hasSize(3);
      c.setAutoCommit(false);
      c.createStatement().executeUpdate("INSERT INTO \"feature-x\".Person(slug, name) VALUES ('eve', 'Eve')");
      assertThat(names(c, "SELECT slug FROM \"feature-x\".Person")).hasSize(4);
      c.rollback();
      assertThat(names(c, "SELECT slug FROM \"feature-x\".Person")).hasSize(3);
    }
  }

  @Test
  void setSchemaWaitsForTheOpenTransaction() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:omnigraph:" + root)) {
      c.setAutoCommit(false);
      c.createStatement().executeQuery(NAMES).close();
      assertThatThrownBy(() -> c.setSchema("feature-x"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25001"));
      c.rollback();
      c.setSchema("feature-x");
      assertThat(names(c, NAMES)).hasSize(4);
    }
  }

  @Test
  void theBranchPropertyPicksTheBranch() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:omnigraph:" + root + ";branch=feature-x")) {
      assertThat(c.getSchema()).isEqualTo("feature-x");
      assertThat(names(c, GQ_NAMES)).hasSize(4);
    }
    Properties info = new Properties();
    info.setProperty("branch", "nope");
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:omnigraph:" + root, info))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42704"));
  }

  @Test
  void theAtPropertyPinsAReadOnlySnapshot() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:omnigraph:" + root + ";branch=feature-x;at=" + beforeFeature)) {
      assertThat(c.isReadOnly()).isTrue();
      assertThat(names(c, NAMES)).hasSize(3);
      assertThat(names(c, GQ_NAMES)).hasSize(3);
      assertThatThrownBy(() -> c.createStatement().executeUpdate("query add() { insert Person { slug: \"eve\", name: \"Eve\" } }"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"))
          .hasMessageContaining("cannot write");
      c.setAutoCommit(false);
      assertThat(names(c, NAMES)).hasSize(3);
      assertThatThrownBy(() -> c.setSchema("main"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("25006"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:omnigraph:" + root + ";at=2000-01-01T00:00:00Z")) {
      throw new AssertionError("a time before the first commit opened " + c);
    } catch (SQLException e) {
      assertThat(e.getSQLState()).isEqualTo("42704");
    }
  }
}
