package dev.omnigraph.bench;

import dev.omnigraph.bench.flight.ItemGraph;
import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.flight.FlightSqlServer;
import dev.omnigraph.flight.ServerOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.flight.FlightClient;
import org.apache.arrow.flight.FlightEndpoint;
import org.apache.arrow.flight.FlightInfo;
import org.apache.arrow.flight.FlightStream;
import org.apache.arrow.flight.Location;
import org.apache.arrow.flight.sql.FlightSqlClient;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.WriteChannel;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Flight SQL {@code DoGet} throughput of a full scan: {@code SELECT * FROM Item} over the generated
 * {@code Item} table ({@code rows} rows, seven columns) served on loopback and read by Arrow Java's
 * {@link FlightSqlClient}, against writing the same record batches to an in-memory Arrow IPC
 * stream, the physical limit of moving those bytes here. One call moves the whole result; the
 * secondary result {@code bytes} (JMH prints it per second) is the Arrow body bytes moved, so
 * MB/s = bytes/s / 10^6.
 *
 * <ul>
 *   <li>{@link #flightDoGet}: {@code GetFlightInfo} then {@code DoGet} of the one endpoint, every
 *       batch received (the server plans, opens the engine's cursor, which reads the table from
 *       memory when it is resident and streams it from Lance otherwise, converts rows to Arrow
 *       in batches of 65,536 rows and sends each as it is filled);
 *   <li>{@link #ipcStreamWrite}: the batches one {@code DoGet} received, written with
 *       {@link ArrowStreamWriter}'s framing into a counting sink that keeps no bytes.
 * </ul>
 *
 * The graph is {@code graphDir}'s when given ({@link ItemGraph}: {@code bench/run-flight-scan.sh}
 * builds it once per run, since loading 10,000,000 rows takes minutes), else generated in the
 * fork. Setup checks that {@code DoGet} returns exactly {@code rows} rows. At 10,000,000 rows a
 * scan takes seconds, so an iteration is about one call: the script reports the median of the
 * iterations.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 5, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g"})
@Threads(1)
public class FlightScanThroughput {
  static final String QUERY = "SELECT * FROM Item";

  /** A served graph of generated items, a client, and the batches of one scan for the baseline. */
  @State(Scope.Benchmark)
  public static class Served {
    /** Number of generated items. */
    @Param("1000000")
    public int rows;

    /** A directory holding an {@link ItemGraph} of {@code rows} items; empty: generate one in the fork. */
    @Param("")
    public String graphDir;

    Graph graph;
    FlightSqlServer server;
    BufferAllocator allocator;
    FlightSqlClient client;
    final List<ArrowRecordBatch> batches = new ArrayList<>();
    VectorSchemaRoot schemaRoot;
    private Path scratch;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      Path dir;
      if (graphDir.isEmpty()) {
        scratch = TempDirs.create("flight-scan-");
        dir = scratch;
      } else {
        dir = Path.of(graphDir);
      }
      graph = Graph.open(ItemGraph.build(dir, rows, ItemGraph.DEFAULT_CHUNK_ROWS));
      server = FlightSqlServer.start(graph, ServerOptions.local(0));
      allocator = new RootAllocator();
      client = new FlightSqlClient(FlightClient.builder(allocator, Location.forGrpcInsecure("127.0.0.1", server.port())).build());
      long seen = 0;
      try (FlightStream stream = stream(client)) {
        schemaRoot = VectorSchemaRoot.create(stream.getSchema(), allocator);
        while (stream.next()) {
          seen += stream.getRoot().getRowCount();
          batches.add(new VectorUnloader(stream.getRoot()).getRecordBatch());
        }
      }
      if (seen != rows) {
        throw new IllegalStateException("DoGet read " + seen + " rows, expected " + rows);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      try {
        batches.forEach(ArrowRecordBatch::close);
        if (schemaRoot != null) {
          schemaRoot.close();
        }
        if (client != null) {
          client.close();
        }
        if (server != null) {
          server.close();
        }
        if (graph != null) {
          graph.close();
        }
        if (allocator != null) {
          allocator.close();
        }
      } finally {
        TempDirs.delete(scratch);
      }
    }
  }

  /** Bytes moved, reported by JMH as a rate (bytes per second). */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Moved {
    /** Arrow body bytes moved so far in the iteration. */
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  static FlightStream stream(FlightSqlClient client) {
    FlightInfo info = client.execute(QUERY);
    FlightEndpoint endpoint = info.getEndpoints().get(0);
    return client.getStream(endpoint.getTicket());
  }

  /** One full scan over Flight SQL; returns the rows received. */
  @Benchmark
  public long flightDoGet(Served served, Moved moved) throws Exception {
    long rows = 0;
    try (FlightStream stream = stream(served.client)) {
      while (stream.next()) {
        VectorSchemaRoot root = stream.getRoot();
        rows += root.getRowCount();
        try (ArrowRecordBatch batch = new VectorUnloader(root).getRecordBatch()) {
          moved.bytes += batch.computeBodyLength();
        }
      }
    }
    return rows;
  }

  /** The same batches written as an Arrow IPC stream into a sink that only counts; returns the bytes. */
  @Benchmark
  public long ipcStreamWrite(Served served, Moved moved) throws IOException {
    CountingSink sink = new CountingSink();
    try (WriteChannel channel = new WriteChannel(Channels.newChannel(sink))) {
      MessageSerializer.serialize(channel, served.schemaRoot.getSchema(), IpcOption.DEFAULT);
      for (ArrowRecordBatch batch : served.batches) {
        MessageSerializer.serialize(channel, batch, IpcOption.DEFAULT);
        moved.bytes += batch.computeBodyLength();
      }
    }
    return sink.count;
  }

  /** An output stream that counts what it is given and keeps nothing. */
  static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
