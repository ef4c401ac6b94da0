package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code branch create|list|delete|merge}, {@code log}, and {@code --branch}/{@code --at} on
 * {@code query}, {@code explain}, {@code mutate} and {@code load}, on a real graph.
 */
class BranchCommandsIT {
  static final String SCHEMA = """
      node Person { name: String @key  age: I32? }
      edge Knows: Person -> Person
      """;
  static final String DATA = """
      {"type":"Person","data":{"name":"Alice","age":30}}
      {"type":"Person","data":{"name":"Bob","age":25}}
      {"edge":"Knows","from":"Alice","to":"Bob"}
      """;
  static final String NAMES = "query q() { match { $p: Person } return { $p.name, $p.age } order { $p.name } }";
  static final String SET_AGE = "query m($n: String, $a: I32) { update Person set { age: $a } where name = $n }";

  record Run(int exit, String out, String err) {}

  @TempDir Path dir;
  String graph;

  @BeforeEach
  void createGraph() throws Exception {
    graph = dir.resolve("g").toString();
    Files.writeString(dir.resolve("s.pg"), SCHEMA);
    Files.writeString(dir.resolve("d.jsonl"), DATA);
    assertThat(run("init", graph, "--schema", dir.resolve("s.pg").toString()).exit()).isZero();
    assertThat(run("load", graph, "--data", dir.resolve("d.jsonl").toString()).exit()).isZero();
  }

  @Test
  void createListAndDeleteABranch() {
    String head = log("main").get(0).get("id").asText();
    Run create = run("branch", "create", graph, "feature");
    assertThat(create.exit()).as(create.err()).isZero();
    assertThat(create.out()).isEqualTo("created branch 'feature' from 'main' at " + head + "\n");
    assertThat(run("branch", "create", graph, "old", "--from", head).out()).isEqualTo("created branch 'old' from '" + head + "' at " + head + "\n");
    assertThat(run("branch", "list", graph).out().lines()).containsExactly("main", "feature", "old");

    Run delete = run("branch", "delete", graph, "feature");
    assertThat(delete.exit()).as(delete.err()).isZero();
    assertThat(delete.out()).isEqualTo("deleted branch 'feature'\n");
    assertThat(run("branch", "list", graph).out().lines()).containsExactly("main", "old");
  }

  @Test
  void writesWithBranchShowOnlyOnThatBranch() throws Exception {
    run("branch", "create", graph, "feature");
    Run mutate = run("mutate", graph, "--branch", "feature", "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":31}", "--format", "csv");
    assertThat(mutate.exit()).as(mutate.err()).isZero();
    assertThat(mutate.out().lines()).containsExactly("affected_nodes,affected_edges", "1,0");
    Path more = dir.resolve("more.jsonl");
    Files.writeString(more, "{\"type\":\"Person\",\"data\":{\"name\":\"Cy\",\"age\":9}}\n");
    Run load = run("load", graph, "--branch", "feature", "--data", more.toString());
    assertThat(load.exit()).as(load.err()).isZero();

    assertThat(names("--branch", "feature")).containsExactly("p.name,p.age", "Alice,31", "Bob,25", "Cy,9");
    assertThat(names()).containsExactly("p.name,p.age", "Alice,30", "Bob,25");
    Run explain = run("explain", graph, "--branch", "feature", "-e", NAMES);
    assertThat(explain.exit()).as(explain.err()).isZero();
    assertThat(explain.out()).contains("LanceTableScan(table=[node:Person]");
  }

  @Test
  void mergePrintsTheOutcomeTheCommitAndTheChangedRowsAndLogShowsBothParents() {
    run("branch", "create", graph, "feature");
    String mainHead = log("main").get(0).get("id").asText();
    run("mutate", graph, "--branch", "feature", "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":31}");
    String featureHead = log("feature").get(0).get("id").asText();

    Run merge = run("branch", "merge", graph, "feature", "--into", "main");
    assertThat(merge.exit()).as(merge.err()).isZero();
    JsonNode commit = log("main").get(0);
    assertThat(merge.out().lines()).containsExactly(
        "merged 'feature' into 'main' (fast-forward) as commit " + commit.get("id").asText(), "node:Person: 1 row");
    assertThat(commit.get("parents").toString()).isEqualTo("[\"" + mainHead + "\",\"" + featureHead + "\"]");
    assertThat(commit.get("message").asText()).isEqualTo("merge feature into main");
    assertThat(names()).containsExactly("p.name,p.age", "Alice,31", "Bob,25");

    Run again = run("branch", "merge", graph, "feature", "--into", "main");
    assertThat(again.out()).isEqualTo("'main' is already up to date with 'feature'\n");
    assertThat(log("main").get(0).get("id").asText()).isEqualTo(commit.get("id").asText());
  }

  @Test
  void conflictsPrintTheFullReportOneLineEachAndChangeNothing() {
    run("branch", "create", graph, "feature");
    run("mutate", graph, "--branch", "feature", "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":31}");
    run("mutate", graph, "--branch", "feature", "-e", SET_AGE, "--params", "{\"n\":\"Bob\",\"a\":26}");
    run("mutate", graph, "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":40}");
    run("mutate", graph, "-e", SET_AGE, "--params", "{\"n\":\"Bob\",\"a\":50}");
    String head = log("main").get(0).get("id").asText();

    Run merge = run("branch", "merge", graph, "feature", "--into", "main");
    assertThat(merge.exit()).isEqualTo(1);
    assertThat(merge.err().lines()).containsExactly(
        "error: merging 'feature' into 'main' conflicts on 2 rows; nothing was merged",
        "conflict: node:Person 'Alice': DIVERGENT_UPDATE (source [Alice, 31, Alice], target [Alice, 40, Alice])",
        "conflict: node:Person 'Bob': DIVERGENT_UPDATE (source [Bob, 26, Bob], target [Bob, 50, Bob])");
    assertThat(log("main").get(0).get("id").asText()).isEqualTo(head);
    assertThat(names()).containsExactly("p.name,p.age", "Alice,40", "Bob,50");
  }

