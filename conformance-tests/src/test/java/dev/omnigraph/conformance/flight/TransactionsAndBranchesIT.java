package dev.omnigraph.conformance.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.flight.session.SessionOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.arrow.flight.SessionOptionValueFactory;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.SetSessionOptionsRequest;
import org.apache.arrow.flight.SetSessionOptionsResult;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.flight.sql.FlightSqlClient.ExecuteIngestOptions;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions;
import org.apache.arrow.flight.sql.impl.FlightSql.CommandStatementIngest.TableDefinitionOptions.TableExistsOption;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flight SQL transactions over the engine's staged graph commits (writes seen inside only, one
 * commit on commit, nothing on rollback), and the session's schema option choosing the branch
 * statements run on.
 */
class TransactionsAndBranchesIT {
  static final String PEOPLE = "query q() { match { $p: Person } return { $p.slug } order { $p.slug } }";

  @TempDir
  Path dir;
  SocialGraphServer fixture;
  FlightSqlClient client;

  @BeforeEach
  void start() {
    fixture = SocialGraphServer.start(dir);
    client = fixture.client;
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  private List<Object> slugs(FlightSqlClient.Transaction transaction) throws Exception {
    var info = transaction == null ? client.execute(PEOPLE) : client.execute(PEOPLE, transaction);
    return fixture.rows(info).stream().map(row -> row.get(0)).toList();
  }

  private static String insert(String slug) {
    return "query add() { insert Person { slug: \"" + slug + "\", name: \"" + slug + "\" } }";
  }

  @Test
  void writesInATransactionAreSeenInsideOnlyAndPublishedAsOneCommit() throws Exception {
    long version = fixture.graph.version();
    FlightSqlClient.Transaction transaction = client.beginTransaction();
    assertThat(client.executeUpdate(insert("tx1"), transaction)).isEqualTo(1);
    try (FlightSqlClient.PreparedStatement prepared = client.prepare(insert("tx2"), transaction)) {
      assertThat(prepared.executeUpdate()).isEqualTo(1);
    }
    assertThat(slugs(transaction)).contains("tx1", "tx2");
    assertThat(slugs(null)).doesNotContain("tx1", "tx2");
    client.commit(transaction);
    assertThat(slugs(null)).contains("tx1", "tx2");
    fixture.graph.refresh();
    assertThat(fixture.graph.version()).isEqualTo(version + 1);
  }

  @Test
  void rollbackDiscardsTheTransactionsWritesAndIngests() throws Exception {
    FlightSqlClient.Transaction transaction = client.beginTransaction();
    client.executeUpdate(insert("gone"), transaction);
    try (VectorSchemaRoot rows = VectorSchemaRoot.create(new Schema(List.of(Field.nullable("slug", ArrowType.Utf8.INSTANCE),
        Field.nullable("name", ArrowType.Utf8.INSTANCE))), fixture.allocator)) {
      ((VarCharVector) rows.getVector(0)).setSafe(0, "ingested".getBytes(StandardCharsets.UTF_8));
      ((VarCharVector) rows.getVector(1)).setSafe(0, "Ingested".getBytes(StandardCharsets.UTF_8));
      rows.setRowCount(1);
      TableDefinitionOptions append = TableDefinitionOptions.newBuilder().setIfExists(TableExistsOption.TABLE_EXISTS_OPTION_APPEND).build();
      assertThat(client.executeIngest(rows, new ExecuteIngestOptions("Person", append, null, null, Map.of()), transaction)).isEqualTo(1);
    }
    assertThat(slugs(transaction)).contains("gone", "ingested");
    client.rollback(transaction);
    assertThat(slugs(null)).doesNotContain("gone", "ingested");
  }

  @Test
  void sessionAtReadsAnEarlierCommitAndRefusesWrites() throws Exception {
    String before = fixture.graph.headCommit();
    client.executeUpdate(insert("later"));
    SetSessionOptionsResult result = client.setSessionOptions(new SetSessionOptionsRequest(Map.of(SessionOptions.AT,
        SessionOptionValueFactory.makeSessionOptionValue(before))));
    assertThat(result.getErrors()).isEmpty();
    assertThat(slugs(null)).doesNotContain("later");
    assertThatThrownBy(() -> client.executeUpdate(insert("refused"))).isInstanceOf(FlightRuntimeException.class);
    assertThat(client.setSessionOptions(new SetSessionOptionsRequest(Map.of(SessionOptions.AT,
        SessionOptionValueFactory.makeSessionOptionValue("no-such-commit")))).getErrors()).containsKey(SessionOptions.AT);
    client.setSessionOptions(new SetSessionOptionsRequest(Map.of(SessionOptions.AT, SessionOptionValueFactory.makeSessionOptionValue(""))));
    assertThat(slugs(null)).contains("later");
  }

  @Test
  void sessionSchemaChoosesTheBranchStatementsRunOn() throws Exception {
    fixture.graph.createBranch("feature", "main");
    assertThat(fixture.rows(client.getSchemas(null, null))).containsExactly(List.of("social", "feature"), List.of("social", "main"));
    client.setSessionOptions(new SetSessionOptionsRequest(Map.of(SessionOptions.SCHEMA,
        SessionOptionValueFactory.makeSessionOptionValue("feature"))));
    client.executeUpdate(insert("on_feature"));
    assertThat(slugs(null)).contains("on_feature");
    assertThat(fixture.graph.branch("main").query(PEOPLE, "t", null, Map.of()).rowsAsLists())
        .noneMatch(row -> row.get(0).equals("on_feature"));
  }
}
