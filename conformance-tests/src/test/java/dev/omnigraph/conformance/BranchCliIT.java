package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.cli.OmniGraphCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The branch workflow of {@code surface.md} §6.5 through the {@code omnigraph} command on the
 * second-brain cookbook: create a branch, write on it with a cookbook mutation, read both heads,
 * merge it into {@code main}, read the history and the pre-merge snapshot, delete the branch.
 */
class BranchCliIT {
  private static final String PERSON = "{\"slug\":\"per-new\",\"name\":\"New Person\",\"relation\":\"friend\","
      + "\"createdAt\":\"2026-03-01T12:00:00Z\",\"updatedAt\":\"2026-03-01T12:00:00Z\"}";

  @TempDir
  Path dir;

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

  @Test
  void branchWriteMergeLogAndTimeTravelOnACookbook() throws Exception {
    Path book = CookbookGraph.cookbookDir("second-brain");
    String graph = dir.resolve("brain").toString();
    String mutations = book.resolve("queries/mutations.gq").toString();
    assertThat(run("init", graph, "--schema", book.resolve("schema.pg").toString()).exit()).isZero();
    assertThat(run("load", graph, "--data", book.resolve("seed.jsonl").toString()).exit()).isZero();

    Run create = run("branch", "create", graph, "review");
    assertThat(create.exit()).as(create.err()).isZero();
    String before = create.out().substring(create.out().lastIndexOf(' ') + 1).strip();
    Run mutate = run("mutate", graph, "--branch", "review", "--file", mutations, "--name", "add_person", "--params", PERSON);
    assertThat(mutate.exit()).as(mutate.err()).isZero();
    assertThat(person(graph, "--branch", "review")).containsExactly("p.slug,p.name", "per-new,New Person");
    assertThat(person(graph)).containsExactly("p.slug,p.name");

    Run merge = run("branch", "merge", graph, "review", "--into", "main");
    assertThat(merge.exit()).as(merge.err()).isZero();
    assertThat(merge.out().lines().toList()).hasSize(2).last().isEqualTo("node:Person: 1 row");
    assertThat(merge.out()).startsWith("merged 'review' into 'main' (fast-forward) as commit ");
    assertThat(person(graph)).containsExactly("p.slug,p.name", "per-new,New Person");
    assertThat(person(graph, "--at", before)).containsExactly("p.slug,p.name");

    Run log = run("log", graph, "--format", "json");
    assertThat(log.exit()).as(log.err()).isZero();
    JsonNode commits = new ObjectMapper().readTree(log.out());
    assertThat(commits).hasSize(4);
    assertThat(commits.get(0).get("parents")).hasSize(2);
    assertThat(commits.get(0).get("parents").get(0).asText()).isEqualTo(before);
    assertThat(commits.get(1).get("message").asText()).isEqualTo("mutation add_person");
    assertThat(merge.out()).contains(commits.get(0).get("id").asText());

    assertThat(run("branch", "delete", graph, "review").exit()).isZero();
    assertThat(run("branch", "list", graph).out().lines()).containsExactly("main");
    assertThat(person(graph)).containsExactly("p.slug,p.name", "per-new,New Person");
  }

  private static List<String> person(String graph, String... target) {
    String[] args = new String[target.length + 5];
    args[0] = "query";
    args[1] = graph;
    System.arraycopy(target, 0, args, 2, target.length);
    args[target.length + 2] = "-e";
    args[target.length + 3] = "query q() { match { $p: Person { slug: \"per-new\" } } return { $p.slug, $p.name } }";
    args[target.length + 4] = "--format=csv";
    Run query = run(args);
    assertThat(query.exit()).as(query.err()).isZero();
    return query.out().lines().toList();
  }
}
