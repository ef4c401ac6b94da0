package dev.omnigraph.bench.traversal;

import dev.omnigraph.bench.data.KnowsGraphData;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadResult;
import dev.omnigraph.engine.PreparedQuery;
import dev.omnigraph.engine.QueryResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * OmniGraph through the embedded API: {@link Graph#init} with {@link KnowsGraphData#PG_SCHEMA},
 * one {@link Graph#load} of the generated JSONL, then {@link PreparedQuery}s prepared once and
 * executed per call:
 *
 * <ul>
 *   <li>reach: {@link #reachQuery(int)}, e.g. {@code $p: Person { name: $n }  $p knows{1,2} $f}
 *       returning {@code $f.name}. The variable-length traversal is the breadth-first search of
 *       {@code gq-language.md} §5.4, which reports each destination once per start person, so the
 *       rows are already the distinct set (no {@code DISTINCT} exists in {@code .gq});
 *   <li>two-hop paths: {@link #PATHS_QUERY}, {@code $a: Person  $a knows $b  $b knows $c}
 *       returning {@code $a.name, $c.name}: one row per path (§5.8: projection does not
 *       deduplicate).
 * </ul>
 *
 * The graph is used as {@code init} returns it: both tables are far below
 * {@link Graph#DEFAULT_RESIDENT_ROW_LIMIT}, so they are held in the heap after the first read and
 * traversals use the engine's in-memory adjacency index, built by the first traversal (in the
 * setup check).
 */
public final class OmniGraphTraversal implements TraversalTarget {

  /** Every two-hop path as rows. */
  public static final String PATHS_QUERY =
      "query paths() {\n"
          + "  match {\n"
          + "    $a: Person\n"
          + "    $a knows $b\n"
          + "    $b knows $c\n"
          + "  }\n"
          + "  return { $a.name, $c.name }\n"
          + "}\n";

  private Graph graph;
  private final Map<Integer, PreparedQuery> reach = new HashMap<>();
  private PreparedQuery paths;

  /**
   * The persons within {@code 1..hops} hops of the person named {@code $n}, as query
   * {@code reach<hops>}.
   */
  public static String reachQuery(int hops) {
    return "query reach" + hops + "($n: String) {\n"
        + "  match {\n"
        + "    $p: Person { name: $n }\n"
        + "    $p knows{1," + hops + "} $f\n"
        + "  }\n"
        + "  return { $f.name }\n"
        + "}\n";
  }

  @Override
  public String name() {
    return "omnigraph";
  }

  @Override
  public void open(KnowsGraphData data, Path dir) throws Exception {
    Path jsonl = dir.resolve("knows.jsonl");
    data.writeJsonl(jsonl);
    graph = Graph.init(dir.resolve("graph"), KnowsGraphData.PG_SCHEMA, "knows.pg");
    LoadResult loaded = graph.load(jsonl);
    if (loaded.nodeCount() != data.persons() || loaded.edgeCount() != data.edges()) {
      throw new IllegalStateException("omnigraph: loaded " + loaded.nodeCount() + " nodes and "
          + loaded.edgeCount() + " edges, expected " + data.persons() + " and " + data.edges());
    }
    Files.deleteIfExists(jsonl);
  }

  private PreparedQuery reachQueryFor(int hops) {
    return reach.computeIfAbsent(hops, h -> graph.prepare(reachQuery(h), "reach.gq", "reach" + h));
  }

  private QueryResult executeReach(String start, int hops) {
    return reachQueryFor(hops).execute(Map.of("n", start));
  }

  @Override
  public int reach(String start, int hops, Blackhole bh) {
    QueryResult result = executeReach(start, hops);
    int rows = result.rowCount();
    if (rows == 0) {
      throw new IllegalStateException("omnigraph: nobody within " + hops + " hops of " + start);
    }
    for (int r = 0; r < rows; r++) {
      bh.consume(result.get(r, 0));
    }
    return rows;
  }

  @Override
  public List<String> reachNames(String start, int hops) {
    QueryResult result = executeReach(start, hops);
    List<String> names = new ArrayList<>(result.rowCount());
    for (int r = 0; r < result.rowCount(); r++) {
      names.add((String) result.get(r, 0));
    }
    return names;
  }

  private QueryResult executePaths() {
    if (paths == null) {
      paths = graph.prepare(PATHS_QUERY, "paths.gq", "paths");
    }
    return paths.execute(Map.of());
  }

  @Override
  public long twoHopPaths(Blackhole bh) {
    QueryResult result = executePaths();
    int rows = result.rowCount();
    for (int r = 0; r < rows; r++) {
      Object[] row = result.row(r);
      bh.consume(row[0]);
      bh.consume(row[1]);
    }
    return rows;
  }

  @Override
  public long[] twoHopPathSummary() {
    QueryResult result = executePaths();
    long checksum = 0;
    for (int r = 0; r < result.rowCount(); r++) {
      Object[] row = result.row(r);
      checksum += KnowsGraphData.pathHash((String) row[0], (String) row[1]);
    }
    return new long[] {result.rowCount(), checksum};
  }

  @Override
  public void close() {
    if (graph != null) {
      graph.close();
    }
  }
}
