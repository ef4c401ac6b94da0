package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code omnigraph lint} against a {@code .pg} file and against a graph's schema. */
class LintCommandTest {
  static final String SCHEMA = """
      node Person { name: String @key  age: I32?  nick: String? }
      edge Knows: Person -> Person
      """;
  static final String GOOD = """
      query friends($name: String) { match { $p: Person { name: $name }  $p knows $f } return { $f.name } }
      query add_person($name: String, $age: I32) { insert Person { name: $name, age: $age } }
      """;
  static final String MIXED = """
      query friends($name: String) { match { $p: Person { name: $name }  $p knows $f } return { $f.salary } }
      query set_age($name: String, $age: I32) { update Person set { age: $age } where name = $name }
      query wipe() { delete Person where age > 100 }
      """;

  record Run(int exit, String out, String err) {}

  @TempDir Path dir;
  Path schema;

  @BeforeEach
  void writeSchema() throws Exception {
    schema = dir.resolve("s.pg");
    Files.writeString(schema, SCHEMA);
  }

  @Test
  void cleanFileAgainstASchemaFilePrintsOneOkLinePerQuery() throws Exception {
    Path good = write("good.gq", GOOD);

    Run run = run("lint", "--schema", schema.toString(), "--query", good.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("""
        ok   friends
        ok   add_person
        ok: 2 queries, 0 errors, 0 warnings
        """);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void failingQueryWarningsAndFindingsExitOne() throws Exception {
    Path mixed = write("mixed.gq", MIXED);

    Run run = run("lint", "--schema", schema.toString(), "--query", mixed.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("error friends: " + mixed + ":1:91: T6: node type `Person` has no property `salary`\n"
        + "ok   set_age\n"
        + "ok   wipe\n"
        + "warn  wipe: mutation declares no params; hardcoded mutations are easy to miss\n"
        + "warning L201: Person.nick exists in schema but no update query sets it (queries: set_age)\n"
        + "error: 3 queries, 1 error, 2 warnings\n");
  }

  @Test
  void jsonPrintsTheReport() throws Exception {
    Path mixed = write("mixed.gq", MIXED);

    Run run = run("lint", "--schema", schema.toString(), "--query", mixed.toString(), "--json");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("status").asText()).isEqualTo("error");
    assertThat(json.get("queries_processed").asInt()).isEqualTo(3);
    assertThat(json.get("results").get(0).get("error").asText()).contains("T6:");
    assertThat(json.get("findings").get(0).get("code").asText()).isEqualTo("L201");
  }

  @Test
  void parseFailureIsAQ000Finding() throws Exception {
    Path broken = write("broken.gq", "query q() { match { $p: Person } }");

    Run run = run("lint", "--schema", schema.toString(), "--query", broken.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).startsWith("error Q000: " + broken + ":1:34: syntax error")
        .endsWith("error: 0 queries, 1 error, 0 warnings\n");
  }

  @Test
  void lintsAgainstTheSchemaOfAGraph() throws Exception {
    String graph = dir.resolve("g").toString();
    assertThat(run("init", graph, "--schema", schema.toString()).exit()).isZero();
    Path good = write("good.gq", GOOD);

    Run run = run("lint", graph, "--query", good.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).endsWith("ok: 2 queries, 0 errors, 0 warnings\n");
  }

  @Test
  void needsExactlyOneOfAGraphAndASchema() throws Exception {
    Path good = write("good.gq", GOOD);

    Run neither = run("lint", "--query", good.toString());
    assertThat(neither.exit()).isEqualTo(2);
    assertThat(neither.err()).startsWith("error: Missing required argument: <graph> or --schema=<file.pg>");

    Run both = run("lint", dir.resolve("g").toString(), "--schema", schema.toString(), "--query", good.toString());
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).startsWith("error: Give either <graph> or --schema=<file.pg>, not both");
  }

  @Test
  void missingQueryFileFailsNamingIt() {
    Path missing = dir.resolve("missing.gq");

    Run run = run("lint", "--schema", schema.toString(), "--query", missing.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("error: query file not found: " + missing + "\n");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = OmniGraphCli.commandLine(false);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
