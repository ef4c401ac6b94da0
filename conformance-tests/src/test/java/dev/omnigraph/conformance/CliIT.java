package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.cli.OmniGraphCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code omnigraph} command end to end on a cookbook: init, load, query, explain, bad input. */
class CliIT {
  @TempDir
  static Path dir;
  static Path graph;
  static Path cookbook;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = OmniGraphCli.commandLine(false);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeAll
  static void initAndLoad() {
    cookbook = CookbookGraph.cookbookDir("second-brain");
    graph = dir.resolve("brain");
    Run init = run("init", graph.toString(), "--schema", cookbook.resolve("schema.pg").toString());
    assertThat(init.exit()).as(init.err()).isZero();
    Run load = run("load", graph.toString(), "--data", cookbook.resolve("seed.jsonl").toString());
    assertThat(load.exit()).as(load.err()).isZero();
  }

  @Test
  void storedQueryByNameWithJsonParamsAndJsonOutput() throws Exception {
    Run result = run("query", graph.toString(), "--file", cookbook.resolve("queries/people.gq").toString(),
        "--name", "person_family", "--params", "{\"slug\":\"per-maya\"}", "--format", "json");
    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(result.out());
    assertThat(rows.isArray()).isTrue();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).fieldNames().next()).contains(".");
  }

  @Test
  void inlineQueryAsCsv() {
    Run result = run("query", graph.toString(), "-e",
        "query q() { match { $p: Person } return { count($p) as people } }", "--format", "csv");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out().lines()).containsExactly("people", "16");
  }

  @Test
  void explainShowsWhatReachesTheScan() {
    Run result = run("explain", graph.toString(), "-e",
        "query q($s: String) { match { $p: Person { slug: $s } } return { $p.name } }");
    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("LanceTableScan(table=[node:Person]").contains("filter=[=(");
  }

  @Test
  void badQueryIsOneLineAndExitOne() {
    Run result = run("query", graph.toString(), "-e", "query q() { match { $p: Persn } return { $p.name } }");
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err().lines()).containsExactly("error: <inline>:1:21: T1: unknown node type `Persn`");
  }

  @Test
  void rejectedLoadNamesTheLineAndLeavesTheGraphUnchanged() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"type\":\"Person\",\"data\":{\"slug\":\"per-new\",\"name\":\"New\",\"relation\":\"friend\","
        + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}}\n"
        + "{\"edge\":\"Knows\",\"from\":\"per-new\",\"to\":\"per-ghost\"}\n");
    Run load = run("load", graph.toString(), "--data", bad.toString());
    assertThat(load.exit()).isEqualTo(1);
    assertThat(load.err().lines()).containsExactly("error: " + bad + ":2: dst 'per-ghost' not found in Person (edge Knows 'per-new' -> 'per-ghost')");
    Run count = run("query", graph.toString(), "-e", "query q() { match { $p: Person } return { count($p) as n } }", "--format", "csv");
    assertThat(count.out().lines()).containsExactly("n", "16");
  }

  @Test
  void mutatePrintsTheAffectedCountsAndRejectsADanglingEdgeWithOneLine() throws Exception {
    Run ok = run("mutate", graph.toString(), "-e", "query m($a: String, $b: String) { insert Knows { from: $a, to: $b } }",
        "--params", "{\"a\":\"per-maya\",\"b\":\"per-theo\"}", "--format", "json");
    assertThat(ok.exit()).as(ok.err()).isZero();
    JsonNode counts = new ObjectMapper().readTree(ok.out()).get(0);
    assertThat(counts.get("affected_nodes").asLong()).isZero();
    assertThat(counts.get("affected_edges").asLong()).isEqualTo(1);
    Run bad = run("mutate", graph.toString(), "-e", "query m() { insert Knows { from: \"per-maya\", to: \"per-ghost\" } }");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err().lines()).containsExactly(
        "error: <inline>:1:13: dst 'per-ghost' not found in Person (edge Knows 'per-maya' -> 'per-ghost')");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("init", graph.toString()).exit()).isEqualTo(2);
    assertThat(run("query", graph.toString(), "--file", "a.gq", "-e", "query q() {}").exit()).isEqualTo(2);
  }
}
