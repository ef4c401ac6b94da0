package dev.omnigraph.flight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result copied from a Lance scan's record batches in Arrow form (the graph opened with no
 * resident tables, so plain scans hand over their batches) arrives exactly as one written value by
 * value from Java rows (the same graph with resident tables): same schema, same batches' rows,
 * every type including nulls, dates, date-times (stored {@code date64}, sent as timestamps) and
 * lists, with wire batches (2,999 rows) that split the scan's (8,192 rows) off byte boundaries, and
 * the executions of a prepared statement bound with several rows sharing a batch.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ScanBatchParityIT {
  private static final int ROWS = 20_000;
  private static final int BATCH_ROWS = 2_999;

  @TempDir
  static Path dir;
  static Served fromLance;
  static Served fromMemory;

  /** A graph handle served with its own client. */
  record Served(Graph graph, FlightSqlServer server, BufferAllocator allocator, FlightSqlClient client) implements AutoCloseable {
    static Served of(Graph graph) {
      FlightSqlServer server = FlightSqlServer.start(graph, new ServerOptions(ServerOptions.DEFAULT_HOST, 0, null, BATCH_ROWS));
      BufferAllocator allocator = new RootAllocator();
      return new Served(graph, server, allocator,
          new FlightSqlClient(FlightClient.builder(allocator, Location.forGrpcInsecure("127.0.0.1", server.port())).build()));
    }

    /** The announced schema, then every row's values as Arrow's {@code getObject} gives them (text as String). */
    List<Object> fetch(String sql) throws Exception {
      return rows(client.execute(sql));
    }

    private List<Object> rows(FlightInfo info) throws Exception {
      List<Object> out = new ArrayList<>();
      try (FlightStream stream = client.getStream(info.getEndpoints().get(0).getTicket())) {
        Schema schema = stream.getSchema();
        out.add(schema);
        while (stream.next()) {
          VectorSchemaRoot root = stream.getRoot();
          assertThat(root.getRowCount()).isBetween(1, BATCH_ROWS);
          for (int r = 0; r < root.getRowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < root.getFieldVectors().size(); c++) {
              Object value = root.getVector(c).getObject(r);
              row.add(value == null ? null : String.valueOf(value));
            }
            out.add(row);
          }
        }
      }
      return out;
    }

    /** As {@link #fetch}, for {@code sql} prepared with one parameter, run once per value of {@code values}. */
    List<Object> fetchPrepared(String sql, long... values) throws Exception {
      try (FlightSqlClient.PreparedStatement prepared = client.prepare(sql);
          VectorSchemaRoot parameters = VectorSchemaRoot.create(prepared.getParameterSchema(), allocator)) {
        BigIntVector vector = (BigIntVector) parameters.getVector(0);
        for (int i = 0; i < values.length; i++) {
          vector.setSafe(i, values[i]);
        }
        parameters.setRowCount(values.length);
        prepared.setParameters(parameters);
        return rows(prepared.execute());
      }
    }

    @Override
    public void close() throws Exception {
      client.close();
      server.close();
      graph.close();
      allocator.close();
    }
  }

  @BeforeAll
  static void serve() {
    Graph.init(dir.resolve("g"), "node Item {\n  name: String @key\n  n: I64\n  price: F64?\n  stock: I32\n  day: Date\n"
        + "  at: DateTime?\n  tags: [String]?\n  flag: Bool\n  level: enum(low, high)?\n}\n", "items.pg").close();
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      jsonl.append("{\"type\":\"Item\",\"data\":{\"name\":\"item-").append(i).append("\",\"n\":").append(i)
          .append(i % 5 == 0 ? "" : ",\"price\":" + (i / 4.0)).append(",\"stock\":").append(i % 700)
          .append(",\"day\":\"2024-0").append(1 + i % 9).append("-1").append(i % 10).append('"')
          .append(i % 3 == 0 ? "" : ",\"at\":\"2024-05-06T07:08:0" + (i % 10) + ".25Z\"")
          .append(i % 4 == 0 ? "" : ",\"tags\":[\"a\",\"b" + i + "\"]").append(",\"flag\":").append(i % 2 == 0)
          .append(i % 6 == 0 ? "" : ",\"level\":\"" + (i % 2 == 0 ? "low" : "high") + "\"").append("}}\n");
    }
    try (Graph writer = Graph.open(dir.resolve("g"))) {
      writer.load(jsonl.toString(), "items.jsonl");
    }
    fromLance = Served.of(Graph.open(dir.resolve("g"), 0));
    fromMemory = Served.of(Graph.open(dir.resolve("g")));
  }

  @AfterAll
  static void close() throws Exception {
    fromLance.close();
    fromMemory.close();
  }

  @Test
  void scansCopiedFromArrowBatchesArriveAsRowsWrittenValueByValue() throws Exception {
    for (String sql : List.of("SELECT * FROM \"Item\"", "SELECT \"at\", \"name\", \"tags\" FROM \"Item\" WHERE \"n\" >= 4000",
        "SELECT \"price\", \"day\" FROM \"Item\" FETCH FIRST 10000 ROWS ONLY")) {
      List<Object> copied = fromLance.fetch(sql);
      assertThat(copied).as(sql).hasSizeGreaterThan(1);
      assertThat(copied).as(sql).isEqualTo(fromMemory.fetch(sql));
    }
    String twoRuns = "SELECT \"name\", \"tags\", \"at\", \"price\" FROM \"Item\" WHERE \"n\" >= ?";
    List<Object> prepared = fromLance.fetchPrepared(twoRuns, ROWS - 7, ROWS - 3);
    assertThat(prepared).hasSize(1 + 7 + 3);
    assertThat(prepared).isEqualTo(fromMemory.fetchPrepared(twoRuns, ROWS - 7, ROWS - 3));
    assertThat(fromLance.fetch("SELECT * FROM \"Item\"")).hasSize(ROWS + 1);
    List<Object> oneRow = fromLance.fetch("SELECT \"at\", \"tags\", \"level\" FROM \"Item\" WHERE \"n\" = 1");
    assertThat(((Schema) oneRow.get(0)).getFields().get(0).getType())
        .isEqualTo(new ArrowType.Timestamp(org.apache.arrow.vector.types.TimeUnit.MILLISECOND, "UTC"));
    assertThat(oneRow.get(1)).isEqualTo(java.util.Arrays.asList(
        Long.toString(Instant.parse("2024-05-06T07:08:01.250Z").toEpochMilli()), "[\"a\",\"b1\"]", "high"));
  }
}
