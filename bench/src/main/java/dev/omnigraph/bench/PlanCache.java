package dev.omnigraph.bench;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.bench.keylookup.LookupCheck;
import dev.omnigraph.bench.keylookup.OmniGraphEmbeddedLookup;
import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.bench.planning.CalciteSqlPath;
import dev.omnigraph.compiler.plan.PlannedQuery;
import dev.omnigraph.compiler.plan.QueryPlanner;
import dev.omnigraph.compiler.query.QueryParser;
import dev.omnigraph.compiler.query.ast.Query;
import dev.omnigraph.compiler.query.ast.QueryFile;
import dev.omnigraph.compiler.query.check.CheckedQuery;
import dev.omnigraph.compiler.query.check.TypeChecker;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.QueryResult;
import java.nio.file.Path;
import java.util.Map;
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
 * Planning: what the plan cache saves, and where a first execution spends its time. The query is
 * the key lookup of {@link KeyLookup} ({@link OmniGraphEmbeddedLookup#QUERY}) on the same
 * generated items, embedded:
 *
 * <ul>
 *   <li>{@link #firstRun}: {@code graph.prepare(text)} of a text the graph has never seen — the
 *       query followed by a new comment {@code // n} on every call, so the plan cache (keyed by
 *       text and query name) misses and the text is parsed, checked and planned — then
 *       {@code execute}: a first execution in a warm process;
 *   <li>{@link #repeatedRun}: the same with the same text every call, so {@code prepare} is a
 *       cache hit: a repeated execution;
 *   <li>{@link #prepareFresh} and {@link #prepareCached}: the {@code prepare} of each alone;
 *   <li>the stages of a first execution, each timed alone through the compiler's public classes,
 *       as {@code Graph.prepare} runs them: {@link #stageParse} ({@link QueryParser#parse} of a new
 *       text), {@link #stageCheck} ({@link TypeChecker#check} of the parsed query),
 *       {@link #stagePlan} ({@link QueryPlanner#plan} of the checked query: building the Calcite
 *       plan and the rule pass) and {@link #stageExecute} ({@link PreparedQuery#execute} of the
 *       prepared lookup, as {@link KeyLookup#omnigraphEmbedded}). There is no code-generation
 *       stage: OmniGraph interprets its plans;
 *   <li>{@link #coldFirstRun}: the first {@code prepare} and {@code execute} in a fresh JVM (one
 *       shot per fork, on a small graph loaded in setup): class loading, the first parse and the
 *       first Calcite plan, and the first read of the table;
 *   <li>{@link #calciteSqlPrepare}: for scale, Calcite's own SQL path — {@code prepareStatement}
 *       of the same lookup in SQL, a new text each call, on a {@code jdbc:calcite:} connection
 *       over the items in the heap ({@link CalciteSqlPath}): parse, validate, optimize, generate
 *       and compile code.
 * </ul>
 *
 * <p>Each state is checked before measuring: the lookup must return the generated rows
 * ({@link LookupCheck}), and the stages' own plan must be the plan {@code prepare} built (the same
 * {@code explain}). {@link Mode#SampleTime} in microseconds; the median ({@code p0.50}) is the
 * figure to compare. Every fresh text also adds an entry to the graph's plan cache (512 entries,
 * least recently used dropped), as it would in an application that builds query texts.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g"})
@Threads(1)
public class PlanCache {

  static final String SOURCE_NAME = "lookup.gq";
  static final String QUERY_NAME = "lookup";

  /** A graph of generated items, the lookup prepared, and each stage's input. */
  @State(Scope.Benchmark)
  public static class Planning {
    /** Number of generated items. */
    @Param("100000")
    public int rows;

    Graph graph;
    PreparedQuery prepared;
    Query parsed;
    CheckedQuery checked;
    private Path dir;
    private String[] keys;
    private int next;
    private long fresh;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
      int[] order = data.lookupOrder(KeyLookup.ORDER_LENGTH, KeyLookup.ORDER_SEED);
      keys = new String[order.length];
      for (int i = 0; i < order.length; i++) {
        keys[i] = data.slug(order[i]);
      }
      dir = TempDirs.create("plancache-");
      OmniGraphEmbeddedLookup lookup = new OmniGraphEmbeddedLookup();
      try {
        lookup.open(data, dir);
        LookupCheck.verify(lookup, data); // the lookup returns the generated rows
        lookup.close();
        graph = Graph.open(dir.resolve("graph"));
        prepared = graph.prepare(OmniGraphEmbeddedLookup.QUERY, SOURCE_NAME, QUERY_NAME);
        parsed = parse(OmniGraphEmbeddedLookup.QUERY);
        checked = TypeChecker.check(graph.catalog(), parsed);
        PlannedQuery planned = QueryPlanner.plan(checked);
        if (!planned.explain().equals(prepared.explain())) {
          throw new IllegalStateException("the stages planned\n" + planned.explain() + "\nbut prepare planned\n"
              + prepared.explain());
        }
        if (graph.prepare(OmniGraphEmbeddedLookup.QUERY, SOURCE_NAME, QUERY_NAME) != prepared) {
          throw new IllegalStateException("a second prepare of the same text did not hit the plan cache");
        }
        if (graph.prepare(freshText(), SOURCE_NAME, QUERY_NAME) == prepared) {
          throw new IllegalStateException("prepare of a new text returned the cached plan");
        }
      } catch (Exception | Error e) {
        lookup.close();
        tearDown();
        throw e;
      }
    }

    /** The lookup followed by a comment no earlier call used. */
    final String freshText() {
      return OmniGraphEmbeddedLookup.QUERY + "// " + fresh++ + "\n";
    }

    /** The next key to look up. */
    final String nextKey() {
      return keys[next++ & (KeyLookup.ORDER_LENGTH - 1)];
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      try {
        if (graph != null) {
          graph.close();
        }
      } finally {
        graph = null;
        TempDirs.delete(dir);
      }
    }
  }

  /** A small graph, nothing prepared or read yet: for the first query of a process. */
  @State(Scope.Benchmark)
  public static class Cold {
    /** Number of generated items. */
    @Param("1000")
    public int coldRows;

    Graph graph;
    String key;
    int ran;
    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      ItemData data = ItemData.generate(coldRows, ItemData.DEFAULT_SEED);
      key = data.slug(data.rows() / 2);
      dir = TempDirs.create("plancache-cold-");
      try {
        // Init and load only: nothing may prepare or read a query before the measured shot.
        Path jsonl = dir.resolve("items.jsonl");
        data.writeJsonl(jsonl);
        try (Graph created = Graph.init(dir.resolve("graph"), ItemData.PG_SCHEMA, "bench.pg")) {
          created.load(jsonl);
        }
        graph = Graph.open(dir.resolve("graph"));
      } catch (Exception | Error e) {
        tearDown();
        throw e;
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      try {
        if (graph != null) {
          graph.close();
        }
      } finally {
        graph = null;
        TempDirs.delete(dir);
      }
    }
  }

  /** Calcite's SQL path on the same items. */
  @State(Scope.Benchmark)
  public static class CalciteSql {
    /** Number of generated items. */
    @Param("100000")
    public int rows;

    CalciteSqlPath calcite;
    private long fresh;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
      calcite = new CalciteSqlPath(data);
      int row = data.rows() / 2;
      Object[] found = calcite.lookup(data.slug(row));
      if (found == null) {
        throw new IllegalStateException("calcite: no row for " + data.slug(row));
      }
      data.check("calcite", row, found);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      if (calcite != null) {
        calcite.close();
      }
    }
  }

  static Query parse(String text) {
    QueryFile file = QueryParser.parse(text, SOURCE_NAME);
    return file.queries().get(0);
  }

  private static void consume(QueryResult result, String key, Blackhole bh) {
    if (result.rowCount() != 1) {
      throw new IllegalStateException("lookup of " + key + " returned " + result.rowCount() + " rows");
    }
    Object[] row = result.row(0);
    for (Object value : row) {
      bh.consume(value);
    }
  }

  @Benchmark
  public void firstRun(Planning state, Blackhole bh) {
    String key = state.nextKey();
    PreparedQuery query = state.graph.prepare(state.freshText(), SOURCE_NAME, QUERY_NAME);
    consume(query.execute(Map.of("s", key)), key, bh);
  }

  @Benchmark
  public void repeatedRun(Planning state, Blackhole bh) {
    String key = state.nextKey();
    PreparedQuery query = state.graph.prepare(OmniGraphEmbeddedLookup.QUERY, SOURCE_NAME, QUERY_NAME);
    consume(query.execute(Map.of("s", key)), key, bh);
  }

  @Benchmark
  public PreparedQuery prepareFresh(Planning state) {
    return state.graph.prepare(state.freshText(), SOURCE_NAME, QUERY_NAME);
  }

  @Benchmark
  public PreparedQuery prepareCached(Planning state) {
    return state.graph.prepare(OmniGraphEmbeddedLookup.QUERY, SOURCE_NAME, QUERY_NAME);
  }

  @Benchmark
  public Query stageParse(Planning state) {
    return parse(state.freshText());
  }

  @Benchmark
  public CheckedQuery stageCheck(Planning state) {
    return TypeChecker.check(state.graph.catalog(), state.parsed);
  }

  @Benchmark
  public PlannedQuery stagePlan(Planning state) {
    return QueryPlanner.plan(state.checked);
  }

  /** The three stages in a row on a new text: what {@code prepare} does besides its cache. */
  @Benchmark
  public PlannedQuery stagesTogether(Planning state) {
    return QueryPlanner.plan(TypeChecker.check(state.graph.catalog(), parse(state.freshText())));
  }

  @Benchmark
  public void stageExecute(Planning state, Blackhole bh) {
    String key = state.nextKey();
    consume(state.prepared.execute(Map.of("s", key)), key, bh);
  }

  /**
   * One shot per fork: the first query of a fresh JVM. Fails when called twice in one fork (as it
   * would be with {@code -wi 1}), because a second call is no longer a first query.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 5, jvmArgsAppend = {"--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx4g"})
  public void coldFirstRun(Cold state, Blackhole bh) {
    if (state.ran++ > 0) {
      throw new IllegalStateException("coldFirstRun ran twice in one JVM: run it without warm-up iterations (-wi 0 -i 1)");
    }
    PreparedQuery query = state.graph.prepare(OmniGraphEmbeddedLookup.QUERY, SOURCE_NAME, QUERY_NAME);
    consume(query.execute(Map.of("s", state.key)), state.key, bh);
  }

  @Benchmark
  public void calciteSqlPrepare(CalciteSql state) throws Exception {
    state.calcite.prepareFresh(state.fresh++);
  }
}
