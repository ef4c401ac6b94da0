package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlGraph.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prepared SQL with ? markers, metadata before execution, and how SQL results are typed. */
class PreparedSqlIT {
  @TempDir static Path dir;
  static Connection connection;

  @BeforeAll
  static void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:omnigraph:" + SqlGraph.create(dir));
  }

  @AfterAll
  static void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void markersAreTypedByValidationAndDescribedBeforeExecution() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT name, age FROM Person WHERE age > ? AND born < ? AND name <> ?")) {
      ParameterMetaData params = ps.getParameterMetaData();
      assertThat(params.getParameterCount()).isEqualTo(3);
      assertThat(List.of(params.getParameterType(1), params.getParameterType(2), params.getParameterType(3)))
          .containsExactly(Types.INTEGER, Types.DATE, Types.VARCHAR);
      assertThat(params.isNullable(1)).isEqualTo(ParameterMetaData.parameterNullable);
      ResultSetMetaData columns = ps.getMetaData();
      assertThat(columns.getColumnCount()).isEqualTo(2);
      assertThat(columns.getColumnLabel(2)).isEqualTo("age");
      assertThat(columns.getColumnType(2)).isEqualTo(Types.INTEGER);
      assertThat(columns.getTableName(1)).isEqualTo("Person");
      assertThat(columns.getSchemaName(1)).isEqualTo("main");
      assertThat(columns.getCatalogName(1)).isEqualTo("people.omni");
    }
  }

  @Test
  void tableauStyleProbesDescribeWithoutRows() throws SQLException {
    for (String probe : List.of("SELECT * FROM Person WHERE 1=0", "SELECT * FROM Person LIMIT 0")) {
      try (PreparedStatement ps = connection.prepareStatement(probe)) {
        assertThat(ps.getMetaData().getColumnCount()).as(probe).isEqualTo(8);
        assertThat(rows(ps.executeQuery())).as(probe).isEmpty();
      }
    }
    assertThat(rows(connection.createStatement().executeQuery("SELECT 1"))).containsExactly(List.of(1));
  }

  @Test
  void aPreparedStatementRunsAgainWithNewValues() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM Person WHERE age >= ? ORDER BY name")) {
      ps.setInt(1, 30);
      assertThat(rows(ps.executeQuery())).containsExactly(List.of("Ada"));
      ps.setInt(1, 20);
      assertThat(rows(ps.executeQuery())).containsExactly(List.of("Ada"), List.of("Bob"));
      ps.setNull(1, Types.INTEGER);
      assertThat(rows(ps.executeQuery())).isEmpty();
    }
  }

  @Test
  void valuesOfOtherJavaTypesAreCoercedToTheMarkerType() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT slug FROM Person WHERE born = ? OR seen = ?")) {
      ps.setDate(1, Date.valueOf(LocalDate.of(1815, 12, 10)));
      ps.setTimestamp(2, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
      assertThat(rows(ps.executeQuery())).containsExactly(List.of("ada"));
      ps.setString(1, "1999-01-01");
      ps.setObject(2, OffsetDateTime.parse("2026-04-14T10:11:12.345Z"));
      assertThat(rows(ps.executeQuery())).containsExactly(List.of("ada"));
    }
  }

  @Test
  void limitAndOffsetTakeMarkers() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM Person ORDER BY name LIMIT ? OFFSET ?")) {
      ps.setInt(1, 1);
      ps.setInt(2, 1);
      assertThat(rows(ps.executeQuery())).containsExactly(List.of("Bob"));
    }
  }

  @Test
  void anUnsetMarkerIsReported() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM Person WHERE age > ?")) {
      assertThatThrownBy(ps::executeQuery)
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07001"));
    }
  }

  @Test
  void gqTextTakesMarkersInDeclarationOrder() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "query q($min: I32, $level: String) { match { $p: Person  $p.age >= $min  $p.level = $level } return { $p.name } }")) {
      assertThat(ps.getParameterMetaData().getParameterType(1)).isEqualTo(Types.INTEGER);
      ps.setInt(1, 20);
      ps.setString(2, "low");
      assertThat(rows(ps.executeQuery())).containsExactly(List.of("Bob"));
    }
  }

  @Test
  void dateTimesReadAsInstantsOffsetDateTimesAndTimestamps() throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery(
        "SELECT seen, born, tags, level FROM Person WHERE slug = 'ada'")) {
      ResultSetMetaData md = rs.getMetaData();
      assertThat(md.getColumnType(1)).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
      assertThat(md.getColumnClassName(1)).isEqualTo(OffsetDateTime.class.getName());
      assertThat(md.getColumnType(2)).isEqualTo(Types.DATE);
      assertThat(md.getColumnType(3)).isEqualTo(Types.ARRAY);
      assertThat(md.getColumnTypeName(4)).isEqualTo("VARCHAR");
      assertThat(md.getPrecision(4)).isEqualTo(4);
      assertThat(md.getTableName(3)).isEqualTo("Person");
      rs.next();
      Instant seen = Instant.parse("2026-04-14T10:11:12.345Z");
      assertThat(rs.getObject(1)).isEqualTo(seen.atOffset(ZoneOffset.UTC));
      assertThat(rs.getObject(1, Instant.class)).isEqualTo(seen);
      assertThat(rs.getTimestamp(1)).isEqualTo(Timestamp.from(seen));
      assertThat(rs.getDate(2).toLocalDate()).isEqualTo(LocalDate.of(1815, 12, 10));
      Array tags = rs.getArray(3);
      assertThat((Object[]) tags.getArray()).containsExactly("math", "poetry");
    }
  }

  @Test
  void blobsReadAsBytesStreamsAndBlobs() throws SQLException {
    try (ResultSet rs = connection.createStatement().executeQuery("SELECT logo FROM Company ORDER BY name")) {
      assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.BLOB);
      assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("BLOB");
      assertThat(rs.getMetaData().getColumnClassName(1)).isEqualTo(java.sql.Blob.class.getName());
      rs.next();
      assertThat(rs.getObject(1)).isInstanceOf(java.sql.Blob.class);
      assertThat(((java.sql.Blob) rs.getObject(1)).length()).isEqualTo(3);
      assertThat(rs.getBytes(1)).containsExactly(1, 2, 3);
      assertThat(rs.getBlob("logo").getBytes(1, 3)).containsExactly(1, 2, 3);
      assertThat(rs.getBinaryStream(1).readAllBytes()).containsExactly(1, 2, 3);
      assertThat(rs.getString(1)).isEqualTo("010203");
      rs.next();
      assertThat(rs.getBytes(1)).isNull();
      assertThat(rs.wasNull()).isTrue();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void computedColumnsHaveNoTable() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) AS n, UPPER(name) FROM Person GROUP BY name")) {
      ResultSetMetaData md = ps.getMetaData();
      assertThat(md.getColumnLabel(1)).isEqualTo("n");
      assertThat(md.getColumnType(1)).isEqualTo(Types.BIGINT);
      assertThat(md.getTableName(1)).isEmpty();
      assertThat(md.getTableName(2)).isEmpty();
    }
  }
}
