package dev.omnigraph.bench;

import dev.omnigraph.bench.data.KnowsGraphData;
import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.bench.traversal.AnswerCheck;
import dev.omnigraph.bench.traversal.DuckDbTraversal;
import dev.omnigraph.bench.traversal.KuzuTraversal;
import dev.omnigraph.bench.traversal.OmniGraphTraversal;
import dev.omnigraph.bench.traversal.TraversalTarget;
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
 * Traversals on a generated {@code Person}–{@code Knows}–{@code Person} graph
 * ({@link KnowsGraphData}: out-degree {@value KnowsGraphData#DEFAULT_DEGREE}, seeded), the same
 * three questions in three systems on the same data:
 *
 * <ul>
 *   <li>{@code reach2*}: the distinct persons within 1..2 hops of one person, on 10,000 persons;
 *   <li>{@code reach3*}: the distinct persons within 1..3 hops of one person, on 30,000 persons;
 *   <li>{@code paths*}: every two-hop path {@code a → b → c} as a row {@code (a.name, c.name)}, on
 *       10,000 persons (640,000 rows).
 * </ul>
 *
 * Each question runs in OmniGraph's embedded API ({@code *Omnigraph}, {@link OmniGraphTraversal}:
 * {@code $p knows{1,2} $f}), in DuckDB ({@code *Duckdb}, {@link DuckDbTraversal}: SQL joins) and
 * in Kuzu ({@code *Kuzu}, {@link KuzuTraversal}: Cypher {@code -[:Knows*1..2]->}).
 *
 * <p>Each benchmark has its own state class, so a fork builds only the store it measures: the
 * graph is generated from a fixed seed (the same graph in every fork), loaded into a fresh
 * temporary directory, and checked with {@link AnswerCheck} before measuring — for the reach
 * questions, 52 start persons must each reach exactly the persons a breadth-first search of the
 * generated edges reaches, and a missing person nobody; for the paths, the row count and a
 * checksum of the name pairs must match the generated graph. All systems are checked against the
 * same answers, so the ones that run agree with each other. Setup is not measured.
 *
 * <p>Each reach invocation starts from the next person of a pre-drawn random sequence and hands
 * every returned name to a {@link Blackhole}; each paths invocation hands both names of every row
 * to it. {@link Mode#SampleTime} reports percentiles; the median ({@code p0.50}) is the figure to
 * compare. Run with {@code -p persons=1000} for a quick try-out.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g"})
@Threads(1)
public class Traversal {

  /** Length of the pre-drawn start-person sequence (a power of two), and the seed drawing it. */
  static final int ORDER_LENGTH = 1 << 14;
  static final long ORDER_SEED = 0x7EA7E1L;

  /** The per-system state: builds, checks and finally removes one system's store. */
  @State(Scope.Benchmark)
  public abstract static class Target {
    TraversalTarget target;
    private Path dir;
    private String[] starts;
    private int next;

    /** The number of generated persons (the question's {@code persons} parameter). */
    abstract int persons();

    abstract TraversalTarget create();

    /** Checks {@link #target} for the question it is measured on. */
    abstract void check(KnowsGraphData data) throws Exception;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      KnowsGraphData data = KnowsGraphData.generate(persons());
      int[] order = data.startOrder(ORDER_LENGTH, ORDER_SEED);
      starts = new String[order.length];
      for (int i = 0; i < order.length; i++) {
        starts[i] = data.name(order[i]);
      }
      dir = TempDirs.create("traversal-");
      target = create();
      try {
        target.open(data, dir);
        check(data);
      } catch (Exception | Error e) {
        tearDown();
        throw e;
      }
    }

    /** The next start person. */
    final String nextStart() {
      return starts[next++ & (ORDER_LENGTH - 1)];
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

  /** Persons within 1..2 hops, on 10,000 persons. */
  public abstract static class Reach2 extends Target {
    /** Number of generated persons. */
    @Param("10000")
    public int persons;

    @Override
    int persons() {
      return persons;
    }

    @Override
    void check(KnowsGraphData data) throws Exception {
      AnswerCheck.verifyReach(target, data, 2);
    }
  }

  /** Persons within 1..3 hops, on 30,000 persons. */
  public abstract static class Reach3 extends Target {
    /** Number of generated persons. */
    @Param("30000")
    public int persons;

    @Override
    int persons() {
      return persons;
    }

    @Override
    void check(KnowsGraphData data) throws Exception {
      AnswerCheck.verifyReach(target, data, 3);
    }
  }

  /** Every two-hop path, on 10,000 persons. */
  public abstract static class Paths extends Target {
    /** Number of generated persons. */
    @Param("10000")
    public int persons;

    @Override
    int persons() {
      return persons;
    }

    @Override
    void check(KnowsGraphData data) throws Exception {
      AnswerCheck.verifyPaths(target, data);
    }
  }

  @State(Scope.Benchmark)
  public static class Reach2OmniGraph extends Reach2 {
    @Override
    TraversalTarget create() {
      return new OmniGraphTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class Reach2DuckDb extends Reach2 {
    @Override
    TraversalTarget create() {
      return new DuckDbTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class Reach2Kuzu extends Reach2 {
    @Override
    TraversalTarget create() {
      return new KuzuTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class Reach3OmniGraph extends Reach3 {
    @Override
    TraversalTarget create() {
      return new OmniGraphTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class Reach3DuckDb extends Reach3 {
    @Override
    TraversalTarget create() {
      return new DuckDbTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class Reach3Kuzu extends Reach3 {
    @Override
    TraversalTarget create() {
      return new KuzuTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class PathsOmniGraph extends Paths {
    @Override
    TraversalTarget create() {
      return new OmniGraphTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class PathsDuckDb extends Paths {
    @Override
    TraversalTarget create() {
      return new DuckDbTraversal();
    }
  }

  @State(Scope.Benchmark)
  public static class PathsKuzu extends Paths {
    @Override
    TraversalTarget create() {
      return new KuzuTraversal();
    }
  }

  @Benchmark
  public int reach2Omnigraph(Reach2OmniGraph state, Blackhole bh) throws Exception {
    return state.target.reach(state.nextStart(), 2, bh);
  }

  @Benchmark
  public int reach2Duckdb(Reach2DuckDb state, Blackhole bh) throws Exception {
    return state.target.reach(state.nextStart(), 2, bh);
  }

  @Benchmark
  public int reach2Kuzu(Reach2Kuzu state, Blackhole bh) throws Exception {
    return state.target.reach(state.nextStart(), 2, bh);
  }

  @Benchmark
  public int reach3Omnigraph(Reach3OmniGraph state, Blackhole bh) throws Exception {
    return state.target.reach(state.nextStart(), 3, bh);
  }

  @Benchmark
  public int reach3Duckdb(Reach3DuckDb state, Blackhole bh) throws Exception {
    return state.target.reach(state.nextStart(), 3, bh);
  }

  @Benchmark
  public int reach3Kuzu(Reach3Kuzu state, Blackhole bh) throws Exception {
    return state.target.reach(state.nextStart(), 3, bh);
  }

  // A two-hop paths call takes hundreds of milliseconds: longer iterations, milliseconds.

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
  @Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
  public long pathsOmnigraph(PathsOmniGraph state, Blackhole bh) throws Exception {
    return state.target.twoHopPaths(bh);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
  @Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
  public long pathsDuckdb(PathsDuckDb state, Blackhole bh) throws Exception {
    return state.target.twoHopPaths(bh);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
  @Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
  public long pathsKuzu(PathsKuzu state, Blackhole bh) throws Exception {
    return state.target.twoHopPaths(bh);
  }
}
