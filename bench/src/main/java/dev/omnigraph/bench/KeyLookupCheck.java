package dev.omnigraph.bench;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.bench.keylookup.DuckDbLookup;
import dev.omnigraph.bench.keylookup.KuzuLookup;
import dev.omnigraph.bench.keylookup.LookupCheck;
import dev.omnigraph.bench.keylookup.LookupTarget;
import dev.omnigraph.bench.keylookup.OmniGraphEmbeddedLookup;
import dev.omnigraph.bench.keylookup.OmniGraphJdbcLookup;
import dev.omnigraph.bench.keylookup.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A quick, non-JMH check of the key-lookup targets in one JVM: builds each named system on the
 * same generated data, checks it with {@link LookupCheck}, checks that all of them return the same
 * row for a common sample of keys, then times a short loop per system and prints its median. The
 * timings are rough (no forks, short warm-up); use {@link KeyLookup} for numbers.
 *
 * <pre>
 * java --add-opens=java.base/java.nio=ALL-UNNAMED -cp bench/target/benchmarks.jar \
 *     dev.omnigraph.bench.KeyLookupCheck [--rows N] [--lookups N] [embedded] [lance] [jdbc] [duckdb] [kuzu]
 * </pre>
 *
 * With no system named, all of them run. Exits non-zero when a check fails.
 */
public final class KeyLookupCheck {
  private KeyLookupCheck() {}

  public static void main(String[] args) throws Exception {
    int rows = ItemData.DEFAULT_ROWS;
    int lookups = 20_000;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--lookups" -> lookups = Integer.parseInt(args[++i]);
        default -> names.add(args[i]);
      }
    }
    if (names.isEmpty()) {
      names = List.of("embedded", "lance", "jdbc", "duckdb", "kuzu");
    }
    ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
    int[] order = data.lookupOrder(lookups, KeyLookup.ORDER_SEED);
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    Path dir = TempDirs.create("keylookup-check-");
    List<LookupTarget> targets = new ArrayList<>();
    try {
      for (String name : names) {
        LookupTarget target = create(name);
        targets.add(target);
        long start = System.nanoTime();
        target.open(data, Files.createDirectories(dir.resolve(target.name())));
        long built = System.nanoTime();
        LookupCheck.verify(target, data);
        System.out.printf(Locale.ROOT, "%-20s built in %6.1f s, checked%n", target.name(), (built - start) / 1e9);
      }
      crossCheck(targets, data);
      for (LookupTarget target : targets) {
        long[] times = new long[order.length];
        for (int pass = 0; pass < 2; pass++) { // the first pass warms up
          for (int i = 0; i < order.length; i++) {
            long t0 = System.nanoTime();
            target.lookup(data.slug(order[i]), bh);
            times[i] = System.nanoTime() - t0;
          }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-20s median %8.1f us  p90 %8.1f us  (%d lookups)%n", target.name(),
            times[times.length / 2] / 1e3, times[(int) (times.length * 0.9)] / 1e3, times.length);
      }
    } finally {
      for (LookupTarget target : targets) {
        try {
          target.close();
        } catch (Exception e) {
          System.err.println(target.name() + ": close failed: " + e);
        }
      }
      TempDirs.delete(dir);
    }
  }

  private static void crossCheck(List<LookupTarget> targets, ItemData data) throws Exception {
    for (int row : data.lookupOrder(100, 7)) {
      Object[] first = null;
      String firstName = null;
      for (LookupTarget target : targets) {
        Object[] values = target.fetch(data.slug(row)).get(0);
        Object[] normal = {values[0], values[1], values[2],
            ((Number) values[3]).doubleValue(), ((Number) values[4]).longValue()};
        if (first == null) {
          first = normal;
          firstName = target.name();
        } else if (!Arrays.equals(first, normal)) {
          throw new IllegalStateException(target.name() + " and " + firstName + " disagree on "
              + data.slug(row) + ": " + Arrays.toString(normal) + " vs " + Arrays.toString(first));
        }
      }
    }
    System.out.println(targets.size() + " systems agree on 100 sampled keys");
  }

  private static LookupTarget create(String name) {
    return switch (name) {
      case "embedded", "omnigraph-embedded" -> new OmniGraphEmbeddedLookup();
      case "lance", "omnigraph-lance" -> OmniGraphEmbeddedLookup.viaLance();
      case "jdbc", "omnigraph-jdbc" -> new OmniGraphJdbcLookup();
      case "duckdb" -> new DuckDbLookup();
      case "kuzu" -> new KuzuLookup();
      default -> throw new IllegalArgumentException(
          "unknown system '" + name + "': use embedded, lance, jdbc, duckdb or kuzu");
    };
  }
}
