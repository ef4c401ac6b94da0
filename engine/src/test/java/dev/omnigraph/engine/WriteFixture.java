package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.compiler.schema.GraphType;
import dev.omnigraph.engine.lance.LanceHistory;
import dev.omnigraph.engine.lance.RecoveryAuditTable;
import dev.omnigraph.engine.storage.GraphDirectory;
import dev.omnigraph.engine.storage.GraphManifest;
import dev.omnigraph.engine.write.TableChange;
import dev.omnigraph.engine.write.WriteOutcome;
import dev.omnigraph.engine.write.WritePlan;
import dev.omnigraph.engine.write.WriterKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.arrow.memory.RootAllocator;

/**
 * A small two-table graph for write-path tests, with direct access to the engine's seams:
 * whole-row changes through {@link Graph#write}, and the on-disk state recovery must leave
 * (sidecars, audit rows, manifest pins against Lance HEADs).
 */
final class WriteFixture {
  static final String SCHEMA = """
      node Person { name: String @key  age: I32? }
      node Company { name: String @key }
      edge WorksAt: Person -> Company
      """;
  static final String SEED = """
      {"type":"Person","data":{"name":"ada","age":36}}
      {"type":"Person","data":{"name":"bob","age":41}}
      {"type":"Company","data":{"name":"acme"}}
      """;

  private WriteFixture() {}

  static Graph create(Path root) {
    Graph graph = Graph.init(root, SCHEMA, "schema.pg");
    graph.load(SEED, "seed.jsonl");
    return graph;
  }

  static GraphType person(Graph graph) {
    return graph.catalog().nodeType("Person").orElseThrow();
  }

  static GraphType company(Graph graph) {
    return graph.catalog().nodeType("Company").orElseThrow();
  }

  /** A Person row in stored column order (id, age, name). */
  static Object[] personRow(String name, Integer age) {
    return new Object[] {name, age, name};
  }

  /** A Company row in stored column order (id, name). */
  static Object[] companyRow(String name) {
    return new Object[] {name, name};
  }

  /** Puts {@code persons} and {@code companies} in one strict write. */
  static WriteOutcome put(Graph graph, List<Object[]> persons, List<Object[]> companies) {
    List<TableChange> changes = new ArrayList<>();
    if (!persons.isEmpty()) {
      changes.add(new TableChange(person(graph), persons, Set.of(), false));
    }
    if (!companies.isEmpty()) {
      changes.add(new TableChange(company(graph), companies, Set.of(), false));
    }
    return graph.write(WriterKind.MUTATION, "tester", "put", false, base -> new WritePlan(changes, Set.of()));
  }

  /** Person name to age, as a read sees them. */
  static Map<String, Object> ages(Graph graph) {
    Map<String, Object> out = new TreeMap<>();
    QueryResult result = graph.query("query q() { match { $p: Person } return { $p.name, $p.age } }", "q.gq", null, Map.of());
    for (int i = 0; i < result.rowCount(); i++) {
      out.put((String) result.get(i, 0), result.get(i, 1));
    }
    return out;
  }

  /** Company names, as a read sees them. */
  static List<Object> companies(Graph graph) {
    QueryResult result = graph.query("query q() { match { $c: Company } return { $c.name } order { $c.name } }", "q.gq", null, Map.of());
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < result.rowCount(); i++) {
      out.add(result.get(i, 0));
    }
    return out;
  }

  static List<Path> sidecarFiles(Path root) {
    Path dir = root.resolve(GraphDirectory.RECOVERY_DIR);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".json")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<RecoveryAuditTable.Row> audit(Path root) {
    try (RootAllocator allocator = new RootAllocator()) {
      return RecoveryAuditTable.read(allocator, root.toAbsolutePath().normalize());
    }
  }

  /** Asserts the post-recovery invariant: every table's manifest pin is its Lance HEAD. */
  static void assertManifestEqualsHead(Path root) {
    GraphDirectory directory = new GraphDirectory(root);
    GraphManifest manifest = directory.readManifest();
    try (RootAllocator allocator = new RootAllocator()) {
      manifest.tables().forEach((key, entry) ->
          assertThat(LanceHistory.head(allocator, directory.tableUri(entry.path()))).as("Lance HEAD of %s", key).isEqualTo(entry.version()));
    }
  }
}
