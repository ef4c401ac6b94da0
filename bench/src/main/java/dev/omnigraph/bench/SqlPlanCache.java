package dev.omnigraph.bench;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.PreparedQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
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
 * What the SQL plan cache saves: the key lookup of {@link KeyLookup} written in SQL,
 * {@value #SQL}, on the same generated items (embedded, resident table):
 *
 * <ul>
 *   <li>{@link #prepareFresh}: {@code Graph.prepareSql} of a text the graph has never seen (the
 *       statement followed by a new {@code -- n} comment), so Calcite parses, validates, converts,
 *       decorrelates and the rule passes run;
 *   <li>{@link #prepareCached}: the same text every call, a cache hit;
 *   <li>{@link #jdbcPreparedLookup}: one execution of a reused JDBC {@code PreparedStatement} with
 *       the key bound to its {@code ?}, all five values read.
 * </ul>
 *
 * Setup checks that the lookup returns the generated row and that a repeated text hits the cache.
 * {@link Mode#SampleTime} in microseconds; compare medians.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g"})
@Threads(1)
public class SqlPlanCache {
  /** The lookup in SQL. */
  static final String SQL = "SELECT slug, name, category, price, stock FROM Item WHERE slug = ?";

  /** A graph of generated items and an open JDBC connection to it. */
  @State(Scope.Benchmark)
  public static class Items {
    /** Number of generated items. */
    @Param("100000")
    public int rows;

    Graph graph;
    Connection connection;
    PreparedStatement lookup;
    private String[] keys;
    private int next;
    private long fresh;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
      int[] order = data.lookupOrder(KeyLookup.ORDER_LENGTH, KeyLookup.ORDER_SEED);
      keys = new String[order.length];
      for (int i = 0; i < order.length; i++) {
        keys[i] = data.slug(order[i]);
      }
      dir = TempDirs.create("sqlplancache-");
      Path jsonl = dir.resolve("items.jsonl");
      data.writeJsonl(jsonl);
      try (Graph created = Graph.init(dir.resolve("graph"), ItemData.PG_SCHEMA, "bench.pg")) {
        created.load(jsonl);
      }
      graph = Graph.open(dir.resolve("graph"));
      connection = DriverManager.getConnection("jdbc:omnigraph:" + dir.resolve("graph"));
      lookup = connection.prepareStatement(SQL);
      String key = data.slug(rows / 2);
      lookup.setString(1, key);
      try (ResultSet rs = lookup.executeQuery()) {
        if (!rs.next() || !key.equals(rs.getString(1)) || rs.next()) {
          throw new IllegalStateException("the SQL lookup of " + key + " did not return exactly its row");
        }
      }
      PreparedQuery first = graph.prepareSql(SQL);
      if (graph.prepareSql(SQL) != first || graph.prepareSql(freshText()) == first) {
        throw new IllegalStateException("the SQL plan cache does not key by text");
      }
    }

    /** The statement followed by a comment no earlier call used. */
    final String freshText() {
      return SQL + " -- " + fresh++;
    }

    /** The next key to look up. */
    final String nextKey() {
      return keys[next++ & (KeyLookup.ORDER_LENGTH - 1)];
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      try {
        if (connection != null) {
          connection.close();
        }
        if (graph != null) {
          graph.close();
        }
      } finally {
        TempDirs.delete(dir);
      }
    }
  }

  /** Plans a text never seen before: the full Calcite path. */
  @Benchmark
  public PreparedQuery prepareFresh(Items items) {
    return items.graph.prepareSql(items.freshText());
  }

  /** Prepares the same text again: a cache hit. */
  @Benchmark
  public PreparedQuery prepareCached(Items items) {
    return items.graph.prepareSql(SQL);
  }

  /** Runs the prepared JDBC lookup for the next key and reads its five values. */
  @Benchmark
  public double jdbcPreparedLookup(Items items) throws Exception {
    items.lookup.setString(1, items.nextKey());
    try (ResultSet rs = items.lookup.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("no row");
      }
      return rs.getString(1).length() + rs.getString(2).length() + rs.getString(3).length() + rs.getDouble(4)
          + rs.getInt(5);
    }
  }
}
