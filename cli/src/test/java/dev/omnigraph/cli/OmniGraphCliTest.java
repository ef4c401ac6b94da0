package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Argument validation and the error contract; none of these cases reaches the engine. */
class OmniGraphCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void initWithoutSchemaIsAUsageError() {
    assertThat(run(false, "init", "g.omni")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("error: Missing required option: '--schema=<file.pg>' (see 'omnigraph init --help')\n");
  }

  @Test
  void queryWithBothFileAndInlineTextIsAUsageError() {
    assertThat(run(false, "query", "g.omni", "--file", "q.gq", "-e", "query q() {}")).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: --file=<file.gq>, --query-string=<query text> are mutually exclusive");
  }

  @Test
  void queryWithNeitherFileNorInlineTextNorNameIsAUsageError() {
    assertThat(run(false, "explain", "g.omni")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: Missing required argument: --file=<file.gq>, --query-string=<query text>, "
        + "or --name=<query> of a stored query (see 'omnigraph explain --help')\n");
  }

  @Test
  void queryWithOnlyANameRunsAStoredQueryAndChecksParamsBeforeOpeningTheGraph() {
    assertThat(run(false, "query", "no-such-graph", "--name", "q", "--params", "[1]")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("error: --params must be a JSON object such as {\"name\": \"Ada\"}, got an array\n");
  }

  @Test
  void queriesWithoutASubcommandIsAUsageError() {
    assertThat(run(false, "queries")).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: Missing required subcommand");
  }

  @Test
  void queriesAddWithoutAFileIsAUsageError() {
    assertThat(run(false, "queries", "add", "g.omni")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("error: Missing required option: '--file=<file.gq>' (see 'omnigraph queries add --help')\n");
  }

  @Test
  void unknownFormatIsAUsageErrorListingTheFormats() {
    assertThat(run(false, "query", "g.omni", "-e", "x", "--format", "yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of table, json, csv but was 'yaml'");
  }

  @Test
  void missingSubcommandIsAUsageError() {
    assertThat(run(false)).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: Missing required subcommand");
  }

  @Test
  void mutateWithNeitherFileNorInlineTextNorNameIsAUsageError() {
    assertThat(run(false, "mutate", "g.omni")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: Missing required argument: --file=<file.gq>, --query-string=<query text>, "
        + "or --name=<query> of a stored query (see 'omnigraph mutate --help')\n");
  }

  @Test
  void mutateWithOnlyANameRunsAStoredMutationAndChecksParamsBeforeOpeningTheGraph() {
    assertThat(run(false, "mutate", "no-such-graph", "--name", "m", "--params", "[1]")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("error: --params must be a JSON object such as {\"name\": \"Ada\"}, got an array\n");
  }

  @Test
  void mutateChecksParamsBeforeOpeningTheGraph() {
    assertThat(run(false, "mutate", "no-such-graph", "-e", "x", "--params", "[1]")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("error: --params must be a JSON object such as {\"name\": \"Ada\"}, got an array\n");
  }

  @Test
  void unknownLoadModeIsAUsageError() {
    assertThat(run(false, "load", "g.omni", "--data", "d.jsonl", "--mode", "upsert")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of append, merge, overwrite but was 'upsert'");
  }

  @Test
  void nonObjectParamsFailWithOneErrorLineAndNoStackTrace() {
    assertThat(run(false, "query", "g.omni", "-e", "x", "--params", "[1]")).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("error: --params must be a JSON object such as {\"name\": \"Ada\"}, got an array\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingQueryFileFailsNamingTheFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.gq");

    assertThat(run(false, "query", "g.omni", "--file", missing.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("error: query file not found: " + missing + "\n");
  }

  @Test
  void debugModePrintsTheStackTraceAfterTheErrorLine() {
    assertThat(run(true, "query", "g.omni", "-e", "x", "--params", "nope")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("error: --params is not valid JSON")
        .contains("dev.omnigraph.compiler.diag.OmniGraphException", "\tat ");
  }

  @Test
  void helpOfASubcommandExitsZero() {
    assertThat(run(false, "query", "--help")).isEqualTo(0);
    assertThat(out.toString()).contains("--params=<json object>", "--format=<format>");
  }

  @Test
  void branchWithoutASubcommandIsAUsageError() {
    assertThat(run(false, "branch")).isEqualTo(2);
    assertThat(err.toString()).startsWith("error: Missing required subcommand");
  }

  @Test
  void mergeWithoutIntoIsAUsageError() {
    assertThat(run(false, "branch", "merge", "g.omni", "feature")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("error: Missing required option: '--into=<target>' (see 'omnigraph branch merge --help')\n");
  }

  @Test
  void unknownLogFormatIsAUsageError() {
    assertThat(run(false, "log", "g.omni", "--format", "yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of table, json, csv but was 'yaml'");
  }

  private int run(boolean debug, String... args) {
    CommandLine cli = OmniGraphCli.commandLine(debug);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }
}
