package dev.omnigraph.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import dev.omnigraph.engine.branch.MergeResult;
import dev.omnigraph.engine.storage.GraphCommit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Branches on real input: the second-brain cookbook is branched twice, each branch and {@code main}
 * are written with the cookbook's own mutations ({@code queries/mutations.gq}), both branches are
 * merged back, and every step is checked with the cookbook's own read queries, at each branch head
 * and, by time travel, at each pre-merge point.
 *
 * <p>Every side adds a person (so both merges walk the Person table row by row) and one edge to
 * Maya: {@code alpha} a person who knows her, {@code beta} a project she is involved in,
 * {@code main} a task for her.
 */
class BranchingCookbookIT {
  private static final String TIME = "2026-03-01T12:00:00Z";
  private static final List<Object> MAYA = List.of("per-maya", "Maya Park", "partner");

  @TempDir
  Path dir;

  private Path book;

  /** Which sides' writes a read should see. */
  private record Seen(boolean alpha, boolean beta, boolean main) {}

  @Test
  void twoBranchesAndMainWriteMergeBackAndEveryPointReadsExactlyItsWrites() throws IOException {
    book = CookbookGraph.cookbookDir("second-brain");
    try (Graph graph = Graph.init(dir.resolve("brain"), book.resolve("schema.pg"))) {
      graph.load(book.resolve("seed.jsonl"));
      String seeded = graph.headCommit();
      graph.createBranch("alpha", "main");
      graph.createBranch("beta", "main");
      Graph alpha = graph.branch("alpha");
      Graph beta = graph.branch("beta");

      mutate(alpha, "add_person", Map.of("slug", "per-alpha", "name", "Alpha Person", "relation", "friend", "createdAt", TIME, "updatedAt", TIME));
      mutate(alpha, "link_knows", Map.of("from", "per-alpha", "to", "per-maya"));
      mutate(beta, "add_person", Map.of("slug", "per-beta", "name", "Beta Person", "relation", "colleague", "createdAt", TIME, "updatedAt", TIME));
      mutate(beta, "add_project", Map.of("slug", "proj-beta", "name", "Beta Project", "kind", "work", "status", "active", "createdAt", TIME,
          "updatedAt", TIME));
      mutate(beta, "link_person_involved_in", Map.of("person", "per-maya", "project", "proj-beta"));
      mutate(graph, "add_person", Map.of("slug", "per-main", "name", "Main Person", "relation", "mentor", "createdAt", TIME, "updatedAt", TIME));
      mutate(graph, "add_task", Map.of("slug", "tk-main", "name", "Main Task", "status", "next", "createdAt", TIME, "updatedAt", TIME));
      mutate(graph, "link_task_for_person", Map.of("task", "tk-main", "person", "per-maya"));

      assertSees(alpha, new Seen(true, false, false));
      assertSees(beta, new Seen(false, true, false));
      assertSees(graph, new Seen(false, false, true));
      String alphaHead = alpha.headCommit();
      String betaHead = beta.headCommit();
      String mainBefore = graph.headCommit();
      String beforeMerges = Instant.now().toString();

      MergeResult first = graph.merge("alpha", "main", "reviewer");
      assertThat(first.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
      assertThat(first.changedRows()).isEqualTo(Map.of("node:Person", 1, "edge:Knows", 1));
      assertSees(graph, new Seen(true, false, true));
      String afterAlpha = graph.headCommit();

      MergeResult second = graph.merge("beta", "main", "reviewer");
      assertThat(second.outcome()).isEqualTo(MergeResult.Outcome.MERGED);
      assertThat(second.changedRows()).isEqualTo(Map.of("node:Person", 1, "node:Project", 1, "edge:PersonInvolvedInProject", 1));
      assertSees(graph, new Seen(true, true, true));
      assertThat(graph.merge("alpha", "main", "reviewer").outcome()).isEqualTo(MergeResult.Outcome.ALREADY_UP_TO_DATE);

      List<GraphCommit> log = graph.log();
      assertThat(log.get(0).parents()).containsExactly(afterAlpha, betaHead);
      assertThat(log.get(1).parents()).containsExactly(mainBefore, alphaHead);
      assertThat(log.get(0).actor()).isEqualTo("reviewer");
      assertThat(log).extracting(GraphCommit::id).contains(seeded, alphaHead, betaHead, mainBefore);

      assertSees(graph.at(seeded), new Seen(false, false, false));
      assertSees(graph.at(alphaHead), new Seen(true, false, false));
      assertSees(graph.at(betaHead), new Seen(false, true, false));
      assertSees(graph.at(mainBefore), new Seen(false, false, true));
      assertSees(graph.at(beforeMerges), new Seen(false, false, true));
      assertSees(graph.at(afterAlpha), new Seen(true, false, true));
      assertSees(alpha, new Seen(true, false, false));
      assertSees(beta, new Seen(false, true, false));
    }
    try (Graph reopened = Graph.open(dir.resolve("brain"))) {
      assertSees(reopened, new Seen(true, true, true));
      assertSees(reopened.branch("beta"), new Seen(false, true, false));
    }
  }

  private void assertSees(Graph graph, Seen seen) throws IOException {
    List<String> people = column(read(graph, "people.gq", "people_all", Map.of()), 0);
    assertThat(people).hasSize(16 + count(seen.alpha(), seen.beta(), seen.main()));
    assertThat(read(graph, "people.gq", "get_person", Map.of("slug", "per-alpha")))
        .isEqualTo(seen.alpha() ? List.of(Arrays.asList("per-alpha", "Alpha Person", "friend", null, null, null, null, null)) : List.of());
    assertThat(read(graph, "people.gq", "person_knows", Map.of("slug", "per-alpha")))
        .isEqualTo(seen.alpha() ? List.of(Arrays.asList("per-maya", "Maya Park", "partner", "Brooklyn, NY")) : List.of());
    assertThat(people.contains("per-beta")).isEqualTo(seen.beta());
    assertThat(read(graph, "projects.gq", "get_project", Map.of("slug", "proj-beta")))
        .isEqualTo(seen.beta() ? List.of(Arrays.asList("proj-beta", "Beta Project", "work", "active", null, null, null)) : List.of());
    assertThat(read(graph, "projects.gq", "project_people", Map.of("slug", "proj-beta"))).isEqualTo(seen.beta() ? List.of(MAYA) : List.of());
    assertThat(people.contains("per-main")).isEqualTo(seen.main());
    assertThat(read(graph, "tasks.gq", "get_task", Map.of("slug", "tk-main")))
        .isEqualTo(seen.main() ? List.of(Arrays.asList("tk-main", "Main Task", "next", null, null, null, null, null, null)) : List.of());
    assertThat(read(graph, "tasks.gq", "task_person", Map.of("slug", "tk-main"))).isEqualTo(seen.main() ? List.of(MAYA) : List.of());
  }

  private static int count(boolean... flags) {
    int n = 0;
    for (boolean flag : flags) {
      n += flag ? 1 : 0;
    }
    return n;
  }

  private void mutate(Graph graph, String name, Map<String, ?> params) throws IOException {
    Path file = book.resolve("queries/mutations.gq");
    graph.mutate(Files.readString(file), file.toString(), name, params);
  }

  private List<List<Object>> read(Graph graph, String file, String name, Map<String, ?> params) throws IOException {
    Path path = book.resolve("queries").resolve(file);
    QueryResult result = graph.query(Files.readString(path), path.toString(), name, params);
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < result.rowCount(); r++) {
      rows.add(Arrays.asList(result.row(r)));
    }
    return rows;
  }

  private static List<String> column(List<List<Object>> rows, int column) {
    return rows.stream().map(row -> (String) row.get(column)).toList();
  }
}
