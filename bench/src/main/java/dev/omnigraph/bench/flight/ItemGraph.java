package dev.omnigraph.bench.flight;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.engine.Graph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated {@code Item} graph ({@link ItemData}, default seed) the Flight SQL benchmarks
 * serve, built once into a directory and reused by every benchmark JVM of a run, so a
 * 10,000,000-row table is loaded once (a few minutes) rather than per fork.
 *
 * <p>{@code java -cp benchmarks.jar dev.omnigraph.bench.flight.ItemGraph <dir> <rows> [chunk rows]}
 * builds {@code <dir>/graph}, loading the rows as append loads of {@code chunk rows} rows each
 * (default 1,000,000: a load holds its input whole in memory, so chunks bound the heap), unless
 * {@code <dir>/rows} says it already holds {@code rows} rows. Prints how long it took.
 */
public final class ItemGraph {
  /** Rows per append load, by default. */
  public static final int DEFAULT_CHUNK_ROWS = 1_000_000;

  private ItemGraph() {}

  /** The graph directory under {@code dir}. */
  public static Path graph(Path dir) {
    return dir.resolve("graph");
  }

  /**
   * Builds {@code dir}'s graph of {@code rows} items unless it is there already; returns the
   * graph directory. Replaces anything else found there.
   *
   * @throws IllegalArgumentException when rows or chunkRows is not positive
   */
  public static Path build(Path dir, int rows, int chunkRows) throws IOException {
    if (chunkRows <= 0) {
      throw new IllegalArgumentException("chunk rows must be positive, got " + chunkRows);
    }
    Path marker = dir.resolve("rows");
    if (Files.exists(marker) && Files.readString(marker).trim().equals(Integer.toString(rows))) {
      return graph(dir);
    }
    ItemData data = ItemData.generate(rows, ItemData.DEFAULT_SEED);
    Files.deleteIfExists(marker);
    dev.omnigraph.bench.keylookup.TempDirs.delete(graph(dir));
    Files.createDirectories(dir);
    Graph.init(graph(dir), ItemData.PG_SCHEMA, "bench.pg").close();
    // Resident without limit while loading: an append checks its ids against the stored ones,
    // which a resident table answers from its id index instead of Lance scans.
    try (Graph graph = Graph.open(graph(dir), Long.MAX_VALUE)) {
      StringBuilder jsonl = new StringBuilder();
      for (int start = 0; start < rows; start += chunkRows) {
        jsonl.setLength(0);
        data.appendJsonl(jsonl, start, Math.min(rows, start + chunkRows));
        graph.load(jsonl.toString(), "items-" + start + ".jsonl");
      }
    }
    Files.writeString(marker, rows + "\n", StandardCharsets.UTF_8);
    return graph(dir);
  }

  /** {@code <dir> <rows> [chunk rows]}: builds the graph (see the class comment). */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ItemGraph <dir> <rows> [chunk rows]");
      System.exit(2);
    }
    long started = System.nanoTime();
    Path graph = build(Path.of(args[0]), Integer.parseInt(args[1]),
        args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_CHUNK_ROWS);
    System.out.printf("ItemGraph: %s holds %s items (%.1f s)%n", graph, args[1], (System.nanoTime() - started) / 1e9);
  }
}
