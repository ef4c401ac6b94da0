package dev.omnigraph.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls of stored queries through the driver, on a small graph: binding, metadata, errors. */
class StoredCallIT {
  @TempDir static Path dir;
  static Connection connection;

  @BeforeAll
  static void createGraph() throws SQLException {
    Path root = dir.resolve("people.omni");
    try (Graph graph = Graph.init(root, """
        node Person { name: String @key  age: I32?  born: Date?  active: Bool? }
        edge Knows: Person -> Person
        """, "s.pg")) {
      graph.load("""
          {"type":"Person","data":{"name":"Alice","age":30,"born":"1994-05-01","active":true}}
          {"type":"Person","data":{"name":"Bob","age":25,"born":"1999-02-03","active":false}}
          {"type":"Person","data":{"name":"O'Brien","age":41}}
          {"edge":"Knows","from":"Alice","to":"Bob"}
          """, "d.jsonl");
      graph.registerQueries("""
          query get_person($name: String) {
              match { $p: Person { name: $name } }
              return { $p.name, $p.age }
          }
          query older_than($age: I32, $active: Bool?) {
              match { $p: Person  $p.age > $age }
              return { $p.name }
              order { $p.name }
          }
          query born_after($day: Date) {
              match { $p: Person  $p.born > $day }
              return { $p.name }
          }
          query add_person($name: String) {
              insert Person { name: $name }
          }
          """, "people.gq");
    }
    connection = DriverManager.getConnection("jdbc:omnigraph:" + root);
  }

  @AfterAll
  static void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Test
  void prepareCallBindsMarkersByPosition() throws SQLException {
    try (CallableStatement call = connection.prepareCall("{call get_person(?)}")) {
      call.setString(1, "Alice");
      assertThat(rows(call.executeQuery())).containsExactly(List.of("Alice", 30));
      call.setString(1, "O'Brien");
      assertThat(rows(call.executeQuery())).containsExactly(List.of("O'Brien", 41));
    }
  }

