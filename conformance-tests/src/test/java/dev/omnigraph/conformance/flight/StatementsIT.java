package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Ticket;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.flight.sql.FlightSqlClient.ExecuteIngestOptions;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions.TableExistsOption;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions.TableNotExistOption;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements over Flight SQL: {@code .gq} reads and mutations, calls of stored queries, plain
 * tickets, prepared statements with parameter batches, bulk ingest, cancellation, and the gRPC
 * status of each kind of bad request — after which the server keeps answering.
 */
class StatementsIT {
  static final String FRIENDS = "query q() { match { $p: Person { slug: \"ada\" } $p knows $f } return { $f.name } order { $f.name } }";

  @TempDir
  Path dir;
  SocialGraphServer fixture;
  FlightSqlClient client;

  @BeforeEach
  void start() {
    fixture = new SocialGraphServer(dir, null, 2);
    client = fixture.client;
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private VectorSchemaRoot strings(Map<String, List<String>> columns) {
    List<Field> fields = new ArrayList<>();
    columns.keySet().forEach(name -> fields.add(Field.nullable(name, ArrowType.Utf8.INSTANCE)));
    VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), fixture.allocator);
    int rows = 0;
    for (var column : columns.entrySet()) {
      VarCharVector vector = (VarCharVector) root.getVector(column.getKey());
      rows = column.getValue().size();
      for (int i = 0; i < rows; i++) {
        vector.setSafe(i, column.getValue().get(i).getBytes(StandardCharsets.UTF_8));
      }
      vector.setValueCount(rows);
    }
    root.setRowCount(rows);
    return root;
  }

  private static void assertStatus(ThrowingCallable call, FlightStatusCode code, String messagePart) {
    assertThatThrownBy(call).isInstanceOfSatisfying(FlightRuntimeException.class, e -> {
      assertThat(e.status().code()).isEqualTo(code);
      assertThat(e.getMessage()).contains(messagePart);
    });
  }

  @Test
  void gqQueryStreamsItsRowsInBatchesInResultOrder() throws Exception {
    FlightInfo info = client.execute(FRIENDS);
    assertThat(info.getSchema().getFields()).extracting(Field::getName).containsExactly("f.name");
    assertThat(info.getEndpoints()).allSatisfy(e -> assertThat(e.getLocations()).isEmpty());
    assertThat(fixture.rows(info)).extracting(row -> row.get(0)).containsExactly("Alan Turing", "Grace Hopper");
    int batches = 0;
    try (FlightStream stream = client.getStream(client.execute("query q() { match { $p: Person } return { $p.slug } order { $p.slug } }")
        .getEndpoints().get(0).getTicket())) {
      while (stream.next()) {
        batches++;
        assertThat(stream.getRoot().getRowCount()).isLessThanOrEqualTo(2);
      }
    }
    assertThat(batches).isGreaterThan(2);
  }

  @Test
  void sqlSelectRunsWithPreparedMarkersBoundByPosition() throws Exception {
    assertThat(fixture.rows(client.execute("SELECT slug FROM Person WHERE city = 'London'"))).containsExactly(List.of("ada"));
    try (FlightSqlClient.PreparedStatement prepared = client.prepare("SELECT name FROM Person WHERE slug = ?");
        VectorSchemaRoot params = strings(Map.of("0", List.of("grace")))) {
      prepared.setParameters(params);
      assertThat(fixture.rows(prepared.execute())).containsExactly(List.of("Grace Hopper"));
    }
  }

  /** The {@code is_update} the server answers for a prepared {@code text} (field 4), or null when absent. */
  private Long preparedIsUpdate(String text) throws Exception {
    org.apache.arrow.flight.Action create = new org.apache.arrow.flight.Action(
        org.apache.arrow.flight.sql.FlightSqlUtils.FLIGHT_SQL_CREATE_PREPARED_STATEMENT.getType(),
        com.google.protobuf.Any.pack(org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementRequest.newBuilder()
            .setQuery(text).build()).toByteArray());
    List<org.apache.arrow.flight.Result> results = new ArrayList<>();
    fixture.flightClient.doAction(create).forEachRemaining(results::add);
    var result = com.google.protobuf.Any.parseFrom(results.get(0).getBody())
        .unpack(org.apache.arrow.flight.sql.impl.FlightSql.ActionCreatePreparedStatementResult.class);
    org.apache.arrow.flight.Action close = new org.apache.arrow.flight.Action(
        org.apache.arrow.flight.sql.FlightSqlUtils.FLIGHT_SQL_CLOSE_PREPARED_STATEMENT.getType(),
        com.google.protobuf.Any.pack(org.apache.arrow.flight.sql.impl.FlightSql.ActionClosePreparedStatementRequest.newBuilder()
            .setPreparedStatementHandle(result.getPreparedStatementHandle()).build()).toByteArray());
    fixture.flightClient.doAction(close).forEachRemaining(r -> { });
    List<Long> flag = result.getUnknownFields().getField(4).getVarintList();
    return flag.isEmpty() ? null : flag.get(0);
  }

  @Test
  void preparedStatementsSayWhetherTheyAreUpdates() throws Exception {
    assertThat(preparedIsUpdate("SELECT slug FROM Person")).isEqualTo(0L);
    assertThat(preparedIsUpdate("query q() { match { $p: Person } return { $p.slug } }")).isEqualTo(0L);
    assertThat(preparedIsUpdate("UPDATE Person SET city = 'Paris' WHERE slug = ?")).isEqualTo(1L);
    assertThat(preparedIsUpdate("query m() { delete Person where slug = \"nobody\" }")).isEqualTo(1L);
  }

  @Test
  void sqlInsertUpdateAndDeleteRunAsUpdates() throws Exception {
    try (FlightSqlClient.PreparedStatement insert = client.prepare("INSERT INTO Person (slug, name) VALUES (?, ?)");
        VectorSchemaRoot params = strings(Map.of("1", List.of("hopper2", "lamarr"), "2", List.of("Grace B.", "Hedy")))) {
      insert.setParameters(params);
      assertThat(insert.executeUpdate()).isEqualTo(2);
    }
    assertThat(client.executeUpdate("UPDATE Person SET city = 'Vienna' WHERE slug = 'lamarr'")).isEqualTo(1);
    assertThat(fixture.rows(client.execute("SELECT city FROM Person WHERE slug = 'lamarr'"))).containsExactly(List.of("Vienna"));
    assertThat(client.executeUpdate("DELETE FROM Person WHERE slug = 'hopper2'")).isEqualTo(1);
    assertThat(fixture.rows(client.execute("SELECT COUNT(*) FROM Person"))).containsExactly(List.of(7L));
  }

  @Test
  void plainTicketOfGqTextRunsIt() throws Exception {
    try (FlightStream stream = client.getStream(new Ticket(FRIENDS.getBytes(StandardCharsets.UTF_8)))) {
      List<String> names = new ArrayList<>();
      while (stream.next()) {
        for (int i = 0; i < stream.getRoot().getRowCount(); i++) {
          names.add(stream.getRoot().getVector(0).getObject(i).toString());
        }
      }
      assertThat(names).containsExactly("Alan Turing", "Grace Hopper");
    }
  }

  @Test
  void callOfStoredQueryWithLiteralsAndPreparedMarkers() throws Exception {
    assertThat(fixture.rows(client.execute("CALL friends_of('ada')"))).extracting(row -> row.get(0))
        .containsExactly("Alan Turing", "Grace Hopper");
    try (FlightSqlClient.PreparedStatement prepared = client.prepare("{call friends_of(?)}");
        VectorSchemaRoot params = strings(Map.of("0", List.of("ada", "alan")))) {
      assertThat(prepared.getParameterSchema().getFields()).extracting(Field::getName).containsExactly("slug");
      prepared.setParameters(params);
      assertThat(fixture.rows(prepared.execute())).extracting(row -> row.get(0))
          .containsExactly("Alan Turing", "Grace Hopper", "Edsger Dijkstra");
    }
  }

  @Test
  void preparedGqQueryBindsParametersByName() throws Exception {
    try (FlightSqlClient.PreparedStatement prepared = client.prepare(
            "query q($city: String) { match { $p: Person { city: $city } } return { $p.slug } }");
        VectorSchemaRoot params = strings(Map.of("city", List.of("London")))) {
      assertThat(prepared.getResultSetSchema().getFields()).extracting(Field::getName).containsExactly("p.slug");
      prepared.setParameters(params);
      assertThat(fixture.rows(prepared.execute())).containsExactly(List.of("ada"));
    }
  }

  @Test
  void mutationsRunAsUpdatesAndPreparedUpdatesOncePerParameterRow() throws Exception {
    assertThat(client.executeUpdate("query add() { insert Person { slug: \"linus\", name: \"Linus\" } }")).isEqualTo(1);
    try (FlightSqlClient.PreparedStatement prepared = client.prepare(
            "query add($slug: String, $name: String) { insert Person { slug: $slug, name: $name } }");
        VectorSchemaRoot params = strings(Map.of("slug", List.of("kathleen", "dennis"), "name", List.of("Kathleen", "Dennis")))) {
      assertThat(prepared.getResultSetSchema().getFields()).isEmpty();
      prepared.setParameters(params);
      assertThat(prepared.executeUpdate()).isEqualTo(2);
    }
    assertThat(fixture.rows(client.execute(
        "query q() { match { $p: Person } return { $p.slug } order { $p.slug } }"))).extracting(row -> row.get(0))
        .contains("dennis", "kathleen", "linus");
  }

  @Test
  void ingestAppendsAndReplacesAndRefusesCreate() throws Exception {
    TableDefinitionOptions append = TableDefinitionOptions.newBuilder().setIfExists(TableExistsOption.TABLE_EXISTS_OPTION_APPEND)
        .setIfNotExist(TableNotExistOption.TABLE_NOT_EXIST_OPTION_FAIL).build();
    try (VectorSchemaRoot rows = strings(Map.of("slug", List.of("bell"), "name", List.of("Bell Labs"), "sector", List.of("research")))) {
      assertThat(client.executeIngest(rows, new ExecuteIngestOptions("Company", append, null, null, Map.of()))).isEqualTo(1);
    }
    try (VectorSchemaRoot people = strings(Map.of("slug", List.of("margaret"), "name", List.of("Margaret Hamilton")))) {
      assertThat(client.executeIngest(people, new ExecuteIngestOptions("Person", append, null, null, Map.of()))).isEqualTo(1);
    }
    try (VectorSchemaRoot edges = strings(Map.of("src", List.of("margaret"), "dst", List.of("bell")))) {
      assertThat(client.executeIngest(edges, new ExecuteIngestOptions("WorksAt", append, null, null, Map.of()))).isEqualTo(1);
    }
    assertThat(fixture.rows(client.execute("CALL colleagues_at('bell')"))).containsExactly(List.of("Margaret Hamilton", "Bell Labs"));
    TableDefinitionOptions create = TableDefinitionOptions.newBuilder().setIfExists(TableExistsOption.TABLE_EXISTS_OPTION_FAIL)
        .setIfNotExist(TableNotExistOption.TABLE_NOT_EXIST_OPTION_CREATE).build();
    try (VectorSchemaRoot rows = strings(Map.of("slug", List.of("x")))) {
      assertStatus(() -> client.executeIngest(rows, new ExecuteIngestOptions("Company", create, null, null, Map.of())),
          FlightStatusCode.ALREADY_EXISTS, "mode 'append' or 'replace'");
      assertStatus(() -> client.executeIngest(rows, new ExecuteIngestOptions("Robot", create, null, null, Map.of())),
          FlightStatusCode.NOT_FOUND, "ingest cannot create it");
    }
    TableDefinitionOptions replace = TableDefinitionOptions.newBuilder().setIfExists(TableExistsOption.TABLE_EXISTS_OPTION_REPLACE)
        .setIfNotExist(TableNotExistOption.TABLE_NOT_EXIST_OPTION_CREATE).build();
    try (VectorSchemaRoot rows = strings(Map.of("src", List.of("ada", "alan"), "dst", List.of("grace", "ada")))) {
      assertThat(client.executeIngest(rows, new ExecuteIngestOptions("Knows", replace, null, null, Map.of()))).isEqualTo(2);
    }
    assertThat(fixture.rows(client.execute("query q() { match { $a: Person $a knows $b } return { $a.slug, $b.slug } order { $a.slug } }")))
        .containsExactly(List.of("ada", "grace"), List.of("alan", "ada"));
  }

  @Test
  void badRequestsGetTheRightStatusAndTheServerKeepsServing() throws Exception {
    assertStatus(() -> client.execute("query q( { }"), FlightStatusCode.INVALID_ARGUMENT, "SYNTAX_ERROR (SQLSTATE 42601): <statement>:1:");
    assertStatus(() -> client.execute("query q() { match { $r: Robot } return { $r.id } }"), FlightStatusCode.INVALID_ARGUMENT, "TYPE_ERROR");
    assertStatus(() -> client.execute("SELECT name\nFROM Persn"), FlightStatusCode.NOT_FOUND, "<statement>:2:6:");
    assertStatus(() -> client.execute("CREATE TABLE t (x INT)"), FlightStatusCode.INVALID_ARGUMENT, "SYNTAX_ERROR");
    assertStatus(() -> client.execute("CALL nope()"), FlightStatusCode.NOT_FOUND, "nope");
    assertStatus(() -> client.execute("CALL friends_of('a', 'b')"), FlightStatusCode.INVALID_ARGUMENT, "takes 1 argument");
    assertStatus(() -> client.executeUpdate(FRIENDS), FlightStatusCode.INVALID_ARGUMENT, "read query");
    FlightSqlClient.Transaction transaction = client.beginTransaction();
    assertStatus(() -> client.beginSavepoint(transaction, "s1"), FlightStatusCode.UNIMPLEMENTED, "savepoints are not supported");
    client.rollback(transaction);
    assertStatus(() -> client.commit(transaction), FlightStatusCode.NOT_FOUND, "no open transaction has this id");
    try (FlightSqlClient.PreparedStatement prepared = client.prepare("CALL friends_of(?)");
        VectorSchemaRoot params = strings(Map.of("a", List.of("x"), "b", List.of("y")))) {
      prepared.setParameters(params);
      assertStatus(() -> fixture.rows(prepared.execute()), FlightStatusCode.INVALID_ARGUMENT, "the parameter batch has 2 column(s)");
    }
    try (FlightSqlClient.PreparedStatement prepared = client.prepare("CALL friends_of(?)")) {
      assertStatus(() -> fixture.rows(prepared.execute()), FlightStatusCode.INVALID_ARGUMENT, "no parameters are bound");
    }
    try (FlightClient raw = fixture.newClient()) {
      assertStatus(() -> raw.getStream(new Ticket(new byte[] {(byte) 0xff, (byte) 0xfe})).next(),
          FlightStatusCode.INVALID_ARGUMENT, "neither a Flight SQL command");
    }
    assertThat(fixture.rows(client.execute(FRIENDS))).hasSize(2);
  }

  @Test
  void cancelledQueryFailsWithCancelledAndRunsAgainWhenExecutedAgain() throws Exception {
    FlightInfo info = client.execute(FRIENDS);
    client.cancelFlightInfo(new CancelFlightInfoRequest(info));
    assertStatus(() -> fixture.rows(info), FlightStatusCode.CANCELLED, "cancelled");
    assertThat(fixture.rows(client.execute(FRIENDS))).hasSize(2);
    try (FlightSqlClient.PreparedStatement prepared = client.prepare(FRIENDS)) {
      FlightInfo first = prepared.execute();
      client.cancelFlightInfo(new CancelFlightInfoRequest(first));
      assertStatus(() -> fixture.rows(first), FlightStatusCode.CANCELLED, "cancelled");
      assertThat(fixture.rows(prepared.execute())).hasSize(2);
    }
  }
}
