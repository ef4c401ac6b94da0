package dev.omnigraph.bench;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.lance.LanceTable;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.TableEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full-scan throughput: every row and column of the generated {@code Item} table (100,000 rows,
 * seven columns) through JDBC versus a direct Lance scan of the same dataset version, the physical
 * limit here. One call reads the whole table; rows per second = rows / time per call.
 *
 * <ul>
 *   <li>{@link #jdbcSelectStar}: {@code SELECT * FROM Item} on {@code jdbc:omnigraph:}, every value
 *       read with {@code getObject} (the table is resident, as it is by default, so this measures
 *       the plan, the in-memory rows and the {@code ResultSet});
 *   <li>{@link #embeddedSelectStar}: the same query through the embedded API
 *       ({@code Graph.prepareSql}) on the resident table, rows handed over as they are: the
 *       driver's own cost is the difference to {@link #jdbcSelectStar};
 *   <li>{@link #embeddedSelectStarFromLance}: the same with the resident limit at 0
 *       ({@code Graph.open(root, 0)}), so every call is a Lance scan decoded into rows;
 *   <li>{@link #lanceScan}: {@code LanceTable.scan} of every column, each batch's value counts
 *       handed to the {@link Blackhole}: what Lance itself costs.
 * </ul>
 *
 * Setup checks that each path sees exactly {@code rows} rows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g"})
@Threads(1)
public class ScanThroughput {

  /** A graph of generated items, a JDBC connection, a Lance-only graph and the table's dataset. */
  @State(Scope.Benchmark)
  public static class Items {
    /** Number of generated items. */
    @Param("100000")
    public int rows;

    Connection connection;
    Graph resident;
    Graph lanceOnly;
    BufferAllocator allocator;
    LanceTable table;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
      dir = TempDirs.create("scan-");
      Path jsonl = dir.resolve("items.jsonl");
      data.writeJsonl(jsonl);
      Path root = dir.resolve("graph");
      try (Graph created = Graph.init(root, ItemData.PG_SCHEMA, "bench.pg")) {
        created.load(jsonl);
      }
      connection = DriverManager.getConnection("jdbc:omnigraph:" + root);
      resident = Graph.open(root);
      lanceOnly = Graph.open(root, 0);
      GraphDirectory directory = new GraphDirectory(root);
      TableEntry entry = directory.readManifest().table("node:Item");
      allocator = new RootAllocator();
      table = LanceTable.open(allocator, directory.tableUri(entry.path()), entry.version());
      check("jdbc", new ScanThroughput().jdbcSelectStar(this, new Blackhole(BLACKHOLE_OK)));
      check("embedded", new ScanThroughput().embeddedSelectStar(this, new Blackhole(BLACKHOLE_OK)));
      check("embedded Lance", new ScanThroughput().embeddedSelectStarFromLance(this, new Blackhole(BLACKHOLE_OK)));
      check("lance", new ScanThroughput().lanceScan(this, new Blackhole(BLACKHOLE_OK)));
    }

    private void check(String path, long seen) {
      if (seen != rows) {
        throw new IllegalStateException(path + " read " + seen + " rows, expected " + rows);
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      try {
        if (connection != null) {
          connection.close();
        }
        if (resident != null) {
          resident.close();
        }
        if (lanceOnly != null) {
          lanceOnly.close();
        }
        if (table != null) {
          table.close();
        }
        if (allocator != null) {
          allocator.close();
        }
      } finally {
        TempDirs.delete(dir);
      }
    }
  }

  /** JMH's token for building a Blackhole outside a benchmark method (setup checks). */
  static final String BLACKHOLE_OK =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

  /** {@code SELECT * FROM Item} through JDBC, every value read; returns the row count. */
  @Benchmark
  public long jdbcSelectStar(Items items, Blackhole blackhole) throws Exception {
    long count = 0;
    try (Statement statement = items.connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM Item")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int c = 1; c <= columns; c++) {
          blackhole.consume(rs.getObject(c));
        }
        count++;
      }
    }
    return count;
  }

  /** The same query embedded, on the resident table; returns the row count. */
  @Benchmark
  public long embeddedSelectStar(Items items, Blackhole blackhole) {
    var result = items.resident.prepareSql("SELECT * FROM Item").execute(java.util.Map.of());
    for (int r = 0; r < result.rowCount(); r++) {
      blackhole.consume(result.row(r));
    }
    return result.rowCount();
  }

  /** The same query on the Lance-only graph, embedded; returns the row count. */
  @Benchmark
  public long embeddedSelectStarFromLance(Items items, Blackhole blackhole) {
    var result = items.lanceOnly.prepareSql("SELECT * FROM Item").execute(java.util.Map.of());
    for (int r = 0; r < result.rowCount(); r++) {
      blackhole.consume(result.row(r));
    }
    return result.rowCount();
  }

  /** A Lance scan of every column; returns the row count. */
  @Benchmark
  public long lanceScan(Items items, Blackhole blackhole) {
    long count = 0;
    try (LanceTable.Scan scan = items.table.scan(
        List.of("id", "category", "created", "name", "price", "slug", "stock"), null, null)) {
      while (scan.next()) {
        VectorSchemaRoot batch = scan.batch();
        for (FieldVector vector : batch.getFieldVectors()) {
          blackhole.consume(vector.getValueCount());
        }
        count += batch.getRowCount();
      }
    }
    return count;
  }
}
