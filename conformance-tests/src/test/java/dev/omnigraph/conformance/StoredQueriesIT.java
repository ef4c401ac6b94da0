package dev.omnigraph.conformance;

import static dev.omnigraph.conformance.RowAssertions.assertRows;
import static dev.omnigraph.conformance.RowAssertions.assertRowsAnyOrder;
import static dev.omnigraph.conformance.RowAssertions.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.omnigraph.cli.OmniGraphCli;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.stored.StoredQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Stored queries end to end ({@code gq-language.md} §11) on the reference fixture F1: the whole of
 * {@code reference-fixtures/test.gq} registered against {@code test.pg} + {@code test.jsonl}, then
 * {@code get_person}, {@code friends_of} and {@code employees_of} run by name through the embedded
 * API, the CLI and JDBC ({@code CALL} and <code>{call}</code>), with the checklist's rows (§12 F1
 * items 1, 5 and 6). Skipped when the shared datasets directory is absent.
 */
class StoredQueriesIT {
  static final List<String> TEST_GQ_QUERIES = List.of("adults", "age_stats", "employees_of", "friend_counts", "friends_of",
      "friends_of_friends", "get_person", "top_by_age", "top_connected", "total_people", "unemployed");

  @TempDir static Path dir;
  static Path fixtures;
  static Path graph;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void createAndRegister() {
    fixtures = CookbookGraph.datasetsDir().resolve("reference-fixtures");
    assumeTrue(Files.isRegularFile(fixtures.resolve("test.pg")) && Files.isRegularFile(fixtures.resolve("test.jsonl"))
            && Files.isRegularFile(fixtures.resolve("test.gq")),
        () -> "reference fixtures not found in " + fixtures + " (set -D" + CookbookGraph.DATASETS_PROPERTY + "=<datasets dir>)");
    graph = dir.resolve("f1");
    try (Graph created = Graph.init(graph, fixtures.resolve("test.pg"))) {
      created.load(fixtures.resolve("test.jsonl"));
      List<StoredQuery> added = created.registerQueries(fixtures.resolve("test.gq"));
      assertThat(added).hasSize(TEST_GQ_QUERIES.size());
    }
  }

  @Test
  void theRegistrySurvivesReopenAndRunsByNameThroughTheEmbeddedApi() {
    try (Graph opened = Graph.open(graph)) {
      assertThat(opened.storedQueries()).extracting(StoredQuery::name).containsExactlyElementsOf(TEST_GQ_QUERIES);
      assertThat(opened.storedQueries()).allSatisfy(query -> {
        assertThat(query.mutation()).isFalse();
        assertThat(query.file()).isEqualTo("test.gq");
      });
      assertRows(opened.queryStored("get_person", Map.of("name", "Alice")), List.of("p.name", "p.age"), List.of(row("Alice", 30)));
      assertRows(opened.queryStored("get_person", Map.of("name", "Nobody")), List.of("p.name", "p.age"), List.of());
      assertRowsAnyOrder(opened.queryStored("friends_of", Map.of("name", "Alice")), List.of("f.name", "f.age"),
          List.of(row("Bob", 25), row("Charlie", 35)));
      assertRows(opened.queryStored("employees_of", Map.of("company", "Acme")), List.of("p.name"), List.of(row("Alice")));
    }
    assertThat(graph.resolve("_queries/test.gq")).hasSameTextualContentAs(fixtures.resolve("test.gq"));
  }

  @Test
  void theCliListsAndRunsStoredQueriesByName() {
    Run list = run("queries", "list", graph.toString());
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out().lines()).contains("get_person($name: String)", "friends_of($name: String)",
        "employees_of($company: String)", "total_people()");

    Run person = run("query", graph.toString(), "--name", "get_person", "--params", "{\"name\":\"Alice\"}", "--format", "csv");
    assertThat(person.exit()).as(person.err()).isZero();
    assertThat(person.out().lines()).containsExactly("p.name,p.age", "Alice,30");
    Run friends = run("query", graph.toString(), "--name", "friends_of", "--params", "{\"name\":\"Alice\"}", "--format", "csv");
    assertThat(friends.out().lines().toList()).first().isEqualTo("f.name,f.age");
    assertThat(friends.out().lines().skip(1)).containsExactlyInAnyOrder("Bob,25", "Charlie,35");
    Run employees = run("query", graph.toString(), "--name", "employees_of", "--params", "{\"company\":\"Acme\"}", "--format", "json");
    assertThat(employees.out()).isEqualTo("[\n  {\"p.name\":\"Alice\"}\n]\n");
  }

  @Test
  void theCliRegistersAFileIntoAnotherGraph() {
    Path other = dir.resolve("f1-cli");
    assertThat(run("init", other.toString(), "--schema", fixtures.resolve("test.pg").toString()).exit()).isZero();
    assertThat(run("load", other.toString(), "--data", fixtures.resolve("test.jsonl").toString()).exit()).isZero();

    Run add = run("queries", "add", other.toString(), "--file", fixtures.resolve("test.gq").toString());

    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).isEqualTo("registered 11 queries from test.gq: get_person, adults, friends_of, employees_of, "
        + "friends_of_friends, unemployed, friend_counts, top_by_age, total_people, age_stats, top_connected\n");
    Run again = run("queries", "add", other.toString(), "--file", fixtures.resolve("test.gq").toString());
    assertThat(again.exit()).as("re-registering the same file name replaces it").isZero();
  }

  @Test
  void jdbcCallsStoredQueriesInBothSyntaxes() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:omnigraph:" + graph)) {
      try (CallableStatement call = connection.prepareCall("{call get_person(?)}")) {
        call.setString(1, "Alice");
        assertThat(rows(call.executeQuery())).containsExactly(List.of("Alice", 30));
      }
      try (PreparedStatement call = connection.prepareStatement("CALL friends_of(?)")) {
        call.setString(1, "Alice");
        assertThat(rows(call.executeQuery())).containsExactlyInAnyOrder(List.of("Bob", 25), List.of("Charlie", 35));
        assertThat(call.getMetaData().getColumnLabel(2)).isEqualTo("f.age");
      }
      try (Statement statement = connection.createStatement()) {
        assertThat(rows(statement.executeQuery("CALL employees_of('Acme')"))).containsExactly(List.of("Alice"));
        assertThat(rows(statement.executeQuery("{call employees_of('Globex')}"))).containsExactly(List.of("Bob"));
        assertThat(rows(statement.executeQuery("{call total_people}"))).containsExactly(List.of(4L));
      }
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = OmniGraphCli.commandLine(false);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
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
