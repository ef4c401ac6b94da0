package dev.omnigraph.cli;

import dev.omnigraph.engine.Graph;
import dev.omnigraph.engine.QueryResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omnigraph query <graph> (--file f.gq [--name q] | -e '<text>' | --name q) [--params
 * '<json>'] [--branch b] [--at commit|time] [--format table|json|csv]}: runs a read query and prints its
 * rows to stdout, on {@code main}'s head unless {@code --branch} and {@code --at} say otherwise
 * ({@link GraphTarget}). With
 * {@code --file} or {@code -e} the query is that text ({@code --name} picks one of several); with
 * only {@code --name} it is the stored query of that name, registered with {@code queries add}
 * ({@code gq-language.md} §11).
 *
 * <p>{@code --params} and the query file are checked before the graph is opened. Fails (exit 1)
 * with {@code INVALID_PARAMETER} for bad {@code --params} or parameter values,
 * {@code SYNTAX_ERROR}/{@code TYPE_ERROR} naming {@code f.gq:line:column} (or
 * {@code <inline>:line:column}), {@code NOT_FOUND} for an unknown graph, query name, branch or commit, and
 * {@code UNSUPPORTED} for a stored mutation; giving none of {@code --file}, {@code -e} and
 * {@code --name} is a usage error (exit 2).
 */
@Command(name = "query", description = "Run a .gq read query, or a stored query by --name, and print its rows.")
final class QueryCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<graph>", description = "The graph directory.")
  private Path graph;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private QuerySource source;

  @Mixin private GraphTarget target;

  @Option(
      names = "--name",
      paramLabel = "<query>",
      description = "The stored query to run, or which query of the text to run when it declares several.")
  private String queryName;

  @Option(
      names = "--params",
      paramLabel = "<json object>",
      description = "Parameter values by name, without $, e.g. '{\"name\": \"Ada\"}'.")
  private String params;

  @Option(
      names = "--format",
      defaultValue = "table",
      converter = OutputFormat.Converter.class,
      paramLabel = "<format>",
      description = "table (default), json or csv.")
  private OutputFormat format;

  /** Runs the query and prints the result in the chosen format; returns exit code 0. */
  @Override
  public Integer call() {
    boolean stored = QuerySource.requireStoredName(spec, source, queryName);
    Map<String, Object> values = ParamsParser.parse(params);
    String text = stored ? null : source.read();
    QueryResult result;
    try (Graph opened = Graph.open(graph)) {
      Graph read = target.forRead(opened);
      result = stored
          ? read.queryStored(queryName, values)
          : read.query(text, source.sourceName(), queryName, values);
    }
    format.printer().print(result, spec.commandLine().getOut());
    return 0;
  }
}
