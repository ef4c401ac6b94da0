package dev.omnigraph.bench.branches;

import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadMode;
import dev.omnigraph.engine.branch.MergeResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/**
 * The branch benchmark of the branches issue, a harness like {@code WriteBench}: every operation is
 * real work on a graph on local disk.
 *
 * <ul>
 *   <li>branch create and delete latency, median over {@code -Dbranches=} (default 50) branches of a
 *       10,000-row graph; deletes of untouched branches, and of branches that own a forked table;</li>
 *   <li>a one-row insert on a fresh branch (the first write to the table forks it) and a second
 *       one on the same branch, median over {@code -Dbranches=} / 2 branches;</li>
 *   <li>merge time and peak heap against target size, {@code -Dsizes=} (default 10000,100000) rows of
 *       {@code Item { slug: String @key  bucket: I64  n: I64  embedding: Vector(256) }}, with 50
 *       rows updated on the source by one mutation: a fast-forward (the target did not move) and a
 *       three-way merge (the target updated 50 other rows), {@code -Dmerges=} (default 3) each,
 *       median time, largest peak.</li>
 * </ul>
 *
 * <p>The reference reports 315 ms and 2,629 ms for merges into 10,000 and 100,000 rows with a
 * 256-float vector and 50 changed rows. Run with {@code bench/run-branches.sh}; prints one line per
 * measurement.
 */
public final class BranchBench {
  private static final String SCHEMA = "node Item { slug: String @key  bucket: I64  n: I64  embedding: Vector(256) }\n";
  private static final String UPDATE = "query touch($b: I64, $n: I64) { update Item set { n: $n } where bucket = $b }";
  private static final String INSERT = "query add($s: String, $e: Vector(256)) { insert Item { slug: $s, bucket: 999999, n: 0, embedding: $e } }";
  private static final int DIM = 256;
  private static final int CHANGED = 50;
  private static final int LOAD_CHUNK = 5_000;

  private BranchBench() {}

  /** Runs every measurement. */
  public static void main(String[] args) throws Exception {
    int branches = Integer.getInteger("branches", 50);
    int merges = Integer.getInteger("merges", 3);
    int[] sizes = Arrays.stream(System.getProperty("sizes", "10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
    System.out.printf("%-52s %6s %11s %14s%n", "measurement", "runs", "median ms", "peak heap MiB");
    Path dir = TempDirs.create("og-branches");
    try (Graph graph = Graph.init(dir.resolve("small"), SCHEMA, "bench.pg")) {
      loadItems(graph, 10_000);
      branchControl(graph, branches);
      firstAndSecondWrites(graph, Math.max(1, branches / 2));
    } finally {
      TempDirs.delete(dir);
    }
    for (int size : sizes) {
      mergeRuns(size, merges);
    }
  }

  private static void branchControl(Graph graph, int count) {
    long[] create = new long[count];
    long[] delete = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      graph.createBranch("b" + i, "main");
      create[i] = System.nanoTime() - start;
    }
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      graph.deleteBranch("b" + i);
      delete[i] = System.nanoTime() - start;
    }
    report("branch create (10,000-row graph)", create, Double.NaN);
    report("branch delete, untouched branch", delete, Double.NaN);
  }

  private static void firstAndSecondWrites(Graph graph, int count) {
    long[] first = new long[count];
    long[] second = new long[count];
    long[] delete = new long[count];
    float[] floats = vector(new Random(7));
    java.util.List<Float> vector = new java.util.ArrayList<>();
    for (float f : floats) {
      vector.add(f);
    }
    for (int i = 0; i < count; i++) {
      graph.createBranch("w" + i, "main");
      Graph branch = graph.branch("w" + i);
      long start = System.nanoTime();
      branch.mutate(INSERT, "bench.gq", null, Map.of("s", "w" + i + "-1", "e", vector));
      first[i] = System.nanoTime() - start;
      start = System.nanoTime();
      branch.mutate(INSERT, "bench.gq", null, Map.of("s", "w" + i + "-2", "e", vector));
      second[i] = System.nanoTime() - start;
    }
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      graph.deleteBranch("w" + i);
      delete[i] = System.nanoTime() - start;
    }
    report("one-row insert, first write on a fresh branch", first, Double.NaN);
    report("one-row insert, second write on that branch", second, Double.NaN);
    report("branch delete, branch owning a forked table", delete, Double.NaN);
  }

  private static void mergeRuns(int size, int runs) throws Exception {
    Path dir = TempDirs.create("og-branches");
    try (Graph graph = Graph.init(dir.resolve("g" + size), SCHEMA, "bench.pg")) {
      loadItems(graph, size);
      for (boolean threeWay : new boolean[] {false, true}) {
        long[] nanos = new long[runs];
        double peak = 0;
        for (int r = 0; r < runs; r++) {
          String name = (threeWay ? "m3-" : "ff-") + r;
          graph.createBranch(name, "main");
          int bucket = (threeWay ? 2 * runs : 0) + 2 * r;
          graph.branch(name).mutate(UPDATE, "bench.gq", null, Map.of("b", bucket, "n", -1));
          if (threeWay) {
            graph.mutate(UPDATE, "bench.gq", null, Map.of("b", bucket + 1, "n", -2));
          }
          MergeResult result;
          try (HeapPeak heap = HeapPeak.start()) {
            long start = System.nanoTime();
            result = graph.merge(name, "main", "bench");
            nanos[r] = System.nanoTime() - start;
            peak = Math.max(peak, heap.peakMib());
          }
          MergeResult.Outcome expected = threeWay ? MergeResult.Outcome.MERGED : MergeResult.Outcome.FAST_FORWARD;
          if (result.outcome() != expected || result.changedRows().getOrDefault("node:Item", 0) != CHANGED) {
            throw new IllegalStateException("unexpected merge result " + result + ", expected " + expected + " of " + CHANGED + " rows");
          }
        }
        report(String.format("merge into %,d rows, 50 changed (%s)", size, threeWay ? "three-way" : "fast-forward"), nanos, peak);
      }
    } finally {
      TempDirs.delete(dir);
    }
  }

  /** Loads {@code rows} items in appends of {@link #LOAD_CHUNK}; item i is in bucket i / 50. */
  private static void loadItems(Graph graph, int rows) {
    Random random = new Random(42);
    for (int from = 0; from < rows; from += LOAD_CHUNK) {
      StringBuilder jsonl = new StringBuilder();
      for (int i = from; i < Math.min(rows, from + LOAD_CHUNK); i++) {
        jsonl.append("{\"type\":\"Item\",\"data\":{\"slug\":\"item-").append(i).append("\",\"bucket\":").append(i / CHANGED)
            .append(",\"n\":").append(i).append(",\"embedding\":").append(Arrays.toString(vector(random))).append("}}\n");
      }
      graph.load(jsonl.toString(), "items.jsonl", LoadMode.APPEND);
    }
  }

  private static float[] vector(Random random) {
    float[] vector = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      vector[d] = Math.round(random.nextFloat() * 1000) / 1000f;
    }
    return vector;
  }

  private static void report(String label, long[] nanos, double peakMib) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf("%-52s %6d %11.2f %14s%n", label, sorted.length, sorted[sorted.length / 2] / 1e6,
        Double.isNaN(peakMib) ? "-" : String.format("%.0f", peakMib));
  }
}
