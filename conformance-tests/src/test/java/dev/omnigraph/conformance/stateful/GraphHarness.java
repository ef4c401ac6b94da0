package dev.omnigraph.conformance.stateful;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.conformance.stateful.GraphModel.Edge;
import dev.omnigraph.conformance.stateful.GraphModel.Person;
import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.statistics.Statistics;

/**
 * The state of one stateful run: a graph in a fresh temporary directory, the open handle, and the
 * {@link GraphModel} it must equal. Each write is decided by the model first, then run on the
 * graph: the graph must accept exactly what the model accepts (failing with one of the model's
 * error codes otherwise), report the model's affected counts, and afterwards hold the model's rows
 * and graph version, so a rejected write visibly changed nothing. Not thread-safe.
 */
final class GraphHarness implements AutoCloseable {
  private final Path dir;
  private final Path root;
  private Graph graph;
  private GraphModel model;

  GraphHarness() {
    try {
      dir = Files.createTempDirectory("stateful-graph");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root = dir.resolve("g");
    graph = Graph.init(root, GraphModel.SCHEMA, "schema.pg");
    model = new GraphModel(graph.version());
  }

  /** Runs {@code write} on the model and the graph and checks that both decided alike. */
  void apply(ModelWrite write) {
    GraphModel next = model.copy();
    ModelWrite.Verdict verdict = write.applyTo(next);
    long[] counts;
    try {
      counts = write.runOn(graph);
    } catch (OmniGraphException e) {
      Statistics.label("writes").collect(write.kind(), "rejected " + e.code());
      assertThat(verdict.accepted()).as("the graph rejected %s (%s) but the model accepts it", write, e.getMessage()).isFalse();
      assertThat(verdict.codes()).as("error code of %s (%s)", write, e.getMessage()).contains(e.code());
      return;
    }
    Statistics.label("writes").collect(write.kind(), "accepted");
    assertThat(verdict.accepted()).as("the graph accepted %s but the model rejects it (%s)", write, verdict.codes()).isTrue();
    if (verdict.counts() != null) {
      assertThat(counts).as("affected {nodes, edges} of %s", write).containsExactly(verdict.counts());
    }
    if (verdict.publishes()) {
      next.version++;
    }
    model = next;
  }

  /** Closes the handle and opens the graph again, reading through Lance scans when {@code residentRowLimit} is 0. */
  void reopen(long residentRowLimit) {
    graph.close();
    graph = Graph.open(root, residentRowLimit);
  }

  /** Asserts that the graph holds exactly the model's rows and graph version. */
  void assertMatchesModel() {
    assertThat(graph.version()).as("graph version").isEqualTo(model.version);
    Map<String, Person> persons = new TreeMap<>();
    for (List<Object> row : rows("match { $p: Person } return { $p.name, $p.email, $p.age }")) {
      assertThat(persons.put((String) row.get(0), new Person((String) row.get(1), (Integer) row.get(2)))).as("Person %s twice", row.get(0)).isNull();
    }
    assertThat(persons).as("persons").isEqualTo(model.persons);
    Map<String, Long> cities = new TreeMap<>();
    for (List<Object> row : rows("match { $c: City } return { $c.name, $c.pop }")) {
      assertThat(cities.containsKey(row.get(0))).as("City %s twice", row.get(0)).isFalse();
      cities.put((String) row.get(0), (Long) row.get(1));
    }
    assertThat(cities).as("cities").isEqualTo(model.cities);
    List<Edge> edges = new ArrayList<>();
    for (List<Object> row : rows("match { $p: Person  $p livesIn $c } return { $p.name, $c.name }")) {
      edges.add(new Edge((String) row.get(0), (String) row.get(1)));
    }
    assertThat(edges).as("LivesIn edges").containsExactlyInAnyOrderElementsOf(model.edges);
  }

  private List<List<Object>> rows(String body) {
    QueryResult result = graph.query("query q() { " + body + " }", "q.gq", null, Map.of());
    return result.rowsAsLists();
  }

  /** Closes the graph and deletes its directory. */
  @Override
  public void close() {
    graph.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "graph at " + root;
  }
}
