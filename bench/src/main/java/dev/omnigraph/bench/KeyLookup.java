package dev.omnigraph.bench;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.bench.keylookup.DuckDbLookup;
import dev.omnigraph.bench.keylookup.KuzuLookup;
import dev.omnigraph.bench.keylookup.LookupCheck;
import dev.omnigraph.bench.keylookup.LookupTarget;
import dev.omnigraph.bench.keylookup.OmniGraphEmbeddedLookup;
import dev.omnigraph.bench.keylookup.OmniGraphJdbcLookup;
import dev.omnigraph.bench.keylookup.TempDirs;
import java.nio.file.Path;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A warm key lookup — the {@code Item} whose {@code slug} is {@code $s}, returning its slug,
 * name, category, price and stock — on {@value ItemData#DEFAULT_ROWS} generated items, in four
 * systems on the same data (OmniGraph two ways embedded):
 *
 * <ul>
 *   <li>{@link #omnigraphEmbedded}: OmniGraph's embedded API, a {@code PreparedQuery} executed
 *       with the slug as parameter ({@link OmniGraphEmbeddedLookup});
 *   <li>{@link #omnigraphLance}: the same with the graph opened with a resident row limit of 0, so
 *       that the lookup is a Lance scan with the key filter pushed down instead of a hash probe of
 *       the in-heap copy that a table of this size gets by default;
 *   <li>{@link #omnigraphJdbc}: OmniGraph's JDBC driver, {@code Statement.executeQuery} with the
 *       slug inlined in the query text, so parse + check + plan are paid per call unless the
 *       driver caches them ({@link OmniGraphJdbcLookup});
 *   <li>{@link #duckdb}: DuckDB's JDBC driver, a reused {@code PreparedStatement} on a table with
 *       {@code PRIMARY KEY (slug)} ({@link DuckDbLookup});
 *   <li>{@link #kuzu}: Kuzu's Java binding, a reused prepared Cypher statement on a node table
 *       with {@code PRIMARY KEY (slug)} ({@link KuzuLookup}).
 * </ul>
 *
 * <p>Each benchmark has its own state class, so a fork builds only the store it measures: the
 * data is generated from a fixed seed (the same rows in every fork), loaded into a fresh temporary
 * directory, and checked with {@link LookupCheck} before measuring — a system that returns a
 * wrong row, or a row for a missing key, fails the run. All systems are checked against the same
 * generated values, so the ones that run agree with each other. Setup is not measured.
 *
 * <p>Each invocation looks up the next key of a pre-drawn random sequence of existing keys and
 * hands all five values to a {@link Blackhole}. {@link Mode#SampleTime} reports percentiles; the
 * median ({@code p0.50}) is the figure to compare. Run with {@code -p rows=10000} for a quick
 * try-out.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g"})
@Threads(1)
public class KeyLookup {

  /** Length of the pre-drawn key sequence (a power of two), and the seed drawing it. */
  static final int ORDER_LENGTH = 1 << 16;
  static final long ORDER_SEED = 0x1005E1L;

  /** The per-system state: builds, checks and finally removes one system's store. */
  @State(Scope.Benchmark)
  public abstract static class Target {
    /** Number of generated items. */
    @Param("100000")
    public int rows;

    LookupTarget target;
    private Path dir;
    private String[] keys;
    private int next;

    abstract LookupTarget create();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
      int[] order = data.lookupOrder(ORDER_LENGTH, ORDER_SEED);
      keys = new String[order.length];
      for (int i = 0; i < order.length; i++) {
        keys[i] = data.slug(order[i]);
      }
      dir = TempDirs.create("keylookup-");
      target = create();
      try {
        target.open(data, dir);
        LookupCheck.verify(target, data);
      } catch (Exception | Error e) {
        tearDown();
        throw e;
      }
    }

    /** The next key to look up. */
    final String nextKey() {
      return keys[next++ & (ORDER_LENGTH - 1)];
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      try {
        if (target != null) {
          target.close();
        }
      } finally {
        target = null;
        TempDirs.delete(dir);
      }
    }
  }

  @State(Scope.Benchmark)
  public static class OmniGraphEmbedded extends Target {
    @Override
    LookupTarget create() {
      return new OmniGraphEmbeddedLookup();
    }
  }

  @State(Scope.Benchmark)
  public static class OmniGraphLance extends Target {
    @Override
    LookupTarget create() {
      return OmniGraphEmbeddedLookup.viaLance();
    }
  }

  @State(Scope.Benchmark)
  public static class OmniGraphJdbc extends Target {
    @Override
    LookupTarget create() {
      return new OmniGraphJdbcLookup();
    }
  }

  @State(Scope.Benchmark)
  public static class DuckDb extends Target {
    @Override
    LookupTarget create() {
      return new DuckDbLookup();
    }
  }

  @State(Scope.Benchmark)
  public static class Kuzu extends Target {
    @Override
    LookupTarget create() {
      return new KuzuLookup();
    }
  }

  @Benchmark
  public void omnigraphEmbedded(OmniGraphEmbedded state, Blackhole bh) throws Exception {
    state.target.lookup(state.nextKey(), bh);
  }

  @Benchmark
  public void omnigraphLance(OmniGraphLance state, Blackhole bh) throws Exception {
    state.target.lookup(state.nextKey(), bh);
  }

  @Benchmark
  public void omnigraphJdbc(OmniGraphJdbc state, Blackhole bh) throws Exception {
    state.target.lookup(state.nextKey(), bh);
  }

  @Benchmark
  public void duckdb(DuckDb state, Blackhole bh) throws Exception {
    state.target.lookup(state.nextKey(), bh);
  }

  @Benchmark
  public void kuzu(Kuzu state, Blackhole bh) throws Exception {
    state.target.lookup(state.nextKey(), bh);
  }
}
