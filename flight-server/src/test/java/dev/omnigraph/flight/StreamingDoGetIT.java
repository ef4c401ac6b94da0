package dev.omnigraph.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.CancelFlightInfoRequest;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightRuntimeException;
import org.apache.arrow.flight.FlightStatusCode;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DoGet} streams rows as the engine computes them. The table (40,000 rows of about 200
 * bytes, 8 MB on the wire) is read from Lance, never resident, and sent in batches of 500 rows,
 * far more than gRPC buffers, so the server is at most a few thousand rows ahead of the client.
 * The queries fail on a row far into the table: a server that computed the whole result before
 * its first batch would fail before sending any, so receiving batches first proves streaming.
 * Closing the server and then the graph fails on a leak, so each test also checks that the
 * cancelled or failed execution freed its scan.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class StreamingDoGetIT {
  private static final int ROWS = 40_000;
  private static final int BATCH_ROWS = 500;
  /** Fails with a division by zero on the last row. */
  private static final String FAILS_ON_LAST_ROW = "SELECT \"n\", \"pad\", 1 / (\"n\" - " + (ROWS - 1) + ") AS \"q\" FROM \"Item\"";

  @TempDir
  static Path dir;

  private Graph graph;
  private FlightSqlServer server;
  private final BufferAllocator allocator = new RootAllocator();
  private FlightSqlClient client;

  @BeforeAll
  static void load() {
    try (Graph writer = Graph.init(dir.resolve("g"), "node Item {\n  name: String @key\n  n: I64\n  pad: String\n}\n", "items.pg")) {
      StringBuilder jsonl = new StringBuilder();
      String pad = "x".repeat(200);
      for (int i = 0; i < ROWS; i++) {
        jsonl.append("{\"type\":\"Item\",\"data\":{\"name\":\"item-").append(i).append("\",\"n\":").append(i)
            .append(",\"pad\":\"").append(pad).append("\"}}\n");
      }
      writer.load(jsonl.toString(), "items.jsonl");
    }
  }

  @BeforeEach
  void serve() {
    graph = Graph.open(dir.resolve("g"), 0);
    server = FlightSqlServer.start(graph, new ServerOptions(ServerOptions.DEFAULT_HOST, 0, null, BATCH_ROWS));
    client = new FlightSqlClient(FlightClient.builder(allocator, Location.forGrpcInsecure("127.0.0.1", server.port())).build());
  }

  @AfterEach
  void closeWithoutLeaks() throws Exception {
    client.close();
    server.close(); // fails when the server's buffers are not all returned
    graph.close(); // fails when a scan's Arrow buffers were not freed
    allocator.close();
  }

  @Test
  void aCancelAfterTheFirstBatchStopsTheStreamBeforeTheLastRowIsComputed() throws Exception {
    assertThat(rowsUntilCancelledAfterTheFirstBatch(FAILS_ON_LAST_ROW)).isLessThan(ROWS);
    assertServesOn();
  }

  @Test
  void aCancelStopsAStreamCopiedFromTheScansRecordBatches() throws Exception {
    assertThat(rowsUntilCancelledAfterTheFirstBatch("SELECT * FROM \"Item\"")).isLessThan(ROWS);
    assertServesOn();
  }

  /** Reads the first batch of {@code sql}, cancels the FlightInfo, and counts the rows until the stream ends {@code CANCELLED}. */
  private long rowsUntilCancelledAfterTheFirstBatch(String sql) throws Exception {
    FlightInfo info = client.execute(sql);
    long[] rows = {0};
    try (FlightStream stream = client.getStream(info.getEndpoints().get(0).getTicket())) {
      assertThat(stream.next()).as("the first batch arrives").isTrue();
      assertThat(stream.getRoot().getRowCount()).isEqualTo(BATCH_ROWS);
      rows[0] = BATCH_ROWS;

      client.cancelFlightInfo(new CancelFlightInfoRequest(info));

      FlightRuntimeException end = catchThrowableOfType(FlightRuntimeException.class, () -> {
        while (stream.next()) {
          rows[0] += stream.getRoot().getRowCount(); // batches sent before the cancel
        }
      });
      assertThat(end).as("the stream ends with an error, not at its end").isNotNull();
      assertThat(end.status().code()).isEqualTo(FlightStatusCode.CANCELLED);
    }
    return rows[0];
  }

  @Test
  void aClientClosingTheStreamEarlyStopsTheExecution() throws Exception {
    FlightInfo info = client.execute(FAILS_ON_LAST_ROW);
    try (FlightStream stream = client.getStream(info.getEndpoints().get(0).getTicket())) {
      assertThat(stream.next()).isTrue();
    }
    assertServesOn();
  }

  @Test
  void anEngineFailureMidStreamReachesTheClientAfterTheRowsBeforeIt() throws Exception {
    FlightInfo info = client.execute("SELECT \"n\", 1 / (\"n\" - 30000) AS \"q\" FROM \"Item\"");
    long rows = 0;
    long lastN = -1;
    try (FlightStream stream = client.getStream(info.getEndpoints().get(0).getTicket())) {
      FlightRuntimeException end = null;
      try {
        while (stream.next()) {
          BigIntVector n = (BigIntVector) stream.getRoot().getVector("n");
          rows += stream.getRoot().getRowCount();
          lastN = n.get(stream.getRoot().getRowCount() - 1);
        }
      } catch (FlightRuntimeException e) {
        end = e;
      }
      assertThat(end).as("the division by zero at n = 30000 ends the stream").isNotNull();
      assertThat(end.status().code()).isEqualTo(FlightStatusCode.INVALID_ARGUMENT);
      assertThat(end.getMessage()).contains("DATA_ERROR");
    }
    assertThat(rows).as("every full batch before the failing row").isEqualTo(30_000);
    assertThat(lastN).isEqualTo(29_999);
    assertServesOn();
  }

  /** The server still answers: a full count over the same table. */
  private void assertServesOn() throws Exception {
    try (FlightStream stream = client.getStream(client.execute("SELECT COUNT(*) AS \"c\" FROM \"Item\"").getEndpoints().get(0)
        .getTicket())) {
      assertThat(stream.next()).isTrue();
      assertThat(stream.getRoot().getVector(0).getObject(0)).isEqualTo((long) ROWS);
    }
  }
}
