package dev.omnigraph.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.LoadMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shared write validation ({@link ChangeValidator}) against a naive model: on a graph seeded
 * with a valid base, a random merge load is accepted exactly when the whole graph after it — the
 * base with the load's nodes replacing those of the same key, plus its edges — satisfies
 * {@code @key} (no key twice in the load), {@code @unique}, edge endpoints and {@code @card} of the
 * sources the load touches; a rejection is a {@code CONSTRAINT_VIOLATION} that leaves the graph
 * unchanged, and an acceptance leaves exactly the model's rows.
 */
class MergeLoadMatchesNaiveModelProperties {
  private static final String SCHEMA = """
      node N { k: String @key  u: String? @unique }
      edge E: N -> N @card(0..2)
      """;
  private static final List<String> KEYS = List.of("k0", "k1", "k2", "k3", "k4");

  record NodeRow(String key, String unique) {}

  record EdgeRow(String src, String dst) {}

  record Batch(List<NodeRow> nodes, List<EdgeRow> edges) {}

  @Property(tries = 40)
  void mergeIsAcceptedExactlyWhenTheModelIsValid(@ForAll("batches") Batch base, @ForAll("batches") Batch load) throws IOException {
    Batch validBase = valid(base);
    Path dir = Files.createTempDirectory("merge-model");
    try (Graph graph = Graph.init(dir.resolve("g"), SCHEMA, "schema.pg")) {
      if (!validBase.nodes().isEmpty()) {
        graph.load(jsonl(validBase), "base.jsonl", LoadMode.MERGE);
      }
      Map<String, String> nodes = nodes(validBase.nodes(), new TreeMap<>());
      List<String> edges = edgeTexts(validBase.edges());
      boolean acceptable = acceptable(nodes, validBase.edges(), load);
      long version = graph.version();
      OmniGraphException error = null;
      try {
        graph.load(jsonl(load), "load.jsonl", LoadMode.MERGE);
      } catch (OmniGraphException e) {
        error = e;
      }
      assertThat(error == null).as("accepted (error: %s)", error).isEqualTo(acceptable);
      if (error != null) {
        assertThat(error.code()).isEqualTo(ErrorCode.CONSTRAINT_VIOLATION);
        assertThat(graph.version()).isEqualTo(version);
      } else {
        nodes(load.nodes(), nodes);
        edges.addAll(edgeTexts(load.edges()));
      }
      assertThat(storedNodes(graph)).isEqualTo(nodes);
      assertThat(storedEdges(graph)).isEqualTo(sorted(edges));
    } finally {
      delete(dir);
    }
  }

  /** The model's verdict on {@code load} over a valid base. */
  private static boolean acceptable(Map<String, String> baseNodes, List<EdgeRow> baseEdges, Batch load) {
    Set<String> keys = new HashSet<>();
    for (NodeRow node : load.nodes()) {
      if (!keys.add(node.key())) {
        return false;
      }
    }
    Map<String, String> after = nodes(load.nodes(), new TreeMap<>(baseNodes));
    Set<String> uniques = new HashSet<>();
    for (String unique : after.values()) {
      if (unique != null && !uniques.add(unique)) {
        return false;
      }
    }
    Map<String, Integer> degree = new HashMap<>();
    List<EdgeRow> all = new ArrayList<>(baseEdges);
    all.addAll(load.edges());
    all.forEach(edge -> degree.merge(edge.src(), 1, Integer::sum));
    for (EdgeRow edge : load.edges()) {
      if (!after.containsKey(edge.src()) || !after.containsKey(edge.dst()) || degree.get(edge.src()) > 2) {
        return false;
      }
    }
    return true;
  }

  /** {@code base} cut down to a valid graph: one row per key, distinct unique values, existing endpoints, at most 2 edges per source. */
  private static Batch valid(Batch base) {
    Map<String, String> nodes = new TreeMap<>();
    Set<String> uniques = new HashSet<>();
    for (NodeRow node : base.nodes()) {
      if (!nodes.containsKey(node.key())) {
        nodes.put(node.key(), node.unique() != null && uniques.add(node.unique()) ? node.unique() : null);
      }
    }
    List<NodeRow> nodeRows = new ArrayList<>();
    nodes.forEach((key, unique) -> nodeRows.add(new NodeRow(key, unique)));
    Map<String, Integer> degree = new HashMap<>();
    List<EdgeRow> edges = base.edges().stream().filter(e -> nodes.containsKey(e.src()) && nodes.containsKey(e.dst()))
        .filter(e -> degree.merge(e.src(), 1, Integer::sum) <= 2).toList();
    return new Batch(nodeRows, edges);
  }

  @Provide
  Arbitrary<Batch> batches() {
    Arbitrary<String> key = Arbitraries.of(KEYS);
    Arbitrary<String> unique = Arbitraries.of("u0", "u1", "u2").injectNull(0.4);
    Arbitrary<NodeRow> node = Combinators.combine(key, unique).as(NodeRow::new);
    Arbitrary<String> endpoint = Arbitraries.of("k0", "k1", "k2", "k3", "k4", "ghost");
    Arbitrary<EdgeRow> edge = Combinators.combine(endpoint, endpoint).as(EdgeRow::new);
    return Combinators.combine(node.list().ofMaxSize(5), edge.list().ofMaxSize(4)).as(Batch::new);
  }

  private static Map<String, String> nodes(List<NodeRow> rows, Map<String, String> into) {
    rows.forEach(row -> into.put(row.key(), row.unique()));
    return into;
  }

  private static List<String> edgeTexts(List<EdgeRow> edges) {
    return new ArrayList<>(edges.stream().map(e -> e.src() + ">" + e.dst()).toList());
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  private static String jsonl(Batch batch) {
    StringBuilder out = new StringBuilder();
    for (NodeRow node : batch.nodes()) {
      out.append("{\"type\":\"N\",\"data\":{\"k\":\"").append(node.key()).append('"')
          .append(node.unique() == null ? "" : ",\"u\":\"" + node.unique() + "\"").append("}}\n");
    }
    for (EdgeRow edge : batch.edges()) {
      out.append("{\"edge\":\"E\",\"from\":\"").append(edge.src()).append("\",\"to\":\"").append(edge.dst()).append("\"}\n");
    }
    return out.toString();
  }

  private static Map<String, String> storedNodes(Graph graph) {
    Map<String, String> out = new TreeMap<>();
    graph.query("query q() { match { $n: N } return { $n.k, $n.u } }", "q.gq", null, Map.of()).rowsAsLists()
        .forEach(row -> out.put((String) row.get(0), (String) row.get(1)));
    return out;
  }

  private static List<String> storedEdges(Graph graph) {
    return sorted(graph.query("query q() { match { $a: N  $a $e:e $b } return { $a.k, $b.k } }", "q.gq", null, Map.of())
        .rowsAsLists().stream().map(row -> row.get(0) + ">" + row.get(1)).toList());
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
