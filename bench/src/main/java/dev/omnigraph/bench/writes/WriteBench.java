package dev.omnigraph.bench.writes;

import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.engine.Graph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The write benchmark of the staged-write issue, as a harness rather than JMH because it reports
 * per-write latency percentiles and multi-threaded throughput: every write is a real graph commit
 * on local disk (stage, sidecar, exact table commit, confirm, publish, sidecar delete).
 *
 * <ul>
 *   <li>single-row insert latency, one writer: median and p99 over {@code -Dwrites=} inserts;</li>
 *   <li>throughput with 1 and 8 writer threads, on disjoint tables (one node type per thread) and
 *       on the same table;</li>
 *   <li>bulk load of {@code -Dbulk.rows=} rows (default 1,000,000) in one append load, rows/s.</li>
 * </ul>
 *
 * <p>Single-row inserts are measured twice ({@link Insert}): as a one-line JSONL append load, and
 * as the {@code .gq} mutation {@code insert T0 { name: $n, n: $v }} through {@link Graph#mutate},
 * the form of the reference's figure (about 15 single-row writes/s, median 68 ms, one local
 * writer).
 *
 * Run with {@code bench/run-writes.sh}. Prints one line per measurement.
 */
public final class WriteBench {
  private static final int TYPES = 8;

  private WriteBench() {}

  /** How one single-row insert is written. */
  private enum Insert {
    LOAD("load") {
      @Override
      void write(Graph graph, int type, String name, long n) {
        graph.load(row(type, name, n), "insert.jsonl");
      }
    },
    MUTATION("mutation") {
      @Override
      void write(Graph graph, int type, String name, long n) {
        graph.mutate("query ins($n: String, $v: I64) { insert T" + type + " { name: $n, n: $v } }", "bench.gq", null,
            Map.of("n", name, "v", n));
      }
    };

    final String label;

    Insert(String label) {
      this.label = label;
    }

    /** Inserts one row of {@code T<type>} as one graph commit. */
    abstract void write(Graph graph, int type, String name, long n);
  }

  /** Runs every measurement; {@code -Dwrites=N} (default 300) single-row writes per latency run. */
  public static void main(String[] args) throws Exception {
    int writes = Integer.getInteger("writes", 300);
    int bulkRows = Integer.getInteger("bulk.rows", 1_000_000);
    System.out.printf("%-48s %8s %10s %10s %12s%n", "measurement", "writes", "median ms", "p99 ms", "writes/s");
    for (Insert insert : Insert.values()) {
      latency(writes, insert);
      for (int threads : new int[] {1, 8}) {
        throughput(threads, true, writes, insert);
        throughput(threads, false, writes, insert);
      }
    }
    bulk(bulkRows);
  }

  private static String schema() {
    StringBuilder out = new StringBuilder();
    for (int t = 0; t < TYPES; t++) {
      out.append("node T").append(t).append(" { name: String @key  n: I64 }\n");
    }
    return out.toString();
  }

  private static String row(int type, String name, long n) {
    return "{\"type\":\"T" + type + "\",\"data\":{\"name\":\"" + name + "\",\"n\":" + n + "}}\n";
  }

  private static void latency(int writes, Insert insert) throws Exception {
    Path dir = TempDirs.create("og-writes");
    try (Graph graph = Graph.init(dir.resolve("g"), schema(), "bench.pg")) {
      for (int i = 0; i < 20; i++) {
        insert.write(graph, 0, "warm" + i, i);
      }
      long[] nanos = new long[writes];
      for (int i = 0; i < writes; i++) {
        long start = System.nanoTime();
        insert.write(graph, 0, "p" + i, i);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf("%-48s %8d %10.2f %10.2f %12.1f%n", "single-row insert (" + insert.label + "), 1 writer", writes,
          nanos[writes / 2] / 1e6, nanos[(int) Math.min(writes - 1, Math.ceil(writes * 0.99) - 1)] / 1e6,
          writes / (Arrays.stream(nanos).sum() / 1e9));
    } finally {
      TempDirs.delete(dir);
    }
  }

  private static void throughput(int threads, boolean disjoint, int writes, Insert insert) throws Exception {
    Path dir = TempDirs.create("og-writes");
    try (Graph graph = Graph.init(dir.resolve("g"), schema(), "bench.pg")) {
      int perThread = Math.max(1, writes / threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<long[]>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          long[] nanos = new long[perThread];
          for (int i = 0; i < perThread; i++) {
            long begin = System.nanoTime();
            insert.write(graph, disjoint ? thread : 0, "t" + thread + "-" + i, i);
            nanos[i] = System.nanoTime() - begin;
          }
          return nanos;
        }));
      }
      List<Long> all = new ArrayList<>();
      for (Future<long[]> future : futures) {
        for (long n : future.get()) {
          all.add(n);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      all.sort(null);
      int total = all.size();
      System.out.printf("%-48s %8d %10.2f %10.2f %12.1f%n",
          insert.label + " throughput, " + threads + " thread" + (threads == 1 ? ", " : "s, ") + (disjoint ? "disjoint tables" : "same table"),
          total, all.get(total / 2) / 1e6, all.get((int) Math.min(total - 1, Math.ceil(total * 0.99) - 1)) / 1e6, total / seconds);
    } finally {
      TempDirs.delete(dir);
    }
  }

  private static void bulk(int rows) throws Exception {
    Path dir = TempDirs.create("og-writes");
    StringBuilder jsonl = new StringBuilder(rows * 48);
    for (int i = 0; i < rows; i++) {
      jsonl.append(row(i % TYPES, "b" + i, i));
    }
    try (Graph graph = Graph.init(dir.resolve("g"), schema(), "bench.pg")) {
      long start = System.nanoTime();
      graph.load(jsonl.toString(), "bulk.jsonl");
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%-48s %8d %10s %10s %12.1f   (%.1f s, rows/s)%n", "bulk append load", rows, "-", "-", rows / seconds, seconds);
    } finally {
      TempDirs.delete(dir);
    }
  }
}