  @Test
  void prepareStatementTakesPlainCallsWithMarkersAndLiterals() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("CALL older_than(?, NULL)")) {
      statement.setInt(1, 26);
      assertThat(rows(statement.executeQuery())).containsExactly(List.of("Alice"), List.of("O'Brien"));
      statement.setLong(1, 35L);
      assertThat(statement.execute()).isTrue();
      assertThat(rows(statement.getResultSet())).containsExactly(List.of("O'Brien"));
    }
    try (PreparedStatement statement = connection.prepareStatement("CALL born_after(?)")) {
      statement.setDate(1, java.sql.Date.valueOf("1995-01-01"));
      assertThat(rows(statement.executeQuery())).containsExactly(List.of("Bob"));
      statement.setObject(1, java.time.LocalDate.of(1990, 1, 1));
      assertThat(rows(statement.executeQuery())).hasSize(2);
    }
  }

  @Test
  void aStatementRunsCallsWithLiteralArguments() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThat(rows(statement.executeQuery("CALL get_person('O''Brien')"))).containsExactly(List.of("O'Brien", 41));
      assertThat(rows(statement.executeQuery("{call older_than(29, true)}"))).containsExactly(List.of("Alice"), List.of("O'Brien"));
      assertThatThrownBy(() -> statement.executeQuery("CALL get_person(?)"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07001"))
          .hasMessageContaining("which a Statement cannot bind");
    }
  }

  @Test
  void metadataIsKnownBeforeExecution() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("{call older_than(?, ?)}")) {
      ResultSetMetaData columns = statement.getMetaData();
      assertThat(columns.getColumnCount()).isEqualTo(1);
      assertThat(columns.getColumnLabel(1)).isEqualTo("p.name");
      ParameterMetaData params = statement.getParameterMetaData();
      assertThat(params.getParameterCount()).isEqualTo(2);
      assertThat(params.getParameterType(1)).isEqualTo(Types.INTEGER);
      assertThat(params.isNullable(1)).isEqualTo(ParameterMetaData.parameterNoNulls);
      assertThat(params.getParameterType(2)).isEqualTo(Types.BOOLEAN);
      assertThat(params.isNullable(2)).isEqualTo(ParameterMetaData.parameterNullable);
      assertThat(params.unwrap(OmniGraphParameterMetaData.class).getParameterName(2)).isEqualTo("active");
    }
    try (PreparedStatement statement = connection.prepareStatement("CALL older_than(30, ?)")) {
      assertThat(statement.getParameterMetaData().getParameterCount()).isEqualTo(1);
      assertThat(statement.getParameterMetaData().getParameterTypeName(1)).isEqualTo("BOOLEAN");
    }
  }

  @Test
  void wrongArgumentCountsUnsetMarkersAndBadIndexesNameThePositions() throws SQLException {
    assertThatThrownBy(() -> connection.prepareCall("{call older_than(?)}"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07001"))
        .hasMessage("CALL older_than gives 1 argument but older_than declares 2 parameters ($age: I32, $active: Bool?); "
            + "argument 2 is missing");
    assertThatThrownBy(() -> connection.prepareCall("{call get_person(?, ?)}"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"));
    try (CallableStatement call = connection.prepareCall("{call older_than(?, ?)}")) {
      call.setInt(1, 20);
      assertThatThrownBy(call::executeQuery)
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07001"))
          .hasMessage("parameter 2 of older_than is not set ($active)");
      assertThatThrownBy(() -> call.setInt(3, 1))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07009"));
      call.setNull(2, Types.BOOLEAN);
      assertThat(rows(call.executeQuery())).hasSize(3);
      call.clearParameters();
      assertThatThrownBy(call::executeQuery).hasMessage("parameters 1, 2 of older_than are not set ($age, $active)");
    }
  }

  @Test
  void callsOfStoredMutationsReturnUpdateCounts() throws SQLException {
    try (CallableStatement call = connection.prepareCall("{call add_person(?)}")) {
      assertThat(call.getMetaData()).isNull();
      call.setString(1, "Zed");
      assertThat(call.executeUpdate()).isEqualTo(1);
      assertThatThrownBy(call::executeQuery)
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07000"));
    }
    try (Statement statement = connection.createStatement()) {
      assertThat(statement.execute("CALL add_person('Yan')")).isFalse();
      assertThat(statement.getUpdateCount()).isEqualTo(1);
      assertThat(rows(statement.executeQuery("CALL get_person('Yan')"))).containsExactly(java.util.Arrays.asList("Yan", null));
    }
    DatabaseMetaData meta = connection.getMetaData();
    assertThat(meta.allProceduresAreCallable()).isTrue();
    try (ResultSet procedures = meta.getProcedures(null, null, "add_person")) {
      assertThat(procedures.next()).isTrue();
      assertThat(procedures.getShort("PROCEDURE_TYPE")).isEqualTo((short) DatabaseMetaData.procedureNoResult);
    }
  }

  @Test
  void engineErrorsKeepTheirSqlStates() throws SQLException {
    assertThatThrownBy(() -> connection.prepareCall("{call get_persn(?)}"))
        .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42704"))
        .hasMessage("query 'get_persn' not found; did you mean get_person?");
    assertThatThrownBy(() -> connection.prepareCall("query q() { match { $p: Person } return { $p.name } }"))
        .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42601"));
    try (CallableStatement call = connection.prepareCall("{call get_person(?)}")) {
      call.setInt(1, 7);
      assertThatThrownBy(call::executeQuery)
          .isInstanceOfSatisfying(SQLDataException.class, e -> assertThat(e.getSQLState()).isEqualTo("22023"))
          .hasMessageContaining("param 'name'");
      assertThatThrownBy(() -> call.executeQuery("CALL get_person('x')")).hasMessageContaining("cannot be called on a prepared statement");
      assertThatThrownBy(() -> call.registerOutParameter(1, Types.VARCHAR))
          .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessage("registerOutParameter");
      assertThatThrownBy(() -> call.setString("name", "x"))
          .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessage("setString");
    }
  }

  @Test
  void prepareStatementOfGqTextTakesOneMarkerPerDeclaredParameter() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "query q($min: I32, $max: I32) { match { $p: Person  $p.age >= $min  $p.age <= $max } return { $p.name } order { $p.name } }")) {
      statement.setInt(1, 25);
      statement.setInt(2, 30);
      assertThat(rows(statement.executeQuery())).containsExactly(List.of("Alice"), List.of("Bob"));
    }
  }

  @Test
  void closingTheConnectionClosesPreparedStatements() throws SQLException {
    Connection other = DriverManager.getConnection("jdbc:omnigraph:" + dir.resolve("people.omni"));
    PreparedStatement statement = other.prepareStatement("CALL get_person(?)");
    other.close();
    assertThat(statement.isClosed()).isTrue();
    assertThatThrownBy(() -> statement.setString(1, "x")).hasMessage("statement is closed");
  }

  private static List<List<Object>> rows(ResultSet rs) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (rs) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
          row.add(rs.getObject(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
