package dev.omnigraph.bench;

import dev.omnigraph.bench.data.KnowsGraphData;
import dev.omnigraph.bench.keylookup.TempDirs;
import dev.omnigraph.bench.traversal.AnswerCheck;
import dev.omnigraph.bench.traversal.DuckDbTraversal;
import dev.omnigraph.bench.traversal.KuzuTraversal;
import dev.omnigraph.bench.traversal.OmniGraphTraversal;
import dev.omnigraph.bench.traversal.TraversalTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A quick, non-JMH check of the traversal targets in one JVM: builds each named system on the same
 * generated graph, checks it with {@link AnswerCheck}, checks that all of them return the same
 * persons for a common sample of start persons, then times a short loop per system and prints
 * its median. The timings are rough (no forks, short warm-up); use {@link Traversal} for numbers.
 *
 * <pre>
 * java --add-opens=java.base/java.nio=ALL-UNNAMED -cp bench/target/benchmarks.jar \
 *     dev.omnigraph.bench.TraversalCheck [--persons N] [--hops K] [--calls N] [--paths] \
 *     [omnigraph] [duckdb] [duckdb-joins] [kuzu] [kuzu-shortest]
 * </pre>
 *
 * Defaults: 10,000 persons, 2 hops, 2,000 reach calls; {@code --paths} also checks and times the
 * two-hop paths. With no system named, omnigraph, duckdb and kuzu run. Exits non-zero when a
 * check fails.
 */
public final class TraversalCheck {
  private TraversalCheck() {}

  public static void main(String[] args) throws Exception {
    int persons = 10_000;
    int hops = 2;
    int calls = 2_000;
    boolean paths = false;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--persons" -> persons = Integer.parseInt(args[++i]);
        case "--hops" -> hops = Integer.parseInt(args[++i]);
        case "--calls" -> calls = Integer.parseInt(args[++i]);
        case "--paths" -> paths = true;
        default -> names.add(args[i]);
      }
    }
    if (names.isEmpty()) {
      names = List.of("omnigraph", "duckdb", "kuzu");
    }
    long t0 = System.nanoTime();
    KnowsGraphData data = KnowsGraphData.generate(persons);
    long expectedCount = paths ? data.twoHopPathCount() : 0;
    long expectedChecksum = paths ? data.twoHopPathChecksum() : 0;
    System.out.printf(Locale.ROOT, "generated %,d persons, %,d edges in %.1f s%n", data.persons(), data.edges(),
        (System.nanoTime() - t0) / 1e9);
    int[] order = data.startOrder(calls, Traversal.ORDER_SEED);
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    Path dir = TempDirs.create("traversal-check-");
    List<TraversalTarget> targets = new ArrayList<>();
    try {
      for (String name : names) {
        TraversalTarget target = create(name);
        targets.add(target);
        long start = System.nanoTime();
        target.open(data, Files.createDirectories(dir.resolve(target.name())));
        long built = System.nanoTime();
        AnswerCheck.verifyReach(target, data, hops);
        if (paths) {
          AnswerCheck.verifyPaths(target, expectedCount, expectedChecksum);
        }
        System.out.printf(Locale.ROOT, "%-18s built in %6.1f s, checked%s%n", target.name(), (built - start) / 1e9,
            paths ? " (reach and " + expectedCount + " two-hop paths)" : "");
      }
      crossCheck(targets, data, hops);
      for (TraversalTarget target : targets) {
        long[] times = new long[order.length];
        long returned = 0;
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
          returned = 0;
          for (int i = 0; i < order.length; i++) {
            long s = System.nanoTime();
            returned += target.reach(data.name(order[i]), hops, bh);
            times[i] = System.nanoTime() - s;
          }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-18s reach 1..%d   median %9.1f us  p90 %9.1f us  (%d calls, %.1f names/call)%n",
            target.name(), hops, times[times.length / 2] / 1e3, times[(int) (times.length * 0.9)] / 1e3, times.length,
            returned / (double) order.length);
      }
      if (paths) {
        for (TraversalTarget target : targets) {
          long[] times = new long[7];
          for (int i = 0; i < times.length; i++) { // the first two warm up
            long s = System.nanoTime();
            target.twoHopPaths(bh);
            times[i] = System.nanoTime() - s;
          }
          long[] measured = Arrays.copyOfRange(times, 2, times.length);
          Arrays.sort(measured);
          System.out.printf(Locale.ROOT, "%-18s two-hop paths median %9.1f ms  (%d runs after 2 warm-up runs)%n",
              target.name(), measured[measured.length / 2] / 1e6, measured.length);
        }
      }
    } finally {
      for (TraversalTarget target : targets) {
        try {
          target.close();
        } catch (Exception e) {
          System.err.println(target.name() + ": close failed: " + e);
        }
      }
      TempDirs.delete(dir);
    }
  }

  private static void crossCheck(List<TraversalTarget> targets, KnowsGraphData data, int hops) throws Exception {
    for (int start : data.startOrder(100, 7)) {
      List<String> first = null;
      String firstName = null;
      for (TraversalTarget target : targets) {
        List<String> names = new ArrayList<>(target.reachNames(data.name(start), hops));
        names.sort(null);
        if (first == null) {
          first = names;
          firstName = target.name();
        } else if (!first.equals(names)) {
          throw new IllegalStateException(target.name() + " and " + firstName + " disagree on the reach of "
              + data.name(start) + ": " + names.size() + " vs " + first.size() + " names");
        }
      }
    }
    System.out.println(targets.size() + " systems agree on the reach within " + hops + " hops of 100 sampled persons");
  }

  private static TraversalTarget create(String name) {
    return switch (name) {
      case "omnigraph" -> new OmniGraphTraversal();
      case "duckdb" -> new DuckDbTraversal();
      case "duckdb-joins" -> DuckDbTraversal.joins();
      case "kuzu" -> new KuzuTraversal();
      case "kuzu-shortest" -> KuzuTraversal.shortest();
      default -> throw new IllegalArgumentException(
          "unknown system '" + name + "': use omnigraph, duckdb, duckdb-joins, kuzu or kuzu-shortest");
    };
  }
}
