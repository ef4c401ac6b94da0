package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlGraph.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .gq} mutations through the driver: update counts, the wrong execute method, prepared markers, constraint errors. */
class GqMutationsIT {
  private static final String COUNT = "SELECT COUNT(*) FROM Person";

  @TempDir Path dir;
  Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:omnigraph:" + SqlGraph.create(dir));
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void executeUpdateReturnsAffectedNodesPlusEdges() throws SQLException {
    try (Statement s = connection.createStatement()) {
      assertThat(s.executeUpdate("query add() { insert Person { slug: \"dee\", name: \"Dee\", age: 50 } }")).isEqualTo(1);
      assertThat(s.getUpdateCount()).isEqualTo(1);
      assertThat(s.getResultSet()).isNull();
      // bob has two Knows edges and one WorksAt edge: 1 node + 3 cascaded edges.
      assertThat(s.executeUpdate("query gone() { delete Person where slug = \"bob\" }")).isEqualTo(4);
      assertThat(rows(s.executeQuery("SELECT slug FROM Person ORDER BY slug")))
          .containsExactly(List.of("ada"), List.of("cy"), List.of("dee"));
      assertThat(s.getUpdateCount()).isEqualTo(-1);
    }
  }

  @Test
  void executeTellsRowsFromCounts() throws SQLException {
    try (Statement s = connection.createStatement()) {
      assertThat(s.execute("query older() { update Person set { age: 37 } where slug = \"ada\" }")).isFalse();
      assertThat(s.getUpdateCount()).isEqualTo(1);
      assertThat(s.getMoreResults()).isFalse();
      assertThat(s.getUpdateCount()).isEqualTo(-1);
      assertThat(s.execute("SELECT age FROM Person WHERE slug = 'ada'")).isTrue();
      assertThat(rows(s.getResultSet())).containsExactly(List.of(37));
    }
  }

  @Test
  void theWrongMethodSaysWhichToUse() throws SQLException {
    try (Statement s = connection.createStatement()) {
      assertThatThrownBy(() -> s.executeQuery("query add() { insert Person { slug: \"dee\", name: \"Dee\" } }"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07000"))
          .hasMessageContaining("use executeUpdate or execute");
      assertThatThrownBy(() -> s.executeUpdate(COUNT))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07000"))
          .hasMessageContaining("use executeQuery or execute");
      assertThat(rows(s.executeQuery(COUNT))).containsExactly(List.of(3L));
    }
  }

  @Test
  void preparedMutationsBindMarkersInDeclarationOrder() throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(
        "query setAge($slug: String, $age: I32) { update Person set { age: $age } where slug = $slug }")) {
      assertThat(p.getMetaData()).isNull();
      assertThat(p.getParameterMetaData().getParameterCount()).isEqualTo(2);
      p.setString(1, "cy");
      p.setInt(2, 7);
      assertThat(p.executeUpdate()).isEqualTo(1);
      assertThat(p.execute()).isFalse();
      assertThat(p.getUpdateCount()).isEqualTo(1);
      assertThatThrownBy(p::executeQuery).hasMessageContaining("use executeUpdate");
    }
    assertThat(rows(connection.createStatement().executeQuery("SELECT age FROM Person WHERE slug = 'cy'")))
        .containsExactly(List.of(7));
  }

  @Test
  void aRejectedMutationKeepsTheEngineErrorAndChangesNothing() throws SQLException {
    try (Statement s = connection.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate(
          "query bad() { insert Person { slug: \"dee\", name: \"Dee\" }  insert Knows { from: \"dee\", to: \"nobody\" } }"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"))
          .hasMessageContaining("nobody");
      assertThat(rows(s.executeQuery(COUNT))).containsExactly(List.of(3L));
    }
  }
}