  @Test
  void logAsJsonListsEveryCommitNewestFirstWithIsoTimes() throws Exception {
    run("mutate", graph, "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":31}");
    JsonNode commits = log("main");
    assertThat(commits).hasSize(3);
    assertThat(commits.get(0).get("message").asText()).isEqualTo("mutation m");
    assertThat(commits.get(0).get("parents").get(0).asText()).isEqualTo(commits.get(1).get("id").asText());
    assertThat(commits.get(2).get("parents")).isEmpty();
    assertThat(commits.get(2).get("message").asText()).isEqualTo("init");
    assertThat(Instant.parse(commits.get(0).get("time").asText())).isAfterOrEqualTo(Instant.parse(commits.get(1).get("time").asText()));
    assertThat(commits.get(0).has("actor")).isTrue();
    Run table = run("log", graph);
    assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("id").contains("parents", "actor", "time", "message");
    assertThat(table.out()).contains("(3 rows)");
  }

  @Test
  void atReadsTheSnapshotOfACommitOrATime() throws Exception {
    String before = log("main").get(0).get("id").asText();
    Thread.sleep(5);
    String between = Instant.now().toString();
    Thread.sleep(5);
    run("mutate", graph, "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":31}");
    assertThat(names("--at", before)).containsExactly("p.name,p.age", "Alice,30", "Bob,25");
    assertThat(names("--at", between)).containsExactly("p.name,p.age", "Alice,30", "Bob,25");
    assertThat(names("--at", log("main").get(0).get("time").asText())).containsExactly("p.name,p.age", "Alice,31", "Bob,25");
    assertThat(run("explain", graph, "--at", before, "-e", NAMES).exit()).isZero();
  }

  @Test
  void atOnAWriteIsOneErrorLineAndWritesNothing() {
    String head = log("main").get(0).get("id").asText();
    Run mutate = run("mutate", graph, "--at", head, "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":31}");
    assertThat(mutate.exit()).isEqualTo(1);
    assertThat(mutate.err()).isEqualTo("error: --at selects a read-only snapshot and cannot be written; write to a branch head with --branch\n");
    Run load = run("load", graph, "--at", head, "--data", dir.resolve("d.jsonl").toString());
    assertThat(load.exit()).isEqualTo(1);
    assertThat(load.err()).startsWith("error: --at selects a read-only snapshot");
    assertThat(log("main").get(0).get("id").asText()).isEqualTo(head);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " padded", "main", "__internal", "a/b"})
  void invalidBranchNamesAreOneErrorLineAndCreateNothing(String name) {
    Run create = run("branch", "create", graph, name);
    assertThat(create.exit()).isEqualTo(1);
    assertThat(create.err().lines()).singleElement().asString().startsWith("error: invalid branch name '" + name + "'");
    assertThat(run("branch", "list", graph).out().lines()).containsExactly("main");
  }

  @Test
  void unknownBranchesCommitsAndSelfMergesAreOneErrorLine() {
    run("branch", "create", graph, "feature");
    String head = log("main").get(0).get("id").asText();
    for (String[] args : new String[][] {
        {"query", graph, "--branch", "nope", "-e", NAMES},
        {"query", graph, "--at", "01ZZZZZZZZZZZZZZZZZZZZZZZZ", "-e", NAMES},
        {"query", graph, "--at", "yesterday", "-e", NAMES},
        {"mutate", graph, "--branch", "nope", "-e", SET_AGE, "--params", "{\"n\":\"Alice\",\"a\":31}"},
        {"log", graph, "--branch", "nope"},
        {"branch", "create", graph, "x", "--from", "nope"},
        {"branch", "create", graph, "feature"},
        {"branch", "delete", graph, "nope"},
        {"branch", "delete", graph, "main"},
        {"branch", "merge", graph, "nope", "--into", "main"},
        {"branch", "merge", graph, "feature", "--into", "nope"},
        {"branch", "merge", graph, "feature", "--into", "feature"}}) {
      Run failed = run(args);
      assertThat(failed.exit()).as(String.join(" ", args)).isEqualTo(1);
      assertThat(failed.err().lines()).as(String.join(" ", args)).singleElement().asString().startsWith("error: ");
    }
    assertThat(run("branch", "list", graph).out().lines()).containsExactly("main", "feature");
    assertThat(log("main").get(0).get("id").asText()).isEqualTo(head);
    assertThat(names()).containsExactly("p.name,p.age", "Alice,30", "Bob,25");
  }

  private java.util.List<String> names(String... target) {
    String[] args = new String[target.length + 5];
    args[0] = "query";
    args[1] = graph;
    System.arraycopy(target, 0, args, 2, target.length);
    args[target.length + 2] = "-e";
    args[target.length + 3] = NAMES;
    args[target.length + 4] = "--format=csv";
    Run query = run(args);
    assertThat(query.exit()).as(query.err()).isZero();
    return query.out().lines().toList();
  }

  private JsonNode log(String branch) {
    Run log = run("log", graph, "--branch", branch, "--format", "json");
    assertThat(log.exit()).as(log.err()).isZero();
    try {
      return new ObjectMapper().readTree(log.out());
    } catch (java.io.IOException e) {
      throw new AssertionError(log.out(), e);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = OmniGraphCli.commandLine(false);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
