package dev.omnigraph.cli;

import dev.omnigraph.compiler.diag.ErrorCode;
import dev.omnigraph.compiler.diag.OmniGraphException;
import dev.omnigraph.compiler.query.lint.LintReport;
import dev.omnigraph.compiler.query.lint.QueryLint;
import dev.omnigraph.compiler.schema.Catalog;
import dev.omnigraph.compiler.schema.SchemaParser;
import dev.omnigraph.engine.Graph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph lint (<graph> | --schema s.pg) --query f.gq [--json]}: statically checks every
 * query of a {@code .gq} file against a schema — a {@code .pg} file, or the schema of an existing
 * graph — without running anything ({@code gq-language.md} §8, {@link QueryLint}).
 *
 * <p>Human output, on stdout: one line per query, {@code ok   <name>} or
 * {@code error <name>: <message>}, each followed by its warnings as {@code warn  <name>: <text>};
 * one line per finding, {@code <severity> <code>: <message>} (L201 adds the update queries); and a
 * closing summary line {@code <status>: N queries, E errors, W warnings}. With {@code --json}, the
 * report as JSON ({@link LintReport#toJson()}).
 *
 * <p>Exit code 1 when the report's status is error (a query fails its check, or the file does not
 * parse), 0 otherwise. Giving both or neither of {@code <graph>} and {@code --schema} is a usage
 * error (2). A missing file or graph, or an invalid schema, fails with one {@code error:} line (1).
 */
@Command(name = "lint", description = "Type-check the queries of a .gq file against a schema without running them.")
final class LintCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<graph>",
      description = "A graph directory whose schema to lint against (or give --schema).")
  private Path graph;

  @Option(names = "--schema", paramLabel = "<file.pg>", description = "A .pg schema to lint against (instead of a graph).")
  private Path schema;

  @Option(names = "--query", required = true, paramLabel = "<file.gq>", description = "The .gq file to lint.")
  private Path query;

  @Option(names = "--json", description = "Print the lint report as JSON.")
  private boolean json;

  /** Lints the file and prints the report; returns 1 when its status is error, else 0. */
  @Override
  public Integer call() {
    if ((graph == null) == (schema == null)) {
      throw new ParameterException(spec.commandLine(), graph == null
          ? "Missing required argument: <graph> or --schema=<file.pg>"
          : "Give either <graph> or --schema=<file.pg>, not both");
    }
    String source = read(query, "query file");
    Catalog catalog = schema != null ? SchemaParser.parse(read(schema, "schema file"), schema.toString()) : graphCatalog();
    LintReport report = QueryLint.lint(catalog, source, query.toString());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson());
    } else {
      print(report, out);
    }
    out.flush();
    return report.failed() ? OmniGraphCli.EXIT_FAILURE : 0;
  }

  private Catalog graphCatalog() {
    try (Graph opened = Graph.open(graph)) {
      return opened.catalog();
    }
  }

  private static void print(LintReport report, PrintWriter out) {
    for (LintReport.QueryResult result : report.results()) {
      if (result.error() == null) {
        out.println("ok   " + result.name());
      } else {
        out.println("error " + result.name() + ": " + result.error());
      }
      for (String warning : result.warnings()) {
        out.println("warn  " + result.name() + ": " + warning);
      }
    }
    for (LintReport.Finding finding : report.findings()) {
      String queries = finding.queries().isEmpty() ? "" : " (queries: " + String.join(", ", finding.queries()) + ")";
      out.println(finding.severity() + " " + finding.code() + ": " + finding.message() + queries);
    }
    out.println(report.status() + ": " + count(report.queriesProcessed(), "query", "queries") + ", "
        + count(report.errors(), "error", "errors") + ", " + count(report.warnings(), "warning", "warnings"));
  }

  private static String count(int count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  private static String read(Path file, String what) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new OmniGraphException(ErrorCode.NOT_FOUND, what + " not found: " + file);
    } catch (IOException e) {
      throw new OmniGraphException(ErrorCode.STORAGE_ERROR, null, "cannot read " + what + " " + file + ": " + e, e);
    }
  }
}
