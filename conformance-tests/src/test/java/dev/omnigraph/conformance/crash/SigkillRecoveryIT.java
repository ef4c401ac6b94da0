package dev.omnigraph.conformance.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.failpoint.Failpoint;
import dev.omnigraph.engine.failpoint.Failpoints;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Crash recovery across processes: a child JVM loads two tables and is killed with SIGKILL while
 * paused at a point of the write path; the next read-write open must find the graph exactly as
 * before or exactly as after the load, no sidecar left, and a next write must succeed
 * ({@code storage-recovery.md} §8).
 */
class SigkillRecoveryIT {
  private static final String SCHEMA = """
      node Person { name: String @key  age: I32? }
      node Company { name: String @key }
      """;
  private static final String SEED = """
      {"type":"Person","data":{"name":"ada","age":36}}
      {"type":"Company","data":{"name":"acme"}}
      """;
  private static final String LOAD = """
      {"type":"Person","data":{"name":"cy","age":9}}
      {"type":"Company","data":{"name":"initech"}}
      """;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "killed at {0}: {1}")
  @CsvSource({
      "POST_SIDECAR_PRE_COMMIT, before",
      "POST_TABLE_COMMIT, before",
      "POST_COMMITS_PRE_CONFIRM, before",
      "POST_CONFIRM_PRE_PUBLISH, after",
      "POST_COMMIT_RECORD_PRE_MANIFEST, after",
      "SIDECAR_DELETE, after"})
  void aKilledLoadRecoversToBeforeOrAfterNeverAMix(Failpoint point, String expected) throws Exception {
    Path graphDir = dir.resolve("g");
    try (Graph graph = Graph.init(graphDir, SCHEMA, "schema.pg")) {
      graph.load(SEED, "seed.jsonl");
    }
    Path data = dir.resolve("load.jsonl");
    Files.writeString(data, LOAD);

    killAt(point, graphDir, data);

    try (Graph graph = Graph.open(graphDir)) {
      Map<String, List<Object>> state = state(graph);
      if (expected.equals("before")) {
        assertThat(state).isEqualTo(Map.of("Company", List.of("acme"), "Person", List.of("ada")));
      } else {
        assertThat(state).isEqualTo(Map.of("Company", List.of("acme", "initech"), "Person", List.of("ada", "cy")));
      }
      assertThat(graphDir.resolve("__recovery")).isEmptyDirectory();
      graph.load("{\"type\":\"Person\",\"data\":{\"name\":\"dee\"}}\n", "next.jsonl");
      assertThat(state(graph).get("Person")).contains("dee");
    }
  }

  /** Runs {@link CrashingLoad} paused at {@code point}, then kills it with SIGKILL. */
  private static void killAt(Failpoint point, Path graphDir, Path data) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx512m",
        "-D" + Failpoints.PROPERTY + "=" + point.id() + "=pause",
        "-cp", System.getProperty("java.class.path"), CrashingLoad.class.getName(), graphDir.toString(), data.toString()));
    Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> paused = CompletableFuture.supplyAsync(() -> {
      StringBuilder seen = new StringBuilder();
      try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          seen.append(line).append('\n');
          if (line.startsWith(Failpoints.PAUSED_PREFIX)) {
            return line;
          }
        }
      } catch (java.io.IOException e) {
        seen.append(e);
      }
      throw new IllegalStateException("the child ended without pausing:\n" + seen);
    });
    try {
      assertThat(paused.get(120, TimeUnit.SECONDS)).endsWith(point.id());
    } finally {
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
  }

  private static Map<String, List<Object>> state(Graph graph) {
    Map<String, List<Object>> out = new TreeMap<>();
    for (String type : List.of("Person", "Company")) {
      QueryResult result = graph.query("query q() { match { $x: " + type + " } return { $x.name } order { $x.name } }", "q.gq", null, Map.of());
      List<Object> names = new ArrayList<>();
      for (int i = 0; i < result.rowCount(); i++) {
        names.add(result.get(i, 0));
      }
      out.put(type, names);
    }
    return out;
  }
}
