package dev.omnigraph.jdbc;

import static dev.omnigraph.jdbc.SqlGraph.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL text through the driver: Calcite parses and validates it, our executor runs it. */
class SqlQueryIT {
  @TempDir static Path dir;
  static Connection connection;
  static Statement statement;

  @BeforeAll
  static void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:omnigraph:" + SqlGraph.create(dir));
    statement = connection.createStatement();
  }

  @AfterAll
  static void close() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    return rows(statement.executeQuery(sql));
  }

  @Test
  void tableNamesResolveQuotedUnquotedAndQualified() throws SQLException {
    List<List<Object>> expected = query("SELECT slug FROM \"Person\" ORDER BY slug");
    assertThat(expected).containsExactly(List.of("ada"), List.of("bob"), List.of("cy"));
    assertThat(query("select slug from Person order by slug")).isEqualTo(expected);
    assertThat(query("select SLUG from person order by 1")).isEqualTo(expected);
    assertThat(query("SELECT slug FROM main.Person ORDER BY slug")).isEqualTo(expected);
    assertThat(query("SELECT slug FROM \"people.omni\".\"main\".\"Person\" ORDER BY slug")).isEqualTo(expected);
  }

  @Test
  void selectStarReturnsEveryStoredColumn() throws SQLException {
    var rs = statement.executeQuery("SELECT * FROM Person");
    var md = rs.getMetaData();
    assertThat(md.getColumnCount()).isEqualTo(8);
    assertThat(md.getColumnLabel(1)).isEqualTo("id");
    assertThat(md.getTableName(2)).isEqualTo("Person");
    assertThat(rows(rs)).hasSize(3);
  }

  @Test
  void joinsFollowEdgeTables() throws SQLException {
    assertThat(query("""
        SELECT p.name, c.name AS company
        FROM Person p JOIN WorksAt w ON w.src = p.id JOIN Company c ON c.id = w.dst
        ORDER BY p.name""")).containsExactly(List.of("Ada", "Acme"), List.of("Bob", "Acme"));
  }

  @Test
  void outerJoinsPadWithNulls() throws SQLException {
    assertThat(query("""
        SELECT p.name, w.dst FROM Person p LEFT JOIN WorksAt w ON w.src = p.id ORDER BY p.name"""))
        .containsExactly(List.of("Ada", "Acme"), List.of("Bob", "Acme"), Arrays.asList("Cy", null));
    assertThat(query("""
        SELECT c.name, w.src FROM WorksAt w RIGHT JOIN Company c ON c.id = w.dst WHERE w.src IS NULL"""))
        .containsExactly(Arrays.asList("Globex", null));
  }

  @Test
  void groupByAndHaving() throws SQLException {
    assertThat(query("""
        SELECT w.dst, COUNT(*) AS people, MAX(p.age) AS oldest
        FROM WorksAt w JOIN Person p ON p.id = w.src GROUP BY w.dst HAVING COUNT(*) > 1"""))
        .containsExactly(List.of("Acme", 2L, 36));
    assertThat(query("SELECT COUNT(DISTINCT level), SUM(age), AVG(age) FROM Person"))
        .containsExactly(List.of(2L, 61, 30));
  }

  @Test
  void orderLimitOffsetAndFetch() throws SQLException {
    assertThat(query("SELECT name FROM Person ORDER BY age DESC NULLS LAST LIMIT 2"))
        .containsExactly(List.of("Ada"), List.of("Bob"));
    assertThat(query("SELECT name FROM Person ORDER BY name LIMIT 1 OFFSET 1")).containsExactly(List.of("Bob"));
    assertThat(query("SELECT name FROM Person ORDER BY name OFFSET 2 ROWS FETCH NEXT 5 ROWS ONLY"))
        .containsExactly(List.of("Cy"));
    assertThat(query("SELECT name FROM Person LIMIT 1")).hasSize(1);
  }

  @Test
  void subqueries() throws SQLException {
    assertThat(query("SELECT name FROM Person WHERE id IN (SELECT src FROM WorksAt) ORDER BY name"))
        .containsExactly(List.of("Ada"), List.of("Bob"));
    assertThat(query("SELECT name FROM Person WHERE id NOT IN (SELECT src FROM WorksAt)"))
        .containsExactly(List.of("Cy"));
    assertThat(query("SELECT name FROM Person p WHERE EXISTS (SELECT 1 FROM Knows k WHERE k.src = p.id) ORDER BY name"))
        .containsExactly(List.of("Ada"), List.of("Bob"));
    assertThat(query("SELECT name FROM Person p WHERE NOT EXISTS (SELECT 1 FROM Knows k WHERE k.dst = p.id)"))
        .containsExactly(List.of("Ada"));
    assertThat(query("SELECT name FROM Person WHERE age = (SELECT MAX(age) FROM Person)"))
        .containsExactly(List.of("Ada"));
    assertThat(query("SELECT name, (SELECT COUNT(*) FROM Knows k WHERE k.src = p.id) AS knows FROM Person p ORDER BY name"))
        .containsExactly(List.of("Ada", 1L), List.of("Bob", 1L), List.of("Cy", 0L));
  }

  @Test
  void countAroundAQueryAsBiToolsSendIt() throws SQLException {
    assertThat(query("SELECT COUNT(*) FROM (SELECT * FROM \"Person\") t")).containsExactly(List.of(3L));
    assertThat(query("SELECT COUNT(*) FROM (SELECT * FROM Person WHERE age > 30) t")).containsExactly(List.of(1L));
  }

  @Test
  void setOperations() throws SQLException {
    assertThat(query("SELECT src FROM Knows UNION SELECT src FROM WorksAt")).hasSize(2);
    assertThat(query("SELECT src FROM Knows UNION ALL SELECT src FROM WorksAt")).hasSize(4);
    assertThat(query("SELECT dst FROM Knows INTERSECT SELECT src FROM WorksAt")).containsExactly(List.of("bob"));
    assertThat(query("SELECT src FROM Knows EXCEPT SELECT src FROM WorksAt")).isEmpty();
  }

  @Test
  void expressionsAndFunctions() throws SQLException {
    assertThat(query("""
        SELECT UPPER(name), age + 1, CASE WHEN age > 30 THEN 'senior' ELSE 'junior' END, COALESCE(level, 'none')
        FROM Person WHERE name LIKE 'A%' OR age IS NULL ORDER BY name"""))
        .containsExactly(List.of("ADA", 37, "senior", "high"), Arrays.asList("CY", null, "junior", "none"));
    assertThat(query("SELECT name FROM Person WHERE age BETWEEN 20 AND 30")).containsExactly(List.of("Bob"));
    assertThat(query("SELECT name FROM Person WHERE level IN ('low', 'other')")).containsExactly(List.of("Bob"));
    assertThat(query("SELECT EXTRACT(YEAR FROM born), CAST(age AS VARCHAR) FROM Person WHERE slug = 'ada'"))
        .containsExactly(List.of(1815L, "36"));
  }

  @Test
  void explainShowsWhatReachedTheLanceScan() throws SQLException {
    List<List<Object>> plan = query("EXPLAIN PLAN FOR SELECT name FROM Person WHERE age > 30 LIMIT 5");
    assertThat(plan).hasSize(1);
    String text = (String) plan.get(0).get(0);
    assertThat(text).contains("LanceTableScan(table=[node:Person], columns=[[age, name]], filter=[>($0, 30)], limit=[5])");
    assertThat(query("EXPLAIN PLAN FOR SELECT name FROM Person LIMIT 5").get(0).get(0).toString())
        .contains("columns=[[name]], limit=[5]");
  }

  @Test
  void syntaxErrorsCarryPositionAndSqlState() {
    assertThatThrownBy(() -> statement.executeQuery("SELECT name FORM Person"))
        .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42601"))
        .hasMessageStartingWith("<statement>:1:18:");
    assertThatThrownBy(() -> statement.executeQuery("SELECT name\nFROM Persn"))
        .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42704"))
        .hasMessageContaining("<statement>:2:6:").hasMessageContaining("Persn");
    assertThatThrownBy(() -> statement.executeQuery("SELECT nme FROM Person"))
        .isInstanceOfSatisfying(SQLSyntaxErrorException.class, e -> assertThat(e.getSQLState()).isEqualTo("42704"))
        .hasMessageContaining("nme");
  }

  @Test
  void unsupportedSqlIsRefusedByName() {
    assertThatThrownBy(() -> statement.executeQuery("DELETE FROM Person"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07000"))
        .hasMessageContaining("use executeUpdate");
    assertThatThrownBy(() -> statement.executeUpdate("MERGE INTO Person p USING Company c ON p.id = c.id WHEN MATCHED THEN UPDATE SET name = c.name"))
        .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("MERGE");
    assertThatThrownBy(() -> statement.executeQuery("SELECT name, ROW_NUMBER() OVER (ORDER BY name) FROM Person"))
        .isInstanceOf(SQLFeatureNotSupportedException.class).hasMessageContaining("window functions");
  }

  @Test
  void sqlMarkersNeedAPreparedStatement() {
    assertThatThrownBy(() -> statement.executeQuery("SELECT name FROM Person WHERE age > ?"))
        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("07001"));
  }

  @Test
  void gqTextStillRunsAsGq() throws SQLException {
    assertThat(query("// a comment\nquery q() { match { $p: Person } return { $p.name } order { $p.name } limit 1 }"))
        .containsExactly(List.of("Ada"));
  }
}
