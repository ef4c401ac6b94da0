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

/** SQL INSERT, UPDATE and DELETE through the driver, run on the mutation engine with its validation. */
class SqlDmlIT {
  @TempDir Path dir;
  Connection connection;
  Statement s;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:omnigraph:" + SqlGraph.create(dir));
    s = connection.createStatement();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private List<List<Object>> query(String sql) throws SQLException {
    return rows(s.executeQuery(sql));
  }

  @Test
  void blobParametersBindFromBytesBlobsAndStreams() throws Exception {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO Company(name, logo) VALUES (?, ?)")) {
      p.setString(1, "Bytes");
      p.setBytes(2, new byte[] {7, 8});
      p.executeUpdate();
      p.setString(1, "Blob");
      p.setBlob(2, new javax.sql.rowset.serial.SerialBlob(new byte[] {9}));
      p.executeUpdate();
      p.setString(1, "Stream");
      p.setBinaryStream(2, new java.io.ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 3);
      p.executeUpdate();
      p.setString(1, "Short");
      assertThatThrownBy(() -> p.setBlob(2, new java.io.ByteArrayInputStream(new byte[] {1}), 5))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"))
          .hasMessageContaining("ended after 1 of 5 bytes");
    }
    try (java.sql.ResultSet rs = s.executeQuery("SELECT name, logo FROM Company WHERE name IN ('Blob', 'Bytes', 'Stream') ORDER BY name")) {
      List<String> seen = new java.util.ArrayList<>();
      while (rs.next()) {
        seen.add(rs.getString(1) + "=" + java.util.Arrays.toString(rs.getBytes(2)));
      }
      assertThat(seen).containsExactly("Blob=[9]", "Bytes=[7, 8]", "Stream=[1, 2, 3]");
    }
  }

  @Test
  void insertTakesTheIdFromTheKey() throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO \"Person\"(slug, name, age) VALUES (?, ?, ?)")) {
      assertThat(p.getParameterMetaData().getParameterCount()).isEqualTo(3);
      p.setString(1, "dee");
      p.setString(2, "Dee");
      p.setInt(3, 41);
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    assertThat(query("SELECT id, name, age FROM Person WHERE slug = 'dee'")).containsExactly(List.of("dee", "Dee", 41));
    assertThat(s.executeUpdate("INSERT INTO Company(id, name, logo) VALUES ('Initech', 'Initech', NULL)")).isEqualTo(1);
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO Company(id, name, logo) VALUES (?, ?, ?)")) {
      p.setNull(1, java.sql.Types.VARCHAR);
      p.setString(2, "Hooli");
      p.setNull(3, java.sql.Types.BLOB);
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    assertThat(query("SELECT id FROM Company ORDER BY id"))
        .containsExactly(List.of("Acme"), List.of("Globex"), List.of("Hooli"), List.of("Initech"));
    assertThatThrownBy(() -> s.executeUpdate("INSERT INTO Company(id, name) VALUES ('x', 'Umbrella')"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22000"))
        .hasMessageContaining("must be its @key text 'Umbrella'");
  }

  @Test
  void edgeInsertsNeedEndpointsThatExist() throws SQLException {
    assertThat(s.executeUpdate("INSERT INTO WorksAt(src, dst) VALUES ('cy', 'Globex')")).isEqualTo(1);
    assertThat(query("SELECT src, dst FROM WorksAt WHERE dst = 'Globex'")).containsExactly(List.of("cy", "Globex"));
    assertThatThrownBy(() -> s.executeUpdate("INSERT INTO WorksAt(src, dst) VALUES ('cy', 'Nowhere')"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"))
        .hasMessageContaining("Nowhere");
    assertThatThrownBy(() -> s.executeUpdate("INSERT INTO WorksAt(dst) VALUES ('Acme')"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("42"));
    assertThat(query("SELECT COUNT(*) FROM WorksAt")).containsExactly(List.of(3L));
  }

  @Test
  void updateByPropertyOrById() throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("UPDATE \"Person\" SET age = ? WHERE name = ?")) {
      p.setInt(1, 26);
      p.setString(2, "Bob");
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    try (PreparedStatement p = connection.prepareStatement("UPDATE \"Person\" SET \"level\" = ?, age = ? WHERE id = ?")) {
      p.setString(1, "high");
      p.setDouble(2, 3.0);
      p.setString(3, "cy");
      assertThat(p.executeUpdate()).isEqualTo(1);
    }
    assertThat(s.executeUpdate("UPDATE Person SET age = 1 WHERE slug = 'nobody'")).isZero();
    assertThat(query("SELECT slug, age, \"level\" FROM Person ORDER BY slug")).containsExactly(
        List.of("ada", 36, "high"), List.of("bob", 26, "low"), List.of("cy", 3, "high"));
  }

  @Test
  void updatesAreValidatedLikeMutations() throws SQLException {
    assertThatThrownBy(() -> s.executeUpdate("UPDATE Person SET \"level\" = 'medium' WHERE slug = 'ada'"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23000"));
    assertThatThrownBy(() -> s.executeUpdate("UPDATE Person SET slug = 'ada2' WHERE slug = 'ada'"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22000"))
        .hasMessageContaining("@key property 'slug'");
    assertThatThrownBy(() -> s.executeUpdate("UPDATE Person SET id = 'x' WHERE slug = 'ada'"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"));
    assertThatThrownBy(() -> s.executeUpdate("UPDATE Person SET name = NULL WHERE slug = 'ada'"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("2"));
    assertThat(query("SELECT slug, name, \"level\" FROM Person WHERE slug = 'ada'"))
        .containsExactly(List.of("ada", "Ada", "high"));
  }

  @Test
  void deleteCascadesToEdges() throws SQLException {
    assertThat(s.executeUpdate("DELETE FROM Knows WHERE src = 'ada'")).isEqualTo(1);
    // bob: 1 node, his Knows edge to cy and his WorksAt edge.
    assertThat(s.executeUpdate("DELETE FROM \"Person\" WHERE id = 'bob'")).isEqualTo(3);
    assertThat(query("SELECT slug FROM Person ORDER BY slug")).containsExactly(List.of("ada"), List.of("cy"));
    assertThat(query("SELECT COUNT(*) FROM Knows")).containsExactly(List.of(0L));
    assertThat(query("SELECT src FROM WorksAt")).containsExactly(List.of("ada"));
  }

  @Test
  void dmlJoinsTheTransaction() throws SQLException {
    connection.setAutoCommit(false);
    s.executeUpdate("INSERT INTO Person(slug, name) VALUES ('dee', 'Dee')");
    s.executeUpdate("UPDATE Person SET age = 5 WHERE slug = 'dee'");
    assertThat(query("SELECT age FROM Person WHERE slug = 'dee'")).containsExactly(List.of(5));
    connection.rollback();
    assertThat(query("SELECT age FROM Person WHERE slug = 'dee'")).isEmpty();
    assertThat(s.executeUpdate("DELETE FROM Person WHERE slug = 'cy'")).isEqualTo(2);
    connection.commit();
    assertThat(query("SELECT slug FROM Person ORDER BY slug")).containsExactly(List.of("ada"), List.of("bob"));
  }
}
