package dev.omnigraph.compiler.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.compiler.query.lint.LintReport;
import dev.omnigraph.compiler.query.lint.QueryLint;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.SchemaParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Query lint ({@code gq-language.md} §8) on inline files and on the cookbooks' query files. */
class QueryLintTest {
  private static final String DATASETS_PROPERTY = "omnigraph.datasets";
  private static final List<String> COOKBOOKS = List.of("industry-intel", "pharma-intel", "second-brain");

  private static final Catalog CATALOG = SchemaParser.parse("""
      node Person { name: String @key  age: I32?  nick: String?  bio: String? }
      node Company { name: String @key  site: String? }
      edge Knows: Person -> Person { since: Date? }
      edge WorksAt: Person -> Company { title: String? }
      """, "test.pg");

  @Test
  void parseFailureIsOneQ000Finding() {
    LintReport report = QueryLint.lint(CATALOG, "query q() { match { $p: Person } }", "bad.gq");

    assertThat(report.status()).isEqualTo("error");
    assertThat(report.queriesProcessed()).isZero();
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.results()).isEmpty();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo("error");
      assertThat(f.code()).isEqualTo("Q000");
      assertThat(f.message()).startsWith("bad.gq:1:34: syntax error");
    });
  }

  @Test
  void reportsEachQueryAndCountsErrorsAndWarnings() {
    LintReport report = QueryLint.lint(CATALOG, """
        query ok_read($name: String) { match { $p: Person { name: $name } } return { $p.age } }
        query bad_read() { match { $p: Person } return { $p.salary } }
        query searching($q: String) { match { $p: Person  search($p.name, $q) } return { $p.name } }
        query hardcoded() { insert Person { name: "Ada" } }
        query bad_mutation($name: String) { insert Person { nick: $name } }
        """, "q.gq");

    assertThat(report.queriesProcessed()).isEqualTo(5);
    assertThat(report.results()).extracting(LintReport.QueryResult::name, LintReport.QueryResult::kind,
        LintReport.QueryResult::status).containsExactly(
            org.assertj.core.groups.Tuple.tuple("ok_read", "read", "ok"),
            org.assertj.core.groups.Tuple.tuple("bad_read", "read", "error"),
            org.assertj.core.groups.Tuple.tuple("searching", "read", "ok"),
            org.assertj.core.groups.Tuple.tuple("hardcoded", "mutation", "ok"),
            org.assertj.core.groups.Tuple.tuple("bad_mutation", "mutation", "error"));
    assertThat(report.results().get(1).error()).isEqualTo("q.gq:2:50: T6: node type `Person` has no property `salary`");
    assertThat(report.results().get(2).warnings()).isEmpty();
    assertThat(report.results().get(3).warnings()).containsExactly(QueryLint.HARDCODED_MUTATION_WARNING);
    assertThat(report.results().get(4).error()).contains("T12: insert for `Person` must provide non-nullable property `name`");
    assertThat(report.errors()).isEqualTo(2);
    assertThat(report.warnings()).isEqualTo(1);
    assertThat(report.status()).isEqualTo("error");
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void l201ListsNullablePropertiesNoUpdateSets() {
    LintReport report = QueryLint.lint(CATALOG, """
        query set_age($name: String, $age: I32) { update Person set { age: $age } where name = $name }
        query set_nick($name: String, $nick: String) { update Person set { nick: $nick } where name = $name }
        query broken($name: String) { update Company set { site: 1 } where name = $name }
        query rename($name: String) { delete Company where name = $name }
        """, "q.gq");

    // Person: age and nick are set, bio is not, name is the key; Company's only update fails to check.
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo("warning");
      assertThat(f.code()).isEqualTo("L201");
      assertThat(f.message()).isEqualTo("Person.bio exists in schema but no update query sets it");
      assertThat(f.typeName()).isEqualTo("Person");
      assertThat(f.property()).isEqualTo("bio");
      assertThat(f.queries()).containsExactly("set_age", "set_nick");
    });
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.warnings()).isEqualTo(1);
  }

  @Test
  void rendersTheReferenceJsonShape() throws IOException {
    LintReport report = QueryLint.lint(CATALOG, """
        query set_age($name: String, $age: I32) { update Person set { age: $age } where name = $name }
        query hardcoded() { delete Person where name = "Ada" }
        """, "q.gq");

    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(json.get("status").asText()).isEqualTo("ok");
    assertThat(json.get("query_path").asText()).isEqualTo("q.gq");
    assertThat(json.get("queries_processed").asInt()).isEqualTo(2);
    assertThat(json.get("warnings").asInt()).isEqualTo(3);
    assertThat(json.get("results").get(0).has("warnings")).isFalse();
    assertThat(json.get("results").get(0).has("error")).isFalse();
    assertThat(json.get("results").get(1).get("warnings").get(0).asText()).isEqualTo(QueryLint.HARDCODED_MUTATION_WARNING);
    JsonNode finding = json.get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("L201");
    assertThat(finding.get("type_name").asText()).isEqualTo("Person");
    assertThat(finding.get("property").asText()).isEqualTo("bio");
    assertThat(finding.get("query_names").get(0).asText()).isEqualTo("set_age");
    assertThat(json.get("findings")).hasSize(2);
  }

  @Test
  void everyCookbookQueryFileLintsOk() throws IOException {
    List<String> failures = new ArrayList<>();
    int files = 0;
    for (String cookbook : COOKBOOKS) {
      Path dir = cookbookDir(cookbook);
      Catalog catalog = SchemaParser.parse(Files.readString(dir.resolve("schema.pg")), dir.resolve("schema.pg").toString());
      try (Stream<Path> paths = Files.list(dir.resolve("queries"))) {
        for (Path file : paths.filter(p -> p.toString().endsWith(".gq")).sorted().toList()) {
          files++;
          LintReport report = QueryLint.lint(catalog, Files.readString(file), cookbook + "/queries/" + file.getFileName());
          assertThat(report.queriesProcessed()).as(file.toString()).isPositive();
          if (report.failed() || report.warnings() > 0) {
            failures.add(report.queryPath() + ": " + report.results().stream()
                .filter(r -> r.error() != null || !r.warnings().isEmpty())
                .map(r -> r.name() + " -> " + (r.error() != null ? r.error() : r.warnings()))
                .collect(Collectors.joining("; ")) + report.findings());
          }
        }
      }
    }
    assertThat(files).isEqualTo(22);
    assertThat(failures).as("cookbook files that do not lint clean").isEmpty();
  }

  /** No cookbook mutation file has an update, so L201 has nothing to report: every query is an ok insert. */
  @Test
  void cookbookMutationFilesHaveNoUpdateCoverageFindings() throws IOException {
    for (String cookbook : COOKBOOKS) {
      Path dir = cookbookDir(cookbook);
      Catalog catalog = SchemaParser.parse(Files.readString(dir.resolve("schema.pg")), "schema.pg");
      LintReport report = QueryLint.lint(catalog, Files.readString(dir.resolve("queries/mutations.gq")), "mutations.gq");
      assertThat(report.status()).isEqualTo("ok");
      assertThat(report.findings()).isEmpty();
      assertThat(report.warnings()).isZero();
      assertThat(report.results()).allSatisfy(r -> assertThat(r.kind()).isEqualTo("mutation"));
    }
  }

  /**
   * second-brain's {@code mutations.gq} plus three updates, with L201 computed by hand from
   * {@code schema.pg}: Goal's nullable properties are timeframe, target, due, brief, tags — only
   * timeframe is not set; Task's are kind, context, priority, due, remind_at, direction, brief, tags
   * — due and priority are set (status and updatedAt are not nullable), six remain.
   */
  @Test
  void secondBrainUpdatesGiveHandComputedL201Findings() throws IOException {
    Path dir = cookbookDir("second-brain");
    Catalog catalog = SchemaParser.parse(Files.readString(dir.resolve("schema.pg")), "schema.pg");
    String source = Files.readString(dir.resolve("queries/mutations.gq")) + """

        query set_task_status($slug: String, $status: String, $updatedAt: DateTime) {
            update Task set { status: $status, updatedAt: $updatedAt } where slug = $slug
        }
        query reschedule_task($slug: String, $due: DateTime, $priority: String) {
            update Task set { due: $due, priority: $priority, updatedAt: now() } where slug = $slug
        }
        query revise_goal($slug: String, $target: String, $due: Date, $brief: String, $tags: [String]) {
            update Goal set { target: $target, due: $due, brief: $brief, tags: $tags } where slug = $slug
        }
        """;

    LintReport report = QueryLint.lint(catalog, source, "mutations.gq");

    assertThat(report.status()).isEqualTo("ok");
    assertThat(report.queriesProcessed()).isEqualTo(57);
    List<String> taskQueries = List.of("reschedule_task", "set_task_status");
    assertThat(report.findings()).containsExactly(
        l201("Goal", "timeframe", List.of("revise_goal")),
        l201("Task", "brief", taskQueries),
        l201("Task", "context", taskQueries),
        l201("Task", "direction", taskQueries),
        l201("Task", "kind", taskQueries),
        l201("Task", "remind_at", taskQueries),
        l201("Task", "tags", taskQueries));
    assertThat(report.warnings()).isEqualTo(7);
    assertThat(report.errors()).isZero();
  }

  private static LintReport.Finding l201(String type, String property, List<String> queries) {
    return new LintReport.Finding("warning", "L201", type + "." + property + " exists in schema but no update query sets it",
        type, property, queries);
  }

  /** The cookbook's directory; skips the test when the shared datasets are not there. */
  private static Path cookbookDir(String cookbook) {
    String configured = System.getProperty(DATASETS_PROPERTY);
    Path datasets;
    if (configured != null && !configured.isBlank() && !configured.contains("${")) {
      datasets = Path.of(configured);
    } else {
      Path cwd = Path.of("").toAbsolutePath();
      Path module = Files.isDirectory(cwd.resolve("compiler")) ? cwd.resolve("compiler") : cwd;
      datasets = module.resolve("../../shared/datasets");
    }
    Path dir = datasets.resolve("cookbooks").resolve(cookbook).toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(dir.resolve("schema.pg")) && Files.isDirectory(dir.resolve("queries")),
        () -> "cookbook '" + cookbook + "' not found: no schema.pg + queries/ in " + dir
            + " (set -D" + DATASETS_PROPERTY + "=<datasets dir>)");
    return dir;
  }
}
