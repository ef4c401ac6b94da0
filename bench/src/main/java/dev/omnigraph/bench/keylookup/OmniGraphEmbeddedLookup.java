package dev.omnigraph.bench.keylookup;

import dev.omnigraph.bench.data.ItemData;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadResult;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.QueryResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * OmniGraph through the embedded API: {@link Graph#init} with {@link ItemData#PG_SCHEMA}, one
 * {@link Graph#load} of the generated JSONL, then one {@link PreparedQuery} of {@value #QUERY}
 * executed with {@code Map.of("s", slug)}. Parsing, type-checking and planning happen once, in
 * {@code open}; a measured call is {@link PreparedQuery#execute} plus reading five values.
 *
 * <p>By default the graph is used as {@code init} returns it, so a table of up to
 * {@link Graph#DEFAULT_RESIDENT_ROW_LIMIT} rows (ours has 100,000) is made resident — held in the
 * heap with a hash index on {@code id} — by the first read, and the lookup is served from memory.
 * {@link #viaLance()} instead reopens the graph with a resident limit of 0, so that every lookup is
 * a Lance scan with the key filter pushed down: the path a table above the limit takes.
 */
public final class OmniGraphEmbeddedLookup implements LookupTarget {

  /** The lookup, with the slug as parameter {@code $s}. */
  public static final String QUERY =
      "query lookup($s: String) {\n"
          + "  match { $p: Item { slug: $s } }\n"
          + "  return { $p.slug, $p.name, $p.category, $p.price, $p.stock }\n"
          + "}\n";

  private final boolean viaLance;
  private Graph graph;
  private PreparedQuery lookup;

  /** The default: tables under the resident limit are read from memory. */
  public OmniGraphEmbeddedLookup() {
    this(false);
  }

  private OmniGraphEmbeddedLookup(boolean viaLance) {
    this.viaLance = viaLance;
  }

  /** Every lookup is a Lance scan: the graph is opened with a resident row limit of 0. */
  public static OmniGraphEmbeddedLookup viaLance() {
    return new OmniGraphEmbeddedLookup(true);
  }

  @Override
  public String name() {
    return viaLance ? "omnigraph-lance" : "omnigraph-embedded";
  }

  @Override
  public void open(ItemData data, Path dir) throws Exception {
    Path root = dir.resolve("graph");
    graph = createGraph(data, root, dir.resolve("items.jsonl"));
    if (viaLance) {
      graph.close();
      graph = null;
      graph = Graph.open(root, 0);
    }
    lookup = graph.prepare(QUERY, "lookup.gq", "lookup");
  }

  /**
   * Creates the benchmark graph at {@code root} from the generated data (written to {@code jsonl}
   * first) and returns it open. Shared with {@link OmniGraphJdbcLookup}.
   */
  static Graph createGraph(ItemData data, Path root, Path jsonl) throws Exception {
    data.writeJsonl(jsonl);
    Graph graph = Graph.init(root, ItemData.PG_SCHEMA, "bench.pg");
    try {
      LoadResult loaded = graph.load(jsonl);
      if (loaded.nodeCount() != data.rows()) {
        throw new IllegalStateException(
            "omnigraph: loaded " + loaded.nodeCount() + " nodes, expected " + data.rows());
      }
      Files.deleteIfExists(jsonl);
      return graph;
    } catch (Exception | Error e) {
      graph.close();
      throw e;
    }
  }

  @Override
  public void lookup(String slug, Blackhole bh) {
    QueryResult result = lookup.execute(Map.of("s", slug));
    if (result.rowCount() == 0) {
      throw new IllegalStateException(name() + ": no row for " + slug);
    }
    bh.consume(result.get(0, 0));
    bh.consume(result.get(0, 1));
    bh.consume(result.get(0, 2));
    bh.consume(result.get(0, 3));
    bh.consume(result.get(0, 4));
  }

  @Override
  public List<Object[]> fetch(String slug) {
    QueryResult result = lookup.execute(Map.of("s", slug));
    List<Object[]> rows = new ArrayList<>(result.rowCount());
    for (int r = 0; r < result.rowCount(); r++) {
      rows.add(result.row(r).clone());
    }
    return rows;
  }

  @Override
  public void close() {
    if (graph != null) {
      graph.close();
    }
  }
}
